import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ResidentSummary, StaffScope } from '@contract'
import { Button } from '@/components/nut'
import { DivisionCascade } from '@/components/division-cascade'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useSession } from '@/hooks/use-session'
import { errorMessage } from '@/services/api-error'
import { listCommunityResidents } from '@/services/staff'
import { formatDate, LEVEL_LABEL } from '@/utils/format'
import { go, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

interface Picked {
  code: string
  name: string
}

export default function StaffResidentsPage() {
  const { status, me, error, reload } = useSession()

  if (status === 'anonymous') {
    return (
      <View className='page residents-page'>
        <LoginPrompt description='请用社区工作人员账号登录后查看辖区居民。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page residents-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role !== 'staff' || !me.staff) {
    return (
      <View className='page residents-page'>
        <EmptyState
          icon='员'
          title='仅社区工作人员可以查看'
          description='这个页面用于社区、镇街、区市工作人员查看本辖区登记的居民。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <ScopedResidents scope={me.staff} />
}

function ScopedResidents({ scope }: { scope: StaffScope }) {
  const fixed = scope.level === 'community'
  const [picked, setPicked] = useState<Picked | null>(
    fixed ? { code: scope.divisionCode, name: scope.divisionName } : null,
  )

  return (
    <View className='page residents-page'>
      <View className='card scope-card'>
        <Text className='scope-card__label'>我负责的范围</Text>
        <Text className='scope-card__name'>{scope.divisionName}</Text>
        <Text className='scope-card__level'>{LEVEL_LABEL[scope.level]}级工作人员</Text>
      </View>

      {picked ? (
        <ResidentList community={picked} onChange={fixed ? undefined : () => setPicked(null)} />
      ) : (
        <View>
          <Text className='residents-hint'>请先选择要查看的社区（村）：</Text>
          <DivisionCascade
            root={{ code: scope.divisionCode, name: scope.divisionName, level: scope.level }}
            onSelect={(c) => setPicked({ code: c.code, name: c.name })}
          />
        </View>
      )}
    </View>
  )
}

function ResidentList({ community, onChange }: { community: Picked; onChange?: () => void }) {
  const [items, setItems] = useState<ResidentSummary[]>([])
  const [title, setTitle] = useState(community.name)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>(null)
  const [moreError, setMoreError] = useState<string | null>(null)

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true)
      if (after) setMoreError(null)
      else setError(null)
      try {
        const page = await listCommunityResidents(community.code, after)
        setTitle(page.community.name)
        setItems((prev) => (after ? [...prev, ...page.items] : page.items))
        setCursor(page.nextCursor)
      } catch (e) {
        if (after) setMoreError(errorMessage(e))
        else setError(e)
      } finally {
        setLoading(false)
      }
    },
    [community.code],
  )

  useEffect(() => {
    setItems([])
    setCursor(null)
    load(null)
  }, [load])

  const changeAction = onChange
    ? { text: '换一个社区', onClick: onChange, className: 'change-scope-community' }
    : { text: '返回我的', onClick: () => go(PAGES.me) }

  if (error) {
    return <ErrorState error={error} onRetry={() => load(null)} secondary={changeAction} />
  }
  if (loading && items.length === 0) return <PageLoading inline text='正在加载居民名单…' />

  return (
    <View className='resident-list'>
      <View className='resident-list__head'>
        <Text className='resident-list__title'>{title}的居民</Text>
        {onChange && (
          <Text className='resident-list__change change-scope-community' onClick={onChange}>
            换社区
          </Text>
        )}
      </View>

      {items.length === 0 ? (
        <EmptyState
          compact
          title='这个社区还没有居民登记'
          description='居民在小程序里选择这个社区后，会出现在这里。'
          action={changeAction}
        />
      ) : (
        <View className='resident-list__items'>
          {items.map((r) => (
            <View key={r.id} className='resident-item'>
              <View className='resident-item__main'>
                <Text className='resident-item__name'>{r.name}</Text>
                <Text className='resident-item__phone'>{r.phoneMasked ?? '未留手机号'}</Text>
                <Text className={`resident-item__record${r.noShowCount > 0 ? ' resident-item__record--bad' : ''}`}>
                  {`零工完成 ${r.completedCount} 次 · 缺勤 ${r.noShowCount} 次`}
                </Text>
              </View>
              <Text className='resident-item__date'>{formatDate(r.joinedAt)}登记</Text>
            </View>
          ))}
        </View>
      )}

      {moreError && <Text className='resident-list__error'>{moreError}</Text>}

      {cursor && (
        <View className='button-row'>
          <Button size='large' block fill='outline' className='load-more' loading={loading} onClick={() => load(cursor)}>
            {moreError ? '重新加载' : '加载更多'}
          </Button>
        </View>
      )}
      {!cursor && items.length > 0 && <Text className='resident-list__end'>共 {items.length} 位，已全部显示</Text>}
    </View>
  )
}
