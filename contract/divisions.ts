import { z } from 'zod';
import {
  CommunityCodeSchema,
  DivisionCodeSchema,
  DivisionLevelSchema,
  GeoPointSchema,
  LatitudeSchema,
  LongitudeSchema,
} from './common';

export const CommunityKindSchema = z.enum(['urban', 'rural']).describe('urban=城市社区（居委会），rural=农村（村委会）');
export type CommunityKind = z.infer<typeof CommunityKindSchema>;

/**
 * The 人社便民服务圈 a community is served within: a 15-minute walk in towns, 5 km in villages
 * (威海「就在威海」行动计划 前言; see functions/domain/divisions/service-circle.ts).
 */
export const ServiceCircleSchema = z
  .object({
    kind: CommunityKindSchema,
    mode: z.enum(['walk', 'distance']),
    walkMinutes: z.number().int().positive().optional(),
    radiusMeters: z.number().int().positive(),
    label: z.string().describe('例如「步行 15 分钟」「5 公里」'),
    citation: z.string(),
  })
  .meta({ id: 'ServiceCircle' });
export type ServiceCircle = z.infer<typeof ServiceCircleSchema>;

export const DivisionRefSchema = z.object({ code: DivisionCodeSchema, name: z.string() }).meta({ id: 'DivisionRef' });
export type DivisionRef = z.infer<typeof DivisionRefSchema>;

export const DivisionItemSchema = z
  .object({
    code: DivisionCodeSchema,
    name: z.string(),
    shortName: z.string().optional().describe('常用简称，如「高区」'),
    level: DivisionLevelSchema,
    kind: CommunityKindSchema.optional().describe('仅社区有'),
    childCount: z.number().int().nonnegative().optional(),
    path: z.string().optional().describe('搜索结果中给出「区市 · 镇街」，便于辨认同名社区'),
  })
  .meta({ id: 'DivisionItem' });
export type DivisionItem = z.infer<typeof DivisionItemSchema>;

export const ListDivisionsQuerySchema = z
  .object({
    parent: DivisionCodeSchema.optional().describe('不填返回全部区市；填区市代码返回镇街；填镇街代码返回社区'),
    q: z.string().trim().min(1, '请输入要搜索的社区名称').max(30, '搜索词太长').optional().describe('按名称搜索社区（可与 parent 组合限定范围）'),
  })
  .strict();

export const ListDivisionsResponseSchema = z
  .object({
    parent: DivisionItemSchema.nullable(),
    items: z.array(DivisionItemSchema),
  })
  .meta({ id: 'DivisionList' });
export type ListDivisionsResponse = z.infer<typeof ListDivisionsResponseSchema>;

export const ServiceStationSchema = z
  .object({
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    openHours: z.string(),
    services: z.array(z.string()).describe('站点可办理的服务（鲁就办〔2023〕13号 三、14）'),
    demo: z.boolean().describe('true = 演示数据，非真实站点信息'),
  })
  .meta({ id: 'ServiceStation' });
export type ServiceStation = z.infer<typeof ServiceStationSchema>;

export const CommunitySchema = z
  .object({
    code: CommunityCodeSchema,
    name: z.string(),
    kind: CommunityKindSchema,
    street: DivisionRefSchema,
    district: DivisionRefSchema,
    location: GeoPointSchema,
    circle: ServiceCircleSchema,
    station: ServiceStationSchema,
  })
  .meta({ id: 'Community' });
export type Community = z.infer<typeof CommunitySchema>;

export const CommunityCodeParamsSchema = z.object({ code: CommunityCodeSchema }).strict();

export const NearestCommunityQuerySchema = z.object({ lat: LatitudeSchema, lng: LongitudeSchema }).strict();

export const NearestCommunityResponseSchema = z
  .object({ community: CommunitySchema, distanceMeters: z.number().int().nonnegative() })
  .meta({ id: 'NearestCommunity' });
export type NearestCommunityResponse = z.infer<typeof NearestCommunityResponseSchema>;
