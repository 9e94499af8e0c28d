import { distanceMeters, type LatLng } from '../divisions/geo';
import { coveringCells } from './cells';
import { matchesFilters, type JobFilters } from './filters';
import type { Job } from './job';

export type FeedSort = 'distance' | 'newest';
export type FeedCursor = { sort: 'distance'; d: number; id: string } | { sort: 'newest'; t: string; id: string };

export interface FeedRequest {
  centre: LatLng;
  radiusMeters: number;
  filters: JobFilters;
  sort: FeedSort;
  limit: number;
  cursor?: FeedCursor;
  now: number;
}

/** Reads the open, not-yet-ended jobs of one geohash cell (the adapter's Query). */
export type CellLoader = (cell: string) => Promise<Job[]>;

export interface FeedPage {
  items: { job: Job; distanceMeters: number }[];
  next: FeedCursor | null;
  cellsRead: number;
}

/** Cells read in parallel per round: enough to fill a page in one or two rounds in town. */
export const CELLS_PER_ROUND = 8;

interface Hit {
  job: Job;
  distanceMeters: number;
}

/** Millimetre precision, so a cursor compares equal to the distance it was made from. */
const roundDistance = (meters: number) => Math.round(meters * 1000) / 1000;

const byDistance = (a: Hit, b: Hit) => a.distanceMeters - b.distanceMeters || (a.job.id < b.job.id ? -1 : a.job.id > b.job.id ? 1 : 0);
const byNewest = (a: Hit, b: Hit) => (a.job.createdAt > b.job.createdAt ? -1 : a.job.createdAt < b.job.createdAt ? 1 : a.job.id < b.job.id ? -1 : 1);

function isAfterCursor(hit: Hit, cursor: FeedCursor | undefined): boolean {
  if (!cursor) return true;
  if (cursor.sort === 'distance') return hit.distanceMeters > cursor.d || (hit.distanceMeters === cursor.d && hit.job.id > cursor.id);
  return hit.job.createdAt < cursor.t || (hit.job.createdAt === cursor.t && hit.job.id > cursor.id);
}

const cursorOf = (hit: Hit, sort: FeedSort): FeedCursor =>
  sort === 'distance' ? { sort, d: hit.distanceMeters, id: hit.job.id } : { sort, t: hit.job.createdAt, id: hit.job.id };

/**
 * One page of the nearby feed. Cells are read nearest first; for distance order it stops as soon as the page
 * (plus one, to know whether more exist) is certain — no unread cell can hold anything nearer — so the work
 * depends on how many jobs are near, not on how many jobs exist. Each job lives in exactly one cell, so pages
 * never repeat or skip a job: the cursor is the last (distance, id) or (createdAt, id) returned.
 */
export async function nearbyFeed(request: FeedRequest, loadCell: CellLoader): Promise<FeedPage> {
  const cells = coveringCells(request.centre, request.radiusMeters);
  const sort = request.cursor?.sort ?? request.sort;
  const hits: Hit[] = [];
  let read = 0;
  while (read < cells.length) {
    const round = cells.slice(read, read + CELLS_PER_ROUND);
    read += round.length;
    for (const job of (await Promise.all(round.map((c) => loadCell(c.cell)))).flat()) {
      if (job.status !== 'open' || Date.parse(job.endsAt) <= request.now || job.headcountLeft <= 0) continue;
      const hit = { job, distanceMeters: roundDistance(distanceMeters(request.centre, job)) };
      if (hit.distanceMeters > request.radiusMeters || !matchesFilters(job, request.filters, request.now) || !isAfterCursor(hit, request.cursor)) continue;
      hits.push(hit);
    }
    if (sort === 'distance' && hits.length > request.limit) {
      hits.sort(byDistance);
      const unreadBound = cells[read]?.minDistanceMeters ?? Infinity;
      if (hits[request.limit].distanceMeters <= unreadBound) break;
    }
  }
  hits.sort(sort === 'distance' ? byDistance : byNewest);
  const page = hits.slice(0, request.limit);
  return { items: page, next: hits.length > request.limit ? cursorOf(page[page.length - 1], sort) : null, cellsRead: read };
}
