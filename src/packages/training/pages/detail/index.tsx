import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { isApiError } from '@/services/api-error'
import { getTraining } from '@/services/trainings'
import { go, PAGES } from '@/utils/routes'
import { TrainingHead, TrainingSections } from './training-sections'
import { SessionsPanel } from './sessions-panel'
import './index.scss'

/**
 * One training as the county list states it (培训内容, 培训学时, 参训要求, 补贴标准), where it is, and its sessions
 * with 预约 / 候补 / 取消预约.
 */
export default function TrainingDetailPage() {
  const id = useRouter().params.id ?? ''
  const { status, me } = useSession()
  // Signing in or out changes the eligibility verdict and `myBooking`, so the training is read again.
  const training = useAsync(id ? () => getTraining(id) : null, [id, status, me?.id])

  if (!id || (isApiError(training.error) && training.error.status === 404)) {
    return (
      <View className='page training-detail-page'>
        <EmptyState icon='培' title='没有找到这项培训' description='可能已经下架，或者链接不完整。' action={{ text: '看看其他培训', onClick: () => go(PAGES.training) }} />
      </View>
    )
  }
  if (training.loading && !training.data) return <PageLoading text='正在加载培训…' />
  if (!training.data) {
    return (
      <View className='page training-detail-page'>
        <ErrorState error={training.error} onRetry={training.reload} secondary={{ text: '返回培训列表', onClick: () => go(PAGES.training) }} />
      </View>
    )
  }
  const t = training.data
  return (
    <View className='page training-detail-page'>
      <TrainingHead training={t} />
      <TrainingSections training={t} />
      <SessionsPanel training={t} onChanged={training.reload} />
    </View>
  )
}
