import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffReport } from '@contract'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import {
  HIDE_REASON_MAX,
  HIDE_REASON_MIN,
  REPORT_OUTCOME_LABEL,
  REPORT_STATUS_LABEL,
  REPORT_STATUSES,
  RESOLVE_NOTE_MAX,
  RESOLVE_NOTE_MIN,
} from '@/constants/reports'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { hideReportedJob, listStaffReports, resolveReport } from '@/services/reports'
import { formatMoment } from '@/utils/signup-format'
import { go, goLogin, openJob, PAGES } from '@/utils/routes'
import { TextSheet } from '../../components/text-sheet'
import './index.scss'

type Status = StaffReport['status']
type Outcome = NonNullable<StaffReport['outcome']>
type Sheet = { kind: 'hide' | Outcome; item: StaffReport } | null

const JOB_STATUS_LABEL: Record<string, string> = { open: '招聘中', hidden: '已暂停展示', closed: '已下架', draft: '草稿' }
const HIDE_SUGGESTIONS = ['核查期间暂停展示', '涉嫌收取费用，核查中']

/** The report changed under us (someone else resolved it, or the job changed): the list needs a fresh look. */
const isStale = (e: unknown) => isApiError(e) && ['REPORT_ALREADY_RESOLVED', 'REPORT_NOT_FOUND', 'CONFLICT'].includes(e.code)

/** 劳动维权: staff check reports on jobs in their division (威就办〔2023〕9号 三、7), pause a job, and resolve. */
export default function StaffReportsPage() {
  const { status, me, error, reload } = useSession()
  const isStaff = me?.role === 'staff' && !!me.staff
  const [tab, setTab] = useState<Status>('open')
  const list = usePagedList<StaffReport>({
    fetch: (cursor) => listStaffReports(tab, cursor),
    enabled: isStaff,
    queryKey: tab,
    clearOnQuery: true,
    page: { pullDown: 'reload', onShow: 'refresh' },
  })

  if (status === 'anonymous') {
    return (
      <View className='page reports-page'>
        <LoginPrompt description='请用社区工作人员账号登录后处理举报。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page reports-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!isStaff) {
    return (
      <View className='page reports-page'>
        <EmptyState
          icon='员'
          title='仅社区工作人员可以处理举报'
          description='居民可以在岗位详情页点「举报」反映问题，处理结果会发到「我的消息」。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <ReportsBoard tab={tab} setTab={setTab} list={list} scopeName={me.staff!.divisionName} />
}

interface BoardProps {
  tab: Status
  setTab: (s: Status) => void
  list: ReturnType<typeof usePagedList<StaffReport>>
  scopeName: string
}

function ReportsBoard({ tab, setTab, list, scopeName }: BoardProps) {
  const [sheet, setSheet] = useState<Sheet>(null)
  const [busy, setBusy] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)

  const open = (kind: 'hide' | Outcome, item: StaffReport) => {
    setSheetError(null)
    setSheet({ kind, item })
  }

  const submit = async (text: string) => {
    if (!sheet || busy) return
    const { kind, item } = sheet
    setBusy(true)
    setSheetError(null)
    try {
      const updated = kind === 'hide' ? await hideReportedJob(item.id, text) : await resolveReport(item.id, kind, text)
      // A resolved report leaves the 待处理 tab; a paused job stays, showing its new state.
      list.setItems((prev) => (updated.status !== tab ? prev.filter((x) => x.id !== updated.id) : prev.map((x) => (x.id === updated.id ? updated : x))))
      setSheet(null)
      Taro.showToast({ title: kind === 'hide' ? '岗位已暂停展示' : '已处理，已通知举报人', icon: 'none' })
    } catch (e) {
      if (isStale(e)) {
        setSheet(null)
        Taro.showModal({ title: '没有处理成功', content: errorMessage(e), showCancel: false, confirmText: '刷新列表' }).then(() => list.reload())
      } else {
        setSheetError(errorMessage(e))
      }
    } finally {
      setBusy(false)
    }
  }

  const sheetLead = sheet ? `「${sheet.item.job.title}」· ${sheet.item.job.orgName}` : undefined

  return (
    <View className='page reports-page'>
      <Text className='reports-scope'>辖区：{scopeName}</Text>
      <View className='reports-tabs' ariaRole='tablist'>
        {REPORT_STATUSES.map((s) => (
          <View
            key={s}
            className={`reports-tab${tab === s ? ' reports-tab--on' : ''}`}
            data-testid={`reports-tab-${s}`}
            data-selected={tab === s ? 'true' : 'false'}
            onClick={() => setTab(s)}
            ariaRole='tab'
            ariaLabel={`${REPORT_STATUS_LABEL[s]}${tab === s ? '，当前' : ''}`}
          >
            <Text>{REPORT_STATUS_LABEL[s]}</Text>
          </View>
        ))}
      </View>

      {list.error ? (
        <ErrorState compact error={list.error} onRetry={list.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      ) : !list.loaded ? (
        <PageLoading inline text={`正在加载「${REPORT_STATUS_LABEL[tab]}」…`} />
      ) : list.items.length === 0 ? (
        <EmptyState
          compact
          title={tab === 'open' ? '没有待处理的举报' : '还没有处理过的举报'}
          description={tab === 'open' ? '居民举报辖区内的岗位后，会出现在这里等您核查。' : undefined}
          action={{ text: '刷新', onClick: list.reload }}
          secondary={tab === 'resolved' ? { text: '看待处理', onClick: () => setTab('open') } : undefined}
        />
      ) : (
        <View className='reports-list'>
          {list.items.map((item) => (
            <ReportCard key={item.id} item={item} disabled={busy} onAct={(kind) => open(kind, item)} />
          ))}
          <ListFooter block='reports-list' list={list} end={`共 ${list.items.length} 条，已全部显示`} loading={list.loadingMore || list.status === 'loading'} testId='reports-load-more' />
        </View>
      )}

      <TextSheet
        open={sheet?.kind === 'hide'}
        title='暂停展示这个岗位'
        lead={sheetLead}
        label='暂停的原因（用工单位会看到）'
        placeholder='例如：核查期间暂停展示'
        suggestions={HIDE_SUGGESTIONS}
        min={HIDE_REASON_MIN}
        max={HIDE_REASON_MAX}
        tooShort={`请填写暂停展示的原因（至少 ${HIDE_REASON_MIN} 个字）`}
        submitText='确定暂停展示'
        submitting={busy}
        error={sheetError}
        onSubmit={submit}
        onClose={() => setSheet(null)}
        testIds={{ input: 'hide-reason', submit: 'hide-submit', error: 'hide-error' }}
      />
      {(['confirmed', 'dismissed'] as const).map((outcome) => (
        <TextSheet
          key={outcome}
          open={sheet?.kind === outcome}
          title={REPORT_OUTCOME_LABEL[outcome]}
          lead={
            outcome === 'confirmed'
              ? `${sheetLead ?? ''}：岗位将下架，单位将被撤销认证`
              : `${sheetLead ?? ''}：暂停展示的岗位将恢复展示`
          }
          label='处理说明（举报人会看到）'
          placeholder={outcome === 'confirmed' ? '例如：单位承认收取押金，已责令退还' : '例如：已电话核实，岗位和工资真实'}
          min={RESOLVE_NOTE_MIN}
          max={RESOLVE_NOTE_MAX}
          tooShort={`请填写处理说明（至少 ${RESOLVE_NOTE_MIN} 个字）`}
          submitText={`确定：${REPORT_OUTCOME_LABEL[outcome]}`}
          submitting={busy}
          error={sheetError}
          onSubmit={submit}
          onClose={() => setSheet(null)}
          testIds={{ input: `resolve-note-${outcome}`, submit: `resolve-submit-${outcome}`, error: `resolve-error-${outcome}` }}
        />
      ))}
    </View>
  )
}

function ReportCard({ item, disabled, onAct }: { item: StaffReport; disabled: boolean; onAct: (kind: 'hide' | Outcome) => void }) {
  const open = item.status === 'open'
  return (
    <View className='card report-card' data-testid={`report-item-${item.id}`} data-status={item.status}>
      <View className='report-card__head'>
        <View className='report-card__job' onClick={() => openJob(item.job.id)} ariaRole='link'>
          <Text className='report-card__title'>{item.job.title}</Text>
          <Text className='report-card__org'>{item.job.orgName}</Text>
        </View>
        <Text className='report-card__category'>{item.category}</Text>
      </View>
      <Text className='report-card__description'>{item.description}</Text>
      <Text className='report-card__meta'>
        举报人：{item.reporter.name}
        {item.reporter.phoneMasked ? `（${item.reporter.phoneMasked}）` : ''}
      </Text>
      <Text className='report-card__meta'>举报时间：{formatMoment(item.createdAt)}</Text>
      <Text className={`report-card__job-status${item.jobHidden ? ' report-card__job-status--hidden' : ''}`}>
        岗位状态：{JOB_STATUS_LABEL[item.job.status] ?? item.job.status}
      </Text>

      {item.outcome && (
        <View className={`report-outcome report-outcome--${item.outcome}`} data-testid={`report-outcome-${item.id}`}>
          <Text className='report-outcome__label'>处理结果：{REPORT_OUTCOME_LABEL[item.outcome]}</Text>
          {item.resolutionNote && <Text className='report-outcome__note'>{item.resolutionNote}</Text>}
          {item.resolvedAt && <Text className='report-outcome__at'>处理时间：{formatMoment(item.resolvedAt)}</Text>}
        </View>
      )}

      {open && (
        <View className='report-card__actions'>
          {item.job.status === 'open' && (
            <Button size='large' block fill='outline' data-testid={`hide-job-${item.id}`} disabled={disabled} onClick={() => onAct('hide')}>
              暂停展示
            </Button>
          )}
          <View className='report-card__resolve'>
            <Button type='primary' size='large' className='report-card__action' data-testid={`confirm-${item.id}`} disabled={disabled} onClick={() => onAct('confirmed')}>
              情况属实
            </Button>
            <Button size='large' fill='outline' className='report-card__action' data-testid={`dismiss-${item.id}`} disabled={disabled} onClick={() => onAct('dismissed')}>
              情况不属实
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
