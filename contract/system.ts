import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    stage: z.string(),
    time: z.string(),
    checks: z.object({
      dynamodb: z.object({ ok: z.boolean(), latencyMs: z.number().nonnegative(), message: z.string().optional() }),
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;
