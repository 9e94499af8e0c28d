import { loginAs, usePhonePage } from './browser';

/**
 * A new resident on a phone-sized screen: logs in with a demo persona, finds their community by name,
 * and sees 「我的社区」 with the right service circle; then a villager sees the 5 km circle.
 */
const phone = usePhonePage();

it('a new resident picks their community by search and sees 我的社区 with a 15-minute walking circle', async () => {
  const page = phone();
  await loginAs(page, '王小雨');
  await page.waitForURL(/community-picker/);
  const search = page.locator('.community-search input, input.community-search, .community-search').first();
  await search.click();
  await page.keyboard.type('鲸园居委会');
  await page.locator('.search-result', { hasText: '鲸园居委会' }).first().click();
  await page.waitForURL(/my-community/);
  await page.getByText('我的社区').first().waitFor();
  await page.getByText('鲸园居委会').first().waitFor();
  await page.getByText('鲸园街道 · 环翠区').first().waitFor();
  await page.getByText(/步行 15 分钟服务圈/).first().waitFor();
  await page.getByText(/就业服务站/).first().waitFor();
  await page.screenshot({ path: `${process.env.E2E_ARTIFACTS ?? '/tmp'}/e2e-my-community-urban.png` });

  // the choice is stored on the server, not only in the page
  const token = await page.evaluate(() => {
    const raw = localStorage.getItem('token');
    try { return JSON.parse(raw!).data ?? raw; } catch { return raw; }
  });
  const me = await (await fetch(`${process.env.E2E_API_URL}/me`, { headers: { authorization: `Bearer ${token}` } })).json();
  expect(me.homeCommunity.name).toBe('鲸园居委会');
}, 180_000);

it('a villager walks district → street → village and sees the 5 km circle', async () => {
  const page = phone();
  await loginAs(page, '王小雨');
  // She chose a community in the test above, so login lands on 首页. The picker she used then is still in the H5
  // page stack, and changing the hash alone brings 首页 back: load the picker afresh.
  await page.waitForURL(/pages\/index\/index/);
  await page.goto(`${process.env.E2E_H5_URL}#/pages/community-picker/index`);
  await page.reload();
  await page.locator('.division-item', { hasText: '文登区' }).first().click();
  await page.locator('.division-item', { hasText: '龙山路街道' }).first().click();
  await page.locator('.division-item', { hasText: '茅埠屯村委会' }).first().click();
  await page.waitForURL(/my-community/);
  await page.getByText('茅埠屯村委会').first().waitFor();
  await page.getByText(/5 公里服务圈/).first().waitFor();
  await page.screenshot({ path: `${process.env.E2E_ARTIFACTS ?? '/tmp'}/e2e-my-community-rural.png` });
}, 180_000);
