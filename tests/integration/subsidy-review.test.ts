import ExcelJS from 'exceljs';
import { freshCreditCode } from './fixtures-employers';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { handler as getApplication } from '../../functions/handlers/subsidies/get-application';
import { handler as reviewApplication } from '../../functions/handlers/subsidies/review-application';
import { handler as staffApplications } from '../../functions/handlers/subsidies/staff-applications';
import { handler as exportApproved } from '../../functions/handlers/subsidies/export-approved';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import {
  JINGYUAN, VILLAGE, apply, districtStaff, dongshanStaff, freshIdNumber, putApplicant, putEmployer, staff, startupBody, streetStaff,
  submit, submittedStartup, uploadDocument,
} from './fixtures-subsidies';
import { invoke } from './invoke';

const review = async (token: string | Promise<string>, applicationId: string, body: Record<string, unknown>) =>
  invoke(reviewApplication, { token: await token, params: { applicationId }, body });
const approve = (token: string | Promise<string>, applicationId: string) => review(token, applicationId, { decision: 'approve' });
const statusOf = async (applicationId: string) =>
  (await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.subsidyApplication(applicationId), ConsistentRead: true }))).Item!.status;
const inbox = async (token: string) => (await invoke(myNotifications, { token })).body.items as { kind: string; title: string; body: string; link: string | null }[];

async function readWorkbook(url: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await (await fetch(url)).arrayBuffer()) as unknown as ArrayBuffer);
  return book.worksheets[0];
}

describe('社区初审 → 街道复核 → 区市审批', () => {
  it.each([
    ['a resident\'s 个体工商户', '个体工商户', 5_000, '5,000 元'],
    ['an employer\'s 小微企业', '小微企业', 20_000, '20,000 元'],
  ])('%s goes through all three levels to 已批准 with %s', async (_, kind, yuan, label) => {
    let token: string;
    let id: string;
    if (kind === '小微企业') {
      const employer = await putEmployer('sub-flow-employer', undefined, { type: '企业', creditCode: freshCreditCode('91') });
      token = employer.token;
      const created = await apply(token, startupBody({ idNumber: freshIdNumber() }, { kind, creditCode: employer.org.creditCode, name: employer.org.name }));
      expect(created.status).toBe(201);
      id = created.body.id;
      await uploadDocument(token, id, 'licence', Buffer.from('\xff\xd8\xff\xe0 licence photo', 'binary'), 'image/jpeg');
      await uploadDocument(token, id, 'id-proof');
      const submitted = await submit(token, id);
      expect(submitted.status).toBe(200);
    } else {
      ({ token, id } = await submittedStartup('sub-flow-resident', { kind }));
    }
    const pending = await invoke(getApplication, { token, params: { applicationId: id } });
    expect(pending.body).toMatchObject({ status: 'pending-community', statusLabel: '待社区初审', amount: { yuan, label } });
    expect(pending.body.documents.every((d: { uploaded: boolean }) => d.uploaded)).toBe(true);
    expect(pending.body.requiredDocuments.every((d: { done: boolean }) => d.done)).toBe(true);

    const queue = await invoke(staffApplications, { token: await dongshanStaff(), query: { status: 'pending', limit: '100' } });
    const queued = queue.body.items.find((a: { id: string }) => a.id === id);
    expect(queued.documents[0].url).toEqual(expect.any(String));

    const first = await approve(dongshanStaff(), id);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'pending-street', statusLabel: '待街道复核' });
    expect((await inbox(token))[0]).toMatchObject({ kind: 'subsidy_progress', link: `/packages/subsidy/pages/detail/index?id=${id}` });
    expect((await inbox(token))[0].body).toContain('已通过社区初审，转街道复核');

    const second = await approve(streetStaff(), id);
    expect(second.body.status).toBe('pending-district');
    expect((await inbox(token))[0].body).toContain('已通过街道复核，转区市审批');

    const third = await review(districtStaff(), id, { decision: 'approve', expectedVersion: second.body.version });
    expect(third.status).toBe(200);
    expect(third.body).toMatchObject({ status: 'approved', statusLabel: '已批准', amount: { yuan } });
    expect(third.body.timeline.map((e: { status: string; by: string | null }) => [e.status, e.by])).toEqual([
      ['draft', null], ['pending-community', null], ['pending-street', '社区初审'], ['pending-district', '街道复核'], ['approved', '区市审批'],
    ]);
    const approvedNote = (await inbox(token))[0];
    expect(approvedNote).toMatchObject({ kind: 'subsidy_approved', title: '补贴申请已批准' });
    expect(approvedNote.body).toContain(label);

    const approved = await invoke(staffApplications, { token: await districtStaff(), query: { status: 'approved', limit: '100' } });
    expect(approved.body.items.map((a: { id: string }) => a.id)).toContain(id);

    const file = await invoke(exportApproved, { token: await districtStaff() });
    expect(file.status).toBe(200);
    expect(file.body.fileName).toMatch(/^补贴发放名单-环翠区-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await readWorkbook(file.body.url);
    expect(sheet.getRow(2).values).toEqual([undefined, '申请编号', '政策', '政策依据', '申请人', '身份证号(脱敏)', '单位', '社区', '镇街', '金额(元)', '批准日期']);
    let found: unknown[] | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === id) found = (row.values as unknown[]).slice(1);
    });
    expect(found).toBeDefined();
    expect(found![1]).toBe('一次性创业补贴');
    expect(found![2]).toBe('依据：威就办〔2023〕9号 三、6');
    expect(String(found![4])).toMatch(/^3710\*{10}[0-9X]{4}$/);
    expect(found![6]).toBe('东山居委会');
    expect(found![7]).toBe('鲸园街道');
    expect(found![8]).toBe(yuan);
  }, 60_000);
});

describe('each step by its own level, in its own division', () => {
  it('a street reviewer on a 社区初审 application is 403 naming the step; the district cannot skip ahead either', async () => {
    const { id } = await submittedStartup('sub-level');
    const street = await approve(streetStaff(), id);
    expect(street.status).toBe(403);
    expect(street.body.error).toMatchObject({ code: 'SUBSIDY_WRONG_LEVEL', message: '这份申请现在处于社区初审，须由社区工作人员审核' });
    const district = await approve(districtStaff(), id);
    expect(district.status).toBe(403);
    expect(district.body.error.code).toBe('SUBSIDY_WRONG_LEVEL');
    const city = await approve(staff('city', '3710'), id);
    expect(city.status).toBe(403);
    expect(await statusOf(id)).toBe('pending-community');
  });

  it('community staff of another community are out of scope (403), and so are other districts', async () => {
    const { id } = await submittedStartup('sub-scope');
    const village = await approve(staff('community', VILLAGE), id);
    expect(village.status).toBe(403);
    expect(village.body.error.code).toBe('OUT_OF_SCOPE');
    const otherStreet = await invoke(staffApplications, { token: await staff('community', VILLAGE), query: { status: 'pending' } });
    expect(otherStreet.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(await statusOf(id)).toBe('pending-community');
  });

  it('siblings are out of scope too: the next community in the same street, and another street of the same district', async () => {
    const { id } = await submittedStartup('sub-scope-sibling');
    const neighbour = await approve(staff('community', '371002002002'), id);
    expect(neighbour.status).toBe(403);
    expect(neighbour.body.error.code).toBe('OUT_OF_SCOPE');
    await approve(dongshanStaff(), id);
    const otherStreet = await approve(staff('street', '371002001'), id);
    expect(otherStreet.status).toBe(403);
    expect(otherStreet.body.error.code).toBe('OUT_OF_SCOPE');
    expect(await statusOf(id)).toBe('pending-street');
  });

  it('residents and employers cannot review (403), a draft cannot be reviewed (409), and a stale version is 409', async () => {
    const { id, token } = await submittedStartup('sub-roles');
    expect((await approve(token, id)).status).toBe(403);
    const stale = await review(dongshanStaff(), id, { decision: 'approve', expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('SUBSIDY_STATE_CHANGED');
    const draftToken = await putApplicant('sub-draft-review', { idNumber: freshIdNumber() });
    const draft = await apply(draftToken, startupBody());
    const early = await approve(dongshanStaff(), draft.body.id);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('SUBSIDY_STATE_CHANGED');
  });

  it('the pending queue is per level: the district sees 待区市审批 by default, others by asking', async () => {
    const { id } = await submittedStartup('sub-queue');
    await approve(dongshanStaff(), id);
    const districtDefault = await invoke(staffApplications, { token: await districtStaff(), query: { status: 'pending', limit: '100' } });
    expect(districtDefault.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    const atStreet = await invoke(staffApplications, { token: await districtStaff(), query: { status: 'pending', level: 'street', limit: '100' } });
    expect(atStreet.body.items.map((a: { id: string }) => a.id)).toContain(id);
    const streetDefault = await invoke(staffApplications, { token: await staff('street', JINGYUAN), query: { status: 'pending', limit: '100' } });
    expect(streetDefault.body.items.map((a: { id: string }) => a.id)).toContain(id);
    const resident = await invoke(staffApplications, { token: await putApplicant('sub-queue-resident'), query: { status: 'pending' } });
    expect(resident.status).toBe(403);
  });
});

describe('退回 and 不予批准', () => {
  it('a returned application is corrected and resubmitted, starting again at 社区初审', async () => {
    const { id, token } = await submittedStartup('sub-return');
    await approve(dongshanStaff(), id);
    expect((await review(streetStaff(), id, { decision: 'return', reason: '' })).status).toBe(400);
    const returned = await review(streetStaff(), id, { decision: 'return', reason: '营业执照上的成立日期看不清' });
    expect(returned.body).toMatchObject({ status: 'returned', statusLabel: '已退回，待修改', returnReason: '营业执照上的成立日期看不清' });
    const note = (await inbox(token))[0];
    expect(note.kind).toBe('subsidy_returned');
    expect(note.body).toContain('营业执照上的成立日期看不清');

    const current = (await invoke(getApplication, { token, params: { applicationId: id } })).body;
    // The kind is read from the credit code (92 = 个体工商户): ticking 小微企业 cannot raise the amount.
    const upgraded = await submit(token, id, { policyId: 'startup-subsidy', business: { ...current.facts.business, kind: '小微企业' } });
    expect(upgraded.status).toBe(409);
    expect(upgraded.body.error).toMatchObject({ code: 'SUBSIDY_KIND_MISMATCH', message: '统一社会信用代码显示这是个体工商户，请选择「个体工商户」' });
    const business = { ...current.facts.business, name: '东山便民小吃店（更正）' };
    const otherCode = await submit(token, id, { policyId: 'startup-subsidy', business: { ...business, creditCode: startupBody().business.creditCode } });
    expect(otherCode.status).toBe(409);
    expect(otherCode.body.error.code).toBe('SUBSIDY_IDENTITY_FIXED');
    const otherPerson = await submit(token, id, { policyId: 'startup-subsidy', business, idNumber: freshIdNumber() });
    expect(otherPerson.body.error.code).toBe('SUBSIDY_IDENTITY_FIXED');
    const notEligible = await submit(token, id, { policyId: 'startup-subsidy', business: { ...business, registeredOn: '2999-01-01' } });
    expect(notEligible.body.error.code).toBe('SUBSIDY_NOT_ELIGIBLE');

    await uploadDocument(token, id, 'other');
    const again = await submit(token, id, { policyId: 'startup-subsidy', business, note: '成立日期已重新拍照' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'pending-community', returnReason: null, amount: { yuan: 5_000 }, note: '成立日期已重新拍照', facts: { business: { name: '东山便民小吃店（更正）' } } });
    expect(again.body.documents).toHaveLength(3);
    expect(again.body.timeline.map((e: { status: string }) => e.status)).toEqual(['draft', 'pending-community', 'pending-street', 'returned', 'pending-community']);
    const street = await approve(streetStaff(), id);
    expect(street.status).toBe(403);
    expect((await approve(dongshanStaff(), id)).body.status).toBe('pending-street');
  });

  it('a submitted application cannot be changed or given documents (409)', async () => {
    const { id, token } = await submittedStartup('sub-locked');
    const { handler: uploadUrl } = await import('../../functions/handlers/subsidies/document-upload-url');
    const upload = await invoke(uploadUrl, { token, params: { applicationId: id }, body: { kind: 'other', contentType: 'image/jpeg', size: 10 } });
    expect(upload.status).toBe(409);
    expect(upload.body.error.code).toBe('SUBSIDY_NOT_EDITABLE');
    expect((await submit(token, id)).body.error.code).toBe('SUBSIDY_NOT_EDITABLE');
  });

  it('a refusal frees the one-time place: the same person and business may apply again', async () => {
    const idNumber = freshIdNumber();
    const token = await putApplicant('sub-reject', { idNumber });
    const body = startupBody();
    const created = await apply(token, body);
    await uploadDocument(token, created.body.id, 'licence');
    await uploadDocument(token, created.body.id, 'id-proof');
    await submit(token, created.body.id);
    expect((await apply(token, body)).status).toBe(409);
    const rejected = await review(dongshanStaff(), created.body.id, { decision: 'reject', reason: '营业执照已注销' });
    expect(rejected.body).toMatchObject({ status: 'rejected', statusLabel: '未批准' });
    expect((await inbox(token))[0]).toMatchObject({ kind: 'subsidy_rejected' });
    const placeGone = await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.subsidyOnce('startup-subsidy', `ENTITY#${body.business.creditCode}`) }));
    expect(placeGone.Item).toBeUndefined();
    const again = await apply(token, body);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(created.body.id);
    const rejectedList = await invoke(staffApplications, { token: await dongshanStaff(), query: { status: 'rejected', limit: '100' } });
    expect(rejectedList.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);
  });
});

describe('the approved-payments export', () => {
  it('is for district and city staff only (community and street 403)', async () => {
    for (const token of [await dongshanStaff(), await staff('street', JINGYUAN)]) {
      const res = await invoke(exportApproved, { token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(res.body.error.message).toContain('区市');
    }
  });

  it('lists an amount the local standard sets as blank with the note, and another district sees none of it', async () => {
    const { token, org } = await putEmployer('sub-export-hire');
    const { hiringBody } = await import('./fixtures-subsidies');
    const created = await apply(token, hiringBody());
    const id = created.body.id as string;
    await uploadDocument(token, id, 'labour-contract');
    await uploadDocument(token, id, 'id-proof');
    expect((await submit(token, id)).status).toBe(200);
    await approve(dongshanStaff(), id);
    await approve(streetStaff(), id);
    expect((await approve(districtStaff(), id)).body.status).toBe('approved');

    const sheet = await readWorkbook((await invoke(exportApproved, { token: await staff('city', '3710') })).body.url);
    let amountCell: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === id) {
        amountCell = row.getCell(9);
        expect(row.getCell(6).value).toBe(org.name);
      }
    });
    expect(amountCell).toBeDefined();
    expect(amountCell!.value ?? null).toBeNull();
    const note = amountCell!.note as string | { texts?: { text: string }[] };
    expect(typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('')).toContain('以当地公布标准为准');

    const other = await invoke(exportApproved, { token: await staff('district', '371003') });
    const otherSheet = await readWorkbook(other.body.url);
    const ids: unknown[] = [];
    otherSheet.eachRow((row) => ids.push(row.getCell(1).value));
    expect(ids).not.toContain(id);
  }, 60_000);
});
