import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { eventRoster, type EventRoster } from '@/services/events'
import { go, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { FAIR_GATE } from '../events/fair-gate'
import './index.scss'

/** 报名名单 of one fair, for staff over its community: who holds a seat, who waits, who cancelled. */
export default function StaffRosterPage() {
  const id = useRouter().params.id ?? ''
  return (
    <StaffGate className='roster-page' {...FAIR_GATE}>
      {() => <Roster eventId={id} />}
    </StaffGate>
  )
}

function Roster({ eventId }: { eventId: string }) {
  const roster = useAsync(eventId ? () => eventRoster(eventId) : null, [eventId])
  usePullDownRefresh(() => {
    roster.reload()
    Taro.stopPullDownRefresh()
  })

  if (!eventId) {
    return (
      <View className='page roster-page'>
        <EmptyState title='没有指定活动' action={{ text: '返回招聘活动', onClick: () => go(PAGES.staffEvents) }} />
      </View>
    )
  }
  if (roster.loading && !roster.data) return <PageLoading text='正在加载名单…' />
  if (roster.error || !roster.data) {
    return (
      <View className='page roster-page'>
        <ErrorState error={roster.error} onRetry={roster.reload} secondary={{ text: '返回招聘活动', onClick: () => go(PAGES.staffEvents) }} />
      </View>
    )
  }
  return <RosterView roster={roster.data} />
}

function RosterView({ roster }: { roster: EventRoster }) {
  const { event, items } = roster
  const count = (status: string) => items.filter((i) => i.status === status).length
  return (
    <View className='page roster-page'>
      <View className='card roster-head'>
        <Text className='roster-head__title'>{event.title}</Text>
        <Text className='roster-head__when'>{event.scheduleText}</Text>
        <Text className='roster-head__where'>{event.address}</Text>
        <Text className='roster-head__counts' data-testid='roster-counts'>
          已报名 {count('registered')}/{event.capacity}·候补 {count('waitlisted')}·已取消 {count('cancelled')}
        </Text>
      </View>
      {items.length === 0 ? (
        <EmptyState compact icon='名' title='还没有人报名' description='居民在首页「附近招聘会」里可以看到这场活动。' action={{ text: '返回招聘活动', onClick: () => go(PAGES.staffEvents) }} />
      ) : (
        <View className='roster-list' data-testid='roster-list'>
          {items.map((item) => (
            <View key={item.registrationId} className='roster-row' data-testid='roster-row'>
              <View className='roster-row__main'>
                <Text className='roster-row__name'>{item.name}</Text>
                <Text className='roster-row__meta'>
                  {item.phoneMasked ?? '未留电话'}
                  {item.homeCommunityName ? `·${item.homeCommunityName}` : ''}
                </Text>
              </View>
              <Text className={`roster-row__status roster-row__status--${item.status}`}>{item.statusLabel}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
