import { METRIC, type Counters } from '../stats/metrics';

/**
 * Brand-community scoring (威就办〔2023〕9号 四、3) on the dashboard's own counters, with the weights held as data so
 * the city can re-weigh without a code change to the arithmetic. Each component turns one figure into 0–100; the
 * total is the weighted sum (weights add up to 1). A community without data for a component scores 0 on it: a
 * brand community has to show results, and missing data must not be rewarded.
 */
export type Period = 'ALL' | 'year';
export interface MetricRef { metric: string; period: Period }

export type ComponentRule =
  /** 0/1 flag (「六有」 met) → 0 or 100. */
  | { kind: 'flag'; value: MetricRef }
  /** numerator / denominator, capped at 1 → 0–100. */
  | { kind: 'rate'; numerator: MetricRef; denominator: MetricRef }
  /** mean score on 1–5 → 0–100 (1 → 0, 5 → 100). */
  | { kind: 'mean5'; sum: MetricRef; count: MetricRef };

export interface BrandWeight { key: string; label: string; weight: number; rule: ComponentRule }

const ALL = (metric: string): MetricRef => ({ metric, period: 'ALL' });
const YEAR = (metric: string): MetricRef => ({ metric, period: 'year' });

export const BRAND_WEIGHTS: readonly BrandWeight[] = [
  { key: 'station', label: '「六有」服务站达标', weight: 0.2, rule: { kind: 'flag', value: ALL(METRIC.stationsMeetingSix) } },
  { key: 'completion12333', label: '「12333」服务完成率', weight: 0.2, rule: { kind: 'rate', numerator: YEAR(METRIC.completed12333), denominator: ALL(METRIC.tracked12333) } },
  { key: 'helpedIntoWork', label: '援助对象今年就业', weight: 0.2, rule: { kind: 'rate', numerator: YEAR(METRIC.helpedIntoWork), denominator: ALL(METRIC.assistedTotal) } },
  { key: 'gigFill', label: '零工岗位招满率', weight: 0.15, rule: { kind: 'rate', numerator: YEAR(METRIC.signupsFilled), denominator: YEAR(METRIC.headcountPosted) } },
  { key: 'satisfaction', label: '居民满意度', weight: 0.15, rule: { kind: 'mean5', sum: YEAR(METRIC.surveyScoreSum), count: YEAR(METRIC.surveys) } },
  { key: 'trainingAttendance', label: '培训出勤率', weight: 0.1, rule: { kind: 'rate', numerator: YEAR(METRIC.trainingAttended), denominator: YEAR(METRIC.trainingBookings) } },
];

export interface CommunityCounters { all: Counters | undefined; year: Counters | undefined }

const read = (c: CommunityCounters, ref: MetricRef) => {
  const value = (ref.period === 'ALL' ? c.all : c.year)?.[ref.metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The raw value (rate 0–1, mean 1–5 or flag 0/1; null without data) and its 0–100 score. */
export function componentScore(rule: ComponentRule, c: CommunityCounters): { value: number | null; score: number } {
  switch (rule.kind) {
    case 'flag': {
      const met = read(c, rule.value) > 0;
      return { value: met ? 1 : 0, score: met ? 100 : 0 };
    }
    case 'rate': {
      const den = read(c, rule.denominator);
      if (den <= 0) return { value: null, score: 0 };
      const rate = Math.min(1, Math.max(0, read(c, rule.numerator) / den));
      return { value: round4(rate), score: round1(rate * 100) };
    }
    case 'mean5': {
      const n = read(c, rule.count);
      if (n <= 0) return { value: null, score: 0 };
      const mean = Math.min(5, Math.max(1, read(c, rule.sum) / n));
      return { value: Math.round(mean * 100) / 100, score: round1(((mean - 1) / 4) * 100) };
    }
  }
}

export interface ScoredComponent { key: string; label: string; value: number | null; score: number; weight: number }

export function scoreCommunity(c: CommunityCounters, weights: readonly BrandWeight[] = BRAND_WEIGHTS): { score: number; components: ScoredComponent[] } {
  const components = weights.map((w) => ({ key: w.key, label: w.label, weight: w.weight, ...componentScore(w.rule, c) }));
  return { score: round1(components.reduce((sum, x) => sum + x.weight * x.score, 0)), components };
}

/** Highest first; ties by community code so the order is stable; `rank` is 1-based with equal scores sharing one. */
export function rankByScore<T extends { communityCode: string; score: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.communityCode.localeCompare(b.communityCode));
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.score !== sorted[i - 1].score) rank = i + 1;
    return { ...row, rank };
  });
}
