import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { UploadProgress } from '@/components/upload-progress'
import { useUpload } from '@/hooks/use-upload'
import { isApiError } from '@/services/api-error'
import { pickSpreadsheet, uploadAndImport } from '@/services/assistance'
import { IMPORT_MAX_ROWS } from '@/constants/assistance'

interface RowProblem {
  row: number
  column: string
  message: string
}

const problemsOf = (e: unknown): RowProblem[] =>
  isApiError(e) && e.code === 'IMPORT_INVALID' && Array.isArray(e.details) ? (e.details as RowProblem[]).filter((d) => typeof d?.row === 'number') : []

/**
 * 导入 Excel: pick the filled-in template, send it to storage with a progress bar, import. Any problem in any row
 * imports nothing; each problem is listed as 「第 N 行 · 列：原因」 so the file can be fixed and sent again.
 */
export function ImportPanel({ onImported, onTemplate }: { onImported: () => void; onTemplate: () => void }) {
  const [problems, setProblems] = useState<RowProblem[]>([])
  const [imported, setImported] = useState<number | null>(null)
  const upload = useUpload(pickSpreadsheet, async (file, onProgress) => {
    setProblems([])
    setImported(null)
    try {
      setImported(await uploadAndImport(file, onProgress))
      onImported()
    } catch (e) {
      setProblems(problemsOf(e))
      throw e
    }
  })
  const { state } = upload
  return (
    <View className='card import-panel' data-testid='import-panel'>
      <Text className='import-panel__title'>从 Excel 导入</Text>
      <Text className='import-panel__hint'>先下载模板，每行填一人（每次最多 {IMPORT_MAX_ROWS} 人）。任何一行有误则全部不导入，并告诉您第几行哪一列。</Text>
      {state.kind === 'uploading' && <UploadProgress percent={state.percent} what='台账' testId='import-progress' />}
      {imported !== null && state.kind === 'done' && (
        <Text className='import-panel__ok' data-testid='import-done'>
          已导入 {imported} 人
        </Text>
      )}
      {state.kind === 'error' && (
        <View className='import-panel__error' ariaRole='alert' data-testid='import-error'>
          <Text className='import-panel__message'>{state.message}</Text>
          {problems.map((p, i) => (
            <Text key={`${p.row}-${p.column}-${i}`} className='import-panel__problem' data-testid='import-problem'>
              第 {p.row} 行{p.column ? ` · ${p.column}` : ''}：{p.message}
            </Text>
          ))}
        </View>
      )}
      <View className='button-row'>
        <Button type='primary' size='large' block data-testid='import-choose' disabled={state.kind === 'uploading'} onClick={upload.choose}>
          {state.kind === 'error' ? '改好后重新选择文件' : '选择 Excel 文件导入'}
        </Button>
        <Button size='large' block fill='outline' data-testid='import-template' onClick={onTemplate}>
          下载导入模板
        </Button>
      </View>
    </View>
  )
}
