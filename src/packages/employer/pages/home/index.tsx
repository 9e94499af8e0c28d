import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt, PickCommunityPrompt } from '@/components/prompts'
import { StationCard } from '@/components/station-card'
import { useSession } from '@/hooks/use-session'
import { useAsync } from '@/hooks/use-async'
import { getCommunity } from '@/services/divisions'
import { go, goLogin, PAGES } from '@/utils/routes'
import { NeedOrgPrompt } from '../../components/need-org'
import './index.scss'

export default function EmployerHomePage() {
  const { status, me, error, reload } = useSession()
  const code = me?.homeCommunity?.code ?? null
  const community = useAsync(code ? () => getCommunity(code) : null, [code])

  if (status === 'anonymous') {
    return (
      <View className='page employer-page'>
        <LoginPrompt description='请用用工单位账号登录。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page employer-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role === 'employer' && !me.employer) {
    return (
      <View className='page employer-page'>
        <NeedOrgPrompt description='登记单位并通过社区认证后，就能在这里发布岗位、查看报名。' />
      </View>
    )
  }
  if (me.role !== 'employer' || !me.employer) {
    return (
      <View className='page employer-page'>
        <EmptyState
          icon='企'
          title='仅用工单位可以查看'
          description='这个页面用于用工单位管理招聘信息。需要招人的居民可以先登记用工单位。'
          action={{ text: me.role === 'resident' ? '我要招人：登记单位' : '返回我的', onClick: () => go(me.role === 'resident' ? PAGES.employerOrg : PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }

  return (
    <View className='page employer-page'>
      <View className='card org-card' data-testid='employer-org-entry' onClick={() => go(PAGES.employerOrg)} ariaRole='button' ariaLabel='我的单位，查看认证状态'>
        <Text className='org-card__label'>我的单位</Text>
        <Text className='org-card__name'>{me.employer.orgName}</Text>
        <Text className='org-card__user'>联系人：{me.name}</Text>
        <Text className='org-card__go'>查看认证状态和单位信息 ›</Text>
      </View>

      <View
        className='card employer-entry'
        data-testid='employer-post-entry'
        onClick={() => go(PAGES.employerPost)}
        ariaRole='button'
        ariaLabel='发布岗位'
      >
        <View className='employer-entry__main'>
          <Text className='employer-entry__title'>发布岗位</Text>
          <Text className='employer-entry__text'>选模板，一分钟发布到附近居民手机上</Text>
        </View>
        <Text className='employer-entry__arrow'>›</Text>
      </View>

      <View
        className='card employer-entry'
        data-testid='employer-jobs-entry'
        onClick={() => go(PAGES.employerJobs)}
        ariaRole='button'
        ariaLabel='我的岗位与报名'
      >
        <View className='employer-entry__main'>
          <Text className='employer-entry__title'>我的岗位与报名</Text>
          <Text className='employer-entry__text'>查看报名的人、到岗签到、确认完工</Text>
        </View>
        <Text className='employer-entry__arrow'>›</Text>
      </View>

      <View className='card employer-next'>
        <Text className='card-title'>需要帮忙？</Text>
        <Text className='employer-next__text'>招人遇到问题，可以联系社区就业服务站，工作人员会帮您发布岗位、对接附近的求职者。</Text>
      </View>

      {!code ? (
        <PickCommunityPrompt compact description='选择单位所在的社区，这里会显示该社区就业服务站的联系方式。' />
      ) : community.loading ? (
        <PageLoading inline />
      ) : community.error || !community.data ? (
        <ErrorState compact error={community.error} onRetry={community.reload} />
      ) : (
        <StationCard title={`${community.data.name} · 就业服务站`} station={community.data.station} location={community.data.location} />
      )}
    </View>
  )
}
