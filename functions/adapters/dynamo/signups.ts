import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import type { TransactItem } from '#commons/transact';
import { attendanceDeadline, overlaps } from '#domain/booking/gig-times';
import { isShift } from '#domain/jobs/filters';
import { scheduleText } from '#domain/jobs/schedule';
import type { SignupRow } from '#domain/signups/signup-row';
import { join, waitlistPosition, type Bookable } from './bookings';
import type { JobRow } from './jobs';
import { timerPut } from './timers';
import { decodeCursor, encodeCursor, keys } from './keys';
import { batchGetAll, queryAll } from './query-all';

/** A job is bookable through its own item: the seat counter is the `headcountLeft` the feed shows. */
export const jobBookable = (jobId: string): Bookable => ({ key: keys.job(jobId), seatsAttribute: 'headcountLeft' });

export interface CalendarGig {
  jobId: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

interface Calendar {
  version: number;
  gigs: Record<string, CalendarGig>;
}

async function readCalendar(userId: string): Promise<Calendar | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.calendar(userId), ConsistentRead: true }));
  return Item ? { version: Item.version as number, gigs: (Item.gigs ?? {}) as Record<string, CalendarGig> } : undefined;
}

/**
 * The person's shifts with this one added, written only if nobody changed the calendar since it was read: two
 * overlapping sign-ups racing each other cannot both pass the conflict check.
 */
function calendarPut(userId: string, calendar: Calendar | undefined, signupId: string, gig: CalendarGig, now: number): TransactItem {
  const current = Object.fromEntries(Object.entries(calendar?.gigs ?? {}).filter(([, g]) => Date.parse(g.endsAt) > now));
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.calendar(userId), entity: 'calendar', version: (calendar?.version ?? 0) + 1, gigs: { ...current, [signupId]: gig } },
      ...(calendar
        ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': calendar.version } }
        : { ConditionExpression: 'attribute_not_exists(PK)' }),
    },
  };
}

/** The calendar without one shift; only shifts are ever in it, so only they need this. */
export function calendarRemove(userId: string, signupId: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.calendar(userId),
      UpdateExpression: 'REMOVE gigs.#sid SET version = version + :one',
      ConditionExpression: 'attribute_exists(gigs)',
      ExpressionAttributeNames: { '#sid': signupId },
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

export const inCalendar = (row: Pick<SignupRow, 'job'>) => isShift(row.job);

export interface NewSignup {
  job: JobRow & { orgId: string };
  userId: string;
  residentCommunityCode: string;
  now: number;
}

const CALENDAR_ATTEMPTS = 5;

/**
 * Signs a person up through the booking engine: seat or waitlist, uniqueness per person and job, the calendar's
 * conflict check and the attendance timer, all in one transaction.
 */
export async function createSignup(request: NewSignup): Promise<SignupRow> {
  const { job, userId, now } = request;
  const nowIso = new Date(now).toISOString();
  const gig: CalendarGig = { jobId: job.id, title: job.title, startsAt: job.startsAt, endsAt: job.endsAt };
  const base: Omit<SignupRow, 'status' | 'history' | 'id'> = {
    jobId: job.id,
    orgId: job.orgId,
    userId,
    residentCommunityCode: request.residentCommunityCode,
    job: { title: job.title, orgName: job.orgName, startsAt: job.startsAt, endsAt: job.endsAt, address: job.address, payAmount: job.payAmount, payUnit: job.payUnit, communityCode: job.communityCode },
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  for (let attempt = 0; attempt < CALENDAR_ATTEMPTS; attempt++) {
    let calendar: Calendar | undefined;
    if (isShift(job)) {
      calendar = await readCalendar(userId);
      const clash = Object.values(calendar?.gigs ?? {}).find((other) => other.jobId !== job.id && overlaps(other, job));
      if (clash) {
        throw new AppError('SCHEDULE_CONFLICT', `时间冲突：您已报名「${clash.title}」（${scheduleText(clash.startsAt, clash.endsAt)}），和这个零工时间重叠`, { conflictingJob: clash });
      }
    }
    // The calendar entry and the timer name the sign-up, whose id the engine makes afresh for each attempt.
    const outcome = await join({
      bookable: jobBookable(job.id),
      userId,
      extraItemsFor: (signupId) => [
        ...(isShift(job) ? [calendarPut(userId, calendar, signupId, gig, now)] : []),
        timerPut(attendanceDeadline(job), 'attendance', signupId),
      ],
      bookingItem: (status, signupId) => ({
        ...keys.signup(signupId),
        ...keys.signupOfUser(userId, signupId),
        ...keys.signupOfJob(job.id, signupId),
        ...keys.staffQueue(status, request.residentCommunityCode, signupId),
        entity: 'signup',
        ...base,
        id: signupId,
        status,
        history: [{ status, at: nowIso, by: 'resident', note: null }],
      }),
    });
    if ('joined' in outcome) return { ...base, id: outcome.bookingId, status: outcome.joined, history: [{ status: outcome.joined, at: nowIso, by: 'resident', note: null }] };
    switch (outcome.refused) {
      case 'not-found':
        throw new AppError('JOB_NOT_FOUND');
      case 'closed':
        throw new AppError('SIGNUP_CLOSED');
      case 'full':
        throw new AppError('JOB_FULL');
      case 'duplicate':
        throw new AppError('ALREADY_SIGNED_UP');
      case 'extra':
        // The calendar changed between reading and writing (another sign-up by the same person): check again.
        continue;
    }
  }
  throw new AppError('BUSY');
}

export async function getSignup(signupId: string): Promise<SignupRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.signup(signupId), ConsistentRead: true }));
  return Item?.entity === 'signup' ? (Item as SignupRow) : undefined;
}

export async function requireSignup(signupId: string): Promise<SignupRow> {
  const row = await getSignup(signupId);
  if (!row) throw new AppError('SIGNUP_NOT_FOUND');
  return row;
}

export const positionInWaitlist = (row: Pick<SignupRow, 'jobId' | 'id' | 'status'>) =>
  row.status === 'waitlisted' ? waitlistPosition(jobBookable(row.jobId), row.id) : Promise.resolve(null);

export async function listSignupsOfUser(userId: string, limit: number, cursor?: string) {
  const page = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.signupsOfUser(userId) },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, ['PK', 'SK', 'GSI1PK', 'GSI1SK']),
    }),
  );
  return { rows: (page.Items ?? []) as SignupRow[], nextCursor: encodeCursor(page.LastEvaluatedKey) };
}

/** Every sign-up of one job, oldest first (a gig has at most a few hundred). */
export function listSignupsOfJob(jobId: string): Promise<SignupRow[]> {
  return queryAll<SignupRow>({
    TableName: tableName(),
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.signupsOfJob(jobId) },
  });
}

/** Sign-ups by id, in the order asked; ids that do not exist are left out. */
export async function getSignups(ids: string[]): Promise<SignupRow[]> {
  const rows = await batchGetAll<SignupRow>([...new Set(ids)].map((id) => keys.signup(id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** The id of the person's active sign-up for a job, from the uniqueness item the engine keeps. */
export async function activeSignupId(userId: string, jobId: string): Promise<string | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.activeBooking(userId, keys.job(jobId).PK) }));
  return Item?.bookingId as string | undefined;
}

export async function activeSignupFor(userId: string, jobId: string): Promise<SignupRow | undefined> {
  const id = await activeSignupId(userId, jobId);
  return id ? getSignup(id) : undefined;
}
