import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { useSession } from '@/hooks/use-session'
import { eventPath, nearbyEvents, type JobEvent } from '@/services/events'
import { locateOnce } from '@/services/location'
import './event-strip.scss'

/** The strip is a bonus above the job list: at most this many cards, and any failure simply hides it. */
const MAX_SHOWN = 5

function openEvent(eventId: string) {
  const url = eventPath(eventId)
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** 「附近招聘会」 on 首页: fairs in the resident's district over the next 30 days (威就办〔2023〕9号 三、7). */
export function EventStrip() {
  const { status, me } = useSession()
  const [events, setEvents] = useState<JobEvent[]>([])
  const homeCode = me?.homeCommunity?.code ?? ''

  useEffect(() => {
    if (status === 'loading') return
    let live = true
    locateOnce()
      .then((point) => (point || homeCode ? nearbyEvents(point) : []))
      .then((items) => live && setEvents(items.slice(0, MAX_SHOWN)))
      // Never in the feed's way: no fairs shown is the same as no fairs.
      .catch(() => live && setEvents([]))
    return () => {
      live = false
    }
  }, [status, homeCode])

  if (events.length === 0) return null
  return (
    <View className='event-strip' data-testid='event-strip'>
      <Text className='event-strip__title'>附近招聘会</Text>
      <ScrollView scrollX className='event-strip__scroll' enhanced showScrollbar={false}>
        <View className='event-strip__row'>
          {events.map((e) => (
            <View
              key={e.id}
              className='event-strip__card'
              data-testid='event-strip-card'
              onClick={() => openEvent(e.id)}
              ariaRole='button'
              ariaLabel={`${e.title}，${e.scheduleText}`}
            >
              <Text className='event-strip__name'>{e.title}</Text>
              <Text className='event-strip__when'>{e.scheduleText}</Text>
              <Text className='event-strip__where'>
                {e.onlineMode ? `${e.onlineMode}·` : ''}
                {e.community.name}
                {e.walkMinutes ? `·步行约 ${e.walkMinutes} 分钟` : ''}
              </Text>
            </View>
          ))}
        </View>
      </ScrollView>
    </View>
  )
}
