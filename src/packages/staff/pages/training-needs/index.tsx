import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { trainingNeedsReport, type TrainingNeedsReport } from '@/services/staff-trainings'
import { go, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { trainingGate } from '../trainings/training-gate'
import './index.scss'

/**
 * 辖区培训需求 from the residents' 「四清」: how many answered, what they want to learn against the sessions on offer
 * nearby (a red 缺口 where people want it and nothing is scheduled), and their situations. `?division=` narrows it.
 */
export default function TrainingNeedsReportPage() {
  const division = useRouter().params.division || null
  return (
    <StaffGate className='needs-report-page' {...trainingGate(false, '查看辖区居民的培训需求')}>
      {(me) => <Report division={division} userId={me.id} />}
    </StaffGate>
  )
}

function Report({ division, userId }: { division: string | null; userId: string }) {
  const report = useAsync(() => trainingNeedsReport(division), [division, userId])
  usePullDownRefresh(() => {
    report.reload()
    Taro.stopPullDownRefresh()
  })
  if (report.loading && !report.data) return <PageLoading text='正在汇总培训需求…' />
  if (!report.data) {
    return (
      <View className='page needs-report-page'>
        <ErrorState error={report.error} onRetry={report.reload} secondary={{ text: '返回培训管理', onClick: () => go(PAGES.staffTrainings) }} />
      </View>
    )
  }
  return <ReportView data={report.data} />
}

function ReportView({ data }: { data: TrainingNeedsReport }) {
  const categories = [...data.byCategory].sort((a, b) => b.residents - a.residents)
  const gaps = categories.filter((c) => c.gap).length
  const situations = [...data.bySituation].sort((a, b) => b.residents - a.residents)

  return (
    <View className='page needs-report-page'>
      <Text className='needs-report__division' data-testid='needs-report-division'>
        {data.division.name}
      </Text>
      <View className='needs-report__tiles'>
        <View className='needs-report__tile'>
          <Text className='needs-report__value' data-testid='needs-report-respondents'>
            {data.respondents}
          </Text>
          <Text className='needs-report__label'>人填了四清</Text>
        </View>
        <View className={`needs-report__tile${gaps ? ' needs-report__tile--gap' : ''}`}>
          <Text className='needs-report__value' data-testid='needs-report-gaps'>
            {gaps}
          </Text>
          <Text className='needs-report__label'>个方向有缺口</Text>
        </View>
      </View>

      {data.respondents === 0 ? (
        <EmptyState
          compact
          icon='需'
          title='还没有居民填写四清'
          description='居民在「培训」页点「去填写四清」即可填写。可以在社区群里提醒大家填写。'
          action={{ text: '返回培训管理', onClick: () => go(PAGES.staffTrainings) }}
        />
      ) : (
        <>
          <View className='card'>
            <Text className='needs-report__section'>想学什么</Text>
            <Text className='needs-report__hint'>「圈内场次」是服务圈内近 60 天的培训课。有人想学却没有场次，标为缺口。</Text>
            {categories.map((c) => (
              <View key={c.category} className='needs-row' data-testid='needs-report-category' data-category={c.category} data-gap={c.gap ? 'true' : 'false'}>
                <View className='needs-row__main'>
                  <Text className='needs-row__name'>{c.category}</Text>
                  <Text className='needs-row__figures'>
                    想学 {c.residents} 人 · 圈内场次 {c.upcomingSessions}
                  </Text>
                </View>
                {c.gap && (
                  <Text className='needs-row__gap' data-testid={`needs-gap-${c.category}`}>
                    缺口
                  </Text>
                )}
              </View>
            ))}
          </View>

          <View className='card'>
            <Text className='needs-report__section'>基本情况</Text>
            {situations.map((s) => (
              <View key={s.situation} className='needs-row' data-testid='needs-report-situation'>
                <Text className='needs-row__name'>{s.situation}</Text>
                <Text className='needs-row__count'>{s.residents} 人</Text>
              </View>
            ))}
          </View>
        </>
      )}

      {gaps > 0 && <Text className='needs-report__hint'>有缺口的方向，可以在「培训管理」里发布培训或加课。</Text>}
    </View>
  )
}
