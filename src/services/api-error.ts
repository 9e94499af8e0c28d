/**
 * Any failed API call. `message` is Chinese and meant for the user; `code` is the contract's stable error
 * code (contract/errors.ts) or one of the client-side codes below.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'BAD_RESPONSE' | 'HTTP_ERROR' | 'BAD_REQUEST'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details?: unknown

  constructor(init: { status: number; code: string; message: string; details?: unknown }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.details = init.details
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'ApiError')
}

/** A message a resident can read, whatever was thrown. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message
  return '出了点问题，请稍后再试'
}

/** Message for a non-2xx answer that did not carry the contract's error body (proxy page, gateway error…). */
export function fallbackMessage(status: number): string {
  if (status === 401) return '请先登录'
  if (status === 403) return '您没有权限进行此操作'
  if (status === 404) return '没有找到相关内容'
  if (status === 429) return '操作太频繁，请稍后再试'
  if (status >= 500) return '服务暂时不可用，请稍后再试'
  return `请求没有成功（${status}），请稍后再试`
}

/**
 * Field messages of a 400 answer (`details: [{ field: 'body.schedule.endTime', message }]`), keyed by what the
 * form calls the field (`keyOf` gets the path under `body`); the first message per field wins.
 */
export function fieldErrorsOf(e: unknown, keyOf: (pathUnderBody: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isApiError(e) || !Array.isArray(e.details)) return out
  for (const d of e.details as unknown[]) {
    const field = (d as { field?: unknown })?.field
    const message = (d as { message?: unknown })?.message
    if (typeof field !== 'string' || typeof message !== 'string') continue
    const key = keyOf(field.replace(/^body\.?/, ''))
    if (key && !out[key]) out[key] = message
  }
  return out
}
