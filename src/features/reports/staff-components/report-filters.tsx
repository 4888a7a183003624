import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StaffReportQuery } from '@api/reports';
import { OptionPicker } from '@/components/option-picker';
import { REPORT_LIMITS, REPORT_STATUS_LABELS, REPORT_STATUSES } from '@/domain/report-vocabulary';
import '@/components/filter-chips.scss';
import './report-filters.scss';

export type QueueFilters = Omit<StaffReportQuery, 'cursor' | 'limit' | 'q'>;

const ALL_CAMPAIGNS = '全部专项整治';
const ALL_TOWNS = '全部镇街';

interface ReportFiltersProps {
  filters: QueueFilters;
  onChange: (patch: Partial<QueueFilters>) => void;
  onClear: () => void;
  text: string;
  onText: (text: string) => void;
  campaigns: readonly { id: string; name: string }[];
  towns: readonly string[];
}

/** 全部… is offered once something is chosen (to undo just that filter). */
const withAll = (all: string, chosen: string | undefined, options: readonly string[]) =>
  chosen ? [all, ...options] : options;

function Chip({ label, active, onTap }: { label: string; active: boolean; onTap: () => void }) {
  return (
    <View
      className={`filter-chips__chip report-filters__chip tap-target ${active ? 'is-active' : ''}`}
      role="button"
      aria-pressed={active}
      onClick={onTap}
    >
      {label}
    </View>
  );
}

/** 状态 chips, 逾期 / 恶意 switches, 专项整治 and 镇街 pickers, and the search box. */
export function ReportFilters({
  filters,
  onChange,
  onClear,
  text,
  onText,
  campaigns,
  towns,
}: ReportFiltersProps) {
  const campaignName = campaigns.find((c) => c.id === filters.campaignId)?.name ?? '';
  const filtered = Object.values(filters).some((value) => value !== undefined) || text !== '';
  return (
    <View className="section report-filters">
      <View className="report-filters__search">
        <Input
          className="report-filters__input"
          value={text}
          placeholder="搜索编号、商家或举报内容"
          confirmType="search"
          maxlength={REPORT_LIMITS.query.max}
          aria-label="搜索"
          onInput={(event) => onText(event.detail.value)}
        />
      </View>
      <View className="filter-chips" aria-label="按状态筛选">
        <Chip label="全部" active={!filters.status} onTap={() => onChange({ status: undefined })} />
        {REPORT_STATUSES.map((status) => (
          <Chip
            key={status}
            label={REPORT_STATUS_LABELS[status]}
            active={filters.status === status}
            onTap={() => onChange({ status: filters.status === status ? undefined : status })}
          />
        ))}
      </View>
      <View className="filter-chips report-filters__flags">
        <Chip
          label="已逾期"
          active={Boolean(filters.overdue)}
          onTap={() => onChange({ overdue: filters.overdue ? undefined : true })}
        />
        <Chip
          label="恶意举报"
          active={Boolean(filters.malicious)}
          onTap={() => onChange({ malicious: filters.malicious ? undefined : true })}
        />
      </View>
      <View className="report-filters__pickers">
        <OptionPicker
          title="选择专项整治"
          placeholder={ALL_CAMPAIGNS}
          options={withAll(
            ALL_CAMPAIGNS,
            filters.campaignId,
            campaigns.map((c) => c.name),
          )}
          value={campaignName}
          onChange={(name) => onChange({ campaignId: campaigns.find((c) => c.name === name)?.id })}
        />
        <OptionPicker
          title="选择镇街"
          placeholder={ALL_TOWNS}
          options={withAll(ALL_TOWNS, filters.town, towns)}
          value={filters.town ?? ''}
          onChange={(town) => onChange({ town: town === ALL_TOWNS ? undefined : town })}
        />
      </View>
      {filtered && (
        <View className="report-filters__clear">
          <Text className="muted">已按条件筛选</Text>
          <Button size="small" fill="none" onClick={onClear}>
            清除筛选
          </Button>
        </View>
      )}
    </View>
  );
}
