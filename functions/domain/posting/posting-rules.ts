import type { PostingBodySchema } from '@contract';
import type { z } from 'zod';
import { belowMinimumWage, minimumWageOn } from './minimum-wage';
import { weihaiDate } from '../time/weihai-clock';
import type { PostingTimes } from './posting-times';
import { scamFindings, type ScamFinding } from './scam-terms';

export type PostingInput = z.output<typeof PostingBodySchema>;

/** What stops a posting from being saved or published, most serious first. */
export type PostingProblem =
  | { code: 'POSTING_REJECTED'; findings: ScamFinding[] }
  | { code: 'PAY_BELOW_MINIMUM'; message: string }
  | { code: 'SHIFT_IN_PAST' };

/** Every text a worker reads on the posting, where fee demands or off-platform contacts could hide. */
export const postingTexts = (p: PostingInput) => [p.title, p.description, p.address, ...p.requirements, ...p.skills];

/**
 * Fee and deposit demands are refused even in drafts (they would be published as written); the minimum wage and
 * a start in the future are checked when publishing, so a half-finished draft can be saved.
 */
export function postingProblem(posting: PostingInput, times: PostingTimes, now: number): PostingProblem | undefined {
  const findings = scamFindings(postingTexts(posting));
  if (findings.length) return { code: 'POSTING_REJECTED', findings };
  if (!posting.publish) return undefined;
  const wage = minimumWageOn(posting.communityCode, weihaiDate(now));
  const below = wage && belowMinimumWage({ amount: posting.payAmount, unit: posting.payUnit, shiftHours: times.shiftHours }, wage);
  if (below) return { code: 'PAY_BELOW_MINIMUM', message: below };
  const mustStartAfter = posting.schedule.kind === 'once' ? Date.parse(times.startsAt) : Date.parse(times.endsAt);
  if (mustStartAfter <= now) return { code: 'SHIFT_IN_PAST' };
  return undefined;
}

/** The lines residents read under 要求: the age range first, then the employer's own lines. */
export function requirementLines(posting: Pick<PostingInput, 'ageMin' | 'ageMax' | 'requirements' | 'tags'>): string[] {
  const { ageMin, ageMax } = posting;
  const age =
    ageMin !== null && ageMax !== null ? `年龄 ${ageMin}-${ageMax} 周岁`
    : ageMin !== null ? `年满 ${ageMin} 周岁`
    : ageMax !== null ? `年龄 ${ageMax} 周岁以下`
    : null;
  return [...(age ? [age] : []), ...(posting.tags.includes('无经验可') ? ['无需经验'] : []), ...posting.requirements];
}
