import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import type { DocumentKind } from '@contract'
import { Button } from '@/components/nut'
import { UploadProgress } from '@/components/upload-progress'
import { DOCUMENT_KIND_LABEL, SUBSIDY_DOCUMENTS_PER_APPLICATION } from '@/constants/subsidies'
import { useUpload } from '@/hooks/use-upload'
import { pickSubsidyDocument, uploadSubsidyDocument, type SubsidyApplication, type SubsidyDocument } from '@/services/subsidies'
import { openStoredFile } from '@/services/upload'
import './subsidy.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The files sent: each opens through its 15-minute link; one not yet confirmed in storage says so. */
export function DocumentFiles({ documents, testId = 'subsidy-doc-file' }: { documents: SubsidyDocument[]; testId?: string }) {
  return (
    <>
      {documents.map((d) => (
        <View key={d.id} className='doc-file' data-testid={testId} data-kind={d.kind} data-uploaded={String(d.uploaded)}>
          <Text className='doc-file__name'>
            {d.kindLabel}：{d.fileName}
          </Text>
          {d.url ? (
            <Text className='doc-file__view' data-testid={`${testId}-view`} onClick={() => openStoredFile(d.url!, d.contentType === 'application/pdf')}>
              查看
            </Text>
          ) : (
            <Text className='doc-file__pending'>{d.uploaded ? '链接已过期，请刷新' : '上传未完成'}</Text>
          )}
        </View>
      ))}
    </>
  )
}

interface KindRow {
  kind: DocumentKind
  label: string
  required: boolean
  done: boolean
}

/** The required kinds first (done or not), then 其他材料 for anything else added (or to add, while editable). */
function rowsOf(app: SubsidyApplication, editable: boolean): KindRow[] {
  const rows: KindRow[] = app.requiredDocuments.map((r) => ({ kind: r.kind, label: r.label, required: true, done: r.done }))
  const others = app.documents.some((d) => !rows.some((r) => r.kind === d.kind))
  if (!rows.some((r) => r.kind === 'other') && (editable || others)) {
    rows.push({ kind: 'other', label: DOCUMENT_KIND_LABEL.other, required: false, done: app.documents.some((d) => d.kind === 'other' && d.uploaded) })
  }
  return rows
}

export interface DocumentChecklistProps {
  app: SubsidyApplication
  /** Draft or returned: documents can still be added. */
  editable: boolean
  /** A file went up: read the application again (its checklist and links). */
  onUploaded: () => void
}

/** 材料清单: every kind the policy needs, ticked when uploaded, with its own upload button while editable. */
export function DocumentChecklist({ app, editable, onUploaded }: DocumentChecklistProps) {
  const full = app.documents.length >= SUBSIDY_DOCUMENTS_PER_APPLICATION
  return (
    <View className='doc-checklist' data-testid='subsidy-doc-checklist'>
      {rowsOf(app, editable).map((row) => {
        const files = app.documents.filter((d) => d.kind === row.kind)
        return (
          <View key={row.kind} className='doc-kind' data-testid={`subsidy-required-${row.kind}`} data-done={String(row.done)} data-required={String(row.required)}>
            <View className='doc-kind__head'>
              <Text className='doc-kind__label'>{row.label}</Text>
              <Text className={`doc-kind__state${row.done ? ' doc-kind__state--done' : row.required ? '' : ' doc-kind__state--optional'}`}>
                {row.done ? '✓ 已上传' : row.required ? '必交，未上传' : '选交'}
              </Text>
            </View>
            {files.length > 0 && (
              <View className='doc-kind__files'>
                <DocumentFiles documents={files} />
              </View>
            )}
            {editable && !full && <DocumentUploader applicationId={app.id} kind={row.kind} label={row.label} hasFile={files.length > 0} onUploaded={onUploaded} />}
          </View>
        )
      })}
      {editable && full && <Text className='subsidy-none'>一份申请最多上传 {SUBSIDY_DOCUMENTS_PER_APPLICATION} 份材料，已经传满了。</Text>}
    </View>
  )
}

interface UploaderProps {
  applicationId: string
  kind: DocumentKind
  label: string
  hasFile: boolean
  onUploaded: () => void
}

/** Photo (or, in the mini-program, a PDF from a chat) → ticket → storage, with progress, 重试 and a Chinese error. */
function DocumentUploader({ applicationId, kind, label, hasFile, onUploaded }: UploaderProps) {
  const source = useRef<'photo' | 'chat'>('photo')
  const { state, choose, retry } = useUpload(
    () => pickSubsidyDocument(source.current, label),
    async (file, onProgress) => {
      await uploadSubsidyDocument(applicationId, kind, file, onProgress)
      onUploaded()
    },
  )
  const pick = (from: 'photo' | 'chat') => {
    source.current = from
    choose()
  }

  return (
    <View className='doc-kind__upload' data-testid={`subsidy-doc-${kind}`} data-state={state.kind}>
      {state.kind === 'uploading' && <UploadProgress percent={state.percent} what={label} />}
      {state.kind === 'error' && (
        <View className='doc-kind__error' ariaRole='alert' data-testid={`subsidy-doc-error-${kind}`}>
          <Text className='doc-kind__error-text'>{state.message}</Text>
          <View className='doc-kind__row'>
            <Button type='primary' size='normal' data-testid={`subsidy-doc-retry-${kind}`} onClick={retry}>
              重试
            </Button>
            <Button size='normal' fill='outline' onClick={() => pick('photo')}>
              换一个文件
            </Button>
          </View>
        </View>
      )}
      {(state.kind === 'idle' || state.kind === 'done') && (
        <View className='doc-kind__row'>
          <Button size='large' fill='outline' data-testid={`subsidy-doc-pick-${kind}`} onClick={() => pick('photo')}>
            {hasFile || state.kind === 'done' ? '再传一张' : '拍照或从相册选择'}
          </Button>
          {IS_WEAPP && (
            <Button size='large' fill='none' data-testid={`subsidy-doc-chat-${kind}`} onClick={() => pick('chat')}>
              从微信聊天选 PDF
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
