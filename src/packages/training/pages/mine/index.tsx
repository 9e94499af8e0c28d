import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { myTrainings, type MyTrainingsResponse, type TrainingBooking } from '@/services/trainings'
import { go, goLogin, PAGES } from '@/utils/routes'
import { hoursText } from '@/utils/training-format'
import { BookingCard } from './booking-card'
import { ProgressCard } from './progress-card'
import './index.scss'

/** 我的培训: bookings (coming ones first), 学时 done per training with its 结业证书, and the total. */
export default function MyTrainingsPage() {
  const { status, me, error, reload } = useSession()
  const isResident = me?.role === 'resident'

  if (status === 'anonymous') {
    return (
      <View className='page my-trainings-page'>
        <LoginPrompt description='登录后可以查看您预约的培训、已学学时和结业证书。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page my-trainings-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!isResident) {
    return (
      <View className='page my-trainings-page'>
        <EmptyState icon='培' title='仅居民可以预约培训' description='「我的培训」记录居民预约的培训课和学时。' action={{ text: '返回我的', onClick: () => go(PAGES.me) }} secondary={{ text: '切换账号', onClick: goLogin }} />
      </View>
    )
  }
  return <MyTrainings userId={me.id} />
}

function MyTrainings({ userId }: { userId: string }) {
  const data = useAsync(myTrainings, [userId])
  // Back from a training's page (a new booking, a cancel): show it.
  useDidShow(() => {
    if (data.data) data.reload()
  })
  usePullDownRefresh(() => {
    data.reload()
    Taro.stopPullDownRefresh()
  })

  if (data.loading && !data.data) return <PageLoading text='正在加载我的培训…' />
  if (!data.data) {
    return (
      <View className='page my-trainings-page'>
        <ErrorState error={data.error} onRetry={data.reload} secondary={{ text: '去看看培训', onClick: () => go(PAGES.training) }} />
      </View>
    )
  }
  return <MyTrainingsView data={data.data} onChanged={data.reload} />
}

const upcoming = (b: TrainingBooking) => (b.status === 'booked' || b.status === 'waitlisted') && Date.parse(b.session.endsAt) > Date.now()

/** Coming sessions first, soonest on top; then the rest, latest on top. */
function sortBookings(items: TrainingBooking[]): TrainingBooking[] {
  const soon = items.filter(upcoming).sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt))
  const past = items.filter((b) => !upcoming(b)).sort((a, b) => b.session.startsAt.localeCompare(a.session.startsAt))
  return [...soon, ...past]
}

function MyTrainingsView({ data, onChanged }: { data: MyTrainingsResponse; onChanged: () => void }) {
  const bookings = sortBookings(data.bookings)
  const certificates = data.progress.filter((p) => p.certificate).length

  if (bookings.length === 0 && data.progress.length === 0) {
    return (
      <View className='page my-trainings-page'>
        <EmptyState
          icon='培'
          title='还没有预约培训'
          description='家门口有培训夜课、周末课堂等，学满学时可以拿结业证书。'
          action={{ text: '去看看培训', onClick: () => go(PAGES.training) }}
          secondary={{ text: '填写四清，获得推荐', onClick: () => go(PAGES.trainingNeeds) }}
        />
      </View>
    )
  }

  return (
    <View className='page my-trainings-page'>
      <View className='my-trainings-total' data-testid='my-training-total'>
        <View className='my-trainings-total__tile'>
          <Text className='my-trainings-total__value'>{hoursText(data.totalHours)}</Text>
          <Text className='my-trainings-total__label'>已学总学时</Text>
        </View>
        <View className='my-trainings-total__tile'>
          <Text className='my-trainings-total__value'>{certificates} 个</Text>
          <Text className='my-trainings-total__label'>结业证书</Text>
        </View>
      </View>

      {data.progress.length > 0 && (
        <View className='my-trainings-block'>
          <Text className='my-trainings-block__title'>学习进度</Text>
          {data.progress.map((p) => (
            <ProgressCard key={p.training.id} progress={p} />
          ))}
        </View>
      )}

      <View className='my-trainings-block'>
        <Text className='my-trainings-block__title'>我的预约</Text>
        {bookings.length === 0 ? (
          <Text className='my-trainings-block__none'>现在没有预约。</Text>
        ) : (
          bookings.map((b) => <BookingCard key={b.id} booking={b} onChanged={onChanged} />)
        )}
        <Text className='my-trainings-block__link' onClick={() => go(PAGES.training)}>
          再看看其他培训 ›
        </Text>
      </View>
    </View>
  )
}
