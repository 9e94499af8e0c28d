import { z } from 'zod';
import { CommunityCodeSchema, DivisionCodeSchema } from './common';
import { PayUnitSchema } from './jobs';

/**
 * Sign-up lifecycle: 报名 → 待审核 (or 候补) → 审核通过/未通过 → 签到 → 完成/缺勤, or 取消 at any point before the gig.
 * `expired` closes a sign-up still pending or waitlisted when the gig ends.
 */
export const SIGNUP_STATUSES = ['pending', 'waitlisted', 'approved', 'rejected', 'cancelled', 'checked_in', 'completed', 'no_show', 'expired'] as const;
export const SignupStatusSchema = z.enum(SIGNUP_STATUSES);
export type SignupStatus = z.infer<typeof SignupStatusSchema>;

export const SIGNUP_STATUS_LABEL: Record<SignupStatus, string> = {
  pending: '待审核',
  waitlisted: '候补中',
  approved: '审核通过',
  rejected: '未通过',
  cancelled: '已取消',
  checked_in: '已签到',
  completed: '已完成',
  no_show: '缺勤',
  expired: '已过期',
};

export const SIGNUP_ACTORS = ['resident', 'staff', 'employer', 'system'] as const;

export const SignupEventSchema = z
  .object({
    status: SignupStatusSchema,
    at: z.string(),
    by: z.enum(SIGNUP_ACTORS),
    note: z.string().nullable().describe('未通过原因、候补递补说明等'),
  })
  .meta({ id: 'SignupEvent' });
export type SignupEvent = z.infer<typeof SignupEventSchema>;

export const SignupJobSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    orgName: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    schedule: z.string(),
    address: z.string(),
    payAmount: z.number(),
    payUnit: PayUnitSchema,
    communityCode: CommunityCodeSchema,
  })
  .meta({ id: 'SignupJob' });

export const WageDisputeSchema = z
  .object({
    note: z.string(),
    raisedAt: z.string(),
    status: z.enum(['open', 'resolved']),
    resolution: z.string().nullable(),
    resolvedAt: z.string().nullable(),
  })
  .meta({ id: 'WageDispute' });

const confirmations = {
  checkedInAt: z.string().nullable(),
  residentConfirmedAt: z.string().nullable().describe('居民确认完工的时间'),
  employerConfirmedAt: z.string().nullable().describe('用工单位确认完工的时间'),
};

/** A resident's own sign-up. Contact details appear only once staff approved it. */
export const MySignupSchema = z
  .object({
    id: z.string(),
    status: SignupStatusSchema,
    statusLabel: z.string(),
    job: SignupJobSchema,
    createdAt: z.string(),
    waitlistPosition: z.number().int().positive().nullable().describe('候补第几位；不在候补中为 null'),
    history: z.array(SignupEventSchema),
    checkInCode: z.string().nullable().describe('审核通过后显示，到岗时给用工单位核对（6 位数字，二维码内容相同）'),
    employerContact: z.object({ name: z.string(), phone: z.string() }).nullable().describe('审核通过后才显示'),
    ...confirmations,
    dispute: WageDisputeSchema.nullable(),
    canCancel: z.boolean(),
    canConfirm: z.boolean(),
    canDispute: z.boolean(),
  })
  .meta({ id: 'MySignup' });
export type MySignup = z.infer<typeof MySignupSchema>;

export const MySignupsResponseSchema = z
  .object({ items: z.array(MySignupSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'MySignups' });
export type MySignupsResponse = z.infer<typeof MySignupsResponseSchema>;

export const SIGNUP_NOTICE_KINDS = ['approved', 'rejected', 'promoted', 'reminder', 'checked_in', 'completed', 'no_show', 'expired', 'dispute_resolved'] as const;
/** Inbox messages about things other than gig sign-ups: an organisation's review, job-fair places, report outcomes. */
export const OTHER_NOTICE_KINDS = ['org_verified', 'org_rejected', 'event_promoted', 'report_resolved', 'training_booked', 'training_promoted', 'training_reminder', 'training_certificate', 'subsidy_progress', 'subsidy_returned', 'subsidy_approved', 'subsidy_rejected', 'loan_progress', 'job_recommended'] as const;
export const NOTIFICATION_KINDS = [...SIGNUP_NOTICE_KINDS, ...OTHER_NOTICE_KINDS] as const;

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string(),
    body: z.string(),
    signupId: z.string().nullable(),
    link: z.string().nullable().describe('点开消息要去的页面，如 /packages/employer/pages/org/index'),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationsResponseSchema = z
  .object({ items: z.array(NotificationSchema), unreadCount: z.number().int().nonnegative(), nextCursor: z.string().nullable() })
  .meta({ id: 'Notifications' });
export type NotificationsResponse = z.infer<typeof NotificationsResponseSchema>;

/** What staff and employers see of a worker: masked unless the sign-up was approved (employers) and never the 身份证号. */
export const WorkerFactsSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string().nullable().describe('工作人员看到脱敏号码；用工单位在审核通过后看到完整号码'),
    age: z.number().int().nullable(),
    homeCommunityCode: CommunityCodeSchema.nullable(),
    skills: z.array(z.string()),
    noShowCount: z.number().int().nonnegative(),
    completedCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'WorkerFacts' });

export const StaffSignupSchema = z
  .object({
    id: z.string(),
    status: SignupStatusSchema,
    statusLabel: z.string(),
    job: SignupJobSchema,
    resident: WorkerFactsSchema,
    createdAt: z.string(),
    waitlistPosition: z.number().int().positive().nullable(),
    history: z.array(SignupEventSchema),
    ...confirmations,
    dispute: WageDisputeSchema.nullable(),
  })
  .meta({ id: 'StaffSignup' });
export type StaffSignup = z.infer<typeof StaffSignupSchema>;

/** `disputed` is the 未结清工资 queue: sign-ups with an open wage dispute, whatever their status. */
export const STAFF_QUEUES = ['pending', 'disputed', 'waitlisted', 'approved', 'checked_in', 'completed', 'no_show', 'rejected', 'cancelled', 'expired'] as const;
export const StaffQueueSchema = z.enum(STAFF_QUEUES);
export type StaffQueue = z.infer<typeof StaffQueueSchema>;

export const StaffSignupsQuerySchema = z
  .object({
    status: StaffQueueSchema.default('pending'),
    division: DivisionCodeSchema.optional().describe('默认是本人负责的区划；可缩小到下级'),
    cursor: z.string().max(2048).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();

export const StaffSignupsResponseSchema = z
  .object({ items: z.array(StaffSignupSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'StaffSignups' });
export type StaffSignupsResponse = z.infer<typeof StaffSignupsResponseSchema>;

export const ApplicantSchema = z
  .object({
    id: z.string(),
    status: SignupStatusSchema,
    statusLabel: z.string(),
    worker: WorkerFactsSchema,
    createdAt: z.string(),
    waitlistPosition: z.number().int().positive().nullable(),
    history: z.array(SignupEventSchema),
    ...confirmations,
    canCheckIn: z.boolean(),
    canConfirm: z.boolean(),
  })
  .meta({ id: 'Applicant' });
export type Applicant = z.infer<typeof ApplicantSchema>;

export const ApplicantCountsSchema = z.object({
  pending: z.number().int(),
  waitlisted: z.number().int(),
  approved: z.number().int(),
  checked_in: z.number().int(),
  completed: z.number().int(),
  no_show: z.number().int(),
});

export const JobApplicantsResponseSchema = z
  .object({
    job: SignupJobSchema.extend({ headcount: z.number().int(), headcountLeft: z.number().int(), waitlistEnabled: z.boolean() }),
    counts: ApplicantCountsSchema,
    items: z.array(ApplicantSchema),
  })
  .meta({ id: 'JobApplicants' });
export type JobApplicantsResponse = z.infer<typeof JobApplicantsResponseSchema>;

export const SignupIdParamsSchema = z.object({ signupId: z.string().min(1).max(64) }).strict();

export const RejectSignupBodySchema = z
  .object({ reason: z.string().trim().min(2, '请填写未通过的原因（至少 2 个字）').max(200, '原因最多 200 字') })
  .strict();

export const BulkApproveBodySchema = z
  .object({ signupIds: z.array(z.string().min(1).max(64)).min(1, '请至少选择一条报名').max(50, '一次最多批量通过 50 条') })
  .strict();

export const BulkApproveResponseSchema = z
  .object({
    approved: z.array(z.string()),
    failed: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'BulkApproveResult' });
export type BulkApproveResponse = z.infer<typeof BulkApproveResponseSchema>;

export const CheckInBodySchema = z
  .object({ code: z.string().trim().regex(/^\d{6}$/, '签到码是居民手机上显示的 6 位数字') })
  .strict();

export const DisputeBodySchema = z
  .object({ note: z.string().trim().min(2, '请简单说明情况（至少 2 个字）').max(300, '说明最多 300 字') })
  .strict();

export const ResolveDisputeBodySchema = z
  .object({ resolution: z.string().trim().min(2, '请填写处理结果（至少 2 个字）').max(300, '处理结果最多 300 字') })
  .strict();

/** Completion can be confirmed by the worker or the employer; each sees their own view back. */
export const CompleteSignupResponseSchema = z.union([MySignupSchema, ApplicantSchema]);

export const EmployerJobSchema = SignupJobSchema.extend({
  type: z.string(),
  status: z.enum(['open', 'closed', 'expired', 'draft', 'hidden']),
  headcount: z.number().int(),
  headcountLeft: z.number().int(),
  waitlistCount: z.number().int().nonnegative(),
}).meta({ id: 'EmployerJob' });
export type EmployerJob = z.infer<typeof EmployerJobSchema>;

export const EmployerJobsResponseSchema = z
  .object({ items: z.array(EmployerJobSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'EmployerJobs' });
export type EmployerJobsResponse = z.infer<typeof EmployerJobsResponseSchema>;
