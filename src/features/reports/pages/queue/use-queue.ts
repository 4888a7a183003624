import { useEffect, useState } from 'react';
import type { CampaignCard } from '@api/campaigns';
import { usePagedList } from '@/hooks/use-paged-list';
import { reportsStaffApi } from '../../staff-api';
import type { QueueFilters } from '../../staff-components/report-filters';

const TYPING_PAUSE_MS = 300;

/** The text once typing has paused (cleared at once). */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), text ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/** The campaigns to filter by; none when they cannot be loaded (the filter is optional). */
function useCampaigns() {
  const [campaigns, setCampaigns] = useState<CampaignCard[]>([]);
  useEffect(() => {
    let alive = true;
    reportsStaffApi
      .campaigns()
      .then((page) => alive && setCampaigns(page.items))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return campaigns;
}

/** 举报处理: the filters, the search text and the paged queue (earliest deadline first). */
export function useQueue() {
  const [filters, setFilters] = useState<QueueFilters>({});
  const [text, setText] = useState('');
  const q = useSettled(text.trim()) || undefined;
  const query = { ...filters, q };
  const list = usePagedList((cursor) => reportsStaffApi.list({ ...query, cursor }), {
    key: JSON.stringify(query),
    reloadOnShow: true,
  });
  return {
    list,
    filters,
    text,
    setText,
    campaigns: useCampaigns(),
    filtered: Object.values(query).some((value) => value !== undefined),
    change: (patch: Partial<QueueFilters>) => setFilters((current) => ({ ...current, ...patch })),
    clear: () => {
      setFilters({});
      setText('');
    },
  };
}
