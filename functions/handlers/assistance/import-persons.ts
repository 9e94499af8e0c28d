import { httpHandler } from '#commons/http';
import { importLedger } from '#commons/assistance/import-ledger';

/** 从 Excel 导入台账 (#67): all rows or none; every problem comes back with its row, column and reason. */
export const handler = httpHandler('importAssistedPersons', async ({ body, principal }) => ({ imported: await importLedger(body.key, principal, Date.now()) }));
