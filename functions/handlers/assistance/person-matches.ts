import { httpHandler } from '#commons/http';
import { requirePerson } from '#commons/assistance/access';
import { personMatches } from '#commons/assistance/person-matches';

/** 为援助对象匹配: jobs and trainings within the person's service circle, with reasons (see commons/assistance/person-matches.ts). */
export const handler = httpHandler('personMatches', async ({ params, principal }) => personMatches(await requirePerson(params.personId, principal), Date.now()));
