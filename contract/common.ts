import { z } from 'zod';

/** 12-digit community (社区/村), 9-digit street (镇街), 6-digit district (区市), 4-digit city (市) codes. */
export const CityCodeSchema = z.string().regex(/^\d{4}$/, '市级代码应为 4 位数字');
export const DistrictCodeSchema = z.string().regex(/^\d{6}$/, '区市代码应为 6 位数字');
export const StreetCodeSchema = z.string().regex(/^\d{9}$/, '镇街代码应为 9 位数字');
export const CommunityCodeSchema = z.string().regex(/^\d{12}$/, '社区代码应为 12 位数字');
export const DivisionCodeSchema = z.string().regex(/^(\d{4}|\d{6}|\d{9}|\d{12})$/, '区划代码应为 4、6、9 或 12 位数字');

export const DivisionLevelSchema = z.enum(['city', 'district', 'street', 'community']);
export type DivisionLevel = z.infer<typeof DivisionLevelSchema>;

export const LatitudeSchema = z.coerce.number().min(-90, '纬度应在 -90 到 90 之间').max(90, '纬度应在 -90 到 90 之间');
export const LongitudeSchema = z.coerce.number().min(-180, '经度应在 -180 到 180 之间').max(180, '经度应在 -180 到 180 之间');

/** GCJ-02 point, what WeChat's getLocation/openLocation use. `source` says whether it was surveyed or generated for demo. */
export const GeoPointSchema = z
  .object({
    lat: z.number(),
    lng: z.number(),
    source: z.enum(['surveyed', 'generated']).describe('generated = 演示用的确定性生成坐标，非实测'),
  })
  .meta({ id: 'GeoPoint' });
export type GeoPoint = z.infer<typeof GeoPointSchema>;

export const CursorQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const OkSchema = z.object({ ok: z.literal(true) });
