import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { readCounters } from '#adapters/dynamo/stats';
import { levelOfCode, staffCovers } from '#domain/auth/scope';
import { divisionOf } from '#domain/labour-demand/aggregate';
import { childCodes, currentYear } from '#domain/stats/dashboard';
import { counterKey } from '#domain/stats/rollup';
import { surveyFigures } from '#domain/surveys/summary';

/**
 * 辖区满意度 (#71): the division's counter item of the current Weihai year and one per child division — one
 * BatchGet of at most 1 + 89 items (the largest street), however many surveys there are. A street lists only
 * the communities that have surveys; the city and a district list every child, zeros included.
 */
export const handler = httpHandler('surveySummary', async ({ query, principal }) => {
  const code = query.division ?? principal.staff!.divisionCode;
  if (!staffCovers(principal, code)) throw new AppError('OUT_OF_SCOPE');
  const division = divisionOf(code);
  if (!division) throw new AppError('DIVISION_NOT_FOUND');
  const period = currentYear(Date.now());
  const children = childCodes(code);
  const counters = await readCounters([code, ...children].map((c) => ({ division: c, period })));
  const figures = surveyFigures(counters.get(counterKey(code, period)));
  const childFigures = children
    .map((c) => ({ code: c, name: divisionOf(c)?.name ?? c, ...surveyFigures(counters.get(counterKey(c, period))) }))
    .filter((c) => levelOfCode(code) !== 'street' || c.count > 0)
    .map(({ code: c, name, count, average }) => ({ code: c, name, count, average }));
  return { division: { code, name: division.name }, ...figures, children: childFigures };
});
