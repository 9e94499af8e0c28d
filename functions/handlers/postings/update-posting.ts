import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { checkPosting, employerOrg, ownPosting, storedPosting } from '#commons/postings';
import { replacePosting } from '#adapters/dynamo/postings';
import { postingStatus, postingView } from '#domain/posting/posting-view';

const ATTEMPTS = 5;

/**
 * Edits a draft or an open posting. People who signed up agreed to its times, so those stay fixed once anyone
 * holds a seat or waits; headcount may not drop below the seats taken, nor grow while people wait (they would
 * wait beside a free seat).
 */
export const handler = httpHandler('updatePosting', async ({ params, body, principal }) => {
  const org = await employerOrg(principal);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = Date.now();
    const before = await ownPosting(params.jobId, org, true);
    const status = postingStatus(before, now);
    if (status !== 'open' && status !== 'draft') throw new AppError('JOB_NOT_EDITABLE');
    const times = checkPosting(body, org, now);
    const taken = before.headcount - before.headcountLeft;
    const waiting = before.waitlistCount ?? 0;
    if ((taken > 0 || waiting > 0) && (times.startsAt !== before.startsAt || times.endsAt !== before.endsAt || !body.publish)) throw new AppError('JOB_HAS_SIGNUPS');
    if (body.headcount < taken) throw new AppError('HEADCOUNT_BELOW_TAKEN', `已有 ${taken} 人报名，招聘人数不能少于 ${taken}`);
    if (waiting > 0 && body.headcount > before.headcount) throw new AppError('JOB_HAS_SIGNUPS', '有人在候补，暂时不能增加人数：请让社区先递补候补人员');
    const after = await storedPosting(body, org, times, { id: before.id, headcountLeft: body.headcount - taken, waitlistCount: waiting, createdAt: before.createdAt, publishedAt: publishedBefore(before) }, new Date(now).toISOString());
    if (await replacePosting(before as typeof before & Record<string, unknown>, after)) return postingView(after, now);
  }
  throw new AppError('CONFLICT', '报名人数正在变化，请稍后再保存');
});

/** Postings from before `publishedAt` count as published at creation unless still drafts (as domain/stats/deltas.ts reads them). */
const publishedBefore = (row: { publishedAt?: string | null; status: string; createdAt: string }) =>
  row.publishedAt !== undefined ? row.publishedAt : row.status === 'draft' ? null : row.createdAt;
