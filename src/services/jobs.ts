import type { JobDetail, JobTag, JobType, NearbyJobsResponse, RecommendationsResponse, When } from '@contract'
import { call } from './request'

export type { JobCard, JobDetail, NearbyJobsResponse, RecommendationsResponse } from '@contract'

export const FEED_PAGE_SIZE = 20

export type FeedSort = 'distance' | 'newest'

/** What the resident chose in the filter bar. Empty lists / null mean 不限. */
export interface FeedFilters {
  types: JobType[]
  when: When | null
  tags: JobTag[]
  minPay: number | null
  q: string
  sort: FeedSort
}

export const NO_FILTERS: FeedFilters = { types: [], when: null, tags: [], minPay: null, q: '', sort: 'distance' }

/** How many conditions narrow the list (the sort order does not count). */
export function activeFilterCount(f: FeedFilters): number {
  return f.types.length + f.tags.length + (f.when ? 1 : 0) + (f.minPay ? 1 : 0) + (f.q.trim() ? 1 : 0)
}

export interface FeedRequest {
  filters: FeedFilters
  /** The user's position; without it the API centres on the signed-in resident's home community. */
  point?: { lat: number; lng: number } | null
  /** Widened service circle in metres (100–5000); null = the community's own circle. */
  radius?: number | null
  cursor?: string | null
}

/** GET /jobs/nearby: one page of the feed. */
export function nearbyJobs(req: FeedRequest): Promise<NearbyJobsResponse> {
  const f = req.filters
  return call('nearbyJobs', {
    query: {
      lat: req.point?.lat,
      lng: req.point?.lng,
      radius: req.radius ?? undefined,
      type: f.types.length ? f.types.join(',') : undefined,
      when: f.when ?? undefined,
      tags: f.tags.length ? f.tags.join(',') : undefined,
      minPay: f.minPay ?? undefined,
      q: f.q.trim() || undefined,
      sort: f.sort,
      cursor: req.cursor ?? undefined,
      limit: FEED_PAGE_SIZE,
    },
  })
}

/** `from: 'recommendation'` when opened from 为您推荐 (see utils/routes.ts openJob). */
export function getJob(jobId: string, from?: 'recommendation'): Promise<JobDetail> {
  return call('getJob', { params: { jobId }, query: from ? { from } : {} })
}

/** 为你推荐 (residents only). */
export function getRecommendations(): Promise<RecommendationsResponse> {
  return call('recommendations')
}
