import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import type { TransactItem } from '#commons/transact';
import { eventStartText } from '#domain/events/rules';
import type { EventRow, RegistrationRow } from '#domain/events/view';
import { join, release, waitlistPosition, type Bookable } from './bookings';
import { keys } from './keys';
import { messagePut } from './notifications';
import { queryAll } from './query-all';

/**
 * Job fairs (供需见面会, 威就办〔2023〕9号 三、7) on the single table. Seats and the waitlist are the shared booking
 * engine's: the event item is the bookable, its `seatsLeft` the counter, registrations the bookings.
 */
export const eventBookable = (eventId: string): Bookable => ({ key: keys.event(eventId), seatsAttribute: 'seatsLeft' });

/** The page a message about an event opens. */
export const eventPageLink = (eventId: string) => `/packages/events/pages/detail/index?id=${encodeURIComponent(eventId)}`;

/** The stored item of a new event, with its listing keys; the seed writes the same shape. */
export function eventItem(row: EventRow): Record<string, unknown> {
  return { ...keys.event(row.id), ...keys.eventInDistrict(row.districtCode, row.startsAt, row.id), entity: 'event', ...row };
}

export async function putEvent(row: EventRow): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: eventItem(row), ConditionExpression: 'attribute_not_exists(PK)' }));
}

export async function getEvent(eventId: string): Promise<EventRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.event(eventId), ConsistentRead: true }));
  return Item?.entity === 'event' ? (Item as EventRow) : undefined;
}

export async function requireEvent(eventId: string): Promise<EventRow> {
  const row = await getEvent(eventId);
  if (!row) throw new AppError('EVENT_NOT_FOUND');
  return row;
}

/** Events of some districts whose start lies in [from, to], by start time: one GSI1 key range per district. */
export async function listEventsStarting(districtCodes: readonly string[], range: { from: string; to: string }): Promise<EventRow[]> {
  const pages = await Promise.all(
    districtCodes.map((district) =>
      queryAll<EventRow>({
        TableName: tableName(),
        IndexName: 'GSI1',
        // `~` sorts after every `#<id>` suffix, so events starting exactly at `to` are included.
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.eventsPartition(district), ':from': range.from, ':to': `${range.to}~` },
      }),
    ),
  );
  return pages.flat().sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

export async function getRegistration(registrationId: string): Promise<RegistrationRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.eventRegistration(registrationId), ConsistentRead: true }));
  return Item?.entity === 'event-registration' ? (Item as RegistrationRow) : undefined;
}

/** The person's live registration for an event, from the uniqueness item the engine keeps. */
export async function activeRegistration(userId: string, eventId: string): Promise<RegistrationRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.activeBooking(userId, keys.event(eventId).PK), ConsistentRead: true }));
  return Item?.bookingId ? getRegistration(Item.bookingId as string) : undefined;
}

/** Every registration of one event, oldest first (a fair has at most a few thousand). */
export function listRegistrationsOfEvent(eventId: string): Promise<RegistrationRow[]> {
  return queryAll<RegistrationRow>({
    TableName: tableName(),
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.registrationsOfEvent(eventId) },
  });
}

export const positionOf = (row: RegistrationRow) =>
  row.status === 'waitlisted' ? waitlistPosition(eventBookable(row.eventId), row.id) : Promise.resolve(null);

/** 报名: a seat while any are left, else the back of the queue. The engine's 'pending' is our 'registered'. */
export async function registerForEvent(event: EventRow, userId: string, now: number): Promise<RegistrationRow> {
  const at = new Date(now).toISOString();
  const base = { eventId: event.id, userId, eventTitle: event.title, eventStartsAt: event.startsAt, createdAt: at, updatedAt: at };
  const statusOf = (engine: 'pending' | 'waitlisted') => (engine === 'pending' ? 'registered' : 'waitlisted');
  const outcome = await join({
    bookable: eventBookable(event.id),
    userId,
    bookingItem: (engine, id) => ({
      ...keys.eventRegistration(id), ...keys.registrationOfUser(userId, id), ...keys.registrationOfEvent(event.id, id),
      entity: 'event-registration', id, ...base, status: statusOf(engine),
    }),
  });
  if ('joined' in outcome) return { id: outcome.bookingId, ...base, status: statusOf(outcome.joined) };
  switch (outcome.refused) {
    case 'not-found':
      throw new AppError('EVENT_NOT_FOUND');
    case 'duplicate':
      throw new AppError('ALREADY_REGISTERED');
    case 'full':
      throw new AppError('EVENT_FULL');
    default:
      throw new AppError('EVENT_CLOSED');
  }
}

function statusChange(registrationId: string, from: RegistrationRow['status'], to: RegistrationRow['status'], at: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.eventRegistration(registrationId),
      UpdateExpression: 'SET #status = :to, updatedAt = :at',
      ConditionExpression: '#status = :from',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':to': to, ':from': from, ':at': at },
    },
  };
}

/** 取消报名: a seat goes to the head of the queue (who hears about it in 我的消息) in the same transaction. */
export async function cancelRegistration(row: RegistrationRow, now: number): Promise<void> {
  if (row.status === 'cancelled') throw new AppError('SIGNUP_STATE_CHANGED', '这条报名已经取消了');
  const at = new Date(now).toISOString();
  await release({
    bookable: eventBookable(row.eventId),
    bookingId: row.id,
    userId: row.userId,
    // The engine speaks in sign-up statuses: a registered seat is a seat-holding one, like 'approved'.
    from: row.status === 'registered' ? 'approved' : 'waitlisted',
    bookingUpdate: statusChange(row.id, row.status, 'cancelled', at),
    promote: async (headId, headUserId) => [
      statusChange(headId, 'waitlisted', 'registered', at),
      messagePut(
        headUserId,
        'event_promoted',
        {
          title: '招聘会候补成功',
          body: `有人让出了名额，您已报上「${row.eventTitle}」（${eventStartText(row.eventStartsAt)} 开始）。请按时参加，去不了请提前取消。`,
          link: eventPageLink(row.eventId),
        },
        at,
      ),
    ],
  });
}
