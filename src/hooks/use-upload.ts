import { useCallback, useRef, useState } from 'react'
import { errorMessage } from '@/services/api-error'
import type { PickedFile } from '@/services/upload'

export type UploadState<F = PickedFile> =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'done'; file: F }
  | { kind: 'error'; message: string }

export interface UseUpload<F = PickedFile> {
  state: UploadState<F>
  /** Pick a file (the picker's own checks show as an error) and send it. */
  choose: () => Promise<void>
  /** Send the last picked file again, or pick one when there is none. */
  retry: () => void
  /** Forget the file (不传了). */
  reset: () => void
}

/**
 * Pick → send with progress → done, or a Chinese error with 重试. A failed upload keeps the picked file, so 重试 does
 * not make the user choose it again. Used by the 营业执照 photo, the subsidy documents and the 台账 Excel import
 * (which picks its own kind of file, hence `F`).
 */
export function useUpload<F = PickedFile>(
  pick: () => Promise<F | null>,
  send: (file: F, onProgress: (percent: number) => void) => Promise<void>,
  opts: { disabled?: boolean } = {},
): UseUpload<F> {
  const [state, setState] = useState<UploadState<F>>({ kind: 'idle' })
  const picked = useRef<F | null>(null)
  const busy = useRef(false)
  const fns = useRef({ pick, send })
  fns.current = { pick, send }

  const upload = useCallback(async (file: F) => {
    busy.current = true
    setState({ kind: 'uploading', percent: 0 })
    try {
      await fns.current.send(file, (percent) => setState({ kind: 'uploading', percent }))
      setState({ kind: 'done', file })
    } catch (e) {
      setState({ kind: 'error', message: errorMessage(e) })
    } finally {
      busy.current = false
    }
  }, [])

  const choose = useCallback(async () => {
    if (opts.disabled || busy.current) return
    try {
      const file = await fns.current.pick()
      if (!file) return
      picked.current = file
      await upload(file)
    } catch (e) {
      setState({ kind: 'error', message: errorMessage(e) })
    }
  }, [opts.disabled, upload])

  const retry = useCallback(() => {
    if (busy.current) return
    if (picked.current) upload(picked.current)
    else choose()
  }, [choose, upload])

  const reset = useCallback(() => {
    picked.current = null
    setState({ kind: 'idle' })
  }, [])

  return { state, choose, retry, reset }
}
