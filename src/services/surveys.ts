import type { RouteBody, RouteResponse } from '@contract'
import { call, withIdempotencyKey } from './request'

/** 满意度评价 for residents. Small on purpose: 我的 (main package) imports it for the 待评价 card. */

export type PendingSurvey = RouteResponse<'pendingSurveys'>['items'][number]
export type SurveyBody = RouteBody<'submitSurvey'>

export async function pendingSurveys(): Promise<PendingSurvey[]> {
  return (await call('pendingSurveys')).items
}

/** One survey per subject: a retried submit is the same write; a corrected score is a new one (then 已评价). */
export function submitSurvey(body: SurveyBody): Promise<RouteResponse<'submitSurvey'>> {
  return withIdempotencyKey(`submitSurvey:${JSON.stringify(body)}`, (idempotencyKey) => call('submitSurvey', { body, idempotencyKey }))
}
