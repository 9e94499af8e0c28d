import type { EventRegistration, JobEvent } from '@contract'

/**
 * Job-fair options repeated from contract/events.ts as plain data so zod stays out of the mini-program
 * (see constants/options.ts); tests/build/options-events.test.ts keeps them equal to the contract.
 */
export const ONLINE_MODES = ['直播带岗', '在线面试'] as const satisfies readonly NonNullable<JobEvent['onlineMode']>[]

export const EVENT_REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const satisfies readonly EventRegistration['status'][]

export const EVENT_REGISTRATION_LABEL = {
  registered: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
} as const satisfies Record<EventRegistration['status'], string>
