import type { DivisionItem } from '@contract';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { getDivision, listDivisionChildren, type DivisionRow } from '#adapters/dynamo/divisions';
import { CITY, communityPath, findCommunity, searchCommunities } from '#domain/divisions/catalog';

const toItem = (row: DivisionRow): DivisionItem => ({
  code: row.code,
  name: row.name,
  level: row.level,
  ...(row.shortName ? { shortName: row.shortName } : {}),
  ...(row.kind ? { kind: row.kind } : {}),
  ...(row.childCount !== undefined ? { childCount: row.childCount } : {}),
  ...(row.level === 'community' && findCommunity(row.code) ? { path: communityPath(findCommunity(row.code)!) } : {}),
});

export const handler = httpHandler('listDivisions', async ({ query }) => {
  const parentCode = query.parent ?? CITY.code;
  const parent = parentCode === CITY.code ? null : await getDivision(parentCode);
  if (parentCode !== CITY.code && (!parent || parent.level === 'community')) {
    throw new AppError('NOT_FOUND', '没有找到这个区市或镇街，请重新选择');
  }
  if (query.q) {
    return { parent: parent ? toItem(parent) : null, items: searchCommunities(query.q, query.parent) };
  }
  const children = await listDivisionChildren(parentCode);
  return { parent: parent ? toItem(parent) : null, items: children.map(toItem) };
});
