import ExcelJS from 'exceljs';
import { ASSISTED_CATEGORIES, EMPLOYMENT_STATUSES, SERVICE_TYPES, type Dashboard } from '@contract';

const LEVEL_LABEL = { city: '市', district: '区市', street: '镇街', community: '社区' } as const;
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);

/** The dashboard's figures as label/value rows, in the order the page shows them. */
export function figureRows(d: Dashboard): (string | number)[][] {
  const f = d.figures;
  return [
    ['援助对象在册（人）', f.assistedTotal],
    ...ASSISTED_CATEGORIES.map((c) => [`  其中 ${c}`, f.assistedByCategory[c] ?? 0]),
    ...EMPLOYMENT_STATUSES.map((s) => [`  ${s}`, f.assistedByStatus[s] ?? 0]),
    ['帮助就业（人）', f.helpedIntoWork],
    ['公益性岗位安置（人）', f.publicWelfarePlacements],
    ['纳入「12333」（人）', f.tracked12333],
    ['「12333」四项达标（人）', f.completed12333],
    ['「12333」达标率', percent(d.rates.completion12333)],
    ...SERVICE_TYPES.map((t) => [`服务次数 · ${t}`, f.servicesByType[t] ?? 0]),
    ['发布岗位（个）', f.jobsPosted],
    ['招聘人数（人）', f.headcountPosted],
    ['报名（人次）', f.signups],
    ['录用（人次）', f.signupsFilled],
    ['录用率', percent(d.rates.fillRate)],
    ['完工（人次）', f.gigsCompleted],
    ['缺勤（人次）', f.noShows],
    ['缺勤率', percent(d.rates.noShowRate)],
    ['培训开班（次）', f.trainingSessions],
    ['培训预约（人次）', f.trainingBookings],
    ['培训出勤（人次）', f.trainingAttended],
    ['出勤率', percent(d.rates.attendanceRate)],
    ['补贴申请（件）', f.subsidiesSubmitted],
    ['补贴批准（件）', f.subsidiesApproved],
    ['批准金额（元）', f.subsidyYuanApproved],
    ['「六有」已填报站点（个）', f.stationsRecorded],
    ['「六有」达标站点（个）', f.stationsMeetingSix],
    ['「六有」达标社区占比', percent(d.rates.stationsShare)],
    ['满意度评价（条）', f.surveys],
    ['满意度平均分（1–5）', d.rates.satisfaction ?? '—'],
  ];
}

export const CHILD_HEADER = ['区划代码', '名称', '层级', '社区（村）数', '帮助就业', '援助在册', '「12333」达标率', '录用率', '「六有」达标站点'] as const;

export function childRows(d: Dashboard): (string | number)[][] {
  return d.children.map((c) => [c.code, c.name, LEVEL_LABEL[c.level], c.communities, c.helpedIntoWork, c.assistedTotal, percent(c.completion12333), percent(c.fillRate), c.stationsMeetingSix]);
}

/** 数据看板 as a workbook: 看板 (figures, then the targets with their citations) and 下级区划 (the next level down). */
export async function dashboardWorkbook(d: Dashboard, generatedAt: Date): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = generatedAt;
  const sheet = book.addWorksheet('看板');
  sheet.addRow([`${d.division.name} 数据看板 · ${d.periodLabel}`]).font = { bold: true, size: 14 };
  sheet.addRow(['指标', '数值']).font = { bold: true };
  for (const row of figureRows(d)) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['目标', '本期', '目标值', '完成进度', '依据']).font = { bold: true };
  for (const t of d.targets) sheet.addRow([t.label, `${t.value} ${t.unit}`, `${t.target} ${t.unit}`, percent(t.progress), t.citation]);
  sheet.getColumn(1).width = 48;
  sheet.getColumn(5).width = 22;

  const children = book.addWorksheet('下级区划', { views: [{ state: 'frozen', ySplit: 1 }] });
  children.addRow([...CHILD_HEADER]).font = { bold: true };
  for (const row of childRows(d)) children.addRow(row);
  children.getColumn(2).width = 24;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
