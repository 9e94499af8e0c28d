import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { CommunityCard } from '@/components/community-card'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { PickCommunityPrompt } from '@/components/prompts'
import { StationCard } from '@/components/station-card'
import { useSession } from '@/hooks/use-session'
import { useAsync } from '@/hooks/use-async'
import { getCommunity } from '@/services/divisions'
import { go, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

export default function HomePage() {
  const { status, me, error, reload } = useSession()
  const code = me?.homeCommunity?.code ?? null
  const community = useAsync(code ? () => getCommunity(code) : null, [code])

  return (
    <View className='page home-page'>
      <View className='home-hero'>
        <Text className='home-hero__title'>家门口就业</Text>
        <Text className='home-hero__sub'>在家门口找工作、学技能、办就业服务</Text>
      </View>

      {status === 'anonymous' && (
        <View className='card home-welcome'>
          <Text className='home-welcome__title'>欢迎使用</Text>
          <Text className='home-welcome__text'>
            登录并选择您住的社区，就能看到离家最近的就业服务站，附近的岗位和培训也会在这里显示。
          </Text>
          <View className='button-row'>
            <Button type='primary' size='xlarge' block className='login-button' onClick={goLogin}>
              登录
            </Button>
          </View>
        </View>
      )}

      {status === 'loading' && <PageLoading />}

      {status === 'error' && (
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      )}

      {status === 'ready' && me && (
        <View>
          <Text className='home-greeting'>{me.name}，您好</Text>
          {!me.homeCommunity ? (
            <PickCommunityPrompt compact />
          ) : community.loading ? (
            <PageLoading inline text='正在加载您的社区…' />
          ) : community.error ? (
            <ErrorState
              compact
              title='社区信息没有加载成功'
              error={community.error}
              onRetry={community.reload}
              secondary={{ text: '更换社区', onClick: () => go(PAGES.picker) }}
            />
          ) : community.data ? (
            <View>
              <CommunityCard community={community.data} onOpen={() => go(PAGES.myCommunity)} />
              <StationCard compact title='离您最近的就业服务站' station={community.data.station} />
            </View>
          ) : null}

          <View className='card home-next'>
            <Text className='card-title'>附近岗位</Text>
            <Text className='home-next__text'>
              附近岗位将在下一个版本上线。现在想找工作，可以直接联系社区就业服务站。
            </Text>
          </View>
        </View>
      )}
    </View>
  )
}
