import { ERRORS, type ErrorCode } from '@contract';

/** A failure the caller can act on: mapped to its status and Chinese message at the edge. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
}

export const notFound = (code: ErrorCode = 'NOT_FOUND', message?: string) => new AppError(code, message);

/** A paging cursor that is not one this API handed out (edited, truncated, or from another list). */
export const invalidCursor = (hint = '请刷新后重试') =>
  new AppError('VALIDATION_FAILED', `翻页参数无效，${hint}`, [{ field: 'query.cursor', message: '翻页参数无效' }]);

/** The booking engine's rush answer (gig sign-ups, fair registrations, class bookings), in the words residents use. */
export const SIGNUP_RUSH = '报名的人太多了，请稍等几秒再试';
