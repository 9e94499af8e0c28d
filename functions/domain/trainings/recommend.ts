import type { TrainingCategory, TrainingFormat, TrainingSummary } from '@contract';
import { DAY_MS } from '../time/weihai-clock';

/**
 * 培训推荐 from the 「四清」 survey (基本情况, 技能水平, 培训意愿, 就业方向; 鲁就办〔2023〕13号 三、11): rank the trainings of
 * the resident's district that have a session in the next 60 days, and say why in plain Chinese.
 *
 * Score = wanted category (strong) + preferred format + nearness + how soon the next session is. A training must
 * match the wanted categories or a preferred format to be listed at all: anything else is noise to someone who has
 * just told us what they want to learn.
 *
 * Ineligible trainings (参训要求 not met) are dropped rather than listed last: a recommendation is an invitation to
 * book, and booking one ends in a 409. The full list (`GET /trainings`) still shows them with the reason.
 */
export const RECOMMEND_WINDOW_DAYS = 60;
export const RECOMMEND_LIMIT = 10;

export const TRAINING_MATCH_POINTS = {
  category: 100,
  format: 30,
  /** Full points at the door, none from an hour's walk; 线上 counts as at the door. */
  near: 20,
  /** Full points for a class today, none at the end of the window. */
  soon: 10,
} as const;

/** Beyond this a walk is no selling point, so the reason gives kilometres instead. */
const WALK_REASON_MAX_MINUTES = 30;
const NO_POINTS_AFTER_WALK_MINUTES = 60;
const SUBSIDY_REASON_MAX_CHARS = 28;

const FORMAT_REASON: Record<TrainingFormat, string> = {
  培训夜课: '培训夜课，下班后可参加',
  周末课堂: '周末课堂，周末可参加',
  社区培训点: '社区培训点，家门口就能学',
  居民就业学堂: '居民就业学堂，家门口就能学',
  能工巧匠工作室: '能工巧匠工作室，师傅手把手教',
  线上: '线上课程，在家就能学',
};

export interface TrainingWants {
  wantedCategories: readonly TrainingCategory[];
  preferredFormats: readonly TrainingFormat[];
}

export interface TrainingRecommendation {
  training: TrainingSummary;
  score: number;
  reasons: string[];
}

/** The next session if it starts within the window; trainings without one are not candidates. */
function upcomingStart(training: TrainingSummary, now: number): number | undefined {
  const startsAt = training.nextSession ? Date.parse(training.nextSession.startsAt) : NaN;
  return startsAt >= now && startsAt <= now + RECOMMEND_WINDOW_DAYS * DAY_MS ? startsAt : undefined;
}

function nearPoints(training: TrainingSummary): number {
  if (training.format === '线上') return TRAINING_MATCH_POINTS.near;
  if (training.walkMinutes === null) return 0;
  return TRAINING_MATCH_POINTS.near * Math.max(0, 1 - training.walkMinutes / NO_POINTS_AFTER_WALK_MINUTES);
}

function soonPoints(startsAt: number, now: number): number {
  return TRAINING_MATCH_POINTS.soon * Math.max(0, 1 - (startsAt - now) / (RECOMMEND_WINDOW_DAYS * DAY_MS));
}

function distanceReason(training: TrainingSummary): string | undefined {
  if (training.format === '线上' || training.walkMinutes === null || training.distanceMeters === null) return undefined;
  if (training.walkMinutes <= WALK_REASON_MAX_MINUTES) return `步行 ${training.walkMinutes} 分钟`;
  return `距家 ${(training.distanceMeters / 1000).toFixed(1)} 公里`;
}

/** The verdict names the groups the resident matched (「符合参训人群：…」, ./eligibility.ts); else the training's groups. */
function eligibilityReason(training: TrainingSummary): string | undefined {
  const verdict = training.myEligibility;
  if (!verdict?.eligible) return undefined;
  const matched = verdict.reasons.map((reason) => /^符合参训(?:人群|要求)：(.+)$/.exec(reason)?.[1]).find(Boolean);
  return `符合参训要求：${matched ?? training.eligibility.groups.join('、')}`;
}

function subsidyReason(training: TrainingSummary): string | undefined {
  const text = training.subsidyStandard.trim();
  if (!text) return undefined;
  return `补贴：${text.length > SUBSIDY_REASON_MAX_CHARS ? `${text.slice(0, SUBSIDY_REASON_MAX_CHARS)}…` : text}`;
}

function sessionReason(training: TrainingSummary): string | undefined {
  const session = training.nextSession;
  if (!session) return undefined;
  return `最近一次课：${session.scheduleText}${session.seatsLeft === 0 ? '（已满，可候补）' : ''}`;
}

/** Reasons in a fixed order that reads like a sentence: what, how, where, may I, what it pays, when. */
function reasonsFor(training: TrainingSummary, wants: TrainingWants): string[] {
  const wanted = wants.wantedCategories.includes(training.category) ? `您想学：${training.category}` : undefined;
  const format = wants.preferredFormats.includes(training.format) ? FORMAT_REASON[training.format] : undefined;
  return [wanted, format, distanceReason(training), eligibilityReason(training), subsidyReason(training), sessionReason(training)].filter(
    (reason): reason is string => !!reason,
  );
}

const distanceForTies = (t: TrainingSummary) => (t.format === '线上' ? 0 : (t.distanceMeters ?? Number.MAX_SAFE_INTEGER));

/** Worth reading sessions for: a wanted category or a preferred format (the handler filters before it reads). */
export function matchesWants(training: Pick<TrainingSummary, 'category' | 'format'>, wants: TrainingWants): boolean {
  return wants.wantedCategories.includes(training.category) || wants.preferredFormats.includes(training.format);
}

/** Top `limit` trainings for the wants, best first; deterministic (score, then distance, then id). */
export function recommendTrainings(wants: TrainingWants, trainings: readonly TrainingSummary[], now: number, limit = RECOMMEND_LIMIT): TrainingRecommendation[] {
  const scored: Omit<TrainingRecommendation, 'reasons'>[] = [];
  for (const training of trainings) {
    const startsAt = upcomingStart(training, now);
    if (startsAt === undefined || training.myEligibility?.eligible === false) continue;
    if (!matchesWants(training, wants)) continue;
    const categoryMatch = wants.wantedCategories.includes(training.category);
    const formatMatch = wants.preferredFormats.includes(training.format);
    const score =
      (categoryMatch ? TRAINING_MATCH_POINTS.category : 0) + (formatMatch ? TRAINING_MATCH_POINTS.format : 0) + nearPoints(training) + soonPoints(startsAt, now);
    scored.push({ training, score });
  }
  scored.sort((a, b) => b.score - a.score || distanceForTies(a.training) - distanceForTies(b.training) || a.training.id.localeCompare(b.training.id));
  return scored.slice(0, limit).map((item) => ({ ...item, reasons: reasonsFor(item.training, wants) }));
}
