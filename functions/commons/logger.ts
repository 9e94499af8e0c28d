import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger. Request bodies, tokens, phone numbers and ID numbers are never passed to it:
 * handlers log route ids, statuses and error names only.
 */
export const logger = new Logger({
  serviceName: 'doorstep-jobs',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | undefined) ?? (process.env.JEST_WORKER_ID ? 'ERROR' : 'INFO'),
});
