import type { PostingBodySchema } from '@contract';
import type { z } from 'zod';
import { ulid } from 'ulid';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getJob } from '#adapters/dynamo/jobs';
import { getOrg, hasVerifiedBadge, type OrgRow } from '#adapters/dynamo/orgs';
import type { StoredPosting } from '#adapters/dynamo/postings';
import { getUser } from '#adapters/dynamo/users';
import type { Principal } from '#domain/auth/principal';
import { cellOf } from '#domain/divisions/geo';
import { postingProblem, requirementLines } from '#domain/posting/posting-rules';
import { postingTimes } from '#domain/posting/posting-times';
import type { PostingRow } from '#domain/posting/posting-view';
import { AppError } from './errors';

type PostingInput = z.output<typeof PostingBodySchema>;

/** The caller's organisation, read from the account (a token from before registering has no org in it). */
export async function employerOrg(principal: Principal): Promise<OrgRow> {
  const orgId = principal.orgId ?? (await getUser(principal.userId))?.orgId;
  const org = orgId ? await getOrg(orgId) : undefined;
  if (!org) throw new AppError('ORG_REQUIRED');
  return org;
}

/** One of the caller's organisation's jobs; another organisation's is 403, a missing one 404. */
export async function ownPosting(jobId: string, org: OrgRow, consistent = false): Promise<PostingRow & { orgId?: string }> {
  const job = await getJob(jobId, consistent);
  if (!job) throw new AppError('JOB_NOT_FOUND');
  if (job.orgId !== org.id) throw new AppError('NOT_YOUR_JOB');
  return job as unknown as PostingRow & { orgId?: string };
}

/** Checks a posting against the anti-scam list, the minimum wage and the clock, and the org's right to publish. */
export function checkPosting(body: PostingInput, org: OrgRow, now: number) {
  const times = postingTimes(body.schedule);
  const problem = postingProblem(body, times, now);
  if (problem?.code === 'POSTING_REJECTED') {
    const reasons = problem.findings.map((f) => `${f.reason}（「${f.matched}」）`);
    throw new AppError('POSTING_REJECTED', `岗位内容不符合平台规定：${reasons.join('；')}`, problem.findings);
  }
  if (problem?.code === 'PAY_BELOW_MINIMUM') throw new AppError('PAY_BELOW_MINIMUM', problem.message, [{ field: 'body.payAmount', message: problem.message }]);
  if (problem?.code === 'SHIFT_IN_PAST') throw new AppError('SHIFT_IN_PAST', undefined, [{ field: 'body.schedule', message: '工作时间已经过去了' }]);
  if (body.publish && !hasVerifiedBadge(org)) throw new AppError('ORG_NOT_VERIFIED');
  return times;
}

/**
 * The stored posting for a body: where it is (the org's own point when it posts in its own community, else the
 * community's), when, and what residents read. Seats and identity come from `base` on an edit.
 */
export async function storedPosting(body: PostingInput, org: OrgRow, times: ReturnType<typeof postingTimes>, base: { id?: string; headcountLeft?: number; waitlistCount?: number; createdAt?: string; publishedAt?: string | null }, nowIso: string): Promise<StoredPosting> {
  const community = await getCommunity(body.communityCode);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  const point = org.communityCode === community.code ? { lat: org.lat, lng: org.lng } : { lat: community.lat, lng: community.lng };
  return {
    id: base.id ?? `job-${ulid()}`,
    orgId: org.id, orgName: org.name, orgVerified: hasVerifiedBadge(org),
    title: body.title, type: body.type, payAmount: body.payAmount, payUnit: body.payUnit,
    schedule: body.schedule, scheduleLabel: times.scheduleLabel, startsAt: times.startsAt, endsAt: times.endsAt,
    headcount: body.headcount, headcountLeft: base.headcountLeft ?? body.headcount, waitlistCount: base.waitlistCount ?? 0, waitlistEnabled: body.waitlistEnabled,
    ageMin: body.ageMin, ageMax: body.ageMax, tags: body.tags, skills: body.skills, description: body.description,
    requirements: requirementLines(body), extraRequirements: body.requirements, address: body.address,
    communityCode: community.code, streetCode: community.streetCode, districtCode: community.districtCode,
    lat: point.lat, lng: point.lng, geohash9: cellOf(point, 9), coordSource: 'generated',
    status: body.publish ? 'open' : 'draft', templateId: body.templateId, hiddenReason: null,
    // The first publication stays the one the dashboard counts (back to draft and out again is still one job).
    publishedAt: base.publishedAt ?? (body.publish ? nowIso : null),
    createdAt: base.createdAt ?? nowIso, updatedAt: nowIso,
  };
}
