/**
 * Export formats of the 用工数据库, repeated from contract/labour-demand.ts as plain data (zod stays out of the
 * mini-program); tests/build/options-labour-demand.test.ts keeps them equal to the contract.
 */
export const DEMAND_EXPORT_FORMATS = ['xlsx', 'csv'] as const
export type DemandExportFormat = (typeof DEMAND_EXPORT_FORMATS)[number]
export const DEMAND_EXPORT_LABEL: Record<DemandExportFormat, string> = { xlsx: '导出 Excel', csv: '导出 CSV' }
