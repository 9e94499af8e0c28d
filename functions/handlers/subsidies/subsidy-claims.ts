import { staffCovers } from '#domain/auth/scope';
import { displayDistrictName } from '#domain/divisions/catalog';
import { weihaiDate } from '#domain/time/weihai-clock';
import { httpHandler } from '#commons/http';
import { assertClaimsDesk } from '#commons/subsidies/access';
import { applicationView } from '#commons/subsidies/application-view';
import { placesOfEntity, placesOfPerson } from '#commons/subsidies/facts';
import { idHashOf, validIdNumber } from '#commons/subsidies/identity';
import { canVoid } from '#domain/subsidies/review-flow';
import { getApplication, placeHolders } from '#adapters/dynamo/subsidies';
import { keys } from '#adapters/dynamo/keys';

/**
 * 名额核查: the one-time places a 身份证号 or 统一社会信用代码 holds, each with the application holding it. Staff see the
 * application when it is in their district (or they are city staff), else only which district to ask.
 */
export const handler = httpHandler('subsidyClaims', async ({ query, principal }) => {
  assertClaimsDesk(principal);
  const places = query.creditCode ? placesOfEntity(query.creditCode) : placesOfPerson(idHashOf(validIdNumber(query.idNumber!, 'query.idNumber')), weihaiDate(Date.now()));
  const holders = await placeHolders(places);
  const claims = [];
  for (const place of places) {
    const applicationId = holders.get(keys.subsidyOnce(place.policyId, place.subject).PK);
    const row = applicationId ? await getApplication(applicationId) : undefined;
    if (!row) continue;
    const inScope = staffCovers(principal, row.communityCode);
    claims.push({
      place: place.label,
      policyId: place.policyId,
      districtName: displayDistrictName(row.communityCode.slice(0, 6)),
      application: inScope ? await applicationView(row, { documentLinks: true }) : null,
      canVoid: inScope && canVoid(row.status),
    });
  }
  return { claims };
});
