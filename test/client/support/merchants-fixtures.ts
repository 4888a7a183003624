import type { MerchantDetail, MerchantSummary } from '@api/merchants';
import { creditCodeCheckChar } from '@/domain/credit-code';

/** A well-formed credit code for test data: 92 (个体工商户) + area + a varying organisation code. */
export function creditCode(serial: number): string {
  const body = `92520322MA${String(serial).padStart(7, '0')}`;
  return body + creditCodeCheckChar(body);
}

export function summary(serial: number, patch: Partial<MerchantSummary> = {}): MerchantSummary {
  return {
    id: `01JMERCHANT${String(serial).padStart(15, '0')}`,
    name: `青山惠民超市${serial}号店`,
    creditCode: creditCode(serial),
    industry: '商场超市',
    town: '城关镇',
    address: `城关镇人民路${serial}号`,
    badges: { pledge: false, initiative: false },
    ...patch,
  };
}

export function detail(patch: Partial<MerchantDetail> = {}): MerchantDetail {
  return {
    ...summary(1),
    type: '个体工商户',
    status: 'verified',
    hours: '08:00-22:00',
    publicPhone: '0123-6600001',
    location: { lat: 27.72, lng: 106.92 },
    modelUnits: [],
    pledges: [],
    warnings: [],
    ...patch,
  };
}
