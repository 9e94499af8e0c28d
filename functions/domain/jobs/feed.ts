import { distanceMeters, type LatLng } from '../divisions/geo';
import { childCells, coveringCells, FINEST_PRECISION, type CoveringCell } from './cells';
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

/**
 * Reads the open, not-yet-ended jobs of one geohash cell (the adapter's Query), at most `readLimit` of them.
 * `complete` is false when the cell holds more: the feed then splits it into its sub-cells instead.
 */
export type CellLoader = (cell: string, readLimit: number) => Promise<{ jobs: Job[]; complete: boolean }>;

/**
 * Cells recently found dense, remembered between requests (a warm Lambda keeps it): the search splits them
 * straight away instead of spending a read to learn they are crowded again.
 */
export interface DenseCellMemory {
  has(cell: string): boolean;
  add(cell: string): void;
}

export interface FeedPage {
  items: { job: Job; distanceMeters: number }[];
  next: FeedCursor | null;
  cellsRead: number;
}

/** Cells read in parallel per round: enough to fill a page in one or two rounds in town. */
export const CELLS_PER_ROUND = 8;
/** Items one cell read may return before the cell counts as dense and is split (bounds the work per read). */
export const CELL_READ_LIMIT = 40;

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
 * One page of the nearby feed: a best-first search over geohash cells, nearest first. A cell holding more than
 * CELL_READ_LIMIT jobs is split into its 32 sub-cells rather than read whole, and for distance order the search
 * stops as soon as the page (plus one, to know whether more exist) is certain — no unread cell can hold anything
 * nearer. So a page costs about the same in a busy town as in a quiet one, and does not grow with the table.
 * Each job sits in exactly one leaf cell, so pages never repeat or skip a job; the cursor is the last
 * (distance, id) or (createdAt, id) returned.
 */
export async function nearbyFeed(request: FeedRequest, loadCell: CellLoader, dense?: DenseCellMemory): Promise<FeedPage> {
  const nearestFirst = (a: CoveringCell, b: CoveringCell) => a.minDistanceMeters - b.minDistanceMeters;
  const queue: CoveringCell[] = [];
  const childrenOf = (cell: string) => childCells(request.centre, request.radiusMeters, cell);
  /** Cells known to be dense are split before anything is read, as deep as the memory goes. */
  const enqueue = (cells: CoveringCell[]) => {
    for (const c of cells) {
      if (c.cell.length < FINEST_PRECISION && dense?.has(c.cell)) enqueue(childrenOf(c.cell));
      else queue.push(c);
    }
  };
  enqueue(coveringCells(request.centre, request.radiusMeters));
  const sort = request.cursor?.sort ?? request.sort;
  const hits: Hit[] = [];
  let read = 0;
  while (queue.length > 0) {
    queue.sort(nearestFirst);
    const round = queue.splice(0, CELLS_PER_ROUND);
    read += round.length;
    const results = await Promise.all(round.map((c) => loadCell(c.cell, c.cell.length >= FINEST_PRECISION ? Number.MAX_SAFE_INTEGER : CELL_READ_LIMIT)));
    results.forEach((result, i) => {
      if (!result.complete) {
        dense?.add(round[i].cell);
        enqueue(childrenOf(round[i].cell));
        return;
      }
      for (const job of result.jobs) {
        if (job.status !== 'open' || Date.parse(job.endsAt) <= request.now || job.headcountLeft <= 0) continue;
        const hit = { job, distanceMeters: roundDistance(distanceMeters(request.centre, job)) };
        if (hit.distanceMeters > request.radiusMeters || !matchesFilters(job, request.filters, request.now) || !isAfterCursor(hit, request.cursor)) continue;
        hits.push(hit);
      }
    });
    queue.sort(nearestFirst);
    if (sort === 'distance' && hits.length > request.limit) {
      hits.sort(byDistance);
      if (hits[request.limit].distanceMeters <= (queue[0]?.minDistanceMeters ?? Infinity)) break;
    }
  }
  hits.sort(sort === 'distance' ? byDistance : byNewest);
  const page = hits.slice(0, request.limit);
  return { items: page, next: hits.length > request.limit ? cursorOf(page[page.length - 1], sort) : null, cellsRead: read };
}
