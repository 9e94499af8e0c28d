import { SERVICE_TARGETS, SERVICE_TYPES, type AssistedCategory, type ServiceType } from '@contract';
import { inWindow, windowOf } from './window';

/** Dates of each service type (YYYY-MM-DD), as the person item keeps them. */
export type ServiceDates = Partial<Record<ServiceType, string[]>>;

export interface ServiceCount {
  type: ServiceType;
  done: number;
  target: number;
  missing: number;
}

export interface Tracking {
  tracked: boolean;
  windowFrom: string;
  windowTo: string;
  counts: ServiceCount[];
  behind: boolean;
  lastServiceOn: string | null;
}

/**
 * 「12333」 applies to 登记失业人员 and 就业困难人员 (鲁就办〔2023〕13号 三、16): a registered unemployment date or any
 * assisted category puts a person on it.
 */
export function isTracked(person: { unemploymentRegisteredOn: string | null; categories: readonly AssistedCategory[] }): boolean {
  return person.unemploymentRegisteredOn !== null || person.categories.length > 0;
}

/** Done / target / missing per type in the rolling window, in the policy's order (政策对接, 职业指导, 岗位推荐, 培训信息). */
export function serviceCounts(dates: ServiceDates, today: string): ServiceCount[] {
  return SERVICE_TYPES.map((type) => {
    const done = (dates[type] ?? []).filter((d) => inWindow(d, today)).length;
    const target = SERVICE_TARGETS[type];
    return { type, done, target, missing: Math.max(0, target - done) };
  });
}

/** The newest service on or before today, of any type. */
export function lastServiceOn(dates: ServiceDates, today: string): string | null {
  let last: string | null = null;
  for (const type of SERVICE_TYPES) for (const d of dates[type] ?? []) if (d <= today && (last === null || d > last)) last = d;
  return last;
}

/** Untracked people are never "behind": nothing is owed to them under 「12333」. */
export function trackingOf(person: { unemploymentRegisteredOn: string | null; categories: readonly AssistedCategory[]; serviceDates: ServiceDates }, today: string): Tracking {
  const tracked = isTracked(person);
  const counts = serviceCounts(person.serviceDates, today);
  const { from, to } = windowOf(today);
  return { tracked, windowFrom: from, windowTo: to, counts, behind: tracked && counts.some((c) => c.missing > 0), lastServiceOn: lastServiceOn(person.serviceDates, today) };
}

/** Still owed, most missing first (ties in the policy's order). */
export function missingCounts(counts: readonly ServiceCount[]): ServiceCount[] {
  return counts.filter((c) => c.missing > 0).sort((a, b) => b.missing - a.missing || SERVICE_TYPES.indexOf(a.type) - SERVICE_TYPES.indexOf(b.type));
}
