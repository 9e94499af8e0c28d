import { httpHandler } from '#commons/http';
import { orgIdOf } from '#commons/trainings';
import { DAY_MS } from '#domain/time/weihai-clock';
import { staffDistricts } from '#domain/trainings/rules';
import { trainingDetailView } from '#domain/trainings/views';
import { listTrainingsInDistricts, listTrainingsOfProvider, sessionsOfTrainings } from '#adapters/dynamo/trainings';

/** Sessions this far back stay on the staff page, so attendance can still be taken after class. */
const LOOKBACK_DAYS = 30;

/**
 * Staff: the trainings of every district their scope touches (street and community staff see their district's,
 * read-only: publishing is for 区市/市). Employers: the trainings their organisation runs as provider.
 */
export const handler = httpHandler('staffTrainings', async ({ principal }) => {
  const now = Date.now();
  const orgId = await orgIdOf(principal);
  const rows = principal.role === 'staff' ? await listTrainingsInDistricts(staffDistricts(principal)) : orgId ? await listTrainingsOfProvider(orgId) : [];
  const sessions = await sessionsOfTrainings(rows.map((row) => row.id), new Date(now - LOOKBACK_DAYS * DAY_MS).toISOString());
  const items = rows
    .sort((a, b) => a.districtCode.localeCompare(b.districtCode) || b.createdAt.localeCompare(a.createdAt))
    .map((row) => trainingDetailView(row, sessions.get(row.id) ?? [], { now }));
  return { items };
});
