import { z } from 'zod';
import { DivisionCodeSchema } from './common';

/** Resident satisfaction (鲁就办〔2023〕13号 四、4; 威就办〔2023〕9号 四、4): asked after a gig, a training or a subsidy decision. */
export const SURVEY_SUBJECTS = ['gig', 'training', 'subsidy'] as const;
export const SurveySubjectSchema = z.enum(SURVEY_SUBJECTS).describe('gig=零工, training=培训, subsidy=补贴办理');
export type SurveySubject = z.infer<typeof SurveySubjectSchema>;
export const SURVEY_SUBJECT_LABEL: Record<SurveySubject, string> = { gig: '零工', training: '培训', subsidy: '补贴办理' };

export const SubmitSurveyBodySchema = z
  .object({
    subject: SurveySubjectSchema,
    subjectId: z.string().min(1).max(64).describe('完工的报名编号、已出勤的培训预约编号或已办结的补贴申请编号'),
    score: z.number().int().min(1, '请打 1 到 5 分').max(5, '请打 1 到 5 分'),
    comment: z.string().trim().max(200, '意见最多 200 个字').default(''),
  })
  .strict();

export const SurveySchema = z
  .object({ id: z.string(), subject: SurveySubjectSchema, subjectId: z.string(), score: z.number().int(), comment: z.string(), createdAt: z.string() })
  .meta({ id: 'Survey' });

export const PendingSurveySchema = z
  .object({ subject: SurveySubjectSchema, subjectId: z.string(), title: z.string().describe('如 「东山社区保洁零工」已完工'), finishedAt: z.string() })
  .meta({ id: 'PendingSurvey' });

export const PendingSurveysResponseSchema = z.object({ items: z.array(PendingSurveySchema) }).meta({ id: 'PendingSurveys' });

export const SurveySummaryQuerySchema = z.object({ division: DivisionCodeSchema.optional() }).strict();

export const SurveySummarySchema = z
  .object({
    division: z.object({ code: z.string(), name: z.string() }),
    count: z.number().int(),
    average: z.number().nullable(),
    bySubject: z.array(z.object({ subject: SurveySubjectSchema, label: z.string(), count: z.number().int(), average: z.number().nullable() })),
    distribution: z.array(z.object({ score: z.number().int(), count: z.number().int() })).describe('1–5 分各多少'),
    children: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int(), average: z.number().nullable() })),
  })
  .meta({ id: 'SurveySummary' });
