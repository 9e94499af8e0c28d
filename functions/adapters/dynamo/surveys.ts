import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { SurveySubject } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import type { SignupRow } from '#domain/signups/signup-row';
import { gigFacts, subsidyFacts, trainingFacts, type SubjectFacts } from '#domain/surveys/subjects';
import type { BookingRow } from '#domain/trainings/views';
import { keys } from './keys';
import { batchGetAll } from './query-all';
import { getSignup } from './signups';
import { getApplication, type SubsidyApplicationRow } from './subsidies';
import { getBooking } from './training-bookings';

/** Satisfaction surveys (#71): the subject read for owner and status, one `SURVEY#` item per subject. */

export interface SurveyRow {
  id: string;
  subject: SurveySubject;
  subjectId: string;
  userId: string;
  score: number;
  comment: string;
  /** The resident's home community when they answered (the counters roll up from it). */
  communityCode: string | null;
  createdAt: string;
}

/** `entity: 'survey'` with subject, score and communityCode is what the stream aggregator counts (MODEL.md #69). */
export const surveyItem = (row: SurveyRow) => ({ ...keys.survey(row.subject, row.subjectId), ...keys.surveyOfUser(row.userId, row.createdAt), entity: 'survey', ...row });

export async function subjectFacts(subject: SurveySubject, subjectId: string): Promise<SubjectFacts | undefined> {
  switch (subject) {
    case 'gig': {
      const row = await getSignup(subjectId);
      return row && gigFacts(row);
    }
    case 'training': {
      const row = await getBooking(subjectId);
      return row && trainingFacts(row);
    }
    case 'subsidy': {
      const row = await getApplication(subjectId);
      return row && subsidyFacts(row);
    }
  }
}

/** False when this subject already has a survey. */
export async function createSurvey(row: SurveyRow): Promise<boolean> {
  try {
    await ddb().send(new PutCommand({ TableName: tableName(), Item: surveyItem(row), ConditionExpression: 'attribute_not_exists(PK)' }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** How far back each list is read: the newest 20 of each kind (ids are ULIDs, so key order is time order). */
const RECENT = 20;

async function newest<T>(partition: string): Promise<T[]> {
  const page = await ddb().send(
    new QueryCommand({
      TableName: tableName(), IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: false, Limit: RECENT,
    }),
  );
  return (page.Items ?? []) as T[];
}

/** The resident's recent gigs, classes and applications, as survey subjects. */
export async function recentSubjectsOf(userId: string): Promise<SubjectFacts[]> {
  const [signups, bookings, applications] = await Promise.all([
    newest<SignupRow>(keys.signupsOfUser(userId)),
    newest<BookingRow>(keys.trainingBookingsOfUser(userId)),
    newest<SubsidyApplicationRow>(keys.subsidyApplicationsOfUser(userId)),
  ]);
  return [...signups.map(gigFacts), ...bookings.map(trainingFacts), ...applications.map(subsidyFacts)];
}

/** Which of these subjects already have a survey, as `subject#subjectId`. */
export async function surveyedAmong(subjects: readonly Pick<SubjectFacts, 'subject' | 'subjectId'>[]): Promise<Set<string>> {
  if (subjects.length === 0) return new Set();
  const found = await batchGetAll<SurveyRow>(subjects.map((s) => keys.survey(s.subject, s.subjectId)));
  return new Set(found.map((row) => `${row.subject}#${row.subjectId}`));
}
