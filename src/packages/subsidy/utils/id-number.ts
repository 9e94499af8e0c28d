/**
 * 居民身份证号码 (GB 11643-1999): the server's check (functions/domain/profile/id-number.ts) repeated so a typo shows
 * before anything is sent; tests/build/options-subsidies.test.ts runs both on the same numbers.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** Spaces dropped, x → X, at most 18. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase().slice(0, 18)
}

/** Null when the number is well formed, else what is wrong with it, in Chinese. */
export function idNumberProblem(value: string, today = new Date()): string | null {
  const id = normaliseIdNumber(value)
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为 18 位，最后一位可以是数字或 X'
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day
  if (!realDate || year < 1900 || birth.getTime() > today.getTime()) return '身份证号中的出生日期不正确，请核对'
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]
  if (CHECK_CHARS[sum % 11] !== id[17]) return '身份证号校验不通过，请逐位核对'
  return null
}
