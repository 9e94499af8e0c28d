import { useState } from 'react'
import type { JobCard, NearbyJobsResponse } from '@contract'
import { nearbyJobs, type FeedFilters } from '@/services/jobs'
import type { LatLng } from '@/services/location'
import { usePagedList, type PagedList } from './use-paged-list'

export type FeedMeta = Pick<NearbyJobsResponse, 'centre' | 'radiusMeters' | 'circleLabel'>

export interface JobFeed {
  /** `idle` until the caller enables it (e.g. while locating). */
  status: PagedList<JobCard>['status']
  items: JobCard[]
  meta: FeedMeta | null
  nextCursor: string | null
  error: unknown
  loadingMore: boolean
  moreError: string | null
  /** Reload from the first page (pull to refresh, 重试). Resolves when the answer is in. */
  reload: () => Promise<void>
  /** Append the next page, if any and none is loading. */
  loadMore: () => void
}

export interface JobFeedInput {
  enabled: boolean
  filters: FeedFilters
  point: LatLng | null
  radius: number | null
  /** Changes when the signed-in user or their home community changes. */
  sessionKey: string
}

/**
 * The nearby-jobs list with cursor paging. A new query (filters, centre, radius, user) starts over, and answers
 * to superseded queries are dropped, so fast taps on filter chips never show a stale list.
 */
export function useJobFeed(input: JobFeedInput): JobFeed {
  const { enabled, filters, point, radius, sessionKey } = input
  const [meta, setMeta] = useState<FeedMeta | null>(null)
  const feed = usePagedList<JobCard, NearbyJobsResponse>({
    fetch: (cursor) => nearbyJobs({ filters, point, radius, cursor }),
    enabled,
    queryKey: JSON.stringify([enabled, filters, point, radius, sessionKey]),
    onPage: (page, more) => {
      if (!more) setMeta({ centre: page.centre, radiusMeters: page.radiusMeters, circleLabel: page.circleLabel })
    },
  })
  const { status, items, nextCursor, error, loadingMore, moreError, reload, loadMore } = feed
  return { status, items, meta, nextCursor, error, loadingMore, moreError, reload, loadMore }
}
