import { ExportFileSchema } from './labour-demand';
import { UploadTicketSchema } from './orgs';
import { defineRoute } from './route';
import {
  DocumentUploadBodySchema,
  LoanReferralBodySchema,
  LoanReferralIdParamsSchema,
  LoanReferralSchema,
  LoanReferralsResponseSchema,
  LoanStatusBodySchema,
  PrecheckBodySchema,
  PrecheckResponseSchema,
  ReviewSubsidyBodySchema,
  StaffLoanReferralsQuerySchema,
  StaffSubsidiesQuerySchema,
  SubmitSubsidyBodySchema,
  SubsidyApplicationBodySchema,
  SubsidyApplicationIdParamsSchema,
  SubsidyApplicationSchema,
  SubsidyApplicationsResponseSchema,
  SubsidyExportQuerySchema,
  SubsidyPoliciesResponseSchema,
} from './subsidies';

const anyone = 'public' as const;
const staffOnly = { roles: ['staff'] } as const;
const applicants = { roles: ['resident', 'employer'] } as const;
const applicantsAndStaff = { roles: ['resident', 'employer', 'staff'] } as const;

/** Subsidies and 创业提振贷 referrals: the rules as data, a pre-check, applications with documents and the three-level review. */
export const subsidyRoutes = {
  subsidyPolicies: defineRoute({
    id: 'subsidyPolicies', method: 'GET', path: '/subsidy-policies', tag: '补贴', access: anyone,
    summary: '补贴政策清单：条件、金额、所需材料和政策依据（带版本号）',
    success: { status: 200, schema: SubsidyPoliciesResponseSchema },
  }),
  subsidyPrecheck: defineRoute({
    id: 'subsidyPrecheck', method: 'POST', path: '/subsidies/precheck', tag: '补贴', access: anyone,
    summary: '补贴测算（不需登录）：逐项给出可申请金额或不符合的条件，并注明政策依据',
    body: PrecheckBodySchema,
    success: { status: 200, schema: PrecheckResponseSchema },
    errors: [429],
    rateLimitPerMinute: 60,
  }),
  createSubsidyApplication: defineRoute({
    id: 'createSubsidyApplication', method: 'POST', path: '/subsidy-applications', tag: '补贴', access: applicants,
    summary: '新建补贴申请（草稿）；金额由服务端按政策计算；同一人 / 同一单位的一次性补贴只能有一份未被驳回的申请（409）',
    body: SubsidyApplicationBodySchema,
    success: { status: 201, schema: SubsidyApplicationSchema },
    errors: [403, 404, 409, 429],
    idempotent: true,
    rateLimitPerMinute: 30,
  }),
  getSubsidyApplication: defineRoute({
    id: 'getSubsidyApplication', method: 'GET', path: '/subsidy-applications/{applicationId}', tag: '补贴', access: applicantsAndStaff,
    summary: '一份申请：状态时间线、材料（临时查看链接）；只给申请人本人和辖区工作人员',
    params: SubsidyApplicationIdParamsSchema,
    success: { status: 200, schema: SubsidyApplicationSchema },
    errors: [404],
  }),
  subsidyDocumentUploadUrl: defineRoute({
    id: 'subsidyDocumentUploadUrl', method: 'POST', path: '/subsidy-applications/{applicationId}/documents/upload-url', tag: '补贴', access: applicants,
    summary: '上传一份申请材料：返回直传 S3 的表单（限 JPG/PNG/PDF、10 MB），材料记在申请上',
    params: SubsidyApplicationIdParamsSchema,
    body: DocumentUploadBodySchema,
    success: { status: 201, schema: UploadTicketSchema },
    errors: [404, 409, 429],
    rateLimitPerMinute: 30,
  }),
  submitSubsidyApplication: defineRoute({
    id: 'submitSubsidyApplication', method: 'POST', path: '/subsidy-applications/{applicationId}/submit', tag: '补贴', access: applicants,
    summary: '提交（或退回后修改再提交）：核对材料齐全，进入社区初审',
    params: SubsidyApplicationIdParamsSchema,
    body: SubmitSubsidyBodySchema,
    success: { status: 200, schema: SubsidyApplicationSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  withdrawSubsidyApplication: defineRoute({
    id: 'withdrawSubsidyApplication', method: 'POST', path: '/subsidy-applications/{applicationId}/withdraw', tag: '补贴', access: applicants,
    summary: '撤回草稿或被退回的申请；一次性补贴的名额随之释放，可以重新申请',
    params: SubsidyApplicationIdParamsSchema,
    success: { status: 200, schema: SubsidyApplicationSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  mySubsidyApplications: defineRoute({
    id: 'mySubsidyApplications', method: 'GET', path: '/me/subsidy-applications', tag: '补贴', access: applicants,
    summary: '我的补贴申请，最新的在前',
    success: { status: 200, schema: SubsidyApplicationsResponseSchema },
  }),
  staffSubsidyApplications: defineRoute({
    id: 'staffSubsidyApplications', method: 'GET', path: '/staff/subsidy-applications', tag: '补贴', access: staffOnly,
    summary: '辖区的补贴申请：按状态，待审核的按审核层级（默认本人这一级），先来的在前',
    query: StaffSubsidiesQuerySchema,
    success: { status: 200, schema: SubsidyApplicationsResponseSchema },
  }),
  reviewSubsidyApplication: defineRoute({
    id: 'reviewSubsidyApplication', method: 'POST', path: '/subsidy-applications/{applicationId}/review', tag: '补贴', access: staffOnly,
    summary: '审核：社区初审 → 街道复核 → 区市审批，各由本级本辖区工作人员通过、退回或不予批准',
    params: SubsidyApplicationIdParamsSchema,
    body: ReviewSubsidyBodySchema,
    success: { status: 200, schema: SubsidyApplicationSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  exportApprovedSubsidies: defineRoute({
    id: 'exportApprovedSubsidies', method: 'GET', path: '/staff/subsidy-applications/export', tag: '补贴', access: staffOnly,
    summary: '区市及以上：导出已批准的补贴发放名单（Excel），返回 15 分钟有效的下载链接',
    query: SubsidyExportQuerySchema,
    success: { status: 200, schema: ExportFileSchema },
    errors: [429],
    rateLimitPerMinute: 10,
  }),
  createLoanReferral: defineRoute({
    id: 'createLoanReferral', method: 'POST', path: '/loan-referrals', tag: '补贴', access: applicants,
    summary: '创业提振贷转介：核对额度和期限后转给合作银行，由银行决定是否放款',
    body: LoanReferralBodySchema,
    success: { status: 201, schema: LoanReferralSchema },
    errors: [404, 409, 429],
    idempotent: true,
    rateLimitPerMinute: 10,
  }),
  myLoanReferrals: defineRoute({
    id: 'myLoanReferrals', method: 'GET', path: '/me/loan-referrals', tag: '补贴', access: applicants,
    summary: '我的创业贷款转介和银行办理进度',
    success: { status: 200, schema: LoanReferralsResponseSchema },
  }),
  staffLoanReferrals: defineRoute({
    id: 'staffLoanReferrals', method: 'GET', path: '/staff/loan-referrals', tag: '补贴', access: staffOnly,
    summary: '合作银行队列：辖区的贷款转介，按状态',
    query: StaffLoanReferralsQuerySchema,
    success: { status: 200, schema: LoanReferralsResponseSchema },
  }),
  updateLoanReferral: defineRoute({
    id: 'updateLoanReferral', method: 'POST', path: '/staff/loan-referrals/{referralId}/status', tag: '补贴', access: staffOnly,
    summary: '区市工作人员登记银行的办理结果（已受理 / 未受理 / 已放款），申请人会收到消息',
    params: LoanReferralIdParamsSchema,
    body: LoanStatusBodySchema,
    success: { status: 200, schema: LoanReferralSchema },
    errors: [404, 409],
    idempotent: true,
  }),
} as const;
