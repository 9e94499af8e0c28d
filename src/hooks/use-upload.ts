import { useCallback, useRef, useState } from 'react'
import { errorMessage } from '@/services/api-error'
import type { PickedFile } from '@/services/upload'

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'done'; file: PickedFile }
  | { kind: 'error'; message: string }

export interface UseUpload {
  state: UploadState
  /** Pick a file (the picker's own checks show as an error) and send it. */
  choose: () => Promise<void>
  /** Send the last picked file again, or pick one when there is none. */
  retry: () => void
  /** Forget the file (不传了). */
  reset: () => void
}

/**
 * Pick → send with progress → done, or a Chinese error with 重试. A failed upload keeps the picked file, so 重试 does
 * not make the user choose it again. Used by the 营业执照 photo and the subsidy documents.
 */
export function useUpload(
  pick: () => Promise<PickedFile | null>,
  send: (file: PickedFile, onProgress: (percent: number) => void) => Promise<void>,
  opts: { disabled?: boolean } = {},
): UseUpload {
  const [state, setState] = useState<UploadState>({ kind: 'idle' })
  const picked = useRef<PickedFile | null>(null)
  const busy = useRef(false)
  const fns = useRef({ pick, send })
  fns.current = { pick, send }

  const upload = useCallback(async (file: PickedFile) => {
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
