import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DevPersona, Role, Session } from '@contract'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { devLogin, listDevPersonas, wechatLogin } from '@/services/auth'
import { errorMessage } from '@/services/api-error'
import { session } from '@/services/session'
import { currentRoute, go, PAGES } from '@/utils/routes'
import './index.scss'

const GROUPS: { role: Role; title: string }[] = [
  { role: 'resident', title: '居民' },
  { role: 'employer', title: '用工单位' },
  { role: 'staff', title: '工作人员' },
]

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

function afterLogin(s: Session, back: boolean): void {
  Taro.showToast({ title: `欢迎，${s.user.name}`, icon: 'none' })
  // The user may have moved on while the request was in flight: don't pull them back.
  if (currentRoute() !== PAGES.login.slice(1)) return
  // Opened from a page that needs a login (登录后报名): return to it.
  if (back && Taro.getCurrentPages().length > 1) {
    Taro.navigateBack()
    return
  }
  if (s.user.role === 'resident' && !s.user.homeCommunity) go(PAGES.picker, { replace: true })
  else go(PAGES.home)
}

export default function LoginPage() {
  const personas = useAsync(listDevPersonas, [])
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const current = session.get().me
  const params = useRouter().params
  const expired = params.reason === 'expired'
  const back = params.back === '1'

  const run = async (key: string, login: () => Promise<Session>) => {
    if (busy) return
    setBusy(key)
    setError(null)
    try {
      afterLogin(await login(), back)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  const items: DevPersona[] = personas.data ?? []
  // In production the demo list is unavailable: hide it rather than show an error.
  const showDemo = !personas.loading && !personas.error && items.length > 0

  return (
    <View className='page login-page'>
      <Text className='page-title'>登录家门口就业</Text>
      {expired && !current && <Text className='login-current login-expired'>登录已过期，请重新登录。</Text>}
      {current && <Text className='login-current'>当前已登录：{current.name}。选择下方账号可以切换。</Text>}

      {error && (
        <View className='login-error' ariaRole='alert'>
          <Text>{error}</Text>
        </View>
      )}

      {IS_WEAPP && (
        <View className='login-wechat'>
          <Button
            type='primary'
            size='xlarge'
            block
            className='wechat-login-button'
            loading={busy === 'wechat'}
            onClick={() => run('wechat', wechatLogin)}
          >
            微信一键登录
          </Button>
        </View>
      )}

      {personas.loading && <PageLoading inline text='正在加载演示账号…' />}

      {showDemo && (
        <View className='login-demo'>
          <Text className='login-demo__hint'>选择一个演示账号体验（仅测试环境提供）</Text>
          {GROUPS.map((g) => {
            const group = items.filter((p) => p.role === g.role)
            if (!group.length) return null
            return (
              <View key={g.role} className={`persona-group persona-group--${g.role}`}>
                <Text className='persona-group__title'>{g.title}</Text>
                {group.map((p) => (
                  <View
                    key={p.persona}
                    className={`persona-card${busy === p.persona ? ' persona-card--busy' : ''}`}
                    data-persona={p.persona}
                    onClick={() => run(p.persona, () => devLogin(p.persona))}
                    ariaRole='button'
                    ariaLabel={`以${p.displayName}登录`}
                  >
                    <View className='persona-card__main'>
                      <Text className='persona-card__name'>{p.displayName}</Text>
                      <Text className='persona-card__desc'>{p.description}</Text>
                    </View>
                    <Text className='persona-card__go'>{busy === p.persona ? '登录中…' : '登录 ›'}</Text>
                  </View>
                ))}
              </View>
            )
          })}
        </View>
      )}

      {!IS_WEAPP && !personas.loading && !showDemo && (
        <EmptyState
          icon='登'
          title='暂时无法登录'
          description='网页版目前只提供演示账号，演示账号暂时不可用。请稍后再试，或在微信中打开「家门口就业」小程序。'
          action={{ text: '重试', onClick: personas.reload, className: 'retry-button' }}
          secondary={{ text: '返回首页', onClick: () => go(PAGES.home) }}
        />
      )}
    </View>
  )
}
