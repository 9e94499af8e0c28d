import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { routeList } from '../../contract';

/** The API as served by `npm start` (serverless offline), over real HTTP, directly and through the H5 origin. */
const api = () => process.env.E2E_API_URL!;
const viaH5 = () => `${process.env.E2E_H5_URL}api`;

describe('the running API', () => {
  it('reports DynamoDB reachable on /health', async () => {
    const response = await fetch(`${api()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', stage: 'local', checks: { dynamodb: { ok: true } } });
  });

  it('serves an OpenAPI 3.1 document with every route, which lints clean', async () => {
    const doc = await (await fetch(`${api()}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routeList) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId).toBe(route.id);
    }
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
      const redocly = resolve(__dirname, '../../node_modules/@redocly/cli/bin/cli.js');
      // exits non-zero on any error-level problem
      const output = execFileSync(process.execPath, [redocly, 'lint', join(dir, 'openapi.json'), '--format', 'summary'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
      expect(output).not.toMatch(/\berror\b/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('serves a readable docs page', async () => {
    const response = await fetch(`${api()}/docs`);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('/communities/{code}');
  });

  it.each([
    ['an unknown path', '/no/such/route', 'GET', undefined, 404, 'ROUTE_NOT_FOUND'],
    ['a known path with the wrong method', '/me', 'PATCH', undefined, 404, 'ROUTE_NOT_FOUND'],
    ['malformed JSON', '/auth/dev-login', 'POST', '{"persona": ', 400, 'MALFORMED_JSON'],
    ['a wrong type', '/auth/dev-login', 'POST', '{"persona": 12}', 400, 'VALIDATION_FAILED'],
    ['an oversized body', '/auth/dev-login', 'POST', JSON.stringify({ persona: 'x'.repeat(100_000) }), 413, 'PAYLOAD_TOO_LARGE'],
    ['no token', '/me', 'GET', undefined, 401, 'UNAUTHENTICATED'],
  ])('answers %s with the one error shape and a Chinese message', async (_name, path, method, body, status, code) => {
    for (const base of [api(), viaH5()]) {
      const response = await fetch(`${base}${path}`, { method, body, headers: body ? { 'content-type': 'application/json' } : {} });
      expect(response.status).toBe(status);
      const json = await response.json();
      expect(json.error.code).toBe(code);
      expect(json.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(JSON.stringify(json)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it('refuses a body too large for the gateway in the same shape at the H5 origin', async () => {
    const response = await fetch(`${viaH5()}/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('printed the URLs and the demo logins when it started', () => {
    const banner = process.env.E2E_START_OUTPUT!;
    expect(banner).toContain(process.env.E2E_H5_URL!);
    for (const persona of ['resident-zhang', 'employer-haiyue', 'staff-community', 'staff-street', 'staff-district', 'staff-city']) expect(banner).toContain(persona);
  });
});
