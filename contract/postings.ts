import { z } from 'zod';
import { CommunityCodeSchema, LocalDateSchema, LocalTimeSchema } from './common';
import { JobTagSchema, JobTypeSchema, PayUnitSchema } from './jobs';

/** A posting's life: 草稿 → 招聘中 → 已关闭 / 已结束; staff may 暂停展示 one while a report is reviewed. */
export const POSTING_STATUSES = ['draft', 'open', 'closed', 'expired', 'hidden'] as const;
export const PostingStatusSchema = z.enum(POSTING_STATUSES);
export type PostingStatus = z.infer<typeof PostingStatusSchema>;
export const POSTING_STATUS_LABEL: Record<PostingStatus, string> = { draft: '草稿', open: '招聘中', closed: '已关闭', expired: '已结束', hidden: '暂停展示（核查中）' };


/** Times are Weihai local (UTC+8). A shift ends the same day it starts. */
export const PostingScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: LocalDateSchema, startTime: LocalTimeSchema, endTime: LocalTimeSchema }).strict(),
  z
    .object({
      kind: z.literal('recurring'),
      weekdays: z.array(z.number().int().min(1).max(7)).min(1, '请至少选择一个工作日').max(7),
      fromDate: LocalDateSchema,
      toDate: LocalDateSchema,
      startTime: LocalTimeSchema,
      endTime: LocalTimeSchema,
    })
    .strict(),
]);
export type PostingSchedule = z.infer<typeof PostingScheduleSchema>;

export const PostingBodySchema = z
  .object({
    title: z.string().trim().min(2, '岗位名称至少 2 个字').max(30, '岗位名称最多 30 个字'),
    type: JobTypeSchema,
    payAmount: z.number().positive('工资必须大于 0').max(100000, '工资数额太大了，请核对'),
    payUnit: PayUnitSchema,
    schedule: PostingScheduleSchema,
    headcount: z.number().int('人数应为整数').min(1, '招聘人数至少 1 人').max(500, '招聘人数最多 500 人'),
    ageMin: z.number().int().min(16, '年龄下限不能低于 16 周岁').max(70).nullable().default(null),
    ageMax: z.number().int().min(16).max(70, '年龄上限不超过 70 周岁').nullable().default(null),
    tags: z.array(JobTagSchema).max(6).default([]),
    skills: z.array(z.string().trim().min(1).max(10)).max(5).default([]),
    description: z.string().trim().min(10, '工作内容至少写 10 个字，让居民看明白做什么').max(500, '工作内容最多 500 个字'),
    requirements: z.array(z.string().trim().min(1).max(50, '每条要求最多 50 个字')).max(5, '要求最多 5 条').default([]),
    address: z.string().trim().min(4, '请填写工作地点').max(100, '工作地点最多 100 个字'),
    communityCode: CommunityCodeSchema,
    waitlistEnabled: z.boolean().default(true),
    publish: z.boolean().default(true).describe('false = 存为草稿；单位认证通过前只能存草稿'),
    templateId: z.string().max(40).nullable().default(null),
  })
  .strict()
  .refine((p) => p.ageMin === null || p.ageMax === null || p.ageMin <= p.ageMax, { message: '年龄下限不能大于上限', path: ['ageMax'] })
  .refine((p) => p.schedule.startTime < p.schedule.endTime, { message: '结束时间要晚于开始时间', path: ['schedule', 'endTime'] })
  .refine((p) => p.schedule.kind === 'once' || p.schedule.fromDate <= p.schedule.toDate, { message: '结束日期不能早于开始日期', path: ['schedule', 'toDate'] });
export type PostingBody = z.input<typeof PostingBodySchema>;

export const PostingSchema = z
  .object({
    id: z.string(),
    status: PostingStatusSchema,
    statusLabel: z.string(),
    title: z.string(),
    type: JobTypeSchema,
    payAmount: z.number(),
    payUnit: PayUnitSchema,
    schedule: PostingScheduleSchema,
    scheduleText: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    headcount: z.number().int(),
    headcountLeft: z.number().int(),
    waitlistCount: z.number().int().nonnegative(),
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    tags: z.array(JobTagSchema),
    skills: z.array(z.string()),
    description: z.string(),
    requirements: z.array(z.string()),
    address: z.string(),
    communityCode: CommunityCodeSchema,
    waitlistEnabled: z.boolean(),
    templateId: z.string().nullable(),
    orgVerified: z.boolean(),
    hiddenReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Posting' });
export type Posting = z.infer<typeof PostingSchema>;

export const EmployerJobIdParamsSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();
