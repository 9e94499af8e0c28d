import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { decryptPii } from '#commons/pii';
import { getCommunity } from '#adapters/dynamo/divisions';
import { listResidentsOfCommunity } from '#adapters/dynamo/users';
import { maskPhone } from '#domain/privacy/mask';

export const handler = httpHandler('listCommunityResidents', async ({ params, query }) => {
  const community = await getCommunity(params.code);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  const { rows, nextCursor } = await listResidentsOfCommunity(community.code, query.limit, query.cursor);
  return {
    community: { code: community.code, name: community.name },
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      phoneMasked: row.phoneEnc ? maskPhone(decryptPii(row.phoneEnc)) : null,
      homeCommunityCode: community.code,
      joinedAt: row.createdAt,
      noShowCount: row.noShowCount ?? 0,
      completedCount: row.completedCount ?? 0,
    })),
    nextCursor,
  };
});
