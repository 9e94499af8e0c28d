import { z } from 'zod';
import type { FeedCursor } from '#domain/jobs/feed';
import { invalidCursor } from './errors';

const CursorSchema = z.discriminatedUnion('sort', [
  z.object({ sort: z.literal('distance'), d: z.number().nonnegative(), id: z.string().max(64) }).strict(),
  z.object({ sort: z.literal('newest'), t: z.string().max(40), id: z.string().max(64) }).strict(),
]);

export const encodeFeedCursor = (cursor: FeedCursor | null) => (cursor ? Buffer.from(JSON.stringify(cursor)).toString('base64url') : null);

/** A cursor the client changed or made up is a 400, never a 500. */
export function decodeFeedCursor(raw: string | undefined): FeedCursor | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const parsed = CursorSchema.safeParse(value);
  if (!parsed.success) throw invalidCursor('请下拉刷新');
  return parsed.data;
}
