import { z } from 'zod';
import { CommunityCodeSchema, DivisionCodeSchema, LocalDateSchema } from './common';
import { AssistedCategorySchema } from './profile';

/**
 * 就业援助台账 and 「12333」 service (鲁就办〔2023〕13号 三、16; 威就办〔2023〕9号 三、1): community staff keep a ledger of
 * assisted persons and, for each registered-unemployed or 就业困难 person, within a rolling 12 months at least
 * 2 次政策对接, 3 次职业指导, 3 次岗位推荐, 3 次培训信息.
 */
export const EMPLOYMENT_STATUSES = ['待业', '灵活就业', '已就业', '公益性岗位安置'] as const;
export const EmploymentStatusSchema = z.enum(EMPLOYMENT_STATUSES);
export type EmploymentStatus = z.infer<typeof EmploymentStatusSchema>;

export const SERVICE_TYPES = ['政策对接', '职业指导', '岗位推荐', '培训信息'] as const;
export const ServiceTypeSchema = z.enum(SERVICE_TYPES);
export type ServiceType = z.infer<typeof ServiceTypeSchema>;
/** The 「12333」 targets per rolling 12 months. */
export const SERVICE_TARGETS: Record<ServiceType, number> = { 政策对接: 2, 职业指导: 3, 岗位推荐: 3, 培训信息: 3 };

const IdNumberInputSchema = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号应为 18 位，最后一位可以是 X');

const PhoneSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号应为 11 位，以 1 开头');

const personFields = {
  name: z.string().trim().min(2, '请填写姓名').max(20, '姓名最多 20 个字'),
  phone: PhoneSchema.nullable().default(null),
  communityCode: CommunityCodeSchema,
  categories: z.array(AssistedCategorySchema).max(8).default([]).describe('援助类别，可多选'),
  unemploymentRegisteredOn: LocalDateSchema.nullable().default(null).describe('失业登记日期；未登记填 null'),
  status: EmploymentStatusSchema,
  statusSince: LocalDateSchema.describe('当前就业状态开始的日期'),
  employerName: z.string().trim().max(50, '单位名称最多 50 个字').default('').describe('已就业 / 公益性岗位安置时的单位'),
  note: z.string().trim().max(200, '备注最多 200 个字').default(''),
  linkResident: z.boolean().default(true).describe('按手机号关联居民账号（须居民已同意处理敏感个人信息）'),
};

export const CreateAssistedPersonBodySchema = z
  .object({ idNumber: IdNumberInputSchema, ...personFields })
  .strict()
  .refine((b) => b.categories.length > 0 || b.unemploymentRegisteredOn !== null, { message: '请至少选择一个援助类别，或填写失业登记日期', path: ['categories'] });

/**
 * The 身份证号 is who the entry is about and never changes; everything else can. Staff only ever see the phone masked,
 * so leaving `phone` out keeps the stored number; null removes it.
 */
export const UpdateAssistedPersonBodySchema = z
  .object({
    ...personFields,
    phone: PhoneSchema.nullable().optional().describe('不传则不改；null 删除'),
    expectedVersion: z.number().int().nonnegative().describe('打开时看到的版本；不一致则 409'),
  })
  .strict()
  .refine((b) => b.categories.length > 0 || b.unemploymentRegisteredOn !== null, { message: '请至少选择一个援助类别，或填写失业登记日期', path: ['categories'] });

export const ServiceCountSchema = z
  .object({ type: ServiceTypeSchema, done: z.number().int().nonnegative(), target: z.number().int().positive(), missing: z.number().int().nonnegative() })
  .meta({ id: 'ServiceCount' });

export const TrackingSchema = z
  .object({
    tracked: z.boolean().describe('登记失业或就业困难人员，纳入「12333」'),
    windowFrom: z.string().describe('滚动 12 个月的起点（含）'),
    windowTo: z.string(),
    counts: z.array(ServiceCountSchema),
    behind: z.boolean(),
    lastServiceOn: z.string().nullable(),
  })
  .meta({ id: 'Tracking12333' });

export const StatusHistoryEntrySchema = z
  .object({ status: EmploymentStatusSchema, since: z.string(), employerName: z.string(), recordedAt: z.string() })
  .meta({ id: 'EmploymentStatusEntry' });

export const AssistedPersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    idNumberMasked: z.string(),
    phoneMasked: z.string().nullable(),
    birthYear: z.number().int(),
    community: z.object({ code: CommunityCodeSchema, name: z.string(), streetName: z.string(), districtName: z.string() }),
    categories: z.array(AssistedCategorySchema),
    unemploymentRegisteredOn: z.string().nullable(),
    status: EmploymentStatusSchema,
    statusSince: z.string(),
    employerName: z.string(),
    statusHistory: z.array(StatusHistoryEntrySchema),
    linkedResident: z.object({ userId: z.string(), name: z.string() }).nullable().describe('已关联的居民账号'),
    note: z.string(),
    tracking: TrackingSchema,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AssistedPerson' });
export type AssistedPerson = z.infer<typeof AssistedPersonSchema>;

export const AssistedPersonsQuerySchema = z
  .object({
    division: DivisionCodeSchema.optional().describe('默认本人所在区划'),
    category: AssistedCategorySchema.optional(),
    behind: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('只看「12333」未达标的'),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const AssistedPersonsResponseSchema = z
  .object({ items: z.array(AssistedPersonSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'AssistedPersons' });

export const PersonIdParamsSchema = z.object({ personId: z.string().min(1).max(64) }).strict();

export const SERVICE_SOURCES = ['staff', 'auto'] as const;
export const AddServiceBodySchema = z
  .object({
    type: ServiceTypeSchema,
    date: LocalDateSchema.describe('服务日期，不能晚于今天'),
    content: z.string().trim().min(2, '请写一句服务内容').max(200, '服务内容最多 200 个字'),
    outcome: z.string().trim().max(200, '服务结果最多 200 个字').default(''),
    jobId: z.string().max(64).nullable().default(null).describe('岗位推荐时推荐的岗位；已关联居民账号的会收到站内消息'),
  })
  .strict();

export const ServiceRecordSchema = z
  .object({
    id: z.string(),
    type: ServiceTypeSchema,
    date: z.string(),
    content: z.string(),
    outcome: z.string(),
    source: z.enum(SERVICE_SOURCES).describe('staff=工作人员记录, auto=系统服务自动记录'),
    sourceLabel: z.string(),
    recordedBy: z.string().nullable(),
    jobId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceRecord' });

export const AssistedPersonDetailSchema = AssistedPersonSchema.extend({
  services: z.array(ServiceRecordSchema).describe('最近 12 个月的服务记录，最新的在前'),
}).meta({ id: 'AssistedPersonDetail' });

export const AddServiceResponseSchema = z
  .object({ service: ServiceRecordSchema, person: AssistedPersonSchema, notified: z.boolean().describe('已发到居民的「我的消息」') })
  .meta({ id: 'AddServiceResult' });

export const WorklistQuerySchema = z
  .object({ division: DivisionCodeSchema.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export const WorklistItemSchema = z
  .object({
    person: AssistedPersonSchema,
    missing: z.array(ServiceCountSchema).describe('还差的服务，差得最多的在前'),
    urgency: z.number().describe('越大越急：还差的次数按窗口剩余时间加权'),
    urgencyLabel: z.string().describe('如 「还差 5 次，本周期剩 40 天」'),
  })
  .meta({ id: 'WorklistItem' });

export const WorklistResponseSchema = z
  .object({ items: z.array(WorklistItemSchema), totalBehind: z.number().int().nonnegative() })
  .meta({ id: 'Worklist' });

export const PersonMatchesSchema = z
  .object({
    jobs: z.array(z.object({ jobId: z.string(), title: z.string(), orgName: z.string(), walkMinutes: z.number().int(), distanceM: z.number().int(), payText: z.string(), reasons: z.array(z.string()) })),
    trainings: z.array(z.object({ trainingId: z.string(), title: z.string(), category: z.string(), reasons: z.array(z.string()), nextSessionAt: z.string().nullable() })),
    note: z.string().nullable().describe('为什么没有匹配（如未关联居民账号时只按台账信息匹配）'),
  })
  .meta({ id: 'PersonMatches' });

export const ImportAssistedPersonsBodySchema = z
  .object({ key: z.string().min(1).max(200).describe('先用 import/upload-url 上传 Excel，再把返回的 key 填在这里') })
  .strict();

export const ImportUploadBodySchema = z
  .object({
    contentType: z.literal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', { error: '请上传 Excel（.xlsx）文件' }),
    size: z.number().int().positive('文件是空的').max(2 * 1024 * 1024, '文件太大了，请上传 2 MB 以内的 Excel'),
  })
  .strict();

/** All or nothing: one transaction, so at most 50 rows (2 items each) per file. */
export const IMPORT_MAX_ROWS = 50;
export const ImportResultSchema = z
  .object({ imported: z.number().int().nonnegative() })
  .meta({ id: 'ImportResult' });

export const AssistedExportQuerySchema = z.object({ division: DivisionCodeSchema.optional() }).strict();
