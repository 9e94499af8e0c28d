import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { handler as recommendations } from '../../functions/handlers/jobs/recommendations';
import { handler as updateProfile } from '../../functions/handlers/profile/update-profile';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { issueSessionToken } from '../../functions/commons/auth';
import { invoke } from './invoke';

const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;

describe('GET /me/recommendations', () => {
  it('gives a resident up to ten nearby jobs with Chinese reasons, in a stable order', async () => {
    const token = await login('employer-haiyue');
    expect((await invoke(recommendations, { token })).status).toBe(403);
    const resident = await login('resident-li');
    await invoke(updateProfile, { token: resident, body: { name: '李建国', skills: ['农业种植', '搬运装卸'], availability: ['weekend'], intentions: ['零工'] } });
    const first = await invoke(recommendations, { token: resident });
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBeGreaterThan(0);
    expect(first.body.items.length).toBeLessThanOrEqual(10);
    for (const item of first.body.items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.reasons.join('')).toMatch(/[\u4e00-\u9fa5]/);
    }
    const second = await invoke(recommendations, { token: resident });
    expect(second.body.items.map((i: { job: { id: string } }) => i.job.id)).toEqual(first.body.items.map((i: { job: { id: string } }) => i.job.id));
  });

  it('asks a resident with no community to choose one first (409)', async () => {
    const id = 'user-no-home';
    const now = new Date().toISOString();
    await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.user(id), entity: 'user', id, role: 'resident', name: '新居民', createdAt: now, updatedAt: now } }));
    const { token } = await issueSessionToken({ userId: id, role: 'resident' });
    const { status, body } = await invoke(recommendations, { token });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'HOME_COMMUNITY_REQUIRED', message: '请先选择您的社区' });
  });

  it('still recommends sensible work to a resident with no skills at all', async () => {
    const token = await login('resident-zhang');
    await invoke(updateProfile, { token, body: { name: '张秀英', skills: [], availability: [], intentions: [] } });
    const { status, body } = await invoke(recommendations, { token });
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThanOrEqual(3);
    expect(body.adjacentOccupations).toEqual([]);
  });
});
