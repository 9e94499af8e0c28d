import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DivisionLevel, Role } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { decodeCursor, encodeCursor, keys } from './keys';

export interface UserRow {
  id: string;
  role: Role;
  name: string;
  phoneEnc?: string;
  homeCommunityCode?: string;
  staffLevel?: DivisionLevel;
  staffDivisionCode?: string;
  orgId?: string;
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

/**
 * Sets the home community and, for residents, moves them into that community's GSI1 partition in the same write,
 * so staff lists never show a resident under their old community.
 */
export async function setHomeCommunity(userId: string, communityCode: string, now: string, listAsResident: boolean): Promise<UserRow> {
  try {
    const { Attributes } = await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.user(userId),
        ConditionExpression: 'attribute_exists(PK)',
        UpdateExpression: listAsResident
          ? 'SET homeCommunityCode = :code, updatedAt = :now, GSI1PK = :gpk, GSI1SK = :gsk'
          : 'SET homeCommunityCode = :code, updatedAt = :now',
        ExpressionAttributeValues: {
          ':code': communityCode,
          ':now': now,
          ...(listAsResident ? { ':gpk': keys.residentsOfCommunity(communityCode), ':gsk': `USER#${now}#${userId}` } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes as UserRow;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new AppError('USER_NOT_FOUND');
    throw error;
  }
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
