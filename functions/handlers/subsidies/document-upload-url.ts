import { ulid } from 'ulid';
import { SUBSIDY_DOCUMENT_MAX_BYTES, SUBSIDY_DOCUMENTS_PER_APPLICATION } from '@contract';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { assertOwner, requireApplication } from '#commons/subsidies/access';
import { confirmedUploads, documentKey } from '#commons/subsidies/documents';
import { isEditable } from '#domain/subsidies/review-flow';
import { appendDocument, replaceDocuments, type SubsidyDocumentRow } from '#adapters/dynamo/subsidies';
import { uploadTicket } from '#adapters/s3/uploads';

/** Two quick uploads from one phone race on the version; a few re-reads settle it. */
const ATTEMPTS = 5;

/**
 * 上传一份材料 (#56): the document is recorded on the application (conditional on the version read, so two uploads
 * never overwrite each other's entry), then the phone posts the file straight to S3 under the application's prefix.
 */
export const handler = httpHandler('subsidyDocumentUploadUrl', async ({ params, body, principal }) => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = await requireApplication(params.applicationId);
    assertOwner(row, principal);
    if (!isEditable(row.status)) throw new AppError('SUBSIDY_NOT_EDITABLE');
    // Tickets that were never used (a dropped connection, a retry) must not fill the list: at the cap, keep only
    // what really reached storage, so a flaky network never leaves a required paper impossible to add.
    const kept = row.documents.length >= SUBSIDY_DOCUMENTS_PER_APPLICATION ? await stillUploaded(row.documents) : row.documents;
    if (kept.length >= SUBSIDY_DOCUMENTS_PER_APPLICATION) throw new AppError('TOO_MANY_DOCUMENTS');
    const id = ulid();
    const key = documentKey(row.id, id, body.contentType);
    const now = new Date().toISOString();
    const document = { id, kind: body.kind, key, fileName: body.fileName, contentType: body.contentType, size: body.size, addedAt: now };
    const added = kept.length === row.documents.length ? await appendDocument(row, document, now) : await replaceDocuments(row, [...kept, document], now);
    if (added) return uploadTicket(key, body.contentType, SUBSIDY_DOCUMENT_MAX_BYTES);
  }
  throw new AppError('SUBSIDY_STATE_CHANGED');
});

async function stillUploaded(documents: SubsidyDocumentRow[]): Promise<SubsidyDocumentRow[]> {
  const confirmed = await confirmedUploads(documents);
  return documents.filter((doc) => confirmed.has(doc.id));
}
