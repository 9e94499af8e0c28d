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

/** A Weihai calendar day, YYYY-MM-DD. 2026-02-30 matches the pattern but is no day: it must read back as itself. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-11-25')
  .refine((d) => { const t = Date.parse(`${d}T00:00:00Z`); return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d; }, '没有这一天，请核对日期');

/** A Weihai clock time, HH:mm. */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 09:00');

/** `a,b,c` in a query string → a validated list. */
export const csvOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));
