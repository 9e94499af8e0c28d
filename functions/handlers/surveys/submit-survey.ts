import { ulid } from 'ulid';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { createSurvey, subjectFacts, type SurveyRow } from '#adapters/dynamo/surveys';
import { getUser } from '#adapters/dynamo/users';
import { surveyVerdict } from '#domain/surveys/subjects';

/**
 * 满意度评价 (#71): only the resident's own finished subject, once. It is counted for the resident's home community
 * at the time (their community is whose service is rated), else where the service happened.
 */
export const handler = httpHandler('submitSurvey', async ({ body, principal }) => {
  const [facts, user] = await Promise.all([subjectFacts(body.subject, body.subjectId), getUser(principal.userId)]);
  const verdict = surveyVerdict(facts, principal.userId);
  if (verdict === 'not-found') throw new AppError('SURVEY_SUBJECT_NOT_FOUND');
  if (verdict === 'not-due') throw new AppError('SURVEY_NOT_DUE');
  const row: SurveyRow = {
    id: ulid(), subject: body.subject, subjectId: body.subjectId, userId: principal.userId, score: body.score, comment: body.comment,
    communityCode: user?.homeCommunityCode ?? facts?.communityCode ?? null, createdAt: new Date().toISOString(),
  };
  if (!(await createSurvey(row))) throw new AppError('ALREADY_SURVEYED');
  return { id: row.id, subject: row.subject, subjectId: row.subjectId, score: row.score, comment: row.comment, createdAt: row.createdAt };
});
