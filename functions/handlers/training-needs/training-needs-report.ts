import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffCovers } from '#domain/auth/scope';
import { DISTRICTS, districtsOf } from '#domain/divisions/catalog';
import { serviceCircleFor } from '#domain/divisions/service-circle';
import { divisionOf } from '#domain/labour-demand/aggregate';
import { needsReport, sessionsByCategory, withinReach, type SupplyScope } from '#domain/trainings/needs-report';
import { getCommunity } from '#adapters/dynamo/divisions';
import { listNeedsInDivision } from '#adapters/dynamo/training-needs';
import { listTrainingsInDistricts, sessionsOfTrainings } from '#adapters/dynamo/trainings';

/** A community reaches its service circle, which may cross a district line; higher levels reach their district(s). */
async function supplyScopeOf(code: string): Promise<{ scope: SupplyScope; districts: string[] }> {
  const community = code.length === 12 ? await getCommunity(code) : undefined;
  if (!community) return { scope: { kind: 'districts', districtCodes: districtsOf(code) }, districts: districtsOf(code) };
  const scope: SupplyScope = { kind: 'circle', centre: community, radiusMeters: serviceCircleFor(community.kind).radiusMeters, districtCode: code.slice(0, 6) };
  return { scope, districts: DISTRICTS.map((d) => d.code) };
}

/**
 * 培训需求清单 against supply (鲁就办〔2023〕13号 三、11): what the residents of a division want to learn, and how many
 * sessions they can reach in the next 60 days. Staff see their own division by default, or any beneath it (四级联动).
 */
export const handler = httpHandler('trainingNeedsReport', async ({ query, principal }) => {
  const code = query.division ?? principal.staff?.divisionCode;
  if (!code) throw new AppError('OUT_OF_SCOPE');
  const division = divisionOf(code);
  if (!division) throw new AppError('NOT_FOUND', '没有找到这个区划，请从列表中选择');
  if (!staffCovers(principal, code)) throw new AppError('OUT_OF_SCOPE');
  const now = Date.now();
  const { scope, districts } = await supplyScopeOf(code);
  const [rows, trainings] = await Promise.all([listNeedsInDivision(code), listTrainingsInDistricts(districts)]);
  const reachable = trainings.filter((row) => withinReach({ ...row, location: row }, scope));
  const sessions = await sessionsOfTrainings(reachable.map((row) => row.id), new Date(now).toISOString());
  const supply = reachable.map((row) => ({ category: row.category, sessionStarts: (sessions.get(row.id) ?? []).map((s) => s.startsAt) }));
  return needsReport({ code: division.code, name: division.name }, rows, sessionsByCategory(supply, now));
});
