import { z } from 'zod';
import { CommunityCodeSchema, DistrictCodeSchema } from './common';

/**
 * 品牌社区 (威就办〔2023〕9号 二、四、3): 20 in the city — 环翠、文登、荣成、乳山 3 each; 高区、经区、临港区、南海新区 2 each —
 * rated A (8, 10 万元 each) and B (12, 5 万元 each). City staff score communities on the dashboard's data with weights
 * held as data, and select within the quotas.
 */
export const BRAND_GRADES = ['A', 'B'] as const;
export const BrandGradeSchema = z.enum(BRAND_GRADES);
export type BrandGrade = z.infer<typeof BrandGradeSchema>;

export const BrandRankingQuerySchema = z.object({ district: DistrictCodeSchema.optional().describe('不填为全市') }).strict();

export const BrandScoreComponentSchema = z
  .object({ key: z.string(), label: z.string(), value: z.number().nullable().describe('原始值（比率 0–1 或人数）'), score: z.number().describe('0–100'), weight: z.number() })
  .meta({ id: 'BrandScoreComponent' });

export const BrandRankingItemSchema = z
  .object({
    rank: z.number().int(),
    communityCode: z.string(),
    communityName: z.string(),
    streetName: z.string(),
    zone: z.string().describe('名额所属区市（含南海新区）'),
    score: z.number(),
    components: z.array(BrandScoreComponentSchema),
    selectedGrade: BrandGradeSchema.nullable(),
  })
  .meta({ id: 'BrandRankingItem' });

export const BrandQuotaSchema = z
  .object({ zone: z.string(), quota: z.number().int(), selected: z.number().int() })
  .meta({ id: 'BrandQuota' });

export const BrandRankingSchema = z
  .object({
    year: z.number().int(),
    weights: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number() })),
    items: z.array(BrandRankingItemSchema).describe('按得分从高到低；只列有数据的社区，最多 100 个'),
    quotas: z.array(BrandQuotaSchema),
    grades: z.array(z.object({ grade: BrandGradeSchema, limit: z.number().int(), selected: z.number().int(), rewardYuan: z.number().int() })),
    selectionVersion: z.number().int().describe('保存评选时作为 expectedVersion 传回'),
  })
  .meta({ id: 'BrandRanking' });

export const BrandSelectionBodySchema = z
  .object({
    year: z.number().int().min(2023).max(2100),
    items: z
      .array(z.object({ communityCode: CommunityCodeSchema, grade: BrandGradeSchema }).strict())
      .max(20, '品牌社区全市共 20 个'),
    expectedVersion: z.number().int().nonnegative(),
  })
  .strict()
  .refine((b) => new Set(b.items.map((i) => i.communityCode)).size === b.items.length, { message: '同一个社区只能选一次', path: ['items'] });

export const BrandSelectionSchema = z
  .object({
    year: z.number().int(),
    items: z.array(z.object({ communityCode: z.string(), communityName: z.string(), zone: z.string(), grade: BrandGradeSchema, rewardYuan: z.number().int() })),
    totalRewardYuan: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'BrandSelection' });
