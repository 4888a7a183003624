// Calendar dates of Asia/Shanghai for the server. Instants come from deps.now() and are stored
// as ISO 8601 UTC strings (they sort as text on both dialects); dates as 'YYYY-MM-DD'.

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset
 * gives the Asia/Shanghai calendar date without a time-zone database.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** 'YYYY-MM-DD' in Asia/Shanghai for an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The UTC instant (ISO) at which a Shanghai calendar date begins. */
export function shanghaiDayStartIso(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS).toISOString();
}

/** The Shanghai calendar date `days` days before `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
