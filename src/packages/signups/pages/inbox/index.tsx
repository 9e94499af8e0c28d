import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Notification } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useSession } from '@/hooks/use-session'
import { errorMessage } from '@/services/api-error'
import { myNotifications, readNotifications } from '@/services/signups'
import { go, goLogin, openMySignups, PAGES } from '@/utils/routes'
import { formatMoment } from '@/utils/signup-format'
import './index.scss'

export default function InboxPage() {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page inbox-page'>
        <LoginPrompt description='登录后可以查看报名审核结果、候补递补和开工提醒。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page inbox-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  return <Inbox canOpenSignups={me.role === 'resident'} />
}

type Phase = 'loading' | 'ready' | 'error'

function Inbox({ canOpenSignups }: { canOpenSignups: boolean }) {
  const [items, setItems] = useState<Notification[]>([])
  const [unread, setUnread] = useState(0)
  const [cursor, setCursor] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>('loading')
  const [error, setError] = useState<unknown>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string | null>(null)
  const [marking, setMarking] = useState(false)
  const seq = useRef(0)
  const moreRef = useRef(false)

  const reload = useCallback(async (quiet = false) => {
    const id = ++seq.current
    moreRef.current = false
    setLoadingMore(false)
    setMoreError(null)
    if (!quiet) {
      setPhase('loading')
      setError(null)
    }
    try {
      const page = await myNotifications()
      if (id !== seq.current) return
      setItems(page.items)
      setUnread(page.unreadCount)
      setCursor(page.nextCursor)
      setPhase('ready')
      setError(null)
    } catch (e) {
      if (id !== seq.current) return
      if (quiet) Taro.showToast({ title: errorMessage(e), icon: 'none', duration: 2500 })
      else {
        setError(e)
        setPhase('error')
      }
    }
  }, [])

  const loadMore = useCallback(() => {
    if (!cursor || moreRef.current || phase !== 'ready') return
    const id = seq.current
    moreRef.current = true
    setLoadingMore(true)
    setMoreError(null)
    myNotifications(cursor)
      .then((page) => {
        if (id !== seq.current) return
        setItems((prev) => {
          const seen = new Set(prev.map((n) => n.id))
          return [...prev, ...page.items.filter((n) => !seen.has(n.id))]
        })
        setUnread(page.unreadCount)
        setCursor(page.nextCursor)
      })
      .catch((e: unknown) => {
        if (id === seq.current) setMoreError(errorMessage(e))
      })
      .finally(() => {
        if (id !== seq.current) return
        moreRef.current = false
        setLoadingMore(false)
      })
  }, [cursor, phase])

  useEffect(() => {
    reload()
  }, [reload])

  const shownOnce = useRef(false)
  useDidShow(() => {
    if (shownOnce.current) reload(true)
    shownOnce.current = true
  })

  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  useReachBottom(loadMore)

  const readAll = async () => {
    if (marking) return
    setMarking(true)
    try {
      await readNotifications()
      setItems((prev) => prev.map((n) => ({ ...n, read: true })))
      setUnread(0)
      Taro.showToast({ title: '已全部标为已读', icon: 'none' })
    } catch (e) {
      Taro.showModal({ title: '没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setMarking(false)
    }
  }

  if (phase === 'loading' && items.length === 0) return <PageLoading text='正在加载消息…' />
  if (phase === 'error') {
    return (
      <View className='page inbox-page'>
        <ErrorState error={error} onRetry={() => reload()} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }
  if (items.length === 0) {
    return (
      <View className='page inbox-page'>
        <EmptyState
          icon='信'
          className='inbox-empty'
          title='还没有消息'
          description='报名审核结果、候补递补和开工提醒都会发到这里。'
          action={
            canOpenSignups
              ? { text: '查看我的报名', onClick: () => openMySignups(), className: 'inbox-to-signups' }
              : { text: '返回我的', onClick: () => go(PAGES.me) }
          }
          secondary={{ text: '刷新', onClick: () => reload() }}
        />
      </View>
    )
  }

  return (
    <View className='page inbox-page'>
      <View className='inbox-head'>
        <Text className='inbox-head__count' data-testid='inbox-unread-count' data-count={unread}>
          {unread > 0 ? `${unread} 条未读` : '没有未读消息'}
        </Text>
        {unread > 0 && (
          <Button size='small' fill='outline' className='inbox-read-all' data-testid='inbox-read-all' loading={marking} onClick={readAll}>
            全部已读
          </Button>
        )}
      </View>

      <View className='inbox-list'>
        {items.map((n) => {
          const tappable = canOpenSignups && !!n.signupId
          return (
            <View
              key={n.id}
              className={`inbox-item${n.read ? '' : ' inbox-item--unread'}${tappable ? ' inbox-item--tappable' : ''}`}
              data-testid='inbox-item'
              data-notification-id={n.id}
              data-read={String(n.read)}
              data-signup-id={n.signupId ?? ''}
              onClick={tappable ? () => openMySignups(n.signupId) : undefined}
              ariaRole={tappable ? 'button' : undefined}
              ariaLabel={`${n.read ? '' : '未读，'}${n.title}`}
            >
              <View className='inbox-item__dot-col'>{!n.read && <View className='inbox-item__dot' data-testid='inbox-unread-dot' />}</View>
              <View className='inbox-item__main'>
                <View className='inbox-item__head'>
                  <Text className='inbox-item__title'>{n.title}</Text>
                  <Text className='inbox-item__time'>{formatMoment(n.createdAt)}</Text>
                </View>
                <Text className='inbox-item__body'>{n.body}</Text>
                {tappable && <Text className='inbox-item__go'>查看报名 ›</Text>}
              </View>
            </View>
          )
        })}
      </View>

      {moreError && <Text className='inbox-page__error'>{moreError}</Text>}
      {cursor ? (
        <View className='button-row'>
          <Button size='large' block fill='outline' className='load-more' loading={loadingMore} onClick={loadMore}>
            {moreError ? '重新加载' : '加载更多'}
          </Button>
        </View>
      ) : (
        <Text className='inbox-page__end'>{`共 ${items.length} 条消息`}</Text>
      )}
    </View>
  )
}
