import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { monotonicFactory } from 'ulid';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import type { TransactItem } from '#commons/transact';
import type { OTHER_NOTICE_KINDS } from '@contract';
import { noticeFor, type NoticeKind } from '#domain/signups/notices';
import type { SignupRow } from '#domain/signups/signup-row';
import { decodeCursor, encodeCursor, keys } from './keys';
import { countAll } from './query-all';

const nextId = monotonicFactory();

export interface NotificationRow {
  id: string;
  kind: NoticeKind | OtherNoticeKind;
  title: string;
  body: string;
  signupId: string | null;
  link?: string | null;
  createdAt: string;
}

export type OtherNoticeKind = (typeof OTHER_NOTICE_KINDS)[number];

/** An inbox message about something other than a sign-up, with the page it opens; committed with its change. */
export function messagePut(userId: string, kind: OtherNoticeKind, message: { title: string; body: string; link: string | null }, now: string): TransactItem {
  const id = nextId();
  const item: NotificationRow & Record<string, unknown> = { ...keys.notification(userId, id), entity: 'notification', id, kind, ...message, signupId: null, createdAt: now };
  return { Put: { TableName: tableName(), Item: item } };
}

/** An inbox message as a transaction item, so it commits with the change it tells about (nothing lost). */
export function notificationPut(userId: string, kind: NoticeKind, row: Pick<SignupRow, 'id' | 'job'>, now: string, detail?: string): TransactItem {
  const id = nextId();
  const { title, body } = noticeFor(kind, row, detail);
  const item: NotificationRow & Record<string, unknown> = { ...keys.notification(userId, id), entity: 'notification', id, kind, title, body, signupId: row.id, createdAt: now };
  return { Put: { TableName: tableName(), Item: item } };
}

export async function listNotifications(userId: string, limit: number, cursor?: string) {
  const page = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :note)',
      ExpressionAttributeValues: { ':pk': keys.notificationsOf(userId), ':note': 'NOTE#' },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, ['PK', 'SK']),
    }),
  );
  return { rows: (page.Items ?? []) as NotificationRow[], nextCursor: encodeCursor(page.LastEvaluatedKey) };
}

/** The newest message id the person has seen; messages after it are unread. */
export async function readMark(userId: string): Promise<string> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.user(userId), ProjectionExpression: 'notificationsReadTo' }));
  return (Item?.notificationsReadTo as string | undefined) ?? '';
}

export function countUnread(userId: string, mark: string): Promise<number> {
  return countAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :after AND :end',
    ExpressionAttributeValues: { ':pk': keys.notificationsOf(userId), ':after': mark ? `NOTE#${mark}~` : 'NOTE#', ':end': 'NOTE#~' },
  });
}

export async function markAllRead(userId: string): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.user(userId),
      UpdateExpression: 'SET notificationsReadTo = :mark',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':mark': nextId() },
    }),
  );
}

/** A stored message as the inbox and the data export show it; everything up to the read mark is read. */
export const notificationView = (row: NotificationRow, readMark: string) => ({
  id: row.id, kind: row.kind, title: row.title, body: row.body, signupId: row.signupId, link: row.link ?? null, createdAt: row.createdAt, read: row.id <= readMark,
});
