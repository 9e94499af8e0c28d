import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { KindBadge } from '@/components/kind-badge'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt, PickCommunityPrompt } from '@/components/prompts'
import { StationCard } from '@/components/station-card'
import { useSession } from '@/hooks/use-session'
import { useAsync } from '@/hooks/use-async'
import { getCommunity } from '@/services/divisions'
import { circleDescription, placeLine } from '@/utils/format'
import { go, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

export default function MyCommunityPage() {
  const { status, me, error, reload } = useSession()
  const code = me?.homeCommunity?.code ?? null
  const community = useAsync(code ? () => getCommunity(code) : null, [code])

  if (status === 'anonymous') {
    return (
      <View className='page my-community-page'>
        <LoginPrompt />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error') {
    return (
      <View className='page my-community-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!code) {
    return (
      <View className='page my-community-page'>
        <PickCommunityPrompt />
      </View>
    )
  }
  if (community.loading) return <PageLoading text='正在加载您的社区…' />
  if (community.error || !community.data) {
    return (
      <View className='page my-community-page'>
        <ErrorState
          error={community.error}
          onRetry={community.reload}
          secondary={{ text: '更换社区', onClick: () => go(PAGES.picker) }}
        />
      </View>
    )
  }

  const c = community.data
  return (
    <View className='page my-community-page'>
      <View className='card mc-header'>
        <Text className='mc-header__label'>我的社区</Text>
        <View className='mc-header__title'>
          <Text className='mc-header__name'>{c.name}</Text>
          <KindBadge kind={c.kind} />
        </View>
        <Text className='mc-header__place'>{placeLine(c)}</Text>
      </View>

      <View className='card mc-circle'>
        <Text className='mc-circle__label'>家门口就业服务圈</Text>
        <Text className='mc-circle__text'>{circleDescription(c.circle)}</Text>
        <Text className='mc-circle__hint'>
          {c.circle.mode === 'walk'
            ? '在这个范围内，您可以步行到达就业服务站，找工作、问政策、报培训。'
            : '在这个范围内，您可以就近到达就业服务站，找工作、问政策、报培训。'}
        </Text>
        <Text className='mc-circle__citation'>{c.circle.citation}</Text>
      </View>

      <StationCard station={c.station} location={c.location} />

      {c.location.source === 'generated' && (
        <Text className='mc-note'>位置为演示用生成坐标，导航仅供参考，请以服务站实际地址为准。</Text>
      )}

      <View className='button-row'>
        <Button size='large' block fill='outline' className='change-community-button' onClick={() => go(PAGES.picker)}>
          更换社区
        </Button>
      </View>
    </View>
  )
}
