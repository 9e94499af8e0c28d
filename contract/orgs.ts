import { z } from 'zod';
import { CommunityCodeSchema } from './common';
import { SessionSchema } from './auth';

/** Kinds of 用工单位 the community 零工市场 serves (鲁就办〔2023〕13号 三、15; 威就办〔2023〕9号 三、7). */
export const ORG_TYPES = ['企业', '个体工商户', '社会组织', '社区微工厂', '劳务合作社'] as const;
export const OrgTypeSchema = z.enum(ORG_TYPES);
export type OrgType = z.infer<typeof OrgTypeSchema>;

/**
 * 待认证 → 已认证 or 未通过 (with the reason); an employer whose reports staff confirm loses the badge (已撤销认证)
 * and publishes nothing until staff verify it again.
 */
export const ORG_STATUSES = ['pending', 'verified', 'rejected', 'revoked'] as const;
export const OrgStatusSchema = z.enum(ORG_STATUSES);
export type OrgStatus = z.infer<typeof OrgStatusSchema>;
export const ORG_STATUS_LABEL: Record<OrgStatus, string> = { pending: '待认证', verified: '已认证', rejected: '未通过', revoked: '已撤销认证' };

/** 统一社会信用代码: the shape here, the GB 32100 check character in the handler (functions/domain/orgs/credit-code.ts). */
export const CreditCodeSchema = z
  .string()
  .trim()
  .length(18, '统一社会信用代码应为 18 位')
  .regex(/^[0-9A-Z]{18}$/, '统一社会信用代码只能包含数字和大写字母')
  .regex(/^[0-9A-HJ-NP-RTUW-Y]{18}$/, '统一社会信用代码不使用字母 I、O、S、V、Z，请核对营业执照');

export const MobilePhoneSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码');

export const LICENCE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const LICENCE_MAX_BYTES = 5 * 1024 * 1024;

export const RegisterOrgBodySchema = z
  .object({
    name: z.string().trim().min(2, '单位名称至少 2 个字').max(50, '单位名称最多 50 个字'),
    type: OrgTypeSchema,
    creditCode: CreditCodeSchema,
    contactName: z.string().trim().min(2, '请填写联系人姓名').max(20, '联系人姓名最多 20 个字'),
    contactPhone: MobilePhoneSchema,
    address: z.string().trim().min(4, '请填写详细地址').max(100, '地址最多 100 个字'),
    communityCode: CommunityCodeSchema,
    headcount: z.number().int().min(0, '用工数量不能为负').max(100000, '用工数量不超过 100000').describe('用工数量：目前在岗人数，由单位维护'),
    conditions: z.string().trim().max(200, '用工条件最多 200 个字').default('').describe('用工条件：工作时间、待遇、对人员的一般要求'),
    licenceKey: z.string().max(200).nullable().default(null).describe('营业执照照片：先用 licence-upload-url 上传，再把返回的 key 填在这里'),
  })
  .strict();
export type RegisterOrgBody = z.input<typeof RegisterOrgBodySchema>;

export const LicenceUploadBodySchema = z
  .object({
    contentType: z.enum(LICENCE_CONTENT_TYPES, '营业执照请上传 JPG、PNG 图片或 PDF'),
    size: z.number().int().positive('文件是空的').max(LICENCE_MAX_BYTES, '文件太大了，请上传 5 MB 以内的照片'),
  })
  .strict();

/** A browser-form (POST) upload straight to S3: the policy fixes the key, content type and size range. */
export const UploadTicketSchema = z
  .object({
    url: z.string(),
    fields: z.record(z.string(), z.string()).describe('表单字段，原样放在文件前提交'),
    key: z.string(),
    expiresAt: z.string(),
    maxBytes: z.number().int(),
  })
  .meta({ id: 'UploadTicket' });
export type UploadTicket = z.infer<typeof UploadTicketSchema>;

export const OrgSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: OrgTypeSchema,
    creditCode: z.string(),
    contactName: z.string(),
    contactPhoneMasked: z.string(),
    address: z.string(),
    community: z.object({ code: CommunityCodeSchema, name: z.string(), streetName: z.string(), districtName: z.string() }),
    headcount: z.number().int().nonnegative(),
    conditions: z.string(),
    status: OrgStatusSchema,
    statusLabel: z.string(),
    verifiedBadge: z.boolean().describe('已认证且没有被撤销'),
    rejectReason: z.string().nullable(),
    licenceUploaded: z.boolean(),
    confirmedReports: z.number().int().nonnegative(),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'Org' });
export type Org = z.infer<typeof OrgSchema>;

export const MyOrgResponseSchema = z.object({ org: OrgSchema.nullable() }).meta({ id: 'MyOrg' });

/** Registering turns a resident account into an employer account, so the answer carries a fresh session. */
export const RegisterOrgResponseSchema = z.object({ org: OrgSchema, session: SessionSchema.nullable().describe('身份变为用工单位时返回新的登录凭证') }).meta({ id: 'RegisterOrg' });

export const StaffOrgSchema = OrgSchema.extend({
  licenceUrl: z.string().nullable().describe('营业执照的临时查看链接（15 分钟有效）'),
  jobCount: z.number().int().nonnegative(),
}).meta({ id: 'StaffOrg' });
export type StaffOrg = z.infer<typeof StaffOrgSchema>;

export const StaffOrgsQuerySchema = z
  .object({
    status: OrgStatusSchema.default('pending'),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const StaffOrgsResponseSchema = z.object({ items: z.array(StaffOrgSchema), nextCursor: z.string().nullable() }).meta({ id: 'StaffOrgs' });

export const OrgIdParamsSchema = z.object({ orgId: z.string().min(1).max(64) }).strict();

export const RejectOrgBodySchema = z
  .object({ reason: z.string().trim().min(2, '请填写未通过的原因，单位会看到它').max(200, '原因最多 200 个字') })
  .strict();
