import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { STATION_STANDARDS } from '../../contract';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { handler as getStation } from '../../functions/handlers/stations/get-station';
import { handler as putStation } from '../../functions/handlers/stations/put-station';
import { handler as photoUploadUrl } from '../../functions/handlers/stations/station-photo-upload-url';
import { putResident } from './fixtures';
import { invoke, tokenFor } from './invoke';

const DONGSHAN = '371002002001'; // seeded: all six met, no photos
const BEICANG = '371002002003'; // not seeded: starts empty
const JINYUAN = '371002002002';
const staff = (level: 'community' | 'street' | 'district' | 'city', divisionCode: string) =>
  tokenFor({ userId: `user-station-${divisionCode}`, role: 'staff', staff: { level, divisionCode } });

const JPEG = Buffer.from('\xff\xd8\xff\xe0 station photo bytes for the test', 'binary');

/** Asks for a ticket and posts the photo to s3rver with it, as the phone does. */
async function uploadPhoto(token: string, communityCode: string, bytes = JPEG) {
  const ticket = await invoke(photoUploadUrl, { token, params: { communityCode }, body: { contentType: 'image/jpeg', size: bytes.length } });
  expect(ticket.status).toBe(201);
  expect(ticket.body.key).toMatch(new RegExp(`^stations/${communityCode}/[0-9A-Z]{26}\\.jpg$`));
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.body.fields as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg');
  const posted = await fetch(ticket.body.url, { method: 'POST', body: form });
  expect(posted.status).toBeLessThan(300);
  return ticket.body.key as string;
}

const standards = (met: Partial<Record<string, string[]>>) =>
  STATION_STANDARDS.map((standard) => ({ standard, met: !!met[standard], note: met[standard] ? `${standard}已落实` : '', photoKeys: met[standard] ?? [] }));
const put = (token: string, communityCode: string, body: unknown) => invoke(putStation, { token, params: { communityCode }, body });

describe('「六有」 checklist (威就办〔2023〕9号 二)', () => {
  it('answers the six standards of a community that never filled it, at version 0', async () => {
    const res = await invoke(getStation, { token: await staff('street', '371002002'), params: { communityCode: BEICANG } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ communityCode: BEICANG, communityName: '北仓居委会', metCount: 0, allMet: false, version: 0, updatedAt: null });
    expect(res.body.standards.map((s: { standard: string }) => s.standard)).toEqual([...STATION_STANDARDS]);
    expect(res.body.standards[0].label).toBe('有标识');
  });

  it('shows a seeded checklist that meets all six without photos', async () => {
    const res = await invoke(getStation, { token: await staff('community', DONGSHAN), params: { communityCode: DONGSHAN } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ metCount: 6, allMet: true, version: 1 });
    expect(res.body.standards.every((s: { photos: unknown[] }) => s.photos.length === 0)).toBe(true);
  });

  it('saves met standards with photos uploaded straight to S3, and links them back', async () => {
    const token = await staff('community', BEICANG);
    const sign = await uploadPhoto(token, BEICANG);
    const hall = await uploadPhoto(token, BEICANG);
    const saved = await put(token, BEICANG, { expectedVersion: 0, standards: standards({ 标识: [sign], 活动场所: [hall, sign] }) });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ metCount: 2, allMet: false, version: 1 });
    expect(saved.body.updatedBy).toBeTruthy();

    const read = await invoke(getStation, { token, params: { communityCode: BEICANG } });
    const place = read.body.standards.find((s: { standard: string }) => s.standard === '活动场所');
    expect(place.photos.map((p: { key: string }) => p.key)).toEqual([hall, sign]);
    expect(Buffer.from(await (await fetch(place.photos[0].url)).arrayBuffer())).toEqual(JPEG);

    // what the stream aggregator counts: entity, community and standards[].met on the item
    const { Item } = await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.station(BEICANG) }));
    expect(Item).toMatchObject({ entity: 'station', communityCode: BEICANG, allMet: false });

    const all = Object.fromEntries(STATION_STANDARDS.map((s) => [s, [sign]]));
    const full = await put(token, BEICANG, { expectedVersion: 1, standards: standards(all) });
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ metCount: 6, allMet: true, version: 2 });
  });

  it('refuses a photo that was never uploaded, or one from another community', async () => {
    const token = await staff('street', '371002002');
    const missing = `stations/${JINYUAN}/01JDX8Z6W5T1Q9K3M7N2P4R6S8.jpg`;
    const res = await put(token, JINYUAN, { expectedVersion: 1, standards: standards({ 标识: [missing] }) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PHOTO_NOT_UPLOADED');
    expect(res.body.error.message).toContain('有标识');

    const elsewhere = await uploadPhoto(token, BEICANG);
    const borrowed = await put(token, JINYUAN, { expectedVersion: 1, standards: standards({ 标识: [elsewhere] }) });
    expect(borrowed.status).toBe(400);
    expect(borrowed.body.error.code).toBe('PHOTO_NOT_UPLOADED');
  });

  it('refuses a met standard without any photo (seeded checklists must add evidence to be saved)', async () => {
    const token = await staff('community', DONGSHAN);
    const res = await put(token, DONGSHAN, { expectedVersion: 1, standards: STATION_STANDARDS.map((standard) => ({ standard, met: true, note: '', photoKeys: [] })) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain('照片');
  });

  it('refuses a save from a stale form with 409, and the first save of an existing checklist too', async () => {
    const token = await staff('community', JINYUAN);
    const key = await uploadPhoto(token, JINYUAN);
    const first = await put(token, JINYUAN, { expectedVersion: 1, standards: standards({ 标识: [key] }) });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await put(token, JINYUAN, { expectedVersion: 1, standards: standards({ 宣传专栏: [key] }) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STATION_CHANGED');
    const asNew = await put(token, JINYUAN, { expectedVersion: 0, standards: standards({}) });
    expect(asNew.status).toBe(409);
  });

  it('keeps staff to their own division, and residents out', async () => {
    const village = await staff('community', '371003001203');
    expect((await invoke(getStation, { token: village, params: { communityCode: DONGSHAN } })).status).toBe(403);
    expect((await put(village, DONGSHAN, { expectedVersion: 1, standards: standards({}) })).status).toBe(403);
    expect((await invoke(photoUploadUrl, { token: village, params: { communityCode: DONGSHAN }, body: { contentType: 'image/jpeg', size: 10 } })).status).toBe(403);
    const resident = await putResident('station-resident');
    expect((await invoke(getStation, { token: resident, params: { communityCode: DONGSHAN } })).status).toBe(403);
  });

  it('answers 404 for a community that does not exist, and refuses other file types', async () => {
    const district = await staff('district', '371002');
    const res = await invoke(getStation, { token: district, params: { communityCode: '371002002999' } });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('COMMUNITY_NOT_FOUND');
    const pdf = await invoke(photoUploadUrl, { token: district, params: { communityCode: DONGSHAN }, body: { contentType: 'application/pdf', size: 10 } });
    expect(pdf.status).toBe(400);
    const big = await invoke(photoUploadUrl, { token: district, params: { communityCode: DONGSHAN }, body: { contentType: 'image/png', size: 6 * 1024 * 1024 } });
    expect(big.status).toBe(400);
  });
});
