import { useEffect, useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { trainingRoster, type RosterItem, type TrainingRoster } from '@/services/staff-trainings'
import { go, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { trainingGate } from '../trainings/training-gate'
import { ExportButton } from './export-button'
import { RosterRow } from './roster-row'
import './index.scss'

/** 预约名单 of one session: who booked, who waits, who came; 出勤/缺课 per person and 导出 Excel. */
export default function TrainingRosterPage() {
  const { trainingId = '', sessionId = '' } = useRouter().params
  return (
    <StaffGate className='training-roster-page' {...trainingGate(true, '查看培训预约名单、记出勤')}>
      {() => <Roster trainingId={trainingId} sessionId={sessionId} />}
    </StaffGate>
  )
}

function Roster({ trainingId, sessionId }: { trainingId: string; sessionId: string }) {
  const ok = !!trainingId && !!sessionId
  const roster = useAsync(ok ? () => trainingRoster(trainingId, sessionId) : null, [trainingId, sessionId])
  usePullDownRefresh(() => {
    roster.reload()
    Taro.stopPullDownRefresh()
  })

  if (!ok) {
    return (
      <View className='page training-roster-page'>
        <EmptyState title='没有指定哪一次课' action={{ text: '返回培训管理', onClick: () => go(PAGES.staffTrainings) }} />
      </View>
    )
  }
  if (roster.loading && !roster.data) return <PageLoading text='正在加载名单…' />
  if (!roster.data) {
    return (
      <View className='page training-roster-page'>
        <ErrorState error={roster.error} onRetry={roster.reload} secondary={{ text: '返回培训管理', onClick: () => go(PAGES.staffTrainings) }} />
      </View>
    )
  }
  return <RosterView roster={roster.data} />
}

function RosterView({ roster }: { roster: TrainingRoster }) {
  const { training, session } = roster
  // Attendance marked here updates its row at once, without reading the whole roster again.
  const [items, setItems] = useState<RosterItem[]>(roster.items)
  useEffect(() => setItems(roster.items), [roster])
  const count = (status: RosterItem['status']) => items.filter((i) => i.status === status).length
  const replace = (next: RosterItem) => setItems((list) => list.map((i) => (i.bookingId === next.bookingId ? next : i)))

  return (
    <View className='page training-roster-page'>
      <View className='card roster-head'>
        <Text className='roster-head__title'>{training.title}</Text>
        <Text className='roster-head__when'>{session.scheduleText}</Text>
        <Text className='roster-head__where'>{session.address}</Text>
        <Text className='roster-head__counts' data-testid='training-roster-counts'>
          已预约 {count('booked') + count('attended') + count('absent')}/{session.capacity} · 候补 {count('waitlisted')}
        </Text>
        <Text className='roster-head__counts'>
          出勤 {count('attended')} · 缺课 {count('absent')} · 已取消 {count('cancelled')}
        </Text>
        <ExportButton trainingId={training.id} sessionId={session.id} disabled={items.length === 0} />
      </View>
      {session.status === 'open' && <Text className='roster-note'>上课后才能记出勤；出勤会计入学时，学满后自动发结业证书。</Text>}
      {items.length === 0 ? (
        <EmptyState compact icon='名' title='还没有人预约' description='居民在「培训」页能看到这次课并预约。' action={{ text: '返回培训管理', onClick: () => go(PAGES.staffTrainings) }} />
      ) : (
        <View className='roster-list' data-testid='training-roster-list'>
          {items.map((item) => (
            <RosterRow key={item.bookingId} item={item} onMarked={replace} />
          ))}
        </View>
      )}
    </View>
  )
}
