import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { demoItems, seedIfEmpty } from '../../scripts/seed/index';

describe('seed', () => {
  it('runs once: a second start finds the marker and writes nothing', async () => {
    const result = await seedIfEmpty(ddb(), process.env.TABLE_NAME!);
    expect(result).toEqual({ seeded: false, items: 0 });
  });

  it('holds the demo minimums: 30 employers, 200 jobs in 3+ districts, 20 trainings, 20 residents, staff at all four levels', () => {
    const items = demoItems();
    const of = (entity: string) => items.filter((i) => i.entity === entity) as Record<string, any>[];
    expect(of('org').length).toBeGreaterThanOrEqual(30);
    const jobs = of('job');
    expect(jobs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(jobs.map((j) => j.districtCode)).size).toBeGreaterThanOrEqual(3);
    expect(of('training').length).toBeGreaterThanOrEqual(20);
    const users = of('user');
    expect(users.filter((u) => u.role === 'resident').length).toBeGreaterThanOrEqual(20);
    expect(new Set(users.filter((u) => u.role === 'staff').map((u) => u.staffLevel))).toEqual(new Set(['community', 'street', 'district', 'city']));
    expect(JSON.stringify(users)).not.toMatch(/1390631\d{4}/);
  });

  it('stored every Weihai community under its street, with generated coordinates', async () => {
    const { Items } = await ddb().send(new QueryCommand({ TableName: process.env.TABLE_NAME, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'DIV#371002002' } }));
    expect(Items).toHaveLength(16);
    expect(Items!.every((c) => c.coordSource === 'generated' && typeof c.lat === 'number' && c.GSI3PK.startsWith('GEO5#') && c.GSI3SK.endsWith(c.code))).toBe(true);
  });
});
