/** Calendar days as the 就业援助 forms take and show them (YYYY-MM-DD, Weihai time). */

/** 「2026年3月5日」 for a YYYY-MM-DD day; the input itself when it is not one. */
export function dayText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : day
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Today in Weihai (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function weihaiToday(now: number = Date.now()): string {
  const d = new Date(now + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Lenient day entry: 2026-3-5, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305 → 2026-03-05; null when not a real day. */
export function parseDay(raw: string): string | null {
  const s = raw.trim().replace(/[年月/.．]/g, '-').replace(/日$/, '').replace(/\s+/g, '')
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(y, mo - 1, d))
  if (y < 1900 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return `${y}-${pad(mo)}-${pad(d)}`
}
