import { isApiError } from '@/services/api-error'

/** The reasons a 409 SUBSIDY_NOT_ELIGIBLE (or similar) carries: `details.reasons`, or a list of strings / messages. */
export function detailReasons(e: unknown): string[] {
  if (!isApiError(e)) return []
  const d = e.details as unknown
  const list = Array.isArray(d) ? d : Array.isArray((d as { reasons?: unknown })?.reasons) ? (d as { reasons: unknown[] }).reasons : []
  return list
    .map((x) => (typeof x === 'string' ? x : typeof (x as { message?: unknown })?.message === 'string' ? (x as { message: string }).message : ''))
    .filter((x) => x.length > 0)
}

/** The application a 409 SUBSIDY_ALREADY_APPLIED names (`details.applicationId`), if any. */
export function detailApplicationId(e: unknown): string | null {
  if (!isApiError(e)) return null
  const id = (e.details as { applicationId?: unknown } | undefined)?.applicationId
  return typeof id === 'string' && id ? id : null
}

/**
 * Field messages of a 400 answer keyed the way the subsidy forms name their fields: the path under `body`, without
 * `corrections.`, cut to `section.field` (`business.creditCode`, `hire.age`, `worker.assistedCategories`) or the
 * top-level field (`idNumber`, `note`, `amountYuan`).
 */
export function subsidyFieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isApiError(e) || !Array.isArray(e.details)) return out
  for (const d of e.details as unknown[]) {
    const field = (d as { field?: unknown })?.field
    const message = (d as { message?: unknown })?.message
    if (typeof field !== 'string' || typeof message !== 'string') continue
    const parts = field.replace(/^body\.?/, '').replace(/^corrections\.?/, '').split('.').filter(Boolean)
    const key = ['business', 'hire', 'worker'].includes(parts[0]) && parts[1] ? `${parts[0]}.${parts[1]}` : (parts[0] ?? '')
    if (key && !out[key]) out[key] = message
  }
  return out
}
