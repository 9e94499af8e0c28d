import { BatchWriteCommand, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { CONSENT_KINDS, type DivisionLevel, type Profile, type Role } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { decodeCursor, encodeCursor, keys } from './keys';
import { batchGetAll, queryAll } from './query-all';

export interface UserRow {
  id: string;
  role: Role;
  name: string;
  phoneEnc?: string;
  homeCommunityCode?: string;
  staffLevel?: DivisionLevel;
  staffDivisionCode?: string;
  orgId?: string;
  wechatOpenid?: string;
  idNumberEnc?: string;
  birthYear?: number;
  skills?: Profile['skills'];
  availability?: Profile['availability'];
  intentions?: Profile['intentions'];
  assistedCategories?: Profile['assistedCategories'];
  /** Gig record kept by the booking engine in the same transaction as the status change. */
  noShowCount?: number;
  completedCount?: number;
  createdAt: string;
  updatedAt: string;
}

export interface PersonaRow {
  persona: string;
  userId: string;
  displayName: string;
  role: Role;
  description: string;
  order: number;
}

export async function getUser(userId: string): Promise<UserRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.user(userId) }));
  return Item as UserRow | undefined;
}

/** Several users by id, for lists that show who signed up. */
export async function getUsers(userIds: string[]): Promise<Map<string, UserRow>> {
  const rows = await batchGetAll<UserRow>([...new Set(userIds)].map((id) => keys.user(id)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** An UpdateItem on an existing user, returning the new item; a missing user is USER_NOT_FOUND. */
async function updateExistingUser(userId: string, update: { UpdateExpression: string; ExpressionAttributeValues: Record<string, unknown>; ExpressionAttributeNames?: Record<string, string> }): Promise<UserRow> {
  try {
    const { Attributes } = await ddb().send(
      new UpdateCommand({ TableName: tableName(), Key: keys.user(userId), ConditionExpression: 'attribute_exists(PK)', ReturnValues: 'ALL_NEW', ...update }),
    );
    return Attributes as UserRow;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new AppError('USER_NOT_FOUND');
    throw error;
  }
}

/**
 * Sets the home community and, for residents, moves them into that community's GSI1 partition in the same write,
 * so staff lists never show a resident under their old community.
 */
export function setHomeCommunity(userId: string, communityCode: string, now: string, listAsResident: boolean): Promise<UserRow> {
  return updateExistingUser(userId, {
    UpdateExpression: listAsResident
      ? 'SET homeCommunityCode = :code, updatedAt = :now, GSI1PK = :gpk, GSI1SK = :gsk'
      : 'SET homeCommunityCode = :code, updatedAt = :now',
    ExpressionAttributeValues: {
      ':code': communityCode,
      ':now': now,
      ...(listAsResident ? { ':gpk': keys.residentsOfCommunity(communityCode), ':gsk': `USER#${now}#${userId}` } : {}),
    },
  });
}

export async function listResidentsOfCommunity(communityCode: string, limit: number, cursor?: string) {
  const page = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.residentsOfCommunity(communityCode) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, ['PK', 'SK', 'GSI1PK', 'GSI1SK']),
    }),
  );
  return { rows: (page.Items ?? []) as UserRow[], nextCursor: encodeCursor(page.LastEvaluatedKey) };
}

export async function getPersona(persona: string): Promise<PersonaRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.persona(persona) }));
  return Item as PersonaRow | undefined;
}

export async function listPersonas(): Promise<PersonaRow[]> {
  const { Items } = await ddb().send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.personas() } }),
  );
  return ((Items ?? []) as PersonaRow[]).sort((a, b) => a.order - b.order);
}

export async function getUserIdByOpenid(openid: string): Promise<string | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.wechatIdentity(openid) }));
  return Item?.userId as string | undefined;
}

/**
 * First WeChat login: the identity item and the user are written together, and only if the openid is new,
 * so two simultaneous first logins cannot create two accounts. Returns the id that won.
 */
export async function createWechatResident(openid: string, user: UserRow): Promise<string> {
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.wechatIdentity(openid), entity: 'wechatIdentity', userId: user.id, createdAt: user.createdAt },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.user(user.id), entity: 'user', ...user },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
    return user.id;
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const existing = await getUserIdByOpenid(openid);
      if (existing) return existing;
    }
    throw error;
  }
}

export interface ProfileUpdate {
  name: string;
  phoneEnc?: string;
  /** undefined keeps the stored number, null removes it */
  idNumberEnc?: string | null;
  birthYear?: number | null;
  skills: Profile['skills'];
  availability: Profile['availability'];
  intentions: Profile['intentions'];
  assistedCategories: Profile['assistedCategories'];
}

const SENSITIVE_CONSENT = 'sensitive-personal-info';

/**
 * Saves the profile in one conditional write. Assisted categories are written only while the separate consent
 * exists (checked in the same write, so a withdrawal racing a save cannot leave categories behind).
 */
export async function saveProfile(userId: string, update: ProfileUpdate, now: string): Promise<UserRow> {
  const set: string[] = ['#name = :name', 'skills = :skills', 'availability = :availability', 'intentions = :intentions', 'assistedCategories = :categories', 'updatedAt = :now'];
  const remove: string[] = [];
  const values: Record<string, unknown> = {
    ':name': update.name, ':skills': update.skills, ':availability': update.availability, ':intentions': update.intentions,
    ':categories': update.assistedCategories, ':now': now,
  };
  if (update.phoneEnc) { set.push('phoneEnc = :phone'); values[':phone'] = update.phoneEnc; }
  if (update.idNumberEnc === null) remove.push('idNumberEnc');
  else if (update.idNumberEnc) { set.push('idNumberEnc = :id'); values[':id'] = update.idNumberEnc; }
  if (update.birthYear === null) remove.push('birthYear');
  else if (update.birthYear !== undefined) { set.push('birthYear = :birthYear'); values[':birthYear'] = update.birthYear; }
  const needsConsent = update.assistedCategories.length > 0;
  try {
    const { Attributes } = await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.user(userId),
        UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: needsConsent ? 'attribute_exists(PK) AND attribute_exists(#consent)' : 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#name': 'name', ...(needsConsent ? { '#consent': consentAttribute(SENSITIVE_CONSENT) } : {}) },
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes as UserRow;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw (await getUser(userId)) ? new AppError('CONSENT_REQUIRED') : new AppError('USER_NOT_FOUND');
    }
    throw error;
  }
}

/** Each consent is its own top-level attribute, so granting and withdrawing are single, simple writes. */
export const consentAttribute = (kind: string) => `consent_${kind.replace(/-/g, '_')}`;

export function consentsOf(user: UserRow): Record<string, { version: string; grantedAt: string }> {
  const row = user as unknown as Record<string, unknown>;
  return Object.fromEntries(
    CONSENT_KINDS.filter((kind) => row[consentAttribute(kind)]).map((kind) => [kind, row[consentAttribute(kind)] as { version: string; grantedAt: string }]),
  );
}

export function grantConsent(userId: string, kind: string, version: string, now: string): Promise<UserRow> {
  return updateExistingUser(userId, {
    UpdateExpression: 'SET #consent = :consent, updatedAt = :now',
    ExpressionAttributeNames: { '#consent': consentAttribute(kind) },
    ExpressionAttributeValues: { ':consent': { version, grantedAt: now }, ':now': now },
  });
}

/** Withdrawing consent also erases what was kept under it, in the same write. */
export function withdrawConsent(userId: string, kind: string, now: string): Promise<UserRow> {
  return updateExistingUser(userId, {
    UpdateExpression: `REMOVE #consent${kind === SENSITIVE_CONSENT ? ', assistedCategories' : ''} SET updatedAt = :now`,
    ExpressionAttributeNames: { '#consent': consentAttribute(kind) },
    ExpressionAttributeValues: { ':now': now },
  });
}

/** Deletes the account and the WeChat identity pointing at it, together. */
export async function deleteUser(user: UserRow): Promise<void> {
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
    { Delete: { TableName: tableName(), Key: keys.user(user.id), ConditionExpression: 'attribute_exists(PK)' } },
  ];
  if (user.wechatOpenid) items.push({ Delete: { TableName: tableName(), Key: keys.wechatIdentity(user.wechatOpenid) } });
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) throw new AppError('USER_NOT_FOUND');
    throw error;
  }
}

/**
 * Everything else the person's partition holds (inbox, shift calendar, booking uniqueness items), deleted before
 * the account itself so nothing of theirs is left behind.
 */
export async function deleteUserPartition(userId: string): Promise<void> {
  const items = await queryAll<{ PK: string; SK: string }>({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.user(userId).PK },
    ProjectionExpression: 'PK, SK',
  });
  const doomed = items.filter((item) => item.SK !== 'PROFILE');
  for (let i = 0; i < doomed.length; i += 25) {
    let requests = doomed.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length && attempt < 8; attempt++) {
      const { UnprocessedItems } = await ddb().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
      requests = (UnprocessedItems?.[tableName()] ?? []) as typeof requests;
      if (requests.length) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
    if (requests.length) throw new AppError('BUSY');
  }
}
