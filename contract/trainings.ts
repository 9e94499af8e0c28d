import { z } from 'zod';
import { CommunityCodeSchema, csvOf, DivisionCodeSchema, GeoPointSchema, LatitudeSchema, LocalDateSchema, LocalTimeSchema, LongitudeSchema } from './common';

/**
 * 职业技能培训 near home. The county list (职业技能培训通用项目清单) states for every item 培训内容, 培训学时, 参训要求 and
 * 补贴标准 (鲁就办〔2023〕13号 三、11); target groups per training type (三、12); formats 培训夜课, 周末课堂, 社区培训点,
 * 居民就业学堂 (三、13; 威就办〔2023〕9号 三、10); featured categories (威就办〔2023〕9号 三、9).
 */
export const TRAINING_FORMATS = ['培训夜课', '周末课堂', '社区培训点', '居民就业学堂', '能工巧匠工作室', '线上'] as const;
export const TrainingFormatSchema = z.enum(TRAINING_FORMATS);
export type TrainingFormat = z.infer<typeof TrainingFormatSchema>;

export const TRAINING_CATEGORIES = ['山东手造', '鲁菜师傅', '齐鲁建筑工匠', '健康照护', '家政服务', '网约配送', '直播销售', '微视频制作', '创业素养', '其他技能'] as const;
export const TrainingCategorySchema = z.enum(TRAINING_CATEGORIES);
export type TrainingCategory = z.infer<typeof TrainingCategorySchema>;

/** Training types and who they are for (鲁就办〔2023〕13号 三、12). */
export const TRAINING_TYPES = ['转岗赋能', '就业技能', '劳动预备制', '实用技能', '创业素养', '通用技能'] as const;
export const TrainingTypeSchema = z.enum(TRAINING_TYPES);

/** Who a resident is, for 参训要求: derived from the 四清 survey and (with consent) the assisted categories. */
export const TARGET_GROUPS = ['城乡劳动者', '失业人员', '就业困难人员', '高校毕业生', '未升学初高中毕业生', '残疾人', '创业人员'] as const;
export const TargetGroupSchema = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

export const EligibilitySchema = z
  .object({
    ageMin: z.number().int().min(14).max(80),
    ageMax: z.number().int().min(14).max(90),
    groups: z.array(TargetGroupSchema).min(1).describe('满足其中之一即可；城乡劳动者 = 不限人群'),
  })
  .meta({ id: 'TrainingEligibility' });
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const EligibilityVerdictSchema = z
  .object({ eligible: z.boolean(), reasons: z.array(z.string()).describe('不符合时的中文原因；符合时为符合的依据') })
  .meta({ id: 'EligibilityVerdict' });

export const TRAINING_BOOKING_STATUSES = ['booked', 'waitlisted', 'cancelled', 'attended', 'absent'] as const;
export const TrainingBookingStatusSchema = z.enum(TRAINING_BOOKING_STATUSES);
export type TrainingBookingStatus = z.infer<typeof TrainingBookingStatusSchema>;
export const TRAINING_BOOKING_LABEL: Record<TrainingBookingStatus, string> = { booked: '已预约', waitlisted: '候补中', cancelled: '已取消', attended: '已出勤', absent: '缺课' };

export const TrainingSessionSchema = z
  .object({
    id: z.string(),
    trainingId: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    scheduleText: z.string(),
    hours: z.number().describe('本次课的学时'),
    address: z.string(),
    capacity: z.number().int(),
    seatsLeft: z.number().int().nonnegative(),
    waitlistCount: z.number().int().nonnegative(),
    status: z.enum(['open', 'started', 'ended']),
    myBooking: z.object({ id: z.string(), status: TrainingBookingStatusSchema, statusLabel: z.string(), waitlistPosition: z.number().int().positive().nullable() }).nullable(),
  })
  .meta({ id: 'TrainingSession' });
export type TrainingSession = z.infer<typeof TrainingSessionSchema>;

export const TrainingSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    type: TrainingTypeSchema,
    category: TrainingCategorySchema,
    format: TrainingFormatSchema,
    content: z.string().describe('培训内容'),
    hours: z.number().positive().describe('培训学时（结业所需）'),
    requirements: z.string().describe('参训要求（文字）'),
    eligibility: EligibilitySchema,
    subsidyStandard: z.string().describe('补贴标准'),
    provider: z.string(),
    address: z.string(),
    community: z.object({ code: CommunityCodeSchema, name: z.string() }),
    location: GeoPointSchema,
    distanceMeters: z.number().int().nonnegative().nullable(),
    walkMinutes: z.number().int().positive().nullable(),
    nextSession: TrainingSessionSchema.nullable(),
    upcomingSessions: z.number().int().nonnegative(),
    myEligibility: EligibilityVerdictSchema.nullable().describe('登录居民：是否符合参训要求及原因'),
  })
  .meta({ id: 'TrainingSummary' });
export type TrainingSummary = z.infer<typeof TrainingSummarySchema>;

export const TrainingDetailSchema = TrainingSummarySchema.extend({
  sessions: z.array(TrainingSessionSchema),
  policy: z.string().describe('政策依据'),
}).meta({ id: 'TrainingDetail' });
export type TrainingDetail = z.infer<typeof TrainingDetailSchema>;

export const TrainingsQuerySchema = z
  .object({
    near: z
      .string()
      .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, '位置格式应为 纬度,经度')
      .optional()
      .describe('纬度,经度；不填则以登录居民的社区为中心'),
    format: csvOf(TRAINING_FORMATS).optional(),
    category: csvOf(TRAINING_CATEGORIES).optional(),
    from: LocalDateSchema.optional().describe('只看这天及以后有课的培训'),
    to: LocalDateSchema.optional(),
  })
  .strict();

export const TrainingsResponseSchema = z
  .object({ items: z.array(TrainingSummarySchema), centre: z.object({ lat: LatitudeSchema, lng: LongitudeSchema, source: z.enum(['location', 'home']) }) })
  .meta({ id: 'Trainings' });

export const TrainingIdParamsSchema = z.object({ trainingId: z.string().min(1).max(64) }).strict();
export const TrainingSessionParamsSchema = z.object({ trainingId: z.string().min(1).max(64), sessionId: z.string().min(1).max(64) }).strict();
export const TrainingBookingIdParamsSchema = z.object({ bookingId: z.string().min(1).max(64) }).strict();

export const TrainingBookingSchema = z
  .object({
    id: z.string(),
    status: TrainingBookingStatusSchema,
    statusLabel: z.string(),
    waitlistPosition: z.number().int().positive().nullable(),
    training: z.object({ id: z.string(), title: z.string(), format: TrainingFormatSchema, provider: z.string() }),
    session: z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), scheduleText: z.string(), address: z.string(), hours: z.number() }),
    canCancel: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'TrainingBooking' });
export type TrainingBooking = z.infer<typeof TrainingBookingSchema>;

export const TrainingProgressSchema = z
  .object({
    training: z.object({ id: z.string(), title: z.string(), hours: z.number() }),
    hoursDone: z.number(),
    certificate: z.object({ id: z.string(), issuedAt: z.string(), title: z.string() }).nullable(),
  })
  .meta({ id: 'TrainingProgress' });

export const MyTrainingsResponseSchema = z
  .object({ bookings: z.array(TrainingBookingSchema), progress: z.array(TrainingProgressSchema), totalHours: z.number() })
  .meta({ id: 'MyTrainings' });
export type MyTrainingsResponse = z.infer<typeof MyTrainingsResponseSchema>;

/** 「四清」: 基本情况, 技能水平, 培训意愿, 就业方向 (鲁就办〔2023〕13号 三、11). */
export const EMPLOYMENT_SITUATIONS = ['失业', '未就业高校毕业生', '未升学初高中毕业生', '灵活就业', '在职想提升', '想创业'] as const;
export const EDUCATION_LEVELS = ['小学及以下', '初中', '高中/中专', '大专', '本科及以上'] as const;
export const SKILL_LEVELS = ['没有技能', '会一些，没有证书', '有初级证书', '有中级及以上证书'] as const;

export const TrainingNeedsBodySchema = z
  .object({
    situation: z.enum(EMPLOYMENT_SITUATIONS, '请选择目前的情况'),
    education: z.enum(EDUCATION_LEVELS, '请选择文化程度'),
    skillLevel: z.enum(SKILL_LEVELS, '请选择技能水平'),
    wantedCategories: z.array(TrainingCategorySchema).min(1, '请至少选一个想学的方向').max(5, '最多选 5 个'),
    preferredFormats: z.array(TrainingFormatSchema).max(6).default([]),
    direction: z.string().trim().min(2, '请说说想找什么工作').max(50, '最多 50 个字').describe('就业方向'),
  })
  .strict();

export const TrainingNeedsSchema = TrainingNeedsBodySchema.extend({ updatedAt: z.string() }).meta({ id: 'TrainingNeeds' });
export const MyTrainingNeedsResponseSchema = z.object({ needs: TrainingNeedsSchema.nullable() }).meta({ id: 'MyTrainingNeeds' });

export const TrainingRecommendationSchema = z
  .object({ training: TrainingSummarySchema, reasons: z.array(z.string()).min(1) })
  .meta({ id: 'TrainingRecommendation' });
export const TrainingRecommendationsResponseSchema = z
  .object({ items: z.array(TrainingRecommendationSchema), needsFilled: z.boolean() })
  .meta({ id: 'TrainingRecommendations' });

export const CreateTrainingBodySchema = z
  .object({
    title: z.string().trim().min(2, '培训名称至少 2 个字').max(40),
    type: TrainingTypeSchema,
    category: TrainingCategorySchema,
    format: TrainingFormatSchema,
    content: z.string().trim().min(10, '培训内容至少 10 个字').max(500),
    hours: z.number().positive('培训学时必须大于 0').max(1000),
    requirements: z.string().trim().min(2, '请写明参训要求').max(200),
    eligibility: EligibilitySchema.refine((e) => e.ageMin <= e.ageMax, { message: '年龄下限不能大于上限', path: ['ageMax'] }),
    subsidyStandard: z.string().trim().min(2, '请写明补贴标准').max(200),
    provider: z.string().trim().min(2, '请填写培训机构').max(50),
    providerOrgId: z.string().max(64).nullable().default(null).describe('培训机构的用工单位账号（可为其标记出勤）'),
    address: z.string().trim().min(4).max(100),
    communityCode: CommunityCodeSchema,
  })
  .strict();

export const CreateSessionBodySchema = z
  .object({
    date: LocalDateSchema,
    startTime: LocalTimeSchema,
    endTime: LocalTimeSchema,
    address: z.string().trim().min(4).max(100).optional().describe('不填则用培训的地点'),
    capacity: z.number().int().min(1, '名额至少 1 人').max(500, '名额最多 500 人'),
  })
  .strict()
  .refine((s) => s.startTime < s.endTime, { message: '下课时间要晚于上课时间', path: ['endTime'] });

export const StaffTrainingsResponseSchema = z.object({ items: z.array(TrainingDetailSchema) }).meta({ id: 'StaffTrainings' });

export const TrainingRosterSchema = z
  .object({
    training: z.object({ id: z.string(), title: z.string() }),
    session: TrainingSessionSchema,
    items: z.array(
      z.object({
        bookingId: z.string(),
        name: z.string(),
        phoneMasked: z.string().nullable(),
        status: TrainingBookingStatusSchema,
        statusLabel: z.string(),
        waitlistPosition: z.number().int().positive().nullable(),
        hoursDone: z.number(),
      }),
    ),
  })
  .meta({ id: 'TrainingRoster' });
export type TrainingRoster = z.infer<typeof TrainingRosterSchema>;

export const AttendanceBodySchema = z.object({ attended: z.boolean() }).strict();

export const TrainingNeedsQuerySchema = z.object({ division: DivisionCodeSchema.optional() }).strict();

export const TrainingNeedsReportSchema = z
  .object({
    division: z.object({ code: z.string(), name: z.string() }),
    respondents: z.number().int().nonnegative(),
    byCategory: z.array(
      z.object({
        category: TrainingCategorySchema,
        residents: z.number().int().nonnegative(),
        upcomingSessions: z.number().int().nonnegative().describe('服务圈内近 60 天的场次'),
        gap: z.boolean().describe('有人想学但圈内没有场次'),
      }),
    ),
    bySituation: z.array(z.object({ situation: z.string(), residents: z.number().int().nonnegative() })),
  })
  .meta({ id: 'TrainingNeedsReport' });
export type TrainingNeedsReport = z.infer<typeof TrainingNeedsReportSchema>;
