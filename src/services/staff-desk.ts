import type { RouteBody, RouteResponse } from '@contract'
import { call, withIdempotencyKey } from './request'

/** Satisfaction summary and brand communities for staff. */

export type SurveySummary = RouteResponse<'surveySummary'>
export type BrandRanking = RouteResponse<'brandRanking'>
export type BrandRankingItem = BrandRanking['items'][number]
export type BrandSelectionBody = RouteBody<'brandSelection'>
export type BrandSelection = RouteResponse<'brandSelection'>

export function surveySummary(division?: string | null): Promise<SurveySummary> {
  return call('surveySummary', { query: division ? { division } : {} })
}

export function brandRanking(district?: string | null): Promise<BrandRanking> {
  return call('brandRanking', { query: district ? { district } : {} })
}

export function saveBrandSelection(body: BrandSelectionBody): Promise<BrandSelection> {
  return withIdempotencyKey(`brandSelection:${JSON.stringify(body)}`, (idempotencyKey) => call('brandSelection', { body, idempotencyKey }))
}
