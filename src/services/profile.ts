import type { Profile, RouteBody, RouteResponse } from '@contract'
import { SENSITIVE_CONSENT } from '@/constants/profile'
import { fieldErrorsOf } from './api-error'
import { call } from './request'
import { session } from './session'

export type { Profile }
export type ProfileUpdate = RouteBody<'updateProfile'>
export type DataExport = RouteResponse<'exportMyData'>

type Listener = (p: Profile) => void
const listeners = new Set<Listener>()

/** The consent page and the profile page are separate pages: the profile page hears about consent changes here. */
export function onProfileChanged(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function changed(p: Profile): Profile {
  listeners.forEach((l) => l(p))
  return p
}

export function getProfile(): Promise<Profile> {
  return call('getProfile')
}

export function updateProfile(body: ProfileUpdate): Promise<Profile> {
  return call('updateProfile', { body }).then(changed)
}

/** The resident ticked the box on pages/consent after reading the notice. */
export function grantSensitiveConsent(): Promise<Profile> {
  return call('grantConsent', {
    body: { kind: SENSITIVE_CONSENT.kind, version: SENSITIVE_CONSENT.version, agreed: true },
  }).then(changed)
}

/** Withdraws the consent; the server erases the assisted categories kept under it. */
export function withdrawSensitiveConsent(): Promise<Profile> {
  return call('withdrawConsent', { params: { kind: SENSITIVE_CONSENT.kind } }).then(changed)
}

export function hasSensitiveConsent(p: Pick<Profile, 'consents'>): boolean {
  return p.consents.some((c) => c.kind === SENSITIVE_CONSENT.kind)
}

export function exportMyData(): Promise<DataExport> {
  return call('exportMyData')
}

/** DELETE /me, then forget the session: the account and its data are gone. */
export async function deleteAccount(): Promise<void> {
  await call('deleteMe')
  session.clear()
}

/**
 * Field messages from a 400 answer (`details: [{ field: 'body.phone', message }]`), keyed by the body field
 * (`phone`, `idNumber`, …). Empty when the error carries none.
 */
export function fieldErrors(e: unknown): Record<string, string> {
  return fieldErrorsOf(e, (path) => path.split('.')[0])
}
