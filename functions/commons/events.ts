import type { EventRegistration, JobEvent } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { eventView, registrationView, type EventRow, type RegistrationRow } from '#domain/events/view';
import { activeRegistration, getRegistration, positionOf, requireEvent } from '#adapters/dynamo/events';
import { AppError } from './errors';
import { homePoint } from './nearest-community';

/** Shared steps of the event handlers (functions/handlers/events/*), so each handler reads as its use-case. */

export async function registrationResponse(row: RegistrationRow): Promise<EventRegistration> {
  return registrationView(row, await positionOf(row));
}

/** A resident's own registration; someone else's is "not found", so ids reveal nothing. */
export async function registrationOfResident(registrationId: string, principal: Principal): Promise<RegistrationRow> {
  const row = await getRegistration(registrationId);
  if (!row || row.userId !== principal.userId) throw new AppError('REGISTRATION_NOT_FOUND');
  return row;
}

export async function eventInStaffScope(eventId: string, principal: Principal): Promise<EventRow> {
  const row = await requireEvent(eventId);
  if (!staffCovers(principal, row.communityCode)) throw new AppError('OUT_OF_SCOPE');
  return row;
}

/** One event as the page shows it, with the signed-in resident's own registration and distance from home. */
export async function eventForViewer(row: EventRow, principal: Principal | undefined, now: number): Promise<JobEvent> {
  const isResident = principal?.role === 'resident';
  const [home, mine] = await Promise.all([homePoint(principal), isResident ? activeRegistration(principal.userId, row.id) : undefined]);
  return eventView(row, { now, origin: home ?? null, myRegistration: mine ? await registrationResponse(mine) : null });
}
