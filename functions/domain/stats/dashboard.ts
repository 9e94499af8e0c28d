import {
  ASSISTED_CATEGORIES,
  EMPLOYMENT_STATUSES,
  SERVICE_TYPES,
  type Dashboard,
  type DashboardFigures,
  type DivisionLevel,
} from '@contract';
import { COMMUNITIES, DISTRICTS, STREETS } from '../divisions/catalog';
import { levelOfCode } from '../auth/scope';
import { divisionOf } from '../labour-demand/aggregate';
import { weihaiDate } from '../time/weihai-clock';
import { METRIC, STOCK_PERIOD, categoryMetric, serviceMetric, statusMetric, type Counters } from './metrics';
import { counterKey } from './rollup';

/**
 * The four-level dashboard (社区 → 镇街 → 区市 → 市, 威就办〔2023〕9号 四、1) from counter items alone: a division's own
 * `ALL` and period items and the same two of each child (MODEL.md #68). Pure: the handler reads, this computes.
 */
export interface DivisionRef { code: string; name: string; level: DivisionLevel }

/** 威海 targets (威就办〔2023〕9号): per year, over the three-year plan, and the 「六有」 share. */
export const TARGETS = {
  helpedIntoWorkPerYear: 15_000,
  publicWelfarePostsThreeYears: 25_000,
  stationsShare: 0.9,
} as const;

let communityCounts: Map<string, number> | undefined;
/** Communities (社区 and 村) in a division, from the bundled catalog: the denominator of the 「六有」 share. */
export function communitiesIn(code: string): number {
  if (!communityCounts) {
    communityCounts = new Map();
    for (const c of COMMUNITIES) for (const prefix of [c.code.slice(0, 4), c.districtCode, c.streetCode, c.code]) communityCounts.set(prefix, (communityCounts.get(prefix) ?? 0) + 1);
  }
  return communityCounts.get(code) ?? 0;
}

/** The next level down: the city's districts, a district's streets, a street's communities; a community has none. */
export function childCodes(code: string): string[] {
  switch (levelOfCode(code)) {
    case 'city': return DISTRICTS.filter((d) => d.code.startsWith(code)).map((d) => d.code);
    case 'district': return STREETS.filter((s) => s.districtCode === code).map((s) => s.code);
    case 'street': return COMMUNITIES.filter((c) => c.streetCode === code).map((c) => c.code);
    default: return [];
  }
}

export const currentYear = (nowMs: number) => `Y${weihaiDate(nowMs).slice(0, 4)}`;

export function periodLabel(period: string): string {
  return period.startsWith('M') ? `${period.slice(1, 5)}年${Number(period.slice(6, 8))}月` : `${period.slice(1)}年`;
}

/** Exactly the items a dashboard reads: 2 + 2 × children, whatever the number of events. */
export function dashboardReads(code: string, period: string): { division: string; period: string }[] {
  return [code, ...childCodes(code)].flatMap((division) => [{ division, period: STOCK_PERIOD }, { division, period }]);
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;
/** A scaled target of people or posts is a whole number, rounded up (a share of a floor is still a floor), at least 1. */
const wholeTarget = (n: number) => Math.max(1, Math.ceil(n - 1e-9));

export function figuresOf(stock: Counters, flow: Counters): DashboardFigures {
  const s = (metric: string) => stock[metric] ?? 0;
  const f = (metric: string) => flow[metric] ?? 0;
  return {
    assistedTotal: s(METRIC.assistedTotal),
    assistedByCategory: Object.fromEntries(ASSISTED_CATEGORIES.map((c) => [c, s(categoryMetric(c))])),
    assistedByStatus: Object.fromEntries(EMPLOYMENT_STATUSES.map((st) => [st, s(statusMetric(st))])),
    helpedIntoWork: f(METRIC.helpedIntoWork),
    publicWelfarePlacements: f(METRIC.publicWelfarePlacements),
    tracked12333: s(METRIC.tracked12333),
    completed12333: f(METRIC.completed12333),
    servicesByType: Object.fromEntries(SERVICE_TYPES.map((t) => [t, f(serviceMetric(t))])),
    jobsPosted: f(METRIC.jobsPosted),
    headcountPosted: f(METRIC.headcountPosted),
    signups: f(METRIC.signups),
    signupsFilled: f(METRIC.signupsFilled),
    gigsCompleted: f(METRIC.gigsCompleted),
    noShows: f(METRIC.noShows),
    trainingSessions: f(METRIC.trainingSessions),
    trainingBookings: f(METRIC.trainingBookings),
    trainingAttended: f(METRIC.trainingAttended),
    subsidiesSubmitted: f(METRIC.subsidiesSubmitted),
    subsidiesApproved: f(METRIC.subsidiesApproved),
    subsidyYuanApproved: f(METRIC.subsidyYuanApproved),
    stationsRecorded: s(METRIC.stationsRecorded),
    stationsMeetingSix: s(METRIC.stationsMeetingSix),
    surveys: f(METRIC.surveys),
    surveyScoreSum: f(METRIC.surveyScoreSum),
  };
}

export function ratesOf(figures: DashboardFigures, communities: number) {
  return {
    fillRate: ratio(figures.signupsFilled, figures.headcountPosted),
    noShowRate: ratio(figures.noShows, figures.gigsCompleted + figures.noShows),
    completion12333: ratio(figures.completed12333, figures.tracked12333),
    attendanceRate: ratio(figures.trainingAttended, figures.trainingBookings),
    stationsShare: ratio(figures.stationsMeetingSix, communities),
    satisfaction: figures.surveys > 0 ? Math.round((figures.surveyScoreSum / figures.surveys) * 100) / 100 : null,
  };
}

/**
 * The city's targets for this division: scaled by its share of the city's communities below the city, and to a month
 * for a month's view — each label says how it was scaled.
 */
export function targetsOf(division: DivisionRef, period: string, figures: DashboardFigures, communities: number): Dashboard['targets'] {
  const share = communities / COMMUNITIES.length;
  const month = period.startsWith('M');
  const scaled = division.level === 'city' ? '' : `，按本辖区 ${communities} 个社区（村）占全市 ${COMMUNITIES.length} 个的比例折算`;
  const progress = (value: number, target: number) => (target > 0 ? Math.round((value / target) * 1000) / 1000 : 0);
  const helpedTarget = wholeTarget((TARGETS.helpedIntoWorkPerYear * share) / (month ? 12 : 1));
  const postsTarget = wholeTarget(TARGETS.publicWelfarePostsThreeYears * share);
  const stationsPercent = communities > 0 ? oneDecimal((figures.stationsMeetingSix / communities) * 100) : 0;
  return [
    {
      key: 'helpedIntoWork',
      label: `帮助困难人员就业：全市每年不少于 15,000 人${scaled}${month ? '，再按月折算' : ''}`,
      value: figures.helpedIntoWork, target: helpedTarget, unit: '人', progress: progress(figures.helpedIntoWork, helpedTarget),
      citation: '威就办〔2023〕9号 二',
    },
    {
      key: 'publicWelfarePlacements',
      label: `公益性岗位安置：全市三年（2023—2025）新创设不少于 25,000 个${scaled}；这里是本期的安置数`,
      value: figures.publicWelfarePlacements, target: postsTarget, unit: '个', progress: progress(figures.publicWelfarePlacements, postsTarget),
      citation: '威就办〔2023〕9号 三、3',
    },
    {
      key: 'stationsShare',
      label: '「六有」达标社区占比：到 2025 年全市 90% 以上的城乡社区',
      value: stationsPercent, target: TARGETS.stationsShare * 100, unit: '%', progress: progress(stationsPercent, TARGETS.stationsShare * 100),
      citation: '威就办〔2023〕9号 二',
    },
  ];
}

/** The whole dashboard from the counters `dashboardReads` named (missing items are zeros). */
export function buildDashboard(code: string, period: string, counters: Map<string, Counters>): Dashboard | undefined {
  const division = divisionOf(code);
  if (!division) return undefined;
  const read = (division: string, p: string) => counters.get(counterKey(division, p)) ?? {};
  const communities = communitiesIn(code);
  const figures = figuresOf(read(code, STOCK_PERIOD), read(code, period));
  const children = childCodes(code).map((childCode) => {
    const child = divisionOf(childCode)!;
    const f = figuresOf(read(childCode, STOCK_PERIOD), read(childCode, period));
    return {
      ...child,
      helpedIntoWork: f.helpedIntoWork,
      assistedTotal: f.assistedTotal,
      completion12333: ratio(f.completed12333, f.tracked12333),
      fillRate: ratio(f.signupsFilled, f.headcountPosted),
      stationsMeetingSix: f.stationsMeetingSix,
      communities: communitiesIn(childCode),
    };
  });
  return {
    division: { ...division, communities },
    period,
    periodLabel: periodLabel(period),
    figures,
    rates: ratesOf(figures, communities),
    targets: targetsOf(division, period, figures, communities),
    children,
    itemsRead: dashboardReads(code, period).length,
  };
}
