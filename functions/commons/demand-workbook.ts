import ExcelJS from 'exceljs';
import type { LabourDemandResponse } from '@contract';
import { EMPLOYER_HEADER, SUMMARY_HEADER, employerRows, summaryRows, totalRow } from '#domain/labour-demand/export-table';

/** The 用工数据库 as an Excel workbook: 用工数据库 (one row per employer, then 合计) and 分区汇总 (the next level down). */
export async function demandWorkbook(demand: LabourDemandResponse): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = new Date(demand.generatedAt);
  const sheet = book.addWorksheet('用工数据库', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...EMPLOYER_HEADER]).font = { bold: true };
  for (const row of employerRows(demand)) sheet.addRow(row);
  sheet.addRow(totalRow(demand)).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = [8, 12, 14, 26, 10, 8, 8, 10, 8, 8, 8, 60][i] ?? 10;
  });
  sheet.getColumn(12).alignment = { wrapText: true, vertical: 'top' };

  const summary = book.addWorksheet('分区汇总');
  summary.addRow([...SUMMARY_HEADER]).font = { bold: true };
  for (const row of summaryRows(demand)) summary.addRow(row);
  summary.getColumn(1).width = 24;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
