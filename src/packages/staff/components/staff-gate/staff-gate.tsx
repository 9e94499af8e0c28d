import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { Me } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useSession } from '@/hooks/use-session'
import { go, goLogin, PAGES } from '@/utils/routes'

export interface StaffGateProps {
  className: string
  /** Employer accounts (training providers) may open the page too. */
  allowEmployers?: boolean
  /** Said to a visitor who is not signed in: which account to sign in with, and for what. */
  loginText: string
  /** Said to a signed-in account that may not open the page… */
  deniedTitle: string
  /** …and what the page is for. */
  deniedText: string
  children: (me: Me) => ReactNode
}

/** Staff pages open only for staff (and, where allowed, providers); everyone else gets a way forward. */
export function StaffGate({ className, allowEmployers = false, loginText, deniedTitle, deniedText, children }: StaffGateProps) {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className={`page ${className}`}>
        <LoginPrompt description={loginText} />
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
          title={deniedTitle}
          description={deniedText}
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <>{children(me)}</>
}
