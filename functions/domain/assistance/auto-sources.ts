/**
 * Services the system itself does for a resident linked to the 台账 count toward their 「12333」 like a staff visit
 * (issue 9: "also created automatically when the system itself does the service"). Each source says how its record
 * reads on the person's page (the hook names the service type). Each (source, refId) counts once, ever: a job opened
 * twice from the recommendations is one recommendation, a pre-check run daily is one 政策对接 a month.
 */
export const AUTO_SOURCES = {
  'job-recommendation': { label: '系统推荐岗位，居民已打开查看' },
  'training-reminder': { label: '系统发送培训上课提醒' },
  'training-booked': { label: '居民通过系统预约培训' },
  'subsidy-application': { label: '居民在系统中申请补贴' },
  'subsidy-precheck': { label: '居民使用补贴测算（每月计一次）' },
} as const satisfies Record<string, { label: string }>;

export type AutoSource = keyof typeof AUTO_SOURCES;

export const STAFF_SOURCE_LABEL = '工作人员记录';

export function sourceLabel(source: 'staff' | 'auto', autoSource: string | undefined, recordedBy: string | null): string {
  if (source === 'auto') return AUTO_SOURCES[autoSource as AutoSource]?.label ?? '系统自动记录';
  return recordedBy ? `${STAFF_SOURCE_LABEL}（${recordedBy}）` : STAFF_SOURCE_LABEL;
}

/** The once-per-month reference for a pre-check: its Weihai year and month. */
export const precheckRef = (today: string) => today.slice(0, 7);
