import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import type { TrainingDetail } from '@/services/staff-trainings'
import { PAGES } from '@/utils/routes'
import { hoursText } from '@/utils/training-format'
import { SessionForm } from './session-form'

function openRoster(trainingId: string, sessionId: string) {
  const url = `${PAGES.staffTrainingRoster}?trainingId=${encodeURIComponent(trainingId)}&sessionId=${encodeURIComponent(sessionId)}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

const SESSION_STATE = { open: '', started: '【已开课】', ended: '【已结束】' } as const

/** One training: what and where, then each session (tap → 预约名单), and 加一次课 for those who may. */
export function TrainingItem({ training: t, canAddSession, onChanged }: { training: TrainingDetail; canAddSession: boolean; onChanged: () => void }) {
  const [adding, setAdding] = useState(false)
  return (
    <View className='card staff-training' data-testid='staff-training' data-training-id={t.id}>
      <View className='staff-training__head'>
        <Text className='staff-training__title'>{t.title}</Text>
        <Text className='staff-training__format'>{t.format}</Text>
      </View>
      <Text className='staff-training__meta'>
        {t.category} · {t.type} · {hoursText(t.hours)}
      </Text>
      <Text className='staff-training__meta'>
        {t.provider} · {t.community.name}
      </Text>

      {t.sessions.length === 0 ? (
        <Text className='staff-training__none'>还没有排课{canAddSession ? '，点下面「加一次课」' : ''}。</Text>
      ) : (
        <View className='staff-sessions'>
          {t.sessions.map((s) => {
            const taken = s.capacity - s.seatsLeft
            return (
              <View
                key={s.id}
                className='staff-session'
                data-testid={`staff-session-${s.id}`}
                onClick={() => openRoster(t.id, s.id)}
                ariaRole='button'
                ariaLabel={`${s.scheduleText}，查看预约名单`}
              >
                <View className='staff-session__main'>
                  <Text className='staff-session__when'>
                    {SESSION_STATE[s.status]}
                    {s.scheduleText}
                  </Text>
                  <Text className='staff-session__meta'>
                    已预约 {taken}/{s.capacity}
                    {s.waitlistCount > 0 ? ` · 候补 ${s.waitlistCount}` : ''} · {hoursText(s.hours)}
                  </Text>
                </View>
                <Text className='staff-session__arrow'>名单 ›</Text>
              </View>
            )
          })}
        </View>
      )}

      {canAddSession &&
        (adding ? (
          <SessionForm
            training={t}
            onCancel={() => setAdding(false)}
            onCreated={() => {
              setAdding(false)
              onChanged()
            }}
          />
        ) : (
          <Button size='large' block fill='outline' className='staff-training__add' data-testid={`staff-add-session-${t.id}`} onClick={() => setAdding(true)}>
            加一次课
          </Button>
        ))}
    </View>
  )
}
