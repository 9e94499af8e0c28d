import type { LabourDemandResponse } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { childrenDemand, divisionOf, employerDemand, sumFigures } from '#domain/labour-demand/aggregate';
import { openPostingsOfOrgs } from '#adapters/dynamo/labour-demand';
import { listOrgsInDivision } from '#adapters/dynamo/orgs';
import { AppError } from './errors';

/**
 * The 社区用工数据库 of a division (鲁就办〔2023〕13号 三、15; 威就办〔2023〕9号 三、8), for the view and the export alike.
 * Staff see their own division by default, or any division beneath it (四级联动, 威就办〔2023〕9号 四、1).
 */
export async function loadLabourDemand(principal: Principal, requested: string | undefined, now = new Date()): Promise<LabourDemandResponse> {
  const code = requested ?? principal.staff?.divisionCode;
  if (!code) throw new AppError('OUT_OF_SCOPE');
  const division = divisionOf(code);
  if (!division) throw new AppError('NOT_FOUND', '没有找到这个区划，请从列表中选择');
  if (!staffCovers(principal, code)) throw new AppError('OUT_OF_SCOPE');
  const nowIso = now.toISOString();
  const orgs = await listOrgsInDivision(code);
  const postings = await openPostingsOfOrgs(orgs.map((org) => org.id), nowIso);
  const employers = orgs
    .map((org) => employerDemand(org, postings.get(org.id) ?? []))
    // 缺工 first: the employers the station can help most come to the top.
    .sort((a, b) => b.figures.shortage - a.figures.shortage || a.communityCode.localeCompare(b.communityCode) || a.name.localeCompare(b.name, 'zh'));
  return { division, totals: sumFigures(employers), children: childrenDemand(code, employers), employers, generatedAt: nowIso };
}
