import { z } from 'zod';
import { CommunityCodeSchema } from './common';
import { JobTypeSchema } from './jobs';
import { MySignupSchema, NotificationSchema } from './signups';

/** The curated skill list residents pick from (matching and adjacent occupations use the same words). */
export const SKILLS = ['保洁', '家政', '育婴', '养老护理', '烹饪', '面点', '餐饮服务', '搬运装卸', '快递分拣', '配送', '驾驶', '手工加工', '缝纫', '理货收银', '绿化', '农业种植', '水产加工', '水电维修', '电脑办公', '直播销售', '安保'] as const;
export const SkillSchema = z.enum(SKILLS);

export const AVAILABILITY = ['weekday', 'evening', 'weekend'] as const;
export const AvailabilitySchema = z.enum(AVAILABILITY).describe('weekday=工作日白天, evening=晚上, weekend=周末');

/** Assisted categories (鲁就办〔2023〕13号 三、16；威就办〔2023〕9号 三、1). Sensitive: stored only with consent. */
export const ASSISTED_CATEGORIES = ['零就业家庭', '低保家庭', '低保边缘家庭', '脱贫/防返贫监测', '大龄', '残疾', '长期失业', '未就业高校毕业生'] as const;
export const AssistedCategorySchema = z.enum(ASSISTED_CATEGORIES);
export type AssistedCategory = z.infer<typeof AssistedCategorySchema>;

export const CONSENT_KINDS = ['sensitive-personal-info'] as const;
export const ConsentKindSchema = z.enum(CONSENT_KINDS);

export const ProfileSchema = z
  .object({
    name: z.string(),
    phoneMasked: z.string().nullable(),
    idNumberMasked: z.string().nullable().describe('如 3710**********123X'),
    birthYear: z.number().int().nullable(),
    homeCommunityCode: CommunityCodeSchema.nullable(),
    skills: z.array(SkillSchema),
    availability: z.array(AvailabilitySchema),
    intentions: z.array(JobTypeSchema),
    assistedCategories: z.array(AssistedCategorySchema),
    consents: z.array(z.object({ kind: ConsentKindSchema, version: z.string(), grantedAt: z.string() })),
    updatedAt: z.string(),
  })
  .meta({ id: 'Profile' });
export type Profile = z.infer<typeof ProfileSchema>;

/** The home community is changed through PUT /me/home-community, which also moves the resident between staff lists. */
export const UpdateProfileBodySchema = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多 20 个字'),
    phone: z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号应为 11 位，以 1 开头').optional().describe('不填则保留原号码'),
    idNumber: z.string().trim().toUpperCase().max(18).optional().describe('身份证号，选填；不填则保留，传空字符串则删除'),
    birthYear: z.number().int().min(1930, '出生年份不正确').max(new Date().getFullYear() - 14, '出生年份不正确').nullable().optional().describe('填了身份证号时以身份证为准'),
    skills: z.array(SkillSchema).max(10, '技能最多选 10 项').default([]),
    availability: z.array(AvailabilitySchema).default([]),
    intentions: z.array(JobTypeSchema).default([]),
    assistedCategories: z.array(AssistedCategorySchema).default([]).describe('需先同意敏感个人信息处理'),
  })
  .strict();

export const GrantConsentBodySchema = z
  .object({ kind: ConsentKindSchema, version: z.string().min(1).max(20), agreed: z.literal(true, { error: '请阅读并勾选同意' }) })
  .strict();
export const ConsentKindParamsSchema = z.object({ kind: ConsentKindSchema }).strict();

export const DataExportSchema = z
  .object({
    exportedAt: z.string(),
    account: z.object({ id: z.string(), role: z.string(), createdAt: z.string() }),
    profile: ProfileSchema,
    signups: z.array(MySignupSchema).describe('我的全部报名，含状态时间线'),
    notifications: z.array(NotificationSchema).describe('我的消息'),
    notice: z.string(),
  })
  .meta({ id: 'DataExport' });
