import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { encryptPii } from '../../functions/commons/pii';
import { keys } from '../../functions/adapters/dynamo/keys';
import type { OrgRow } from '../../functions/adapters/dynamo/orgs';
import { idCheckChar } from '../../functions/domain/profile/id-number';
import { ageOn } from '../../functions/domain/subsidies/hire-age';
import { handler as createApplication } from '../../functions/handlers/subsidies/create-application';
import { handler as uploadUrl } from '../../functions/handlers/subsidies/document-upload-url';
import { handler as submitApplication } from '../../functions/handlers/subsidies/submit-application';
import { putResident } from './fixtures';
import { freshCreditCode, putOrg, weihaiDay } from './fixtures-employers';
import { invoke, tokenFor } from './invoke';

export const DONGSHAN = '371002002001';
export const JINGYUAN = '371002002';
export const HUANCUI = '371002';
export const VILLAGE = '371003001203';

let serial = 0;

/** A valid, fresh 身份证号 (GB 11643 check character) of someone born in Huancui in the 1980s. */
export function freshIdNumber(bornFrom = 1980): string {
  serial += 1;
  const birth = new Date(Date.UTC(bornFrom, 0, 1) + Math.floor(Math.random() * 3650) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `371002${birth}${String((serial * 7 + Math.floor(Math.random() * 1000)) % 1000).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

/** A resident of 东山 (or `home`), optionally with the 身份证号 already in 「我的资料」. */
export async function putApplicant(id: string, spec: { idNumber?: string; home?: string | null; name?: string } = {}) {
  const token = await putResident(id, { homeCommunityCode: spec.home === undefined ? DONGSHAN : spec.home, name: spec.name });
  if (spec.idNumber) {
    await ddb().send(
      new UpdateCommand({ TableName: process.env.TABLE_NAME, Key: keys.user(id), UpdateExpression: 'SET idNumberEnc = :id', ExpressionAttributeValues: { ':id': encryptPii(spec.idNumber) } }),
    );
  }
  return token;
}

/** An employer account with its organisation (verified unless said otherwise), a valid credit code, in `community`. */
export async function putEmployer(id: string, community = DONGSHAN, org: Partial<OrgRow> = {}) {
  const orgId = `org-${id}`;
  const row = await putOrg(orgId, community, { creditCode: freshCreditCode(), type: '个体工商户', ownerUserId: id, name: `测试单位${id}`, ...org });
  const now = new Date().toISOString();
  await ddb().send(
    new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.user(id), entity: 'user', id, role: 'employer', orgId, name: `老板${id.slice(-4)}`, createdAt: now, updatedAt: now } }),
  );
  return { token: await tokenFor({ userId: id, role: 'employer', orgId }), org: row };
}

export type Level = 'community' | 'street' | 'district' | 'city';
export const staff = (level: Level, divisionCode: string) => tokenFor({ userId: `user-staff-sub-${divisionCode}`, role: 'staff', staff: { level, divisionCode } });
export const dongshanStaff = () => staff('community', DONGSHAN);
export const streetStaff = () => staff('street', JINGYUAN);
export const districtStaff = () => staff('district', HUANCUI);

export const startupBody = (extra: Record<string, unknown> = {}, business: Record<string, unknown> = {}) => ({
  policyId: 'startup-subsidy',
  business: { kind: '个体工商户', registeredOn: weihaiDay(-30), name: '东山便民小吃店', creditCode: freshCreditCode(), ...business },
  ...extra,
});

/** A hire whose stated age is the one the 身份证号 gives on the hire date (the server checks it). */
export const hiringBody = (hire: Record<string, unknown> = {}) => {
  const idNumber = (hire.idNumber as string | undefined) ?? freshIdNumber();
  const hiredOn = (hire.hiredOn as string | undefined) ?? weihaiDay(-10);
  return {
    policyId: 'hiring-subsidy',
    hire: {
      name: '李小明', idNumber, age: ageOn(idNumber, hiredOn), hiredOn, contractMonths: 12,
      graduatedOn: null, unemployedSinceGraduation: false, unemploymentRegisteredOn: weihaiDay(-300), ...hire,
    },
  };
};

export const socialBody = (worker: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  policyId: 'social-insurance-subsidy',
  worker: { assistedCategories: ['大龄'], work: '灵活就业', startedOn: weihaiDay(-60), ...worker },
  ...extra,
});

export const apply = (token: string, body: unknown, idempotencyKey?: string) =>
  invoke(createApplication, { token, body, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });

/** Asks for a ticket and posts the file to s3rver with it, as the phone does. */
export async function uploadDocument(token: string, applicationId: string, kind: string, file = Buffer.from('%PDF-1.4 test document'), contentType = 'application/pdf') {
  const ticket = await invoke(uploadUrl, { token, params: { applicationId }, body: { kind, contentType, size: file.length, fileName: `${kind}.pdf` } });
  expect(ticket.status).toBe(201);
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.body.fields as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([file], { type: contentType }), `${kind}.pdf`);
  const posted = await fetch(ticket.body.url, { method: 'POST', body: form });
  expect(posted.status).toBeLessThan(300);
  return ticket.body as { key: string };
}

export const submit = (token: string, applicationId: string, corrections: unknown = null) =>
  invoke(submitApplication, { token, params: { applicationId }, body: { corrections } });

/** A startup application by a new 东山 resident, with both required documents uploaded, submitted to 社区初审. */
export async function submittedStartup(userId: string, business: Record<string, unknown> = {}) {
  const token = await putApplicant(userId, { idNumber: freshIdNumber() });
  const created = await apply(token, startupBody({}, business));
  expect(created.status).toBe(201);
  await uploadDocument(token, created.body.id, 'licence');
  await uploadDocument(token, created.body.id, 'id-proof');
  const submitted = await submit(token, created.body.id);
  expect(submitted.status).toBe(200);
  return { token, id: created.body.id as string, application: submitted.body };
}
