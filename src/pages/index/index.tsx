import { useEffect, useMemo, useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Me, RecommendationsResponse } from '@contract'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { EventStrip } from '@/components/event-strip'
import { JobCard } from '@/components/job-card'
import { JobFilters } from '@/components/job-filters'
import { PageLoading } from '@/components/page-loading'
import { WIDEN_STEPS } from '@/constants/options'
import { useAsync, type AsyncState } from '@/hooks/use-async'
import { useJobFeed, type FeedMeta } from '@/hooks/use-job-feed'
import { useSession } from '@/hooks/use-session'
import { isApiError } from '@/services/api-error'
import { activeFilterCount, getRecommendations, NO_FILTERS, type FeedFilters } from '@/services/jobs'
import { locateOnce, type LatLng } from '@/services/location'
import { onProfileChanged } from '@/services/profile'
import { go, goLogin, openJob, PAGES } from '@/utils/routes'
import './index.scss'

/** Fewer than this many jobs (and no further page) counts as 「附近岗位不多」: offer a wider circle. */
const FEW_JOBS = 5
const RECOMMEND_FIRST = 3
const RECOMMEND_MAX = 5

interface Located {
  done: boolean
  point: LatLng | null
}

export default function HomePage() {
  const { status, me } = useSession()
  const [filters, setFilters] = useState<FeedFilters>(NO_FILTERS)
  const [radius, setRadius] = useState<number | null>(null)
  const [located, setLocated] = useState<Located>({ done: false, point: null })
  const [preferHome, setPreferHome] = useState(false)

  // Ask for the position once per app session; a refusal or a slow fix falls back to the home community.
  useEffect(() => {
    let live = true
    locateOnce().then((point) => live && setLocated({ done: true, point }))
    return () => {
      live = false
    }
  }, [])

  const home = me?.homeCommunity ?? null
  const point = preferHome && home ? null : located.point
  const hasCentre = !!point || !!home
  const sessionKey = `${me?.id ?? ''}|${home?.code ?? ''}`
  const enabled = located.done && status !== 'loading' && hasCentre

  // A new centre starts from the community's own circle again.
  const centreKey = point ? `${point.lat},${point.lng}` : `home:${home?.code ?? ''}`
  useEffect(() => setRadius(null), [centreKey])

  const feed = useJobFeed({ enabled, filters, point, radius, sessionKey })

  const isResident = me?.role === 'resident'
  const recs = useAsync(isResident ? getRecommendations : null, [isResident, sessionKey])
  // Recommendations depend on the profile (skills, intentions): refresh after it is saved.
  useEffect(() => onProfileChanged(() => recs.reload()), [recs.reload])

  usePullDownRefresh(async () => {
    if (isResident) recs.reload()
    await feed.reload()
    Taro.stopPullDownRefresh()
  })
  useReachBottom(() => feed.loadMore())

  const useMyLocation = async () => {
    setLocated({ done: false, point: null })
    const p = await locateOnce({ retry: true })
    setPreferHome(false)
    setLocated({ done: true, point: p })
    if (!p) Taro.showToast({ title: '没有获取到您的位置，请在手机设置里允许定位后再试', icon: 'none', duration: 2500 })
  }

  return (
    <View className='page home-page'>
      <CommunityStrip status={status} me={me} />

      {isResident && <Recommendations state={recs} />}

      <EventStrip />

      {me?.role !== 'staff' && (
        <View className='subsidy-entry' data-testid='home-subsidy-entry' onClick={() => go(PAGES.subsidyPrecheck)} ariaRole='button' ariaLabel='补贴测算：看看能领哪些就业创业补贴'>
          <Text className='subsidy-entry__text'>补贴测算：看看能领哪些就业创业补贴</Text>
          <Text className='subsidy-entry__go'>去测算 ›</Text>
        </View>
      )}

      <View className='feed-head'>
        <Text className='feed-head__title'>附近岗位</Text>
        {feed.meta && enabled && (
          <CentreLine
            meta={feed.meta}
            homeName={home?.name ?? null}
            widened={radius !== null}
            onUseHome={home && feed.meta.centre.source === 'location' ? () => setPreferHome(true) : undefined}
            onUseLocation={feed.meta.centre.source === 'home' ? useMyLocation : undefined}
            onResetRadius={() => setRadius(null)}
          />
        )}
      </View>

      {(hasCentre || !located.done) && <JobFilters value={filters} onChange={setFilters} />}

      <FeedBody
        located={located}
        sessionLoading={status === 'loading'}
        hasCentre={hasCentre}
        signedIn={status !== 'anonymous'}
        feed={feed}
        filters={filters}
        onClearFilters={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}
        onWiden={setRadius}
        onUseLocation={useMyLocation}
      />
    </View>
  )
}

/** 「我的社区」 in one line; tap for the community and its service station. */
function CommunityStrip({ status, me }: { status: ReturnType<typeof useSession>['status']; me: Me | null }) {
  if (status === 'anonymous') {
    return (
      <View className='community-strip community-strip--guest'>
        <View className='community-strip__main'>
          <Text className='community-strip__label'>我的社区</Text>
          <Text className='community-strip__text'>登录后按您住的社区找岗位</Text>
        </View>
        <Button type='primary' size='small' className='login-button' onClick={goLogin}>
          登录
        </Button>
      </View>
    )
  }
  if (!me) return null
  if (!me.homeCommunity) {
    return (
      <View className='community-strip pick-community-strip' onClick={() => go(PAGES.picker)} ariaRole='button' ariaLabel='选择我的社区'>
        <View className='community-strip__main'>
          <Text className='community-strip__label'>我的社区</Text>
          <Text className='community-strip__text'>还没有选择，点这里选择</Text>
        </View>
        <Text className='community-strip__arrow'>›</Text>
      </View>
    )
  }
  const c = me.homeCommunity
  return (
    <View
      className='community-strip my-community-strip'
      onClick={() => go(PAGES.myCommunity)}
      ariaRole='button'
      ariaLabel={`我的社区：${c.name}，查看服务站`}
    >
      <View className='community-strip__main'>
        <Text className='community-strip__label'>我的社区</Text>
        <Text className='community-strip__name'>{c.name}</Text>
        <Text className='community-strip__place'>{`${c.street.name} · ${c.district.name}`}</Text>
      </View>
      <Text className='community-strip__more'>服务站 ›</Text>
    </View>
  )
}

/** 为你推荐: the top few matches for this resident, each with the reasons it was picked. */
function Recommendations({ state }: { state: AsyncState<RecommendationsResponse> }) {
  const [expanded, setExpanded] = useState(false)
  if (state.loading && !state.data) return <PageLoading inline text='正在为您挑选岗位…' />
  if (state.error) {
    return <ErrorState compact title='为你推荐没有加载成功' error={state.error} onRetry={state.reload} />
  }
  const data = state.data
  if (!data) return null

  if (data.items.length === 0) {
    return (
      <View className='card recommend-empty'>
        <Text className='section-title'>为你推荐</Text>
        <Text className='recommend-empty__text'>填好您会做的事和想做的工作，这里会按距离和技能为您推荐岗位。</Text>
        <Button type='primary' size='large' block className='fill-profile-button' onClick={() => go(PAGES.profile)}>
          完善我的资料
        </Button>
      </View>
    )
  }

  const items = data.items.slice(0, expanded ? RECOMMEND_MAX : RECOMMEND_FIRST)
  const more = Math.min(data.items.length, RECOMMEND_MAX) - items.length
  return (
    <View className='recommend'>
      <View className='recommend__head'>
        <Text className='section-title'>为你推荐</Text>
        <Text className='recommend__edit' onClick={() => go(PAGES.profile)}>
          改我的资料 ›
        </Text>
      </View>
      {items.map((r) => (
        <JobCard key={r.job.id} job={r.job} variant='recommend' reasons={r.reasons} onOpen={(j) => openJob(j.id, 'recommendation')} />
      ))}
      {more > 0 && (
        <View className='recommend__more more-recommend' onClick={() => setExpanded(true)} ariaRole='button'>
          <Text>再看 {more} 个推荐</Text>
        </View>
      )}
      {data.adjacentOccupations.length > 0 && (
        <View className='adjacent'>
          <Text className='adjacent__title'>相近职业：</Text>
          <Text className='adjacent__text'>
            {data.adjacentOccupations.map((a) => `${a.occupation}（${a.because}）`).join('；')}
          </Text>
        </View>
      )}
    </View>
  )
}

/** 「以东山居委会为中心 · 步行 15 分钟内」, with a way to switch centre or undo a widened circle. */
function CentreLine(props: {
  meta: FeedMeta
  homeName: string | null
  widened: boolean
  onUseHome?: () => void
  onUseLocation?: () => void
  onResetRadius: () => void
}) {
  const { meta, homeName, widened } = props
  const centre = meta.centre.source === 'location' ? '以您的位置为中心' : `以${homeName ?? '您的社区'}为中心`
  return (
    <View className='centre-line'>
      <Text className='centre-line__text feed-centre'>{`${centre} · ${meta.circleLabel}内`}</Text>
      <View className='centre-line__actions'>
        {widened && (
          <Text className='centre-line__link reset-radius' onClick={props.onResetRadius}>
            恢复默认范围
          </Text>
        )}
        {props.onUseHome && (
          <Text className='centre-line__link use-home' onClick={props.onUseHome}>
            改为以我的社区为中心
          </Text>
        )}
        {props.onUseLocation && (
          <Text className='centre-line__link use-location' onClick={props.onUseLocation}>
            改用我现在的位置
          </Text>
        )}
      </View>
    </View>
  )
}

interface FeedBodyProps {
  located: Located
  sessionLoading: boolean
  hasCentre: boolean
  signedIn: boolean
  feed: ReturnType<typeof useJobFeed>
  filters: FeedFilters
  onClearFilters: () => void
  onWiden: (radius: number) => void
  onUseLocation: () => void
}

function FeedBody({ located, sessionLoading, hasCentre, signedIn, feed, filters, onClearFilters, onWiden, onUseLocation }: FeedBodyProps) {
  const filtered = activeFilterCount(filters) > 0

  if (!located.done) return <PageLoading inline text='正在获取您的位置…' />
  if (sessionLoading) return <PageLoading inline />
  if (!hasCentre) return <NeedCentre signedIn={signedIn} onUseLocation={onUseLocation} />
  if (feed.status === 'idle' || feed.status === 'loading') {
    return <PageLoading inline text='正在查找附近的岗位…' />
  }
  if (feed.status === 'error') {
    // 400 = the API could not tell where to look (no position, no home community).
    if (isApiError(feed.error) && feed.error.status === 400 && !filtered) {
      return <NeedCentre signedIn={signedIn} onUseLocation={onUseLocation} message={feed.error.message} />
    }
    return (
      <ErrorState
        compact
        title='附近岗位没有加载成功'
        error={feed.error}
        onRetry={() => feed.reload()}
        secondary={filtered ? { text: '清除筛选条件', onClick: onClearFilters, className: 'clear-filters' } : undefined}
      />
    )
  }

  const few = feed.items.length < FEW_JOBS && !feed.nextCursor
  return (
    <View className='feed'>
      {feed.items.length === 0 ? (
        <View className='card feed-empty'>
          <Text className='feed-empty__title'>{filtered ? '附近没有符合条件的岗位' : '附近暂时没有岗位'}</Text>
          <Text className='feed-empty__text'>
            {filtered ? '可以少选几个条件，或者扩大范围看看。' : '可以扩大范围看看，或者到社区就业服务站问问。'}
          </Text>
          <WidenOptions meta={feed.meta} filtered={filtered} onClearFilters={onClearFilters} onWiden={onWiden} />
        </View>
      ) : (
        <View className='feed__list'>
          {feed.items.map((job) => (
            <JobCard key={job.id} job={job} onOpen={(j) => openJob(j.id)} />
          ))}
        </View>
      )}

      {feed.items.length > 0 && few && (
        <View className='card feed-few'>
          <Text className='feed-few__title'>附近岗位不多</Text>
          <WidenOptions meta={feed.meta} filtered={filtered} onClearFilters={onClearFilters} onWiden={onWiden} />
        </View>
      )}

      {feed.items.length > 0 && (
        <View className='feed__foot'>
          {feed.loadingMore ? (
            <PageLoading inline text='正在加载更多…' />
          ) : feed.moreError ? (
            <View>
              <Text className='feed__more-error'>{feed.moreError}</Text>
              <Button size='large' block fill='outline' className='load-more' onClick={feed.loadMore}>
                重新加载
              </Button>
            </View>
          ) : feed.nextCursor ? (
            <Button size='large' block fill='outline' className='load-more' onClick={feed.loadMore}>
              加载更多
            </Button>
          ) : (
            <Text className='feed__end'>已经到底了，共 {feed.items.length} 个岗位</Text>
          )}
        </View>
      )}
    </View>
  )
}

/** The ways forward when the circle holds few jobs: wider circles, fewer conditions, the service station. */
function WidenOptions({ meta, filtered, onClearFilters, onWiden }: { meta: FeedMeta | null; filtered: boolean; onClearFilters: () => void; onWiden: (r: number) => void }) {
  const current = meta?.radiusMeters ?? 0
  const steps = useMemo(() => WIDEN_STEPS.filter((s) => s.radius > current), [current])
  return (
    <View className='widen'>
      {steps.map((s) => (
        <Button key={s.radius} type='primary' size='large' block className='widen-button' onClick={() => onWiden(s.radius)}>
          {s.label}
        </Button>
      ))}
      {filtered && (
        <Button size='large' block fill='outline' className='clear-filters' onClick={onClearFilters}>
          清除筛选条件
        </Button>
      )}
      <Button size='large' block fill='outline' className='go-station' onClick={() => go(PAGES.myCommunity)}>
        去我的社区看看服务站
      </Button>
    </View>
  )
}

/** Neither a position nor a home community: say how to get one. */
function NeedCentre({ signedIn, onUseLocation, message }: { signedIn: boolean; onUseLocation: () => void; message?: string }) {
  return (
    <View className='card need-centre'>
      <Text className='need-centre__title'>看看家门口有什么工作</Text>
      <Text className='need-centre__text'>
        {message ??
          (signedIn
            ? '选择您住的社区，或者允许使用您的位置，就能看到附近的岗位。'
            : '登录并选择您住的社区，或者允许使用您的位置，就能看到附近的岗位。')}
      </Text>
      <View className='button-row'>
        {signedIn ? (
          <Button type='primary' size='large' block className='pick-community-button' onClick={() => go(PAGES.picker)}>
            选择我的社区
          </Button>
        ) : (
          <Button type='primary' size='large' block className='login-button' onClick={goLogin}>
            登录
          </Button>
        )}
        <Button size='large' block fill='outline' className='use-location' onClick={onUseLocation}>
          使用我现在的位置
        </Button>
      </View>
    </View>
  )
}
