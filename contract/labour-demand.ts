import { z } from 'zod';
import { DivisionCodeSchema, DivisionLevelSchema } from './common';
import { OrgTypeSchema } from './orgs';

/**
 * 社区用工数据库: 用工数量, 缺工情况 and 用工条件 of each employer (鲁就办〔2023〕13号 三、15; 威就办〔2023〕9号 三、8).
 * 用工数量 is what the employer reports; 缺工 is computed from its open postings and their sign-ups.
 */
export const DemandFiguresSchema = z
  .object({
    employers: z.number().int().nonnegative(),
    headcount: z.number().int().nonnegative().describe('用工数量：各单位填报的在岗人数合计'),
    openPostings: z.number().int().nonnegative().describe('招聘中的岗位数'),
    positions: z.number().int().nonnegative().describe('招聘中岗位的招聘人数合计'),
    signedUp: z.number().int().nonnegative().describe('已占用名额（待审核、已通过、已签到等）'),
    shortage: z.number().int().nonnegative().describe('缺工：招聘人数中还没人报上的名额'),
  })
  .meta({ id: 'DemandFigures' });
export type DemandFigures = z.infer<typeof DemandFiguresSchema>;

export const EmployerDemandSchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    type: OrgTypeSchema,
    verifiedBadge: z.boolean(),
    communityCode: z.string(),
    communityName: z.string(),
    figures: DemandFiguresSchema.omit({ employers: true }),
    conditions: z.array(z.string()).describe('用工条件：单位填写的条件和各岗位的工资、年龄、时间要求'),
  })
  .meta({ id: 'EmployerDemand' });
export type EmployerDemand = z.infer<typeof EmployerDemandSchema>;

export const DivisionDemandSchema = z
  .object({ code: z.string(), name: z.string(), level: DivisionLevelSchema, figures: DemandFiguresSchema })
  .meta({ id: 'DivisionDemand' });

export const LabourDemandQuerySchema = z.object({ division: DivisionCodeSchema.optional().describe('不填则为本人负责的区划') }).strict();

export const LabourDemandResponseSchema = z
  .object({
    division: z.object({ code: z.string(), name: z.string(), level: DivisionLevelSchema }),
    totals: DemandFiguresSchema,
    children: z.array(DivisionDemandSchema).describe('下一级区划的合计（社区一级为空）'),
    employers: z.array(EmployerDemandSchema),
    generatedAt: z.string(),
  })
  .meta({ id: 'LabourDemand' });
export type LabourDemandResponse = z.infer<typeof LabourDemandResponseSchema>;

export const LabourDemandExportQuerySchema = z
  .object({ division: DivisionCodeSchema.optional(), format: z.enum(['xlsx', 'csv'], '导出格式只能是 xlsx 或 csv').default('xlsx') })
  .strict();

/** The file is written to S3 and fetched through a short-lived link, which works in both the browser and WeChat. */
export const ExportFileSchema = z
  .object({ url: z.string(), fileName: z.string(), rows: z.number().int().nonnegative(), expiresAt: z.string() })
  .meta({ id: 'ExportFile' });
export type ExportFile = z.infer<typeof ExportFileSchema>;
