import { useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { cancelEventRegistration, getEvent, registerForEvent, type EventRegistration, type JobEvent } from '@/services/events'
import { go, goLoginAndBack, PAGES } from '@/utils/routes'
import './index.scss'

export default function EventDetailPage() {
  const id = useRouter().params.id ?? ''
  const { status, me } = useSession()
  // Signed in or out changes `myRegistration` and the distance, so the event is read again.
  const event = useAsync(id ? () => getEvent(id) : null, [id, status, me?.id])

  if (!id || (isApiError(event.error) && event.error.status === 404)) {
    return (
      <View className='page event-page'>
        <EmptyState icon='会' title='没有找到这场招聘会' description='可能已经取消，或者链接不完整。' action={{ text: '回首页看看岗位', onClick: () => go(PAGES.home) }} />
      </View>
    )
  }
  if (event.loading && !event.data) return <PageLoading text='正在加载招聘会…' />
  if (event.error || !event.data) {
    return (
      <View className='page event-page'>
        <ErrorState error={event.error} onRetry={event.reload} secondary={{ text: '返回首页', onClick: () => go(PAGES.home) }} />
      </View>
    )
  }
  return <Detail event={event.data} onChanged={event.reload} />
}

function copyLink(url: string) {
  Taro.setClipboardData({ data: url })
    .then(() => Taro.showToast({ title: '链接已复制，可粘贴到浏览器打开', icon: 'none', duration: 2500 }))
    .catch(() => Taro.showModal({ title: '请手动复制链接', content: url, showCancel: false, confirmText: '知道了' }))
}

function Detail({ event, onChanged }: { event: JobEvent; onChanged: () => void }) {
  const seats = event.seatsLeft > 0 ? `还剩 ${event.seatsLeft} 个名额（共 ${event.capacity} 个）` : `名额已满，报名后排候补（已有 ${event.waitlistCount} 人候补）`
  return (
    <View className='page event-page'>
      <View className='card event-head'>
        {event.onlineMode && <Text className='event-head__mode'>{event.onlineMode}</Text>}
        <Text className='event-head__title'>{event.title}</Text>
        <Text className='event-head__when'>{event.scheduleText}</Text>
        <Text className='event-head__where'>{event.address}</Text>
        <Text className='event-head__community'>
          {event.community.name}
          {event.walkMinutes ? `·离您家步行约 ${event.walkMinutes} 分钟` : ''}
        </Text>
        <Text className={`event-head__seats${event.seatsLeft > 0 ? '' : ' event-head__seats--full'}`} data-testid='event-seats'>
          {seats}
        </Text>
      </View>

      {event.onlineUrl && (
        <View className='card event-online'>
          <Text className='card-title'>{event.onlineMode ?? '线上参加'}</Text>
          <Text className='event-online__url' userSelect>
            {event.onlineUrl}
          </Text>
          <Button size='large' block fill='outline' className='event-copy-link' data-testid='event-copy-link' onClick={() => copyLink(event.onlineUrl!)}>
            复制链接
          </Button>
        </View>
      )}

      {event.employers.length > 0 && (
        <View className='card event-employers'>
          <Text className='card-title'>参会单位（{event.employers.length} 家）</Text>
          {event.employers.map((org) => (
            <View key={org.id} className='event-employers__row'>
              <Text className='event-employers__name'>{org.name}</Text>
              {org.verifiedBadge && <Text className='event-employers__badge'>已认证</Text>}
            </View>
          ))}
        </View>
      )}

      {event.description && (
        <View className='card'>
          <Text className='card-title'>活动介绍</Text>
          <Text className='event-description'>{event.description}</Text>
        </View>
      )}

      <RegisterPanel event={event} onChanged={onChanged} />
    </View>
  )
}

const registrationTitle = (r: EventRegistration) => (r.status === 'waitlisted' ? `候补第 ${r.waitlistPosition ?? '?'} 位` : r.statusLabel)

/** 报名参加 and, once registered or waiting, 取消报名. */
function RegisterPanel({ event, onChanged }: { event: JobEvent; onChanged: () => void }) {
  const { status, me } = useSession()
  const [mine, setMine] = useState<EventRegistration | null | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)
  const registration = mine === undefined ? event.myRegistration : mine
  const closed = event.status === 'ended' || Date.parse(event.startsAt) <= Date.now()

  const run = async (work: () => Promise<void>) => {
    if (busyRef.current) return
    busyRef.current = true
    setBusy(true)
    try {
      await work()
    } catch (e) {
      await Taro.showModal({ title: '没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
      // The server knows better (already registered, closed, moved up from the queue): show what it says now.
      if (isApiError(e) && e.status === 409) {
        setMine(undefined)
        onChanged()
      }
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  const register = () =>
    run(async () => {
      const r = await registerForEvent(event.id)
      setMine(r)
      Taro.showToast({ title: r.status === 'waitlisted' ? `已排候补第 ${r.waitlistPosition ?? '?'} 位` : '报名成功', icon: 'none', duration: 2500 })
    })

  const cancel = (r: EventRegistration) =>
    run(async () => {
      const { confirm } = await Taro.showModal({
        title: '取消报名？',
        content: r.status === 'waitlisted' ? '取消后会离开候补名单。' : '取消后名额会让给候补的人，想再去需要重新报名。',
        confirmText: '取消报名',
        cancelText: '不取消',
      })
      if (!confirm) return
      await cancelEventRegistration(r.id)
      setMine(null)
      Taro.showToast({ title: '已取消报名', icon: 'none' })
      onChanged()
    })

  let body
  if (registration && registration.status !== 'cancelled') {
    body = (
      <View className={`event-mine event-mine--${registration.status}`} data-testid='event-my-registration'>
        <Text className='event-mine__title'>{registrationTitle(registration)}</Text>
        <Text className='event-mine__text'>
          {registration.status === 'waitlisted' ? '有人取消时按顺序递补，递补成功会在「我的消息」通知您。' : '请按时到场，带上身份证。去不了请提前取消，把名额让给别人。'}
        </Text>
        {!closed && (
          <Button size='large' block fill='outline' className='event-cancel' data-testid='event-cancel' loading={busy} disabled={busy} onClick={() => cancel(registration)}>
            取消报名
          </Button>
        )}
      </View>
    )
  } else if (closed) {
    body = (
      <Button size='xlarge' block disabled className='event-register' data-testid='event-register'>
        {event.status === 'ended' ? '活动已结束' : '活动已开始，可直接到场'}
      </Button>
    )
  } else if (status === 'anonymous') {
    body = (
      <View>
        <Button type='primary' size='xlarge' block className='event-login' data-testid='event-login' onClick={goLoginAndBack}>
          登录后报名
        </Button>
        <Text className='event-panel__hint'>登录后回到这个页面，再点「报名参加」。</Text>
      </View>
    )
  } else if (status === 'loading' || !me) {
    body = <PageLoading inline text='正在确认您的账号…' />
  } else if (me.role !== 'resident') {
    body = <Text className='event-panel__hint'>工作人员和用工单位账号不能报名。居民请用自己的账号登录后报名。</Text>
  } else {
    body = (
      <Button type='primary' size='xlarge' block className='event-register' data-testid='event-register' loading={busy} disabled={busy} onClick={register}>
        {busy ? '正在报名…' : event.seatsLeft > 0 ? '报名参加' : '报名候补'}
      </Button>
    )
  }

  return (
    <View className='card event-panel'>
      <Text className='card-title'>报名</Text>
      {body}
      <Text className='event-panel__hint'>招聘会不收取任何费用。遇到收费、押金，可拨打 12333 反映。</Text>
    </View>
  )
}
