import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { z } from 'zod';
import type { TrainingNeedsBodySchema, TrainingNeedsSchema } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { districtsOf } from '#domain/divisions/catalog';
import type { NeedsRow } from '#domain/trainings/needs-report';
import { keys } from './keys';
import { queryAll } from './query-all';

/**
 * The 「四清」 survey (鲁就办〔2023〕13号 三、11) on `USER#<uid>` / `TNEEDS`: every answer a top-level attribute (the
 * eligibility check reads `situation` alone), indexed on GSI1 by district and community so staff read a division's
 * 培训需求清单 as one key range.
 */
export type TrainingNeeds = z.output<typeof TrainingNeedsSchema>;

export interface TrainingNeedsRow extends TrainingNeeds {
  userId: string;
  /** The home community when the survey was saved: the division it is counted in. */
  communityCode: string;
}

export function needsView(row: TrainingNeedsRow): TrainingNeeds {
  const { situation, education, skillLevel, wantedCategories, preferredFormats, direction, updatedAt } = row;
  return { situation, education, skillLevel, wantedCategories, preferredFormats, direction, updatedAt };
}

export async function getTrainingNeeds(userId: string): Promise<TrainingNeedsRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.trainingNeeds(userId) }));
  return Item?.entity === 'training-needs' ? (Item as TrainingNeedsRow) : undefined;
}

/** Replaces the whole survey: each answer is a choice made afresh, and the index moves with the home community. */
export async function saveTrainingNeeds(userId: string, communityCode: string, body: z.output<typeof TrainingNeedsBodySchema>, now: string): Promise<TrainingNeedsRow> {
  const row: TrainingNeedsRow = { ...body, userId, communityCode, updatedAt: now };
  await ddb().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.trainingNeeds(userId), ...keys.trainingNeedsInDivision(communityCode, userId), entity: 'training-needs', ...row },
    }),
  );
  return row;
}

/**
 * The surveys of a division, only what the report counts: GSI1 `TNEEDS#<district>`, narrowed with
 * begins_with(GSI1SK, <street or community code>); the city reads its seven districts in parallel.
 */
export async function listNeedsInDivision(code: string): Promise<NeedsRow[]> {
  const narrow = code.length > 6;
  const pages = await Promise.all(
    districtsOf(code).map((district) =>
      queryAll<NeedsRow>({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: narrow ? 'GSI1PK = :pk AND begins_with(GSI1SK, :code)' : 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.trainingNeedsPartition(district), ...(narrow ? { ':code': code } : {}) },
        ProjectionExpression: 'wantedCategories, situation',
      }),
    ),
  );
  return pages.flat();
}

/** A resident who moves is counted in the new community's 培训需求清单; no survey yet, nothing to move. */
export async function moveTrainingNeeds(userId: string, communityCode: string): Promise<void> {
  const index = keys.trainingNeedsInDivision(communityCode, userId);
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.trainingNeeds(userId),
        UpdateExpression: 'SET communityCode = :code, GSI1PK = :pk, GSI1SK = :sk',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':code': communityCode, ':pk': index.GSI1PK, ':sk': index.GSI1SK },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
