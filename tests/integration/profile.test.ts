import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { issueSessionToken } from '../../functions/commons/auth';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { handler as getMe } from '../../functions/handlers/me/get-me';
import { handler as getProfile } from '../../functions/handlers/profile/get-profile';
import { handler as updateProfile } from '../../functions/handlers/profile/update-profile';
import { handler as grantConsent } from '../../functions/handlers/profile/grant-consent';
import { handler as withdrawConsent } from '../../functions/handlers/profile/withdraw-consent';
import { handler as exportMyData } from '../../functions/handlers/profile/export-my-data';
import { handler as deleteMe } from '../../functions/handlers/profile/delete-me';
import { idCheckChar } from '../../functions/domain/profile/id-number';
import { invoke } from './invoke';

const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;
const storedUser = async (id: string) => (await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.user(id) }))).Item;
const ID_BODY = '37100219660315123';
const ID_NUMBER = ID_BODY + idCheckChar(ID_BODY);
const base = { name: '李建国', skills: ['农业种植'], availability: ['weekend'], intentions: ['零工'] };

describe('我的资料', () => {
  it('saves the profile; 身份证号 is stored encrypted, shown masked, and sets the birth year', async () => {
    const token = await login('resident-li');
    const { status, body } = await invoke(updateProfile, { token, body: { ...base, phone: '13806311234', idNumber: ID_NUMBER, birthYear: 1990 } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ phoneMasked: '138****1234', idNumberMasked: `3710**********${ID_NUMBER.slice(-4)}`, birthYear: 1966, skills: ['农业种植'] });
    const item = await storedUser('user-resident-li');
    const raw = JSON.stringify(item);
    expect(raw).not.toContain(ID_NUMBER);
    expect(raw).not.toContain('13806311234');
    expect(item!.idNumberEnc).toMatch(/^v1\./);
    const again = await invoke(getProfile, { token });
    expect(again.body.idNumberMasked).toBe(body.idNumberMasked);
    const cleared = await invoke(updateProfile, { token, body: { ...base, idNumber: '' } });
    expect(cleared.body.idNumberMasked).toBeNull();
  });

  it('rejects a bad phone or 身份证号 with 400 and a Chinese message on the field, changing nothing', async () => {
    const token = await login('resident-li');
    const before = await storedUser('user-resident-li');
    const phone = await invoke(updateProfile, { token, body: { ...base, phone: '12345678901' } });
    expect(phone.status).toBe(400);
    expect(phone.body.error.details).toEqual([{ field: 'body.phone', message: '手机号应为 11 位，以 1 开头' }]);
    const wrongCheck = ID_BODY + (idCheckChar(ID_BODY) === '0' ? '1' : '0');
    const id = await invoke(updateProfile, { token, body: { ...base, idNumber: wrongCheck } });
    expect(id.status).toBe(400);
    expect(id.body.error.details[0]).toEqual({ field: 'body.idNumber', message: '身份证号校验不通过，请逐位核对' });
    expect((await invoke(updateProfile, { token, body: { ...base, skills: ['开挖掘机'] } })).status).toBe(400);
    expect(await storedUser('user-resident-li')).toEqual(before);
  });

  it('keeps assisted categories only under a separate consent, and erases them on withdrawal', async () => {
    const token = await login('resident-zhang');
    const refused = await invoke(updateProfile, { token, body: { ...base, name: '张秀英', assistedCategories: ['大龄'] } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('CONSENT_REQUIRED');
    expect((await invoke(grantConsent, { token, body: { kind: 'sensitive-personal-info', version: '2026-11', agreed: false } })).status).toBe(400);
    const granted = await invoke(grantConsent, { token, body: { kind: 'sensitive-personal-info', version: '2026-11', agreed: true } });
    expect(granted.body.consents).toEqual([expect.objectContaining({ kind: 'sensitive-personal-info', version: '2026-11' })]);
    const saved = await invoke(updateProfile, { token, body: { ...base, name: '张秀英', assistedCategories: ['大龄', '低保家庭'] } });
    expect(saved.status).toBe(200);
    expect(saved.body.assistedCategories).toEqual(['大龄', '低保家庭']);
    const withdrawn = await invoke(withdrawConsent, { token, params: { kind: 'sensitive-personal-info' } });
    expect(withdrawn.body).toMatchObject({ consents: [], assistedCategories: [] });
    expect((await storedUser('user-resident-zhang'))!.assistedCategories).toBeUndefined();
  });

  it('exports the resident’s own data, masked', async () => {
    const token = await login('resident-zhang');
    const { status, body } = await invoke(exportMyData, { token });
    expect(status).toBe(200);
    expect(body.account.id).toBe('user-resident-zhang');
    expect(body.profile.phoneMasked).toBe('139****0001');
    expect(JSON.stringify(body)).not.toContain('13906310001');
  });

  it('only ever addresses the caller: a token for someone else’s id cannot exist without the key, and a deleted account is 404', async () => {
    const id = 'user-delete-me';
    const now = new Date().toISOString();
    await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.user(id), entity: 'user', id, role: 'resident', name: '待注销', wechatOpenid: 'openid-delete-me', createdAt: now, updatedAt: now } }));
    await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.wechatIdentity('openid-delete-me'), userId: id } }));
    const { token } = await issueSessionToken({ userId: id, role: 'resident' });
    expect((await invoke(deleteMe, { token })).body).toEqual({ ok: true });
    expect(await storedUser(id)).toBeUndefined();
    expect((await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.wechatIdentity('openid-delete-me') }))).Item).toBeUndefined();
    expect((await invoke(getMe, { token })).status).toBe(404);
    expect((await invoke(getProfile, { token })).status).toBe(404);
    expect((await invoke(deleteMe, { token })).status).toBe(404);
  });
});
