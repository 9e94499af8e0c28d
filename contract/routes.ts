import { z } from 'zod';
import {
  DevLoginBodySchema,
  DevPersonasResponseSchema,
  MeSchema,
  SessionSchema,
  SetHomeCommunityBodySchema,
  WechatLoginBodySchema,
} from './auth';
import { CursorQuerySchema } from './common';
import {
  CommunityCodeParamsSchema,
  CommunitySchema,
  ListDivisionsQuerySchema,
  ListDivisionsResponseSchema,
  NearestCommunityQuerySchema,
  NearestCommunityResponseSchema,
} from './divisions';
import { defineRoute } from './route';
import { CommunityResidentsResponseSchema } from './staff';
import { JobDetailQuerySchema, JobDetailSchema, JobIdParamsSchema, NearbyJobsQuerySchema, NearbyJobsResponseSchema, RecommendationsResponseSchema } from './jobs';
import { ConsentKindParamsSchema, DataExportSchema, GrantConsentBodySchema, ProfileSchema, UpdateProfileBodySchema } from './profile';
import { OkSchema } from './common';
import {
  BulkApproveBodySchema,
  BulkApproveResponseSchema,
  CheckInBodySchema,
  CompleteSignupResponseSchema,
  DisputeBodySchema,
  JobApplicantsResponseSchema,
  MySignupSchema,
  MySignupsResponseSchema,
  NotificationsResponseSchema,
  RejectSignupBodySchema,
  ResolveDisputeBodySchema,
  ApplicantSchema,
  EmployerJobsResponseSchema,
  SignupIdParamsSchema,
  StaffSignupSchema,
  StaffSignupsQuerySchema,
  StaffSignupsResponseSchema,
} from './signups';
import { HealthSchema } from './system';
import { employerRoutes } from './employer-routes';
import { trainingRoutes } from './training-routes';
import { subsidyRoutes } from './subsidy-routes';
import { staffDeskRoutes } from './staff-desk-routes';

const anyone = 'public' as const;
const signedIn = { roles: ['resident', 'employer', 'staff'] } as const;
const staffOnly = { roles: ['staff'] } as const;
const residentsOnly = { roles: ['resident'] } as const;
const employersOnly = { roles: ['employer'] } as const;
const workersAndEmployers = { roles: ['resident', 'employer'] } as const;

export const routes = {
  health: defineRoute({
    id: 'health', method: 'GET', path: '/health', tag: '系统', access: anyone,
    summary: '健康检查（含 DynamoDB 连通性）',
    success: { status: 200, schema: HealthSchema },
  }),
  openapi: defineRoute({
    id: 'openapi', method: 'GET', path: '/openapi.json', tag: '系统', access: anyone,
    summary: 'OpenAPI 3.1 接口文档（由 zod 契约生成）',
    success: { status: 200, raw: 'json' },
  }),
  docs: defineRoute({
    id: 'docs', method: 'GET', path: '/docs', tag: '系统', access: anyone,
    summary: '可阅读的接口文档页面',
    success: { status: 200, raw: 'html' },
  }),
  listDevPersonas: defineRoute({
    id: 'listDevPersonas', method: 'GET', path: '/auth/dev-personas', tag: '登录', access: anyone,
    summary: '演示账号列表（仅 local/dev 环境）',
    success: { status: 200, schema: DevPersonasResponseSchema },
  }),
  devLogin: defineRoute({
    id: 'devLogin', method: 'POST', path: '/auth/dev-login', tag: '登录', access: anyone,
    summary: '以演示账号登录（仅 local/dev 环境，正式环境拒绝）',
    body: DevLoginBodySchema,
    success: { status: 200, schema: SessionSchema },
    errors: [404, 429],
    rateLimitPerMinute: 60,
  }),
  wechatLogin: defineRoute({
    id: 'wechatLogin', method: 'POST', path: '/auth/wechat', tag: '登录', access: anyone,
    summary: '用 wx.login 的 code 换取登录凭证（code2Session）',
    body: WechatLoginBodySchema,
    success: { status: 200, schema: SessionSchema },
    errors: [429, 503],
    rateLimitPerMinute: 30,
  }),
  listDivisions: defineRoute({
    id: 'listDivisions', method: 'GET', path: '/divisions', tag: '区划', access: anyone,
    summary: '区市 → 镇街 → 社区逐级列表，或按名称搜索社区',
    query: ListDivisionsQuerySchema,
    success: { status: 200, schema: ListDivisionsResponseSchema },
    errors: [404],
  }),
  nearestCommunity: defineRoute({
    id: 'nearestCommunity', method: 'GET', path: '/communities/nearest', tag: '区划', access: anyone,
    summary: '离某个位置最近的社区（村）',
    query: NearestCommunityQuerySchema,
    success: { status: 200, schema: NearestCommunityResponseSchema },
    errors: [404],
  }),
  getCommunity: defineRoute({
    id: 'getCommunity', method: 'GET', path: '/communities/{code}', tag: '区划', access: anyone,
    summary: '社区详情：所属镇街区市、城乡类型、服务圈、就业服务站',
    params: CommunityCodeParamsSchema,
    success: { status: 200, schema: CommunitySchema },
    errors: [404],
  }),
  getMe: defineRoute({
    id: 'getMe', method: 'GET', path: '/me', tag: '我的', access: signedIn,
    summary: '当前登录用户',
    success: { status: 200, schema: MeSchema },
    errors: [404],
  }),
  setHomeCommunity: defineRoute({
    id: 'setHomeCommunity', method: 'PUT', path: '/me/home-community', tag: '我的', access: signedIn,
    summary: '设置我的社区（家门口服务以此为中心）',
    body: SetHomeCommunityBodySchema,
    success: { status: 200, schema: MeSchema },
    errors: [404],
  }),
  listCommunityResidents: defineRoute({
    id: 'listCommunityResidents', method: 'GET', path: '/staff/communities/{code}/residents', tag: '工作人员',
    access: staffOnly,
    summary: '本辖区某社区登记的居民（手机号脱敏）',
    params: CommunityCodeParamsSchema,
    query: CursorQuerySchema,
    success: { status: 200, schema: CommunityResidentsResponseSchema },
    errors: [404],
    staffScopeParam: 'code',
  }),
  nearbyJobs: defineRoute({
    id: 'nearbyJobs', method: 'GET', path: '/jobs/nearby', tag: '岗位', access: anyone,
    summary: '家门口岗位：服务圈内开放中的岗位和零工（不传经纬度则以登录居民的社区为中心）',
    query: NearbyJobsQuerySchema,
    success: { status: 200, schema: NearbyJobsResponseSchema },
    errors: [404],
  }),
  getJob: defineRoute({
    id: 'getJob', method: 'GET', path: '/jobs/{jobId}', tag: '岗位', access: anyone,
    summary: '岗位详情（联系方式在报名审核通过后才显示）',
    params: JobIdParamsSchema,
    query: JobDetailQuerySchema,
    success: { status: 200, schema: JobDetailSchema },
    errors: [404],
  }),
  getProfile: defineRoute({
    id: 'getProfile', method: 'GET', path: '/me/profile', tag: '我的', access: signedIn,
    summary: '我的资料（手机号、身份证号脱敏）',
    success: { status: 200, schema: ProfileSchema },
    errors: [404],
  }),
  updateProfile: defineRoute({
    id: 'updateProfile', method: 'PUT', path: '/me/profile', tag: '我的', access: signedIn,
    summary: '保存我的资料；困难类别须先同意敏感个人信息处理',
    body: UpdateProfileBodySchema,
    success: { status: 200, schema: ProfileSchema },
    errors: [404, 409],
  }),
  grantConsent: defineRoute({
    id: 'grantConsent', method: 'POST', path: '/me/consents', tag: '我的', access: signedIn,
    summary: '单独同意处理敏感个人信息',
    body: GrantConsentBodySchema,
    success: { status: 200, schema: ProfileSchema },
    errors: [404],
  }),
  withdrawConsent: defineRoute({
    id: 'withdrawConsent', method: 'DELETE', path: '/me/consents/{kind}', tag: '我的', access: signedIn,
    summary: '撤回同意，并删除依据该同意保存的信息',
    params: ConsentKindParamsSchema,
    success: { status: 200, schema: ProfileSchema },
    errors: [404],
  }),
  exportMyData: defineRoute({
    id: 'exportMyData', method: 'GET', path: '/me/export', tag: '我的', access: signedIn,
    summary: '导出我的全部数据（个人信息脱敏）',
    success: { status: 200, schema: DataExportSchema },
    errors: [404],
  }),
  deleteMe: defineRoute({
    id: 'deleteMe', method: 'DELETE', path: '/me', tag: '我的', access: signedIn,
    summary: '注销账号并删除我的数据（未开工的报名先取消；已签到未完工的须先确认完工）',
    success: { status: 200, schema: OkSchema },
    errors: [404, 409],
  }),
  recommendations: defineRoute({
    id: 'recommendations', method: 'GET', path: '/me/recommendations', tag: '岗位', access: residentsOnly,
    summary: '为你推荐：按距离、技能、适合人群排序，并给出中文理由',
    success: { status: 200, schema: RecommendationsResponseSchema },
    errors: [404],
  }),
  createSignup: defineRoute({
    id: 'createSignup', method: 'POST', path: '/jobs/{jobId}/signups', tag: '报名', access: residentsOnly,
    summary: '报名零工/岗位：有名额则待审核，满员则进入候补（岗位允许时）',
    params: JobIdParamsSchema,
    success: { status: 201, schema: MySignupSchema },
    errors: [404, 409, 429],
    idempotent: true,
  }),
  cancelSignup: defineRoute({
    id: 'cancelSignup', method: 'POST', path: '/signups/{signupId}/cancel', tag: '报名', access: residentsOnly,
    summary: '开工前取消报名；空出的名额自动递补给候补第 1 位',
    params: SignupIdParamsSchema,
    success: { status: 200, schema: MySignupSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  mySignups: defineRoute({
    id: 'mySignups', method: 'GET', path: '/me/signups', tag: '报名', access: residentsOnly,
    summary: '我的报名（最新在前），含状态时间线',
    query: CursorQuerySchema,
    success: { status: 200, schema: MySignupsResponseSchema },
  }),
  myNotifications: defineRoute({
    id: 'myNotifications', method: 'GET', path: '/me/notifications', tag: '报名', access: signedIn,
    summary: '我的消息：审核结果、候补递补、开工提醒等',
    query: CursorQuerySchema,
    success: { status: 200, schema: NotificationsResponseSchema },
  }),
  readNotifications: defineRoute({
    id: 'readNotifications', method: 'POST', path: '/me/notifications/read', tag: '报名', access: signedIn,
    summary: '把我的消息全部标为已读',
    success: { status: 200, schema: OkSchema },
  }),
  staffSignups: defineRoute({
    id: 'staffSignups', method: 'GET', path: '/staff/signups', tag: '报名', access: staffOnly,
    summary: '辖区内的报名（默认待审核；disputed = 未结清工资）',
    query: StaffSignupsQuerySchema,
    success: { status: 200, schema: StaffSignupsResponseSchema },
  }),
  approveSignup: defineRoute({
    id: 'approveSignup', method: 'POST', path: '/signups/{signupId}/approve', tag: '报名', access: staffOnly,
    summary: '审核通过：居民看到用工单位联系方式和签到码，用工单位看到居民电话',
    params: SignupIdParamsSchema,
    success: { status: 200, schema: StaffSignupSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  rejectSignup: defineRoute({
    id: 'rejectSignup', method: 'POST', path: '/signups/{signupId}/reject', tag: '报名', access: staffOnly,
    summary: '审核不通过（须填写原因）；名额递补给候补第 1 位',
    params: SignupIdParamsSchema,
    body: RejectSignupBodySchema,
    success: { status: 200, schema: StaffSignupSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  bulkApproveSignups: defineRoute({
    id: 'bulkApproveSignups', method: 'POST', path: '/staff/signups/bulk-approve', tag: '报名', access: staffOnly,
    summary: '批量审核通过（每条单独判断，返回成功和失败的清单）',
    body: BulkApproveBodySchema,
    success: { status: 200, schema: BulkApproveResponseSchema },
    idempotent: true,
  }),
  resolveDispute: defineRoute({
    id: 'resolveDispute', method: 'POST', path: '/staff/signups/{signupId}/resolve-dispute', tag: '报名', access: staffOnly,
    summary: '处理「未结清工资」反映，并通知居民处理结果',
    params: SignupIdParamsSchema,
    body: ResolveDisputeBodySchema,
    success: { status: 200, schema: StaffSignupSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  employerJobs: defineRoute({
    id: 'employerJobs', method: 'GET', path: '/employer/jobs', tag: '报名', access: employersOnly,
    summary: '本单位进行中和近 7 天结束的岗位（先结束的在前），含剩余名额和候补人数',
    query: CursorQuerySchema,
    success: { status: 200, schema: EmployerJobsResponseSchema },
  }),
  jobApplicants: defineRoute({
    id: 'jobApplicants', method: 'GET', path: '/employer/jobs/{jobId}/signups', tag: '报名', access: employersOnly,
    summary: '本单位岗位的报名人员（审核通过后显示完整电话）',
    params: JobIdParamsSchema,
    success: { status: 200, schema: JobApplicantsResponseSchema },
    errors: [404],
  }),
  checkInSignup: defineRoute({
    id: 'checkInSignup', method: 'POST', path: '/signups/{signupId}/check-in', tag: '报名', access: employersOnly,
    summary: '到岗签到：核对居民手机上的 6 位签到码（或扫二维码）',
    params: SignupIdParamsSchema,
    body: CheckInBodySchema,
    success: { status: 200, schema: ApplicantSchema },
    errors: [404, 409, 429],
    idempotent: true,
    rateLimitPerMinute: 30,
  }),
  completeSignup: defineRoute({
    id: 'completeSignup', method: 'POST', path: '/signups/{signupId}/complete', tag: '报名', access: workersAndEmployers,
    summary: '确认完工（居民和用工单位各确认一次，双方都确认后为「已完成」）',
    params: SignupIdParamsSchema,
    success: { status: 200, schema: CompleteSignupResponseSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  disputeSignup: defineRoute({
    id: 'disputeSignup', method: 'POST', path: '/signups/{signupId}/dispute', tag: '报名', access: residentsOnly,
    summary: '反映「未结清工资」，转社区工作人员处理',
    params: SignupIdParamsSchema,
    body: DisputeBodySchema,
    success: { status: 200, schema: MySignupSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  ...employerRoutes,
  ...trainingRoutes,
  ...subsidyRoutes,
  ...staffDeskRoutes,
} as const;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
export const routeList = Object.values(routes);

/** Request/response types per route, for the typed client and handlers. */
type InferOr<T, Fallback> = T extends z.ZodType ? z.infer<T> : Fallback;
type InputOr<T, Fallback> = T extends z.ZodType ? z.input<T> : Fallback;
export type RouteParams<K extends RouteId> = InferOr<Routes[K] extends { params: infer P } ? P : undefined, undefined>;
export type RouteQuery<K extends RouteId> = InputOr<Routes[K] extends { query: infer Q } ? Q : undefined, undefined>;
export type RouteBody<K extends RouteId> = InputOr<Routes[K] extends { body: infer B } ? B : undefined, undefined>;
export type RouteResponse<K extends RouteId> = Routes[K]['success'] extends { schema: infer S }
  ? InferOr<S, unknown>
  : unknown;
