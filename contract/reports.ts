import { z } from 'zod';

/** 劳动维权: residents report a job; the job's community staff review it (威就办〔2023〕9号 三、7). */
export const REPORT_CATEGORIES = ['虚假招聘', '收取费用', '拖欠工资', '其他'] as const;
export const ReportCategorySchema = z.enum(REPORT_CATEGORIES);
export type ReportCategory = z.infer<typeof ReportCategorySchema>;

export const REPORT_STATUSES = ['open', 'resolved'] as const;
export const ReportStatusSchema = z.enum(REPORT_STATUSES);
export const REPORT_OUTCOMES = ['confirmed', 'dismissed'] as const;
export const ReportOutcomeSchema = z.enum(REPORT_OUTCOMES);
export const REPORT_OUTCOME_LABEL: Record<z.infer<typeof ReportOutcomeSchema>, string> = { confirmed: '情况属实', dismissed: '情况不属实' };

export const CreateReportBodySchema = z
  .object({
    category: ReportCategorySchema,
    description: z.string().trim().min(5, '请简单说明情况（至少 5 个字）').max(500, '说明最多 500 个字'),
  })
  .strict();

export const MyReportSchema = z
  .object({ id: z.string(), jobId: z.string(), category: ReportCategorySchema, status: ReportStatusSchema, createdAt: z.string() })
  .meta({ id: 'MyReport' });

export const StaffReportSchema = z
  .object({
    id: z.string(),
    category: ReportCategorySchema,
    description: z.string(),
    status: ReportStatusSchema,
    outcome: ReportOutcomeSchema.nullable(),
    resolutionNote: z.string().nullable(),
    job: z.object({ id: z.string(), title: z.string(), orgId: z.string().nullable(), orgName: z.string(), status: z.string(), communityCode: z.string() }),
    reporter: z.object({ name: z.string(), phoneMasked: z.string().nullable() }),
    jobHidden: z.boolean(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .meta({ id: 'StaffReport' });
export type StaffReport = z.infer<typeof StaffReportSchema>;

export const StaffReportsQuerySchema = z
  .object({ status: ReportStatusSchema.default('open'), cursor: z.string().max(512).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) })
  .strict();

export const StaffReportsResponseSchema = z.object({ items: z.array(StaffReportSchema), nextCursor: z.string().nullable() }).meta({ id: 'StaffReports' });

export const ReportIdParamsSchema = z.object({ reportId: z.string().min(1).max(64) }).strict();

export const ResolveReportBodySchema = z
  .object({ outcome: ReportOutcomeSchema, note: z.string().trim().min(2, '请填写处理说明，举报人会看到它').max(300, '处理说明最多 300 个字') })
  .strict();

export const HideJobBodySchema = z.object({ reason: z.string().trim().min(2, '请填写暂停展示的原因').max(200) }).strict();
