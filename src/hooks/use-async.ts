import { useCallback, useEffect, useRef, useState } from 'react'

export interface AsyncState<T> {
  data: T | null
  error: unknown
  loading: boolean
  reload: () => void
}

/**
 * Runs `fn` when `deps` change (skips when `fn` is null) and keeps only the latest answer.
 */
export function useAsync<T>(fn: (() => Promise<T>) | null, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState<boolean>(!!fn)
  const seq = useRef(0)
  const fnRef = useRef(fn)
  fnRef.current = fn

  const run = useCallback(() => {
    const current = fnRef.current
    const id = ++seq.current
    if (!current) {
      setLoading(false)
      setError(null)
      setData(null)
      return
    }
    setLoading(true)
    setError(null)
    current()
      .then((d) => {
        if (id === seq.current) setData(d)
      })
      .catch((e: unknown) => {
        if (id === seq.current) setError(e)
      })
      .finally(() => {
        if (id === seq.current) setLoading(false)
      })
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(run, deps)

  return { data, error, loading, reload: run }
}
