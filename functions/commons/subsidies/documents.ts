import { SUBSIDY_DOCUMENT_CONTENT_TYPES, SUBSIDY_DOCUMENT_MAX_BYTES } from '@contract';
import type { SubsidyDocumentRow } from '#adapters/dynamo/subsidies';
import { uploadedObject } from '#adapters/s3/uploads';

const EXTENSION: Record<(typeof SUBSIDY_DOCUMENT_CONTENT_TYPES)[number], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/** Documents live under their application, so the key alone says whose they are (and IAM grants `subsidies/*` only). */
export const documentKey = (applicationId: string, documentId: string, contentType: (typeof SUBSIDY_DOCUMENT_CONTENT_TYPES)[number]) =>
  `subsidies/${applicationId}/${documentId}.${EXTENSION[contentType]}`;

/**
 * Which listed documents really are in S3 with an allowed type and size (HeadObject each, in parallel; at most 12).
 * A ticket asked for but never used, or an object that is not what was declared, does not count.
 */
export async function confirmedUploads(documents: SubsidyDocumentRow[]): Promise<Set<string>> {
  const heads = await Promise.all(documents.map((doc) => uploadedObject(doc.key)));
  return new Set(
    documents
      .filter((doc, i) => {
        const object = heads[i];
        return !!object && object.size > 0 && object.size <= SUBSIDY_DOCUMENT_MAX_BYTES
          && (SUBSIDY_DOCUMENT_CONTENT_TYPES as readonly string[]).includes(object.contentType) && object.contentType === doc.contentType;
      })
      .map((doc) => doc.id),
  );
}
