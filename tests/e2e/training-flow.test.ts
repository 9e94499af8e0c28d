import { fillField, phones } from './browser';
import { holdClassNow, putDongshanEveningClass } from './fixtures';

/**
 * Training end to end on phones: 张秀英 fills in the 四清 survey, is recommended an evening class near home and
 * books it; after the class 郑华 (环翠区 staff) marks her present; she sees the hours and her certificate.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const TRAINING_ID = `e2e-training-${Date.now()}`;
const TITLE = `家政保洁夜课${String(Date.now()).slice(-4)}`;

const people = phones();
afterAll(() => people.closeAll());

it('resident fills the 四清 survey, books a recommended evening class; staff mark attendance; the hours show', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';
  const { sessionId } = await putDongshanEveningClass(TRAINING_ID, TITLE);

  const { page: resident } = await people.open('张秀英');
  await resident.goto(url('/packages/training/pages/needs/index'));
  await resident.getByTestId('needs-situation-灵活就业').click();
  await resident.getByTestId('needs-education-初中').click();
  await resident.getByTestId('needs-skill-会一些，没有证书').click();
  await resident.getByTestId('needs-category-家政服务').click();
  await resident.getByTestId('needs-format-培训夜课').click();
  await fillField(resident, 'needs-direction', '家政保洁');
  await resident.getByTestId('needs-save').click();
  await resident.waitForURL(/pages\/training\/index/);

  const recommended = resident.getByTestId('training-recommendation').filter({ hasText: TITLE }).first();
  await recommended.waitFor();
  await expect(recommended.innerText()).resolves.toContain('培训夜课');
  await resident.screenshot({ path: `${artifacts}/e2e-training-recommended.png` });
  await recommended.click();
  await resident.getByTestId('training-eligibility').first().waitFor();
  await resident.getByTestId(`training-book-${sessionId}`).click();
  await expect(resident.getByTestId(`training-my-booking-${sessionId}`).innerText()).resolves.toContain('已预约');

  // the class takes place; 郑华 marks her present on the roster
  await holdClassNow(sessionId);
  const { page: staff } = await people.open('郑华');
  await staff.goto(url(`/packages/staff/pages/training-roster/index?trainingId=${TRAINING_ID}&sessionId=${sessionId}`));
  const row = staff.getByTestId('roster-row').filter({ hasText: '张秀英' });
  await row.waitFor();
  const bookingId = (await row.getAttribute('data-booking-id'))!;
  await staff.getByTestId(`attend-${bookingId}`).click();
  await row.getByText('已出勤').first().waitFor();

  // 我的培训: the 2 hours count, and with 2 of 2 hours the certificate is there
  await resident.goto(url('/packages/training/pages/mine/index'));
  await resident.reload();
  const progress = resident.getByTestId('my-training-progress').filter({ hasText: TITLE });
  await progress.waitFor();
  await expect(progress.innerText()).resolves.toContain('已学 2 学时 / 共需 2 学时');
  await resident.getByTestId('my-training-certificate').first().waitFor();
  await resident.screenshot({ path: `${artifacts}/e2e-training-hours.png` });
}, 300_000);
