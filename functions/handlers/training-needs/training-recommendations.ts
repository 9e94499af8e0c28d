import { httpHandler } from '#commons/http';
import { liveBookingsBySession, trainingSummaryFor } from '#commons/trainings';
import { matchesWants, recommendTrainings } from '#domain/trainings/recommend';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getTrainingNeeds } from '#adapters/dynamo/training-needs';
import { listTrainingsInDistricts, sessionsOfTrainings } from '#adapters/dynamo/trainings';
import { getUser } from '#adapters/dynamo/users';

/**
 * Trainings of the resident's district picked from their 「四清」 answers (鲁就办〔2023〕13号 三、11), each with its reasons.
 * Sessions are read only for trainings that match a wanted category or a preferred format.
 */
export const handler = httpHandler('trainingRecommendations', async ({ principal }) => {
  const needs = await getTrainingNeeds(principal.userId);
  if (!needs) return { items: [], needsFilled: false };
  const now = Date.now();
  const [user, myBookings] = await Promise.all([getUser(principal.userId), liveBookingsBySession(principal.userId)]);
  // The survey remembers where it was filled in, should the profile lose its community since.
  const home = await getCommunity(user?.homeCommunityCode ?? needs.communityCode);
  const districtCode = (home?.code ?? needs.communityCode).slice(0, 6);
  const candidates = (await listTrainingsInDistricts([districtCode])).filter((row) => matchesWants(row, needs));
  const sessions = await sessionsOfTrainings(candidates.map((row) => row.id), new Date(now).toISOString());
  // 基本情况 comes from the survey already in hand, not a second read of it.
  const viewer = { facts: { birthYear: user?.birthYear ?? null, assistedCategories: user?.assistedCategories ?? [], situation: needs.situation }, myBookings };
  const summaries = candidates.map((row) => trainingSummaryFor(row, sessions.get(row.id) ?? [], viewer, home ?? null, now));
  return { items: recommendTrainings(needs, summaries, now).map(({ training, reasons }) => ({ training, reasons })), needsFilled: true };
});
