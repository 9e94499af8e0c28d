import { z } from 'zod';
import { CommunityCodeSchema } from './common';

export const ResidentSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phoneMasked: z.string().nullable(),
    homeCommunityCode: CommunityCodeSchema,
    joinedAt: z.string(),
    noShowCount: z.number().int().nonnegative().describe('零工缺勤次数'),
    completedCount: z.number().int().nonnegative().describe('完成的零工次数'),
  })
  .meta({ id: 'ResidentSummary' });
export type ResidentSummary = z.infer<typeof ResidentSummarySchema>;

export const CommunityResidentsResponseSchema = z
  .object({
    community: z.object({ code: CommunityCodeSchema, name: z.string() }),
    items: z.array(ResidentSummarySchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'CommunityResidents' });
export type CommunityResidentsResponse = z.infer<typeof CommunityResidentsResponseSchema>;
