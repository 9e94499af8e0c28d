import { defineRoute } from './route';
import {
  CreateEventBodySchema,
  EventIdParamsSchema,
  EventRegistrationIdParamsSchema,
  EventRegistrationSchema,
  EventRosterSchema,
  EventsResponseSchema,
  JobEventSchema,
  NearbyEventsQuerySchema,
} from './events';
import { JobIdParamsSchema } from './jobs';
import { ExportFileSchema, LabourDemandExportQuerySchema, LabourDemandQuerySchema, LabourDemandResponseSchema } from './labour-demand';
import {
  LicenceUploadBodySchema,
  MyOrgResponseSchema,
  OrgIdParamsSchema,
  RegisterOrgBodySchema,
  RegisterOrgResponseSchema,
  RejectOrgBodySchema,
  StaffOrgSchema,
  StaffOrgsQuerySchema,
  StaffOrgsResponseSchema,
  UploadTicketSchema,
} from './orgs';
import { EmployerJobIdParamsSchema, PostingBodySchema, PostingSchema } from './postings';
import {
  CreateReportBodySchema,
  HideJobBodySchema,
  MyReportSchema,
  ReportIdParamsSchema,
  ResolveReportBodySchema,
  StaffReportSchema,
  StaffReportsQuerySchema,
  StaffReportsResponseSchema,
} from './reports';

const anyone = 'public' as const;
const staffOnly = { roles: ['staff'] } as const;
const residentsOnly = { roles: ['resident'] } as const;
const employersOnly = { roles: ['employer'] } as const;
/** A resident becomes an employer by registering an organisation. */
const residentsAndEmployers = { roles: ['resident', 'employer'] } as const;

/** Employers, their postings, the 用工数据库, job fairs and 劳动维权 reports. */
export const employerRoutes = {
  registerOrg: defineRoute({
    id: 'registerOrg', method: 'POST', path: '/employer/org', tag: '用工单位', access: residentsAndEmployers,
    summary: '登记或修改用工单位（提交后待社区认证；改名称、信用代码或所在社区需重新认证）',
    body: RegisterOrgBodySchema,
    success: { status: 200, schema: RegisterOrgResponseSchema },
    errors: [409],
    idempotent: true,
  }),
  myOrg: defineRoute({
    id: 'myOrg', method: 'GET', path: '/employer/org', tag: '用工单位', access: residentsAndEmployers,
    summary: '本人登记的用工单位及认证状态',
    success: { status: 200, schema: MyOrgResponseSchema },
  }),
  licenceUploadUrl: defineRoute({
    id: 'licenceUploadUrl', method: 'POST', path: '/employer/org/licence-upload-url', tag: '用工单位', access: residentsAndEmployers,
    summary: '营业执照上传凭证（表单直传对象存储，限 JPG/PNG/PDF、5 MB）',
    body: LicenceUploadBodySchema,
    success: { status: 200, schema: UploadTicketSchema },
    rateLimitPerMinute: 20,
  }),
  staffOrgs: defineRoute({
    id: 'staffOrgs', method: 'GET', path: '/staff/orgs', tag: '用工单位', access: staffOnly,
    summary: '辖区内的用工单位（默认待认证）',
    query: StaffOrgsQuerySchema,
    success: { status: 200, schema: StaffOrgsResponseSchema },
  }),
  verifyOrg: defineRoute({
    id: 'verifyOrg', method: 'POST', path: '/staff/orgs/{orgId}/verify', tag: '用工单位', access: staffOnly,
    summary: '认证通过（单位所在社区及其上级的工作人员）',
    params: OrgIdParamsSchema,
    success: { status: 200, schema: StaffOrgSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  rejectOrg: defineRoute({
    id: 'rejectOrg', method: 'POST', path: '/staff/orgs/{orgId}/reject', tag: '用工单位', access: staffOnly,
    summary: '认证不通过（须填写原因，单位可修改后重新提交）',
    params: OrgIdParamsSchema,
    body: RejectOrgBodySchema,
    success: { status: 200, schema: StaffOrgSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  createPosting: defineRoute({
    id: 'createPosting', method: 'POST', path: '/employer/jobs', tag: '用工单位', access: employersOnly,
    summary: '发布岗位或存草稿（认证通过后才能发布；收费、押金、站外联系等内容会被拒绝）',
    body: PostingBodySchema,
    success: { status: 201, schema: PostingSchema },
    errors: [409],
    idempotent: true,
  }),
  getPosting: defineRoute({
    id: 'getPosting', method: 'GET', path: '/employer/jobs/{jobId}', tag: '用工单位', access: employersOnly,
    summary: '本单位的一个岗位（含草稿），用于修改和「再发一次」',
    params: EmployerJobIdParamsSchema,
    success: { status: 200, schema: PostingSchema },
    errors: [404],
  }),
  updatePosting: defineRoute({
    id: 'updatePosting', method: 'PUT', path: '/employer/jobs/{jobId}', tag: '用工单位', access: employersOnly,
    summary: '修改岗位或发布草稿（已有人报名时不能改时间，人数不能少于已报名人数）',
    params: EmployerJobIdParamsSchema,
    body: PostingBodySchema,
    success: { status: 200, schema: PostingSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  closePosting: defineRoute({
    id: 'closePosting', method: 'POST', path: '/employer/jobs/{jobId}/close', tag: '用工单位', access: employersOnly,
    summary: '关闭岗位：不再展示、不再接受报名（已报名的人员不受影响）',
    params: EmployerJobIdParamsSchema,
    success: { status: 200, schema: PostingSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  labourDemand: defineRoute({
    id: 'labourDemand', method: 'GET', path: '/staff/labour-demand', tag: '用工数据库', access: staffOnly,
    summary: '社区用工数据库：用工数量、缺工情况、用工条件，按社区、镇街、区市、市汇总',
    query: LabourDemandQuerySchema,
    success: { status: 200, schema: LabourDemandResponseSchema },
  }),
  labourDemandExport: defineRoute({
    id: 'labourDemandExport', method: 'GET', path: '/staff/labour-demand/export', tag: '用工数据库', access: staffOnly,
    summary: '导出用工数据库（xlsx 或 csv），返回 15 分钟有效的下载链接',
    query: LabourDemandExportQuerySchema,
    success: { status: 200, schema: ExportFileSchema },
    rateLimitPerMinute: 10,
  }),
  createEvent: defineRoute({
    id: 'createEvent', method: 'POST', path: '/staff/events', tag: '招聘活动', access: staffOnly,
    summary: '创建供需见面会/招聘会（可附直播带岗或在线面试链接）',
    body: CreateEventBodySchema,
    success: { status: 201, schema: JobEventSchema },
    errors: [404],
    idempotent: true,
  }),
  staffEvents: defineRoute({
    id: 'staffEvents', method: 'GET', path: '/staff/events', tag: '招聘活动', access: staffOnly,
    summary: '辖区内近期和进行中的招聘活动',
    success: { status: 200, schema: EventsResponseSchema },
  }),
  eventRoster: defineRoute({
    id: 'eventRoster', method: 'GET', path: '/staff/events/{eventId}/roster', tag: '招聘活动', access: staffOnly,
    summary: '活动报名名单',
    params: EventIdParamsSchema,
    success: { status: 200, schema: EventRosterSchema },
    errors: [404],
  }),
  nearbyEvents: defineRoute({
    id: 'nearbyEvents', method: 'GET', path: '/events/nearby', tag: '招聘活动', access: anyone,
    summary: '附近 30 天内的招聘活动（不传位置则按登录居民的社区）',
    query: NearbyEventsQuerySchema,
    success: { status: 200, schema: EventsResponseSchema },
  }),
  getEvent: defineRoute({
    id: 'getEvent', method: 'GET', path: '/events/{eventId}', tag: '招聘活动', access: anyone,
    summary: '一场招聘活动（登录居民可看到自己的报名）',
    params: EventIdParamsSchema,
    success: { status: 200, schema: JobEventSchema },
    errors: [404],
  }),
  registerForEvent: defineRoute({
    id: 'registerForEvent', method: 'POST', path: '/events/{eventId}/registrations', tag: '招聘活动', access: residentsOnly,
    summary: '报名参加招聘活动（名额满后进入候补）',
    params: EventIdParamsSchema,
    success: { status: 201, schema: EventRegistrationSchema },
    errors: [404, 409, 429],
    idempotent: true,
    rateLimitPerMinute: 30,
  }),
  cancelEventRegistration: defineRoute({
    id: 'cancelEventRegistration', method: 'POST', path: '/event-registrations/{registrationId}/cancel', tag: '招聘活动', access: residentsOnly,
    summary: '取消活动报名；名额递补给候补第 1 位',
    params: EventRegistrationIdParamsSchema,
    success: { status: 200, schema: EventRegistrationSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  reportJob: defineRoute({
    id: 'reportJob', method: 'POST', path: '/jobs/{jobId}/reports', tag: '劳动维权', access: residentsOnly,
    summary: '举报岗位（虚假招聘、收取费用、拖欠工资、其他），转社区工作人员核查',
    params: JobIdParamsSchema,
    body: CreateReportBodySchema,
    success: { status: 201, schema: MyReportSchema },
    errors: [404, 409, 429],
    idempotent: true,
    rateLimitPerMinute: 10,
  }),
  staffReports: defineRoute({
    id: 'staffReports', method: 'GET', path: '/staff/reports', tag: '劳动维权', access: staffOnly,
    summary: '辖区内的举报（默认待处理）',
    query: StaffReportsQuerySchema,
    success: { status: 200, schema: StaffReportsResponseSchema },
  }),
  hideReportedJob: defineRoute({
    id: 'hideReportedJob', method: 'POST', path: '/staff/reports/{reportId}/hide-job', tag: '劳动维权', access: staffOnly,
    summary: '核查期间暂停展示被举报的岗位',
    params: ReportIdParamsSchema,
    body: HideJobBodySchema,
    success: { status: 200, schema: StaffReportSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  resolveReport: defineRoute({
    id: 'resolveReport', method: 'POST', path: '/staff/reports/{reportId}/resolve', tag: '劳动维权', access: staffOnly,
    summary: '处理举报：属实则岗位下架、单位撤销认证；不属实则恢复展示。举报人收到处理结果',
    params: ReportIdParamsSchema,
    body: ResolveReportBodySchema,
    success: { status: 200, schema: StaffReportSchema },
    errors: [404, 409],
    idempotent: true,
  }),
} as const;
