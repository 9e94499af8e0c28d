/** Calendar days as the forms take and show them (YYYY-MM-DD, Weihai time): subsidy, 就业援助 and the shared date field. */

const pad = (n: number) => String(n).padStart(2, '0')

/** Today in Weihai (UTC+8, no daylight saving). */
export function weihaiToday(now: number = Date.now()): string {
  const d = new Date(now + 8 * 60 * 60 * 1000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/**
 * Lenient entry of a past or present day: 「2024-5-10」「2024年5月10日」「2024.5.10」「2024/05/10」「20240510」,
 * full-width digits too. Null when it is not a real day.
 */
export function parseDay(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[年月/.．。]/g, '-')
    .replace(/日$/, '')
    .replace(/\s+/g, '')
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31) return null
  const check = new Date(Date.UTC(y, mo - 1, d))
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return `${y}-${pad(mo)}-${pad(d)}`
}

/** 「2024年5月10日」 for a YYYY-MM-DD day; the input itself when it is not one. */
export function dayText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : day
}

/** 「2026年11月23日 14:05」 for an ISO instant, in Weihai time. */
export function momentText(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const d = new Date(t + 8 * 60 * 60 * 1000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
