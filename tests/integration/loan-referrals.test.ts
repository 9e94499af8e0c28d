import { handler as createReferral } from '../../functions/handlers/loans/create-referral';
import { handler as myReferrals } from '../../functions/handlers/loans/my-referrals';
import { handler as staffReferrals } from '../../functions/handlers/loans/staff-referrals';
import { handler as updateReferral } from '../../functions/handlers/loans/update-referral';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { freshCreditCode } from './fixtures-employers';
import { districtStaff, dongshanStaff, putApplicant, putEmployer, staff } from './fixtures-subsidies';
import { invoke } from './invoke';

const refer = (token: string, body: Record<string, unknown>, idempotencyKey?: string) =>
  invoke(createReferral, { token, body, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });
const loanBody = (extra: Record<string, unknown> = {}) => ({ kind: 'individual', amountYuan: 200_000, termMonths: 24, purpose: '开一家社区早餐店，购置设备', ...extra });
const setStatus = async (token: string | Promise<string>, referralId: string, status: string, note = '') =>
  invoke(updateReferral, { token: await token, params: { referralId }, body: { status, note } });

describe('创业提振贷 limits', () => {
  it.each([
    ['an individual asking 500,001 元', { amountYuan: 500_001 }, '创业者个人创业提振贷最高 50 万元', 'body.amountYuan'],
    ['an individual asking 37 months', { termMonths: 37 }, '创业者个人创业提振贷期限最长 3 年', 'body.termMonths'],
    ['a 小微企业 asking 10,000,001 元', { kind: 'small-business', amountYuan: 10_000_001, termMonths: 12, creditCode: freshCreditCode() }, '小微企业创业提振贷最高 1000 万元', 'body.amountYuan'],
    ['a 小微企业 asking 25 months', { kind: 'small-business', termMonths: 25, creditCode: freshCreditCode() }, '小微企业创业提振贷期限最长 2 年', 'body.termMonths'],
  ])('%s is 400 LOAN_OVER_LIMIT naming the limit', async (_, extra, message, field) => {
    const res = await refer(await putApplicant(`loan-limit-${field}-${(extra as { kind?: string }).kind ?? 'individual'}`), loanBody(extra));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('LOAN_OVER_LIMIT');
    expect(res.body.error.message).toContain(message);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })]);
  });

  it('exactly at the limit is fine: 500,000 元 over 36 months', async () => {
    const res = await refer(await putApplicant('loan-at-limit'), loanBody({ amountYuan: 500_000, termMonths: 36 }));
    expect(res.status).toBe(201);
  });

  it('a 小微企业 loan needs the credit code (400), valid (400), and an employer\'s own (403)', async () => {
    const token = await putApplicant('loan-sb-resident');
    const none = await refer(token, loanBody({ kind: 'small-business' }));
    expect(none.status).toBe(400);
    expect(none.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.creditCode' }] });
    const valid = freshCreditCode();
    const wrong = await refer(token, loanBody({ kind: 'small-business', creditCode: valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0') }));
    expect(wrong.body.error.code).toBe('CREDIT_CODE_INVALID');
    const { token: employer, org } = await putEmployer('loan-sb-employer');
    const other = await refer(employer, loanBody({ kind: 'small-business', creditCode: freshCreditCode() }));
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('SUBSIDY_ORG_MISMATCH');
    const own = await refer(employer, loanBody({ kind: 'small-business', amountYuan: 3_000_000, creditCode: org.creditCode }));
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ kind: 'small-business', kindLabel: '小微企业', businessName: org.name, communityName: '东山居委会' });
  });

  it('a resident without a home community is asked to choose one (409)', async () => {
    const res = await refer(await putApplicant('loan-homeless', { home: null }), loanBody());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('HOME_COMMUNITY_REQUIRED');
  });
});

describe('referral → the bank\'s answer', () => {
  it('refers, shows in my list and the district queue; district staff record accepted then granted, with inbox notes', async () => {
    const token = await putApplicant('loan-flow');
    const created = await refer(token, loanBody(), 'loan-flow-key-1');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'referred', statusLabel: '已转介合作银行', communityName: '东山居委会', bankNote: null, amountYuan: 200_000 });
    expect(created.body.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(created.body.citation.text).toContain('鲁就办〔2023〕13号');
    const replay = await refer(token, loanBody(), 'loan-flow-key-1');
    expect(replay.body.id).toBe(created.body.id);
    const id = created.body.id as string;

    const mine = await invoke(myReferrals, { token });
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
    const queue = await invoke(staffReferrals, { token: await districtStaff(), query: { status: 'referred' } });
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const elsewhere = await invoke(staffReferrals, { token: await staff('district', '371003'), query: { status: 'referred' } });
    expect(elsewhere.body.items.map((r: { id: string }) => r.id)).not.toContain(id);

    const community = await setStatus(dongshanStaff(), id, 'accepted');
    expect(community.status).toBe(403);
    expect(community.body.error.code).toBe('FORBIDDEN');
    const otherDistrict = await setStatus(staff('district', '371003'), id, 'accepted');
    expect(otherDistrict.status).toBe(403);
    expect(otherDistrict.body.error.code).toBe('OUT_OF_SCOPE');
    const skip = await setStatus(districtStaff(), id, 'granted');
    expect(skip.status).toBe(409);

    const accepted = await setStatus(districtStaff(), id, 'accepted', '客户经理将于三日内联系');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', statusLabel: '银行已受理', bankNote: '客户经理将于三日内联系' });
    const note = (await invoke(myNotifications, { token })).body.items[0];
    expect(note).toMatchObject({ kind: 'loan_progress', title: '创业贷款办理进度' });
    expect(note.body).toContain('银行已受理');
    expect(note.body).toContain('客户经理将于三日内联系');
    const moved = await invoke(staffReferrals, { token: await districtStaff(), query: { status: 'accepted' } });
    expect(moved.body.items.map((r: { id: string }) => r.id)).toContain(id);

    const granted = await setStatus(staff('city', '3710'), id, 'granted');
    expect(granted.body.status).toBe('granted');
    const after = await setStatus(districtStaff(), id, 'declined');
    expect(after.status).toBe(409);
    expect(after.body.error.message).toContain('已放款');
    expect((await invoke(myReferrals, { token })).body.items[0].status).toBe('granted');
  });

  it('an unknown referral is 404; residents cannot record a status (403)', async () => {
    expect((await setStatus(districtStaff(), 'no-such-referral', 'accepted')).status).toBe(404);
    expect((await setStatus(putApplicant('loan-not-staff'), 'no-such-referral', 'accepted')).status).toBe(403);
  });
});
