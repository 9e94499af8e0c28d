import type { BrandGrade } from '@contract';
import { BRAND_ZONES, type BrandZone } from './zones';

/** Grades and their awards (威就办〔2023〕9号 四、3): 8 A at 10 万元, 12 B at 5 万元 — 20 in all. */
export const BRAND_GRADE_RULES: Record<BrandGrade, { limit: number; rewardYuan: number; label: string }> = {
  A: { limit: 8, rewardYuan: 100_000, label: 'A 档' },
  B: { limit: 12, rewardYuan: 50_000, label: 'B 档' },
};
export const BRAND_TOTAL = 20;

export interface SelectedItem { communityCode: string; grade: BrandGrade; zone: BrandZone | undefined }

export interface QuotaProblem { kind: 'unknown-community' | 'zone' | 'grade' | 'total'; message: string }

/**
 * Every way a selection breaks the policy, each said in a sentence naming the zone or grade and its limit. The
 * first is what staff read in the 409; all are in its details.
 */
export function selectionProblems(items: readonly SelectedItem[]): QuotaProblem[] {
  const problems: QuotaProblem[] = [];
  for (const item of items) {
    if (!item.zone) problems.push({ kind: 'unknown-community', message: `社区 ${item.communityCode} 不属于任何品牌社区名额区市` });
  }
  if (items.length > BRAND_TOTAL) problems.push({ kind: 'total', message: `品牌社区全市共 ${BRAND_TOTAL} 个，现在选了 ${items.length} 个` });
  for (const zone of BRAND_ZONES) {
    const n = items.filter((i) => i.zone?.id === zone.id).length;
    if (n > zone.quota) problems.push({ kind: 'zone', message: `${zone.name}的品牌社区名额是 ${zone.quota} 个，现在选了 ${n} 个` });
  }
  for (const grade of Object.keys(BRAND_GRADE_RULES) as BrandGrade[]) {
    const rule = BRAND_GRADE_RULES[grade];
    const n = items.filter((i) => i.grade === grade).length;
    if (n > rule.limit) problems.push({ kind: 'grade', message: `${rule.label}品牌社区最多 ${rule.limit} 个，现在选了 ${n} 个` });
  }
  return problems;
}

export const rewardOf = (grade: BrandGrade) => BRAND_GRADE_RULES[grade].rewardYuan;
export const totalReward = (items: readonly { grade: BrandGrade }[]) => items.reduce((sum, i) => sum + rewardOf(i.grade), 0);

/** How many each zone and grade has selected, for the quota counters. */
export function quotaUse(items: readonly SelectedItem[], zones: readonly BrandZone[] = BRAND_ZONES) {
  return {
    quotas: zones.map((z) => ({ zone: z.name, quota: z.quota, selected: items.filter((i) => i.zone?.id === z.id).length })),
    grades: (Object.keys(BRAND_GRADE_RULES) as BrandGrade[]).map((grade) => ({
      grade, limit: BRAND_GRADE_RULES[grade].limit, selected: items.filter((i) => i.grade === grade).length, rewardYuan: BRAND_GRADE_RULES[grade].rewardYuan,
    })),
  };
}
