import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ReviewLevel, StaffScope } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { REVIEW_LEVELS, REVIEW_STEP_LABEL, STAFF_SUBSIDY_FILTER_LABEL, STAFF_SUBSIDY_FILTERS, SUBSIDY_LIMITS, type StaffSubsidyFilter } from '@/constants/subsidies'
import { usePagedList } from '@/hooks/use-paged-list'
import { errorMessage, isApiError } from '@/services/api-error'
import { exportApprovedSubsidies, reviewSubsidyApplication, staffSubsidyApplications, type ReviewDecision, type SubsidyApplication } from '@/services/subsidies'
import { LEVEL_LABEL } from '@/utils/format'
import { go, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { TextSheet } from '../../components/text-sheet'
import { openExport } from '../../utils/open-export'
import { ApplicationItem } from './application-item'
import './index.scss'

const EMPTY_TEXT: Record<StaffSubsidyFilter, string> = {
  pending: '这一级没有待审核的补贴申请。居民和单位提交后会出现在这里。',
  returned: '没有退回修改的申请。',
  approved: '辖区内还没有已批准的申请。',
  rejected: '没有未批准的申请。',
}

const RETURN_SUGGESTIONS = ['营业执照照片看不清，请重新上传', '身份证明不清楚，请补传', '劳动合同缺少签字页', '成立日期与营业执照不一致']
const REJECT_SUGGESTIONS = ['经核实不符合申请条件', '已在其他地区领取过同类补贴', '营业执照已注销']

/** The application changed under us (the applicant resubmitted, another reviewer acted): reload rather than guess. */
function isStale(e: unknown): boolean {
  return isApiError(e) && ['SUBSIDY_STATE_CHANGED', 'CONFLICT', 'SUBSIDY_WRONG_LEVEL', 'SUBSIDY_APPLICATION_NOT_FOUND'].includes(e.code)
}

/** 补贴审核: 社区初审 → 街道复核 → 区市审批, each level acting on its own step; 区市/市 export the approved list. */
export default function StaffSubsidiesPage() {
  return (
    <StaffGate
      className='staff-subsidies-page'
      loginText='请用社区、镇街或区市工作人员账号登录后审核补贴申请。'
      deniedTitle='仅工作人员可以审核补贴'
      deniedText='这个页面用于社区初审、街道复核和区市审批辖区内的就业创业补贴申请。'
    >
      {(me) => <SubsidyBoard scope={me.staff!} />}
    </StaffGate>
  )
}

type Sheet = { app: SubsidyApplication; decision: Exclude<ReviewDecision, 'approve'> } | null

function SubsidyBoard({ scope }: { scope: StaffScope }) {
  const ownStep: ReviewLevel | null = scope.level === 'city' ? null : scope.level
  const seesAllLevels = scope.level === 'district' || scope.level === 'city'
  const [tab, setTab] = useState<StaffSubsidyFilter>('pending')
  const [level, setLevel] = useState<ReviewLevel>(ownStep ?? 'district')
  const [acting, setActing] = useState<string | null>(null)
  const [sheet, setSheet] = useState<Sheet>(null)
  const [sheetBusy, setSheetBusy] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)
  const [exporting, setExporting] = useState(false)
  const list = usePagedList<SubsidyApplication>({
    fetch: (cursor) => staffSubsidyApplications(tab, seesAllLevels ? level : null, cursor),
    queryKey: `${tab}|${level}`,
    clearOnQuery: true,
    page: { pullDown: 'reload', onShow: 'refresh' },
  })

  /** Put the answer in place, or take the card out when it left this list. */
  const update = (app: SubsidyApplication) =>
    list.setItems((prev) => {
      const stays = tab === 'pending' ? app.status === `pending-${level}` : app.status === tab
      return stays ? prev.map((x) => (x.id === app.id ? app : x)) : prev.filter((x) => x.id !== app.id)
    })

  const staleAndReload = (title: string, e: unknown) => {
    Taro.showModal({ title, content: errorMessage(e), showCancel: false, confirmText: '刷新列表' }).then(() => list.reload())
  }

  const approve = async (app: SubsidyApplication) => {
    if (acting) return
    const { confirm } = await Taro.showModal({
      title: '审核通过',
      content: `确认已核对「${app.applicant.name}」的${app.policyName}申请和材料？${ownStep === 'district' ? '批准后进入发放名单。' : '通过后转到上一级审核。'}`,
      confirmText: '通过',
      cancelText: '再看看',
    })
    if (!confirm) return
    setActing(app.id)
    try {
      update(await reviewSubsidyApplication(app, 'approve'))
      Taro.showToast({ title: ownStep === 'district' ? '已批准' : '已通过，转上一级审核', icon: 'none' })
    } catch (e) {
      if (isStale(e)) staleAndReload('没有通过成功', e)
      else Taro.showModal({ title: '没有通过成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setActing(null)
    }
  }

  const submitSheet = async (reason: string) => {
    if (!sheet || sheetBusy) return
    const { app, decision } = sheet
    setSheetBusy(true)
    setSheetError(null)
    try {
      update(await reviewSubsidyApplication(app, decision, reason))
      setSheet(null)
      Taro.showToast({ title: decision === 'return' ? '已退回，申请人会收到消息' : '已标记不予批准', icon: 'none' })
    } catch (e) {
      if (isStale(e)) {
        setSheet(null)
        staleAndReload('没有提交成功', e)
      } else setSheetError(errorMessage(e))
    } finally {
      setSheetBusy(false)
    }
  }

  const runExport = async () => {
    if (exporting) return
    setExporting(true)
    try {
      const file = await exportApprovedSubsidies()
      await openExport(file.url, true)
    } catch (e) {
      Taro.showModal({ title: '导出没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setExporting(false)
    }
  }

  const openSheet = (app: SubsidyApplication, decision: 'return' | 'reject') => {
    setSheetError(null)
    setSheet({ app, decision })
  }
  const listName = tab === 'pending' ? `待${REVIEW_STEP_LABEL[level]}` : STAFF_SUBSIDY_FILTER_LABEL[tab]

  return (
    <View className='page staff-subsidies-page'>
      <Text className='staff-subsidies-scope'>
        辖区：{scope.divisionName}（{LEVEL_LABEL[scope.level]}级{ownStep ? `，负责${REVIEW_STEP_LABEL[ownStep]}` : '，可查看和导出'}）
      </Text>

      {seesAllLevels && (
        <View className='staff-subsidies-tools'>
          <Button size='large' block fill='outline' className='staff-subsidies-export' data-testid='staff-subsidies-export' loading={exporting} disabled={exporting} onClick={runExport}>
            导出已批准名单 (Excel)
          </Button>
          <Button size='large' block fill='outline' data-testid='staff-subsidies-claims' onClick={() => go(PAGES.staffSubsidyClaims)}>
            名额核查（号码被他人占用时）
          </Button>
        </View>
      )}

      <View className='subsidy-tabs' ariaRole='tablist'>
        {STAFF_SUBSIDY_FILTERS.map((s) => (
          <View
            key={s}
            className={`subsidy-tab${tab === s ? ' subsidy-tab--on' : ''}`}
            data-testid={`staff-subsidies-tab-${s}`}
            data-selected={tab === s ? 'true' : 'false'}
            onClick={() => setTab(s)}
            ariaRole='tab'
            ariaLabel={`${STAFF_SUBSIDY_FILTER_LABEL[s]}${tab === s ? '，当前' : ''}`}
          >
            <Text>{STAFF_SUBSIDY_FILTER_LABEL[s]}</Text>
          </View>
        ))}
      </View>

      {seesAllLevels && tab === 'pending' && (
        <View className='subsidy-levels'>
          <Text className='subsidy-levels__label'>看哪一级的待办</Text>
          <View className='subsidy-levels__row'>
            {REVIEW_LEVELS.map((l) => (
              <View
                key={l}
                className={`subsidy-tab${level === l ? ' subsidy-tab--on' : ''}`}
                data-testid={`staff-subsidies-level-${l}`}
                data-selected={level === l ? 'true' : 'false'}
                onClick={() => setLevel(l)}
                ariaRole='tab'
              >
                <Text>{REVIEW_STEP_LABEL[l]}</Text>
              </View>
            ))}
          </View>
        </View>
      )}

      {list.error ? (
        <ErrorState compact error={list.error} onRetry={list.reload} />
      ) : !list.loaded ? (
        <PageLoading inline text={`正在加载「${listName}」…`} />
      ) : list.items.length === 0 ? (
        <EmptyState
          compact
          className='staff-subsidies-empty'
          title={`没有「${listName}」的申请`}
          description={EMPTY_TEXT[tab]}
          action={{ text: '刷新', onClick: list.reload }}
          secondary={tab !== 'pending' ? { text: '看待审核', onClick: () => setTab('pending') } : undefined}
        />
      ) : (
        <View className='staff-subsidies-list'>
          {list.items.map((app) => (
            <ApplicationItem
              key={app.id}
              app={app}
              ownStep={ownStep}
              acting={acting === app.id}
              disabled={!!acting}
              onApprove={() => approve(app)}
              onReturn={() => openSheet(app, 'return')}
              onReject={() => openSheet(app, 'reject')}
            />
          ))}
          <ListFooter block='staff-subsidies-list' list={list} end={`共 ${list.items.length} 份申请，已全部显示`} testId='staff-subsidies-load-more' />
        </View>
      )}

      <TextSheet
        open={!!sheet}
        title={sheet?.decision === 'reject' ? '不予批准' : '退回修改'}
        lead={sheet ? `${sheet.app.applicant.name}的${sheet.app.policyName}申请` : undefined}
        label={sheet?.decision === 'reject' ? '不予批准的原因（申请人会看到）' : '需要修改什么（申请人会看到，改好后重新提交）'}
        placeholder={sheet?.decision === 'reject' ? '例如：经核实不符合申请条件' : '例如：营业执照照片看不清，请重新上传'}
        suggestions={sheet?.decision === 'reject' ? REJECT_SUGGESTIONS : RETURN_SUGGESTIONS}
        min={SUBSIDY_LIMITS.reviewReasonMin}
        max={SUBSIDY_LIMITS.reviewReasonMax}
        tooShort='请写明原因，申请人会看到它'
        submitText={sheet?.decision === 'reject' ? '确定不予批准' : '确定退回'}
        submitting={sheetBusy}
        error={sheetError}
        onSubmit={submitSheet}
        onClose={() => setSheet(null)}
        testIds={{ input: 'staff-subsidy-reason', submit: 'staff-subsidy-reason-submit', error: 'staff-subsidy-reason-error' }}
      />
    </View>
  )
}
