import type { ExportFile, LabourDemandResponse } from '@contract'
import type { DemandExportFormat } from '@/constants/labour-demand'
import { call } from './request'

/** 社区用工数据库 for staff: a division's employers, figures and conditions, and the same as a file. */

export function getLabourDemand(division?: string | null): Promise<LabourDemandResponse> {
  return call('labourDemand', { query: division ? { division } : {} })
}

export function exportLabourDemand(division: string | null, format: DemandExportFormat): Promise<ExportFile> {
  return call('labourDemandExport', { query: { format, ...(division ? { division } : {}) } })
}
