import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EmployerDemand, LabourDemandResponse } from '@contract'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { DEMAND_EXPORT_FORMATS, DEMAND_EXPORT_LABEL, type DemandExportFormat } from '@/constants/labour-demand'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { errorMessage } from '@/services/api-error'
import { exportLabourDemand, getLabourDemand } from '@/services/labour-demand'
import { go, goLogin, PAGES } from '@/utils/routes'
import { openExport } from '../../utils/open-export'
import './index.scss'

/**
 * 社区用工数据库 (鲁就办〔2023〕13号 三、15; 威就办〔2023〕9号 三、8): 用工数量, 缺工 and 用工条件 of the employers in a
 * division, drilled down 市 → 区市 → 镇街 → 社区 (四级联动), and exported for the station's records.
 */
export default function LabourDemandPage() {
  const division = useRouter().params.division || null
  const { status, me, error, reload } = useSession()
  const isStaff = me?.role === 'staff' && !!me.staff
  const demand = useAsync(isStaff ? () => getLabourDemand(division) : null, [isStaff, division])

  if (status === 'anonymous') {
    return (
      <View className='page demand-page'>
        <LoginPrompt description='请用社区工作人员账号登录后查看用工数据库。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page demand-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!isStaff) {
    return (
      <View className='page demand-page'>
        <EmptyState
          icon='员'
          title='仅社区工作人员可以查看用工数据库'
          description='用工数据库汇总辖区内各用工单位的用工数量、缺工情况和用工条件。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  if (demand.loading && !demand.data) return <PageLoading text='正在汇总用工数据…' />
  if (demand.error || !demand.data) {
    return (
      <View className='page demand-page'>
        <ErrorState error={demand.error} onRetry={demand.reload} secondary={{ text: '看本辖区', onClick: () => openDivision(null) }} />
      </View>
    )
  }
  return <DemandView data={demand.data} />
}

function openDivision(code: string | null) {
  const url = code ? `${PAGES.staffDemand}?division=${encodeURIComponent(code)}` : PAGES.staffDemand
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

function DemandView({ data }: { data: LabourDemandResponse }) {
  const [exporting, setExporting] = useState<DemandExportFormat | null>(null)
  const t = data.totals

  const exportFile = async (format: DemandExportFormat) => {
    if (exporting) return
    setExporting(format)
    try {
      const file = await exportLabourDemand(data.division.code, format)
      await openExport(file.url, format === 'xlsx')
    } catch (e) {
      Taro.showModal({ title: '导出没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setExporting(null)
    }
  }

  return (
    <View className='page demand-page'>
      <Text className='demand-title' data-testid='demand-division'>{data.division.name}</Text>
      <View className='demand-tiles'>
        <Tile label='用工单位' value={t.employers} unit='家' testId='demand-employers' />
        <Tile label='用工数量' value={t.headcount} unit='人' testId='demand-headcount' />
        <Tile label='招聘人数' value={t.positions} unit='人' testId='demand-positions' />
        <Tile label='缺工' value={t.shortage} unit='人' testId='demand-shortage' strong />
      </View>
      <Text className='demand-note'>
        {`招聘中岗位 ${t.openPostings} 个，已报名 ${t.signedUp} 人。用工数量由单位填报；缺工 = 招聘人数中还没有人报名的名额。`}
      </Text>

      <View className='demand-exports'>
        {DEMAND_EXPORT_FORMATS.map((format) => (
          <Button
            key={format}
            size='large'
            fill={format === 'xlsx' ? 'solid' : 'outline'}
            type={format === 'xlsx' ? 'primary' : 'default'}
            className='demand-exports__button'
            data-testid={`demand-export-${format}`}
            loading={exporting === format}
            disabled={!!exporting && exporting !== format}
            onClick={() => exportFile(format)}
          >
            {DEMAND_EXPORT_LABEL[format]}
          </Button>
        ))}
      </View>

      {data.children.length > 0 && (
        <View className='card demand-children'>
          <Text className='demand-section'>下级区划</Text>
          {data.children.map((c) => (
            <View key={c.code} className='demand-child' data-testid={`demand-child-${c.code}`} onClick={() => openDivision(c.code)} ariaRole='link'>
              <View className='demand-child__main'>
                <Text className='demand-child__name'>{c.name}</Text>
                <Text className='demand-child__figures'>
                  {`${c.figures.employers} 家 · 用工 ${c.figures.headcount} 人 · 招聘 ${c.figures.positions} 人`}
                </Text>
              </View>
              <Text className={`demand-child__shortage${c.figures.shortage ? ' demand-child__shortage--on' : ''}`}>{`缺 ${c.figures.shortage}`}</Text>
              <Text className='demand-child__arrow'>›</Text>
            </View>
          ))}
        </View>
      )}

      <Text className='demand-section'>{`用工单位（${data.employers.length} 家）`}</Text>
      {data.employers.length === 0 ? (
        <EmptyState
          compact
          title='这里还没有登记的用工单位'
          description='用工单位在「我的 → 我要招人」登记，社区认证后就会出现在这里。'
          action={{ text: '看本辖区', onClick: () => openDivision(null) }}
        />
      ) : (
        data.employers.map((e) => <EmployerCard key={e.orgId} employer={e} />)
      )}
    </View>
  )
}

function Tile({ label, value, unit, testId, strong }: { label: string; value: number; unit: string; testId: string; strong?: boolean }) {
  return (
    <View className={`demand-tile${strong ? ' demand-tile--strong' : ''}`} data-testid={testId}>
      <Text className='demand-tile__value'>{value}</Text>
      <Text className='demand-tile__label'>{`${label}（${unit}）`}</Text>
    </View>
  )
}

function EmployerCard({ employer: e }: { employer: EmployerDemand }) {
  const f = e.figures
  return (
    <View className='card employer-card' data-testid={`demand-employer-${e.orgId}`}>
      <View className='employer-card__head'>
        <View className='employer-card__names'>
          <Text className='employer-card__name'>{e.name}</Text>
          <Text className='employer-card__where'>{`${e.type} · ${e.communityName}`}</Text>
        </View>
        <Text className={`employer-card__badge${e.verifiedBadge ? ' employer-card__badge--on' : ''}`}>{e.verifiedBadge ? '已认证' : '未认证'}</Text>
      </View>
      <Text className='employer-card__figures'>
        {`用工 ${f.headcount} 人 · 招聘中 ${f.openPostings} 个岗位 · 招 ${f.positions} 人 · 已报名 ${f.signedUp} 人`}
      </Text>
      <Text className={`employer-card__shortage${f.shortage ? ' employer-card__shortage--on' : ''}`}>{`缺工 ${f.shortage} 人`}</Text>
      {e.conditions.length > 0 && (
        <View className='employer-card__conditions'>
          <Text className='employer-card__label'>用工条件</Text>
          {e.conditions.map((c, i) => (
            <Text key={i} className='employer-card__condition'>{`• ${c}`}</Text>
          ))}
        </View>
      )}
    </View>
  )
}
