import type {
  CampaignCard,
  CampaignContent,
  CampaignDetail,
  CampaignStats,
  StaffCampaign,
} from '@api/campaigns';
import type { Region } from '@api/region';
import seededRegion from '../../../server/src/db/seed/region.json';

export const region = seededRegion as Region;
const [food, waste] = region.campaigns ?? [];

export const campaignId = (serial: number) => `01JCAMPAIGN${String(serial).padStart(15, '0')}`;

/** A public card from the profile's first campaign (食品安全…), active unless told. */
export const campaignCard = (serial: number, patch: Partial<CampaignCard> = {}): CampaignCard => ({
  id: campaignId(serial),
  name: serial === 1 ? food.name : `${waste.name}${serial}`,
  periodFrom: food.periodFrom,
  periodTo: food.periodTo,
  phase: 'active',
  leadUnit: food.leadUnit,
  summary: food.targets,
  reportable: food.reportable,
  ...patch,
});

export const campaignDetail = (
  serial: number,
  patch: Partial<CampaignDetail> = {},
): CampaignDetail => ({
  ...campaignCard(serial),
  targets: food.targets,
  legalBasis: food.legalBasis,
  advisories: [],
  ...patch,
});

export const content = (patch: Partial<CampaignContent> = {}): CampaignContent => ({
  name: '农资打假专项行动',
  periodFrom: '2027-02-01',
  periodTo: '2027-06-30',
  leadUnit: '县市场监管局产品质量安全监管股',
  targets: '春耕期间农资经营店的假劣化肥、农药、种子，以及无证经营。',
  reportable: ['假劣化肥', '无证经营农资'],
  legalBasis: [{ law: '产品质量法', article: '第三十九条' }],
  advisoryIds: [],
  ...patch,
});

export const staffCampaign = (
  serial: number,
  patch: Partial<StaffCampaign> = {},
): StaffCampaign => ({
  id: campaignId(serial),
  source: 'staff',
  status: 'draft',
  phase: 'active',
  content: content(),
  createdAt: '2027-01-20T02:00:00.000Z',
  updatedAt: '2027-01-20T02:00:00.000Z',
  createdByName: 'li_zhuanxie',
  reportCount: 0,
  ...patch,
});

export const stats = (patch: Partial<CampaignStats> = {}): CampaignStats => ({
  campaignId: campaignId(1),
  total: 7,
  byStatus: [
    { status: 'received', count: 4 },
    { status: 'case-opened', count: 2 },
    { status: 'not-opened', count: 1 },
    { status: 'transferred', count: 0 },
    { status: 'merged', count: 0 },
    { status: 'concluded', count: 0 },
  ],
  byTown: [
    { town: '城关镇', count: 5 },
    { town: '东城街道', count: 0 },
    { town: '未填写', count: 2 },
  ],
  overdue: 1,
  points: [
    {
      reportId: 'r1',
      reportNo: 'JB20270315-0001',
      status: 'received',
      latitude: 30.1,
      longitude: 114.2,
      place: '城关镇农贸市场东门',
      town: '城关镇',
    },
    {
      reportId: 'r2',
      reportNo: 'JB20270316-0003',
      status: 'concluded',
      latitude: 30.3,
      longitude: 114.6,
      place: '东城街道农资店',
    },
  ],
  ...patch,
});
