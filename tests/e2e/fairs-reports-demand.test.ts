import ExcelJS from 'exceljs';
import { fillField, phones } from './browser';
import { putDongshanGig } from './fixtures';

/**
 * The community side of the 零工市场 on phones: 张秀英 registers for a 供需见面会 from her feed and reports a job;
 * 赵敏 sees her on the fair's roster, pauses the reported job while checking and closes the report; the resident
 * reads the outcome in 我的消息; 赵敏 opens the 用工数据库 and exports it to Excel.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const REPORTED_JOB = `e2e-reported-${Date.now()}`;
const REPORTED_TITLE = '小区绿化浇水（测试举报）';

const people = phones();
afterAll(() => people.closeAll());


it('a resident registers for a fair and reports a job; staff see the roster, handle the report and export the 用工数据库', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';
  await putDongshanGig(REPORTED_JOB, { title: REPORTED_TITLE, startsInHours: 30 });

  // 张秀英 sees the fairs near her on 首页 and registers for the first
  const { page: resident } = await people.open('张秀英');
  const fairCard = resident.getByTestId('event-strip-card').first();
  await fairCard.waitFor();
  const fairTitle = (await fairCard.innerText()).split('\n')[0];
  await fairCard.click();
  await resident.getByTestId('event-register').click();
  await expect(resident.getByTestId('event-my-registration').innerText()).resolves.toMatch(/已报名|候补/);
  await resident.screenshot({ path: `${artifacts}/e2e-fair-registered.png` });

  // …and reports a job that asked her for money
  await resident.goto(url(`/packages/jobs/pages/detail/index?id=${REPORTED_JOB}`));
  await resident.getByTestId('report-job').click();
  await resident.getByTestId('report-category-收取费用').click();
  await fillField(resident, 'report-description', '电话里对方说要先交 100 元服装费才能上岗。');
  await resident.getByTestId('report-submit').click();
  await resident.getByTestId('report-done').waitFor();

  // 赵敏: the fair's roster has her, masked
  const { page: staff, session: staffSession } = await people.open('赵敏');
  await staff.goto(url('/packages/staff/pages/events/index'));
  await staff.getByTestId('staff-event').filter({ hasText: fairTitle.slice(0, 6) }).first().click();
  const row = staff.getByTestId('roster-row').filter({ hasText: '张秀英' });
  await row.waitFor();
  await expect(row.innerText()).resolves.toContain('139****0001');

  // the report: pause the job while checking, then close it as 不属实 (the job comes back)
  await staff.goto(url('/packages/staff/pages/reports/index'));
  const report = staff.locator('[data-testid^="report-item-"]', { hasText: REPORTED_TITLE }).first();
  await report.waitFor();
  await expect(report.innerText()).resolves.toContain('服装费');
  const reportId = (await report.getAttribute('data-testid'))!.replace('report-item-', '');
  await staff.getByTestId(`hide-job-${reportId}`).click();
  await fillField(staff, 'hide-reason', '核查期间暂停展示');
  await staff.getByTestId('hide-submit').click();
  await report.getByText(/暂停/).first().waitFor();
  await staff.getByTestId(`dismiss-${reportId}`).click();
  await fillField(staff, 'resolve-note-dismissed', '已电话核实，单位表示工服免费发放，提醒其写清楚。');
  await staff.getByTestId('resolve-submit-dismissed').click();
  await staff.getByTestId(`report-item-${reportId}`).waitFor({ state: 'detached' });

  // the resident reads the outcome in 我的消息
  await resident.goto(url('/packages/signups/pages/inbox/index'));
  await resident.reload();
  await resident.getByTestId('inbox-item').filter({ hasText: '工服免费发放' }).first().waitFor();

  // 用工数据库: 东山居委会's employers, and the Excel export opens with their rows
  await staff.goto(url('/packages/staff/pages/demand/index'));
  await expect(staff.getByTestId('demand-division').innerText()).resolves.toContain('东山居委会');
  await staff.getByTestId('demand-employer-org-001').waitFor();
  await staff.screenshot({ path: `${artifacts}/e2e-labour-demand.png` });
  const exportRequest = staffSession.context.waitForEvent('request', { predicate: (r) => r.url().includes('/exports/'), timeout: 45_000 });
  await staff.getByTestId('demand-export-xlsx').click();
  const fileUrl = (await exportRequest).url();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await (await fetch(fileUrl)).arrayBuffer()) as unknown as ExcelJS.Buffer);
  const names: string[] = [];
  workbook.getWorksheet('用工数据库')!.eachRow((r) => names.push(r.values!.toString()));
  expect(names.join('\n')).toContain('威海海悦家政服务有限公司');
}, 300_000);
