import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { viewerCentre } from '#commons/nearest-community';
import { trainingSummaryFor, viewerOf } from '#commons/trainings';
import { DAY_MS, weihaiInstant } from '#domain/time/weihai-clock';
import { listTrainingsInDistricts, sessionsOfTrainings } from '#adapters/dynamo/trainings';

/**
 * 附近的培训: the district of the centre (given position, else the resident's home community), nearest first.
 * Trainings are listed per district (the county list, 鲁就办〔2023〕13号 三、11), so one GSI1 query covers it.
 */
export const handler = httpHandler('listTrainings', async ({ query, principal }) => {
  const now = Date.now();
  const given = query.near ? (([lat, lng]) => ({ lat, lng }))(query.near.split(',').map(Number)) : undefined;
  const viewerAt = await viewerCentre(given, principal);
  if (!viewerAt) throw new AppError('LOCATION_REQUIRED');
  const { origin, districtCode } = viewerAt;
  const centre = { lat: origin.lat, lng: origin.lng, source: viewerAt.source };
  // Outside Weihai there is no district to list, which is simply "no trainings near you".
  if (!districtCode) return { items: [], centre };
  const rows = (await listTrainingsInDistricts([districtCode])).filter(
    (row) => (!query.format?.length || query.format.includes(row.format)) && (!query.category?.length || query.category.includes(row.category)),
  );
  // Only sessions not yet started matter to a resident; the GSI1 sort key starts with the start time.
  const nowIso = new Date(now).toISOString();
  const from = query.from ? weihaiInstant(query.from, '00:00') : undefined;
  const to = query.to ? new Date(Date.parse(weihaiInstant(query.to, '00:00')) + DAY_MS).toISOString() : undefined;
  const [sessions, viewer] = await Promise.all([sessionsOfTrainings(rows.map((row) => row.id), nowIso), viewerOf(principal)]);
  const inRange = (startsAt: string) => (!from || startsAt >= from) && (!to || startsAt < to);
  const items = rows
    .filter((row) => (!from && !to) || (sessions.get(row.id) ?? []).some((s) => inRange(s.startsAt)))
    .map((row) => trainingSummaryFor(row, sessions.get(row.id) ?? [], viewer, origin, now))
    // Nearest first; 线上 trainings have no distance and come last.
    .sort((a, b) => (a.distanceMeters ?? Infinity) - (b.distanceMeters ?? Infinity) || a.id.localeCompare(b.id));
  return { items, centre };
});
