import { z } from 'zod';
import { DivisionCodeSchema, DivisionLevelSchema } from './common';
import { CommunityKindSchema, DivisionRefSchema } from './divisions';

export const RoleSchema = z.enum(['resident', 'employer', 'staff']);
export type Role = z.infer<typeof RoleSchema>;

export const StaffScopeSchema = z
  .object({
    level: DivisionLevelSchema.describe('community=社区, street=镇街, district=区市, city=市'),
    divisionCode: DivisionCodeSchema,
    divisionName: z.string(),
  })
  .meta({ id: 'StaffScope' });
export type StaffScope = z.infer<typeof StaffScopeSchema>;

export const HomeCommunitySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: CommunityKindSchema,
    street: DivisionRefSchema,
    district: DivisionRefSchema,
  })
  .meta({ id: 'HomeCommunity' });

export const MeSchema = z
  .object({
    id: z.string(),
    role: RoleSchema,
    name: z.string(),
    phoneMasked: z.string().nullable().describe('如 138****5678；完整号码从不返回'),
    homeCommunity: HomeCommunitySchema.nullable(),
    staff: StaffScopeSchema.nullable(),
    employer: z.object({ orgId: z.string(), orgName: z.string() }).nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const SessionSchema = z
  .object({
    token: z.string(),
    expiresAt: z.string().describe('ISO 8601'),
    user: MeSchema,
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof SessionSchema>;

export const DevLoginBodySchema = z
  .object({ persona: z.string().trim().min(1, '请选择演示账号').max(40) })
  .strict();

export const WechatLoginBodySchema = z
  .object({ code: z.string().trim().min(1, '缺少微信登录凭证').max(128) })
  .strict();

export const DevPersonaSchema = z
  .object({
    persona: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    description: z.string(),
  })
  .meta({ id: 'DevPersona' });
export type DevPersona = z.infer<typeof DevPersonaSchema>;

export const DevPersonasResponseSchema = z.object({ items: z.array(DevPersonaSchema) }).meta({ id: 'DevPersonaList' });

export const SetHomeCommunityBodySchema = z
  .object({ communityCode: z.string().regex(/^\d{12}$/, '请选择一个社区（村）') })
  .strict();
