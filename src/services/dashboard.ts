import type { Dashboard, ExportFile } from '@contract'
import { call } from './request'

/** 四级数据看板: a division's figures for a period (`Y2026`, `M2026-11`), and the same as an Excel file. */

const query = (division: string | null, period: string | null) => ({ ...(division ? { division } : {}), ...(period ? { period } : {}) })

export function getDashboard(division: string | null, period: string | null): Promise<Dashboard> {
  return call('dashboard', { query: query(division, period) })
}

export function exportDashboard(division: string | null, period: string | null): Promise<ExportFile> {
  return call('dashboardExport', { query: query(division, period) })
}
