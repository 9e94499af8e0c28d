import type { AssistedPersonRow } from '#adapters/dynamo/assisted-persons';

/** The version staff edit against (AssistedPersonRow.editVersion); entries written before it existed use `version`. */
export const editVersionOf = (row: Pick<AssistedPersonRow, 'version' | 'editVersion'>) => row.editVersion ?? row.version;
