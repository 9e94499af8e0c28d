import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobCard, NearbyJobsResponse } from '@contract'
import { errorMessage } from '@/services/api-error'
import { nearbyJobs, type FeedFilters } from '@/services/jobs'
import type { LatLng } from '@/services/location'

export type FeedMeta = Pick<NearbyJobsResponse, 'centre' | 'radiusMeters' | 'circleLabel'>

export interface JobFeed {
  /** `idle` until the caller enables it (e.g. while locating). */
  status: 'idle' | 'loading' | 'ready' | 'error'
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
  const [status, setStatus] = useState<JobFeed['status']>('idle')
  const [items, setItems] = useState<JobCard[]>([])
  const [meta, setMeta] = useState<FeedMeta | null>(null)
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string | null>(null)
  const seq = useRef(0)
  const inputRef = useRef(input)
  inputRef.current = input
  const moreRef = useRef(false)

  const reload = useCallback(async () => {
    const { enabled, filters, point, radius } = inputRef.current
    const id = ++seq.current
    moreRef.current = false
    setLoadingMore(false)
    setMoreError(null)
    if (!enabled) {
      setStatus('idle')
      return
    }
    setStatus('loading')
    setError(null)
    try {
      const page = await nearbyJobs({ filters, point, radius })
      if (id !== seq.current) return
      setItems(page.items)
      setMeta({ centre: page.centre, radiusMeters: page.radiusMeters, circleLabel: page.circleLabel })
      setNextCursor(page.nextCursor)
      setStatus('ready')
    } catch (e) {
      if (id !== seq.current) return
      setError(e)
      setStatus('error')
    }
  }, [])

  const loadMore = useCallback(() => {
    const cursor = nextCursor
    if (!cursor || moreRef.current || status !== 'ready') return
    const { filters, point, radius } = inputRef.current
    const id = seq.current
    moreRef.current = true
    setLoadingMore(true)
    setMoreError(null)
    nearbyJobs({ filters, point, radius, cursor })
      .then((page) => {
        if (id !== seq.current) return
        setItems((prev) => {
          const seen = new Set(prev.map((j) => j.id))
          return [...prev, ...page.items.filter((j) => !seen.has(j.id))]
        })
        setNextCursor(page.nextCursor)
      })
      .catch((e: unknown) => {
        if (id === seq.current) setMoreError(errorMessage(e))
      })
      .finally(() => {
        if (id !== seq.current) return
        moreRef.current = false
        setLoadingMore(false)
      })
  }, [nextCursor, status])

  const { enabled, filters, point, radius, sessionKey } = input
  const queryKey = JSON.stringify([enabled, filters, point, radius, sessionKey])
  useEffect(() => {
    reload()
  }, [queryKey, reload])

  return { status, items, meta, nextCursor, error, loadingMore, moreError, reload, loadMore }
}
