import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { requirePerson } from '#commons/assistance/access';
import { jobRecommendedNote } from '#commons/assistance/job-notice';
import { personView, serviceView, communityLabel } from '#commons/assistance/person-view';
import { commitService } from '#commons/assistance/record-service';
import { linkedResident } from '#commons/assistance/resident-link';
import { weihaiDate } from '#domain/time/weihai-clock';
import { getJob } from '#adapters/dynamo/jobs';
import { getUser } from '#adapters/dynamo/users';

/**
 * 记一次服务 (#65): the record and the person's 「12333」 dates in one transaction. A 岗位推荐 naming a job also puts the
 * note in the linked resident's 「我的消息」 in that same transaction, so "recorded" and "sent" cannot disagree.
 */
export const handler = httpHandler('addService', async ({ params, body, principal }) => {
  const now = Date.now();
  const today = weihaiDate(now);
  if (body.date > today) throw new AppError('SERVICE_DATE_IN_FUTURE');
  const person = await requirePerson(params.personId, principal);
  const jobId = body.type === '岗位推荐' ? body.jobId : null;
  const job = jobId ? await getJob(jobId) : undefined;
  if (jobId && (!job || job.status === 'draft' || job.status === 'hidden')) throw new AppError('JOB_NOT_FOUND');
  const [staff, resident] = await Promise.all([getUser(principal.userId), job ? linkedResident(person) : null]);
  const staffName = staff?.name ?? null;
  const community = communityLabel(person.communityCode).name;
  const outcome = await commitService(
    person.id,
    { type: body.type, date: body.date, content: body.content, outcome: body.outcome, source: 'staff', recordedBy: staffName, jobId: job?.id ?? null },
    now,
    // the link is read again with the person on every attempt: an entry unlinked meanwhile sends nothing
    (fresh) => (job && resident && fresh.linkedUserId === resident.userId ? [jobRecommendedNote(resident.userId, job, staffName, community, new Date(now).toISOString())] : []),
  );
  if (!outcome.committed) throw new AppError('BUSY');
  const notified = !!(job && resident && outcome.person.linkedUserId === resident.userId);
  return { service: serviceView(outcome.record), person: personView(outcome.person, today, await linkedResident(outcome.person)), notified };
});
