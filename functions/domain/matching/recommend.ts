import type { ASSISTED_CATEGORIES, AVAILABILITY, JobTag, JobType, PayUnit, SKILLS } from '@contract';
import { walkMinutes } from '../divisions/service-circle';
import { ADJACENT_OCCUPATIONS, type AdjacentOccupation } from './adjacent-occupations';
import { DEFAULT_MATCH_WEIGHTS, RECOMMEND_SETTINGS, type MatchWeights } from './weights';
import { isEvening, isWeekend, weihaiClock } from '../time/weihai-clock';

/**
 * 岗位推荐 (精准匹配、岗位推送, 鲁就办〔2023〕13号 三、14): rank open jobs for one resident and say why, in plain Chinese.
 *
 * A job's score is a sum of points, each from one rule, each rule's size in ./weights.ts:
 *   distance (linear inside the service circle, halving per km outside) + matched skills + priority-group suitability
 *   (大龄友好, 残疾人友好, 公益性岗位 for assisted residents, 无经验可 when no skill matches) + intention + availability
 *   + verified employer + freshness. Full or ended jobs are left out.
 * Each rule that adds points contributes one reason; reasons are listed biggest contribution first.
 * Ranking is deterministic: score, then distance, then id. Only the top `limit` are kept (no full sort),
 * and reason strings are built for those alone.
 */

export type Skill = (typeof SKILLS)[number];
export type Availability = (typeof AVAILABILITY)[number];
export type AssistedCategory = (typeof ASSISTED_CATEGORIES)[number];

export interface Candidate {
  id: string;
  title: string;
  type: JobType;
  tags: JobTag[];
  /** The job's skill words, from the SKILLS list. */
  skills: string[];
  payAmount: number;
  payUnit: PayUnit;
  /** ISO strings. */
  startsAt: string;
  endsAt: string;
  createdAt: string;
  distanceMeters: number;
  headcountLeft: number;
  orgVerified: boolean;
}

export interface ResidentFacts {
  skills: Skill[];
  availability: Availability[];
  intentions: JobType[];
  assistedCategories: AssistedCategory[];
  birthYear: number | null;
  /** The resident's service circle: 1,200 m urban, 5,000 m rural (威就办〔2023〕9号 前言). */
  circleRadiusMeters: number;
  now: Date;
}

export interface Recommendation {
  candidate: Candidate;
  score: number;
  reasons: string[];
}

export interface RecommendOptions {
  limit?: number;
  weights?: MatchWeights;
}

export interface RecommendResult {
  items: Recommendation[];
  adjacentOccupations: { occupation: string; because: string }[];
}

// Units, not tuning.
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;
const METERS_PER_KM = 1000;
const HALF = 0.5;

/** Which rule a reason comes from; when two contributions are equal, the more specific to this resident comes first. */
const Rule = {
  PublicWelfare: 0,
  Skills: 1,
  Elderly: 2,
  Disability: 3,
  Distance: 4,
  Intention: 5,
  Availability: 6,
  NoExperience: 7,
  Verified: 8,
  Fresh: 9,
} as const;
type Rule = (typeof Rule)[keyof typeof Rule];

interface Part {
  rule: Rule;
  points: number;
  text: string;
}

/** Facts about the resident, worked out once per call. */
interface Context {
  w: MatchWeights;
  nowMs: number;
  radius: number;
  skills: ReadonlySet<string>;
  intentions: ReadonlySet<string>;
  hasAvailability: boolean;
  wantsWeekday: boolean;
  wantsEvening: boolean;
  wantsWeekend: boolean;
  /** Any 就业援助 category (鲁就办〔2023〕13号 三、16；威就办〔2023〕9号 三、1). */
  assisted: boolean;
  elderly: boolean;
  disabled: boolean;
}

function contextFor(resident: ResidentFacts, w: MatchWeights): Context {
  const nowMs = resident.now.getTime();
  const localYear = weihaiClock(nowMs).asUtcFields.getUTCFullYear();
  // Only the birth year is known, so age is this year minus it (someone born in 1975 counts as 50 all through 2025).
  const age = resident.birthYear === null ? null : localYear - resident.birthYear;
  const categories = resident.assistedCategories;
  const availability = resident.availability;
  return {
    w,
    nowMs,
    radius: Math.max(0, resident.circleRadiusMeters),
    skills: new Set<string>(resident.skills),
    intentions: new Set<string>(resident.intentions),
    hasAvailability: availability.length > 0,
    wantsWeekday: availability.includes('weekday'),
    wantsEvening: availability.includes('evening'),
    wantsWeekend: availability.includes('weekend'),
    assisted: categories.length > 0,
    elderly: categories.includes('大龄') || (age !== null && age >= w.elderlyAgeYears),
    disabled: categories.includes('残疾'),
  };
}

/** Metres with NaN/negatives made safe: unknown distance sorts last, a negative one is treated as at the door. */
function safeDistance(meters: number): number {
  return Number.isNaN(meters) ? Number.POSITIVE_INFINITY : Math.max(0, meters);
}

function distancePoints(meters: number, ctx: Context): number {
  const { w, radius } = ctx;
  if (radius > 0 && meters <= radius) return w.distanceAtDoor - ((w.distanceAtDoor - w.distanceAtCircleEdge) * meters) / radius;
  if (!Number.isFinite(meters) || w.distanceHalfLifeBeyondCircleMeters <= 0) return 0;
  return w.distanceAtCircleEdge * HALF ** ((meters - radius) / w.distanceHalfLifeBeyondCircleMeters);
}

function distanceText(meters: number): string {
  if (!Number.isFinite(meters)) return '距离未知';
  if (meters <= RECOMMEND_SETTINGS.walkTextMaxMeters) return `步行 ${walkMinutes(meters)} 分钟`;
  return `距离 ${(meters / METERS_PER_KM).toFixed(1)} 公里`;
}

/**
 * Score one candidate, or NaN when it must not be recommended.
 * With `parts`, also records each rule's contribution and text (only done for the few that are returned).
 */
function evaluate(c: Candidate, ctx: Context, parts: Part[] | null): number {
  const { w } = ctx;
  // Excluded: no places left, or already over (or an end time that cannot be read).
  if (!(c.headcountLeft >= w.minHeadcountLeft)) return Number.NaN;
  if (!(Date.parse(c.endsAt) > ctx.nowMs)) return Number.NaN;

  const meters = safeDistance(c.distanceMeters);
  let score = distancePoints(meters, ctx);
  if (parts) parts.push({ rule: Rule.Distance, points: score, text: distanceText(meters) });

  // Skills: distinct job skills the resident has.
  let matched = 0;
  let matchedNames: string[] | null = null;
  if (ctx.skills.size > 0) {
    const jobSkills = c.skills;
    for (let i = 0; i < jobSkills.length; i++) {
      const s = jobSkills[i]!;
      if (ctx.skills.has(s) && jobSkills.indexOf(s) === i) {
        matched++;
        if (parts) (matchedNames ??= []).push(s);
      }
    }
  }
  if (matched > 0) {
    const points = w.skillPerMatch * Math.min(matched, w.skillMaxCounted);
    score += points;
    if (parts) parts.push({ rule: Rule.Skills, points, text: `匹配技能：${matchedNames!.join('、')}` });
  }

  // Tags, read once.
  let elderlyFriendly = false;
  let disabilityFriendly = false;
  let noExperience = false;
  let publicWelfare = c.type === '公益性岗位';
  let intention: string | null = ctx.intentions.has(c.type) ? c.type : null;
  for (const tag of c.tags) {
    if (tag === '大龄友好') elderlyFriendly = true;
    else if (tag === '残疾人友好') disabilityFriendly = true;
    else if (tag === '无经验可') noExperience = true;
    else if (tag === '公益性岗位') publicWelfare = true;
    // 居家就业/社区微工厂/公益性岗位 are both job types and tags; a tagged job meets that intention too.
    if (intention === null && ctx.intentions.has(tag)) intention = tag;
  }

  // 公益性岗位 兜底安置 for 就业困难人员 (鲁就办〔2023〕13号 三、4；威就办〔2023〕9号 三、3).
  if (publicWelfare && ctx.assisted) {
    score += w.publicWelfarePriority;
    if (parts) parts.push({ rule: Rule.PublicWelfare, points: w.publicWelfarePriority, text: '公益性岗位优先安置' });
  }
  // Flexible jobs with low demands on age, for 大龄/低龄老年人 (鲁就办〔2023〕13号 三、3；威就办〔2023〕9号 三、2).
  if (elderlyFriendly && ctx.elderly) {
    score += w.elderlyFriendly;
    if (parts) parts.push({ rule: Rule.Elderly, points: w.elderlyFriendly, text: '适合大龄' });
  }
  // 辅助性就业 for 残疾人 (鲁就办〔2023〕13号 三、3；威就办〔2023〕9号 三、2).
  if (disabilityFriendly && ctx.disabled) {
    score += w.disabilityFriendly;
    if (parts) parts.push({ rule: Rule.Disability, points: w.disabilityFriendly, text: '残疾人友好' });
  }
  // Low-skilled residents (「两低两高」, 鲁就办〔2023〕13号 一) are steered to jobs they can start without experience.
  if (noExperience && matched === 0) {
    score += w.noExperienceWhenNoSkillMatch;
    if (parts) parts.push({ rule: Rule.NoExperience, points: w.noExperienceWhenNoSkillMatch, text: '无需经验' });
  }
  if (intention !== null) {
    score += w.intentionMatch;
    if (parts) parts.push({ rule: Rule.Intention, points: w.intentionMatch, text: `符合求职意向：${intention}` });
  }

  // Availability, from the Weihai start time: 晚上 = starts at or after EVENING_STARTS_AT_HOUR (as the feed filter),
  // 周末 = starts on Saturday or Sunday, 工作日白天 = neither. Unreadable start: no bonus, no penalty.
  if (ctx.hasAvailability) {
    const startMs = Date.parse(c.startsAt);
    if (!Number.isNaN(startMs)) {
      const clock = weihaiClock(startMs);
      const evening = isEvening(clock);
      const weekend = isWeekend(clock);
      const fitsEvening = evening && ctx.wantsEvening;
      const fitsWeekend = weekend && ctx.wantsWeekend;
      const fitsWeekday = !evening && !weekend && ctx.wantsWeekday;
      if (fitsEvening || fitsWeekend || fitsWeekday) {
        score += w.availabilityMatch;
        if (parts) {
          const text = fitsWeekend && fitsEvening ? '周末晚上可做' : fitsWeekend ? '周末可做' : fitsEvening ? '晚上可做' : '工作日白天可做';
          parts.push({ rule: Rule.Availability, points: w.availabilityMatch, text });
        }
      } else {
        score -= w.availabilityMismatchPenalty;
      }
    }
  }

  if (c.orgVerified) {
    score += w.verifiedEmployer;
    if (parts) parts.push({ rule: Rule.Verified, points: w.verifiedEmployer, text: '认证单位' });
  }

  // Freshness: halves every freshnessHalfLifeDays; a post dated in the future counts as just posted.
  const createdMs = Date.parse(c.createdAt);
  if (!Number.isNaN(createdMs) && w.freshnessHalfLifeDays > 0) {
    const ageMs = Math.max(0, ctx.nowMs - createdMs);
    const points = w.freshnessMax * HALF ** (ageMs / MS_PER_DAY / w.freshnessHalfLifeDays);
    score += points;
    if (parts && ageMs < RECOMMEND_SETTINGS.newPostWithinHours * MS_PER_HOUR) parts.push({ rule: Rule.Fresh, points, text: '新发布' });
  }

  return score;
}

interface Ranked {
  candidate: Candidate;
  score: number;
  distance: number;
}

/** Does (score, distance, id) rank before `b`? Better score, then nearer, then smaller id (code-unit order, locale-free). */
function ranksBefore(score: number, distance: number, id: string, b: Ranked): boolean {
  if (score !== b.score) return score > b.score;
  if (distance !== b.distance) return distance < b.distance;
  return id < b.candidate.id;
}

function reasonsFrom(parts: Part[]): string[] {
  // The distance reason always stays, so every item has one; other rules only when they added points.
  return parts
    .filter((p) => p.rule === Rule.Distance || p.points > 0)
    .sort((a, b) => b.points - a.points || a.rule - b.rule)
    .map((p) => p.text);
}

function roundScore(score: number): number {
  const factor = 10 ** RECOMMEND_SETTINGS.scoreDecimals;
  return Math.round(score * factor) / factor;
}

function limitFrom(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return RECOMMEND_SETTINGS.defaultLimit;
  return Math.min(RECOMMEND_SETTINGS.maxLimit, Math.max(0, Math.floor(limit)));
}

function adjacentFor(skills: readonly string[]): AdjacentOccupation[] {
  const seen = new Set<string>();
  const out: AdjacentOccupation[] = [];
  for (const skill of new Set(skills)) {
    for (const entry of ADJACENT_OCCUPATIONS[skill as Skill] ?? []) {
      if (out.length >= RECOMMEND_SETTINGS.adjacentMax) return out;
      if (seen.has(entry.occupation)) continue;
      seen.add(entry.occupation);
      out.push({ occupation: entry.occupation, because: entry.because });
    }
  }
  return out;
}

export function recommend(resident: ResidentFacts, candidates: readonly Candidate[], options: RecommendOptions = {}): RecommendResult {
  const ctx = contextFor(resident, options.weights ?? DEFAULT_MATCH_WEIGHTS);
  const limit = limitFrom(options.limit);

  // Partial selection: keep the best `limit` in order (binary insertion), never sort the whole list.
  const top: Ranked[] = [];
  if (limit > 0) {
    for (const candidate of candidates) {
      const score = evaluate(candidate, ctx, null);
      if (Number.isNaN(score)) continue;
      const distance = safeDistance(candidate.distanceMeters);
      if (top.length === limit && !ranksBefore(score, distance, candidate.id, top[limit - 1]!)) continue;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ranksBefore(score, distance, candidate.id, top[mid]!)) hi = mid;
        else lo = mid + 1;
      }
      top.splice(lo, 0, { candidate, score, distance });
      if (top.length > limit) top.pop();
    }
  }

  let directMatches = 0;
  const items = top.map(({ candidate }): Recommendation => {
    const parts: Part[] = [];
    const score = evaluate(candidate, ctx, parts);
    if (parts.some((p) => p.rule === Rule.Skills)) directMatches++;
    return { candidate, score: roundScore(score), reasons: reasonsFrom(parts) };
  });

  const adjacentOccupations =
    resident.skills.length > 0 && directMatches < RECOMMEND_SETTINGS.adjacentWhenDirectMatchesBelow ? adjacentFor(resident.skills) : [];
  return { items, adjacentOccupations };
}
