import { fillField, phones } from './browser';

/**
 * 「12333」 end to end on a phone: 赵敏 (东山居委会) opens 12333 待办 from 我的, opens 陈国强 (seeded with one 职业指导
 * of the three a year asks for), records a 职业指导, and his 职业指导 bar moves up by one; the record is listed and
 * is still there after a reload.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const people = phones();
afterAll(() => people.closeAll());

it('community staff record a 职业指导 from the worklist and the progress bar moves', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';
  const { page } = await people.open('赵敏');
  await page.goto(url('/pages/me/index'));
  await page.getByTestId('me-staff-worklist').click();
  await page.waitForURL(/staff\/pages\/worklist/);
  await expect(page.getByTestId('worklist-total').innerText()).resolves.toMatch(/人「12333」还没达标/);
  const item = page.getByTestId('worklist-item').filter({ hasText: '陈国强' }).first();
  await item.waitFor();
  await expect(item.innerText()).resolves.toContain('职业指导 差');
  await page.screenshot({ path: `${artifacts}/e2e-assistance-worklist.png` });
  await item.click();

  const bar = page.getByTestId('progress-guidance');
  await bar.waitFor();
  const before = Number(await bar.getAttribute('data-done'));
  expect(before).toBe(1);
  await expect(page.getByTestId('progress-guidance-figure').innerText()).resolves.toContain(`${before}/3`);

  await page.getByTestId('service-open').click();
  await page.getByTestId('service-sheet').waitFor();
  await page.getByTestId('service-type-职业指导').click();
  await fillField(page, 'service-content', '面谈求职意向，建议参加物流分拣培训');
  await fillField(page, 'service-outcome', '本人同意下周去看岗位');
  await page.getByTestId('service-save').click();

  await page.locator(`[data-testid="progress-guidance"][data-done="${before + 1}"]`).waitFor();
  await expect(page.getByTestId('progress-guidance-figure').innerText()).resolves.toContain(`${before + 1}/3`);
  const record = page.getByTestId('service-record').filter({ hasText: '面谈求职意向，建议参加物流分拣培训' });
  await record.waitFor();
  await expect(record.innerText()).resolves.toContain('赵敏');
  await page.screenshot({ path: `${artifacts}/e2e-assistance-progress.png` });

  await page.reload();
  await page.locator(`[data-testid="progress-guidance"][data-done="${before + 1}"]`).waitFor();
}, 300_000);

it('city staff pick a district before the 12333 待办 ranks anyone (the whole city is too long for one list)', async () => {
  const { page } = await people.open('冯静');
  await page.goto(url('/pages/me/index'));
  await page.getByTestId('me-staff-worklist').click();
  await page.waitForURL(/staff\/pages\/worklist/);
  await page.getByText('请选择区市').waitFor();
  expect(await page.getByTestId('worklist-item').count()).toBe(0);
  await page.getByTestId('district-chip-371002').click();
  await expect(page.getByTestId('worklist-total').innerText()).resolves.toMatch(/人「12333」还没达标/);
  await page.getByTestId('worklist-item').filter({ hasText: '陈国强' }).first().waitFor();
}, 120_000);
