import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt, PickCommunityPrompt } from '@/components/prompts'
import { StationCard } from '@/components/station-card'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { getCommunity } from '@/services/divisions'
import { locateOnce, type LatLng } from '@/services/location'
import { onTrainingNeedsChanged } from '@/services/training-needs'
import { listTrainings, openTraining, trainingRecommendations, type TrainingSummary } from '@/services/trainings'
import { go, goLogin, PAGES } from '@/utils/routes'
import { weekRange } from '@/utils/training-format'
import { TrainingRecommendations } from './recommendations'
import { TrainingCard } from './training-card'
import { isFiltered, NO_FILTER_VALUE, toQueryFilters, TrainingFiltersBar, type TrainingFilterValue } from './training-filters'
import './index.scss'

interface Located {
  done: boolean
  point: LatLng | null
}

/**
 * 培训: 为您推荐 (from the 「四清」), then the trainings near home with their format, 学时, next session, seats and
 * whether the resident meets the 参训要求. Around the home community when there is one, else around the phone's
 * position; with neither, the way to get one (登录 / 选择社区 / 使用我的位置).
 */
export default function TrainingPage() {
  const { status, me, error, reload } = useSession()
  const [filters, setFilters] = useState<TrainingFilterValue>(NO_FILTER_VALUE)
  const [located, setLocated] = useState<Located>({ done: false, point: null })

  const home = me?.homeCommunity ?? null
  // The position is asked for only when there is no home community to centre on.
  const needPosition = status === 'anonymous' || (status === 'ready' && !home)
  useEffect(() => {
    if (!needPosition || located.done) return
    let live = true
    locateOnce().then((point) => live && setLocated({ done: true, point }))
    return () => {
      live = false
    }
  }, [needPosition, located.done])

  const point = home ? null : located.point
  const hasCentre = (status === 'ready' && !!home) || !!point
  const query = toQueryFilters(filters, weekRange(filters.week))
  const list = useAsync(hasCentre ? () => listTrainings(query, point) : null, [hasCentre, JSON.stringify(query), point?.lat, point?.lng, me?.id, home?.code])

  const isResident = me?.role === 'resident'
  const recs = useAsync(isResident ? trainingRecommendations : null, [isResident, me?.id, home?.code])
  useEffect(() => onTrainingNeedsChanged(() => recs.reload()), [recs.reload])

  const code = home?.code ?? null
  const community = useAsync(code ? () => getCommunity(code) : null, [code])

  // A tab page stays mounted: coming back from a booking shows the seats and verdicts as they are now.
  const shownOnce = useRef(false)
  useDidShow(() => {
    if (shownOnce.current) {
      if (hasCentre) list.reload()
      if (isResident) recs.reload()
    }
    shownOnce.current = true
  })
  usePullDownRefresh(() => {
    if (hasCentre) list.reload()
    if (isResident) recs.reload()
    Taro.stopPullDownRefresh()
  })

  const useMyLocation = async () => {
    setLocated({ done: false, point: null })
    const p = await locateOnce({ retry: true })
    setLocated({ done: true, point: p })
    if (!p) Taro.showToast({ title: '没有获取到您的位置，请在手机设置里允许定位后再试', icon: 'none', duration: 2500 })
  }

  return (
    <View className='page training-page'>
      {isResident && (
        <View className='my-trainings-strip' data-testid='training-mine-link' onClick={() => go(PAGES.myTrainings)} ariaRole='button'>
          <Text className='my-trainings-strip__text'>我的培训：预约、学时和结业证书</Text>
          <Text className='my-trainings-strip__go'>查看 ›</Text>
        </View>
      )}

      {isResident && <TrainingRecommendations state={recs} />}

      {status === 'loading' && <PageLoading />}
      {status === 'error' && <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />}

      {(status === 'ready' || status === 'anonymous') && (
        <>
          <Text className='training-section-title training-list-title'>家门口的培训</Text>
          {hasCentre && <TrainingFiltersBar value={filters} onChange={setFilters} />}
          {!hasCentre ? (
            <NoCentre anonymous={status === 'anonymous'} locating={needPosition && !located.done} onUseLocation={useMyLocation} />
          ) : list.loading && !list.data ? (
            <PageLoading inline text='正在查找附近的培训…' />
          ) : list.error && !list.data ? (
            <ErrorState compact title='培训没有加载成功' error={list.error} onRetry={list.reload} />
          ) : (
            <TrainingList
              items={list.data?.items ?? []}
              filtered={isFiltered(filters)}
              onClearFilters={() => setFilters(NO_FILTER_VALUE)}
              onFillNeeds={isResident ? () => go(PAGES.trainingNeeds) : undefined}
            />
          )}
        </>
      )}

      {community.data && (
        <StationCard title={`${community.data.name} · 就业服务站（可咨询培训）`} station={community.data.station} location={community.data.location} />
      )}
    </View>
  )
}

function TrainingList(props: { items: TrainingSummary[]; filtered: boolean; onClearFilters: () => void; onFillNeeds?: () => void }) {
  const { items, filtered, onClearFilters, onFillNeeds } = props
  if (items.length === 0) {
    return (
      <EmptyState
        compact
        title={filtered ? '没有符合条件的培训' : '附近暂时没有培训'}
        description={filtered ? '可以少选几个条件，或者看看全部时间的培训。' : '填写四清告诉我们您想学什么，社区会据此安排培训；也可以打电话问问就业服务站。'}
        action={filtered ? { text: '清除筛选条件', onClick: onClearFilters, className: 'clear-filters' } : onFillNeeds ? { text: '填写四清', onClick: onFillNeeds } : { text: '看看我的社区', onClick: () => go(PAGES.myCommunity) }}
      />
    )
  }
  return (
    <View className='training-list' data-testid='training-list'>
      {items.map((t) => (
        <TrainingCard key={t.id} training={t} onOpen={openTraining} />
      ))}
      <Text className='training-list__end'>共 {items.length} 项培训，按离您的远近排列</Text>
    </View>
  )
}

/** Neither a home community nor a position: 登录 / 选择社区, or use the phone's position. */
function NoCentre({ anonymous, locating, onUseLocation }: { anonymous: boolean; locating: boolean; onUseLocation: () => void }) {
  if (locating) return <PageLoading inline text='正在获取您的位置…' />
  return (
    <View>
      {anonymous ? (
        <LoginPrompt compact description='登录并选择社区后，可以看到家门口的培训并在线预约；也可以先用您的位置看看附近有哪些培训。' />
      ) : (
        <PickCommunityPrompt compact description='选好您住的社区，就能看到家门口的培训；也可以先用您的位置看看。' />
      )}
      <View className='button-row'>
        <Button size='large' block fill='outline' className='use-location' data-testid='training-use-location' onClick={onUseLocation}>
          使用我现在的位置
        </Button>
      </View>
    </View>
  )
}
