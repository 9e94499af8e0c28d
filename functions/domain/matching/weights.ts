/**
 * Every number that moves a job up or down the 推荐岗位 list, as named data with the reason for it.
 * Scores are plain points added together, so a reason shown to the resident can always be traced to one line here.
 * Change a figure here (or pass `weights` to `recommend`) rather than editing the scoring code.
 */
export interface MatchWeights {
  // ── Distance (人社便民服务圈) ──
  /** Points for a job at the resident's door. */
  distanceAtDoor: number;
  /** Points for a job exactly on the edge of the service circle; linear between door and edge. */
  distanceAtCircleEdge: number;
  /** Beyond the circle the edge points halve every this many metres. */
  distanceHalfLifeBeyondCircleMeters: number;

  // ── Skills ──
  /** Points per resident skill the job asks for. */
  skillPerMatch: number;
  /** At most this many matched skills are counted. */
  skillMaxCounted: number;

  // ── Suitability for priority groups ──
  /** Age (in years, as of this year in Asia/Shanghai) from which a resident counts as 大龄. */
  elderlyAgeYears: number;
  /** 大龄 resident + job tagged 大龄友好. */
  elderlyFriendly: number;
  /** 残疾 resident + job tagged 残疾人友好. */
  disabilityFriendly: number;
  /** Any assisted category + 公益性岗位. */
  publicWelfarePriority: number;
  /** Job tagged 无经验可, counted only when none of the resident's skills match it. */
  noExperienceWhenNoSkillMatch: number;

  // ── Resident's stated wishes ──
  /** Job type (or a 居家就业/社区微工厂/公益性岗位 tag) is one of the resident's intentions. */
  intentionMatch: number;
  /** Job time slot is one the resident said they are free. */
  availabilityMatch: number;
  /** Subtracted when the resident gave availability and the job fits none of it. */
  availabilityMismatchPenalty: number;

  // ── Trust and freshness ──
  /** Employer verified by staff (统一社会信用代码 checked). */
  verifiedEmployer: number;
  /** Points for a job posted just now. */
  freshnessMax: number;
  /** Freshness points halve every this many days. */
  freshnessHalfLifeDays: number;

  // ── Exclusion ──
  /** Jobs with fewer places left than this are not recommended. */
  minHeadcountLeft: number;
}

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  // Nearness is the point of 家门口就业, so it is the largest single term.
  distanceAtDoor: 40,
  // Anywhere inside the circle (15 min walk / 5 km, 威就办〔2023〕9号 前言) still earns most of the distance points.
  distanceAtCircleEdge: 25,
  // Outside the circle interest falls off fast: each further kilometre halves it.
  distanceHalfLifeBeyondCircleMeters: 1000,

  // One shared skill is worth walking roughly half the circle further.
  skillPerMatch: 15,
  // Three matched skills already say "this fits"; more should not swamp distance.
  skillMaxCounted: 3,

  // 大龄 (鲁就办〔2023〕13号 三、3；威就办〔2023〕9号 三、2) is not defined in the texts; 50 is the「4050」line for men, used for all as no sex is stored.
  elderlyAgeYears: 50,
  // Same weight as one skill: the job is known to take 大龄 workers (鲁就办〔2023〕13号 三、3).
  elderlyFriendly: 15,
  // 辅助性就业 for 残疾人, 如康家园 (鲁就办〔2023〕13号 三、3；威就办〔2023〕9号 三、2).
  disabilityFriendly: 15,
  // 公益性岗位 兜底 for 就业困难人员 (鲁就办〔2023〕13号 三、4；威就办〔2023〕9号 三、3): above any single other factor.
  publicWelfarePriority: 30,
  // Helps residents without matching skills find jobs they can start on (「两低两高」 low-skilled, 鲁就办〔2023〕13号 一).
  noExperienceWhenNoSkillMatch: 10,

  // The resident told us what kind of work they want.
  intentionMatch: 12,
  // The job fits the time the resident said they are free.
  availabilityMatch: 8,
  // A job at a time the resident cannot work is rarely taken; same size as the match, so it cancels a near-tie.
  availabilityMismatchPenalty: 8,

  // A verified employer is safer for residents, but should not beat a nearer job on its own.
  verifiedEmployer: 5,
  // New posts are more likely still open; small so it only orders otherwise-similar jobs.
  freshnessMax: 6,
  // Gigs fill within days.
  freshnessHalfLifeDays: 3,

  // A job with no places left cannot be applied for.
  minHeadcountLeft: 1,
});

/** Numbers that shape the answer but not the ranking. */
export const RECOMMEND_SETTINGS = Object.freeze({
  /** Items returned when the caller gives no limit. */
  defaultLimit: 10,
  /** Most items ever returned (same cap as the nearby-jobs feed). */
  maxLimit: 50,
  /** Show 相近职业 when fewer than this many returned items match a resident skill directly. */
  adjacentWhenDirectMatchesBelow: 3,
  /** At most this many 相近职业. */
  adjacentMax: 5,
  /** Up to this distance a reason says 「步行 N 分钟」; beyond, 「距离 N.N 公里」. */
  walkTextMaxMeters: 2000,
  /** A job posted within this many hours gets the reason 「新发布」. */
  newPostWithinHours: 24,
  /** Decimal places of the score shown to callers (ranking uses the unrounded score). */
  scoreDecimals: 2,
});
