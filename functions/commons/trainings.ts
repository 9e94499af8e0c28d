import { TRAINING_BOOKING_LABEL, type TrainingBooking, type TrainingDetail, type TrainingRoster, type TrainingSummary } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import type { LatLng } from '#domain/divisions/geo';
import { eligibilityVerdict, type ResidentFacts } from '#domain/trainings/eligibility';
import { bookingView, myBookingOf, trainingDetailView, trainingSummaryView, type BookingRow, type MyBooking, type ProgressRow, type SessionRow, type TrainingRow } from '#domain/trainings/views';
import { getBooking, listBookingsOfUser, positionOf } from '#adapters/dynamo/training-bookings';
import { listSessionsOfTraining, situationOf } from '#adapters/dynamo/trainings';
import { batchGetAll } from '#adapters/dynamo/query-all';
import { keys } from '#adapters/dynamo/keys';
import { getUser, getUsers, type UserRow } from '#adapters/dynamo/users';
import { maskPhone } from '#domain/privacy/mask';
import { decryptPii } from './pii';
import { AppError } from './errors';

/**
 * Shared steps of the training handlers (functions/handlers/trainings/*) and the 四清 recommendations
 * (functions/handlers/training-needs/*), so a training card reads the same wherever it appears.
 */

/** Who the resident is for 参训要求: birth year and consented assisted categories from the profile, 基本情况 from 四清. */
export async function residentFacts(userId: string, user?: UserRow): Promise<ResidentFacts> {
  const [row, situation] = await Promise.all([user ? Promise.resolve(user) : getUser(userId), situationOf(userId)]);
  return { birthYear: row?.birthYear ?? null, assistedCategories: row?.assistedCategories ?? [], situation };
}

type MyBookings = Map<string, NonNullable<MyBooking>>;

/** The resident's live (booked or waitlisted) bookings by session id, with queue places: one Query, not one per session. */
export async function liveBookingsBySession(userId: string): Promise<MyBookings> {
  const live = (await listBookingsOfUser(userId)).filter((row) => row.status === 'booked' || row.status === 'waitlisted');
  const places = await Promise.all(live.map((row) => positionOf(row)));
  return new Map(live.map((row, i) => [row.sessionId, myBookingOf(row, places[i])]));
}

export interface Viewer {
  facts: ResidentFacts | null;
  myBookings?: MyBookings;
}

/** What a signed-in resident's cards show beyond the public ones; nothing for anyone else. */
export async function viewerOf(principal: Principal | undefined): Promise<Viewer> {
  if (principal?.role !== 'resident') return { facts: null };
  const [facts, myBookings] = await Promise.all([residentFacts(principal.userId), liveBookingsBySession(principal.userId)]);
  return { facts, myBookings };
}

/** One training card: next session, count of upcoming ones, distance from `origin` and, for residents, 是否符合参训要求. */
export function trainingSummaryFor(row: TrainingRow, sessions: SessionRow[], viewer: Viewer | ResidentFacts | null, origin: LatLng | null, now = Date.now()): TrainingSummary {
  const v: Viewer = viewer && 'facts' in viewer ? viewer : { facts: viewer as ResidentFacts | null };
  const myEligibility = v.facts ? eligibilityVerdict(row.eligibility, v.facts) : null;
  return trainingSummaryView(row, sessions, { now, origin, myEligibility, myBookings: v.myBookings });
}

export async function trainingDetailFor(row: TrainingRow, viewer: Viewer, now = Date.now(), origin: LatLng | null = null): Promise<TrainingDetail> {
  const sessions = await listSessionsOfTraining(row.id);
  const myEligibility = viewer.facts ? eligibilityVerdict(row.eligibility, viewer.facts) : null;
  return trainingDetailView(row, sessions, { now, origin, myEligibility, myBookings: viewer.myBookings });
}

export async function bookingResponse(row: BookingRow, now = Date.now()): Promise<TrainingBooking> {
  return bookingView(row, await positionOf(row), now);
}

/** A resident's own booking; someone else's is "not found", so ids reveal nothing. */
export async function bookingOfResident(bookingId: string, principal: Principal): Promise<BookingRow> {
  const row = await getBooking(bookingId);
  if (!row || row.userId !== principal.userId) throw new AppError('TRAINING_BOOKING_NOT_FOUND');
  return row;
}

/** The caller's organisation: from the token, or the account for a token issued before the org was registered. */
export async function orgIdOf(principal: Principal): Promise<string | undefined> {
  if (principal.role !== 'employer') return undefined;
  return principal.orgId ?? (await getUser(principal.userId))?.orgId;
}

/**
 * Roster, export and attendance: staff over the training's district (区市 or 市), or the provider's own employer
 * account. Everyone else is 403, whether or not the training exists nearby.
 */
export async function assertRunsTraining(training: TrainingRow, principal: Principal): Promise<void> {
  if (principal.role === 'staff') {
    if (!staffCovers(principal, training.districtCode)) throw new AppError('OUT_OF_SCOPE');
    return;
  }
  const orgId = await orgIdOf(principal);
  if (!orgId || !training.providerOrgId || orgId !== training.providerOrgId) throw new AppError('FORBIDDEN', '只有培训机构或区市人社工作人员可以查看名单、记出勤');
}

/** Seat holders first (in booking order), then the queue in order, then who cancelled. */
const ROSTER_ORDER: Record<BookingRow['status'], number> = { booked: 0, attended: 0, absent: 0, waitlisted: 1, cancelled: 2 };

/**
 * 名单 rows for staff and providers; phones masked: enough to tell people apart at the door, never a full number in a
 * list. Queue places come from the rows themselves (waitlisted ids sort in queue order), not one count per person.
 */
export async function rosterItems(trainingId: string, rows: BookingRow[]): Promise<TrainingRoster['items']> {
  const ordered = [...rows].sort((a, b) => ROSTER_ORDER[a.status] - ROSTER_ORDER[b.status] || a.id.localeCompare(b.id));
  const userIds = [...new Set(ordered.map((row) => row.userId))];
  const [users, progress] = await Promise.all([
    getUsers(userIds),
    batchGetAll<ProgressRow>(userIds.map((id) => keys.trainingProgress(id, trainingId))),
  ]);
  const hours = new Map(progress.map((p) => [p.userId, p.hoursDone]));
  let place = 0;
  return ordered.map((row) => {
    const user = users.get(row.userId);
    const position = row.status === 'waitlisted' ? ++place : null;
    return {
      bookingId: row.id,
      name: user?.name ?? '（已注销）',
      phoneMasked: user?.phoneEnc ? maskPhone(decryptPii(user.phoneEnc)) : null,
      status: row.status,
      statusLabel: position ? `候补第 ${position} 位` : TRAINING_BOOKING_LABEL[row.status],
      waitlistPosition: position,
      hoursDone: hours.get(row.userId) ?? 0,
    };
  });
}
