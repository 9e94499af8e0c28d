import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { errorMessage } from '@/services/api-error'

/** What every paged list endpoint answers: a page of items and the cursor of the next one (null on the last). */
export interface CursorPage<T> {
  items: T[]
  nextCursor: string | null
}

/** `reload` shows the loading and error states again; `refresh` keeps the list on screen and only toasts a failure. */
export type ReloadMode = 'reload' | 'refresh'

export interface PagedListOptions<T, P extends CursorPage<T>> {
  /** One page: the first when `cursor` is null. Read at call time, so it may close over the latest props. */
  fetch: (cursor: string | null) => Promise<P>
  /** Off: nothing loads, answers in flight are dropped and the status is `idle`. Default on. */
  enabled?: boolean
  /** Changes when the query changes (filters, tab, user): start again from the first page. */
  queryKey?: string
  /** Empty the list when starting again, so one query's items never show under another's. */
  clearOnQuery?: boolean
  /** Every answer still wanted: the first page (`more` false) or a next one. */
  onPage?: (page: P, more: boolean) => void
  /**
   * The list is the page's own: pull down reloads it, the bottom of the page loads more, and (with `onShow`)
   * coming back to the page reloads it. Leave out where the page wires these events itself.
   */
  page?: { pullDown: ReloadMode; onShow?: ReloadMode }
}

export interface PagedList<T> {
  /** `idle` while not enabled; `loading` the first page (again after 重试); `error` when that failed. */
  status: 'idle' | 'loading' | 'ready' | 'error'
  items: T[]
  /** For changes made on the page (an item updated or removed). */
  setItems: Dispatch<SetStateAction<T[]>>
  nextCursor: string | null
  /** Why the first page failed (status `error`). */
  error: unknown
  /** A first page has come in since the list last started empty. */
  loaded: boolean
  loadingMore: boolean
  /** Why the next page failed, in words. */
  moreError: string | null
  /** From the first page, with the loading and error states. Resolves when the answer is in. */
  reload: () => Promise<void>
  /** From the first page, keeping the list on screen; a failure is a toast. Resolves when the answer is in. */
  refresh: () => Promise<void>
  /** Append the next page (without repeats), if there is one and nothing is loading. */
  loadMore: () => void
}

/**
 * A list paged by cursor: first load, load more, reload and refresh, each with its error state. Answers to
 * superseded loads (a newer reload, a new query, disabled meanwhile) are dropped, so a slow answer never
 * overwrites a fresh one.
 */
export function usePagedList<T extends { id: string }, P extends CursorPage<T> = CursorPage<T>>(
  options: PagedListOptions<T, P>,
): PagedList<T> {
  const { enabled = true, queryKey = '', page: events } = options
  const [status, setStatus] = useState<PagedList<T>['status']>(enabled ? 'loading' : 'idle')
  const [items, setItems] = useState<T[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loaded, setLoaded] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string | null>(null)
  const seq = useRef(0)
  const moreRef = useRef(false)
  const optionsRef = useRef(options)
  optionsRef.current = options

  const load = useCallback(async (mode: ReloadMode) => {
    const { enabled: on = true, fetch, onPage } = optionsRef.current
    const id = ++seq.current
    moreRef.current = false
    setLoadingMore(false)
    setMoreError(null)
    if (!on) {
      setStatus('idle')
      return
    }
    if (mode === 'reload') {
      setStatus('loading')
      setError(null)
    }
    try {
      const page = await fetch(null)
      if (id !== seq.current) return
      setItems(page.items)
      setNextCursor(page.nextCursor)
      setStatus('ready')
      setError(null)
      setLoaded(true)
      onPage?.(page, false)
    } catch (e) {
      if (id !== seq.current) return
      if (mode === 'refresh') Taro.showToast({ title: errorMessage(e), icon: 'none', duration: 2500 })
      else {
        setError(e)
        setStatus('error')
      }
    }
  }, [])
  const reload = useCallback(() => load('reload'), [load])
  const refresh = useCallback(() => load('refresh'), [load])

  const loadMore = useCallback(() => {
    const cursor = nextCursor
    if (!cursor || moreRef.current || status !== 'ready') return
    const { fetch, onPage } = optionsRef.current
    const id = seq.current
    moreRef.current = true
    setLoadingMore(true)
    setMoreError(null)
    fetch(cursor)
      .then((page) => {
        if (id !== seq.current) return
        setItems((prev) => {
          const seen = new Set(prev.map((x) => x.id))
          return [...prev, ...page.items.filter((x) => !seen.has(x.id))]
        })
        setNextCursor(page.nextCursor)
        onPage?.(page, true)
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

  useEffect(() => {
    if (optionsRef.current.clearOnQuery) {
      setItems([])
      setNextCursor(null)
      setLoaded(false)
    }
    reload()
  }, [enabled, queryKey, reload])

  // Page events; no-ops unless `page` is given.
  const shownOnce = useRef(false)
  useDidShow(() => {
    if (events?.onShow && shownOnce.current && enabled) load(events.onShow)
    shownOnce.current = true
  })
  usePullDownRefresh(async () => {
    if (!events) return
    if (enabled) await load(events.pullDown)
    Taro.stopPullDownRefresh()
  })
  useReachBottom(() => {
    if (events) loadMore()
  })

  return { status, items, setItems, nextCursor, error, loaded, loadingMore, moreError, reload, refresh, loadMore }
}
