import type { PayUnit } from '@contract';

/**
 * Minimum wages as data, by city and the date a standard takes effect; add a row when the province publishes a new
 * standard and postings are checked against it from that day. Shandong sets them by tier (鲁政字 notices); Weihai
 * is entered at the first tier. Monthly applies to full-time posts, hourly to everything paid by the hour or day
 * (非全日制用工小时最低工资标准). Piece rates cannot be checked against an hourly floor and are not.
 */
export interface MinimumWage {
  cityCode: string;
  cityName: string;
  effectiveFrom: string;
  monthly: number;
  hourly: number;
  source: string;
}

export const MINIMUM_WAGES: readonly MinimumWage[] = [
  {
    cityCode: '3710',
    cityName: '威海市',
    effectiveFrom: '2021-10-01',
    monthly: 2100,
    hourly: 21,
    source: '山东省最低工资标准（2021 年 10 月 1 日起执行）第一档：月 2100 元、非全日制小时 21 元。新标准公布后在此追加一行',
  },
];

/** The standard in force on a day (YYYY-MM-DD, Weihai time) for the city a community belongs to. */
export function minimumWageOn(communityCode: string, day: string, table: readonly MinimumWage[] = MINIMUM_WAGES): MinimumWage | undefined {
  return table
    .filter((row) => communityCode.startsWith(row.cityCode) && row.effectiveFrom <= day)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

/** A day's pay is spread over the shift's hours, counting at most 8 (a longer shift is not a lower hourly rate). */
const MAX_DAY_HOURS = 8;

/** Why the pay is below the floor, in words an employer understands; undefined when it is not. */
export function belowMinimumWage(pay: { amount: number; unit: PayUnit; shiftHours: number }, wage: MinimumWage): string | undefined {
  switch (pay.unit) {
    case '元/月':
      return pay.amount < wage.monthly ? `月工资不能低于${wage.cityName}最低工资标准 ${wage.monthly} 元/月` : undefined;
    case '元/小时':
      return pay.amount < wage.hourly ? `时薪不能低于${wage.cityName}小时最低工资标准 ${wage.hourly} 元/小时` : undefined;
    case '元/天': {
      const hours = Math.min(MAX_DAY_HOURS, Math.max(pay.shiftHours, 1));
      const floor = Math.ceil(wage.hourly * hours);
      return pay.amount < floor ? `按每天 ${hours} 小时算，日工资不能低于 ${floor} 元（小时最低工资 ${wage.hourly} 元 × ${hours} 小时）` : undefined;
    }
    case '元/件':
      return undefined;
  }
}
