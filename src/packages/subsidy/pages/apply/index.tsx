import { useEffect, useRef } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Me, SubsidyPolicyId } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { SUBSIDY_APPLICANT, SUBSIDY_POLICY_NAME } from '@/constants/subsidies'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { getMyOrg } from '@/services/orgs'
import { getProfile } from '@/services/profile'
import { createSubsidyApplication, isPolicyId, recallPrecheckAnswers } from '@/services/subsidies'
import { go, goLogin, goLoginAndBack, openPage, PAGES } from '@/utils/routes'
import { NeedOrgPrompt } from '../../../employer/components/need-org'
import { ApplicationForm } from '../../components/application-form'
import { BLANK_APPLY_FORM, formFromOrg, formFromPrecheck } from '../../components/application-form-state'
import { subsidyProblem } from '../../utils/problems'
import '../../components/subsidy.scss'
import './index.scss'

const backToPrecheck = { text: '返回补贴测算', onClick: () => go(PAGES.subsidyPrecheck) }

/**
 * 申请补贴 (?policyId=): the facts the policy needs, prefilled from the calculator, 我的资料 and 我的单位. 「保存并上传材料」
 * creates the draft and opens it, where the documents are uploaded and the application submitted.
 */
export default function SubsidyApplyPage() {
  const params = useRouter().params
  const policyId = params.policyId
  const { status, me, error, reload } = useSession()
  const askedLogin = useRef(false)

  // From 补贴测算 without an account: sign in first, then come back here with the answers.
  useEffect(() => {
    if (status === 'anonymous' && params.login === '1' && !askedLogin.current) {
      askedLogin.current = true
      // After this page has settled: opening another page while this one is still being pushed can be lost (H5).
      const timer = setTimeout(goLoginAndBack, 150)
      return () => clearTimeout(timer)
    }
    return undefined
  }, [status, params.login])

  useEffect(() => {
    if (isPolicyId(policyId)) Taro.setNavigationBarTitle({ title: `申请${SUBSIDY_POLICY_NAME[policyId]}` }).catch(() => undefined)
  }, [policyId])

  if (!isPolicyId(policyId)) {
    return (
      <View className='page apply-page'>
        <EmptyState icon='补' title='没有找到这项补贴' description='链接可能不完整。可以先测算一下能申请哪些补贴。' action={{ text: '去补贴测算', onClick: () => go(PAGES.subsidyPrecheck) }} />
      </View>
    )
  }
  if (status === 'anonymous') {
    return (
      <View className='page apply-page'>
        <EmptyState
          icon='登'
          title='请先登录'
          description='登录后填写申请，社区工作人员会按您所在的社区审核。测算的回答已为您保留。'
          action={{ text: '登录', onClick: goLoginAndBack, className: 'login-button' }}
          secondary={backToPrecheck}
        />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page apply-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  const refusal = whoCannotApply(me, policyId)
  if (refusal) return <View className='page apply-page'>{refusal}</View>
  return <ApplyLoader me={me} policyId={policyId} fromPrecheck={params.from === 'precheck'} />
}

/** Staff never apply; 吸纳就业补贴 is the employer's, 社会保险补贴 the person's (the server refuses the others too). */
function whoCannotApply(me: Me, policyId: SubsidyPolicyId) {
  const applicant = SUBSIDY_APPLICANT[policyId]
  if (me.role === 'staff') {
    return (
      <EmptyState icon='员' title='工作人员账号不能申请补贴' description='审核辖区的补贴申请请到「补贴审核」。' action={{ text: '去补贴审核', onClick: () => go(PAGES.staffSubsidies) }} secondary={{ text: '切换账号', onClick: goLogin }} />
    )
  }
  if (applicant === 'employer' && me.role !== 'employer') {
    return (
      <EmptyState
        icon='企'
        className='apply-employer-only'
        title={`${SUBSIDY_POLICY_NAME[policyId]}由用人单位申请`}
        description='请先登记用工单位，通过社区认证后，用单位账号申请。'
        action={{ text: '登记用工单位', onClick: () => go(PAGES.employerOrg) }}
        secondary={backToPrecheck}
      />
    )
  }
  if (applicant === 'person' && me.role !== 'resident') {
    return (
      <EmptyState
        icon='保'
        title={`${SUBSIDY_POLICY_NAME[policyId]}由本人申请`}
        description='请用就业困难人员本人的居民账号登录后申请。'
        action={{ text: '切换账号', onClick: goLogin }}
        secondary={backToPrecheck}
      />
    )
  }
  return null
}

function ApplyLoader({ me, policyId, fromPrecheck }: { me: Me; policyId: SubsidyPolicyId; fromPrecheck: boolean }) {
  const isEmployer = me.role === 'employer'
  const loaded = useAsync(() => Promise.all([getProfile(), isEmployer ? getMyOrg() : Promise.resolve(null)]), [me.id, isEmployer])

  if (loaded.loading && !loaded.data) return <PageLoading text='正在准备申请表…' />
  if (!loaded.data) {
    return (
      <View className='page apply-page'>
        <ErrorState error={loaded.error} onRetry={loaded.reload} secondary={backToPrecheck} />
      </View>
    )
  }
  const [profile, org] = loaded.data
  if (isEmployer && !org) {
    return (
      <View className='page apply-page'>
        <NeedOrgPrompt description='单位申请补贴前，需要先登记用工单位并通过社区认证。' />
      </View>
    )
  }

  const initial = { ...BLANK_APPLY_FORM, ...(fromPrecheck ? formFromPrecheck(recallPrecheckAnswers()) : {}), ...(org ? formFromOrg(org) : {}) }
  const applicantLine = org
    ? `申请单位：${org.name}（经办人 ${profile.name || me.name}）`
    : `申请人：${profile.name || me.name}${profile.idNumberMasked ? `（身份证 ${profile.idNumberMasked}）` : ''}`

  return (
    <View className='page apply-page'>
      <ApplicationForm
        policyId={policyId}
        initial={initial}
        askIdNumber={!profile.idNumberMasked}
        applicantLine={`${applicantLine}。填好后保存，再按清单上传材料并提交。`}
        businessFromOrg={!!org}
        correcting={false}
        submitText='保存并上传材料'
        busyText='正在保存…'
        describeProblem={(e) => subsidyProblem(e, { title: '没有保存成功' })}
        onSubmit={async (body) => {
          const app = await createSubsidyApplication(body)
          Taro.showToast({ title: '已保存，请上传材料', icon: 'none', duration: 2000 })
          openPage(PAGES.subsidyDetail, { id: app.id, created: '1' }, { replace: true })
        }}
      />
    </View>
  )
}
