import { useEffect, useRef } from 'react'
import { Image, Text, Textarea, View } from '@tarojs/components'
import type { StationStandard } from '@contract'
import { Button } from '@/components/nut'
import { UploadProgress } from '@/components/upload-progress'
import { STATION_NOTE_MAX, STATION_PHOTOS_PER_STANDARD, STATION_STANDARD_LABEL } from '@/constants/stations'
import { useUpload } from '@/hooks/use-upload'
import { pickStationPhoto, uploadStationPhoto } from '@/services/stations'
import { openStoredFile } from '@/services/upload'

export interface Draft {
  standard: StationStandard
  met: boolean
  note: string
  /** `preview`: a 15-minute link from the server, or the local file just uploaded; null when the link failed. */
  photos: { key: string; preview: string | null }[]
}

export interface StandardCardProps {
  communityCode: string
  draft: Draft
  disabled: boolean
  onChange: (change: Partial<Draft>) => void
  /** Applied by the parent to the latest state: an upload can finish after other edits. */
  onAddPhoto: (photo: Draft['photos'][number]) => void
  onUploading: (on: boolean) => void
}

/** One of the six: 达标 / 未达标 as two big buttons, a note, thumbnails and 「加照片」 with a progress bar. */
export function StandardCard({ communityCode, draft, disabled, onChange, onAddPhoto, onUploading }: StandardCardProps) {
  const { state, choose, retry } = useUpload(pickStationPhoto, async (file, onProgress) => {
    const key = await uploadStationPhoto(communityCode, file, onProgress)
    onAddPhoto({ key, preview: file.path })
  }, { disabled })
  const uploading = state.kind === 'uploading'
  // The page keeps 保存 disabled while any card is still sending a photo.
  const notify = useRef(onUploading)
  notify.current = onUploading
  useEffect(() => {
    if (!uploading) return undefined
    notify.current(true)
    return () => notify.current(false)
  }, [uploading])

  const label = STATION_STANDARD_LABEL[draft.standard]
  const full = draft.photos.length >= STATION_PHOTOS_PER_STANDARD
  return (
    <View className={`card standard-card${draft.met ? ' standard-card--met' : ''}`} data-testid={`station-standard-${draft.standard}`}>
      <Text className='standard-card__title'>{label}</Text>
      <View className='standard-card__toggle' ariaRole='radiogroup' ariaLabel={label}>
        {[true, false].map((met) => (
          <View
            key={String(met)}
            className={`standard-card__choice${draft.met === met ? ` standard-card__choice--on${met ? ' standard-card__choice--yes' : ''}` : ''}`}
            data-testid={`station-${draft.standard}-${met ? 'met' : 'unmet'}`}
            ariaRole='radio'
            ariaLabel={`${met ? '达标' : '未达标'}${draft.met === met ? '，已选' : ''}`}
            onClick={() => !disabled && onChange({ met })}
          >
            <Text>{met ? '✓ 达标' : '未达标'}</Text>
          </View>
        ))}
      </View>
      <Textarea
        className='standard-card__note'
        value={draft.note}
        maxlength={STATION_NOTE_MAX}
        placeholder='说明（可不填），例如：服务站门口已挂牌'
        disabled={disabled}
        onInput={(e) => onChange({ note: e.detail.value })}
        autoHeight
      />
      {draft.photos.length > 0 && (
        <View className='standard-card__photos'>
          {draft.photos.map((p) => (
            <View key={p.key} className='standard-card__photo'>
              {p.preview ? (
                <Image className='standard-card__thumb' src={p.preview} mode='aspectFill' onClick={() => openStoredFile(p.preview!, false)} />
              ) : (
                <Text className='standard-card__thumb standard-card__thumb--none'>照片</Text>
              )}
              <Text className='standard-card__remove' onClick={() => !disabled && onChange({ photos: draft.photos.filter((x) => x.key !== p.key) })}>
                删除
              </Text>
            </View>
          ))}
        </View>
      )}
      {uploading && <UploadProgress percent={state.percent} what='照片' />}
      {state.kind === 'error' && (
        <View className='standard-card__error' ariaRole='alert'>
          <Text>{state.message}</Text>
          <Button size='normal' type='primary' onClick={retry} disabled={disabled}>重试</Button>
        </View>
      )}
      {!uploading && !full && (
        <Button size='large' block fill='outline' data-testid={`station-${draft.standard}-photo`} onClick={choose} disabled={disabled}>
          {draft.photos.length ? '再加一张照片' : '拍照或从相册选择佐证照片'}
        </Button>
      )}
      {full && <Text className='standard-card__hint'>{`每项最多 ${STATION_PHOTOS_PER_STANDARD} 张照片`}</Text>}
    </View>
  )
}
