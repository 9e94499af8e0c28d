import { z } from 'zod';

/**
 * Every error the API returns has this one shape, with a Chinese message a resident can read.
 * `code` is stable for clients; `message` may be reworded.
 */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('稳定的错误码，客户端据此分支'),
      message: z.string().describe('给用户看的中文说明'),
      details: z.unknown().optional().describe('字段级错误等补充信息'),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Stable error codes with their HTTP status and default Chinese message. */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '填写的内容有误，请检查后再试' },
  MALFORMED_JSON: { status: 400, message: '请求内容格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  TOKEN_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  TOKEN_INVALID: { status: 401, message: '登录凭证无效，请重新登录' },
  WECHAT_CODE_INVALID: { status: 401, message: '微信登录失败，请重新进入小程序后再试' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  OUT_OF_SCOPE: { status: 403, message: '该数据不在您负责的区域内' },
  DEV_LOGIN_DISABLED: { status: 403, message: '正式环境不能使用演示账号登录' },
  NOT_FOUND: { status: 404, message: '没有找到相关内容' },
  ROUTE_NOT_FOUND: { status: 404, message: '请求的接口不存在' },
  COMMUNITY_NOT_FOUND: { status: 404, message: '没有找到这个社区，请重新选择' },
  PERSONA_NOT_FOUND: { status: 404, message: '没有这个演示账号' },
  USER_NOT_FOUND: { status: 404, message: '账号不存在，请重新登录' },
  CONFLICT: { status: 409, message: '数据已被修改，请刷新后再试' },
  CONSENT_REQUIRED: { status: 409, message: '申报困难类别前，需要先单独同意处理敏感个人信息' },
  JOB_NOT_FOUND: { status: 404, message: '这个岗位不存在或已下架' },
  LOCATION_REQUIRED: { status: 400, message: '请允许获取位置，或登录后选择您的社区' },
  HOME_COMMUNITY_REQUIRED: { status: 409, message: '请先选择您的社区' },
  SIGNUP_NOT_FOUND: { status: 404, message: '没有找到这条报名记录' },
  NOT_YOUR_SIGNUP: { status: 403, message: '这不是您的报名，不能操作' },
  NOT_YOUR_JOB: { status: 403, message: '这不是您单位发布的岗位' },
  ALREADY_SIGNED_UP: { status: 409, message: '您已报名这个岗位，请在「我的报名」查看' },
  JOB_FULL: { status: 409, message: '人数已满，且这个岗位不接受候补' },
  SIGNUP_CLOSED: { status: 409, message: '报名已截止' },
  SCHEDULE_CONFLICT: { status: 409, message: '时间冲突：您已报名同一时段的其他零工' },
  PROFILE_INCOMPLETE: { status: 409, message: '资料不完整，请先补全后再报名' },
  SIGNUP_STATE_CHANGED: { status: 409, message: '这条报名的状态已经变化，请刷新后再看' },
  CANCEL_TOO_LATE: { status: 409, message: '已经开工，不能再取消；有特殊情况请联系社区' },
  CHECK_IN_NOT_OPEN: { status: 409, message: '现在不在签到时间内（开工前 2 小时到收工后 2 小时）' },
  CHECK_IN_CODE_WRONG: { status: 400, message: '签到码不对，请核对居民手机上显示的 6 位数字' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, message: '上一次提交还在处理中，请稍候再看结果' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, message: '同一个请求编号不能用于不同的内容，请重新提交' },
  BUSY: { status: 429, message: '报名的人太多了，请稍等几秒再试' },
  ORG_NOT_FOUND: { status: 404, message: '没有找到这个用工单位' },
  ORG_REQUIRED: { status: 409, message: '请先登记用工单位' },
  ORG_NOT_VERIFIED: { status: 403, message: '单位通过社区认证后才能发布岗位，可以先存为草稿' },
  ORG_ALREADY_REVIEWED: { status: 409, message: '这个单位已经审核过了，请刷新后再看' },
  CREDIT_CODE_INVALID: { status: 400, message: '统一社会信用代码校验不通过，请核对营业执照上的 18 位代码' },
  CREDIT_CODE_TAKEN: { status: 409, message: '这个统一社会信用代码已被其他账号登记；如有疑问请联系社区' },
  LICENCE_NOT_UPLOADED: { status: 400, message: '营业执照照片没有上传成功，请重新上传' },
  ROLE_SWITCH_BLOCKED: { status: 409, message: '您还有进行中的报名，请先完成或取消后再登记用工单位' },
  POSTING_REJECTED: { status: 400, message: '岗位内容不符合平台规定，请按提示修改' },
  PAY_BELOW_MINIMUM: { status: 400, message: '工资低于当地最低工资标准' },
  SHIFT_IN_PAST: { status: 400, message: '工作时间已经过去了，请重新选择日期' },
  JOB_HAS_SIGNUPS: { status: 409, message: '已经有人报名，不能再修改工作时间；可以关闭后重新发布' },
  HEADCOUNT_BELOW_TAKEN: { status: 409, message: '招聘人数不能少于已报名的人数' },
  JOB_NOT_EDITABLE: { status: 409, message: '这个岗位已关闭或已结束，不能再修改；可以「再发一次」' },
  EVENT_NOT_FOUND: { status: 404, message: '没有找到这场活动' },
  EVENT_FULL: { status: 409, message: '活动名额已满' },
  EVENT_CLOSED: { status: 409, message: '活动已经开始或结束，不能再报名' },
  ALREADY_REGISTERED: { status: 409, message: '您已报名这场活动' },
  REGISTRATION_NOT_FOUND: { status: 404, message: '没有找到这条活动报名' },
  REPORT_NOT_FOUND: { status: 404, message: '没有找到这条举报' },
  ALREADY_REPORTED: { status: 409, message: '您已举报过这个岗位，社区正在核查' },
  REPORT_ALREADY_RESOLVED: { status: 409, message: '这条举报已经处理过了' },
  TRAINING_NOT_FOUND: { status: 404, message: '没有找到这项培训' },
  SESSION_NOT_FOUND: { status: 404, message: '没有找到这次课' },
  TRAINING_BOOKING_NOT_FOUND: { status: 404, message: '没有找到这条培训预约' },
  NOT_ELIGIBLE: { status: 409, message: '不符合这项培训的参训要求' },
  ALREADY_BOOKED: { status: 409, message: '您已预约这次课，请在「我的培训」查看' },
  SESSION_CLOSED: { status: 409, message: '这次课已经开始或结束，不能再预约' },
  SESSION_FULL: { status: 409, message: '这次课名额已满' },
  ATTENDANCE_NOT_OPEN: { status: 409, message: '上课后才能记出勤' },
  NEEDS_REQUIRED: { status: 409, message: '请先填写「四清」培训需求' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容太大了' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '请以 JSON 格式提交' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  WECHAT_NOT_CONFIGURED: { status: 503, message: '微信登录暂未开通，请联系社区工作人员' },
  UPSTREAM_UNAVAILABLE: { status: 503, message: '服务暂时繁忙，请稍后再试' },
  INTERNAL: { status: 500, message: '系统开小差了，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;
