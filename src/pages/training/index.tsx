import { Text, View } from '@tarojs/components'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt, PickCommunityPrompt } from '@/components/prompts'
import { StationCard } from '@/components/station-card'
import { useSession } from '@/hooks/use-session'
import { useAsync } from '@/hooks/use-async'
import { getCommunity } from '@/services/divisions'
import { go, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

export default function TrainingPage() {
  const { status, me, error, reload } = useSession()
  const code = me?.homeCommunity?.code ?? null
  const community = useAsync(code ? () => getCommunity(code) : null, [code])

  return (
    <View className='page training-page'>
      <View className='card training-notice'>
        <Text className='training-notice__title'>职业技能培训即将开放</Text>
        <Text className='training-notice__text'>
          培训报名将在后续版本上线。现在想了解培训（如家政、养老护理、电工、面点等），可以先打电话或到社区就业服务站咨询。
        </Text>
      </View>

      {status === 'anonymous' && (
        <LoginPrompt compact description='登录并选择社区后，这里会显示您社区的就业服务站，方便您咨询培训。' />
      )}
      {status === 'loading' && <PageLoading />}
      {status === 'error' && (
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      )}
      {status === 'ready' && me && !me.homeCommunity && (
        <PickCommunityPrompt compact description='选好社区后，这里会显示离您家最近的就业服务站，方便您咨询培训。' />
      )}
      {status === 'ready' && me?.homeCommunity && (
        community.loading ? (
          <PageLoading inline />
        ) : community.error ? (
          <ErrorState
            compact
            error={community.error}
            onRetry={community.reload}
            secondary={{ text: '更换社区', onClick: () => go(PAGES.picker) }}
          />
        ) : community.data ? (
          <StationCard title={`${community.data.name} · 就业服务站`} station={community.data.station} location={community.data.location} />
        ) : null
      )}
    </View>
  )
}
