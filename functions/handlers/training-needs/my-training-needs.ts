import { httpHandler } from '#commons/http';
import { getTrainingNeeds, needsView } from '#adapters/dynamo/training-needs';

/** The resident's own 「四清」 survey (鲁就办〔2023〕13号 三、11), or null before it is first filled in. */
export const handler = httpHandler('myTrainingNeeds', async ({ principal }) => {
  const row = await getTrainingNeeds(principal.userId);
  return { needs: row ? needsView(row) : null };
});
