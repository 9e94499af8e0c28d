import { EMPLOYMENT_SITUATIONS, TRAINING_CATEGORIES, type TrainingCategory, type TrainingFormat, type TrainingNeedsReport } from '@contract';
import { distanceMeters, type LatLng } from '../divisions/geo';
import { DAY_MS } from '../time/weihai-clock';

/**
 * 培训需求清单 against supply (鲁就办〔2023〕13号 三、11: 「四清」 per person — 基本情况, 技能水平, 培训意愿, 就业方向):
 * how many residents of a division want each category, and how many sessions they could reach in the next 60 days.
 * A category someone wants with no session within reach is a gap the station should take to the district's
 * training list (县级职业技能培训通用项目清单).
 */
export const SUPPLY_WINDOW_DAYS = 60;

/** What the report reads of one survey (the rest of the 四清 stays on the person's own item). */
export interface NeedsRow {
  wantedCategories: readonly TrainingCategory[];
  situation: string;
}

/** What the report reads of one training: where it is, and its sessions' start times. */
export interface SupplyTraining {
  category: TrainingCategory;
  format: TrainingFormat;
  communityCode: string;
  location: LatLng;
}

/**
 * "Within reach": a community's service circle (1,200 m urban, 5,000 m rural — ../divisions/service-circle.ts) around
 * its own point, plus its district's 线上 trainings (training is organised per county, and online is within reach of
 * everyone). A street, district or the city reaches every training of the district(s) it lies in: people travel
 * across their district for a course, and residents' exact points are not kept at that level.
 */
export type SupplyScope =
  | { kind: 'circle'; centre: LatLng; radiusMeters: number; districtCode: string }
  | { kind: 'districts'; districtCodes: readonly string[] };


export function withinReach(training: SupplyTraining, scope: SupplyScope): boolean {
  const district = training.communityCode.slice(0, 6);
  if (scope.kind === 'districts') return scope.districtCodes.includes(district);
  if (training.format === '线上') return district === scope.districtCode;
  return distanceMeters(scope.centre, training.location) <= scope.radiusMeters;
}

export function isUpcoming(startsAt: string, now: number): boolean {
  const at = Date.parse(startsAt);
  return at >= now && at <= now + SUPPLY_WINDOW_DAYS * DAY_MS;
}

/** Upcoming sessions per category, from trainings already known to be within reach. */
export function sessionsByCategory(trainings: readonly { category: TrainingCategory; sessionStarts: readonly string[] }[], now: number): Map<TrainingCategory, number> {
  const counts = new Map<TrainingCategory, number>();
  for (const training of trainings) {
    const upcoming = training.sessionStarts.filter((startsAt) => isUpcoming(startsAt, now)).length;
    if (upcoming) counts.set(training.category, (counts.get(training.category) ?? 0) + upcoming);
  }
  return counts;
}

const categoryOrder = (c: TrainingCategory) => TRAINING_CATEGORIES.indexOf(c);
const situationOrder = (s: string) => {
  const i = (EMPLOYMENT_SITUATIONS as readonly string[]).indexOf(s);
  return i < 0 ? EMPLOYMENT_SITUATIONS.length : i;
};

/**
 * Rows for every category someone wants or someone offers (the rest would be a wall of zeros), most wanted first;
 * situations that occur, most frequent first. Ties keep the contract's list order, so the table never reshuffles.
 */
export function needsReport(division: TrainingNeedsReport['division'], rows: readonly NeedsRow[], sessions: ReadonlyMap<TrainingCategory, number>): TrainingNeedsReport {
  const wanting = new Map<TrainingCategory, number>();
  const situations = new Map<string, number>();
  for (const row of rows) {
    for (const category of new Set(row.wantedCategories)) wanting.set(category, (wanting.get(category) ?? 0) + 1);
    situations.set(row.situation, (situations.get(row.situation) ?? 0) + 1);
  }
  const byCategory = TRAINING_CATEGORIES.filter((c) => wanting.has(c) || sessions.has(c))
    .map((category) => {
      const residents = wanting.get(category) ?? 0;
      const upcomingSessions = sessions.get(category) ?? 0;
      return { category, residents, upcomingSessions, gap: residents > 0 && upcomingSessions === 0 };
    })
    .sort((a, b) => b.residents - a.residents || categoryOrder(a.category) - categoryOrder(b.category));
  const bySituation = [...situations]
    .map(([situation, residents]) => ({ situation, residents }))
    .sort((a, b) => b.residents - a.residents || situationOrder(a.situation) - situationOrder(b.situation));
  return { division, respondents: rows.length, byCategory, bySituation };
}
