import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { getUser } from '#adapters/dynamo/users';
import { needsView, saveTrainingNeeds } from '#adapters/dynamo/training-needs';

/**
 * 「四清」: 基本情况, 技能水平, 培训意愿, 就业方向 (鲁就办〔2023〕13号 三、11). The survey is counted in the resident's home
 * community's 培训需求清单, so without a home community there is nowhere to count it.
 */
export const handler = httpHandler('putTrainingNeeds', async ({ principal, body }) => {
  const home = (await getUser(principal.userId))?.homeCommunityCode;
  if (!home) throw new AppError('HOME_COMMUNITY_REQUIRED');
  return needsView(await saveTrainingNeeds(principal.userId, home, body, new Date().toISOString()));
});
