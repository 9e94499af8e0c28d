import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { handler as registerOrg } from '../../functions/handlers/orgs/register-org';
import { handler as myOrg } from '../../functions/handlers/orgs/my-org';
import { handler as licenceUploadUrl } from '../../functions/handlers/orgs/licence-upload-url';
import { handler as staffOrgs } from '../../functions/handlers/orgs/staff-orgs';
import { handler as verifyOrg } from '../../functions/handlers/orgs/verify-org';
import { handler as rejectOrg } from '../../functions/handlers/orgs/reject-org';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { creditCodeCheckChar } from '../../functions/domain/orgs/credit-code';
import { freshCreditCode, orgBody, putEmployerWithoutOrg } from './fixtures-employers';
import { putResident } from './fixtures';
import { invoke, tokenFor } from './invoke';

const dongshanStaff = () => tokenFor({ userId: 'user-staff-community', role: 'staff', staff: { level: 'community', divisionCode: '371002002001' } });
const villageStaff = () => tokenFor({ userId: 'user-staff-village', role: 'staff', staff: { level: 'community', divisionCode: '371003001203' } });
const register = (token: string, body: Record<string, unknown>, key?: string) => invoke(registerOrg, { token, body, headers: key ? { 'idempotency-key': key } : {} });

async function userItem(id: string) {
  return (await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.user(id) }))).Item!;
}

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts a code whose check character is right', async () => {
    const token = await putEmployerWithoutOrg('uscc-ok');
    const res = await register(token, orgBody());
    expect(res.status).toBe(200);
  });

  const valid = freshCreditCode();
  const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  it.each([
    ['a wrong check character', wrongCheck, 'CREDIT_CODE_INVALID'],
    ['lowercase letters', valid.toLowerCase().replace(/^9/, '9').slice(0, 17) + 'a', 'VALIDATION_FAILED'],
    ['the excluded letter I', '91371002MA3CI1234X', 'VALIDATION_FAILED'],
    ['the excluded letter O', '91371002MA3CO1234X', 'VALIDATION_FAILED'],
    ['the excluded letter S', '91371002MA3CS1234X', 'VALIDATION_FAILED'],
    ['the excluded letter V', '91371002MA3CV1234X', 'VALIDATION_FAILED'],
    ['the excluded letter Z', '91371002MA3CZ1234X', 'VALIDATION_FAILED'],
    ['17 characters', valid.slice(0, 17), 'VALIDATION_FAILED'],
    ['19 characters', `${valid}1`, 'VALIDATION_FAILED'],
  ])('refuses %s with 400', async (_, creditCode, code) => {
    const token = await putEmployerWithoutOrg(`uscc-${creditCode}`);
    const res = await register(token, orgBody({ creditCode }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(/信用代码/);
  });

  it('the check character of a known-good code matches', () => {
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });
});

describe('a resident registers an organisation', () => {
  it('becomes the employer account of a pending organisation, with a new session', async () => {
    const token = await putResident('org-owner-1');
    const res = await register(token, orgBody({ name: '东山便民家政' }));
    expect(res.status).toBe(200);
    expect(res.body.org).toMatchObject({ name: '东山便民家政', status: 'pending', statusLabel: '待认证', verifiedBadge: false, contactPhoneMasked: '139****9999' });
    expect(JSON.stringify(res.body)).not.toContain('13906319999');
    expect(res.body.session.user).toMatchObject({ role: 'employer', employer: { orgName: '东山便民家政' } });
    const user = await userItem('org-owner-1');
    expect(user).toMatchObject({ role: 'employer', orgId: res.body.org.id });
    expect(user.GSI1PK).toBeUndefined();
    const mine = await invoke(myOrg, { token: res.body.session.token });
    expect(mine.body.org.id).toBe(res.body.org.id);
  });

  it('a session from before registering can no longer take gig places as a resident', async () => {
    const { handler: createSignup } = await import('../../functions/handlers/signups/create-signup');
    const { putJob } = await import('./fixtures');
    const oldToken = await putResident('org-owner-stale');
    await register(oldToken, orgBody());
    const job = await putJob('stale-token-gig', { lat: 37.51, lng: 122.12 });
    const res = await invoke(createSignup, { token: oldToken, params: { jobId: job.id } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('用工单位账号');
  });

  it('one credit code, one organisation: a second registration of it is 409', async () => {
    const creditCode = freshCreditCode();
    expect((await register(await putEmployerWithoutOrg('dup-a'), orgBody({ creditCode }))).status).toBe(200);
    const second = await register(await putEmployerWithoutOrg('dup-b'), orgBody({ creditCode }));
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('CREDIT_CODE_TAKEN');
  });

  it('a resident with a sign-up still running must finish it first (409)', async () => {
    const token = await putResident('org-owner-busy');
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.activeBooking('org-owner-busy', 'JOB#some-job'), bookingId: 'x', entity: 'active-booking' } }));
    const res = await register(token, orgBody());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROLE_SWITCH_BLOCKED');
    expect((await userItem('org-owner-busy')).role).toBe('resident');
  });

  it('a replayed Idempotency-Key registers once and answers the same', async () => {
    const token = await putEmployerWithoutOrg('org-replay');
    const body = orgBody();
    const first = await register(token, body, 'reg-key-1');
    const again = await register(token, body, 'reg-key-1');
    expect(again.status).toBe(200);
    expect(again.body.org.id).toBe(first.body.org.id);
  });
});

describe('community staff verify organisations', () => {
  async function pendingOrg(id: string, communityCode = '371002002001') {
    const token = await putEmployerWithoutOrg(id);
    const res = await register(token, orgBody({ communityCode }));
    return { orgId: res.body.org.id as string, token: res.body.session.token as string };
  }

  it('lists pending organisations of their own community only', async () => {
    const { orgId } = await pendingOrg('list-me');
    const mine = await invoke(staffOrgs, { token: await dongshanStaff(), query: { status: 'pending', limit: '100' } });
    expect(mine.body.items.map((o: { id: string }) => o.id)).toContain(orgId);
    const theirs = await invoke(staffOrgs, { token: await villageStaff(), query: { status: 'pending', limit: '100' } });
    expect(theirs.body.items.map((o: { id: string }) => o.id)).not.toContain(orgId);
  });

  it('staff of another community cannot verify (403); their own can, once', async () => {
    const { orgId, token } = await pendingOrg('verify-me');
    const outsider = await invoke(verifyOrg, { token: await villageStaff(), params: { orgId } });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.code).toBe('OUT_OF_SCOPE');
    const resident = await invoke(verifyOrg, { token: await putResident('not-staff'), params: { orgId } });
    expect(resident.status).toBe(403);
    const ok = await invoke(verifyOrg, { token: await dongshanStaff(), params: { orgId } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'verified', verifiedBadge: true });
    const twice = await invoke(verifyOrg, { token: await dongshanStaff(), params: { orgId } });
    expect(twice.status).toBe(409);
    const inbox = await invoke(myNotifications, { token });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'org_verified', title: '单位认证通过' });
  });

  it('rejecting needs a reason; the owner sees it, fixes the form and is pending again', async () => {
    const { orgId, token } = await pendingOrg('reject-me');
    expect((await invoke(rejectOrg, { token: await dongshanStaff(), params: { orgId }, body: { reason: '' } })).status).toBe(400);
    const rejected = await invoke(rejectOrg, { token: await dongshanStaff(), params: { orgId }, body: { reason: '营业执照照片看不清' } });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '营业执照照片看不清' });
    const mine = await invoke(myOrg, { token });
    expect(mine.body.org).toMatchObject({ status: 'rejected', rejectReason: '营业执照照片看不清' });
    const again = await register(token, orgBody({ creditCode: mine.body.org.creditCode, name: '威海测试保洁服务部（重新提交）' }));
    expect(again.body.org).toMatchObject({ status: 'pending', rejectReason: null });
    expect(again.body.session).toBeNull();
  });

  it('a rejection gives the credit code back, so the real company can register it', async () => {
    const creditCode = freshCreditCode();
    const squatter = await register(await putEmployerWithoutOrg('code-squatter'), orgBody({ creditCode }));
    await invoke(rejectOrg, { token: await dongshanStaff(), params: { orgId: squatter.body.org.id }, body: { reason: '营业执照与信用代码不符' } });
    const owner = await register(await putEmployerWithoutOrg('code-owner'), orgBody({ creditCode }));
    expect(owner.status).toBe(200);
    const back = await register(squatter.body.session.token, orgBody({ creditCode }));
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe('CREDIT_CODE_TAKEN');
  });

  it('staff of a village cannot see or act on an org in the city, and unknown orgs are 404', async () => {
    const missing = await invoke(verifyOrg, { token: await dongshanStaff(), params: { orgId: 'no-such-org' } });
    expect(missing.status).toBe(404);
  });
});

describe('business licence upload', () => {
  it('posts the photo straight to S3 and attaches it; staff get a link to read it', async () => {
    const token = await putEmployerWithoutOrg('licence-owner');
    const photo = Buffer.from('\xff\xd8\xff\xe0 fake jpeg bytes for the test', 'binary');
    const ticket = await invoke(licenceUploadUrl, { token, body: { contentType: 'image/jpeg', size: photo.length } });
    expect(ticket.status).toBe(200);
    expect(ticket.body.key).toMatch(/^licences\/licence-owner\//);
    const form = new FormData();
    for (const [name, value] of Object.entries(ticket.body.fields as Record<string, string>)) form.append(name, value);
    form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'licence.jpg');
    const upload = await fetch(ticket.body.url, { method: 'POST', body: form });
    expect(upload.status).toBeLessThan(300);

    const res = await register(token, orgBody({ licenceKey: ticket.body.key }));
    expect(res.body.org.licenceUploaded).toBe(true);
    const list = await invoke(staffOrgs, { token: await dongshanStaff(), query: { status: 'pending', limit: '100' } });
    const seen = list.body.items.find((o: { id: string }) => o.id === res.body.org.id);
    const fetched = await fetch(seen.licenceUrl);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(photo);
  });

  it('refuses a file over 5 MB or of another type before issuing a ticket', async () => {
    const token = await putEmployerWithoutOrg('licence-big');
    expect((await invoke(licenceUploadUrl, { token, body: { contentType: 'image/jpeg', size: 6 * 1024 * 1024 } })).status).toBe(400);
    expect((await invoke(licenceUploadUrl, { token, body: { contentType: 'image/gif', size: 100 } })).status).toBe(400);
  });

  it('a key never uploaded, or under someone else\'s prefix, is refused', async () => {
    const token = await putEmployerWithoutOrg('licence-thief');
    const never = await register(token, orgBody({ licenceKey: 'licences/licence-thief/nothing.jpg' }));
    expect(never.status).toBe(400);
    expect(never.body.error.code).toBe('LICENCE_NOT_UPLOADED');
    const others = await register(token, orgBody({ licenceKey: 'licences/licence-owner/x.jpg' }));
    expect(others.body.error.code).toBe('LICENCE_NOT_UPLOADED');
  });
});
