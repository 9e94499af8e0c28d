import { ExportFileSchema } from './labour-demand';
import { defineRoute } from './route';
import {
  AttendanceBodySchema,
  CreateSessionBodySchema,
  CreateTrainingBodySchema,
  MyTrainingNeedsResponseSchema,
  MyTrainingsResponseSchema,
  StaffTrainingsResponseSchema,
  TrainingBookingIdParamsSchema,
  TrainingBookingSchema,
  TrainingDetailSchema,
  TrainingIdParamsSchema,
  TrainingNeedsBodySchema,
  TrainingNeedsQuerySchema,
  TrainingNeedsReportSchema,
  TrainingNeedsSchema,
  TrainingRecommendationsResponseSchema,
  TrainingRosterSchema,
  TrainingSessionParamsSchema,
  TrainingSessionSchema,
  TrainingsQuerySchema,
  TrainingsResponseSchema,
} from './trainings';

const anyone = 'public' as const;
const staffOnly = { roles: ['staff'] } as const;
const residentsOnly = { roles: ['resident'] } as const;
/** Attendance: staff over the training's district, or the training provider's own (employer) account. */
const staffAndProviders = { roles: ['staff', 'employer'] } as const;

/** Training near home: the county list, sessions, bookings, attendance and the 四清 needs list. */
export const trainingRoutes = {
  listTrainings: defineRoute({
    id: 'listTrainings', method: 'GET', path: '/trainings', tag: '培训', access: anyone,
    summary: '附近的培训（按距离），可按形式、类别、日期筛选；登录居民会看到是否符合参训要求',
    query: TrainingsQuerySchema,
    success: { status: 200, schema: TrainingsResponseSchema },
  }),
  getTraining: defineRoute({
    id: 'getTraining', method: 'GET', path: '/trainings/{trainingId}', tag: '培训', access: anyone,
    summary: '一项培训：培训内容、学时、参训要求、补贴标准和各场次',
    params: TrainingIdParamsSchema,
    success: { status: 200, schema: TrainingDetailSchema },
    errors: [404],
  }),
  bookTrainingSession: defineRoute({
    id: 'bookTrainingSession', method: 'POST', path: '/trainings/{trainingId}/sessions/{sessionId}/bookings', tag: '培训', access: residentsOnly,
    summary: '预约一次课（满员后候补）；不符合参训要求时 409 并说明原因',
    params: TrainingSessionParamsSchema,
    success: { status: 201, schema: TrainingBookingSchema },
    errors: [404, 409, 429],
    idempotent: true,
    rateLimitPerMinute: 30,
  }),
  cancelTrainingBooking: defineRoute({
    id: 'cancelTrainingBooking', method: 'POST', path: '/training-bookings/{bookingId}/cancel', tag: '培训', access: residentsOnly,
    summary: '取消预约；名额递补给候补第 1 位',
    params: TrainingBookingIdParamsSchema,
    success: { status: 200, schema: TrainingBookingSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  myTrainings: defineRoute({
    id: 'myTrainings', method: 'GET', path: '/me/trainings', tag: '培训', access: residentsOnly,
    summary: '我的培训：预约、已完成学时和结业证书',
    success: { status: 200, schema: MyTrainingsResponseSchema },
  }),
  myTrainingNeeds: defineRoute({
    id: 'myTrainingNeeds', method: 'GET', path: '/me/training-needs', tag: '培训', access: residentsOnly,
    summary: '我的「四清」培训需求',
    success: { status: 200, schema: MyTrainingNeedsResponseSchema },
  }),
  putTrainingNeeds: defineRoute({
    id: 'putTrainingNeeds', method: 'PUT', path: '/me/training-needs', tag: '培训', access: residentsOnly,
    summary: '填写「四清」：基本情况、技能水平、培训意愿、就业方向',
    body: TrainingNeedsBodySchema,
    success: { status: 200, schema: TrainingNeedsSchema },
    errors: [409],
  }),
  trainingRecommendations: defineRoute({
    id: 'trainingRecommendations', method: 'GET', path: '/me/training-recommendations', tag: '培训', access: residentsOnly,
    summary: '按「四清」推荐附近的培训，附理由',
    success: { status: 200, schema: TrainingRecommendationsResponseSchema },
  }),
  createTraining: defineRoute({
    id: 'createTraining', method: 'POST', path: '/staff/trainings', tag: '培训', access: staffOnly,
    summary: '发布培训项目（区市及以上工作人员，县级职业技能培训通用项目清单）',
    body: CreateTrainingBodySchema,
    success: { status: 201, schema: TrainingDetailSchema },
    errors: [404],
    idempotent: true,
  }),
  createTrainingSession: defineRoute({
    id: 'createTrainingSession', method: 'POST', path: '/staff/trainings/{trainingId}/sessions', tag: '培训', access: staffOnly,
    summary: '为培训增加一次课（日期、时间、地点、名额）',
    params: TrainingIdParamsSchema,
    body: CreateSessionBodySchema,
    success: { status: 201, schema: TrainingSessionSchema },
    errors: [404],
    idempotent: true,
  }),
  staffTrainings: defineRoute({
    id: 'staffTrainings', method: 'GET', path: '/staff/trainings', tag: '培训', access: staffAndProviders,
    summary: '本辖区（或本培训机构）的培训及场次',
    success: { status: 200, schema: StaffTrainingsResponseSchema },
  }),
  trainingRoster: defineRoute({
    id: 'trainingRoster', method: 'GET', path: '/staff/trainings/{trainingId}/sessions/{sessionId}/roster', tag: '培训', access: staffAndProviders,
    summary: '一次课的预约名单（含候补）',
    params: TrainingSessionParamsSchema,
    success: { status: 200, schema: TrainingRosterSchema },
    errors: [404],
  }),
  trainingRosterExport: defineRoute({
    id: 'trainingRosterExport', method: 'GET', path: '/staff/trainings/{trainingId}/sessions/{sessionId}/roster/export', tag: '培训', access: staffAndProviders,
    summary: '导出名单为 Excel，返回 15 分钟有效的下载链接',
    params: TrainingSessionParamsSchema,
    success: { status: 200, schema: ExportFileSchema },
    errors: [404],
    rateLimitPerMinute: 10,
  }),
  markAttendance: defineRoute({
    id: 'markAttendance', method: 'POST', path: '/training-bookings/{bookingId}/attendance', tag: '培训', access: staffAndProviders,
    summary: '记出勤或缺课：出勤计入学时，学满后发结业证书',
    params: TrainingBookingIdParamsSchema,
    body: AttendanceBodySchema,
    success: { status: 200, schema: TrainingRosterSchema.shape.items.element },
    errors: [404, 409],
    idempotent: true,
  }),
  trainingNeedsReport: defineRoute({
    id: 'trainingNeedsReport', method: 'GET', path: '/staff/training-needs', tag: '培训', access: staffOnly,
    summary: '辖区培训需求与供给：多少居民想学什么，哪些方向圈内没有场次',
    query: TrainingNeedsQuerySchema,
    success: { status: 200, schema: TrainingNeedsReportSchema },
  }),
} as const;
