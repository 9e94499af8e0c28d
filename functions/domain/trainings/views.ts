import { TRAINING_BOOKING_LABEL, type Eligibility, type TrainingBooking, type TrainingBookingStatus, type TrainingSession, type TrainingSummary } from '@contract';
import { findCommunity } from '../divisions/catalog';
import { distanceMeters, type LatLng } from '../divisions/geo';
import { walkMinutes } from '../divisions/service-circle';
import { eventScheduleText } from '../events/rules';
import type { EligibilityVerdict } from './eligibility';
import { canBook, hasEnded, hasStarted } from './rules';

/** A training as stored on `TRAINING#<id>` / `PROFILE` (see functions/MODEL.md). */
export interface TrainingRow {
  id: string;
  title: string;
  type: TrainingSummary['type'];
  category: TrainingSummary['category'];
  format: TrainingSummary['format'];
  content: string;
  hours: number;
  requirements: string;
  eligibility: Eligibility;
  subsidyStandard: string;
  provider: string;
  providerOrgId: string | null;
  address: string;
  communityCode: string;
  districtCode: string;
  lat: number;
  lng: number;
  createdBy: string;
  createdAt: string;
}

/** A session on `TSESSION#<id>` / `PROFILE`: a bookable of the booking engine (`status: 'open'`, `seatsLeft`). */
export interface SessionRow {
  id: string;
  trainingId: string;
  startsAt: string;
  endsAt: string;
  hours: number;
  address: string;
  capacity: number;
  seatsLeft: number;
  waitlistCount: number;
  /** Always 'open' in storage (the engine's join condition); started/ended come from the clock. */
  status: 'open';
  /** The training's community, copied so the dashboard counters know where the class is held (absent on older items). */
  communityCode?: string;
  createdAt: string;
}

/** A booking on `TBOOK#<id>`, with the training and session facts copied in so 「我的培训」 needs no further reads. */
export interface BookingRow {
  id: string;
  userId: string;
  trainingId: string;
  sessionId: string;
  status: TrainingBookingStatus;
  trainingTitle: string;
  trainingFormat: TrainingSummary['format'];
  provider: string;
  sessionStartsAt: string;
  sessionEndsAt: string;
  sessionAddress: string;
  sessionHours: number;
  /** The training's community (dashboard counters); absent on older items. */
  communityCode?: string;
  createdAt: string;
  updatedAt: string;
}

/** `USER#<uid>` / `TPROGRESS#<trainingId>`: attended hours and, once they reach the 培训学时, the certificate. */
export interface ProgressRow {
  userId: string;
  trainingId: string;
  trainingTitle: string;
  trainingHours: number;
  hoursDone: number;
  certificate: { id: string; issuedAt: string; title: string } | null;
  updatedAt: string;
}

export const POLICY_BASIS =
  '培训内容、学时、参训要求和补贴标准按县级职业技能培训通用项目清单公布（鲁就办〔2023〕13号 三、11）；参训人群按培训类型确定（三、12）；培训夜课、周末课堂、社区培训点等形式（三、13，威就办〔2023〕9号 三、10）。';

export type MyBooking = TrainingSession['myBooking'];

export function myBookingOf(row: BookingRow, waitlistPosition: number | null): NonNullable<MyBooking> {
  const place = row.status === 'waitlisted' ? waitlistPosition : null;
  return { id: row.id, status: row.status, statusLabel: place ? `候补第 ${place} 位` : TRAINING_BOOKING_LABEL[row.status], waitlistPosition: place };
}

export function sessionView(row: SessionRow, now: number, myBooking: MyBooking = null): TrainingSession {
  return {
    id: row.id,
    trainingId: row.trainingId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    scheduleText: eventScheduleText(row.startsAt, row.endsAt),
    hours: row.hours,
    address: row.address,
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.seatsLeft),
    waitlistCount: Math.max(0, row.waitlistCount ?? 0),
    status: hasEnded(row, now) ? 'ended' : hasStarted(row, now) ? 'started' : 'open',
    myBooking,
  };
}

export interface SummaryContext {
  now: number;
  origin?: LatLng | null;
  myEligibility?: EligibilityVerdict | null;
  /** The viewer's live bookings by session id. */
  myBookings?: Map<string, NonNullable<MyBooking>>;
}

/** Sessions still bookable, soonest first. */
export const upcoming = (sessions: SessionRow[], now: number) =>
  sessions.filter((s) => canBook(s, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));

export function trainingSummaryView(row: TrainingRow, sessions: SessionRow[], context: SummaryContext): TrainingSummary {
  const distance = context.origin && row.format !== '线上' ? Math.round(distanceMeters(context.origin, row)) : null;
  const next = upcoming(sessions, context.now);
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    category: row.category,
    format: row.format,
    content: row.content,
    hours: row.hours,
    requirements: row.requirements,
    eligibility: row.eligibility,
    subsidyStandard: row.subsidyStandard,
    provider: row.provider,
    address: row.address,
    community: { code: row.communityCode, name: findCommunity(row.communityCode)?.name ?? row.communityCode },
    // Community locations are generated for the demo, not surveyed (see scripts/seed/coordinates.ts).
    location: { lat: row.lat, lng: row.lng, source: 'generated' },
    distanceMeters: distance,
    walkMinutes: distance === null ? null : walkMinutes(distance),
    nextSession: next[0] ? sessionView(next[0], context.now, context.myBookings?.get(next[0].id) ?? null) : null,
    upcomingSessions: next.length,
    myEligibility: context.myEligibility ?? null,
  };
}

export function trainingDetailView(row: TrainingRow, sessions: SessionRow[], context: SummaryContext) {
  const ordered = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return {
    ...trainingSummaryView(row, sessions, context),
    sessions: ordered.map((s) => sessionView(s, context.now, context.myBookings?.get(s.id) ?? null)),
    policy: POLICY_BASIS,
  };
}

export function bookingView(row: BookingRow, waitlistPosition: number | null, now: number): TrainingBooking {
  const mine = myBookingOf(row, waitlistPosition);
  return {
    id: row.id,
    status: row.status,
    statusLabel: mine.statusLabel,
    waitlistPosition: mine.waitlistPosition,
    training: { id: row.trainingId, title: row.trainingTitle, format: row.trainingFormat, provider: row.provider },
    session: {
      id: row.sessionId,
      startsAt: row.sessionStartsAt,
      endsAt: row.sessionEndsAt,
      scheduleText: eventScheduleText(row.sessionStartsAt, row.sessionEndsAt),
      address: row.sessionAddress,
      hours: row.sessionHours,
    },
    canCancel: (row.status === 'booked' || row.status === 'waitlisted') && canBook({ startsAt: row.sessionStartsAt, endsAt: row.sessionEndsAt }, now),
    createdAt: row.createdAt,
  };
}

export function progressView(row: ProgressRow) {
  return { training: { id: row.trainingId, title: row.trainingTitle, hours: row.trainingHours }, hoursDone: row.hoursDone, certificate: row.certificate ?? null };
}
