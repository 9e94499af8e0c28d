import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { StaffScope } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useSession } from '@/hooks/use-session'
import { go, goLogin, PAGES } from '@/utils/routes'

/** Staff pages open only for staff; everyone else gets a way forward (the events and roster pages share it). */
export function StaffGate({ className, children }: { className: string; children: (scope: StaffScope) => ReactNode }) {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className={`page ${className}`}>
        <LoginPrompt description='请用社区工作人员账号登录后管理招聘活动。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className={`page ${className}`}>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role !== 'staff' || !me.staff) {
    return (
      <View className={`page ${className}`}>
        <EmptyState icon='员' title='仅工作人员可以查看' description='这个页面用于工作人员组织招聘会、查看报名名单。' action={{ text: '返回我的', onClick: () => go(PAGES.me) }} secondary={{ text: '切换账号', onClick: goLogin }} />
      </View>
    )
  }
  return <>{children(me.staff)}</>
}
