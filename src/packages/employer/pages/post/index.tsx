import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Me, Org, Posting } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { getMyOrg } from '@/services/orgs'
import { getPosting } from '@/services/postings'
import { go, goLogin, PAGES } from '@/utils/routes'
import { blankPostForm, formFromPosting, withCommunityName } from './post-form-state'
import { PostingForm } from './posting-form'
import { NeedOrgPrompt } from '../../components/need-org'
import './index.scss'

/**
 * 发布岗位. `?id=` edits a posting (PUT), `?from=` copies one into a new posting (再发一次); otherwise a blank form
 * with the template chips on top. Without a registered organisation it points to 单位登记 instead.
 */
export default function EmployerPostPage() {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page post-page'>
        <LoginPrompt description='请用用工单位账号登录后发布岗位。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page post-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role === 'staff') {
    return (
      <View className='page post-page'>
        <EmptyState
          icon='岗'
          title='工作人员账号不能发布岗位'
          description='岗位由用工单位登记并通过认证后发布。核验单位请到「单位认证」。'
          action={{ text: '去单位认证', onClick: () => go(PAGES.staffOrgs) }}
          secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }}
        />
      </View>
    )
  }
  return <PostLoader me={me} />
}

interface Loaded {
  org: Org | null
  source: Posting | null
}

function PostLoader({ me }: { me: Me }) {
  const params = useRouter().params
  const editId = params.id ? decodeURIComponent(params.id) : ''
  const fromId = params.from ? decodeURIComponent(params.from) : ''
  const sourceId = editId || fromId
  const data = useAsync<Loaded>(
    async () => {
      // Residents cannot read postings; only ask for one once there is an organisation.
      const org = await getMyOrg()
      const source = org && sourceId ? await getPosting(sourceId) : null
      return { org, source }
    },
    [me.id, sourceId],
  )

  if (data.loading && !data.data) return <PageLoading text={editId ? '正在打开岗位…' : '正在准备…'} />
  if (data.error || !data.data) {
    return (
      <View className='page post-page'>
        <ErrorState
          error={data.error}
          onRetry={data.reload}
          secondary={{ text: '返回我的岗位', onClick: () => go(PAGES.employerJobs) }}
        />
      </View>
    )
  }
  const { org, source } = data.data
  if (!org) {
    return (
      <View className='page post-page'>
        <NeedOrgPrompt description='登记单位并通过社区认证后就能发布岗位。登记只要两三分钟，认证前也可以先存草稿。' />
      </View>
    )
  }

  const orgCommunity = { code: org.community.code, name: org.community.name }
  const initial = source
    ? withCommunityName(formFromPosting(source, editId ? 'edit' : 'repeat'), orgCommunity)
    : blankPostForm(org)
  return (
    <View className='page post-page'>
      <PostingForm key={`${editId}|${fromId}`} initial={initial} editing={editId ? source : null} orgVerified={org.verifiedBadge} />
    </View>
  )
}
