import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Me } from '@contract'
import { session, type SessionSnapshot } from '@/services/session'
import { fetchMe } from '@/services/me'

export type SessionStatus = 'anonymous' | 'loading' | 'ready' | 'error'

export interface UseSession {
  status: SessionStatus
  me: Me | null
  error: unknown
  /** A `/me` refresh is in flight (the cached `me` is still shown meanwhile). */
  refreshing: boolean
  reload: () => void
}

/**
 * The signed-in user for a page. Renders the cached `Me` at once and refreshes it from `/me`
 * each time the page is shown (tab pages stay mounted, so this is how they notice a change).
 */
export function useSession(): UseSession {
  const [snap, setSnap] = useState<SessionSnapshot>(session.get())
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => session.subscribe(setSnap), [])

  const reload = useCallback(() => {
    if (!session.isLoggedIn()) return
    setLoading(true)
    setError(null)
    fetchMe()
      .catch((e: unknown) => setError(e))
      .finally(() => setLoading(false))
  }, [])

  useDidShow(reload)

  let status: SessionStatus
  if (!snap.token) status = 'anonymous'
  else if (snap.me) status = 'ready' // keep showing the cached user even if a refresh failed
  else if (error) status = 'error'
  else status = 'loading'

  return { status, me: snap.me, error, refreshing: loading, reload }
}
