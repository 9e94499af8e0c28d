import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@/components/nut'
import { errorMessage } from '@/services/api-error'
import { exportTrainingRoster } from '@/services/staff-trainings'

/** H5 opens the file in a new tab; WeChat downloads it and opens it in its viewer, or else copies the link. */
async function openExcel(url: string) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank')
    return
  }
  const file = await Taro.downloadFile({ url })
  if (file.statusCode === 200) {
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true })
    return
  }
  await Taro.setClipboardData({ data: url })
  Taro.showModal({ title: '下载链接已复制', content: '请粘贴到电脑浏览器中打开下载，链接 15 分钟内有效。', showCancel: false, confirmText: '知道了' })
}

/** 导出 Excel: the roster as a spreadsheet for the station's records. */
export function ExportButton({ trainingId, sessionId, disabled }: { trainingId: string; sessionId: string; disabled: boolean }) {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (busy) return
    setBusy(true)
    try {
      const file = await exportTrainingRoster(trainingId, sessionId)
      await openExcel(file.url)
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
