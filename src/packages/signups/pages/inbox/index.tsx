import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Notification, NotificationsResponse } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { NOTICE_LINK } from '@/constants/signups'
import { LoginPrompt } from '@/components/prompts'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { errorMessage } from '@/services/api-error'
import { myNotifications, readNotifications } from '@/services/signups'
import { go, goLogin, openMySignups, PAGES } from '@/utils/routes'
import { formatMoment } from '@/utils/signup-format'
import './index.scss'

/** The page a message opens (a subsidy application, 我的补贴…): the server's link when it is one of ours. */
function linkOf(n: Notification): { text: string; url: string } | null {
  const link = NOTICE_LINK[n.kind]
  if (!link) return null
  const url = link.serverLink && n.link && /^\/packages\/[\w/-]+(\?[\w=&%.-]*)?$/.test(n.link) ? n.link : link.page
  return { text: link.text, url }
}

function openLink(url: string): void {
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

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

function Inbox({ canOpenSignups }: { canOpenSignups: boolean }) {
  const [unread, setUnread] = useState(0)
  const [marking, setMarking] = useState(false)
  const list = usePagedList<Notification, NotificationsResponse>({
    fetch: (cursor) => myNotifications(cursor),
    onPage: (page) => setUnread(page.unreadCount),
    page: { pullDown: 'refresh', onShow: 'refresh' },
  })
  const { items, setItems, reload } = list

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

  if (list.status === 'loading' && items.length === 0) return <PageLoading text='正在加载消息…' />
  if (list.status === 'error') {
    return (
      <View className='page inbox-page'>
        <ErrorState error={list.error} onRetry={reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
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
          secondary={{ text: '刷新', onClick: reload }}
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
          const toSignup = canOpenSignups && !!n.signupId
          const link = toSignup ? null : linkOf(n)
          const tappable = toSignup || !!link
          return (
            <View
              key={n.id}
              className={`inbox-item${n.read ? '' : ' inbox-item--unread'}${tappable ? ' inbox-item--tappable' : ''}`}
              data-testid='inbox-item'
              data-notification-id={n.id}
              data-read={String(n.read)}
              data-signup-id={n.signupId ?? ''}
              onClick={toSignup ? () => openMySignups(n.signupId) : link ? () => openLink(link.url) : undefined}
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
                {toSignup && <Text className='inbox-item__go'>查看报名 ›</Text>}
                {link && (
                  <Text className='inbox-item__go' data-testid='inbox-item-link'>
                    {link.text} ›
                  </Text>
                )}
              </View>
            </View>
          )
        })}
      </View>

      <ListFooter block='inbox-page' list={list} end={`共 ${items.length} 条消息`} />
    </View>
  )
}
