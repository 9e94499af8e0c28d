import { z } from 'zod';
import { CommunityCodeSchema, csvOf, GeoPointSchema, LatitudeSchema, LongitudeSchema } from './common';

export const JOB_TYPES = ['零工', '全职', '兼职', '公益性岗位', '社区微工厂', '居家就业'] as const;
export const JobTypeSchema = z.enum(JOB_TYPES).describe('社区微工厂 = 社区微工厂/来料加工');
export type JobType = z.infer<typeof JobTypeSchema>;

export const PAY_UNITS = ['元/小时', '元/天', '元/件', '元/月'] as const;
export const PayUnitSchema = z.enum(PAY_UNITS);
export type PayUnit = z.infer<typeof PayUnitSchema>;

export const JOB_TAGS = ['无经验可', '大龄友好', '残疾人友好', '居家就业', '公益性岗位', '社区微工厂'] as const;
export const JobTagSchema = z.enum(JOB_TAGS);
export type JobTag = z.infer<typeof JobTagSchema>;

export const WHEN_OPTIONS = ['today', 'week', 'weekend', 'evening'] as const;
export const WhenSchema = z.enum(WHEN_OPTIONS).describe('today=今天, week=7 天内, weekend=周末, evening=晚上（17 点后开始）；只筛选一次性的零工/兼职（24 小时内结束），长期岗位不计入');
export type When = z.infer<typeof WhenSchema>;

/** One job or gig as a card in the feed. Distance and walk time are from the point the feed was asked about. */
export const JobCardSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    type: JobTypeSchema,
    payAmount: z.number().positive(),
    payUnit: PayUnitSchema,
    orgName: z.string(),
    orgVerified: z.boolean(),
    startsAt: z.string(),
    endsAt: z.string(),
    headcount: z.number().int().positive(),
    headcountLeft: z.number().int().nonnegative(),
    tags: z.array(JobTagSchema),
    communityCode: CommunityCodeSchema,
    distanceMeters: z.number().int().nonnegative(),
    walkMinutes: z.number().int().positive().describe('按 80 米/分钟估算的步行时间'),
    createdAt: z.string(),
  })
  .meta({ id: 'JobCard' });
export type JobCard = z.infer<typeof JobCardSchema>;

export const NearbyJobsQuerySchema = z
  .object({
    lat: LatitudeSchema.optional().describe('不填则以登录居民的社区为中心'),
    lng: LongitudeSchema.optional(),
    radius: z.coerce.number().int().min(100, '范围至少 100 米').max(5000, '范围最多 5 公里').optional().describe('不填按服务圈：城市 1200 米（步行 15 分钟），农村 5000 米'),
    type: csvOf(JOB_TYPES).optional().describe('逗号分隔'),
    minPay: z.coerce.number().min(0, '最低工资不能为负').max(100000).optional().describe('按日薪折算比较（小时×8，月薪÷21.75）；计件岗位不参与'),
    when: WhenSchema.optional(),
    tags: csvOf(JOB_TAGS).optional().describe('逗号分隔，须全部满足'),
    q: z.string().trim().min(1).max(30, '关键词太长').optional(),
    sort: z.enum(['distance', 'newest']).default('distance'),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { message: '经纬度需要同时提供', path: ['lng'] });

export const NearbyJobsResponseSchema = z
  .object({
    centre: z.object({ lat: z.number(), lng: z.number(), source: z.enum(['location', 'home']) }),
    radiusMeters: z.number().int().positive(),
    circleLabel: z.string().describe('例如「步行 15 分钟」「5 公里」'),
    items: z.array(JobCardSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'NearbyJobs' });
export type NearbyJobsResponse = z.infer<typeof NearbyJobsResponseSchema>;

export const JobDetailSchema = JobCardSchema.omit({ distanceMeters: true, walkMinutes: true })
  .extend({
    description: z.string(),
    requirements: z.array(z.string()),
    schedule: z.string().describe('给人看的工作时间，例如「11月25日 周三 09:00-12:00」'),
    address: z.string(),
    location: GeoPointSchema,
    status: z.enum(['open', 'closed', 'expired']),
    skills: z.array(z.string()),
    contactHidden: z.literal(true).describe('报名审核通过后才显示联系方式'),
    mySignup: z
      .object({ id: z.string(), status: z.string(), statusLabel: z.string(), waitlistPosition: z.number().int().positive().nullable() })
      .nullable()
      .describe('登录居民在这个岗位上进行中的报名（待审核、候补、已通过、已签到）；没有则为 null'),
  })
  .meta({ id: 'JobDetail' });
export type JobDetail = z.infer<typeof JobDetailSchema>;

export const JobIdParamsSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();
/**
 * Where the resident came from. A job opened from 为您推荐 is a 岗位推荐 the system made; for a resident linked to the
 * 就业援助台账 it counts toward their 「12333」 (contract/assistance.ts).
 */
export const JobDetailQuerySchema = z.object({ from: z.enum(['recommendation', 'feed']).optional().describe('recommendation = 从「为您推荐」打开') });

export const RecommendationSchema = z
  .object({
    job: JobCardSchema,
    score: z.number(),
    reasons: z.array(z.string()).min(1).describe('中文理由，如「步行 8 分钟」「匹配技能：保洁」'),
  })
  .meta({ id: 'Recommendation' });

export const RecommendationsResponseSchema = z
  .object({
    items: z.array(RecommendationSchema),
    adjacentOccupations: z.array(z.object({ occupation: z.string(), because: z.string() })).describe('直接匹配较少时，技能可迁移的相近职业'),
  })
  .meta({ id: 'Recommendations' });
export type RecommendationsResponse = z.infer<typeof RecommendationsResponseSchema>;
