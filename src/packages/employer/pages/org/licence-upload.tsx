import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { UploadProgress } from '@/components/upload-progress'
import { useUpload } from '@/hooks/use-upload'
import { pickLicencePhoto, uploadLicence } from '@/services/orgs'

export interface LicenceUploadProps {
  /** A licence is already on file (an earlier submission): uploading again replaces it. */
  onFile: boolean
  /** The key of the uploaded photo, or null when the user removed it. */
  onUploaded: (key: string | null) => void
  /** The form is busy submitting. */
  disabled?: boolean
}

/**
 * 营业执照照片 (optional): pick → ask the API for an upload ticket → send straight to storage, with a progress bar
 * (hooks/use-upload: a failed upload keeps the picked photo so 重试 does not make the user choose it again).
 */
export function LicenceUpload({ onFile, onUploaded, disabled }: LicenceUploadProps) {
  const { state, choose, retry, reset } = useUpload(
    pickLicencePhoto,
    async (file, onProgress) => onUploaded(await uploadLicence(file, onProgress)),
    { disabled },
  )

  const remove = () => {
    reset()
    onUploaded(null)
  }

  return (
    <View className='licence' data-testid='org-licence' data-state={state.kind}>
      {state.kind === 'uploading' && <UploadProgress percent={state.percent} />}
      {state.kind === 'done' && (
        <View className='licence__done' data-testid='org-licence-done'>
          <Text className='licence__done-text'>✓ 营业执照照片已上传</Text>
          <View className='licence__row'>
            <Button size='normal' fill='outline' onClick={choose} disabled={disabled}>
              换一张
            </Button>
            <Button size='normal' fill='none' onClick={remove} disabled={disabled}>
              不传了
            </Button>
          </View>
        </View>
      )}
      {state.kind === 'error' && (
        <View className='licence__error' ariaRole='alert' data-testid='org-licence-error'>
          <Text className='licence__error-text'>{state.message}</Text>
          <View className='licence__row'>
            <Button type='primary' size='normal' data-testid='org-licence-retry' onClick={retry} disabled={disabled}>
              重试
            </Button>
            <Button size='normal' fill='outline' onClick={choose} disabled={disabled}>
              换一张
            </Button>
          </View>
        </View>
      )}
      {state.kind === 'idle' && (
        <>
          {onFile && <Text className='licence__on-file'>已上传过营业执照；要更换时再选一张。</Text>}
          <Button size='large' block fill='outline' data-testid='org-licence-pick' onClick={choose} disabled={disabled}>
            {onFile ? '更换营业执照照片' : '拍照或从相册选择'}
          </Button>
        </>
      )}
    </View>
  )
}
