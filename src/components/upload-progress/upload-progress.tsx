import { Text, View } from '@tarojs/components'
import './upload-progress.scss'

export interface UploadProgressProps {
  percent: number
  /** What is being sent, e.g. 营业执照 (said before the percentage). */
  what?: string
  testId?: string
}

/** 「正在上传… 42%」 over a bar, while a file goes to storage (营业执照, 补贴材料). */
export function UploadProgress({ percent, what, testId }: UploadProgressProps) {
  const p = Math.round(Math.min(100, Math.max(0, percent)))
  return (
    <View className='upload-progress' ariaRole='progressbar' ariaLabel={`正在上传${what ?? ''} ${p}%`} {...(testId ? { 'data-testid': testId } : {})}>
      <Text className='upload-progress__text'>
        正在上传{what ? ` ${what}` : ''}… {p}%
      </Text>
      <View className='upload-progress__bar'>
        <View className='upload-progress__fill' style={{ width: `${p}%` }} />
      </View>
    </View>
  )
}
