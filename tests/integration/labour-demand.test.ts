import ExcelJS from 'exceljs';
import { handler as labourDemand } from '../../functions/handlers/labour-demand/labour-demand';
import { handler as labourDemandExport } from '../../functions/handlers/labour-demand/labour-demand-export';
import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { offset, putJob, putResident } from './fixtures';
import { freeCommunity, putOrg } from './fixtures-employers';
import { invoke, tokenFor } from './invoke';

// Open countryside with no seeded jobs, so these postings never crowd another test's feed.
const FIELD = { lat: 36.75, lng: 120.9 };
const STREET = '371003001';
const COMMUNITY = freeCommunity(STREET);
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

const staffOf = (divisionCode: string) =>
  tokenFor({ userId: `staff-demand-${divisionCode}`, role: 'staff', staff: { level: ({ 4: 'city', 6: 'district', 9: 'street', 12: 'community' } as const)[divisionCode.length as 4 | 6 | 9 | 12], divisionCode } });
const demandOf = async (division: string, token?: string) => invoke(labourDemand, { token: token ?? (await staffOf(division)), query: { division } });

type Figures = Record<'employers' | 'headcount' | 'openPostings' | 'positions' | 'signedUp' | 'shortage', number>;
const minus = (a: Figures, b: Figures) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - b[k as keyof Figures]]));
const EXPECTED = { employers: 2, headcount: 16, openPostings: 3, positions: 10, signedUp: 4, shortage: 6 };

describe('社区用工数据库', () => {
  let streetBefore: Figures;
  let districtBefore: Figures;
  let cityChildBefore: Figures;

  beforeAll(async () => {
    streetBefore = (await demandOf(STREET)).body.totals;
    districtBefore = (await demandOf('371003')).body.totals;
    cityChildBefore = (await demandOf('3710')).body.children.find((c: { code: string }) => c.code === '371003').figures;

    await putOrg('org-demand-a', COMMUNITY, { name: '测试甲物业有限公司', headcount: 12, conditions: '包午餐, 按月结算' });
    await putOrg('org-demand-b', COMMUNITY, { name: '测试乙便民超市', type: '个体工商户', headcount: 4, conditions: '', status: 'revoked' });
    const job = (id: string, orgId: string, extra: Record<string, unknown>) =>
      putJob(id, offset(FIELD, 30 * id.length), { orgId, communityCode: COMMUNITY, startsAt: hoursFromNow(48), endsAt: hoursFromNow(52), ...extra });
    await job('demand-a1', 'org-demand-a', { title: '保洁', headcount: 5, headcountLeft: 5, payAmount: 25, payUnit: '元/小时' });
    await job('demand-a2', 'org-demand-a', { title: '绿化', headcount: 3, headcountLeft: 3, payAmount: 150, payUnit: '元/天', ageMin: 18, ageMax: 60, tags: ['无经验可'] } as never);
    await job('demand-a3', 'org-demand-a', { headcount: 9, headcountLeft: 9, status: 'closed' });
    await job('demand-a4', 'org-demand-a', { headcount: 7, headcountLeft: 7, startsAt: hoursFromNow(-30), endsAt: hoursFromNow(-26) });
    await job('demand-b1', 'org-demand-b', { title: '理货', headcount: 2, headcountLeft: 0 });
    // Two real sign-ups take two of a1's five seats.
    for (const id of ['user-demand-1', 'user-demand-2']) {
      const token = await putResident(id, { homeCommunityCode: COMMUNITY });
      expect((await invoke(createSignup, { token, params: { jobId: 'demand-a1' } })).status).toBe(201);
    }
  });

  it('per employer: 用工数量, open postings, sign-ups, 缺工 and 用工条件', async () => {
    const { status, body } = await demandOf(COMMUNITY);
    expect(status).toBe(200);
    expect(body.division).toMatchObject({ code: COMMUNITY, level: 'community' });
    expect(body.totals).toEqual(EXPECTED);
    expect(body.children).toEqual([]);
    const a = body.employers.find((e: { orgId: string }) => e.orgId === 'org-demand-a');
    expect(a).toMatchObject({ verifiedBadge: true, figures: { headcount: 12, openPostings: 2, positions: 8, signedUp: 2, shortage: 6 } });
    expect(a.conditions).toEqual(['包午餐, 按月结算', '保洁 25 元/小时', '绿化 150 元/天，18–60 岁，无经验可']);
    const b = body.employers.find((e: { orgId: string }) => e.orgId === 'org-demand-b');
    expect(b).toMatchObject({ verifiedBadge: false, type: '个体工商户', figures: { headcount: 4, openPostings: 1, positions: 2, signedUp: 2, shortage: 0 } });
  });

  it('the street, district and city include the community', async () => {
    const street = await demandOf(STREET);
    expect(minus(street.body.totals, streetBefore)).toEqual(EXPECTED);
    expect(street.body.children.find((c: { code: string }) => c.code === COMMUNITY).figures).toEqual(EXPECTED);
    const district = await demandOf('371003');
    expect(minus(district.body.totals, districtBefore)).toEqual(EXPECTED);
    expect(district.body.children.map((c: { code: string }) => c.code)).toContain(STREET);
    const city = await demandOf('3710');
    expect(city.body.children).toHaveLength(7);
    expect(minus(city.body.children.find((c: { code: string }) => c.code === '371003').figures, cityChildBefore)).toEqual(EXPECTED);
  });

  it('defaults to the caller’s own division; outside it is 403, an unknown code 404', async () => {
    const own = await invoke(labourDemand, { token: await staffOf(COMMUNITY), query: {} });
    expect(own.body.division.code).toBe(COMMUNITY);
    const outside = await demandOf('371003', await staffOf('371002'));
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('OUT_OF_SCOPE');
    expect((await demandOf('371002', await staffOf(COMMUNITY))).status).toBe(403);
    expect((await demandOf('371099', await staffOf('3710'))).status).toBe(404);
    expect((await invoke(labourDemand, { token: await staffOf('3710'), query: { division: '12' } })).status).toBe(400);
    const resident = await putResident('user-demand-nosy');
    expect((await invoke(labourDemand, { token: resident, query: {} })).status).toBe(403);
  });

  it('exports an Excel workbook with one row per employer, a 合计 row and the 分区汇总 sheet', async () => {
    const { status, body } = await invoke(labourDemandExport, { token: await staffOf(STREET), query: { division: COMMUNITY, format: 'xlsx' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 2, fileName: expect.stringMatching(/^用工数据库-.+\.xlsx$/) });
    const file = await fetch(body.url);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('用工数据库')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['区市', '镇街', '社区', '单位名称', '类型', '是否认证', '用工数量', '招聘中岗位', '招聘人数', '已报名', '缺工', '用工条件']);
    expect(rows).toHaveLength(4);
    const a = rows.find((r) => r[3] === '测试甲物业有限公司')!;
    expect(a.slice(0, 2)).toEqual(['文登区', '龙山路街道']);
    expect(a.slice(5, 11)).toEqual(['已认证', 12, 2, 8, 2, 6]);
    expect(rows.find((r) => r[3] === '测试乙便民超市')![5]).toBe('未认证');
    expect(rows[3].slice(0, 1).concat(rows[3].slice(6, 11))).toEqual(['合计', 16, 3, 10, 4, 6]);
    expect(book.getWorksheet('分区汇总')).toBeDefined();
  });

  it('exports CSV as UTF-8 with a BOM, properly quoted', async () => {
    const { status, body } = await invoke(labourDemandExport, { token: await staffOf(COMMUNITY), query: { format: 'csv' } });
    expect(status).toBe(200);
    const bytes = new Uint8Array(await (await fetch(body.url)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe('区市,镇街,社区,单位名称,类型,是否认证,用工数量,招聘中岗位,招聘人数,已报名,缺工,用工条件');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('测试甲物业有限公司'))).toContain(',已认证,12,2,8,2,6,"包午餐, 按月结算；保洁 25 元/小时；绿化 150 元/天，18–60 岁，无经验可"');
    expect((await invoke(labourDemandExport, { token: await staffOf(COMMUNITY), query: { format: 'pdf' } })).status).toBe(400);
  });
});
