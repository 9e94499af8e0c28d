import { POSTING_STATUS_LABEL, type Posting, type PostingSchedule, type PostingStatus } from '@contract';
import type { Job } from '../jobs/job';
import { scheduleText } from '../jobs/schedule';
import { weihaiDateTime } from '../time/weihai-clock';

/** A job as its employer edits it: the posting fields, its seats and the status as of now. */
export interface PostingRow extends Omit<Job, 'status'> {
  status: 'open' | 'closed' | 'draft' | 'hidden';
  schedule?: PostingSchedule;
  scheduleLabel?: string | null;
  ageMin?: number | null;
  ageMax?: number | null;
  extraRequirements?: string[];
  requirements?: string[];
  address: string;
  waitlistEnabled?: boolean;
  waitlistCount?: number;
  templateId?: string | null;
  hiddenReason?: string | null;
  updatedAt?: string;
  /** When first published (null while a draft); the dashboard counts a job once, then. Absent on older items. */
  publishedAt?: string | null;
}

export function postingStatus(row: Pick<PostingRow, 'status' | 'endsAt'>, now: number): PostingStatus {
  return row.status === 'open' && Date.parse(row.endsAt) <= now ? 'expired' : row.status;
}

/** Demo and older posts have no stored schedule: their times read back as a one-off or a daily schedule. */
function scheduleOf(row: Pick<PostingRow, 'schedule' | 'startsAt' | 'endsAt'>): PostingSchedule {
  if (row.schedule) return row.schedule;
  const [start, end] = [weihaiDateTime(Date.parse(row.startsAt)), weihaiDateTime(Date.parse(row.endsAt))];
  const times = { startTime: start.time, endTime: end.time };
  return start.date === end.date
    ? { kind: 'once', date: start.date, ...times }
    : { kind: 'recurring', weekdays: [1, 2, 3, 4, 5, 6, 7], fromDate: start.date, toDate: end.date, ...times };
}

export function postingView(row: PostingRow, now: number): Posting {
  const status = postingStatus(row, now);
  return {
    id: row.id,
    status,
    statusLabel: POSTING_STATUS_LABEL[status],
    title: row.title,
    type: row.type,
    payAmount: row.payAmount,
    payUnit: row.payUnit,
    schedule: scheduleOf(row),
    scheduleText: row.scheduleLabel ?? scheduleText(row.startsAt, row.endsAt),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    headcount: row.headcount,
    headcountLeft: row.headcountLeft,
    waitlistCount: row.waitlistCount ?? 0,
    ageMin: row.ageMin ?? null,
    ageMax: row.ageMax ?? null,
    tags: row.tags ?? [],
    skills: row.skills ?? [],
    description: row.description,
    requirements: row.extraRequirements ?? row.requirements ?? [],
    address: row.address,
    communityCode: row.communityCode,
    waitlistEnabled: row.waitlistEnabled !== false,
    templateId: row.templateId ?? null,
    orgVerified: row.orgVerified,
    hiddenReason: row.status === 'hidden' ? (row.hiddenReason ?? null) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt ?? row.createdAt,
  };
}
