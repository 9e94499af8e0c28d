import { EVENT_REGISTRATION_LABEL, type EventRegistration, type JobEvent } from '@contract';
import { distanceMeters, type LatLng } from '../divisions/geo';
import { walkMinutes } from '../divisions/service-circle';
import { eventScheduleText, hasEnded } from './rules';

export type RegistrationStatus = EventRegistration['status'];

/** An event as stored on `EVENT#<id>` / `PROFILE` (see functions/MODEL.md). */
export interface EventRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  address: string;
  communityCode: string;
  communityName: string;
  districtCode: string;
  lat: number;
  lng: number;
  capacity: number;
  /** The booking engine's seat counter and queue length. */
  seatsLeft: number;
  waitlistCount: number;
  /** Always 'open' in storage (the engine's join condition); "ended" is derived from the clock. */
  status: 'open';
  /** Names and badges copied in at creation, so a list of events needs no read per employer. */
  employers: JobEvent['employers'];
  onlineMode: JobEvent['onlineMode'];
  onlineUrl: string | null;
  description: string;
  createdBy: string;
  createdAt: string;
}

export interface RegistrationRow {
  id: string;
  eventId: string;
  userId: string;
  status: RegistrationStatus;
  eventTitle: string;
  eventStartsAt: string;
  createdAt: string;
  updatedAt: string;
}

export function registrationView(row: RegistrationRow, waitlistPosition: number | null): EventRegistration {
  return {
    id: row.id,
    eventId: row.eventId,
    status: row.status,
    statusLabel: row.status === 'waitlisted' && waitlistPosition ? `候补第 ${waitlistPosition} 位` : EVENT_REGISTRATION_LABEL[row.status],
    waitlistPosition: row.status === 'waitlisted' && waitlistPosition ? waitlistPosition : null,
    createdAt: row.createdAt,
  };
}

export function eventView(row: EventRow, context: { now: number; origin?: LatLng | null; myRegistration?: EventRegistration | null }): JobEvent {
  const distance = context.origin ? Math.round(distanceMeters(context.origin, row)) : null;
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    scheduleText: eventScheduleText(row.startsAt, row.endsAt),
    address: row.address,
    community: { code: row.communityCode, name: row.communityName },
    // Community locations are generated for the demo, not surveyed (see scripts/seed/coordinates.ts).
    location: { lat: row.lat, lng: row.lng, source: 'generated' },
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.seatsLeft),
    waitlistCount: Math.max(0, row.waitlistCount ?? 0),
    employers: row.employers,
    onlineMode: row.onlineMode,
    onlineUrl: row.onlineUrl,
    description: row.description,
    status: hasEnded(row, context.now) ? 'ended' : 'open',
    distanceMeters: distance,
    walkMinutes: distance === null ? null : walkMinutes(distance),
    myRegistration: context.myRegistration ?? null,
  };
}
