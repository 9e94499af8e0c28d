import { BatchWriteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/adapters/dynamo/keys';
import { encryptPii } from '../../functions/commons/pii';
import { divisionItems } from './division-items';
import { PERSONAS, extraResidents } from './demo-people';
import { demoJobs, demoOrgs, demoTrainings } from './demo-work';
import { demoEventItems } from './demo-events';
import { demoAssistanceItems } from './demo-assistance';
import { demoStationItems } from './demo-stations';
import { sessionItem, trainingItem } from '../../functions/adapters/dynamo/trainings';
import type { SessionRow, TrainingRow } from '../../functions/domain/trainings/views';
import { seedCounterItems } from './seed-counters';

/** Bump when the seed's shape changes; a table seeded with an older version is reseeded (puts are idempotent). */
export const SEED_VERSION = 12;

export function demoItems(now = new Date()): Record<string, unknown>[] {
  const createdAt = now.toISOString();
  const orgs = demoOrgs();
  const items: Record<string, unknown>[] = [];
  const contacts = new Map(PERSONAS.filter((p) => p.orgIndex !== undefined).map((p) => [orgs[p.orgIndex!].id, p]));
  orgs.forEach((org, n) => {
    const contact = contacts.get(org.id) ?? { name: `${org.name.slice(2, 4)}联系人`, phone: `1390632${String(1000 + n).padStart(4, '0')}` };
    const status = org.verified ? 'verified' : 'pending';
    items.push({
      ...keys.org(org.id), ...keys.orgInDivision(org.community.code, org.id), ...keys.orgQueue(status, org.community.code, org.id), entity: 'org',
      id: org.id, name: org.name, type: org.type, creditCode: org.creditCode, communityCode: org.community.code,
      streetCode: org.community.streetCode, districtCode: org.community.districtCode, lat: org.point.lat, lng: org.point.lng,
      address: `${org.community.name}（${org.name}）`, headcount: org.headcount, conditions: org.conditions,
      status, ownerUserId: contacts.has(org.id) ? `user-${contacts.get(org.id)!.persona}` : null, confirmedReports: 0,
      submittedAt: createdAt, reviewedAt: org.verified ? createdAt : null, createdAt, updatedAt: createdAt,
      contactName: contact.name, contactPhoneEnc: encryptPii(contact.phone),
    });
    items.push({ ...keys.creditCode(org.creditCode), entity: 'credit-code', orgId: org.id });
  });
  for (const job of demoJobs(orgs)) {
    items.push({
      ...keys.job(job.id), ...(job.status === 'open' ? keys.openJobGeo(job.geohash9, job.id) : {}), ...keys.jobOfOrg(String(job.orgId), job.endsAt, job.id),
      entity: 'job', waitlistCount: 0, ...job,
    });
  }
  const { trainings, sessions } = demoTrainings();
  items.push(...trainings.map((training) => trainingItem(training as TrainingRow)), ...sessions.map((session) => sessionItem(session as unknown as SessionRow)));
  items.push(...demoEventItems());
  items.push(...demoAssistanceItems(now));
  items.push(...demoStationItems(createdAt));
  const user = (id: string, spec: { name: string; phone: string; role: string; homeCommunityCode?: string; staff?: { level: string; divisionCode: string }; orgId?: string; birthYear?: number }) => ({
    ...keys.user(id),
    ...(spec.role === 'resident' && spec.homeCommunityCode ? keys.residentHome(spec.homeCommunityCode, createdAt, id) : {}),
    entity: 'user', id, role: spec.role, name: spec.name, phoneEnc: encryptPii(spec.phone),
    homeCommunityCode: spec.homeCommunityCode, staffLevel: spec.staff?.level, staffDivisionCode: spec.staff?.divisionCode,
    orgId: spec.orgId, birthYear: spec.birthYear, createdAt, updatedAt: createdAt,
  });
  PERSONAS.forEach((p, order) => {
    const id = `user-${p.persona}`;
    items.push(user(id, { ...p, orgId: p.orgIndex === undefined ? undefined : orgs[p.orgIndex].id }));
    items.push({ ...keys.persona(p.persona), entity: 'persona', persona: p.persona, userId: id, displayName: p.displayName, role: p.role, description: p.description, order });
  });
  extraResidents(21, ['371002002001', '371002002002', '371002002003', '371003001203', '371071001001']).forEach((r, i) =>
    items.push(user(`user-resident-${String(i + 1).padStart(3, '0')}`, { ...r, role: 'resident' })),
  );
  return items;
}

/** Puts many items with parallel BatchWrites, retrying what DynamoDB leaves unprocessed (seed, benchmarks). */
export async function writeAll(client: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 8) throw new Error('DynamoDB kept returning unprocessed items');
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (result.UnprocessedItems?.[table] ?? []) as typeof pending;
        if (pending.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * Loads Weihai's divisions and the demo data unless this seed version is already in the table.
 * The marker is written last, so an interrupted seed simply runs again.
 */
export async function seedIfEmpty(client: DynamoDBDocumentClient, table: string): Promise<{ seeded: boolean; items: number }> {
  const { Item } = await client.send(new GetCommand({ TableName: table, Key: keys.seedMarker() }));
  if (Item && Item.version >= SEED_VERSION) return { seeded: false, items: 0 };
  const items = [...divisionItems(), ...demoItems()];
  await writeAll(client, table, [...items, ...seedCounterItems(items)]);
  await client.send(new PutCommand({ TableName: table, Item: { ...keys.seedMarker(), version: SEED_VERSION, seededAt: new Date().toISOString(), items: items.length } }));
  return { seeded: true, items: items.length };
}
