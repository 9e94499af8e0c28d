import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Dashboard, DivisionLevel } from '@contract'
import { Button } from '@/components/nut'
import { Chip, ChipGroup } from '@/components/chip'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { errorMessage } from '@/services/api-error'
import { exportDashboard, getDashboard } from '@/services/dashboard'
import { PAGES } from '@/utils/routes'
import { StaffGate } from '../../../staff/components/staff-gate'
import { openExport } from '../../../staff/utils/open-export'
import { Chart } from '../../components/chart'
import { BarChart, ProgressBar } from './bar-chart'
import './index.scss'

/**
 * 四级数据看板 (威就办〔2023〕9号 四、1、四、4): a division's figures for this year or a month, progress towards the
 * city's targets, charts, and the next level down to drill into (市 → 区市 → 镇街 → 社区). Every figure comes from
 * counters the server keeps per division and period, so the page costs the same however much has happened.
 */
const LEVEL_LABEL: Record<DivisionLevel, string> = { city: '市', district: '区市', street: '镇街', community: '社区' }
const TARGET_TITLE: Record<string, string> = { helpedIntoWork: '帮助困难人员就业', publicWelfarePlacements: '公益性岗位安置', stationsShare: '「六有」达标社区' }

/** 今年, 本月 and the five months before, by Weihai date (UTC+8). */
function periodChoices(now = Date.now()) {
  const local = new Date(now + 8 * 3600_000)
  const year = local.getUTCFullYear()
  const choices = [{ period: `Y${year}`, label: '今年' }]
  for (let back = 0; back < 6; back++) {
    const d = new Date(Date.UTC(year, local.getUTCMonth() - back, 1))
    const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1]
    choices.push({ period: `M${y}-${String(m).padStart(2, '0')}`, label: back === 0 ? '本月' : y === year ? `${m}月` : `${y}年${m}月` })
  }
  return choices
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`)

function openDivision(code: string, period: string) {
  const url = `${PAGES.staffDashboard}?division=${encodeURIComponent(code)}&period=${encodeURIComponent(period)}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

export default function DashboardPage() {
  return (
    <StaffGate className='dashboard-page' loginText='请用工作人员账号登录后查看数据看板。' deniedTitle='仅工作人员可以查看数据看板' deniedText='数据看板汇总辖区的援助、就业、培训、补贴和「六有」情况，可逐级下钻。'>
      {() => <DashboardLoader />}
    </StaffGate>
  )
}

function DashboardLoader() {
  const params = useRouter().params
  const division = params.division || null
  const [period, setPeriod] = useState<string | null>(params.period || null)
  const state = useAsync(() => getDashboard(division, period), [division, period])
  if (state.loading && !state.data) return <PageLoading text='正在读取统计…' />
  if (state.error || !state.data) {
    return (
      <View className='page dashboard-page'>
        <ErrorState error={state.error} onRetry={state.reload} />
      </View>
    )
  }
  return <DashboardView data={state.data} onPeriod={setPeriod} loading={state.loading} />
}

function DashboardView({ data, onPeriod, loading }: { data: Dashboard; onPeriod: (p: string) => void; loading: boolean }) {
  const [exporting, setExporting] = useState(false)
  const f = data.figures
  const exportFile = async () => {
    if (exporting) return
    setExporting(true)
    try {
      const file = await exportDashboard(data.division.code, data.period)
      await openExport(file.url, true)
    } catch (e) {
      Taro.showModal({ title: '导出没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setExporting(false)
    }
  }
  const top = [...data.children].sort((a, b) => b.helpedIntoWork - a.helpedIntoWork).slice(0, 10)

  return (
    <View className={`page dashboard-page${loading ? ' dashboard-page--loading' : ''}`}>
      <Text className='dashboard-title' data-testid='dashboard-division'>{data.division.name}</Text>
      <Text className='dashboard-sub'>{`${LEVEL_LABEL[data.division.level]} · ${data.division.communities} 个社区（村） · ${data.periodLabel}`}</Text>

      <ChipGroup className='dashboard-periods'>
        {periodChoices().map((c) => (
          <Chip key={c.period} text={c.label} value={c.period} selected={c.period === data.period} onClick={() => onPeriod(c.period)} />
        ))}
      </ChipGroup>

      {data.targets.map((t) => (
        <View key={t.key} className='card dashboard-target' data-testid={`dashboard-target-${t.key}`}>
          <View className='dashboard-target__head'>
            <Text className='dashboard-target__title'>{TARGET_TITLE[t.key] ?? t.key}</Text>
            <Text className='dashboard-target__value'>{`${t.value} / ${t.target} ${t.unit}`}</Text>
          </View>
          <ProgressBar progress={t.progress} />
          <Text className='dashboard-target__label'>{`完成 ${percent(t.progress)} · ${t.label}（${t.citation}）`}</Text>
        </View>
      ))}

      <View className='dashboard-tiles'>
        <Tile label='援助在册（人）' value={String(f.assistedTotal)} testId='dashboard-assisted' />
        <Tile label='「12333」达标率' value={percent(data.rates.completion12333)} testId='dashboard-12333' />
        <Tile label='报名 / 录用（人次）' value={`${f.signups} / ${f.signupsFilled}`} testId='dashboard-signups' />
        <Tile label='录用率 · 缺勤率' value={`${percent(data.rates.fillRate)} · ${percent(data.rates.noShowRate)}`} testId='dashboard-rates' />
        <Tile label='培训开班 / 出勤率' value={`${f.trainingSessions} / ${percent(data.rates.attendanceRate)}`} testId='dashboard-training' />
        <Tile label='补贴批准（件 / 元）' value={`${f.subsidiesApproved} / ${f.subsidyYuanApproved}`} testId='dashboard-subsidies' />
        <Tile label='发布岗位（个 / 人）' value={`${f.jobsPosted} / ${f.headcountPosted}`} testId='dashboard-jobs' />
        <Tile label={`满意度（${f.surveys} 条）`} value={data.rates.satisfaction === null ? '—' : `${data.rates.satisfaction} 分`} testId='dashboard-satisfaction' />
      </View>

      <BarChart title='援助对象类别（当前，一人可多类）' unit=' 人' testId='dashboard-categories' bars={Object.entries(f.assistedByCategory).map(([k, v]) => ({ key: k, label: k, value: v }))} />
      <StatusRing byStatus={f.assistedByStatus} />
      <BarChart title={`「12333」服务次数（${data.periodLabel}）`} unit=' 次' testId='dashboard-services' bars={Object.entries(f.servicesByType).map(([k, v]) => ({ key: k, label: k, value: v }))} />
      {top.length > 0 && (
        <Chart
          type='bar'
          title={`下级帮助就业对比（人${data.children.length > 10 ? '，前 10 个' : ''}）`}
          categories={top.map((c) => shortName(c.name))}
          series={[{ name: '帮助就业', data: top.map((c) => c.helpedIntoWork) }]}
          height={56 + top.length * 40}
          testId='dashboard-compare'
          summary={top.map((c) => `${c.name} ${c.helpedIntoWork} 人`).join('，')}
        />
      )}

      <Button size='large' type='primary' className='dashboard-export' data-testid='dashboard-export' loading={exporting} onClick={exportFile}>
        导出 Excel
      </Button>

      {data.children.length > 0 && (
        <View className='card dashboard-children'>
          <Text className='dashboard-section'>{`下级区划（${data.children.length} 个），点击查看`}</Text>
          {data.children.map((c) => (
            <View key={c.code} className='dashboard-child' data-testid={`dashboard-child-${c.code}`} onClick={() => openDivision(c.code, data.period)} ariaRole='link'>
              <View className='dashboard-child__main'>
                <Text className='dashboard-child__name'>{c.name}</Text>
                <Text className='dashboard-child__figures'>
                  {`帮助就业 ${c.helpedIntoWork} · 在册 ${c.assistedTotal} · 12333 ${percent(c.completion12333)} · 录用率 ${percent(c.fillRate)} · 六有 ${c.stationsMeetingSix}/${c.communities}`}
                </Text>
              </View>
              <Text className='dashboard-child__arrow'>›</Text>
            </View>
          ))}
        </View>
      )}
      <Text className='dashboard-note' data-testid='dashboard-items-read'>{`本页读取 ${data.itemsRead} 条汇总数据，数据随业务办理自动更新。`}</Text>
    </View>
  )
}

/** 就业状态 as shares of everyone on the ledger; an empty ledger says so instead of drawing an empty ring. */
function StatusRing({ byStatus }: { byStatus: Record<string, number> }) {
  const slices = Object.entries(byStatus).filter(([, value]) => value > 0).map(([name, value]) => ({ name: `${name} ${value} 人`, value }))
  if (slices.length === 0) {
    return (
      <View className='card chart' data-testid='dashboard-status'>
        <Text className='chart__title'>就业状态（当前）</Text>
        <Text className='dashboard-empty'>台账里还没有人。</Text>
      </View>
    )
  }
  return (
    <Chart
      type='ring'
      title='就业状态（当前）'
      slices={slices}
      height={280}
      testId='dashboard-status'
      summary={slices.map((s) => s.name).join('，')}
    />
  )
}

/** Division names without the 居委会/村委会/街道办事处 tail, so the bars keep their room. */
const shortName = (name: string) => name.replace(/(社区居民委员会|居民委员会|村民委员会|居委会|村委会|办事处)$/, '')

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View className='dashboard-tile' data-testid={testId}>
      <Text className='dashboard-tile__value'>{value}</Text>
      <Text className='dashboard-tile__label'>{label}</Text>
    </View>
  )
}
