import { useState } from 'react'
import type { DivisionItem, DivisionLevel } from '@contract'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { EmptyState } from '@/components/empty-state'
import { KindBadge } from '@/components/kind-badge'
import { PageLoading } from '@/components/page-loading'
import { listDivisions } from '@/services/divisions'
import { useAsync } from '@/hooks/use-async'
import './division-cascade.scss'

export interface CascadeRoot {
  /** null = the whole city: start with the districts. */
  code: string | null
  name: string
  level: DivisionLevel
}

export interface DivisionCascadeProps {
  root: CascadeRoot
  onSelect: (community: DivisionItem) => void
  /** Highlights the user's current community. */
  selectedCode?: string | null
  /** While the parent saves a selection. */
  disabled?: boolean
}

const CHILD_LEVEL: Record<DivisionLevel, DivisionLevel> = {
  city: 'district',
  district: 'street',
  street: 'community',
  community: 'community',
}

const STEP_TITLE: Record<DivisionLevel, string> = {
  city: '请选择市',
  district: '请选择区市',
  street: '请选择镇街',
  community: '请选择社区（村）',
}

const STEP_NUMBER: Partial<Record<DivisionLevel, number>> = { district: 1, street: 2, community: 3 }

/** 「第 2 步：请选择镇街」 when the whole 3-step cascade is shown, just 「请选择镇街」 when it starts lower. */
function stepTitle(root: DivisionLevel, level: DivisionLevel): string {
  const n = STEP_NUMBER[level]
  return root === 'city' && n ? `第 ${n} 步：${STEP_TITLE[level]}` : STEP_TITLE[level]
}

const CHILD_UNIT: Record<DivisionLevel, string> = {
  city: '个区市',
  district: '个镇街',
  street: '个社区（村）',
  community: '',
}

/**
 * 区市 → 镇街 → 社区（村）, starting at `root` (the whole city for residents, a staff member's own
 * division for staff). A breadcrumb steps back; tapping a community calls `onSelect`.
 */
export function DivisionCascade({ root, onSelect, selectedCode, disabled }: DivisionCascadeProps) {
  const [trail, setTrail] = useState<DivisionItem[]>([])
  const parent = trail.length ? trail[trail.length - 1] : null
  const parentCode = parent ? parent.code : root.level === 'city' ? null : root.code
  const parentLevel: DivisionLevel = parent ? parent.level : root.level
  const childLevel = CHILD_LEVEL[parentLevel]

  const list = useAsync(() => listDivisions(parentCode), [parentCode])

  const tap = (item: DivisionItem) => {
    if (disabled) return
    if (item.level === 'community') onSelect(item)
    else setTrail([...trail, item])
  }

  const back = () => setTrail(trail.slice(0, -1))

  return (
    <View className='division-cascade'>
      <View className='division-cascade__crumbs'>
        <Text className='division-cascade__where'>正在查看：</Text>
        <Text
          className={`cascade-crumb${trail.length === 0 ? ' cascade-crumb--current' : ''}`}
          onClick={() => setTrail([])}
        >
          {root.name}
        </Text>
        {trail.map((t, i) => (
          <View key={t.code} className='division-cascade__crumb-wrap'>
            <Text className='division-cascade__sep'>›</Text>
            <Text
              className={`cascade-crumb${i === trail.length - 1 ? ' cascade-crumb--current' : ''}`}
              onClick={() => setTrail(trail.slice(0, i + 1))}
            >
              {t.name}
            </Text>
          </View>
        ))}
      </View>

      <Text className='division-cascade__step'>{stepTitle(root.level, childLevel)}</Text>

      {list.loading ? (
        <PageLoading inline />
      ) : list.error ? (
        <ErrorState
          compact
          error={list.error}
          onRetry={list.reload}
          secondary={trail.length ? { text: '返回上一级', onClick: back } : undefined}
        />
      ) : list.data && list.data.items.length === 0 ? (
        <EmptyState
          compact
          title='这里还没有可选的社区'
          description='请返回上一级换一个地方看看。'
          action={{ text: '返回上一级', onClick: trail.length ? back : () => setTrail([]) }}
        />
      ) : (
        <View className='division-cascade__list'>
          {list.data?.items.map((item) => (
            <View
              key={item.code}
              className={`division-item division-item--${item.level}${item.code === selectedCode ? ' division-item--selected' : ''}`}
              onClick={() => tap(item)}
              ariaRole='button'
              ariaLabel={item.name}
            >
              <View className='division-item__main'>
                <Text className='division-item__name'>{item.name}</Text>
                {item.shortName && item.shortName !== item.name && (
                  <Text className='division-item__short'>（{item.shortName}）</Text>
                )}
                {item.code === selectedCode && <Text className='division-item__current'>当前</Text>}
              </View>
              <View className='division-item__side'>
                {item.kind && <KindBadge kind={item.kind} />}
                {item.level !== 'community' && item.childCount !== undefined && (
                  <Text className='division-item__count'>
                    {`${item.childCount} ${CHILD_UNIT[item.level]}`}
                  </Text>
                )}
                <Text className='division-item__arrow'>›</Text>
              </View>
            </View>
          ))}
        </View>
      )}

      {trail.length > 0 && !list.loading && (
        <View className='division-cascade__back'>
          <Button size='large' block fill='outline' className='cascade-back' onClick={back}>
            返回上一级
          </Button>
        </View>
      )}
    </View>
  )
}
