import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { Me } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useSession } from '@/hooks/use-session'
import { go, goLogin, PAGES } from '@/utils/routes'

export interface TrainingGateProps {
  className: string
  /** Training providers' employer accounts may see their own trainings and rosters (not the needs report). */
  allowEmployers: boolean
  /** What the page is for, said to whoever may not open it. */
  purpose: string
  children: (me: Me) => ReactNode
}

/** The staff training pages open for staff (and, where allowed, providers); everyone else gets a way forward. */
export function TrainingGate({ className, allowEmployers, purpose, children }: TrainingGateProps) {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className={`page ${className}`}>
        <LoginPrompt description={`请用工作人员${allowEmployers ? '或培训机构' : ''}账号登录后${purpose}。`} />
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
  const allowed = (me.role === 'staff' && !!me.staff) || (allowEmployers && me.role === 'employer' && !!me.employer)
  if (!allowed) {
    return (
      <View className={`page ${className}`}>
        <EmptyState
          icon='员'
          title={allowEmployers ? '仅工作人员和培训机构可以查看' : '仅工作人员可以查看'}
          description={`这个页面用于${purpose}。`}
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <>{children(me)}</>
}

/** 发布培训 and 加一次课 are for 区市 and 市 staff (县级职业技能培训通用项目清单). */
export const canPublishTrainings = (me: Me) => me.role === 'staff' && !!me.staff && (me.staff.level === 'district' || me.staff.level === 'city')
