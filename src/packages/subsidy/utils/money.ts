/** 「500,000 元」 */
export function yuanText(yuan: number): string {
  return `${yuan.toLocaleString('en-US')} 元`
}

/** 「50 万元」「2.5 万元」, or '' under 1 万. */
export function wanText(yuan: number): string {
  if (!Number.isFinite(yuan) || yuan < 10_000) return ''
  const wan = yuan / 10_000
  return `${Number.isInteger(wan) ? wan : Number(wan.toFixed(2))} 万元`
}

/** 「3 年」 for 36 months, 「18 个月」 otherwise. */
export function monthsText(months: number): string {
  return months % 12 === 0 ? `${months / 12} 年（${months} 个月）` : `${months} 个月`
}
