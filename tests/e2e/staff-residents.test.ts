import { loginAs, usePhonePage } from './browser';

/** Street staff open 辖区居民 from 我的, choose a community beneath them, and see its residents with masked phones. */
const phone = usePhonePage();

it('street staff see the residents of a community in their street, phones masked', async () => {
  const page = phone();
  await loginAs(page, '吴刚');
  await page.waitForURL(/pages\/index\/index/);
  // let 首页 finish loading, or it can land on top of 我的 after we navigate away
  await page.locator('.community-strip').first().waitFor();
  await page.goto(`${process.env.E2E_H5_URL}#/pages/me/index`);
  await page.locator('.staff-residents-row').first().click();
  await page.waitForURL(/packages\/staff\/pages\/residents/);
  await page.getByText('鲸园街道').first().waitFor();
  await page.locator('.division-item', { hasText: '东山居委会' }).first().click();
  await page.locator('.resident-item', { hasText: '张秀英' }).first().waitFor();
  await page.getByText('139****0001').first().waitFor();
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/1390631\d{4}/);
  await page.screenshot({ path: `${process.env.E2E_ARTIFACTS ?? '/tmp'}/e2e-staff-residents.png` });
}, 180_000);
