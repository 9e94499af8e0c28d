import { z } from 'zod';
import { CommunityCodeSchema, LocalDateSchema } from './common';
import { CreditCodeSchema } from './orgs';
import { AssistedCategorySchema } from './profile';

/**
 * Employment and enterprise subsidies (鲁就办〔2023〕13号 三、7 / 三、9 / 三、16; 威就办〔2023〕9号 三、1 / 三、6).
 * The rules and amounts are versioned data in functions/domain/subsidies/policy-catalog.ts; this file is their shape.
 */
export const SUBSIDY_POLICY_IDS = ['startup-subsidy', 'hiring-subsidy', 'social-insurance-subsidy'] as const;
export const SubsidyPolicyIdSchema = z.enum(SUBSIDY_POLICY_IDS).describe('startup-subsidy=一次性创业补贴, hiring-subsidy=一次性吸纳就业补贴, social-insurance-subsidy=社会保险补贴');
export type SubsidyPolicyId = z.infer<typeof SubsidyPolicyIdSchema>;

/** Where the business or job is: Weihai pays its own amounts (威就办〔2023〕9号), the rest of Shandong the provincial floors. */
export const SUBSIDY_REGIONS = ['weihai', 'shandong-other'] as const;
export const SubsidyRegionSchema = z.enum(SUBSIDY_REGIONS).describe('weihai=威海市, shandong-other=山东省其他城市');
export type SubsidyRegion = z.infer<typeof SubsidyRegionSchema>;
export const SUBSIDY_REGION_LABEL: Record<SubsidyRegion, string> = { weihai: '威海市', 'shandong-other': '山东省其他城市' };

export const BUSINESS_KINDS = ['小微企业', '个体工商户'] as const;
export const BusinessKindSchema = z.enum(BUSINESS_KINDS);
export type BusinessKind = z.infer<typeof BusinessKindSchema>;

/** 社会保险补贴 is for 就业困难人员 who work for an employer or flexibly (鲁就办〔2023〕13号 三、16). */
export const WORK_KINDS = ['单位就业', '灵活就业', '未就业'] as const;
export const WorkKindSchema = z.enum(WORK_KINDS);
export type WorkKind = z.infer<typeof WorkKindSchema>;

const IdNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, '身份证号应为 18 位，最后一位可以是 X');

/** 我创办了…: the business behind 一次性创业补贴. */
export const BusinessSituationSchema = z
  .object({
    kind: BusinessKindSchema.describe('小微企业 or 个体工商户'),
    registeredOn: LocalDateSchema.describe('营业执照上的成立日期'),
  })
  .strict();

/** 我招了一个人…: the hire behind 一次性吸纳就业补贴. Every condition is a fact the applicant states and staff check against documents. */
export const HireSituationSchema = z
  .object({
    age: z.number().int().min(14, '年龄不正确').max(80, '年龄不正确').describe('被招用人员招用时的周岁年龄'),
    hiredOn: LocalDateSchema.describe('招用（劳动合同开始）日期'),
    contractMonths: z.number().int().min(1, '合同期限至少 1 个月').max(600, '合同期限不正确').describe('劳动合同期限（月）'),
    graduatedOn: LocalDateSchema.nullable().default(null).describe('高校毕业（离校）日期；不是高校毕业生填 null'),
    unemployedSinceGraduation: z.boolean().default(false).describe('离校后到招用前一直未就业'),
    unemploymentRegisteredOn: LocalDateSchema.nullable().default(null).describe('失业登记日期；没有登记失业填 null'),
  })
  .strict();

/** 我是就业困难人员…: the worker behind 社会保险补贴. */
export const WorkSituationSchema = z
  .object({
    assistedCategories: z.array(AssistedCategorySchema).max(8).default([]).describe('就业困难人员类别（认定以社区台账为准）'),
    work: WorkKindSchema,
    startedOn: LocalDateSchema.nullable().default(null).describe('就业或开始灵活就业的日期'),
  })
  .strict();

/** The calculator's questionnaire. Each section is optional; a policy whose section is missing says what to answer. */
export const PrecheckBodySchema = z
  .object({
    region: SubsidyRegionSchema.default('weihai'),
    business: BusinessSituationSchema.nullable().default(null),
    hire: HireSituationSchema.nullable().default(null),
    worker: WorkSituationSchema.nullable().default(null),
  })
  .strict();
export type PrecheckBody = z.input<typeof PrecheckBodySchema>;

export const CitationSchema = z
  .object({ document: z.string().describe('如 威就办〔2023〕9号'), clause: z.string().describe('如 三、6'), text: z.string().describe('依据：威就办〔2023〕9号 三、6') })
  .meta({ id: 'Citation' });
export type Citation = z.infer<typeof CitationSchema>;

/** An amount the rules fix, a floor the city may raise, or one the local standard sets and this deployment has not configured. */
export const SubsidyAmountSchema = z
  .object({
    yuan: z.number().int().nonnegative().nullable().describe('null = 以当地公布标准为准'),
    atLeast: z.boolean().describe('true = 省定下限（不低于）'),
    label: z.string().describe('如 5,000 元、不低于 12,000 元、以当地公布标准为准'),
  })
  .meta({ id: 'SubsidyAmount' });
export type SubsidyAmount = z.infer<typeof SubsidyAmountSchema>;

export const PrecheckLineSchema = z
  .object({
    policyId: SubsidyPolicyIdSchema,
    policyName: z.string(),
    outcome: z.enum(['eligible', 'not-eligible', 'need-answers']).describe('eligible=可申请, not-eligible=暂不符合, need-answers=还需回答'),
    outcomeLabel: z.string(),
    amount: SubsidyAmountSchema.nullable().describe('可申请时的金额'),
    reasons: z.array(z.string()).describe('符合的条件，或不符合 / 缺少的条件，通俗中文'),
    citation: CitationSchema,
    canApply: z.boolean().describe('本平台可以在线申请（威海市的申请）'),
  })
  .meta({ id: 'PrecheckLine' });
export type PrecheckLine = z.infer<typeof PrecheckLineSchema>;

export const PrecheckResponseSchema = z
  .object({ region: SubsidyRegionSchema, asOf: z.string().describe('按这一天计算（威海时间）'), lines: z.array(PrecheckLineSchema), policyVersion: z.string() })
  .meta({ id: 'PrecheckResult' });
export type PrecheckResponse = z.infer<typeof PrecheckResponseSchema>;

export const DOCUMENT_KINDS = ['licence', 'id-proof', 'labour-contract', 'employment-proof', 'other'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  licence: '营业执照',
  'id-proof': '身份证明',
  'labour-contract': '劳动合同',
  'employment-proof': '就业或灵活就业证明',
  other: '其他材料',
};
export const SUBSIDY_DOCUMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const SUBSIDY_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const SUBSIDY_DOCUMENTS_PER_APPLICATION = 12;

export const SubsidyPolicySchema = z
  .object({
    id: SubsidyPolicyIdSchema,
    name: z.string(),
    summary: z.string().describe('一句话说明给谁、多少钱'),
    applicant: z.enum(['person', 'employer', 'person-or-employer']).describe('谁来申请'),
    oncePer: z.enum(['ever', 'year']).describe('ever = 每人（每个单位）限一次；year = 每人每年一次'),
    amounts: z.array(z.object({ region: SubsidyRegionSchema, case: z.string(), amount: SubsidyAmountSchema })),
    conditions: z.array(z.string()).describe('申请条件，通俗中文'),
    documents: z.array(z.object({ kind: DocumentKindSchema, label: z.string(), required: z.boolean() })),
    citations: z.array(CitationSchema),
  })
  .meta({ id: 'SubsidyPolicy' });
export type SubsidyPolicy = z.infer<typeof SubsidyPolicySchema>;

export const LOAN_KINDS = ['individual', 'small-business'] as const;
export const LoanKindSchema = z.enum(LOAN_KINDS).describe('individual=创业者个人, small-business=小微企业');
export type LoanKind = z.infer<typeof LoanKindSchema>;
export const LOAN_KIND_LABEL: Record<LoanKind, string> = { individual: '创业者个人', 'small-business': '小微企业' };

export const LoanProductSchema = z
  .object({ kind: LoanKindSchema, label: z.string(), maxYuan: z.number().int(), maxMonths: z.number().int(), citation: CitationSchema })
  .meta({ id: 'LoanProduct' });

export const SubsidyPoliciesResponseSchema = z
  .object({ version: z.string().describe('政策数据版本'), effectiveFrom: z.string(), items: z.array(SubsidyPolicySchema), loans: z.array(LoanProductSchema) })
  .meta({ id: 'SubsidyPolicies' });

/**
 * 草稿 → 待社区初审 → 待街道复核 → 待区市审批 → 已批准; any reviewer may return it (已退回, the applicant corrects and
 * resubmits, starting again at 社区初审) or refuse it (未批准, which frees the one-time place). The applicant may withdraw a
 * draft or a returned application (已撤回), which frees the place too.
 */
export const SUBSIDY_STATUSES = ['draft', 'pending-community', 'pending-street', 'pending-district', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export const SubsidyStatusSchema = z.enum(SUBSIDY_STATUSES);
export type SubsidyStatus = z.infer<typeof SubsidyStatusSchema>;
export const SUBSIDY_STATUS_LABEL: Record<SubsidyStatus, string> = {
  draft: '草稿',
  'pending-community': '待社区初审',
  'pending-street': '待街道复核',
  'pending-district': '待区市审批',
  returned: '已退回，待修改',
  approved: '已批准',
  rejected: '未批准',
  withdrawn: '已撤回',
};

export const REVIEW_LEVELS = ['community', 'street', 'district'] as const;
export const ReviewLevelSchema = z.enum(REVIEW_LEVELS).describe('community=社区初审, street=街道复核, district=区市审批');
export type ReviewLevel = z.infer<typeof ReviewLevelSchema>;
export const REVIEW_STEP_LABEL: Record<ReviewLevel, string> = { community: '社区初审', street: '街道复核', district: '区市审批' };

const StartupApplicationSchema = z
  .object({
    policyId: z.literal('startup-subsidy'),
    business: BusinessSituationSchema.extend({
      name: z.string().trim().min(2, '请填写营业执照上的名称').max(50, '名称最多 50 个字'),
      creditCode: CreditCodeSchema,
    }),
    idNumber: IdNumberSchema.optional().describe('申请人身份证号；「我的资料」已填写时可不填'),
    note: z.string().trim().max(200, '说明最多 200 个字').default(''),
  })
  .strict();

const HiringApplicationSchema = z
  .object({
    policyId: z.literal('hiring-subsidy'),
    hire: HireSituationSchema.extend({
      name: z.string().trim().min(2, '请填写被招用人员姓名').max(20, '姓名最多 20 个字'),
      idNumber: IdNumberSchema,
    }),
    note: z.string().trim().max(200, '说明最多 200 个字').default(''),
  })
  .strict();

const SocialInsuranceApplicationSchema = z
  .object({
    policyId: z.literal('social-insurance-subsidy'),
    worker: WorkSituationSchema,
    idNumber: IdNumberSchema.optional().describe('申请人身份证号；「我的资料」已填写时可不填'),
    note: z.string().trim().max(200, '说明最多 200 个字').default(''),
  })
  .strict();

/** What the applicant states. The amount is never sent: the server computes it from the rules. */
export const SubsidyApplicationBodySchema = z.discriminatedUnion('policyId', [StartupApplicationSchema, HiringApplicationSchema, SocialInsuranceApplicationSchema]);
export type SubsidyApplicationBody = z.input<typeof SubsidyApplicationBodySchema>;

/** Resubmitting may correct the facts; who the application is for (person, entity, hire) stays fixed. */
export const SubmitSubsidyBodySchema = z
  .object({ corrections: SubsidyApplicationBodySchema.nullable().default(null) })
  .strict();

export const SubsidyApplicationIdParamsSchema = z.object({ applicationId: z.string().min(1).max(64) }).strict();

export const DocumentUploadBodySchema = z
  .object({
    kind: DocumentKindSchema,
    contentType: z.enum(SUBSIDY_DOCUMENT_CONTENT_TYPES, '材料请上传 JPG、PNG 图片或 PDF'),
    size: z.number().int().positive('文件是空的').max(SUBSIDY_DOCUMENT_MAX_BYTES, '文件太大了，请上传 10 MB 以内的文件'),
    fileName: z.string().trim().min(1, '请填写文件名').max(80, '文件名最多 80 个字').default('材料'),
  })
  .strict();

export const SubsidyDocumentSchema = z
  .object({
    id: z.string(),
    kind: DocumentKindSchema,
    kindLabel: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploaded: z.boolean().describe('已在存储中确认'),
    url: z.string().nullable().describe('15 分钟有效的查看链接，只给申请人本人和负责审核的工作人员'),
  })
  .meta({ id: 'SubsidyDocument' });

export const SubsidyTimelineEntrySchema = z
  .object({
    status: SubsidyStatusSchema,
    label: z.string(),
    at: z.string(),
    by: z.string().nullable().describe('办理的层级，如 社区初审'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'SubsidyTimelineEntry' });

export const SubsidyApplicationSchema = z
  .object({
    id: z.string(),
    policyId: SubsidyPolicyIdSchema,
    policyName: z.string(),
    policyVersion: z.string(),
    status: SubsidyStatusSchema,
    statusLabel: z.string(),
    applicant: z.object({ name: z.string(), idNumberMasked: z.string().nullable().describe('用人单位申请吸纳就业补贴时可为空'), orgName: z.string().nullable() }),
    community: z.object({ code: CommunityCodeSchema, name: z.string(), streetName: z.string(), districtName: z.string() }),
    subject: z.string().describe('申请对象：单位名称或被招用人员（已脱敏）'),
    facts: z.record(z.string(), z.unknown()).describe('申请时填写的条件'),
    amount: SubsidyAmountSchema,
    eligibilityReasons: z.array(z.string()),
    citation: CitationSchema,
    documents: z.array(SubsidyDocumentSchema),
    requiredDocuments: z.array(z.object({ kind: DocumentKindSchema, label: z.string(), done: z.boolean() })),
    returnReason: z.string().nullable(),
    timeline: z.array(SubsidyTimelineEntrySchema),
    note: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'SubsidyApplication' });
export type SubsidyApplication = z.infer<typeof SubsidyApplicationSchema>;

export const SubsidyApplicationsResponseSchema = z
  .object({ items: z.array(SubsidyApplicationSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'SubsidyApplications' });

export const STAFF_SUBSIDY_FILTERS = ['pending', 'returned', 'approved', 'rejected'] as const;
export const StaffSubsidiesQuerySchema = z
  .object({
    status: z.enum(STAFF_SUBSIDY_FILTERS).default('pending').describe('pending=待审核, returned=已退回, approved=已批准, rejected=未批准'),
    level: ReviewLevelSchema.optional().describe('status=pending 时看哪一级的待办；默认是本人这一级'),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const ReviewSubsidyBodySchema = z
  .object({
    decision: z.enum(['approve', 'return', 'reject']).describe('approve=通过, return=退回修改, reject=不予批准'),
    reason: z.string().trim().max(200, '原因最多 200 个字').default(''),
    expectedVersion: z.number().int().nonnegative().optional().describe('打开时看到的版本；不一致说明申请人刚改过，409'),
  })
  .strict()
  .refine((b) => b.decision === 'approve' || b.reason.length >= 2, { message: '退回或不予批准时请写明原因，申请人会看到', path: ['reason'] });

export const SubsidyExportQuerySchema = z
  .object({ format: z.enum(['xlsx']).default('xlsx') })
  .strict();

export const LOAN_STATUSES = ['referred', 'accepted', 'declined', 'granted'] as const;
export const LoanStatusSchema = z.enum(LOAN_STATUSES);
export type LoanStatus = z.infer<typeof LoanStatusSchema>;
export const LOAN_STATUS_LABEL: Record<LoanStatus, string> = { referred: '已转介合作银行', accepted: '银行已受理', declined: '银行未受理', granted: '已放款' };

/** The platform checks the request against the limits and refers it; the bank decides (鲁就办〔2023〕13号 三、7). */
export const LoanReferralBodySchema = z
  .object({
    kind: LoanKindSchema,
    amountYuan: z.number().int().positive('请填写贷款金额'),
    termMonths: z.number().int().positive('请填写贷款期限'),
    purpose: z.string().trim().min(4, '请简单说明贷款用途').max(200, '用途最多 200 个字'),
    businessName: z.string().trim().max(50, '名称最多 50 个字').default(''),
    creditCode: CreditCodeSchema.nullable().default(null).describe('小微企业必填'),
  })
  .strict();

export const LoanReferralSchema = z
  .object({
    id: z.string(),
    kind: LoanKindSchema,
    kindLabel: z.string(),
    amountYuan: z.number().int(),
    termMonths: z.number().int(),
    purpose: z.string(),
    businessName: z.string(),
    status: LoanStatusSchema,
    statusLabel: z.string(),
    applicantName: z.string(),
    phoneMasked: z.string().nullable(),
    communityName: z.string(),
    bankNote: z.string().nullable(),
    citation: CitationSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'LoanReferral' });
export type LoanReferral = z.infer<typeof LoanReferralSchema>;

export const LoanReferralsResponseSchema = z.object({ items: z.array(LoanReferralSchema) }).meta({ id: 'LoanReferrals' });

export const LoanReferralIdParamsSchema = z.object({ referralId: z.string().min(1).max(64) }).strict();

export const LoanStatusBodySchema = z
  .object({
    status: z.enum(['accepted', 'declined', 'granted']),
    note: z.string().trim().max(200, '说明最多 200 个字').default(''),
  })
  .strict();

export const StaffLoanReferralsQuerySchema = z
  .object({ status: LoanStatusSchema.default('referred') })
  .strict();

/**
 * 名额核查 (区市、市): who holds the one-time places of a 身份证号 or a 统一社会信用代码. For the person at the counter
 * whose number someone else used first: staff see the holding application and can void it (作废), which frees the place.
 */
export const SubsidyClaimsQuerySchema = z
  .object({
    idNumber: z.string().trim().toUpperCase().max(18).optional().describe('居民身份证号（查本人及被招用人员的名额）'),
    creditCode: CreditCodeSchema.optional().describe('统一社会信用代码（查创业补贴的单位名额）'),
  })
  .strict()
  .refine((q) => !!q.idNumber !== !!q.creditCode, { message: '请填写身份证号或统一社会信用代码（二选一）', path: ['idNumber'] });

export const SubsidyClaimSchema = z
  .object({
    place: z.string().describe('名额，如 一次性创业补贴（本人）'),
    policyId: SubsidyPolicyIdSchema,
    districtName: z.string().describe('占用名额的申请所在区市'),
    application: SubsidyApplicationSchema.nullable().describe('不在本人辖区时为空，请联系该区市'),
    canVoid: z.boolean(),
  })
  .meta({ id: 'SubsidyClaim' });
export type SubsidyClaim = z.infer<typeof SubsidyClaimSchema>;

export const SubsidyClaimsResponseSchema = z.object({ claims: z.array(SubsidyClaimSchema) }).meta({ id: 'SubsidyClaims' });

export const VoidSubsidyBodySchema = z
  .object({
    reason: z.string().trim().min(4, '请写明作废原因（至少 4 个字），申请人会看到').max(200, '原因最多 200 个字'),
    expectedVersion: z.number().int().nonnegative().describe('核查时看到的版本；不一致说明申请刚变过，409'),
  })
  .strict();
