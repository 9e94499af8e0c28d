import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffScope } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { staffEvents, type JobEvent } from '@/services/events'
import { PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { EventForm } from './event-form'
import { FAIR_GATE } from './fair-gate'
import './index.scss'

/** 招聘活动: the fairs in my area, and 新建活动 (威就办〔2023〕9号 三、7 供需见面会). */
export default function StaffEventsPage() {
  return (
    <StaffGate className='staff-events-page' {...FAIR_GATE}>
      {(me) => me.staff && <EventsOfScope scope={me.staff} />}
    </StaffGate>
  )
}

function openRoster(eventId: string) {
  Taro.navigateTo({ url: `${PAGES.staffRoster}?id=${encodeURIComponent(eventId)}` })
}

function EventsOfScope({ scope }: { scope: StaffScope }) {
  const list = useAsync(staffEvents, [scope.divisionCode])
  const [creating, setCreating] = useState(false)

  return (
    <View className='page staff-events-page'>
      {creating ? (
        <EventForm
          scope={scope}
          onCancel={() => setCreating(false)}
          onCreated={() => {
            setCreating(false)
            list.reload()
          }}
        />
      ) : (
        <Button type='primary' size='xlarge' block className='event-new' data-testid='event-new' onClick={() => setCreating(true)}>
          新建活动
        </Button>
      )}

      <Text className='staff-events__heading'>{scope.divisionName}的招聘活动</Text>
      {list.loading && !list.data ? (
        <PageLoading inline />
      ) : list.error ? (
        <ErrorState compact error={list.error} onRetry={list.reload} />
      ) : (list.data ?? []).length === 0 ? (
        <EmptyState compact icon='会' title='近期没有招聘活动' description='点上面的「新建活动」组织一场供需见面会。' action={{ text: '新建活动', onClick: () => setCreating(true) }} />
      ) : (
        <View className='staff-events__list' data-testid='staff-events-list'>
          {list.data!.map((e) => (
            <EventRow key={e.id} event={e} />
          ))}
        </View>
      )}
    </View>
  )
}

function EventRow({ event }: { event: JobEvent }) {
  const taken = event.capacity - event.seatsLeft
  return (
    <View className='staff-event' data-testid='staff-event' onClick={() => openRoster(event.id)} ariaRole='button' ariaLabel={`${event.title}，查看报名名单`}>
      <View className='staff-event__main'>
        <Text className='staff-event__title'>
          {event.status === 'ended' ? '【已结束】' : ''}
          {event.title}
        </Text>
        <Text className='staff-event__when'>{event.scheduleText}</Text>
        <Text className='staff-event__meta'>
          {event.community.name}·已报名 {taken}/{event.capacity}
          {event.waitlistCount > 0 ? `·候补 ${event.waitlistCount}` : ''}
        </Text>
      </View>
      <Text className='staff-event__arrow'>名单 ›</Text>
    </View>
  )
}
