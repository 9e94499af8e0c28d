import {
  AddServiceBodySchema,
  AddServiceResponseSchema,
  AssistedExportQuerySchema,
  AssistedPersonDetailSchema,
  AssistedPersonSchema,
  AssistedPersonsQuerySchema,
  AssistedPersonsResponseSchema,
  CreateAssistedPersonBodySchema,
  ImportAssistedPersonsBodySchema,
  ImportResultSchema,
  ImportUploadBodySchema,
  PersonIdParamsSchema,
  PersonMatchesSchema,
  UpdateAssistedPersonBodySchema,
  WorklistQuerySchema,
  WorklistResponseSchema,
} from './assistance';
import { BrandRankingQuerySchema, BrandRankingSchema, BrandSelectionBodySchema, BrandSelectionSchema } from './brand';
import { DashboardQuerySchema, DashboardSchema } from './dashboard';
import { ExportFileSchema } from './labour-demand';
import { UploadTicketSchema } from './orgs';
import { defineRoute } from './route';
import { CommunityCodeParamsOnlySchema, PutStationBodySchema, StationChecklistSchema, StationPhotoUploadBodySchema } from './stations';
import { PendingSurveysResponseSchema, SubmitSurveyBodySchema, SurveySchema, SurveySummaryQuerySchema, SurveySummarySchema } from './surveys';

const staffOnly = { roles: ['staff'] } as const;
const residentsOnly = { roles: ['resident'] } as const;

/** The community staff desk: 就业援助台账, 「12333」, four-level dashboards, 「六有」 stations, surveys, brand communities. */
export const staffDeskRoutes = {
  listAssistedPersons: defineRoute({
    id: 'listAssistedPersons', method: 'GET', path: '/staff/assisted-persons', tag: '就业援助', access: staffOnly,
    summary: '就业援助台账：辖区在册人员，可按类别、「12333」是否落后筛选',
    query: AssistedPersonsQuerySchema,
    success: { status: 200, schema: AssistedPersonsResponseSchema },
  }),
  createAssistedPerson: defineRoute({
    id: 'createAssistedPerson', method: 'POST', path: '/staff/assisted-persons', tag: '就业援助', access: staffOnly,
    summary: '登记援助对象（本辖区社区）；同一身份证号全市只登记一次（409）',
    body: CreateAssistedPersonBodySchema,
    success: { status: 201, schema: AssistedPersonSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  getAssistedPerson: defineRoute({
    id: 'getAssistedPerson', method: 'GET', path: '/staff/assisted-persons/{personId}', tag: '就业援助', access: staffOnly,
    summary: '援助对象详情：就业状态变化、「12333」进度和最近 12 个月的服务记录',
    params: PersonIdParamsSchema,
    success: { status: 200, schema: AssistedPersonDetailSchema },
    errors: [404],
  }),
  updateAssistedPerson: defineRoute({
    id: 'updateAssistedPerson', method: 'PUT', path: '/staff/assisted-persons/{personId}', tag: '就业援助', access: staffOnly,
    summary: '修改援助对象；就业状态变化记入历史',
    params: PersonIdParamsSchema,
    body: UpdateAssistedPersonBodySchema,
    success: { status: 200, schema: AssistedPersonSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  importUploadUrl: defineRoute({
    id: 'importUploadUrl', method: 'POST', path: '/staff/assisted-persons/import/upload-url', tag: '就业援助', access: staffOnly,
    summary: '上传待导入的台账 Excel（按模板），返回直传 S3 的表单',
    body: ImportUploadBodySchema,
    success: { status: 201, schema: UploadTicketSchema },
  }),
  importAssistedPersons: defineRoute({
    id: 'importAssistedPersons', method: 'POST', path: '/staff/assisted-persons/import', tag: '就业援助', access: staffOnly,
    summary: '从 Excel 导入台账：任何一行有误则全部不导入，并指出第几行、哪一列、什么问题',
    body: ImportAssistedPersonsBodySchema,
    success: { status: 201, schema: ImportResultSchema },
    errors: [409],
    idempotent: true,
  }),
  importTemplate: defineRoute({
    id: 'importTemplate', method: 'GET', path: '/staff/assisted-persons/import-template', tag: '就业援助', access: staffOnly,
    summary: '下载台账导入模板（Excel）',
    success: { status: 200, schema: ExportFileSchema },
  }),
  exportAssistedPersons: defineRoute({
    id: 'exportAssistedPersons', method: 'GET', path: '/staff/assisted-persons/export', tag: '就业援助', access: staffOnly,
    summary: '导出辖区台账为 Excel（身份证号、手机号脱敏），返回 15 分钟有效的下载链接',
    query: AssistedExportQuerySchema,
    success: { status: 200, schema: ExportFileSchema },
    errors: [400, 429],
    rateLimitPerMinute: 10,
  }),
  addService: defineRoute({
    id: 'addService', method: 'POST', path: '/staff/assisted-persons/{personId}/services', tag: '就业援助', access: staffOnly,
    summary: '记一次服务（政策对接 / 职业指导 / 岗位推荐 / 培训信息）；推荐岗位会发到已关联居民的「我的消息」',
    params: PersonIdParamsSchema,
    body: AddServiceBodySchema,
    success: { status: 201, schema: AddServiceResponseSchema },
    errors: [404, 409],
    idempotent: true,
  }),
  personMatches: defineRoute({
    id: 'personMatches', method: 'GET', path: '/staff/assisted-persons/{personId}/matches', tag: '就业援助', access: staffOnly,
    summary: '为援助对象匹配服务圈内的岗位和培训，附理由',
    params: PersonIdParamsSchema,
    success: { status: 200, schema: PersonMatchesSchema },
    errors: [404],
  }),
  worklist: defineRoute({
    id: 'worklist', method: 'GET', path: '/staff/worklist', tag: '就业援助', access: staffOnly,
    summary: '「12333」待办：谁还差哪类服务，最急的在前',
    query: WorklistQuerySchema,
    success: { status: 200, schema: WorklistResponseSchema },
    errors: [400],
  }),
  dashboard: defineRoute({
    id: 'dashboard', method: 'GET', path: '/staff/dashboard', tag: '数据看板', access: staffOnly,
    summary: '四级数据看板：援助、12333、零工、培训、补贴、「六有」、满意度，可逐级下钻（读预先汇总的计数，不扫表）',
    query: DashboardQuerySchema,
    success: { status: 200, schema: DashboardSchema },
    errors: [404],
  }),
  dashboardExport: defineRoute({
    id: 'dashboardExport', method: 'GET', path: '/staff/dashboard/export', tag: '数据看板', access: staffOnly,
    summary: '把当前看板（含下一级明细）导出为 Excel',
    query: DashboardQuerySchema,
    success: { status: 200, schema: ExportFileSchema },
    errors: [404, 429],
    rateLimitPerMinute: 10,
  }),
  getStation: defineRoute({
    id: 'getStation', method: 'GET', path: '/staff/stations/{communityCode}', tag: '六有站点', access: staffOnly,
    summary: '社区就业服务站「六有」自查表',
    params: CommunityCodeParamsOnlySchema,
    success: { status: 200, schema: StationChecklistSchema },
    errors: [404],
    staffScopeParam: 'communityCode',
  }),
  putStation: defineRoute({
    id: 'putStation', method: 'PUT', path: '/staff/stations/{communityCode}', tag: '六有站点', access: staffOnly,
    summary: '填报「六有」：逐项是否达标、说明和照片佐证',
    params: CommunityCodeParamsOnlySchema,
    body: PutStationBodySchema,
    success: { status: 200, schema: StationChecklistSchema },
    errors: [404, 409],
    staffScopeParam: 'communityCode',
    idempotent: true,
  }),
  stationPhotoUploadUrl: defineRoute({
    id: 'stationPhotoUploadUrl', method: 'POST', path: '/staff/stations/{communityCode}/photos/upload-url', tag: '六有站点', access: staffOnly,
    summary: '上传一张「六有」佐证照片（JPG/PNG，5 MB 内）',
    params: CommunityCodeParamsOnlySchema,
    body: StationPhotoUploadBodySchema,
    success: { status: 201, schema: UploadTicketSchema },
    errors: [404],
    staffScopeParam: 'communityCode',
  }),
  submitSurvey: defineRoute({
    id: 'submitSurvey', method: 'POST', path: '/surveys', tag: '满意度', access: residentsOnly,
    summary: '满意度评价（1–5 分，可写意见）：完工的零工、已出勤的培训或已办结的补贴，每项评一次',
    body: SubmitSurveyBodySchema,
    success: { status: 201, schema: SurveySchema },
    errors: [404, 409],
    idempotent: true,
  }),
  pendingSurveys: defineRoute({
    id: 'pendingSurveys', method: 'GET', path: '/me/surveys/pending', tag: '满意度', access: residentsOnly,
    summary: '待评价：最近完工的零工、上完的培训、办结的补贴',
    success: { status: 200, schema: PendingSurveysResponseSchema },
  }),
  surveySummary: defineRoute({
    id: 'surveySummary', method: 'GET', path: '/staff/surveys/summary', tag: '满意度', access: staffOnly,
    summary: '辖区满意度：条数、平均分、分布，按下一级区划',
    query: SurveySummaryQuerySchema,
    success: { status: 200, schema: SurveySummarySchema },
    errors: [404],
  }),
  brandRanking: defineRoute({
    id: 'brandRanking', method: 'GET', path: '/staff/brand-communities/ranking', tag: '品牌社区', access: staffOnly,
    summary: '品牌社区评分排名（权重为数据），按区市或全市，含名额和已选情况',
    query: BrandRankingQuerySchema,
    success: { status: 200, schema: BrandRankingSchema },
    errors: [404],
  }),
  brandSelection: defineRoute({
    id: 'brandSelection', method: 'PUT', path: '/staff/brand-communities/selection', tag: '品牌社区', access: staffOnly,
    summary: '市级工作人员保存品牌社区评选：超出区市名额或 A/B 档数量时拒绝并说明',
    body: BrandSelectionBodySchema,
    success: { status: 200, schema: BrandSelectionSchema },
    errors: [409],
    idempotent: true,
  }),
} as const;
