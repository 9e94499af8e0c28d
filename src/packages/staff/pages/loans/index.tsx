import { useEffect, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { LoanStatus, Me } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LOAN_ACTION_LABEL, LOAN_NEXT_STATUSES, LOAN_STATUS_LABEL, LOAN_STATUSES, SUBSIDY_LIMITS } from '@/constants/subsidies'
import { useAsync } from '@/hooks/use-async'
import { errorMessage, isApiError } from '@/services/api-error'
import { staffLoanReferrals, updateLoanReferral, type LoanReferral } from '@/services/subsidies'
import { LEVEL_LABEL } from '@/utils/format'
import { LoanCard } from '../../../subsidy/components/loan-card'
import { StaffGate } from '../../components/staff-gate'
import { TextSheet } from '../../components/text-sheet'
import './index.scss'

const EMPTY_TEXT: Record<LoanStatus, string> = {
  referred: '没有等待银行受理的转介。居民和单位申请创业提振贷后会出现在这里。',
  accepted: '没有银行已受理、待放款的转介。',
  declined: '没有银行未受理的转介。',
  granted: '还没有已放款的转介。',
}

/** 贷款转介: the partner-bank queue of the area; 区市/市 staff record what the bank decided. */
export default function StaffLoansPage() {
  return (
    <StaffGate
      className='staff-loans-page'
      loginText='请用工作人员账号登录后查看贷款转介。'
      deniedTitle='仅工作人员可以查看贷款转介'
      deniedText='这个页面用于登记合作银行对创业提振贷转介的办理结果。'
    >
      {(me) => <LoanBoard me={me} />}
    </StaffGate>
  )
}

function LoanBoard({ me }: { me: Me }) {
  const scope = me.staff!
  const canRecord = scope.level === 'district' || scope.level === 'city'
  const [tab, setTab] = useState<LoanStatus>('referred')
  const [busy, setBusy] = useState<string | null>(null)
  const [declining, setDeclining] = useState<LoanReferral | null>(null)
  const [sheetBusy, setSheetBusy] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)
  const list = useAsync(() => staffLoanReferrals(tab), [tab, me.id])
  const [changed, setChanged] = useState<Record<string, LoanReferral>>({})
  // Recorded here since the list was read; a fresh read replaces them.
  useEffect(() => setChanged({}), [list.data])
  const items = (list.data ?? []).map((l) => changed[l.id] ?? l).filter((l) => l.status === tab)

  useDidShow(() => {
    if (list.data) list.reload()
  })
  usePullDownRefresh(() => {
    list.reload()
    Taro.stopPullDownRefresh()
  })

  const record = async (loan: LoanReferral, status: 'accepted' | 'declined' | 'granted', note = '') => {
    const next = await updateLoanReferral(loan.id, status, note)
    setChanged((c) => ({ ...c, [next.id]: next }))
    Taro.showToast({ title: `已登记：${LOAN_STATUS_LABEL[next.status]}，申请人会收到消息`, icon: 'none', duration: 2500 })
  }

  const confirmAndRecord = async (loan: LoanReferral, status: 'accepted' | 'granted') => {
    if (busy) return
    const { confirm } = await Taro.showModal({
      title: `登记「${LOAN_ACTION_LABEL[status]}」`,
      content: `${loan.applicantName}的${loan.kindLabel}创业提振贷：确认合作银行已${status === 'accepted' ? '受理' : '放款'}？`,
      confirmText: '确认登记',
      cancelText: '再看看',
    })
    if (!confirm) return
    setBusy(loan.id)
    try {
      await record(loan, status)
    } catch (e) {
      await Taro.showModal({ title: '没有登记成功', content: errorMessage(e), showCancel: false, confirmText: isApiError(e) && e.status === 409 ? '刷新列表' : '知道了' })
      if (isApiError(e) && e.status === 409) list.reload()
    } finally {
      setBusy(null)
    }
  }

  const submitDecline = async (note: string) => {
    if (!declining || sheetBusy) return
    setSheetBusy(true)
    setSheetError(null)
    try {
      await record(declining, 'declined', note)
      setDeclining(null)
    } catch (e) {
      setSheetError(errorMessage(e))
    } finally {
      setSheetBusy(false)
    }
  }

  return (
    <View className='page staff-loans-page'>
      <Text className='staff-loans-scope'>
        辖区：{scope.divisionName}（{LEVEL_LABEL[scope.level]}级）{canRecord ? '' : '。银行的办理结果由区市工作人员登记。'}
      </Text>
      <View className='loan-tabs' ariaRole='tablist'>
        {LOAN_STATUSES.map((s) => (
          <View
            key={s}
            className={`loan-tab${tab === s ? ' loan-tab--on' : ''}`}
            data-testid={`staff-loans-tab-${s}`}
            data-selected={tab === s ? 'true' : 'false'}
            onClick={() => setTab(s)}
            ariaRole='tab'
          >
            <Text>{LOAN_STATUS_LABEL[s]}</Text>
          </View>
        ))}
      </View>

      {list.loading && !list.data ? (
        <PageLoading inline text='正在加载贷款转介…' />
      ) : !list.data ? (
        <ErrorState compact error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <EmptyState compact title={`没有「${LOAN_STATUS_LABEL[tab]}」的转介`} description={EMPTY_TEXT[tab]} action={{ text: '刷新', onClick: list.reload }} />
      ) : (
        items.map((loan) => (
          <LoanCard key={loan.id} loan={loan} testId='staff-loan'>
            {canRecord && LOAN_NEXT_STATUSES[loan.status].length > 0 && (
              <View className='staff-loan-actions'>
                {LOAN_NEXT_STATUSES[loan.status].map((next) =>
                  next === 'declined' ? (
                    <Button
                      key={next}
                      size='large'
                      fill='outline'
                      className='staff-loan-actions__danger'
                      data-testid={`staff-loan-${next}`}
                      disabled={!!busy}
                      onClick={() => {
                        setSheetError(null)
                        setDeclining(loan)
                      }}
                    >
                      {LOAN_ACTION_LABEL[next]}
                    </Button>
                  ) : (
                    <Button key={next} type='primary' size='large' data-testid={`staff-loan-${next}`} loading={busy === loan.id} disabled={!!busy} onClick={() => confirmAndRecord(loan, next)}>
                      {LOAN_ACTION_LABEL[next]}
                    </Button>
                  ),
                )}
              </View>
            )}
          </LoanCard>
        ))
      )}

      <TextSheet
        open={!!declining}
        title='银行未受理'
        lead={declining ? `${declining.applicantName}的${declining.kindLabel}创业提振贷` : undefined}
        label='银行给出的原因（申请人会看到）'
        placeholder='例如：经营流水不足，建议 3 个月后再申请'
        min={2}
        max={SUBSIDY_LIMITS.loanNoteMax}
        tooShort='请写明原因，申请人会看到它'
        submitText='确定登记未受理'
        submitting={sheetBusy}
        error={sheetError}
        onSubmit={submitDecline}
        onClose={() => setDeclining(null)}
        testIds={{ input: 'staff-loan-note', submit: 'staff-loan-note-submit', error: 'staff-loan-note-error' }}
      />
    </View>
  )
}
