import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Me } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { LOAN_LIMITS } from '@/constants/subsidies'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { myLoanReferrals, mySubsidyApplications } from '@/services/subsidies'
import { go, goLogin, openPage, PAGES } from '@/utils/routes'
import { ApplicationCard } from '../../components/application-card'
import { LoanCard } from '../../components/loan-card'
import { wanText } from '../../utils/money'
import '../../components/subsidy.scss'
import './index.scss'

/** 我的补贴: every application with its status, the 创业提振贷 referrals, and the ways to start a new one. */
export default function MySubsidiesPage() {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page my-subsidies-page'>
        <LoginPrompt description='登录后查看补贴申请和创业贷款的办理进度。不登录也可以先做补贴测算。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page my-subsidies-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role === 'staff') {
    return (
      <View className='page my-subsidies-page'>
        <EmptyState icon='员' title='工作人员请到「补贴审核」' description='「我的补贴」是居民和用人单位查看自己申请的地方。' action={{ text: '去补贴审核', onClick: () => go(PAGES.staffSubsidies) }} secondary={{ text: '切换账号', onClick: goLogin }} />
      </View>
    )
  }
  return <MySubsidies me={me} />
}

function MySubsidies({ me }: { me: Me }) {
  const apps = useAsync(mySubsidyApplications, [me.id])
  const loans = useAsync(myLoanReferrals, [me.id])
  const refresh = () => {
    apps.reload()
    loans.reload()
  }
  // Back from an application (submitted, corrected): show its new status.
  useDidShow(() => {
    if (apps.data || loans.data) refresh()
  })
  usePullDownRefresh(() => {
    refresh()
    Taro.stopPullDownRefresh()
  })

  return (
    <View className='page my-subsidies-page'>
      <View className='subsidy-strip' data-testid='my-subsidies-precheck' onClick={() => go(PAGES.subsidyPrecheck)} ariaRole='button'>
        <View className='subsidy-strip__main'>
          <Text className='subsidy-strip__title'>补贴测算</Text>
          <Text className='subsidy-strip__text'>回答几个问题，看看还能申请哪些补贴</Text>
        </View>
        <Text className='subsidy-strip__go'>去测算 ›</Text>
      </View>

      {me.role === 'employer' && (
        <View
          className='subsidy-strip'
          data-testid='my-subsidies-hiring'
          onClick={() => openPage(PAGES.subsidyApply, { policyId: 'hiring-subsidy' })}
          ariaRole='button'
        >
          <View className='subsidy-strip__main'>
            <Text className='subsidy-strip__title'>一次性吸纳就业补贴</Text>
            <Text className='subsidy-strip__text'>招用高校毕业生、登记失业人员并签 1 年以上劳动合同</Text>
          </View>
          <Text className='subsidy-strip__go'>去申请 ›</Text>
        </View>
      )}

      <Text className='subsidy-section-title'>我的补贴申请</Text>
      {apps.loading && !apps.data ? (
        <PageLoading inline text='正在加载补贴申请…' />
      ) : !apps.data ? (
        <ErrorState compact error={apps.error} onRetry={apps.reload} />
      ) : apps.data.length === 0 ? (
        <EmptyState
          compact
          title='还没有补贴申请'
          description={me.role === 'employer' ? '招用高校毕业生或登记失业人员、创办企业，都可以先测算再申请。' : '创办个体工商户或小微企业、就业困难人员就业，都可以先测算再申请。'}
          action={{ text: '去补贴测算', onClick: () => go(PAGES.subsidyPrecheck) }}
        />
      ) : (
        <View data-testid='my-subsidies'>
          {apps.data.map((a) => (
            <ApplicationCard key={a.id} app={a} onOpen={() => openPage(PAGES.subsidyDetail, { id: a.id })} />
          ))}
        </View>
      )}

      <Text className='subsidy-section-title'>我的创业贷款转介</Text>
      {loans.loading && !loans.data ? (
        <PageLoading inline text='正在加载贷款转介…' />
      ) : !loans.data ? (
        <ErrorState compact error={loans.error} onRetry={loans.reload} />
      ) : loans.data.length === 0 ? (
        <EmptyState
          compact
          title='还没有贷款转介'
          description={`创业者个人最高可贷 ${wanText(LOAN_LIMITS.individual.maxYuan)}，小微企业最高 ${wanText(LOAN_LIMITS['small-business'].maxYuan)}，平台核对后转给合作银行。`}
          action={{ text: '申请创业提振贷', onClick: () => go(PAGES.loanReferral) }}
        />
      ) : (
        <View data-testid='my-loans'>
          {loans.data.map((l) => (
            <LoanCard key={l.id} loan={l} />
          ))}
          <Text className='subsidy-link' onClick={() => go(PAGES.loanReferral)}>
            再申请一笔创业提振贷 ›
          </Text>
        </View>
      )}
    </View>
  )
}
