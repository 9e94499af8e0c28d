import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { SURVEY_SCORES } from '@/constants/surveys'
import { useAsync } from '@/hooks/use-async'
import { surveySummary, type SurveySummary } from '@/services/staff-desk'
import { go, openPage, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import './index.scss'

/**
 * 辖区居民满意度 (威就办〔2023〕9号 四、4): how many residents rated the gigs, classes and subsidy decisions this year,
 * the average, the 1–5 spread and the next level down, drilled 市 → 区市 → 镇街 → 社区. Read from the counters.
 */
export default function SurveySummaryPage() {
  const division = useRouter().params.division || null
  return (
    <StaffGate className='surveys-page' loginText='请用工作人员账号登录后查看满意度。' deniedTitle='仅工作人员可以查看满意度' deniedText='满意度汇总居民对零工、培训和补贴办理的评价。'>
      {(me) => <Summary division={division} userId={me.id} />}
    </StaffGate>
  )
}

/** Surveys are counted per year of Weihai time; the page says which. */
const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear()
const avg = (n: number | null) => (n === null ? '—' : n.toFixed(1))

function Summary({ division, userId }: { division: string | null; userId: string }) {
  const summary = useAsync(() => surveySummary(division), [division, userId])
  usePullDownRefresh(() => {
    summary.reload()
    Taro.stopPullDownRefresh()
  })
  if (summary.loading && !summary.data) return <PageLoading text='正在汇总满意度…' />
  if (!summary.data) {
    return (
      <View className='page surveys-page'>
        <ErrorState error={summary.error} onRetry={summary.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }
  return <SummaryView data={summary.data} />
}

function SummaryView({ data }: { data: SurveySummary }) {
  const most = Math.max(1, ...data.distribution.map((d) => d.count))
  return (
    <View className='page surveys-page'>
      <Text className='surveys-title' data-testid='surveys-division'>{data.division.name}</Text>
      <Text className='surveys-period'>{`统计期：${thisYear()} 年 1 月 1 日至今（威海时间）`}</Text>
      <View className='surveys-tiles'>
        <View className='surveys-tile'>
          <Text className='surveys-tile__value' data-testid='surveys-count'>{data.count}</Text>
          <Text className='surveys-tile__label'>条评价</Text>
        </View>
        <View className='surveys-tile'>
          <Text className='surveys-tile__value' data-testid='surveys-average'>{avg(data.average)}</Text>
          <Text className='surveys-tile__label'>平均分（满分 5）</Text>
        </View>
      </View>

      {data.count === 0 ? (
        <EmptyState compact title='今年还没有居民评价' description='居民完工零工、上完培训课或补贴办结后，会在「我的」里看到评价入口。' action={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      ) : (
        <View className='card surveys-bars'>
          <Text className='surveys-section'>各分数人数</Text>
          {[...data.distribution].reverse().map((d) => {
            const face = SURVEY_SCORES.find((s) => s.score === d.score)
            return (
              <View key={d.score} className='surveys-bar' data-testid={`surveys-score-${d.score}`}>
                <Text className='surveys-bar__label'>{`${d.score} 分 ${face?.text ?? ''}`}</Text>
                <View className='surveys-bar__track'>
                  <View className='surveys-bar__fill' style={{ width: `${(d.count / most) * 100}%` }} />
                </View>
                <Text className='surveys-bar__count'>{d.count}</Text>
              </View>
            )
          })}
        </View>
      )}

      <View className='card surveys-subjects'>
        <Text className='surveys-section'>按服务类型</Text>
        {data.bySubject.map((s) => (
          <View key={s.subject} className='surveys-row' data-testid={`surveys-subject-${s.subject}`}>
            <Text className='surveys-row__name'>{s.label}</Text>
            <Text className='surveys-row__figures'>{`${s.count} 条 · 平均 ${avg(s.average)} 分`}</Text>
          </View>
        ))}
      </View>

      {data.children.length > 0 && (
        <View className='card surveys-children'>
          <Text className='surveys-section'>下级区划</Text>
          {data.children.map((c) => (
            <View key={c.code} className='surveys-row surveys-row--link' data-testid={`surveys-child-${c.code}`} ariaRole='link' onClick={() => openPage(PAGES.staffSurveys, { division: c.code })}>
              <Text className='surveys-row__name'>{c.name}</Text>
              <Text className='surveys-row__figures'>{`${c.count} 条 · 平均 ${avg(c.average)} 分 ›`}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
