import { z } from 'zod';
import { DivisionCodeSchema, DivisionLevelSchema } from './common';

/**
 * Four-level figures (社区 → 镇街 → 区市 → 市; 威就办〔2023〕9号 四、1、四、4). Every figure is read from counters kept
 * per division and period by the stream aggregator — never by scanning at read time.
 * Periods: `Y2026` (a calendar year) or `M2026-11` (a month), Weihai time.
 */
export const PeriodSchema = z.string().regex(/^(Y\d{4}|M\d{4}-(0[1-9]|1[0-2]))$/, '统计周期应为 Y2026 或 M2026-11');

export const DashboardQuerySchema = z
  .object({ division: DivisionCodeSchema.optional().describe('默认本人所在区划'), period: PeriodSchema.optional().describe('默认今年') })
  .strict();

/** Flows count events in the period; stocks (在册人数, 站点) are as of now whatever the period. */
export const DashboardFiguresSchema = z
  .object({
    assistedTotal: z.number().int().describe('台账在册人数（当前）'),
    assistedByCategory: z.record(z.string(), z.number().int()).describe('按援助类别（当前，一人可多类）'),
    assistedByStatus: z.record(z.string(), z.number().int()).describe('按就业状态（当前）'),
    helpedIntoWork: z.number().int().describe('本期帮助就业人数（由待业转为就业、灵活就业或公益性岗位）'),
    publicWelfarePlacements: z.number().int().describe('本期公益性岗位安置'),
    tracked12333: z.number().int().describe('纳入「12333」的人数（当前）'),
    completed12333: z.number().int().describe('本期四项服务均已达标的人数'),
    servicesByType: z.record(z.string(), z.number().int()).describe('本期服务次数，按类型'),
    jobsPosted: z.number().int(),
    headcountPosted: z.number().int(),
    signups: z.number().int(),
    signupsFilled: z.number().int().describe('报名被录用（审核通过）'),
    gigsCompleted: z.number().int(),
    noShows: z.number().int(),
    trainingSessions: z.number().int(),
    trainingBookings: z.number().int(),
    trainingAttended: z.number().int(),
    subsidiesSubmitted: z.number().int(),
    subsidiesApproved: z.number().int(),
    subsidyYuanApproved: z.number().int(),
    stationsRecorded: z.number().int().describe('已填报「六有」的站点（当前）'),
    stationsMeetingSix: z.number().int().describe('「六有」全部达标的站点（当前）'),
    surveys: z.number().int(),
    surveyScoreSum: z.number().int(),
  })
  .meta({ id: 'DashboardFigures' });
export type DashboardFigures = z.infer<typeof DashboardFiguresSchema>;

export const DashboardRatesSchema = z
  .object({
    fillRate: z.number().nullable().describe('录用 ÷ 发布人数'),
    noShowRate: z.number().nullable().describe('爽约 ÷ (完工 + 爽约)'),
    completion12333: z.number().nullable(),
    attendanceRate: z.number().nullable(),
    stationsShare: z.number().nullable().describe('「六有」达标社区 ÷ 辖区社区总数'),
    satisfaction: z.number().nullable().describe('满意度平均分（1–5）'),
  })
  .meta({ id: 'DashboardRates' });

export const DashboardTargetSchema = z
  .object({ key: z.string(), label: z.string(), value: z.number(), target: z.number(), unit: z.string(), progress: z.number().describe('0–1，可超过 1'), citation: z.string() })
  .meta({ id: 'DashboardTarget' });

export const DashboardChildSchema = z
  .object({ code: z.string(), name: z.string(), level: DivisionLevelSchema, helpedIntoWork: z.number().int(), assistedTotal: z.number().int(), completion12333: z.number().nullable(), fillRate: z.number().nullable(), stationsMeetingSix: z.number().int(), communities: z.number().int() })
  .meta({ id: 'DashboardChild' });

export const DashboardSchema = z
  .object({
    division: z.object({ code: z.string(), name: z.string(), level: DivisionLevelSchema, communities: z.number().int().describe('辖区社区（村）数') }),
    period: z.string(),
    periodLabel: z.string(),
    figures: DashboardFiguresSchema,
    rates: DashboardRatesSchema,
    targets: z.array(DashboardTargetSchema).describe('市级目标按辖区占比折算'),
    children: z.array(DashboardChildSchema).describe('下一级区划，用于逐级下钻'),
    itemsRead: z.number().int().describe('本次读取的计数项数量（与事件多少无关）'),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;
