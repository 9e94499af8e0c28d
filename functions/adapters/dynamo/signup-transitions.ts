import { randomInt } from 'node:crypto';
import type { SignupEvent, SignupStatus } from '@contract';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { transact, type TransactItem } from '#commons/transact';
import { checkInWindow, reminderAt, signupClosesAt } from '#domain/booking/gig-times';
import { TRANSITIONS } from '#domain/booking/lifecycle';
import type { SignupRow } from '#domain/signups/signup-row';
import { release } from './bookings';
import { notificationPut } from './notifications';
import { calendarRemove, inCalendar, jobBookable, requireSignup } from './signups';
import { timerPut } from './timers';
import { keys } from './keys';

type Actor = SignupEvent['by'];

interface StatusChange {
  to: SignupStatus;
  by: Actor;
  at: string;
  note?: string | null;
  /** Extra `SET` clauses with their values. */
  set?: string;
  values?: Record<string, unknown>;
  condition?: string;
}

/** The one way a sign-up's status changes: guarded by its current status, logged in its history, moved between staff queues. */
function statusUpdate(row: Pick<SignupRow, 'id' | 'status' | 'residentCommunityCode'>, change: StatusChange): TransactItem {
  if (!Object.values(TRANSITIONS).some((t) => t.to === change.to && t.from.includes(row.status))) throw new AppError('SIGNUP_STATE_CHANGED');
  const queue = keys.staffQueue(change.to, row.residentCommunityCode, row.id);
  const event: SignupEvent = { status: change.to, at: change.at, by: change.by, note: change.note ?? null };
  return {
    Update: {
      TableName: tableName(),
      Key: keys.signup(row.id),
      UpdateExpression: `SET #status = :to, updatedAt = :at, history = list_append(history, :event), GSI4PK = :qpk, GSI4SK = :qsk${change.set ? `, ${change.set}` : ''}`,
      ConditionExpression: `#status = :from${change.condition ? ` AND ${change.condition}` : ''}`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':to': change.to, ':from': row.status, ':at': change.at, ':event': [event], ':qpk': queue.GSI4PK, ':qsk': queue.GSI4SK, ...change.values },
    },
  };
}

const leaveCalendar = (row: SignupRow): TransactItem[] => (inCalendar(row) ? [calendarRemove(row.userId, row.id)] : []);
const endActive = (row: SignupRow): TransactItem => ({ Delete: { TableName: tableName(), Key: keys.activeBooking(row.userId, keys.job(row.jobId).PK) } });
const countOnRecord = (userId: string, counter: 'noShowCount' | 'completedCount'): TransactItem => ({
  Update: { TableName: tableName(), Key: keys.user(userId), UpdateExpression: `ADD ${counter} :one`, ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: { ':one': 1 } },
});

async function commitOrStateChanged(items: TransactItem[]) {
  const outcome = await transact(items);
  if (!outcome.committed) throw new AppError('SIGNUP_STATE_CHANGED');
}

/** The waitlisted head becomes pending and hears about it, in the transaction that freed the seat. */
async function promotion(headId: string, headUserId: string, at: string): Promise<TransactItem[]> {
  const head = await requireSignup(headId);
  return [
    statusUpdate({ ...head, status: 'waitlisted' }, { to: 'pending', by: 'system', at, note: '有人让出名额，候补递补' }),
    notificationPut(headUserId, 'promoted', head, at),
  ];
}

export const newCheckInCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export async function approveSignup(row: SignupRow, now: number): Promise<void> {
  if (now > checkInWindow(row.job).closes) throw new AppError('SIGNUP_CLOSED', '这个零工已经结束，不能再审核通过');
  const at = new Date(now).toISOString();
  const remindAt = reminderAt(row.job);
  await commitOrStateChanged([
    statusUpdate(row, { to: 'approved', by: 'staff', at, set: 'checkInCode = :code', values: { ':code': newCheckInCode() } }),
    notificationPut(row.userId, 'approved', row, at),
    ...(remindAt > now ? [timerPut(remindAt, 'reminder', row.id)] : []),
  ]);
}

/** Reject or cancel: the seat goes to the first waitlisted person, atomically. */
export async function endSignup(row: SignupRow, how: { to: 'rejected' | 'cancelled'; by: Actor; reason?: string }, now: number): Promise<string | null> {
  const at = new Date(now).toISOString();
  const { promoted } = await release({
    bookable: jobBookable(row.jobId),
    bookingId: row.id,
    userId: row.userId,
    from: row.status,
    // Once the gig has started, a freed seat stays free: nobody is called up for work already under way.
    allowPromotion: now < signupClosesAt(row.job),
    bookingUpdate: statusUpdate(row, { to: how.to, by: how.by, at, note: how.reason ?? null }),
    promote: (headId, headUserId) => promotion(headId, headUserId, at),
    extraItems: [...leaveCalendar(row), ...(how.to === 'rejected' ? [notificationPut(row.userId, 'rejected', row, at, how.reason)] : [])],
  });
  return promoted;
}

/** Gig over and still pending or waitlisted: closed without promoting anyone. */
export async function expireSignup(row: SignupRow, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await release({
    bookable: jobBookable(row.jobId),
    bookingId: row.id,
    userId: row.userId,
    from: row.status,
    allowPromotion: false,
    bookingUpdate: statusUpdate(row, { to: 'expired', by: 'system', at, note: '零工已结束，未等到审核或递补' }),
    promote: async () => [],
    extraItems: [...leaveCalendar(row), notificationPut(row.userId, 'expired', row, at)],
  });
}

export async function markNoShow(row: SignupRow, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await commitOrStateChanged([
    statusUpdate(row, { to: 'no_show', by: 'system', at, note: '收工后仍未签到' }),
    countOnRecord(row.userId, 'noShowCount'),
    endActive(row),
    ...leaveCalendar(row),
    notificationPut(row.userId, 'no_show', row, at),
  ]);
}

export async function checkIn(row: SignupRow, code: string, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await commitOrStateChanged([
    statusUpdate(row, { to: 'checked_in', by: 'employer', at, set: 'checkedInAt = :at', condition: 'checkInCode = :code', values: { ':code': code } }),
    notificationPut(row.userId, 'checked_in', row, at),
  ]);
}

const CONFIRMED_BY = { resident: 'residentConfirmedAt', employer: 'employerConfirmedAt' } as const;

/**
 * One side confirms the work was done; the second confirmation completes the sign-up and counts it on the worker's
 * record. Which case applies is part of each write's condition, so two simultaneous confirmations cannot both be "first".
 */
export async function confirmCompletion(row: SignupRow, side: 'resident' | 'employer', now: number): Promise<void> {
  const at = new Date(now).toISOString();
  const mine = CONFIRMED_BY[side];
  const theirs = CONFIRMED_BY[side === 'resident' ? 'employer' : 'resident'];
  if (row[mine]) throw new AppError('SIGNUP_STATE_CHANGED', '您已经确认过完工了');
  const items: TransactItem[] = row[theirs]
    ? [
        statusUpdate(row, { to: 'completed', by: side, at, set: `${mine} = :at`, condition: `attribute_exists(${theirs})` }),
        countOnRecord(row.userId, 'completedCount'),
        endActive(row),
        ...leaveCalendar(row),
        notificationPut(row.userId, 'completed', row, at),
      ]
    : [
        {
          Update: {
            TableName: tableName(),
            Key: keys.signup(row.id),
            UpdateExpression: `SET ${mine} = :at, updatedAt = :at`,
            ConditionExpression: `#status = :checkedIn AND attribute_not_exists(${theirs}) AND attribute_not_exists(${mine})`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':at': at, ':checkedIn': 'checked_in' },
          },
        },
      ];
  const outcome = await transact(items);
  if (outcome.committed) return;
  // The other side confirmed in the meantime: finish the job with fresh state.
  const fresh = await requireSignup(row.id);
  if (fresh.status === 'checked_in' && !fresh[mine] && fresh[theirs] && !row[theirs]) return confirmCompletion(fresh, side, now);
  throw new AppError('SIGNUP_STATE_CHANGED');
}

export async function raiseDispute(row: SignupRow, note: string, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await commitOrStateChanged([
    {
      Update: {
        TableName: tableName(),
        Key: keys.signup(row.id),
        UpdateExpression: 'SET dispute = :dispute, updatedAt = :at',
        ConditionExpression: '#status IN (:checkedIn, :completed) AND attribute_not_exists(dispute)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':dispute': { note, raisedAt: at, status: 'open' }, ':at': at, ':checkedIn': 'checked_in', ':completed': 'completed' },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.wageDispute(row.id), ...keys.staffQueue('disputed', row.residentCommunityCode, row.id), entity: 'wage-dispute', signupId: row.id, raisedAt: at },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ]);
}

export async function resolveDispute(row: SignupRow, resolution: string, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await commitOrStateChanged([
    {
      Update: {
        TableName: tableName(),
        Key: keys.signup(row.id),
        UpdateExpression: 'SET dispute.#st = :resolved, dispute.resolution = :resolution, dispute.resolvedAt = :at, updatedAt = :at',
        ConditionExpression: 'dispute.#st = :open',
        ExpressionAttributeNames: { '#st': 'status' },
        ExpressionAttributeValues: { ':resolved': 'resolved', ':open': 'open', ':resolution': resolution, ':at': at },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: keys.wageDispute(row.id),
        UpdateExpression: 'SET resolvedAt = :at REMOVE GSI4PK, GSI4SK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':at': at },
      },
    },
    notificationPut(row.userId, 'dispute_resolved', row, at, resolution),
  ]);
}
