import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { importPrefix } from '#commons/assistance/import-ledger';
import { XLSX_TYPE } from '#commons/assistance/ledger-workbook';
import { uploadTicket } from '#adapters/s3/uploads';

/** The workbook goes straight to S3 under the caller's own prefix; the policy holds it to .xlsx and the declared size. */
export const handler = httpHandler('importUploadUrl', async ({ body, principal }) =>
  uploadTicket(`${importPrefix(principal.userId)}${ulid()}.xlsx`, XLSX_TYPE, body.size),
);
