import type { Principal } from '../auth/principal';
import { districtsOf } from '../divisions/catalog';

/**
 * Training rules that are not eligibility: who may publish, when a session can be booked or attended, and how
 * attended hours turn into a certificate. Pure functions; storage lives in adapters/dynamo/training*.ts.
 */

/** The 职业技能培训通用项目清单 is a county-level list (鲁就办〔2023〕13号 三、11): 区市 and 市 staff publish it. */
export const PUBLISHING_LEVELS = ['city', 'district'] as const;
export const canPublishTrainings = (principal: Principal) =>
  principal.role === 'staff' && !!principal.staff && (PUBLISHING_LEVELS as readonly string[]).includes(principal.staff.level);

/** The district partitions a staff member reads: the city all seven, anyone else their own district (read-only below it). */
export function staffDistricts(principal: Principal): string[] {
  const code = principal.staff?.divisionCode;
  return code ? districtsOf(code) : [];
}

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
}

export const hasStarted = (session: SessionTimes, now: number) => Date.parse(session.startsAt) <= now;
export const hasEnded = (session: SessionTimes, now: number) => Date.parse(session.endsAt) <= now;
/** Booking (and cancelling) closes when the class begins. */
export const canBook = (session: SessionTimes, now: number) => !hasStarted(session, now);
/** Attendance is taken in class or afterwards, never beforehand. */
export const attendanceOpen = hasStarted;

/** The reminder goes out two hours before class: enough to leave home, late enough not to be forgotten. */
export const REMINDER_BEFORE_MS = 2 * 3600_000;
export const reminderDueMs = (session: SessionTimes) => Date.parse(session.startsAt) - REMINDER_BEFORE_MS;

/** 学时 of one class: its length in hours, to the half hour. */
export const sessionHours = (session: SessionTimes) => Math.round(((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 3600_000) * 2) / 2;

/** Hours after one more attended class, and whether the training's 培训学时 is now complete. */
export function progressAfter(hoursDone: number, classHours: number, requiredHours: number) {
  const total = hoursDone + classHours;
  return { hoursDone: total, complete: total >= requiredHours };
}
