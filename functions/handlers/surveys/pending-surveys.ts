import { httpHandler } from '#commons/http';
import { recentSubjectsOf, surveyedAmong } from '#adapters/dynamo/surveys';
import { pendingSurveys, surveyVerdict } from '#domain/surveys/subjects';

/** 待评价 (#71): the newest finished gigs, classes and decisions that have no survey yet. */
export const handler = httpHandler('pendingSurveys', async ({ principal }) => {
  const due = (await recentSubjectsOf(principal.userId)).filter((f) => surveyVerdict(f, principal.userId) === 'due');
  const surveyed = await surveyedAmong(due);
  const items = pendingSurveys(due, surveyed, principal.userId, Date.now());
  return { items: items.map((f) => ({ subject: f.subject, subjectId: f.subjectId, title: f.title, finishedAt: f.finishedAt! })) };
});
