import type { Community, DivisionItem, ListDivisionsResponse, NearestCommunityResponse } from '@contract'
import { call } from './request'

export type { Community, DivisionItem }

/** Districts (no parent), a district's streets, or a street's communities. */
export function listDivisions(parent?: string | null): Promise<ListDivisionsResponse> {
  return call('listDivisions', { query: parent ? { parent } : {} })
}

/** Communities whose name matches `q`, each with a `path` such as 「环翠区 · 鲸园街道」. */
export function searchCommunities(q: string, parent?: string | null): Promise<DivisionItem[]> {
  return call('listDivisions', { query: parent ? { q, parent } : { q } }).then((r) => r.items)
}

const communityCache = new Map<string, Community>()

/** Community details rarely change within a session, so several pages share one fetch. */
export async function getCommunity(code: string, opts: { fresh?: boolean } = {}): Promise<Community> {
  const cached = communityCache.get(code)
  if (cached && !opts.fresh) return cached
  const c = await call('getCommunity', { params: { code } })
  communityCache.set(code, c)
  return c
}

export function nearestCommunity(lat: number, lng: number): Promise<NearestCommunityResponse> {
  return call('nearestCommunity', { query: { lat, lng } }).then((r) => {
    communityCache.set(r.community.code, r.community)
    return r
  })
}
