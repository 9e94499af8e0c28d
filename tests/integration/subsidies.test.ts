import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { handler as subsidyPolicies } from '../../functions/handlers/subsidies/subsidy-policies';
import { handler as precheck } from '../../functions/handlers/subsidies/precheck';
import { handler as getApplication } from '../../functions/handlers/subsidies/get-application';
import { handler as uploadUrl } from '../../functions/handlers/subsidies/document-upload-url';
import { handler as myApplications } from '../../functions/handlers/subsidies/my-applications';
import { handler as withdraw } from '../../functions/handlers/subsidies/withdraw-application';
import { freshCreditCode, weihaiDay } from './fixtures-employers';
import {
  DONGSHAN, VILLAGE, apply, dongshanStaff, freshIdNumber, hiringBody, putApplicant, putEmployer, socialBody, staff, startupBody, submit, submittedStartup, uploadDocument,
} from './fixtures-subsidies';
import { invoke } from './invoke';

describe('policies and the pre-check', () => {
  afterEach(() => {
    delete process.env.SUBSIDY_AMOUNTS;
  });

  it('lists the three policies with amounts, papers and clauses, and the loan limits', async () => {
    const res = await invoke(subsidyPolicies);
    expect(res.status).toBe(200);
    expect(res.body.version).toBeTruthy();
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual(['startup-subsidy', 'hiring-subsidy', 'social-insurance-subsidy']);
    const hiring = res.body.items[1];
    expect(hiring.amounts[0].amount).toEqual({ yuan: null, atLeast: false, label: '以当地公布标准为准' });
    expect(res.body.loans).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'individual', maxYuan: 500_000, maxMonths: 36 })]));
  });

  it('takes the local amounts from SUBSIDY_AMOUNTS, and a malformed value is simply unconfigured, never a 500', async () => {
    process.env.SUBSIDY_AMOUNTS = '{"hiring-subsidy":1000}';
    const set = await invoke(subsidyPolicies);
    expect(set.body.items[1].amounts[0].amount).toMatchObject({ yuan: 1000, label: '1,000 元' });
    process.env.SUBSIDY_AMOUNTS = '{not json';
    const broken = await invoke(subsidyPolicies);
    expect(broken.status).toBe(200);
    expect(broken.body.items[1].amounts[0].amount.yuan).toBeNull();
    process.env.SUBSIDY_AMOUNTS = '{"hiring-subsidy":-5,"social-insurance-subsidy":"800"}';
    const wrong = await invoke(subsidyPolicies);
    expect(wrong.body.items[1].amounts[0].amount.yuan).toBeNull();
    expect(wrong.body.items[2].amounts[0].amount.yuan).toBeNull();
  });

  it('answers every policy without signing in, as of today in Weihai', async () => {
    const res = await invoke(precheck, { body: { business: { kind: '小微企业', registeredOn: weihaiDay(-100) } } });
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe(weihaiDay(0));
    const [startup, hiring, social] = res.body.lines;
    expect(startup).toMatchObject({ policyId: 'startup-subsidy', outcome: 'eligible', amount: { yuan: 20_000 }, canApply: true });
    expect(startup.citation.text).toContain('威就办〔2023〕9号');
    expect(hiring.outcome).toBe('need-answers');
    expect(social.outcome).toBe('need-answers');
  });
});

describe('applying', () => {
  it('a resident applies for 一次性创业补贴: a draft of 5,000 元 for a 个体工商户, the ID only masked', async () => {
    const idNumber = freshIdNumber();
    const token = await putApplicant('sub-apply-1', { idNumber });
    const res = await apply(token, startupBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      policyId: 'startup-subsidy', status: 'draft', statusLabel: '草稿', version: 0, amount: { yuan: 5_000, label: '5,000 元' },
      community: { code: DONGSHAN, name: '东山居委会' }, returnReason: null,
      requiredDocuments: [{ kind: 'licence', label: '营业执照', done: false }, { kind: 'id-proof', label: '身份证明', done: false }],
    });
    expect(res.body.applicant.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(res.body.timeline).toEqual([expect.objectContaining({ status: 'draft', label: '草稿', by: null })]);
    expect(JSON.stringify(res.body)).not.toContain(idNumber);
    const stored = (await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.subsidyApplication(res.body.id) }))).Item!;
    expect(JSON.stringify(stored)).not.toContain(idNumber);
    expect(stored.GSI4PK).toBeUndefined();
    expect(stored.GSI1PK).toBe('MYSUBS#sub-apply-1');
  });

  it('an employer applies for its own 小微企业: 20,000 元', async () => {
    const { token, org } = await putEmployer('sub-emp-startup', undefined, { type: '企业', creditCode: freshCreditCode('91') });
    const res = await apply(token, startupBody({ idNumber: freshIdNumber() }, { kind: '小微企业', creditCode: org.creditCode, name: org.name }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ amount: { yuan: 20_000, label: '20,000 元' }, applicant: { orgName: org.name }, community: { code: DONGSHAN } });
  });

  it('an employer may only apply for its own organisation (403) and a wrong check character is 400', async () => {
    const { token } = await putEmployer('sub-emp-other');
    const other = await apply(token, startupBody({ idNumber: freshIdNumber() }));
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('SUBSIDY_ORG_MISMATCH');
    const valid = freshCreditCode();
    const wrong = await apply(await putApplicant('sub-bad-uscc', { idNumber: freshIdNumber() }), startupBody({}, { creditCode: valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0') }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('CREDIT_CODE_INVALID');
  });

  it('the ID comes from 我的资料, else the form (checked), else 409 ID_NUMBER_REQUIRED', async () => {
    const token = await putApplicant('sub-no-id');
    const none = await apply(token, startupBody());
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('ID_NUMBER_REQUIRED');
    const good = freshIdNumber();
    const bad = await apply(token, startupBody({ idNumber: good.slice(0, 17) + (good[17] === '0' ? '1' : '0') }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'ID_NUMBER_INVALID', details: [{ field: 'body.idNumber' }] });
    const ok = await apply(token, startupBody({ idNumber: good }));
    expect(ok.status).toBe(201);
  });

  it('a resident without a home community is asked to choose one (409)', async () => {
    const res = await apply(await putApplicant('sub-homeless', { idNumber: freshIdNumber(), home: null }), startupBody());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('HOME_COMMUNITY_REQUIRED');
  });

  it('一次性吸纳就业补贴 is the employer\'s: a resident gets 403, an unverified org 403, no org 409', async () => {
    const resident = await apply(await putApplicant('sub-res-hire', { idNumber: freshIdNumber() }), hiringBody());
    expect(resident.status).toBe(403);
    expect(resident.body.error.code).toBe('SUBSIDY_EMPLOYER_ONLY');
    const pending = await putEmployer('sub-emp-pending', DONGSHAN, { status: 'pending' });
    const unverified = await apply(pending.token, hiringBody());
    expect(unverified.status).toBe(403);
    expect(unverified.body.error.code).toBe('SUBSIDY_ORG_NOT_VERIFIED');
    const { putEmployerWithoutOrg } = await import('./fixtures-employers');
    const noOrg = await apply(await putEmployerWithoutOrg('sub-emp-noorg'), hiringBody());
    expect(noOrg.status).toBe(409);
    expect(noOrg.body.error.code).toBe('ORG_REQUIRED');
  });

  it('a verified employer applies for a hire; the hire\'s ID is checked and shown masked', async () => {
    const { token, org } = await putEmployer('sub-emp-hire');
    const hireId = freshIdNumber();
    const bad = await apply(token, hiringBody({ idNumber: `${hireId.slice(0, 17)}${hireId[17] === '0' ? '1' : '0'}` }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'ID_NUMBER_INVALID', details: [{ field: 'body.hire.idNumber' }] });
    const res = await apply(token, hiringBody({ idNumber: hireId, name: '王晓红' }));
    expect(res.status).toBe(201);
    expect(res.body.subject).toBe(`被招用人员 王**（${hireId.slice(0, 4)}**********${hireId.slice(-4)}）`);
    expect(res.body.amount).toEqual({ yuan: null, atLeast: false, label: '以当地公布标准为准' });
    expect(res.body.applicant.orgName).toBe(org.name);
    expect(JSON.stringify(res.body)).not.toContain(hireId);
    expect(JSON.stringify(res.body)).not.toContain('idNumberEnc');
    // Another employer claiming the same hire learns only that the place is taken, not whose application holds it.
    const again = await apply((await putEmployer('sub-emp-hire-2')).token, hiringBody({ idNumber: hireId }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SUBSIDY_ALREADY_APPLIED');
    expect(again.body.error.details).toBeUndefined();
    const mine = await apply(token, hiringBody({ idNumber: hireId }));
    expect(mine.body.error).toMatchObject({ code: 'SUBSIDY_ALREADY_APPLIED', details: { applicationId: res.body.id } });
  });

  it('社会保险补贴 is the person\'s own: an employer gets 403; not eligible is 409 with every reason', async () => {
    const employer = await apply((await putEmployer('sub-emp-social')).token, socialBody());
    expect(employer.status).toBe(403);
    expect(employer.body.error.code).toBe('SUBSIDY_PERSON_ONLY');
    const token = await putApplicant('sub-social', { idNumber: freshIdNumber() });
    const no = await apply(token, socialBody({ assistedCategories: [], work: '未就业' }));
    expect(no.status).toBe(409);
    expect(no.body.error.code).toBe('SUBSIDY_NOT_ELIGIBLE');
    expect(no.body.error.details).toEqual([expect.stringContaining('就业困难人员'), '须已到单位就业或灵活就业']);
    const yes = await apply(token, socialBody());
    expect(yes.status).toBe(201);
    const twice = await apply(token, socialBody());
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain('每人每年一次');
  });

  it('a business not registered yet is not eligible (409 with the reason)', async () => {
    const res = await apply(await putApplicant('sub-future', { idNumber: freshIdNumber() }), startupBody({}, { registeredOn: weihaiDay(5) }));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'SUBSIDY_NOT_ELIGIBLE', details: [expect.stringContaining('成立日期还没到')] });
  });

  it('an amount sent by the client is refused: the server computes it', async () => {
    const res = await apply(await putApplicant('sub-amount', { idNumber: freshIdNumber() }), { ...startupBody(), amount: 99_999 });
    expect(res.status).toBe(400);
  });
});

describe('one application per person and per business', () => {
  it('100 simultaneous applications by one person with different Idempotency-Keys: exactly one is created', async () => {
    const token = await putApplicant('sub-rush', { idNumber: freshIdNumber() });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => apply(token, startupBody({}, { name: `抢申请小店${i}` }), `sub-rush-key-${String(i).padStart(3, '0')}`)),
    );
    const created = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(99);
    for (const r of refused) expect(r.body.error).toMatchObject({ code: 'SUBSIDY_ALREADY_APPLIED', details: { applicationId: created[0].body.id } });
    const mine = await invoke(myApplications, { token });
    expect(mine.body.items).toHaveLength(1);
  }, 180_000);

  it('a replayed Idempotency-Key answers the same application, and creates nothing new', async () => {
    const token = await putApplicant('sub-replay', { idNumber: freshIdNumber() });
    const body = startupBody();
    const first = await apply(token, body, 'sub-replay-key-1');
    const again = await apply(token, body, 'sub-replay-key-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await invoke(myApplications, { token })).body.items).toHaveLength(1);
  });

  it('the same 统一社会信用代码 by a different person is 409 without revealing the other application', async () => {
    const creditCode = freshCreditCode();
    const first = await apply(await putApplicant('sub-uscc-a', { idNumber: freshIdNumber() }), startupBody({}, { creditCode }));
    expect(first.status).toBe(201);
    const second = await apply(await putApplicant('sub-uscc-b', { idNumber: freshIdNumber() }), startupBody({}, { creditCode }));
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('SUBSIDY_ALREADY_APPLIED');
    expect(second.body.error.details).toBeUndefined();
    expect(JSON.stringify(second.body)).not.toContain(first.body.id);
  });

  it('20 different people claiming the same business at once: exactly one holds it', async () => {
    const creditCode = freshCreditCode();
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => putApplicant(`sub-uscc-rush-${i}`, { idNumber: freshIdNumber() })));
    const answers = await Promise.all(tokens.map((token) => apply(token, startupBody({}, { creditCode }))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.body.error.code === 'SUBSIDY_ALREADY_APPLIED')).toHaveLength(19);
  });

  it('withdrawing a draft frees the places, and the same person and business can apply again', async () => {
    const token = await putApplicant('sub-withdraw', { idNumber: freshIdNumber() });
    const body = startupBody();
    const first = await apply(token, body);
    expect((await apply(token, body)).status).toBe(409);
    const withdrawn = await invoke(withdraw, { token, params: { applicationId: first.body.id } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回' });
    expect((await invoke(withdraw, { token, params: { applicationId: first.body.id } })).body.error.code).toBe('SUBSIDY_NOT_WITHDRAWABLE');
    expect((await invoke(withdraw, { token: await putApplicant('sub-withdraw-other'), params: { applicationId: first.body.id } })).status).toBe(403);
    expect((await apply(token, body)).status).toBe(201);
  });

  it('a submitted application cannot be withdrawn (staff decide it)', async () => {
    const { token, id } = await submittedStartup('sub-withdraw-late');
    expect((await invoke(withdraw, { token, params: { applicationId: id } })).body.error.code).toBe('SUBSIDY_NOT_WITHDRAWABLE');
  });
});

describe('what the form states is checked against the papers', () => {
  it('the business kind follows the credit code: a 个体工商户 cannot claim the 小微企业 amount', async () => {
    const token = await putApplicant('sub-kind', { idNumber: freshIdNumber() });
    const res = await apply(token, startupBody({}, { kind: '小微企业' }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SUBSIDY_KIND_MISMATCH');
    const social = await apply(token, startupBody({}, { creditCode: freshCreditCode('91') }));
    expect(social.body.error.message).toContain('小微企业');
  });

  it('an employer registered as 社会组织 cannot claim as a business of another type', async () => {
    const { token, org } = await putEmployer('sub-kind-org', undefined, { type: '企业', creditCode: freshCreditCode('92') });
    const res = await apply(token, startupBody({ idNumber: freshIdNumber() }, { creditCode: org.creditCode }));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'SUBSIDY_KIND_MISMATCH', message: '本单位登记的类型是「企业」，与所选的个体工商户不一致' });
  });

  it('the hire\'s age is the one the 身份证号 gives on the hire date', async () => {
    const { token } = await putEmployer('sub-hire-age');
    const body = hiringBody();
    const res = await apply(token, { ...body, hire: { ...body.hire, age: body.hire.age + 1 } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'HIRE_AGE_MISMATCH', details: [{ field: 'body.hire.age' }] });
  });

  it('a number typed in the form is saved to the account; afterwards only that number is accepted', async () => {
    const token = await putApplicant('sub-bind');
    const own = freshIdNumber();
    expect((await apply(token, startupBody({ idNumber: own }))).status).toBe(201);
    const user = (await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.user('sub-bind') }))).Item!;
    expect(user.idNumberEnc).toBeDefined();
    expect(user.birthYear).toBe(Number(own.slice(6, 10)));
    const someoneElse = await apply(token, socialBody({}, { idNumber: freshIdNumber() }));
    expect(someoneElse.status).toBe(409);
    expect(someoneElse.body.error.code).toBe('ID_NUMBER_NOT_YOURS');
    expect((await apply(token, socialBody({}, { idNumber: own }))).status).toBe(201);
  });
});

describe('documents', () => {
  it('uploads go straight to S3; submitting without the required papers is 409 naming them', async () => {
    const token = await putApplicant('sub-docs', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    const empty = await submit(token, app.id);
    expect(empty.status).toBe(409);
    expect(empty.body.error).toMatchObject({ code: 'SUBSIDY_DOCUMENTS_MISSING', details: [{ kind: 'licence', label: '营业执照' }, { kind: 'id-proof', label: '身份证明' }] });
    expect(empty.body.error.message).toContain('营业执照、身份证明');

    // A ticket asked for but never used does not count.
    const unused = await invoke(uploadUrl, { token, params: { applicationId: app.id }, body: { kind: 'id-proof', contentType: 'image/png', size: 100 } });
    expect(unused.status).toBe(201);
    expect(unused.body.key).toMatch(new RegExp(`^subsidies/${app.id}/[0-9A-Z]+\\.png$`));
    await uploadDocument(token, app.id, 'licence');
    const half = await submit(token, app.id);
    expect(half.status).toBe(409);
    expect(half.body.error.details).toEqual([{ kind: 'id-proof', label: '身份证明' }]);

    const detail = await invoke(getApplication, { token, params: { applicationId: app.id } });
    expect(detail.body.requiredDocuments).toEqual([{ kind: 'licence', label: '营业执照', done: true }, { kind: 'id-proof', label: '身份证明', done: false }]);
    const licence = detail.body.documents.find((d: { kind: string }) => d.kind === 'licence');
    expect(licence).toMatchObject({ uploaded: true, kindLabel: '营业执照' });
    expect(Buffer.from(await (await fetch(licence.url)).arrayBuffer()).toString()).toBe('%PDF-1.4 test document');
  });

  it('a wrong type or a file over 10 MB is refused before any ticket (400)', async () => {
    const token = await putApplicant('sub-docs-bad', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    const gif = await invoke(uploadUrl, { token, params: { applicationId: app.id }, body: { kind: 'licence', contentType: 'image/gif', size: 100 } });
    expect(gif.status).toBe(400);
    expect(gif.body.error.message).toContain('JPG、PNG 图片或 PDF');
    const big = await invoke(uploadUrl, { token, params: { applicationId: app.id }, body: { kind: 'licence', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 } });
    expect(big.status).toBe(400);
    expect(big.body.error.message).toContain('10 MB');
  });

  it('at most 12 uploaded documents per application (409 TOO_MANY_DOCUMENTS)', async () => {
    const token = await putApplicant('sub-docs-many', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    for (let i = 0; i < 12; i++) await uploadDocument(token, app.id, 'other');
    const thirteenth = await invoke(uploadUrl, { token, params: { applicationId: app.id }, body: { kind: 'other', contentType: 'image/jpeg', size: 10 } });
    expect(thirteenth.status).toBe(409);
    expect(thirteenth.body.error.code).toBe('TOO_MANY_DOCUMENTS');
  });

  it('tickets never used (a flaky network, retries) do not fill the list: at the cap they are dropped', async () => {
    const token = await putApplicant('sub-docs-flaky', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    await uploadDocument(token, app.id, 'licence');
    for (let i = 0; i < 11; i++) {
      expect((await invoke(uploadUrl, { token, params: { applicationId: app.id }, body: { kind: 'id-proof', contentType: 'image/jpeg', size: 10 } })).status).toBe(201);
    }
    await uploadDocument(token, app.id, 'id-proof');
    const detail = (await invoke(getApplication, { token, params: { applicationId: app.id } })).body;
    expect(detail.documents.map((d: { kind: string }) => d.kind)).toEqual(['licence', 'id-proof']);
    expect((await submit(token, app.id)).status).toBe(200);
  });

  it('two uploads at once are both recorded (the version condition re-reads, nothing is overwritten)', async () => {
    const token = await putApplicant('sub-docs-race', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    const both = await Promise.all(['licence', 'id-proof', 'other'].map((kind) => invoke(uploadUrl, { token, params: { applicationId: app.id }, body: { kind, contentType: 'image/jpeg', size: 10 } })));
    expect(both.map((r) => r.status)).toEqual([201, 201, 201]);
    const detail = await invoke(getApplication, { token, params: { applicationId: app.id } });
    expect(detail.body.documents).toHaveLength(3);
    expect(detail.body.version).toBe(3);
  });
});

describe('who sees an application', () => {
  it('another resident can neither read it nor add documents (403), and never gets a document link', async () => {
    const token = await putApplicant('sub-private', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    await uploadDocument(token, app.id, 'licence');
    const stranger = await putApplicant('sub-stranger', { idNumber: freshIdNumber() });
    const read = await invoke(getApplication, { token: stranger, params: { applicationId: app.id } });
    expect(read.status).toBe(403);
    expect(read.body.error.code).toBe('SUBSIDY_NOT_YOURS');
    expect(JSON.stringify(read.body)).not.toContain('subsidies/');
    const upload = await invoke(uploadUrl, { token: stranger, params: { applicationId: app.id }, body: { kind: 'licence', contentType: 'image/jpeg', size: 10 } });
    expect(upload.status).toBe(403);
    expect(upload.body.error.code).toBe('SUBSIDY_NOT_YOURS');
    const submitted = await submit(stranger, app.id);
    expect(submitted.status).toBe(403);
    const missing = await invoke(getApplication, { token: stranger, params: { applicationId: 'no-such-application' } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('SUBSIDY_APPLICATION_NOT_FOUND');
  });

  it('the applicant\'s list has no document links; staff in scope get working links, others 403', async () => {
    const token = await putApplicant('sub-links', { idNumber: freshIdNumber() });
    const { body: app } = await apply(token, startupBody());
    await uploadDocument(token, app.id, 'licence');
    const mine = await invoke(myApplications, { token });
    expect(mine.body.items[0].documents[0].url).toBeNull();
    const forStaff = await invoke(getApplication, { token: await dongshanStaff(), params: { applicationId: app.id } });
    expect(forStaff.status).toBe(200);
    expect(forStaff.body.documents[0].url).toEqual(expect.any(String));
    expect((await fetch(forStaff.body.documents[0].url)).status).toBe(200);
    const village = await invoke(getApplication, { token: await staff('community', VILLAGE), params: { applicationId: app.id } });
    expect(village.status).toBe(403);
    expect(village.body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('my applications come newest first', async () => {
    const token = await putApplicant('sub-mine', { idNumber: freshIdNumber() });
    const first = await apply(token, startupBody());
    const second = await apply(token, socialBody());
    const mine = await invoke(myApplications, { token });
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([second.body.id, first.body.id]);
    expect(mine.body.nextCursor).toBeNull();
  });
});
