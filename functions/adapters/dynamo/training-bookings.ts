import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { transact, type TransactItem } from '#commons/transact';
import { eventStartText } from '#domain/events/rules';
import { progressAfter, reminderDueMs } from '#domain/trainings/rules';
import type { BookingRow, ProgressRow, SessionRow, TrainingRow } from '#domain/trainings/views';
import { join, release, waitlistPosition, type Bookable } from './bookings';
import { keys } from './keys';
import { messagePut } from './notifications';
import { queryAll } from './query-all';
import { timerPut } from './timers';

/**
 * Training bookings on the shared booking engine (adapters/dynamo/bookings.ts), exactly as job fairs use it
 * (adapters/dynamo/events.ts): the session item is the bookable, `seatsLeft` its counter. No capacity logic here.
 * Attendance keeps the seat (booked → attended/absent, no release) and adds hours to the person's progress.
 */
export const sessionBookable = (sessionId: string): Bookable => ({ key: keys.trainingSession(sessionId), seatsAttribute: 'seatsLeft' });

/** The page a message about a training opens (src/utils/routes.ts trainingDetail). */
export const trainingPageLink = (trainingId: string) => `/packages/training/pages/detail/index?id=${encodeURIComponent(trainingId)}`;

export async function getBooking(bookingId: string): Promise<BookingRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.trainingBooking(bookingId), ConsistentRead: true }));
  return Item?.entity === 'training-booking' ? (Item as BookingRow) : undefined;
}

/** The person's live booking of a session, from the uniqueness item the engine keeps. */
export async function activeBookingOf(userId: string, sessionId: string): Promise<BookingRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.activeBooking(userId, keys.trainingSession(sessionId).PK), ConsistentRead: true }));
  return Item?.bookingId ? getBooking(Item.bookingId as string) : undefined;
}

/** A person's bookings, newest first (GSI1 `MYTBOOKS#<userId>`; ids are ULIDs). */
export function listBookingsOfUser(userId: string): Promise<BookingRow[]> {
  return queryAll<BookingRow>({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.trainingBookingsOfUser(userId) },
    ScanIndexForward: false,
  });
}

/** Every booking of one session, oldest first (a class has at most a few hundred). */
export function listBookingsOfSession(sessionId: string): Promise<BookingRow[]> {
  return queryAll<BookingRow>({
    TableName: tableName(),
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.trainingBookingsOfSession(sessionId) },
  });
}

export const positionOf = (row: Pick<BookingRow, 'id' | 'sessionId' | 'status'>) =>
  row.status === 'waitlisted' ? waitlistPosition(sessionBookable(row.sessionId), row.id) : Promise.resolve(null);

/** 预约: a seat while any are left, else the back of the queue; the reminder timer commits with the booking. */
export async function bookSession(training: TrainingRow, session: SessionRow, userId: string, now: number): Promise<BookingRow> {
  const at = new Date(now).toISOString();
  const base = {
    userId, trainingId: training.id, sessionId: session.id, trainingTitle: training.title, trainingFormat: training.format, provider: training.provider,
    sessionStartsAt: session.startsAt, sessionEndsAt: session.endsAt, sessionAddress: session.address, sessionHours: session.hours,
    communityCode: training.communityCode, createdAt: at, updatedAt: at,
  };
  // The engine's 'pending' (holds a seat) is our 'booked'.
  const statusOf = (engine: 'pending' | 'waitlisted') => (engine === 'pending' ? 'booked' : 'waitlisted');
  const dueMs = reminderDueMs(session);
  const outcome = await join({
    bookable: sessionBookable(session.id),
    userId,
    bookingItem: (engine, id) => ({
      ...keys.trainingBooking(id), ...keys.trainingBookingOfUser(userId, id), ...keys.trainingBookingOfSession(session.id, id),
      entity: 'training-booking', id, ...base, status: statusOf(engine),
    }),
    // A waitlisted booking gets the timer too: if promoted in time it is reminded; the sweeper checks the status.
    extraItemsFor: (id) => (dueMs > now ? [timerPut(dueMs, 'training-reminder', id)] : []),
  });
  if ('joined' in outcome) return { id: outcome.bookingId, ...base, status: statusOf(outcome.joined) };
  switch (outcome.refused) {
    case 'not-found':
      throw new AppError('SESSION_NOT_FOUND');
    case 'duplicate':
      throw new AppError('ALREADY_BOOKED');
    case 'full':
      throw new AppError('SESSION_FULL');
    default:
      throw new AppError('SESSION_CLOSED');
  }
}

function statusChange(bookingId: string, from: BookingRow['status'], to: BookingRow['status'], at: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.trainingBooking(bookingId),
      UpdateExpression: 'SET #status = :to, updatedAt = :at',
      ConditionExpression: '#status = :from',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':to': to, ':from': from, ':at': at },
    },
  };
}

/** 取消预约: the seat goes to the head of the queue (who hears about it in 我的消息) in the same transaction. */
export async function cancelBooking(row: BookingRow, now: number): Promise<void> {
  if (row.status !== 'booked' && row.status !== 'waitlisted') throw new AppError('SIGNUP_STATE_CHANGED', '这条预约已经不能取消了');
  const at = new Date(now).toISOString();
  await release({
    bookable: sessionBookable(row.sessionId),
    bookingId: row.id,
    userId: row.userId,
    // The engine speaks in sign-up statuses: a booked seat is a seat-holding one, like 'approved'.
    from: row.status === 'booked' ? 'approved' : 'waitlisted',
    bookingUpdate: statusChange(row.id, row.status, 'cancelled', at),
    promote: async (headId, headUserId) => [
      statusChange(headId, 'waitlisted', 'booked', at),
      messagePut(
        headUserId,
        'training_promoted',
        {
          title: '培训候补成功',
          body: `有人让出了名额，您已预约上「${row.trainingTitle}」（${eventStartText(row.sessionStartsAt)} 上课，${row.sessionAddress}）。去不了请提前取消。`,
          link: trainingPageLink(row.trainingId),
        },
        at,
      ),
    ],
  });
}

/** 上课提醒 from the sweeper: only for a booking that still holds its seat. Returns the booking reminded, if any. */
export async function remindIfBooked(bookingId: string, now: number): Promise<BookingRow | undefined> {
  const row = await getBooking(bookingId);
  if (row?.status !== 'booked') return undefined;
  const message = {
    title: '培训上课提醒',
    body: `「${row.trainingTitle}」${eventStartText(row.sessionStartsAt)} 上课，地点：${row.sessionAddress}。去不了请在「我的培训」取消，把名额让给别人。`,
    link: trainingPageLink(row.trainingId),
  };
  await transact([messagePut(row.userId, 'training_reminder', message, new Date(now).toISOString())]);
  return row;
}

export async function getProgress(userId: string, trainingId: string): Promise<ProgressRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.trainingProgress(userId, trainingId), ConsistentRead: true }));
  return Item as ProgressRow | undefined;
}

/** Every training a person has hours in (Query `USER#<uid>` begins_with `TPROGRESS#`). */
export function listProgress(userId: string): Promise<ProgressRow[]> {
  return queryAll<ProgressRow>({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.user(userId).PK, ':prefix': keys.trainingProgressPrefix() },
  });
}

const PROGRESS_ATTEMPTS = 10;

/**
 * 记出勤: booked (or absent, a correction) → attended, adding the class's hours to the person's progress and, once
 * they reach the training's 培训学时, issuing the certificate with its inbox message, all in one transaction. The
 * progress write is conditional on the hours read, so two classes marked at once both count (the loser re-reads).
 */
export async function markAttended(row: BookingRow, training: TrainingRow, now: number): Promise<ProgressRow> {
  const at = new Date(now).toISOString();
  for (let attempt = 0; attempt < PROGRESS_ATTEMPTS; attempt++) {
    const before = await getProgress(row.userId, training.id);
    const { hoursDone, complete } = progressAfter(before?.hoursDone ?? 0, row.sessionHours, training.hours);
    const certificate = before?.certificate ?? (complete ? { id: `cert-${ulid().toLowerCase()}`, issuedAt: at, title: `${training.title} 培训合格证明` } : null);
    const progress: ProgressRow = { userId: row.userId, trainingId: training.id, trainingTitle: training.title, trainingHours: training.hours, hoursDone, certificate, updatedAt: at };
    const items: TransactItem[] = [
      statusChange(row.id, row.status, 'attended', at),
      {
        Put: {
          TableName: tableName(),
          Item: { ...keys.trainingProgress(row.userId, training.id), entity: 'training-progress', ...progress },
          ...(before
            ? { ConditionExpression: 'hoursDone = :read', ExpressionAttributeValues: { ':read': before.hoursDone } }
            : { ConditionExpression: 'attribute_not_exists(PK)' }),
        },
      },
    ];
    if (certificate && !before?.certificate) {
      const body = `您已学满「${training.title}」的 ${training.hours} 学时，结业证明已发放，可在「我的培训」查看；按补贴标准申领培训补贴：${training.subsidyStandard}。`;
      items.push(messagePut(row.userId, 'training_certificate', { title: '培训结业', body, link: '/packages/training/pages/mine/index' }, at));
    }
    const outcome = await transact(items);
    if (outcome.committed) return progress;
    if (outcome.failed.includes(0)) throw new AppError('SIGNUP_STATE_CHANGED');
    // Another class of the same training was marked meanwhile: read the hours again.
  }
  throw new AppError('BUSY');
}

/** 记缺课: the seat stays used (the class happened); no hours. */
export async function markAbsent(row: BookingRow, now: number): Promise<void> {
  const outcome = await transact([statusChange(row.id, row.status, 'absent', new Date(now).toISOString())]);
  if (!outcome.committed) throw new AppError('SIGNUP_STATE_CHANGED');
}
