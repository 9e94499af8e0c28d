import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { monotonicFactory } from 'ulid';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError, SIGNUP_RUSH } from '#commons/errors';
import { transact, writeBudgetMs, type TransactItem } from '#commons/transact';
import { joinOf, releaseOf, type BookingStatus } from '#domain/booking/lifecycle';
import { keys } from './keys';
import { countAll } from './query-all';

/**
 * The booking engine on DynamoDB, for anything with limited seats (gigs now; training sessions and job fairs later).
 * Invariant: seats held (pending + approved + …) never exceed capacity, because every seat change is one
 * conditional counter update inside the same transaction as the booking's own write; the waitlist is FIFO because
 * a seat is handed to the head of the queue in the transaction that frees it, and returned only when nobody waits.
 */
export interface Bookable {
  /** The item that carries the counter, e.g. `JOB#<id>` / `PROFILE`. Waitlist entries live in its partition. */
  key: { PK: string; SK: string };
  /** Seats still free on that item, e.g. `headcountLeft`. */
  seatsAttribute: string;
}

interface BookableState {
  open: boolean;
  seatsLeft: number;
  waitlistEnabled: boolean;
}

async function readBookable(bookable: Bookable): Promise<BookableState | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: bookable.key, ConsistentRead: true }));
  if (!Item) return undefined;
  return { open: Item.status === 'open', seatsLeft: Number(Item[bookable.seatsAttribute] ?? 0), waitlistEnabled: Item.waitlistEnabled !== false };
}

/** 1-based place in the queue: how many entries sort at or before this booking's. */
export function waitlistPosition(bookable: Bookable, bookingId: string): Promise<number> {
  return countAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :first AND :mine',
    ExpressionAttributeValues: { ':pk': bookable.key.PK, ':first': 'WAIT#', ':mine': `WAIT#${bookingId}` },
    ConsistentRead: true,
  });
}

const update = (Key: Record<string, string>, expression: string, values: Record<string, unknown>, condition?: string, names?: Record<string, string>): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key,
    UpdateExpression: expression,
    ExpressionAttributeValues: values,
    ...(condition ? { ConditionExpression: condition } : {}),
    ...(names ? { ExpressionAttributeNames: names } : {}),
  },
});

/**
 * Booking ids are ULIDs made at the last moment before each attempt's write, so the id order (which is the
 * waitlist order) follows the order in which joins commit as closely as the clock allows.
 */
const newBookingId = monotonicFactory();

export interface JoinRequest {
  bookable: Bookable;
  userId: string;
  /** The booking item to put, for the status the engine decided and the id it made. */
  bookingItem: (status: 'pending' | 'waitlisted', bookingId: string) => Record<string, unknown>;
  /** Writes that must commit with the join (the person's calendar, due-work timers). Their conditions may fail. */
  extraItemsFor?: (bookingId: string) => TransactItem[];
}

export type JoinOutcome =
  | { joined: 'pending' | 'waitlisted'; bookingId: string }
  | { refused: 'not-found' | 'closed' | 'full' | 'duplicate' }
  | { refused: 'extra'; failedExtra: number };

/**
 * How often one request re-decides after losing a race before answering BUSY. The write budget bounds the time
 * anyway; tests that fire hundreds of joins at one seat counter on a shared machine raise both.
 */
const attempts = () => Number(process.env.WRITE_ATTEMPTS ?? 40);

export async function join(request: JoinRequest): Promise<JoinOutcome> {
  const { bookable, userId } = request;
  const seats = bookable.seatsAttribute;
  const deadline = Date.now() + writeBudgetMs();
  for (let attempt = 0; attempt < attempts() && Date.now() < deadline; attempt++) {
    const state = await readBookable(bookable);
    if (!state) return { refused: 'not-found' };
    if (!state.open) return { refused: 'closed' };
    const decision = joinOf(state.seatsLeft, state.waitlistEnabled);
    if (decision.kind === 'full') return { refused: 'full' };
    const status = decision.kind === 'hold' ? 'pending' : 'waitlisted';
    const bookingId = newBookingId();
    const counter =
      status === 'pending'
        ? update(bookable.key, 'SET #seats = #seats - :one', { ':one': 1, ':zero': 0, ':open': 'open' }, '#status = :open AND #seats > :zero', { '#seats': seats, '#status': 'status' })
        : update(
            bookable.key,
            'SET waitlistCount = if_not_exists(waitlistCount, :zero) + :one',
            { ':one': 1, ':zero': 0, ':open': 'open', ':off': false },
            '#status = :open AND #seats <= :zero AND (attribute_not_exists(waitlistEnabled) OR waitlistEnabled <> :off)',
            { '#seats': seats, '#status': 'status' },
          );
    const items: TransactItem[] = [
      counter,
      { Put: { TableName: tableName(), Item: { ...keys.activeBooking(userId, bookable.key.PK), bookingId, entity: 'active-booking' }, ConditionExpression: 'attribute_not_exists(PK)' } },
      { Put: { TableName: tableName(), Item: request.bookingItem(status, bookingId), ConditionExpression: 'attribute_not_exists(PK)' } },
      ...(status === 'waitlisted'
        ? [{ Put: { TableName: tableName(), Item: { ...keys.waitlistEntry(bookable.key.PK, bookingId), bookingId, userId, entity: 'waitlist-entry' } } }]
        : []),
    ];
    const extraFrom = items.length;
    const outcome = await transact([...items, ...(request.extraItemsFor?.(bookingId) ?? [])], deadline);
    if (outcome.committed) return { joined: status, bookingId };
    if (outcome.failed.includes(1)) return { refused: 'duplicate' };
    const extra = outcome.failed.find((index) => index >= extraFrom);
    if (extra !== undefined && !outcome.failed.includes(0)) return { refused: 'extra', failedExtra: extra - extraFrom };
    // The counter moved under us (a seat went or came back): decide again from fresh state.
  }
  throw new AppError('BUSY', SIGNUP_RUSH);
}

export interface ReleaseRequest {
  bookable: Bookable;
  bookingId: string;
  userId: string;
  from: BookingStatus;
  /** The booking's own status change; it must carry `#status = :from` in its condition. */
  bookingUpdate: TransactItem;
  /** The update and extra writes (e.g. a notification) that hand the seat to the waitlisted booking `headId`. */
  promote: (headId: string, headUserId: string) => Promise<TransactItem[]>;
  /** Gig over: nobody is promoted any more; seats and queue entries just go back. */
  allowPromotion?: boolean;
  extraItems?: TransactItem[];
}

async function waitlistHeadEntry(bookable: Bookable): Promise<{ bookingId: string; userId: string } | undefined> {
  const { Items } = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :wait)',
      ExpressionAttributeValues: { ':pk': bookable.key.PK, ':wait': 'WAIT#' },
      ConsistentRead: true,
      Limit: 1,
    }),
  );
  const head = Items?.[0];
  return head ? { bookingId: head.bookingId as string, userId: head.userId as string } : undefined;
}

/**
 * Ends a booking (cancel, reject, expire) and, in the same transaction, promotes the first waitlisted booking or
 * returns the seat. Returns the promoted booking's id. A booking whose status already moved is SIGNUP_STATE_CHANGED.
 */
export async function release(request: ReleaseRequest): Promise<{ promoted: string | null }> {
  const { bookable, bookingId, userId } = request;
  const seats = bookable.seatsAttribute;
  const allowPromotion = request.allowPromotion ?? true;
  const deadline = Date.now() + writeBudgetMs();
  for (let attempt = 0; attempt < attempts() && Date.now() < deadline; attempt++) {
    const head = request.from === 'waitlisted' || !allowPromotion ? undefined : await waitlistHeadEntry(bookable);
    const decision = releaseOf(request.from, head?.bookingId);
    const items: TransactItem[] = [
      request.bookingUpdate,
      { Delete: { TableName: tableName(), Key: keys.activeBooking(userId, bookable.key.PK) } },
    ];
    let promoted: string | null = null;
    switch (decision.kind) {
      case 'promote':
        promoted = head!.bookingId;
        items.push(
          { Delete: { TableName: tableName(), Key: keys.waitlistEntry(bookable.key.PK, head!.bookingId), ConditionExpression: 'attribute_exists(PK)' } },
          update(bookable.key, 'SET waitlistCount = waitlistCount - :one', { ':one': 1 }),
          ...(await request.promote(head!.bookingId, head!.userId)),
        );
        break;
      case 'free-seat':
        items.push(
          allowPromotion
            ? update(bookable.key, 'SET #seats = #seats + :one', { ':one': 1, ':zero': 0 }, 'attribute_not_exists(waitlistCount) OR waitlistCount = :zero', { '#seats': seats })
            : update(bookable.key, 'SET #seats = #seats + :one', { ':one': 1 }, undefined, { '#seats': seats }),
        );
        break;
      case 'leave-waitlist':
        items.push(
          { Delete: { TableName: tableName(), Key: keys.waitlistEntry(bookable.key.PK, bookingId) } },
          update(bookable.key, 'SET waitlistCount = waitlistCount - :one', { ':one': 1 }),
        );
        break;
      case 'keep-seat':
        break;
    }
    const extrasFrom = items.length;
    const outcome = await transact([...items, ...(request.extraItems ?? [])], deadline);
    if (outcome.committed) return { promoted };
    if (outcome.failed.includes(0) || outcome.failed.every((index) => index >= extrasFrom)) throw new AppError('SIGNUP_STATE_CHANGED');
    // Someone joined the queue, or the head left it, between our read and our write: look again.
  }
  throw new AppError('BUSY', SIGNUP_RUSH);
}
