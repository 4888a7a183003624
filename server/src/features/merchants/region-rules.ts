import type { Region } from '@api/region';

/** Industry and town must come from the county profile: 400 fields for the ones that do not. */
export function regionChoiceProblems(
  region: Region,
  input: { industry?: string; town?: string },
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (input.industry !== undefined && !region.industries.includes(input.industry)) {
    fields.industry = '请从列表中选择行业';
  }
  if (input.town !== undefined && !region.towns.includes(input.town)) {
    fields.town = '请从列表中选择镇（街道）';
  }
  return fields;
}
