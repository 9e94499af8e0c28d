import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import type { AsyncState } from '@/hooks/use-async'
import { openTraining, type TrainingRecommendations as Recs } from '@/services/trainings'
import { go, PAGES } from '@/utils/routes'
import { TrainingCard } from './training-card'

/** Enough to see at a glance; the full list is right below. */
const SHOWN = 3

/** 为您推荐 from the 「四清」 survey; before it is filled in, a friendly card leading to it. */
export function TrainingRecommendations({ state }: { state: AsyncState<Recs> }) {
  if (state.loading && !state.data) return <PageLoading inline text='正在为您挑选培训…' />
  if (state.error && !state.data) {
    return <ErrorState compact title='为您推荐没有加载成功' error={state.error} onRetry={state.reload} />
  }
  const data = state.data
  if (!data) return null

  if (!data.needsFilled) {
    return (
      <View className='card needs-invite' data-testid='training-needs-invite'>
        <Text className='needs-invite__title'>填写四清，推荐更合适的培训</Text>
        <Text className='needs-invite__text'>花一分钟说说您的情况、会什么、想学什么、想找什么工作，我们按这些为您推荐家门口的培训。</Text>
        <Button type='primary' size='large' block className='needs-invite__button' data-testid='training-needs-start' onClick={() => go(PAGES.trainingNeeds)}>
          去填写四清
        </Button>
      </View>
    )
  }

  return (
    <View className='training-recs'>
      <View className='training-recs__head'>
        <Text className='training-section-title'>为您推荐</Text>
        <Text className='training-recs__edit' data-testid='training-needs-edit' onClick={() => go(PAGES.trainingNeeds)}>
          改我的四清 ›
        </Text>
      </View>
      {data.items.length === 0 ? (
        <Text className='training-recs__none'>附近暂时没有和您的四清对得上的培训，可以看看下面的全部培训，有新的会推荐给您。</Text>
      ) : (
        data.items.slice(0, SHOWN).map((r) => <TrainingCard key={r.training.id} training={r.training} reasons={r.reasons} onOpen={openTraining} />)
      )}
    </View>
  )
}
