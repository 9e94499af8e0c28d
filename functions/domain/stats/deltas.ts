import {
  ASSISTED_CATEGORIES,
  EMPLOYMENT_STATUSES,
  SERVICE_TARGETS,
  SERVICE_TYPES,
  STATION_STANDARDS,
  SURVEY_SUBJECTS,
  type AssistedCategory,
  type EmploymentStatus,
  type ServiceType,
  type SurveySubject,
} from '@contract';
import { weihaiDate } from '../time/weihai-clock';
import {
  METRIC,
  STOCK_PERIOD,
  categoryMetric,
  monthPeriod,
  serviceMetric,
  statusMetric,
  surveyCountMetric,
  surveyScoreMetric,
  surveySumMetric,
  yearPeriod,
} from './metrics';

/**
 * What one change to the main table does to the dashboard counters (MODEL.md "Counters", access pattern #69).
 *
 * Every counted item *contributes* to counters: stocks as it stands now (period `ALL`), flows from its own record of
 * what happened when (history entries, createdAt, publishedAt, service dates). A change's deltas are the new image's
 * contribution minus the old one's. So a transition appended to a history counts once in the period it happened, a
 * redelivered or no-op write counts nothing, a move between communities takes the figures along, and a delete takes
 * them away — and the figures always equal a recount of the items themselves (recount.ts).
 * Pure: images in, deltas out. Items the dashboard does not count (counters, markers, timers…) contribute nothing.
 */
export interface StatDelta {
  communityCode: string;
  /** `ALL` (stocks) or a flow period `Y2026` / `M2026-11` of the Weihai date the thing happened. */
  period: string;
  metric: string;
  amount: number;
}

export type Image = Record<string, unknown> | null | undefined;

const COMMUNITY_CODE = /^\d{12}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The Weihai date of an instant, or the date itself when it already is one (service dates). */
function localDateOf(at: unknown): string | undefined {
  const text = str(at);
  if (!text) return undefined;
  if (LOCAL_DATE.test(text)) return text;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : weihaiDate(ms);
}

class Contributions {
  readonly deltas: StatDelta[] = [];
  constructor(private readonly communityCode: string) {}

  stock(metric: string, amount: number) {
    if (amount) this.deltas.push({ communityCode: this.communityCode, period: STOCK_PERIOD, metric, amount });
  }

  /** A flow lands in the year and the month of its Weihai date. */
  flow(at: unknown, metrics: Record<string, number>) {
    const date = localDateOf(at);
    if (!date) return;
    for (const [metric, amount] of Object.entries(metrics)) {
      if (!amount) continue;
      this.deltas.push({ communityCode: this.communityCode, period: yearPeriod(date), metric, amount });
      this.deltas.push({ communityCode: this.communityCode, period: monthPeriod(date), metric, amount });
    }
  }
}

type Counting = (item: Record<string, unknown>, c: Contributions, asOf: string) => void;

/** Jobs count once, when first published (`publishedAt`; items from before it existed: any status but draft, at creation). */
const job: Counting = (item, c) => {
  const published = 'publishedAt' in item ? !!str(item.publishedAt) : item.status !== 'draft';
  if (published) c.flow(item.publishedAt ?? item.createdAt, { [METRIC.jobsPosted]: 1, [METRIC.headcountPosted]: num(item.headcount) });
};

/** Gig sign-ups count where the job is; each status the history records counts when it was reached. */
const SIGNUP_STEPS: Record<string, string> = { approved: METRIC.signupsFilled, completed: METRIC.gigsCompleted, no_show: METRIC.noShows };
const signup: Counting = (item, c) => {
  c.flow(item.createdAt, { [METRIC.signups]: 1 });
  for (const entry of list(item.history).map(record)) {
    const metric = SIGNUP_STEPS[String(entry.status)];
    if (metric) c.flow(entry.at, { [metric]: 1 });
  }
};

const trainingSession: Counting = (item, c) => c.flow(item.createdAt, { [METRIC.trainingSessions]: 1 });

/** A booking has no history: attendance is its last status change (`updatedAt`). */
const trainingBooking: Counting = (item, c) => {
  c.flow(item.createdAt, { [METRIC.trainingBookings]: 1 });
  if (item.status === 'attended') c.flow(item.updatedAt, { [METRIC.trainingAttended]: 1 });
};

/** Submitted once (the first 待社区初审; a resubmission after 退回 is the same application), approved once. */
const subsidyApplication: Counting = (item, c) => {
  const history = list(item.history).map(record);
  const submitted = history.find((h) => h.status === 'pending-community');
  if (submitted) c.flow(submitted.at, { [METRIC.subsidiesSubmitted]: 1 });
  const approved = history.find((h) => h.status === 'approved');
  if (approved) c.flow(approved.at, { [METRIC.subsidiesApproved]: 1, [METRIC.subsidyYuanApproved]: num(record(item.amount).yuan) });
};

/**
 * The ledger: who is on it now (stocks); from its status history who was helped out of 待业 (once a year) and who was placed in a
 * 公益性岗位, on the date the new status began (`since`: correcting the employer re-records the entry, and must not move
 * the event); from `serviceDates` the 「12333」 services by type and the completions (see judgedYears). The SVC items
 * themselves count nothing: they do not carry the person's community, and the person item has every date anyway.
 */
const assistedPerson: Counting = (item, c, asOf) => {
  c.stock(METRIC.assistedTotal, 1);
  for (const category of new Set(list(item.categories))) {
    if (ASSISTED_CATEGORIES.includes(category as AssistedCategory)) c.stock(categoryMetric(category as AssistedCategory), 1);
  }
  if (EMPLOYMENT_STATUSES.includes(item.status as EmploymentStatus)) c.stock(statusMetric(item.status as EmploymentStatus), 1);
  if (item.tracked === true) c.stock(METRIC.tracked12333, 1);
  const history = list(item.statusHistory).map(record);
  // 帮助就业 counts people (the target is 15,000 people a year): a person who falls back to 待业 and finds work again,
  // or whose 待业 was a correction, counts once in a year, on the first day they left 待业
  const helpedYears = new Set<string>();
  for (let i = 1; i < history.length; i++) {
    const [before, after] = [history[i - 1].status, history[i].status];
    if (before === after) continue;
    const began = history[i].since ?? history[i].recordedAt;
    const year = (localDateOf(began) ?? '').slice(0, 4);
    if (before === '待业' && !helpedYears.has(year)) {
      helpedYears.add(year);
      c.flow(began, { [METRIC.helpedIntoWork]: 1 });
    }
    if (after === '公益性岗位安置') c.flow(began, { [METRIC.publicWelfarePlacements]: 1 });
  }
  const serviceDates = record(item.serviceDates);
  const years = judgedYears(asOf);
  for (const type of SERVICE_TYPES) {
    for (const date of datesOf(serviceDates, type)) if (years.includes(Number(date.slice(0, 4)))) c.flow(date, { [serviceMetric(type)]: 1 });
  }
  if (item.tracked === true) {
    for (const { date } of completions12333(record(item.serviceDates), asOf)) c.flow(date, { [METRIC.completed12333]: 1 });
  }
};

/**
 * The years whose service dates are judged: the year of `asOf` and the one before. `serviceDates` keeps 24 months, so
 * older years are no longer whole in the item — their counters stay as they were counted while they were.
 */
function judgedYears(asOf: string): number[] {
  const current = Number((localDateOf(asOf) ?? '').slice(0, 4));
  return current ? [current - 1, current] : [];
}

const datesOf = (serviceDates: Record<string, unknown>, type: ServiceType) =>
  list(serviceDates[type]).filter((d): d is string => typeof d === 'string' && LOCAL_DATE.test(d));

/**
 * 「12333」 per calendar year: the date within the year on which the person's counts of all four services first met
 * the targets (SERVICE_TARGETS), if they did, for the judged years.
 */
export function completions12333(serviceDates: Record<string, unknown>, asOf: string): { year: number; date: string }[] {
  const found: { year: number; date: string }[] = [];
  for (const year of judgedYears(asOf)) {
    let reached = '';
    for (const type of SERVICE_TYPES) {
      const dates = datesOf(serviceDates, type).filter((d) => d.startsWith(`${year}-`)).sort();
      const target = SERVICE_TARGETS[type];
      if (dates.length < target) {
        reached = '';
        break;
      }
      if (dates[target - 1] > reached) reached = dates[target - 1];
    }
    if (reached) found.push({ year, date: reached });
  }
  return found;
}

const station: Counting = (item, c) => {
  c.stock(METRIC.stationsRecorded, 1);
  const standards = list(item.standards).map(record);
  const allMet = typeof item.allMet === 'boolean' ? item.allMet : STATION_STANDARDS.every((s) => standards.some((x) => x.standard === s && x.met === true));
  if (allMet) c.stock(METRIC.stationsMeetingSix, 1);
};

const survey: Counting = (item, c) => {
  const score = num(item.score);
  const subject = item.subject as SurveySubject;
  if (!SURVEY_SUBJECTS.includes(subject) || !Number.isInteger(score) || score < 1 || score > 5) return;
  c.flow(item.createdAt, {
    [METRIC.surveys]: 1,
    [METRIC.surveyScoreSum]: score,
    [surveyCountMetric(subject)]: 1,
    [surveySumMetric(subject)]: score,
    [surveyScoreMetric(score)]: 1,
  });
};

/** Counted entities, by the `entity` attribute every item carries, and where each one's community is. */
const COUNTED: Record<string, { community: (item: Record<string, unknown>) => unknown; count: Counting }> = {
  job: { community: (i) => i.communityCode, count: job },
  signup: { community: (i) => record(i.job).communityCode, count: signup },
  'training-session': { community: (i) => i.communityCode, count: trainingSession },
  'training-booking': { community: (i) => i.communityCode, count: trainingBooking },
  'subsidy-application': { community: (i) => i.communityCode, count: subsidyApplication },
  'assisted-person': { community: (i) => i.communityCode, count: assistedPerson },
  station: { community: (i) => i.communityCode ?? String(i.PK ?? '').replace(/^STATION#/, ''), count: station },
  survey: { community: (i) => i.communityCode, count: survey },
};

/** What one item contributes to the counters; `asOf` (an ISO instant) only matters for the 「12333」 years. */
export function contributions(image: Image, asOf: string): StatDelta[] {
  const counted = image ? COUNTED[String(image.entity)] : undefined;
  if (!image || !counted) return [];
  const communityCode = counted.community(image);
  if (typeof communityCode !== 'string' || !COMMUNITY_CODE.test(communityCode)) return [];
  const c = new Contributions(communityCode);
  counted.count(image, c, asOf);
  return c.deltas;
}

const deltaKey = (d: Pick<StatDelta, 'communityCode' | 'period' | 'metric'>) => `${d.communityCode}|${d.period}|${d.metric}`;

/** Sums deltas of the same community, period and metric and drops those that cancel out; sorted, so deterministic. */
export function mergeDeltas(deltas: Iterable<StatDelta>): StatDelta[] {
  const sums = new Map<string, StatDelta>();
  for (const d of deltas) {
    const key = deltaKey(d);
    const seen = sums.get(key);
    sums.set(key, { ...d, amount: (seen?.amount ?? 0) + d.amount });
  }
  return [...sums.entries()].filter(([, d]) => d.amount !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

/**
 * The deltas of one change (a stream record): new contribution minus old. `eventAtIso` is when the change happened; it
 * only decides which 「12333」 years are still judged (flows otherwise carry their own time in the item).
 */
export function statDeltas(oldImage: Image, newImage: Image, eventAtIso: string): StatDelta[] {
  const removed = contributions(oldImage, eventAtIso).map((d) => ({ ...d, amount: -d.amount }));
  return mergeDeltas([...removed, ...contributions(newImage, eventAtIso)]);
}
