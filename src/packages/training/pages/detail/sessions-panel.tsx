import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { bookTrainingSession, cancelTrainingBooking, type TrainingDetail, type TrainingSession } from '@/services/trainings'
import { go, goLoginAndBack, PAGES } from '@/utils/routes'
import { bookingTitle, hoursText, seatsText } from '@/utils/training-format'
import { confirmCancelBooking } from '../../utils/confirm-cancel'
import { FixFacts } from './training-sections'

type MyBooking = NonNullable<TrainingSession['myBooking']>
/** Bookings made or cancelled on this page, shown until the training is read again. */
type Overrides = Record<string, MyBooking | null>

const ACTIVE = ['booked', 'waitlisted']

/** 上课安排: every session with its seats, and 预约 / 候补 / 取消预约 for a resident who meets the 参训要求. */
export function SessionsPanel({ training, onChanged }: { training: TrainingDetail; onChanged: () => void }) {
  const { status, me } = useSession()
  const [overrides, setOverrides] = useState<Overrides>({})
  const [busy, setBusy] = useState<string | null>(null)
  const busyRef = useRef(false)
  useEffect(() => setOverrides({}), [training])

  const run = async (sessionId: string, work: () => Promise<void>) => {
    if (busyRef.current) return
    busyRef.current = true
    setBusy(sessionId)
    try {
      await work()
    } catch (e) {
      await Taro.showModal({ title: '没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
      // The server knows better (not eligible, full, already booked, started): show what it says now.
      if (isApiError(e) && (e.status === 409 || e.status === 404)) onChanged()
    } finally {
      busyRef.current = false
      setBusy(null)
    }
  }

  const book = (s: TrainingSession) =>
    run(s.id, async () => {
      const b = await bookTrainingSession(training.id, s.id)
      setOverrides((o) => ({ ...o, [s.id]: { id: b.id, status: b.status, statusLabel: b.statusLabel, waitlistPosition: b.waitlistPosition } }))
      Taro.showToast({ title: b.status === 'waitlisted' ? `已排候补第 ${b.waitlistPosition ?? '?'} 位` : '预约成功', icon: 'none', duration: 2500 })
      onChanged()
    })

  const cancel = (s: TrainingSession, b: MyBooking) =>
    run(s.id, async () => {
      if (!(await confirmCancelBooking(b.status === 'waitlisted'))) return
      await cancelTrainingBooking(b.id)
      setOverrides((o) => ({ ...o, [s.id]: null }))
      Taro.showToast({ title: '已取消预约', icon: 'none' })
      onChanged()
    })

  const notEligible = training.myEligibility?.eligible === false
  const isResident = status !== 'anonymous' && me?.role === 'resident'

  let notice = null
  if (status === 'anonymous') {
    notice = (
      <View className='sessions-panel__notice'>
        <Button type='primary' size='xlarge' block className='training-login' data-testid='training-login' onClick={goLoginAndBack}>
          登录后预约
        </Button>
        <Text className='sessions-panel__hint'>登录后会回到这个页面，再点想上的那次课的「预约」。</Text>
      </View>
    )
  } else if (status === 'loading' || !me) {
    notice = <PageLoading inline text='正在确认您的账号…' />
  } else if (!isResident) {
    notice = <Text className='sessions-panel__hint'>工作人员和用工单位账号不能预约培训。居民请用自己的账号登录后预约。</Text>
  } else if (notEligible) {
    notice = (
      <View className='sessions-panel__blocked' data-testid='training-not-eligible'>
        <Text className='sessions-panel__blocked-title'>暂不能预约</Text>
        <Text className='sessions-panel__blocked-text'>{training.myEligibility!.reasons.join('；') || '不符合这项培训的参训要求'}</Text>
        <FixFacts />
      </View>
    )
  }

  return (
    <View className='card sessions-panel'>
      <Text className='card-title'>上课安排（{training.sessions.length} 次课）</Text>
      {notice}
      {training.sessions.length === 0 ? (
        <View className='sessions-panel__empty'>
          <Text className='sessions-panel__hint'>暂时还没有排课。可以先填写四清告诉社区您想学，排课后会推荐给您。</Text>
          <Button size='large' block fill='outline' onClick={() => go(PAGES.trainingNeeds)}>
            填写四清
          </Button>
        </View>
      ) : (
        training.sessions.map((s) => {
          const mine = s.id in overrides ? overrides[s.id] : s.myBooking
          return (
            <SessionRow
              key={s.id}
              session={s}
              mine={mine}
              canBook={isResident && !notEligible}
              busy={busy === s.id}
              onBook={() => book(s)}
              onCancel={(b) => cancel(s, b)}
            />
          )
        })
      )}
      <Text className='sessions-panel__hint'>培训不收取任何费用。遇到收费、押金，可拨打 12333 反映。</Text>
    </View>
  )
}

interface SessionRowProps {
  session: TrainingSession
  mine: MyBooking | null
  canBook: boolean
  busy: boolean
  onBook: () => void
  onCancel: (b: MyBooking) => void
}

function SessionRow({ session: s, mine, canBook, busy, onBook, onCancel }: SessionRowProps) {
  const open = s.status === 'open'
  let action = null
  if (mine && mine.status !== 'cancelled') {
    const active = ACTIVE.includes(mine.status)
    action = (
      <View className={`session-mine session-mine--${mine.status}`} data-testid={`training-my-booking-${s.id}`} data-status={mine.status}>
        <Text className='session-mine__title'>{bookingTitle(mine)}</Text>
        {mine.status === 'waitlisted' && <Text className='session-mine__text'>有人取消时按顺序递补，递补成功会在「我的消息」通知您。</Text>}
        {mine.status === 'booked' && <Text className='session-mine__text'>请按时到场，带上身份证。去不了请提前取消，把名额让给别人。</Text>}
        {active && open && (
          <Button size='large' block fill='outline' className='training-cancel' data-testid={`training-cancel-${s.id}`} loading={busy} disabled={busy} onClick={() => onCancel(mine)}>
            取消预约
          </Button>
        )}
      </View>
    )
  } else if (!open) {
    action = <Text className='session-row__closed'>{s.status === 'ended' ? '这次课已结束' : '这次课已开始，不能再预约'}</Text>
  } else if (canBook) {
    action = (
      <Button type='primary' size='xlarge' block className='training-book' data-testid={`training-book-${s.id}`} loading={busy} disabled={busy} onClick={onBook}>
        {busy ? '正在预约…' : s.seatsLeft > 0 ? '预约' : '排候补'}
      </Button>
    )
  }

  return (
    <View className='session-row' data-testid={`training-session-${s.id}`}>
      <Text className='session-row__when'>{s.scheduleText}</Text>
      <Text className='session-row__meta'>
        {hoursText(s.hours)} · {s.address}
      </Text>
      {open && <Text className={`session-row__seats${s.seatsLeft > 0 ? '' : ' session-row__seats--full'}`}>{seatsText(s)}</Text>}
      {action}
    </View>
  )
}
