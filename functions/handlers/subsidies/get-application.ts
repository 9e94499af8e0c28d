import { httpHandler } from '#commons/http';
import { assertCanRead, requireApplication } from '#commons/subsidies/access';
import { applicationView } from '#commons/subsidies/application-view';
import { confirmedUploads } from '#commons/subsidies/documents';
import { isEditable } from '#domain/subsidies/review-flow';

/**
 * One application for its applicant or the staff reviewing it, with 15-minute links to the documents. While the
 * applicant is still gathering papers, each document is checked in S3 so 「已上传」 is the truth, not the intention.
 */
export const handler = httpHandler('getSubsidyApplication', async ({ params, principal }) => {
  const row = await requireApplication(params.applicationId);
  assertCanRead(row, principal);
  const confirmed = isEditable(row.status) ? await confirmedUploads(row.documents) : undefined;
  return applicationView(row, { documentLinks: true, confirmed });
});
