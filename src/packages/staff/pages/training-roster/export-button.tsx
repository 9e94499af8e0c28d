import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@/components/nut'
import { errorMessage } from '@/services/api-error'
import { exportTrainingRoster } from '@/services/staff-trainings'
import { openExport } from '../../utils/open-export'

/** 导出 Excel: the roster as a spreadsheet for the station's records. */
export function ExportButton({ trainingId, sessionId, disabled }: { trainingId: string; sessionId: string; disabled: boolean }) {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (busy) return
    setBusy(true)
    try {
      const file = await exportTrainingRoster(trainingId, sessionId)
      await openExport(file.url, true)
    } catch (e) {
      Taro.showModal({ title: '导出没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size='large' block fill='outline' className='roster-export' data-testid='roster-export' loading={busy} disabled={busy || disabled} onClick={run}>
      导出 Excel
    </Button>
  )
}
