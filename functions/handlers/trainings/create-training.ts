import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffCovers } from '#domain/auth/scope';
import { canPublishTrainings } from '#domain/trainings/rules';
import { trainingDetailView, type TrainingRow } from '#domain/trainings/views';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getOrg } from '#adapters/dynamo/orgs';
import { putTraining } from '#adapters/dynamo/trainings';

/**
 * 发布培训项目: an item of the county-level 职业技能培训通用项目清单 with 培训内容、培训学时、参训要求、补贴标准
 * (鲁就办〔2023〕13号 三、11), so only 区市 and 市 staff publish; the place must be in their area.
 */
export const handler = httpHandler('createTraining', async ({ body, principal }) => {
  const now = Date.now();
  if (!canPublishTrainings(principal)) throw new AppError('FORBIDDEN', '培训项目由区市人社部门发布；社区和街道工作人员请联系区市工作人员');
  if (!staffCovers(principal, body.communityCode)) throw new AppError('OUT_OF_SCOPE');
  const [community, provider] = await Promise.all([getCommunity(body.communityCode), body.providerOrgId ? getOrg(body.providerOrgId) : undefined]);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  if (body.providerOrgId && !provider) throw new AppError('ORG_NOT_FOUND', '没有找到这个培训机构的单位账号，请重新选择');
  const row: TrainingRow = {
    id: `trn-${ulid().toLowerCase()}`,
    title: body.title,
    type: body.type,
    category: body.category,
    format: body.format,
    content: body.content,
    hours: body.hours,
    requirements: body.requirements,
    eligibility: body.eligibility,
    subsidyStandard: body.subsidyStandard,
    provider: body.provider,
    providerOrgId: body.providerOrgId,
    address: body.address,
    communityCode: community.code,
    districtCode: community.districtCode,
    lat: community.lat,
    lng: community.lng,
    createdBy: principal.userId,
    createdAt: new Date(now).toISOString(),
  };
  await putTraining(row);
  return trainingDetailView(row, [], { now });
});
