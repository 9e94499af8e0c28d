import type { JobRow } from '#adapters/dynamo/jobs';
import { messagePut } from '#adapters/dynamo/notifications';
import type { TransactItem } from '../transact';

/** The page a recommended job opens (src/utils/routes.ts jobDetail). Not `from=recommendation`: staff already counted it. */
export const jobPageLink = (jobId: string) => `/packages/jobs/pages/detail/index?id=${encodeURIComponent(jobId)}`;

/** 社区为您推荐了一个岗位: the resident's inbox note, committed with the 岗位推荐 record. */
export function jobRecommendedNote(userId: string, job: JobRow, staffName: string | null, communityName: string, now: string): TransactItem {
  const who = staffName ? `${communityName}的${staffName}` : communityName;
  return messagePut(
    userId,
    'job_recommended',
    {
      title: '社区为您推荐了一个岗位',
      body: `${who}为您推荐「${job.title}」（${job.orgName}，${job.payAmount} ${job.payUnit}）。点开看看，合适就报名。`,
      link: jobPageLink(job.id),
    },
    now,
  );
}
