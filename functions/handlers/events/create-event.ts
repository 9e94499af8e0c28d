import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffCovers } from '#domain/auth/scope';
import { timesProblem } from '#domain/events/rules';
import { eventView, type EventRow } from '#domain/events/view';
import { getCommunity } from '#adapters/dynamo/divisions';
import { putEvent } from '#adapters/dynamo/events';
import { getOrgs, hasVerifiedBadge } from '#adapters/dynamo/orgs';

/** 供需见面会 in a community the staff member covers (威就办〔2023〕9号 三、7: 社区常态化举办供需见面会、直播带岗). */
export const handler = httpHandler('createEvent', async ({ body, principal }) => {
  const now = Date.now();
  if (!staffCovers(principal, body.communityCode)) throw new AppError('OUT_OF_SCOPE');
  const problem = timesProblem(body, now);
  if (problem) {
    const field = problem.startsWith('开始') ? 'body.startsAt' : 'body.endsAt';
    throw new AppError('VALIDATION_FAILED', `填写的内容有误：${problem}`, [{ field, message: problem }]);
  }
  const [community, orgs] = await Promise.all([getCommunity(body.communityCode), getOrgs(body.orgIds)]);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  const unknown = body.orgIds.filter((id) => !orgs.has(id));
  if (unknown.length) {
    const message = `没有找到参会单位：${unknown.join('、')}，请重新选择`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'body.orgIds', message }]);
  }
  const at = new Date(now).toISOString();
  const row: EventRow = {
    id: `evt-${ulid().toLowerCase()}`,
    title: body.title,
    startsAt: new Date(body.startsAt).toISOString(),
    endsAt: new Date(body.endsAt).toISOString(),
    address: body.address,
    communityCode: community.code,
    communityName: community.name,
    districtCode: community.districtCode,
    lat: community.lat,
    lng: community.lng,
    capacity: body.capacity,
    seatsLeft: body.capacity,
    waitlistCount: 0,
    status: 'open',
    employers: [...new Set(body.orgIds)].map((id) => {
      const org = orgs.get(id)!;
      return { id, name: org.name, verifiedBadge: hasVerifiedBadge(org) };
    }),
    onlineMode: body.onlineMode,
    onlineUrl: body.onlineUrl,
    description: body.description,
    createdBy: principal.userId,
    createdAt: at,
  };
  await putEvent(row);
  return eventView(row, { now });
});
