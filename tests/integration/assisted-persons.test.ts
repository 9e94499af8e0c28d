import ExcelJS from 'exceljs';
import { handler as createPerson } from '../../functions/handlers/assistance/create-person';
import { handler as getPerson } from '../../functions/handlers/assistance/get-person';
import { handler as updatePerson } from '../../functions/handlers/assistance/update-person';
import { handler as addService } from '../../functions/handlers/assistance/add-service';
import { handler as listPersons } from '../../functions/handlers/assistance/list-persons';
import { handler as importUploadUrl } from '../../functions/handlers/assistance/import-upload-url';
import { handler as importPersons } from '../../functions/handlers/assistance/import-persons';
import { handler as importTemplate } from '../../functions/handlers/assistance/import-template';
import { handler as exportPersons } from '../../functions/handlers/assistance/export-persons';
import { LEDGER_COLUMNS } from '../../functions/domain/assistance/ledger-columns';
import { freeCommunity } from './fixtures-employers';
import { freshIdNumber, freshPhone, personBody, putHomeResident, staffToken, dayFromToday } from './fixtures-assistance';
import { invoke } from './invoke';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';

// Communities of 鲸园街道 no seed data uses, so the lists here hold only this file's people.
const HOME = freeCommunity('371002002', 0);
const IMPORTS = freeCommunity('371002002', 1);
const EXPORTS = freeCommunity('371002002', 2);
const OTHER_STREET_COMMUNITY = freeCommunity('371002003', 5);

const create = async (token: string, body: Record<string, unknown>) => invoke(createPerson, { token, body });

describe('registering a person (登记)', () => {
  it('201 with the 身份证号 and phone masked, birth year from the ID, tracked for 「12333」 with nothing done yet', async () => {
    const idNumber = freshIdNumber(1968);
    const phone = freshPhone();
    const res = await create(await staffToken(HOME, 'community'), personBody(HOME, { idNumber, phone, categories: ['大龄', '低保家庭'] }));
    expect(res.status).toBe(201);
    expect(res.body.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(res.body.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    expect(JSON.stringify(res.body)).not.toContain(idNumber);
    expect(JSON.stringify(res.body)).not.toContain(phone);
    expect(res.body).toMatchObject({ birthYear: 1968, status: '待业', version: 1, linkedResident: null, community: { code: HOME } });
    expect(res.body.tracking).toMatchObject({ tracked: true, behind: true });
    expect(res.body.tracking.counts.map((c: { done: number; target: number }) => `${c.done}/${c.target}`)).toEqual(['0/2', '0/3', '0/3', '0/3']);
  });

  it('the same 身份证号 again is 409 ASSISTED_PERSON_EXISTS, even from another district’s staff', async () => {
    const body = personBody(HOME);
    expect((await create(await staffToken(HOME, 'community'), body)).status).toBe(201);
    const again = await create(await staffToken('3710', 'city'), { ...body, communityCode: IMPORTS });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'ASSISTED_PERSON_EXISTS', message: '这个身份证号已在就业援助台账中' });
  });

  it('a wrong check character is 400 ID_NUMBER_INVALID naming the field', async () => {
    const id = freshIdNumber();
    const res = await create(await staffToken(HOME, 'community'), personBody(HOME, { idNumber: id.slice(0, 17) + (id[17] === '1' ? '2' : '1') }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ID_NUMBER_INVALID');
    expect(res.body.error.details[0].field).toBe('body.idNumber');
  });

  it('403 OUT_OF_SCOPE for community staff of another community and street staff of another street, to create and to read', async () => {
    const created = await create(await staffToken(HOME, 'community'), personBody(HOME));
    for (const token of [await staffToken(IMPORTS, 'community'), await staffToken('371002003', 'street')]) {
      const res = await create(token, personBody(HOME));
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'OUT_OF_SCOPE', message: '该数据不在您负责的区域内' });
      expect((await invoke(getPerson, { token, params: { personId: created.body.id } })).status).toBe(403);
    }
    // the street above it and the city see it
    expect((await invoke(getPerson, { token: await staffToken('371002002', 'street'), params: { personId: created.body.id } })).status).toBe(200);
    expect((await invoke(getPerson, { token: await staffToken('3710', 'city'), params: { personId: created.body.id } })).status).toBe(200);
    // and a street's staff cannot place someone in a community of another street
    const moved = await create(await staffToken('371002002', 'street'), personBody(OTHER_STREET_COMMUNITY));
    expect(moved.status).toBe(403);
  });

  it('已就业 without the employer is a field-level 400 in Chinese', async () => {
    const res = await create(await staffToken(HOME, 'community'), personBody(HOME, { status: '已就业', employerName: '' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: 'body.employerName', message: '「已就业」请填写就业单位' }]);
  });
});

describe('linking the resident account', () => {
  it('links by phone only when the resident consented to sensitive personal information', async () => {
    const token = await staffToken(HOME, 'community');
    const consenting = freshPhone();
    const withheld = freshPhone();
    await putHomeResident('user-ap-link-yes', consenting, HOME, true);
    await putHomeResident('user-ap-link-no', withheld, HOME, false);
    const yes = await create(token, personBody(HOME, { phone: consenting, linkResident: true }));
    const no = await create(token, personBody(HOME, { phone: withheld, linkResident: true }));
    expect(yes.body.linkedResident).toEqual({ userId: 'user-ap-link-yes', name: '居民-yes' });
    expect(no.body.linkedResident).toBeNull();
  });
});

describe('unlinking frees the resident', () => {
  it('an entry unlinked (关联 unticked) lets the resident be linked to another entry', async () => {
    const token = await staffToken(HOME, 'community');
    const phone = freshPhone();
    await putHomeResident('user-ap-relink', phone, HOME, true);
    const first = (await create(token, personBody(HOME, { phone, linkResident: true }))).body;
    expect(first.linkedResident?.userId).toBe('user-ap-relink');
    // while linked to the first entry, a second entry with the same phone stays unlinked
    expect((await create(token, personBody(HOME, { phone, linkResident: true }))).body.linkedResident).toBeNull();

    const { id, version, createdAt: _c, updatedAt: _u, tracking: _t, statusHistory: _h, community, idNumberMasked: _i, phoneMasked: _p, birthYear: _b, linkedResident: _l, ...rest } = first;
    const unlinked = await invoke(updatePerson, { token, params: { personId: id }, body: { ...rest, communityCode: community.code, linkResident: false, expectedVersion: version } });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.linkedResident).toBeNull();
    expect((await create(token, personBody(HOME, { phone, linkResident: true }))).body.linkedResident?.userId).toBe('user-ap-relink');
  });

  it('one unreadable phone in the community neither breaks linking nor the list (shown as —)', async () => {
    const token = await staffToken(HOME, 'community');
    const created = (await create(token, personBody(HOME))).body;
    await ddb().send(new UpdateCommand({ TableName: process.env.TABLE_NAME, Key: { PK: `APERSON#${created.id}`, SK: 'APERSON' }, UpdateExpression: 'SET phoneEnc = :bad', ExpressionAttributeValues: { ':bad': 'v1.damaged.ciphertext.x' } }));
    await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { PK: 'USER#user-ap-damaged', SK: 'USER', ...keys.residentHome(HOME, new Date().toISOString(), 'user-ap-damaged'), entity: 'user', id: 'user-ap-damaged', role: 'resident', name: '损坏', phoneEnc: 'v1.damaged.ciphertext.x', homeCommunityCode: HOME } }));
    const list = await invoke(listPersons, { token, query: { limit: '100' } });
    expect(list.status).toBe(200);
    expect(list.body.items.find((p: { id: string }) => p.id === created.id).phoneMasked).toBe('—');
    const phone = freshPhone();
    await putHomeResident('user-ap-after-damaged', phone, HOME, true);
    const linked = await create(token, personBody(HOME, { phone, linkResident: true }));
    expect(linked.status).toBe(201);
    expect(linked.body.linkedResident?.userId).toBe('user-ap-after-damaged');
  });
});

describe('editing (动态管理)', () => {
  it('a service recorded while the form is open (by staff or automatically) neither refuses the edit nor is lost', async () => {
    const token = await staffToken(HOME, 'community');
    const created = (await create(token, personBody(HOME))).body;
    const service = await invoke(addService, { token, params: { personId: created.id }, body: { type: '职业指导', date: dayFromToday(0), content: '电话回访', outcome: '' } });
    expect(service.status).toBe(201);
    const { id, version, createdAt: _c, updatedAt: _u, tracking: _t, statusHistory: _h, community, idNumberMasked: _i, phoneMasked: _p, birthYear: _b, linkedResident: _l, ...rest } = created;
    const saved = await invoke(updatePerson, { token, params: { personId: id }, body: { ...rest, communityCode: community.code, note: '表单打开期间有服务记录', linkResident: false, expectedVersion: version } });
    expect(saved.status).toBe(200);
    expect(saved.body.note).toBe('表单打开期间有服务记录');
    expect(saved.body.tracking.counts.find((c: { type: string }) => c.type === '职业指导').done).toBe(1);
  });

  it('a stale version is 409 ASSISTED_PERSON_CHANGED; a status change goes into the history', async () => {
    const token = await staffToken(HOME, 'community');
    const created = (await create(token, personBody(HOME, { statusSince: dayFromToday(-50) }))).body;
    const { id, version, createdAt: _c, updatedAt: _u, tracking: _t, statusHistory: _h, community, idNumberMasked: _i, phoneMasked: _p, birthYear: _b, linkedResident: _l, ...rest } = created;
    const edit = { ...rest, communityCode: community.code, phone: null, linkResident: false, status: '已就业', statusSince: dayFromToday(-3), employerName: '威海海悦家政服务有限公司', expectedVersion: version };
    const first = await invoke(updatePerson, { token, params: { personId: id }, body: edit });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: '已就业', employerName: '威海海悦家政服务有限公司', version: version + 1 });
    expect(first.body.statusHistory.map((h: { status: string; since: string }) => [h.status, h.since])).toEqual([['待业', dayFromToday(-50)], ['已就业', dayFromToday(-3)]]);

    const stale = await invoke(updatePerson, { token, params: { personId: id }, body: { ...edit, note: '晚到的修改' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('ASSISTED_PERSON_CHANGED');

    const backwards = await invoke(updatePerson, { token, params: { personId: id }, body: { ...edit, status: '灵活就业', statusSince: dayFromToday(-10), expectedVersion: version + 1 } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0]).toEqual({ field: 'body.statusSince', message: `不能早于当前状态「已就业」的开始日期 ${dayFromToday(-3)}` });
  });
});

describe('the ledger list', () => {
  it('lists the community’s people, filters by category and by 只看未达标', async () => {
    const token = await staffToken(EXPORTS, 'community');
    await create(token, personBody(EXPORTS, { categories: ['残疾'] }));
    await create(token, personBody(EXPORTS, { categories: ['零就业家庭'] }));
    const all = await invoke(listPersons, { token, query: {} });
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(2);
    expect(all.body.items.every((p: { community: { code: string } }) => p.community.code === EXPORTS)).toBe(true);
    const disabled = await invoke(listPersons, { token, query: { category: '残疾' } });
    expect(disabled.body.items.every((p: { categories: string[] }) => p.categories.includes('残疾'))).toBe(true);
    const behind = await invoke(listPersons, { token, query: { behind: 'true' } });
    expect(behind.body.items.length).toBe(all.body.items.length);
    expect((await invoke(listPersons, { token, query: { division: '371002003' } })).status).toBe(403);
  });
});

/** Builds an .xlsx the way staff fill in the template, uploads it with a ticket and imports it. */
async function importRows(token: string, rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('就业援助台账');
  sheet.addRow([...LEDGER_COLUMNS]);
  rows.forEach((row) => sheet.addRow(row));
  return importBook(token, book);
}

async function importBook(token: string, book: ExcelJS.Workbook) {
  const file = Buffer.from(await book.xlsx.writeBuffer());
  const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const ticket = await invoke(importUploadUrl, { token, body: { contentType, size: file.length } });
  expect(ticket.status).toBe(201);
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.body.fields as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([file], { type: contentType }), 'ledger.xlsx');
  expect((await fetch(ticket.body.url, { method: 'POST', body: form })).status).toBeLessThan(300);
  return invoke(importPersons, { token, body: { key: ticket.body.key } });
}

const row = (idNumber: string, extra: Partial<Record<(typeof LEDGER_COLUMNS)[number], string>> = {}) => {
  const base = { 姓名: '导入测试', 身份证号: idNumber, 手机号: '', 社区代码: IMPORTS, 援助类别: '大龄、残疾', 失业登记日期: dayFromToday(-30), 就业状态: '待业', 状态开始日期: dayFromToday(-30), 就业单位: '', 备注: '', ...extra };
  return LEDGER_COLUMNS.map((c) => base[c]);
};

const countIn = async (token: string) => (await invoke(listPersons, { token, query: { limit: '100' } })).body.items.length as number;

describe('import from Excel (all or nothing)', () => {
  it('a malformed row is named by row, column and reason, and nothing of the file is imported', async () => {
    const token = await staffToken(IMPORTS, 'community');
    const before = await countIn(token);
    const res = await importRows(token, [row(freshIdNumber()), row(freshIdNumber(), { 就业状态: '在家' }), row(freshIdNumber(), { 状态开始日期: '2026-02-30' })]);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(res.body.error.details).toEqual([
      { row: 3, column: '就业状态', message: expect.stringContaining('「在家」不是就业状态') },
      { row: 4, column: '状态开始日期', message: '没有这一天，请核对日期' },
    ]);
    expect(await countIn(token)).toBe(before);
  });

  it('a 身份证号 already in the ledger or repeated in the file is a row error too', async () => {
    const token = await staffToken(IMPORTS, 'community');
    const existing = freshIdNumber();
    expect((await create(token, personBody(IMPORTS, { idNumber: existing }))).status).toBe(201);
    const repeated = freshIdNumber();
    const res = await importRows(token, [row(repeated), row(existing), row(repeated)]);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { row: 3, column: '身份证号', message: '这个身份证号已在就业援助台账中' },
      { row: 4, column: '身份证号', message: '与第 2 行的身份证号重复' },
    ]);
  });

  it('two rows with one consenting resident’s phone both import; the resident is linked to the first only', async () => {
    const token = await staffToken(IMPORTS, 'community');
    const phone = freshPhone();
    await putHomeResident('user-ap-import-shared', phone, IMPORTS, true);
    const res = await importRows(token, [row(freshIdNumber(), { 姓名: '老伴甲', 手机号: phone }), row(freshIdNumber(), { 姓名: '老伴乙', 手机号: phone })]);
    expect(res.status).toBe(201);
    const items = (await invoke(listPersons, { token, query: { limit: '100' } })).body.items as { name: string; linkedResident: { userId: string } | null }[];
    const linked = items.filter((p) => p.name.startsWith('老伴')).map((p) => [p.name, p.linkedResident?.userId ?? null]).sort();
    expect(linked).toEqual([['老伴乙', null], ['老伴甲', 'user-ap-import-shared']]);
  });

  it('a date cell holding an impossible number is a row error naming the column, not a failure', async () => {
    const token = await staffToken(IMPORTS, 'community');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('就业援助台账');
    sheet.addRow([...LEDGER_COLUMNS]);
    const added = sheet.addRow(row(freshIdNumber()));
    const column = LEDGER_COLUMNS.indexOf('状态开始日期') + 1;
    added.getCell(column).value = 1e15;
    added.getCell(column).numFmt = 'yyyy-mm-dd';
    const res = await importBook(token, book);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ row: 2, column: '状态开始日期', message: expect.any(String) }]);
  });

  it('three good rows are imported together', async () => {
    const token = await staffToken(IMPORTS, 'community');
    const before = await countIn(token);
    const res = await importRows(token, [row(freshIdNumber(), { 姓名: '导入甲' }), row(freshIdNumber(), { 姓名: '导入乙', 就业状态: '灵活就业' }), row(freshIdNumber(), { 姓名: '导入丙', 援助类别: '', 失业登记日期: '2026/1/5' })]);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: 3 });
    expect(await countIn(token)).toBe(before + 3);
  });

  it('more than 50 people is 400 IMPORT_TOO_MANY_ROWS; a file of another account is IMPORT_FILE_MISSING', async () => {
    const token = await staffToken(IMPORTS, 'community');
    const many = await importRows(token, Array.from({ length: 51 }, () => row(freshIdNumber())));
    expect(many.status).toBe(400);
    expect(many.body.error.code).toBe('IMPORT_TOO_MANY_ROWS');
    const theirs = await invoke(importPersons, { token, body: { key: 'imports/user-someone-else/01J.xlsx' } });
    expect(theirs.body.error.code).toBe('IMPORT_FILE_MISSING');
  });
});

describe('template and export', () => {
  async function download(url: string) {
    const file = await fetch(url);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    return book;
  }

  it('the template has exactly the import columns', async () => {
    const res = await invoke(importTemplate, { token: await staffToken(IMPORTS, 'community') });
    expect(res.status).toBe(200);
    const sheet = (await download(res.body.url)).worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...LEDGER_COLUMNS]);
  });

  it('the export starts with the same columns, masks the 身份证号 and phone, and adds 「12333」', async () => {
    const token = await staffToken(EXPORTS, 'community');
    const idNumber = freshIdNumber();
    const phone = freshPhone();
    await create(token, personBody(EXPORTS, { idNumber, phone, name: '导出核对' }));
    const res = await invoke(exportPersons, { token, query: {} });
    expect(res.status).toBe(200);
    expect(res.body.fileName).toMatch(/^就业援助台账-.+\.xlsx$/);
    const sheet = (await download(res.body.url)).worksheets[0];
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0].slice(0, LEDGER_COLUMNS.length)).toEqual([...LEDGER_COLUMNS]);
    expect(rows[0]).toEqual(expect.arrayContaining(['政策对接', '职业指导', '岗位推荐', '培训信息']));
    const mine = rows.find((r) => r[0] === '导出核对')!;
    expect(mine[1]).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(mine[2]).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    expect(JSON.stringify(rows)).not.toContain(idNumber);
    expect(mine.slice(LEDGER_COLUMNS.length + 1, LEDGER_COLUMNS.length + 5)).toEqual(['0/2', '0/3', '0/3', '0/3']);
    expect(res.body.rows).toBe(rows.length - 1);
  });
});
