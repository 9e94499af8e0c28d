import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Me, Org } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { getMyOrg } from '@/services/orgs'
import { go, goLogin, PAGES } from '@/utils/routes'
import { OrgForm } from './org-form'
import { emptyOrgForm, orgFormFrom } from './org-form-state'
import { OrgStatusView } from './org-status'
import './index.scss'

/** 单位登记/认证: the registration form when there is no organisation yet, otherwise its status and details. */
export default function EmployerOrgPage() {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page org-page'>
        <LoginPrompt description='登录后可以登记用工单位，通过社区认证后就能发布岗位。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page org-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role === 'staff') {
    return (
      <View className='page org-page'>
        <EmptyState
          icon='企'
          title='工作人员账号不能登记单位'
          description='核验用工单位请到「单位认证」。如需以单位身份招人，请用单位负责人的账号登录。'
          action={{ text: '去单位认证', onClick: () => go(PAGES.staffOrgs) }}
          secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }}
        />
      </View>
    )
  }
  return <OrgLoader me={me} />
}

function OrgLoader({ me }: { me: Me }) {
  const loaded = useAsync(getMyOrg, [me.id])
  // The answer after a (re)submission, shown without another round trip.
  const [saved, setSaved] = useState<Org | null>(null)
  const [editing, setEditing] = useState(false)
  const org = saved ?? loaded.data

  if (loaded.loading && !org) return <PageLoading text='正在查看单位信息…' />
  if (loaded.error && !org) {
    return (
      <View className='page org-page'>
        <ErrorState error={loaded.error} onRetry={loaded.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }

  if (!org || editing) {
    return (
      <View className='page org-page'>
        <OrgForm
          key={org ? `edit-${org.id}` : 'new'}
          initial={org ? orgFormFrom(org) : emptyOrgForm(me)}
          resubmit={!!org}
          licenceOnFile={!!org?.licenceUploaded}
          onCancel={org ? () => setEditing(false) : undefined}
          onSaved={(o) => {
            setSaved(o)
            setEditing(false)
            Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
          }}
        />
      </View>
    )
  }

  return (
    <View className='page org-page'>
      <OrgStatusView org={org} onEdit={() => setEditing(true)} onPost={() => go(PAGES.employerPost)} onJobs={() => go(PAGES.employerJobs)} />
    </View>
  )
}
