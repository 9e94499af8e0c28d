import Taro from '@tarojs/taro'
import type { RouteBody, RouteId, RouteParams, RouteQuery, RouteResponse } from '@contract'
import { API_BASE } from './api-base'
import { ApiError, fallbackMessage, isApiError } from './api-error'
import { routeTable } from './route-table'
import { session } from './session'
import { goLoginExpired } from '@/utils/routes'

export { ApiError } from './api-error'

/**
 * Typed client over the contract's route table:
 *   call('getCommunity', { params: { code } })
 *   call('listDivisions', { query: { parent } })
 *   call('devLogin', { body: { persona } })
 *
 * Request and response types come from the contract's zod schemas (`import type` only). Responses are not
 * re-validated at runtime in the client: bundling zod + the schemas adds ~100 KB to the weapp main package
 * (measured 409 KB → 510 KB of a 600 KB budget, see route-table.ts), and the server already validates
 * every response against the same schemas before sending it.
 */

/** An option is required when the route declares it, optional when all its fields are optional, absent otherwise. */
type Field<Name extends string, T> = [T] extends [undefined]
  ? { [P in Name]?: undefined }
  : {} extends T
    ? { [P in Name]?: T }
    : { [P in Name]: T }

export type CallOptions<K extends RouteId> = Field<'params', RouteParams<K>> &
  Field<'query', RouteQuery<K>> &
  Field<'body', RouteBody<K>> & {
    /**
     * Sent as the `Idempotency-Key` header (writes the contract marks `idempotent`). Send the same key when
     * retrying the same write, so the server does it once; see `withIdempotencyKey` below.
     */
    idempotencyKey?: string
  }

type CallArgs<K extends RouteId> = {} extends CallOptions<K> ? [opts?: CallOptions<K>] : [opts: CallOptions<K>]

const TIMEOUT_MS = 15000
/** A write carrying an idempotency key is retried once, with the same key, when the connection dropped. */
const NETWORK_RETRY_DELAY_MS = 800

function buildPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined || value === null || value === '') {
      throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '缺少必要的参数，请返回重试' })
    }
    return encodeURIComponent(String(value))
  })
}

function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return ''
  const parts: string[] = []
  Object.keys(query).forEach((key) => {
    const value = query[key]
    if (value === undefined || value === null || value === '') return
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  })
  return parts.length ? `?${parts.join('&')}` : ''
}

interface ErrorShape {
  error?: { code?: unknown; message?: unknown; details?: unknown }
}

function toApiError(status: number, data: unknown): ApiError {
  const body = (typeof data === 'string' ? safeParse(data) : data) as ErrorShape | null
  const err = body && typeof body === 'object' ? body.error : undefined
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return new ApiError({ status, code: err.code, message: err.message, details: err.details })
  }
  return new ApiError({ status, code: 'HTTP_ERROR', message: fallbackMessage(status) })
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function networkError(e: unknown): ApiError {
  const msg = String((e as { errMsg?: string; message?: string })?.errMsg || (e as Error)?.message || '')
  if (/timeout|abort/i.test(msg)) {
    return new ApiError({ status: 0, code: 'TIMEOUT', message: '网络有点慢，请求超时了，请稍后重试' })
  }
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' })
}

export async function call<K extends RouteId>(id: K, ...args: CallArgs<K>): Promise<RouteResponse<K>> {
  const route = routeTable[id]
  const opts = (args[0] || {}) as {
    params?: Record<string, unknown>
    query?: Record<string, unknown>
    body?: unknown
    idempotencyKey?: string
  }
  const url = API_BASE + buildPath(route.path, opts.params) + buildQuery(opts.query)

  const token = session.getToken()
  const header: Record<string, string> = { Accept: 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  if (opts.body !== undefined) header['Content-Type'] = 'application/json'
  if (opts.idempotencyKey) header['Idempotency-Key'] = opts.idempotencyKey

  type Payload = TaroGeneral.IAnyObject | string
  const send = () =>
    Taro.request<Payload>({
      url,
      method: route.method,
      header,
      data: opts.body as Taro.request.Option['data'],
      dataType: 'json',
      timeout: TIMEOUT_MS,
    })
  let res: Taro.request.SuccessCallbackResult<Payload>
  try {
    res = await send()
  } catch (e) {
    const err = networkError(e)
    // Safe to send again only because the key makes the server do it once. A timeout is not retried here:
    // the user has already waited; the page offers 重试, which reuses the key (withIdempotencyKey).
    if (!opts.idempotencyKey || err.code !== 'NETWORK_ERROR') throw err
    await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS))
    try {
      res = await send()
    } catch (e2) {
      throw networkError(e2)
    }
  }

  const status = res.statusCode
  if (status >= 200 && status < 300) {
    const data = typeof res.data === 'string' ? safeParse(res.data) ?? res.data : res.data
    if (data === null || data === undefined) {
      throw new ApiError({ status, code: 'BAD_RESPONSE', message: '服务返回的数据有误，请稍后再试' })
    }
    return data as RouteResponse<K>
  }

  const error = toApiError(status, res.data)
  if (status === 401 && token) {
    // The token expired or was revoked: forget it and ask the user to sign in again.
    session.clear()
    goLoginExpired()
  }
  throw error
}

/** A fresh `Idempotency-Key`: time plus 96 random bits, e.g. `lx3k9a2b-1f0c…` (the API accepts 8–128 of [A-Za-z0-9_.:-]). */
export function newIdempotencyKey(): string {
  const rand = () =>
    Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
  return `${Date.now().toString(36)}-${rand()}${rand()}${rand()}`
}

/**
 * Did the server perhaps do the write without us hearing the answer (network error, timeout, 5xx), or is the
 * first attempt still running? Then a retry must carry the same key.
 */
export function outcomeUnknown(e: unknown): boolean {
  if (!isApiError(e)) return true
  return e.status === 0 || e.status >= 500 || e.code === 'IDEMPOTENCY_IN_PROGRESS'
}

const pendingKeys = new Map<string, string>()

/**
 * One key per thing the user means to do (`intent`, e.g. `cancelSignup:<id>`). Retrying the same intent after a
 * network error or timeout reuses its key, so the server does it once and replays its first answer; once the
 * server has answered for sure (success or a real refusal) the key is dropped and doing it again is a new write.
 * Put the request body in the intent when it can change between tries: the server refuses a key reused with a
 * different body.
 */
export async function withIdempotencyKey<T>(intent: string, run: (idempotencyKey: string) => Promise<T>): Promise<T> {
  let key = pendingKeys.get(intent)
  if (!key) {
    key = newIdempotencyKey()
    pendingKeys.set(intent, key)
  }
  try {
    const result = await run(key)
    pendingKeys.delete(intent)
    return result
  } catch (e) {
    if (!outcomeUnknown(e)) pendingKeys.delete(intent)
    throw e
  }
}
