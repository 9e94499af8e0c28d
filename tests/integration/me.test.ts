import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { handler as getMe } from '../../functions/handlers/me/get-me';
import { handler as setHome } from '../../functions/handlers/me/set-home-community';
import { handler as listResidents } from '../../functions/handlers/staff/list-community-residents';
import { invoke } from './invoke';

const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;

describe('PUT /me/home-community', () => {
  it('sets the home community, and the resident moves to that community’s staff list', async () => {
    const token = await login('resident-wang');
    expect((await invoke(getMe, { token })).body.homeCommunity).toBeNull();
    const { status, body } = await invoke(setHome, { token, body: { communityCode: '371003001203' } });
    expect(status).toBe(200);
    expect(body.homeCommunity).toMatchObject({ code: '371003001203', name: '茅埠屯村委会', kind: 'rural', district: { name: '文登区' } });
    expect((await invoke(getMe, { token })).body.homeCommunity.code).toBe('371003001203');

    const staff = await login('staff-village');
    const list = await invoke(listResidents, { token: staff, params: { code: '371003001203' }, query: { limit: '100' } });
    expect(list.body.items.map((r: { name: string }) => r.name)).toContain('王小雨');

    await invoke(setHome, { token, body: { communityCode: '371002002003' } });
    const after = await invoke(listResidents, { token: staff, params: { code: '371003001203' }, query: { limit: '100' } });
    expect(after.body.items.map((r: { name: string }) => r.name)).not.toContain('王小雨');
  });

  it('does not list staff or employers among a community’s residents', async () => {
    const employer = await login('employer-xinyuan');
    expect((await invoke(setHome, { token: employer, body: { communityCode: '371002002001' } })).status).toBe(200);
    const list = await invoke(listResidents, { token: await login('staff-community'), params: { code: '371002002001' }, query: { limit: '100' } });
    expect(list.body.items.map((r: { name: string }) => r.name)).not.toContain('陈志强');
  });

  it('rejects a street code with 400, an unknown community with 404, bad JSON with 400 and huge bodies with 413', async () => {
    const token = await login('resident-zhang');
    const street = await invoke(setHome, { token, body: { communityCode: '371002002' } });
    expect(street.status).toBe(400);
    expect(street.body.error.message).toContain('请选择一个社区');
    expect((await invoke(setHome, { token, body: { communityCode: '371002002999' } })).status).toBe(404);
    expect((await invoke(setHome, { token, body: { communityCode: 371002002001 } })).status).toBe(400);
    const malformed = await invoke(setHome, { token, rawBody: '{"communityCode": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
    const huge = await invoke(setHome, { token, rawBody: JSON.stringify({ communityCode: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
    const wrongType = await invoke(setHome, { token, rawBody: 'communityCode=1', headers: { 'content-type': 'text/plain' } });
    expect(wrongType.status).toBe(415);
    expect((await invoke(getMe, { token })).body.homeCommunity.code).toBe('371002002001');
  });
});
