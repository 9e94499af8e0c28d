import { View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { myTrainingNeeds } from '@/services/training-needs'
import { go, goLogin, PAGES } from '@/utils/routes'
import { NeedsForm } from './needs-form'
import './index.scss'

/** 「四清」: 基本情况, 技能水平, 培训意愿, 就业方向 (鲁就办〔2023〕13号 三、11), prefilled with the last answers. */
export default function TrainingNeedsPage() {
  const { status, me, error, reload } = useSession()

  if (status === 'anonymous') {
    return (
      <View className='page needs-page'>
        <LoginPrompt description='登录后填写四清，我们按您的情况推荐家门口的培训。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page needs-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role !== 'resident') {
    return (
      <View className='page needs-page'>
        <EmptyState icon='培' title='四清由居民本人填写' description='工作人员可以在「我的 → 培训需求」查看辖区居民的培训需求。' action={{ text: '返回我的', onClick: () => go(PAGES.me) }} secondary={{ text: '切换账号', onClick: goLogin }} />
      </View>
    )
  }
  return <LoadedNeeds userId={me.id} />
}

function LoadedNeeds({ userId }: { userId: string }) {
  const needs = useAsync(myTrainingNeeds, [userId])
  if (needs.loading) return <PageLoading text='正在加载您填过的四清…' />
  if (needs.error) {
    return (
      <View className='page needs-page'>
        <ErrorState error={needs.error} onRetry={needs.reload} secondary={{ text: '返回培训', onClick: () => go(PAGES.training) }} />
      </View>
    )
  }
  return <NeedsForm initial={needs.data} />
}
