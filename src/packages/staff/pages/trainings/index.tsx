import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Me } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { staffTrainings } from '@/services/staff-trainings'
import { go, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { canPublishTrainings, trainingGate } from './training-gate'
import { TrainingForm } from './training-form'
import { TrainingItem } from './training-item'
import './index.scss'

/**
 * 培训管理: the trainings in my area (or, for a provider's account, its own) with their sessions; each session
 * opens its roster. 区市/市 staff also 发布培训 and 加一次课.
 */
export default function StaffTrainingsPage() {
  return (
    <StaffGate className='staff-trainings-page' {...trainingGate(true, '管理培训、查看预约名单、记出勤')}>
      {(me) => <TrainingsOfScope me={me} />}
    </StaffGate>
  )
}

function TrainingsOfScope({ me }: { me: Me }) {
  const list = useAsync(staffTrainings, [me.id])
  const [creating, setCreating] = useState(false)
  const canPublish = canPublishTrainings(me)
  const scopeName = me.staff?.divisionName ?? me.employer?.orgName ?? ''

  // Back from a roster (attendance marked): seats and counts as they are now.
  useDidShow(() => {
    if (list.data) list.reload()
  })
  usePullDownRefresh(() => {
    list.reload()
    Taro.stopPullDownRefresh()
  })

  return (
    <View className='page staff-trainings-page'>
      {canPublish &&
        (creating ? (
          <TrainingForm
            onCancel={() => setCreating(false)}
            onCreated={() => {
              setCreating(false)
              list.reload()
            }}
          />
        ) : (
          <Button type='primary' size='xlarge' block className='staff-training-new' data-testid='staff-training-new' onClick={() => setCreating(true)}>
            发布培训
          </Button>
        ))}

      <Text className='staff-trainings__heading'>{me.role === 'employer' ? `${scopeName}承办的培训` : `${scopeName}的培训`}</Text>
      {!canPublish && me.role === 'staff' && <Text className='staff-trainings__note'>培训由区市人社部门发布；您可以查看名单、记出勤。</Text>}

      {list.loading && !list.data ? (
        <PageLoading inline text='正在加载培训…' />
      ) : list.error && !list.data ? (
        <ErrorState compact error={list.error} onRetry={list.reload} />
      ) : (list.data ?? []).length === 0 ? (
        <EmptyState
          compact
          icon='培'
          title='还没有培训'
          description={canPublish ? '点上面的「发布培训」，按县级职业技能培训通用项目清单发布。' : '发布后会显示在这里。可以先看看辖区居民想学什么。'}
          action={canPublish ? { text: '发布培训', onClick: () => setCreating(true) } : { text: me.role === 'staff' ? '看培训需求' : '返回我的', onClick: () => go(me.role === 'staff' ? PAGES.staffTrainingNeeds : PAGES.me) }}
        />
      ) : (
        <View data-testid='staff-training-list'>
          {list.data!.map((t) => (
            <TrainingItem key={t.id} training={t} canAddSession={canPublish} onChanged={list.reload} />
          ))}
        </View>
      )}
    </View>
  )
}
