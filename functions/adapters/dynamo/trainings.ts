import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import type { Situation } from '#domain/trainings/eligibility';
import type { SessionRow, TrainingRow } from '#domain/trainings/views';
import { keys } from './keys';
import { queryAll } from './query-all';

/**
 * Trainings (县级职业技能培训通用项目清单, 鲁就办〔2023〕13号 三、11) and their sessions on the single table. A session
 * is a bookable of the shared booking engine (adapters/dynamo/training-bookings.ts); this file only reads and puts.
 */

/** The stored item of a training with its listing keys (district on GSI1, provider on GSI2); the seed writes the same. */
export function trainingItem(row: TrainingRow): Record<string, unknown> {
  return {
    ...keys.training(row.id),
    ...keys.trainingsOfDistrict(row.districtCode, row.id),
    ...(row.providerOrgId ? keys.trainingOfProvider(row.providerOrgId, row.id) : {}),
    entity: 'training',
    ...row,
  };
}

export function sessionItem(row: SessionRow): Record<string, unknown> {
  return { ...keys.trainingSession(row.id), ...keys.sessionOfTraining(row.trainingId, row.startsAt, row.id), entity: 'training-session', ...row };
}

export async function putTraining(row: TrainingRow): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: trainingItem(row), ConditionExpression: 'attribute_not_exists(PK)' }));
}

export async function putSession(row: SessionRow): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: sessionItem(row), ConditionExpression: 'attribute_not_exists(PK)' }));
}

export async function getTraining(trainingId: string): Promise<TrainingRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.training(trainingId) }));
  return Item?.entity === 'training' ? (Item as TrainingRow) : undefined;
}

export async function requireTraining(trainingId: string): Promise<TrainingRow> {
  const row = await getTraining(trainingId);
  if (!row) throw new AppError('TRAINING_NOT_FOUND');
  return row;
}

/** Consistent: the seat counter shown right after a booking must be the one the booking changed. */
export async function getSession(sessionId: string): Promise<SessionRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.trainingSession(sessionId), ConsistentRead: true }));
  return Item?.entity === 'training-session' ? (Item as SessionRow) : undefined;
}

/** A session of that training; one of another training is "not found", so paths cannot be mixed. */
export async function requireSession(trainingId: string, sessionId: string): Promise<SessionRow> {
  const row = await getSession(sessionId);
  if (!row || row.trainingId !== trainingId) throw new AppError('SESSION_NOT_FOUND');
  return row;
}

/** Every training of some districts (a district's list is tens of items): one GSI1 query per district, in parallel. */
export async function listTrainingsInDistricts(districtCodes: readonly string[]): Promise<TrainingRow[]> {
  const pages = await Promise.all(
    [...new Set(districtCodes)].map((district) =>
      queryAll<TrainingRow>({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.trainingsPartition(district) },
      }),
    ),
  );
  return pages.flat();
}

/** Trainings an organisation runs as provider (GSI2 `TPROVIDER#<orgId>`). */
export function listTrainingsOfProvider(orgId: string): Promise<TrainingRow[]> {
  return queryAll<TrainingRow>({
    TableName: tableName(),
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.trainingsOfProvider(orgId) },
  });
}

/** A training's sessions by start time (GSI1 `TSESSIONS#<trainingId>`); `from` skips those that started earlier. */
export function listSessionsOfTraining(trainingId: string, from?: string): Promise<SessionRow[]> {
  return queryAll<SessionRow>({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: from ? 'GSI1PK = :pk AND GSI1SK >= :from' : 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.sessionsOfTraining(trainingId), ...(from ? { ':from': from } : {}) },
  });
}

/** Sessions of several trainings, keyed by training id. */
export async function sessionsOfTrainings(trainingIds: readonly string[], from?: string): Promise<Map<string, SessionRow[]>> {
  const lists = await Promise.all(trainingIds.map((id) => listSessionsOfTraining(id, from)));
  return new Map(trainingIds.map((id, i) => [id, lists[i]]));
}

/** 基本情况 from the person's 四清 survey (`USER#<uid>` / `TNEEDS`), or null when never filled in. */
export async function situationOf(userId: string): Promise<Situation | null> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.trainingNeeds(userId), ProjectionExpression: 'situation' }));
  return (Item?.situation as Situation | undefined) ?? null;
}
