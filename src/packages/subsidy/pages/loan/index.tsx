import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { LoanKind, Me } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LOAN_LIMITS } from '@/constants/subsidies'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { getMyOrg } from '@/services/orgs'
import { myLoanReferrals, subsidyPolicies, type LoanReferral } from '@/services/subsidies'
import { go, goLogin, goLoginAndBack, PAGES } from '@/utils/routes'
import { LoanCard } from '../../components/loan-card'
import { LoanForm, type LoanFormValue, type LoanLimit } from '../../components/loan-form'
import { ProblemBanner } from '../../components/problem'
import { wanText } from '../../utils/money'
import '../../components/subsidy.scss'
import './index.scss'

/** 创业提振贷转介 (鲁就办〔2023〕13号 三、7): checked against the limits here and by the server, then referred to a bank. */
export default function LoanReferralPage() {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page loan-page'>
        <EmptyState
          icon='贷'
          title='请先登录'
          description={`创业者个人最高 ${wanText(LOAN_LIMITS.individual.maxYuan)}、最长 ${LOAN_LIMITS.individual.maxMonths / 12} 年；小微企业最高 ${wanText(LOAN_LIMITS['small-business'].maxYuan)}、最长 ${LOAN_LIMITS['small-business'].maxMonths / 12} 年。登录后填写，平台转介合作银行。`}
          action={{ text: '登录', onClick: goLoginAndBack, className: 'login-button' }}
          secondary={{ text: '先做补贴测算', onClick: () => go(PAGES.subsidyPrecheck) }}
        />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page loan-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role === 'staff') {
    return (
      <View className='page loan-page'>
        <EmptyState icon='员' title='工作人员请到「贷款转介」' description='辖区的贷款转介和银行办理结果在「我的 → 贷款转介」。' action={{ text: '去贷款转介', onClick: () => go(PAGES.staffLoans) }} secondary={{ text: '切换账号', onClick: goLogin }} />
      </View>
    )
  }
  return <LoanLoader me={me} />
}

function LoanLoader({ me }: { me: Me }) {
  const isEmployer = me.role === 'employer'
  // The limits as the server states them; the built-in copy when the list cannot be read (the server checks anyway).
  const policies = useAsync(subsidyPolicies, [])
  const org = useAsync(isEmployer ? getMyOrg : null, [me.id, isEmployer])
  const [done, setDone] = useState<LoanReferral | null>(null)
  // Earlier referrals (a message about one may have brought the user here): a way to their progress.
  const earlier = useAsync(myLoanReferrals, [me.id])

  if ((policies.loading && !policies.data) || (org.loading && !org.data)) return <PageLoading text='正在准备…' />

  const limits: Record<LoanKind, LoanLimit> = { ...LOAN_LIMITS }
  for (const l of policies.data?.loans ?? []) limits[l.kind] = { maxYuan: l.maxYuan, maxMonths: l.maxMonths }

  if (done) {
    return (
      <View className='page loan-page loan-done' data-testid='loan-done'>
        <ProblemBanner
          testId='loan-done-banner'
          problem={{ kind: 'ok', title: done.statusLabel, lines: ['平台已核对额度和期限，把您的申请转给了合作银行。银行会联系您，是否放款由银行决定。', '办理进度会发到「我的消息」，也可以在「我的补贴」查看。'] }}
        />
        <LoanCard loan={done} testId='loan-result' />
        <Button type='primary' size='large' block data-testid='loan-to-mine' onClick={() => go(PAGES.mySubsidies)}>
          查看我的补贴与贷款
        </Button>
        <Button size='large' block fill='outline' onClick={() => go(PAGES.me)}>
          返回我的
        </Button>
      </View>
    )
  }

  const o = org.data
  const initial: LoanFormValue = {
    kind: o ? 'small-business' : null,
    amountYuan: '',
    termMonths: '',
    purpose: '',
    businessName: o?.name ?? '',
    creditCode: o?.creditCode ?? '',
  }
  return (
    <View className='page loan-page'>
      {org.error ? <ErrorState compact title='没有读到您的单位信息' error={org.error} onRetry={org.reload} /> : null}
      {!!earlier.data?.length && (
        <View className='subsidy-strip' data-testid='loan-earlier' onClick={() => go(PAGES.mySubsidies)} ariaRole='button'>
          <View className='subsidy-strip__main'>
            <Text className='subsidy-strip__title'>您已有 {earlier.data.length} 笔贷款转介</Text>
            <Text className='subsidy-strip__text'>最新：{earlier.data[0].statusLabel}</Text>
          </View>
          <Text className='subsidy-strip__go'>看进度 ›</Text>
        </View>
      )}
      <LoanForm initial={initial} limits={limits} onDone={setDone} />
    </View>
  )
}
