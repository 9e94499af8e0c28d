import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { nanhaiTowns, selectedItems, selectionResponse } from '#commons/brand';
import { staffName } from '#commons/stations';
import { saveBrandSelection, type BrandSelectionRow } from '#adapters/dynamo/brand';
import { staffCovers } from '#domain/auth/scope';
import { selectionProblems } from '#domain/brand/selection';
import { findCommunity } from '#domain/divisions/catalog';

/**
 * 保存品牌社区评选 (#72): city staff only (the policy makes it the city's decision). The whole selection is replaced,
 * conditional on the version read; a selection that breaks a zone quota or a grade limit is refused with the rule
 * it breaks (409 BRAND_QUOTA_EXCEEDED), never trimmed.
 */
export const handler = httpHandler('brandSelection', async ({ body, principal }) => {
  if (principal.staff?.level !== 'city') throw new AppError('CITY_STAFF_ONLY');
  const outside = body.items.filter((i) => !staffCovers(principal, i.communityCode));
  if (outside.length) throw new AppError('OUT_OF_SCOPE', `社区 ${outside.map((i) => i.communityCode).join('、')} 不在威海市`);
  const unknown = body.items.map((item, index) => ({ item, index })).filter(({ item }) => !findCommunity(item.communityCode));
  if (unknown.length) {
    throw new AppError('VALIDATION_FAILED', `没有这个社区：${unknown[0].item.communityCode}`, unknown.map(({ index }) => ({ field: `body.items.${index}.communityCode`, message: '没有这个社区' })));
  }
  const towns = nanhaiTowns();
  const problems = selectionProblems(selectedItems(body.items, towns));
  if (problems.length) throw new AppError('BRAND_QUOTA_EXCEEDED', `${problems[0].message}，请调整后再保存`, problems.map((p) => ({ field: 'body.items', message: p.message })));
  const row: BrandSelectionRow = { year: body.year, items: body.items, version: body.expectedVersion + 1, updatedAt: new Date().toISOString(), updatedBy: await staffName(principal.userId) };
  if (!(await saveBrandSelection(row, body.expectedVersion, principal.userId))) throw new AppError('BRAND_SELECTION_CHANGED');
  return selectionResponse(row, towns);
});
