/**
 * The 台账 columns, in order, shared by the import template, the import reader and the export, so a file staff fill in
 * from the template reads back exactly and an export looks like the template (its 12333 columns come after these).
 */
export const LEDGER_COLUMNS = ['姓名', '身份证号', '手机号', '社区代码', '援助类别', '失业登记日期', '就业状态', '状态开始日期', '就业单位', '备注'] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** Several categories in one cell are separated by 、 (commas and semicolons are accepted too). */
export const CATEGORY_SEPARATOR = '、';

/** What each column takes, written into the template's second sheet. */
export const COLUMN_HELP: Record<LedgerColumn, string> = {
  姓名: '必填，2–20 个字',
  身份证号: '必填，18 位，最后一位可以是 X；全市同一身份证号只登记一次',
  手机号: '选填，11 位手机号；填了会尝试关联已同意处理敏感信息的居民账号',
  社区代码: '必填，12 位社区（村）代码，须在您负责的区域内',
  援助类别: '多个用「、」隔开：零就业家庭、低保家庭、低保边缘家庭、脱贫/防返贫监测、大龄、残疾、长期失业、未就业高校毕业生；与失业登记日期至少填一项',
  失业登记日期: '选填，如 2026-03-05；未登记失业留空',
  就业状态: '必填：待业、灵活就业、已就业、公益性岗位安置',
  状态开始日期: '必填，如 2026-03-05，不能晚于今天',
  就业单位: '已就业、公益性岗位安置时必填',
  备注: '选填，200 字以内',
};
