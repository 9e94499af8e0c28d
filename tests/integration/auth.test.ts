import { createServer, type Server } from 'node:http';
import { SignJWT } from 'jose';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { handler as listDevPersonas } from '../../functions/handlers/auth/list-dev-personas';
import { handler as wechatLogin } from '../../functions/handlers/auth/wechat-login';
import { handler as getMe } from '../../functions/handlers/me/get-me';
import { handler as listResidents } from '../../functions/handlers/staff/list-community-residents';
import { issueSessionToken } from '../../functions/commons/auth';
import { invoke } from './invoke';

const login = async (persona: string) => {
  const { status, body } = await invoke(devLogin, { body: { persona } });
  expect(status).toBe(200);
  return body.token as string;
};

describe('dev login', () => {
  it('lists the demo personas for every role and level', async () => {
    const { body } = await invoke(listDevPersonas);
    const personas = body.items.map((p: { persona: string }) => p.persona);
    expect(personas).toEqual(expect.arrayContaining(['resident-zhang', 'employer-haiyue', 'staff-community', 'staff-street', 'staff-district', 'staff-city']));
  });

  it('issues a token whose /me is the persona, with the phone masked', async () => {
    const { status, body } = await invoke(devLogin, { body: { persona: 'resident-zhang' } });
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ name: '张秀英', role: 'resident', phoneMasked: '139****0001', homeCommunity: { code: '371002002001' } });
    const me = await invoke(getMe, { token: body.token });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(body.user.id);
    expect(JSON.stringify(me.body)).not.toContain('13906310001');
  });

  it('shows an employer their organisation and staff their scope', async () => {
    const employer = await invoke(getMe, { token: await login('employer-haiyue') });
    expect(employer.body.employer).toMatchObject({ orgName: expect.stringContaining('海悦') });
    const street = await invoke(getMe, { token: await login('staff-street') });
    expect(street.body.staff).toEqual({ level: 'street', divisionCode: '371002002', divisionName: '鲸园街道' });
  });

  it('404s an unknown persona and 400s a missing one', async () => {
    expect((await invoke(devLogin, { body: { persona: 'nobody' } })).status).toBe(404);
    const missing = await invoke(devLogin, { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('answers 429 past 60 logins a minute from one address, and not before', async () => {
    const attempts = await Promise.all(Array.from({ length: 70 }, () => invoke(devLogin, { body: { persona: 'nobody' }, sourceIp: '203.0.113.9' })));
    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s === 404)).toHaveLength(60);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const limited = attempts.find((a) => a.status === 429)!;
    expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
    expect((await invoke(devLogin, { body: { persona: 'resident-zhang' }, sourceIp: '203.0.113.10' })).status).toBe(200);
  });

  it('is refused in prod', async () => {
    const stage = process.env.STAGE;
    process.env.STAGE = 'prod';
    try {
      const { status, body } = await invoke(devLogin, { body: { persona: 'resident-zhang' } });
      expect(status).toBe(403);
      expect(body.error.code).toBe('DEV_LOGIN_DISABLED');
      expect((await invoke(listDevPersonas)).status).toBe(403);
    } finally {
      process.env.STAGE = stage;
    }
  });
});

describe('authentication failures are 401', () => {
  it('missing token', async () => {
    const { status, body } = await invoke(getMe);
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('expired token', async () => {
    const { token } = await issueSessionToken({ userId: 'user-resident-zhang', role: 'resident' }, new Date(Date.now() - 8 * 24 * 3600 * 1000));
    const { status, body } = await invoke(getMe, { token });
    expect(status).toBe(401);
    expect(body.error.code).toBe('TOKEN_EXPIRED');
  });

  it('token signed with another key, or tampered claims', async () => {
    const forged = await new SignJWT({ role: 'staff', staff: { level: 'city', divisionCode: '3710' } })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('user-resident-zhang').setIssuer('doorstep-jobs').setAudience('test')
      .setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(64)));
    expect((await invoke(getMe, { token: forged })).body.error.code).toBe('TOKEN_INVALID');
    const real = await login('resident-zhang');
    const [header, , signature] = real.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'user-staff-city', role: 'staff', iss: 'doorstep-jobs', aud: 'test', exp: 9999999999 })).toString('base64url');
    expect((await invoke(getMe, { token: `${header}.${payload}.${signature}` })).status).toBe(401);
    expect((await invoke(getMe, { token: 'not-a-jwt' })).status).toBe(401);
    expect((await invoke(getMe, { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });
});

describe('roles and staff scope', () => {
  it('a resident calling a staff route gets 403', async () => {
    const { status, body } = await invoke(listResidents, { token: await login('resident-zhang'), params: { code: '371002002001' } });
    expect(status).toBe(403);
    expect(body.error.code).toBe('FORBIDDEN');
  });

  it('community staff see their own community, masked', async () => {
    const { status, body } = await invoke(listResidents, { token: await login('staff-community'), params: { code: '371002002001' }, query: { limit: '50' } });
    expect(status).toBe(200);
    expect(body.items.map((r: { name: string }) => r.name)).toContain('张秀英');
    expect(body.items.every((r: { phoneMasked: string }) => /^1\d\d\*{4}\d{4}$/.test(r.phoneMasked))).toBe(true);
  });

  it('community staff of one community never see another’s residents', async () => {
    const village = await login('staff-village');
    const { status, body } = await invoke(listResidents, { token: village, params: { code: '371002002001' } });
    expect(status).toBe(403);
    expect(body.error.code).toBe('OUT_OF_SCOPE');
    const sibling = await invoke(listResidents, { token: await login('staff-community'), params: { code: '371002002002' } });
    expect(sibling.status).toBe(403);
  });

  it('street, district and city staff see everything beneath them and nothing beside', async () => {
    for (const persona of ['staff-street', 'staff-district', 'staff-city']) {
      const { status } = await invoke(listResidents, { token: await login(persona), params: { code: '371002002001' } });
      expect(status).toBe(200);
    }
    expect((await invoke(listResidents, { token: await login('staff-street'), params: { code: '371003001203' } })).status).toBe(403);
    expect((await invoke(listResidents, { token: await login('staff-district'), params: { code: '371003001203' } })).status).toBe(403);
    expect((await invoke(listResidents, { token: await login('staff-city'), params: { code: '371003001203' } })).status).toBe(200);
  });

  it('pages with cursors and rejects a tampered cursor with 400', async () => {
    const token = await login('staff-community');
    const first = await invoke(listResidents, { token, params: { code: '371002002001' }, query: { limit: '2' } });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await invoke(listResidents, { token, params: { code: '371002002001' }, query: { limit: '2', cursor: first.body.nextCursor } });
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const bad = await invoke(listResidents, { token, params: { code: '371002002001' }, query: { cursor: 'garbage' } });
    expect(bad.status).toBe(400);
  });
});

describe('WeChat login (code2Session against a local fake)', () => {
  let server: Server;
  let calls = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      calls++;
      const url = new URL(req.url!, 'http://x');
      res.setHeader('content-type', 'application/json');
      if (url.pathname !== '/sns/jscode2session' || url.searchParams.get('appid') !== 'wx-test' || url.searchParams.get('secret') !== 'sekret') {
        res.end(JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
        return;
      }
      const code = url.searchParams.get('js_code');
      if (code === 'busy') res.end(JSON.stringify({ errcode: -1, errmsg: 'system busy' }));
      else if (code?.startsWith('good-')) res.end(JSON.stringify({ openid: `openid-${code.slice(5)}`, session_key: 'never-leaves-server' }));
      else res.end(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    Object.assign(process.env, { WECHAT_APP_ID: 'wx-test', WECHAT_APP_SECRET: 'sekret', WECHAT_API_BASE: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
  });
  afterAll(async () => {
    delete process.env.WECHAT_APP_ID;
    delete process.env.WECHAT_APP_SECRET;
    await new Promise((resolve) => server.close(resolve));
  });

  it('creates a resident on first login and finds the same one next time', async () => {
    const first = await invoke(wechatLogin, { body: { code: 'good-alice' } });
    expect(first.status).toBe(200);
    expect(first.body.user.role).toBe('resident');
    expect(JSON.stringify(first.body)).not.toContain('never-leaves-server');
    const again = await invoke(wechatLogin, { body: { code: 'good-alice' } });
    expect(again.body.user.id).toBe(first.body.user.id);
  });

  it('makes one account when the first logins race', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => invoke(wechatLogin, { body: { code: 'good-bob' } })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.body.user.id)).size).toBe(1);
  });

  it('maps WeChat errors to 401 and 503 with Chinese messages', async () => {
    const invalid = await invoke(wechatLogin, { body: { code: 'bad' } });
    expect(invalid.status).toBe(401);
    expect(invalid.body.error.code).toBe('WECHAT_CODE_INVALID');
    const busy = await invoke(wechatLogin, { body: { code: 'busy' } });
    expect(busy.status).toBe(503);
    expect(calls).toBeGreaterThan(0);
  });

  it('says WeChat login is not configured when app id and secret are absent', async () => {
    const saved = process.env.WECHAT_APP_SECRET;
    delete process.env.WECHAT_APP_SECRET;
    try {
      const { status, body } = await invoke(wechatLogin, { body: { code: 'good-carol' } });
      expect(status).toBe(503);
      expect(body.error.code).toBe('WECHAT_NOT_CONFIGURED');
    } finally {
      process.env.WECHAT_APP_SECRET = saved;
    }
  });
});
