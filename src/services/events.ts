import type { CreateEventBody, EventRegistration, EventRoster, JobEvent, StaffOrg } from '@contract'
import type { LatLng } from './location'
import { call, withIdempotencyKey } from './request'

export type { CreateEventBody, EventRegistration, EventRoster, JobEvent, StaffOrg } from '@contract'

/** 招聘会 / 供需见面会: residents see and register; staff create and read the roster. Writes carry idempotency keys. */

/** Fairs in the district over the next 30 days: around `point`, else around the signed-in resident's community. */
export async function nearbyEvents(point: LatLng | null): Promise<JobEvent[]> {
  const page = await call('nearbyEvents', { query: point ? { lat: point.lat, lng: point.lng } : {} })
  return page.items
}

export function getEvent(eventId: string): Promise<JobEvent> {
  return call('getEvent', { params: { eventId } })
}

export function registerForEvent(eventId: string): Promise<EventRegistration> {
  return withIdempotencyKey(`registerForEvent:${eventId}`, (idempotencyKey) =>
    call('registerForEvent', { params: { eventId }, idempotencyKey }),
  )
}

export function cancelEventRegistration(registrationId: string): Promise<EventRegistration> {
  return withIdempotencyKey(`cancelEventRegistration:${registrationId}`, (idempotencyKey) =>
    call('cancelEventRegistration', { params: { registrationId }, idempotencyKey }),
  )
}

export async function staffEvents(): Promise<JobEvent[]> {
  return (await call('staffEvents')).items
}

/** The whole form is the intent: a corrected form is a new request, a retried one is the same. */
export function createEvent(body: CreateEventBody): Promise<JobEvent> {
  return withIdempotencyKey(`createEvent:${JSON.stringify(body)}`, (idempotencyKey) => call('createEvent', { body, idempotencyKey }))
}

export function eventRoster(eventId: string): Promise<EventRoster> {
  return call('eventRoster', { params: { eventId } })
}

/** 已认证 employers staff can invite (first 100 in their area). */
export async function verifiedOrgs(): Promise<StaffOrg[]> {
  return (await call('staffOrgs', { query: { status: 'verified', limit: 100 } })).items
}

/** The detail page of one fair. */
export const eventPath = (eventId: string) => `/packages/events/pages/detail/index?id=${encodeURIComponent(eventId)}`
