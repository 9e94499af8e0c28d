import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { SubsidyPolicyId } from '@contract'
import { Button } from '@/components/nut'
import { LOAN_LIMITS } from '@/constants/subsidies'
import { useAsync } from '@/hooks/use-async'
import { errorMessage } from '@/services/api-error'
import { session } from '@/services/session'
import { precheck, rememberPrecheckAnswers, subsidyPolicies, type PrecheckResponse } from '@/services/subsidies'
import { go, openPage, PAGES } from '@/utils/routes'
import { FormBanner } from '../../../employer/components/form-parts'
import { PolicyList } from '../../components/policy-list'
import { Questionnaire } from '../../components/questionnaire'
import { checkAnswers, declinedPolicies, NO_ANSWERS, toPrecheckBody, type AnswerErrors, type Answers } from '../../components/questionnaire-state'
import { ResultCard } from '../../components/result-card'
import { dayText } from '@/utils/days'
import { wanText } from '../../utils/money'
import '../../components/subsidy.scss'
import './index.scss'

const SECTION_OF: Record<SubsidyPolicyId, string> = {
  'startup-subsidy': '.q-business',
  'hiring-subsidy': '.q-hire',
  'social-insurance-subsidy': '.q-worker',
}

const scrollTo = (selector: string) =>
  setTimeout(() => {
    Taro.pageScrollTo({ selector, offsetTop: -60, duration: 300 }).catch(() => undefined)
  }, 50)

/** 补贴测算: no login needed. Answer in plain words, see each policy's verdict with its clause, and go on to apply. */
export default function PrecheckPage() {
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [result, setResult] = useState<{ response: PrecheckResponse; answers: Answers } | null>(null)
  const policies = useAsync(subsidyPolicies, [])
  const errors: AnswerErrors = tried ? checkAnswers(answers) : {}

  const change = (patch: Partial<Answers>) => {
    setAnswers((a) => ({ ...a, ...patch }))
    setFailure(null)
  }

  const run = async () => {
    if (busy) return
    setTried(true)
    const found = checkAnswers(answers)
    if (Object.keys(found).length > 0) {
      Taro.showToast({ title: '还有几项没有填好，请看红字', icon: 'none', duration: 2500 })
      scrollTo('.field--error')
      return
    }
    setBusy(true)
    setFailure(null)
    try {
      const response = await precheck(toPrecheckBody(answers))
      setResult({ response, answers })
      scrollTo('.precheck-results')
    } catch (e) {
      setFailure(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const apply = (policyId: SubsidyPolicyId) => {
    if (!result) return
    rememberPrecheckAnswers(toPrecheckBody(result.answers))
    // Not signed in: the apply page opens the login first and comes back to itself afterwards.
    openPage(PAGES.subsidyApply, { policyId, from: 'precheck', ...(session.isLoggedIn() ? {} : { login: '1' }) })
  }

  const declined = result ? declinedPolicies(result.answers) : []

  return (
    <View className='page precheck-page'>
      <Text className='subsidy-intro'>回答几个问题，马上知道能申请哪些就业创业补贴、能领多少。不用登录；您的回答只留在这台手机上，点「去申请」时用来预先填好申请表。</Text>

      <Questionnaire value={answers} errors={errors} onChange={change} />

      {failure && (
        <FormBanner kind='error' testId='precheck-error'>
          <Text>没有算出来：{failure}</Text>
        </FormBanner>
      )}
      <Button type='primary' size='xlarge' block data-testid='precheck-submit' loading={busy} disabled={busy} onClick={run}>
        {busy ? '正在测算…' : failure ? '重新测算' : result ? '按新的回答重新测算' : '看看能申请哪些补贴'}
      </Button>

      {result && (
        <View className='precheck-results' data-testid='precheck-results'>
          <Text className='precheck-results__title'>测算结果</Text>
          <Text className='precheck-results__as-of'>
            按 {dayText(result.response.asOf)} 的政策计算（版本 {result.response.policyVersion}），实际以审核为准。
          </Text>
          {result.response.lines.map((line) => (
            <ResultCard
              key={line.policyId}
              line={line}
              declined={declined.includes(line.policyId)}
              onApply={() => apply(line.policyId)}
              onAnswer={() => scrollTo(SECTION_OF[line.policyId])}
            />
          ))}
        </View>
      )}

      <View className='precheck-bottom'>
        <View className='subsidy-strip' data-testid='precheck-loan-entry' onClick={() => go(PAGES.loanReferral)} ariaRole='button'>
          <View className='subsidy-strip__main'>
            <Text className='subsidy-strip__title'>创业提振贷</Text>
            <Text className='subsidy-strip__text'>
              个人最高 {wanText(LOAN_LIMITS.individual.maxYuan)}、小微企业最高 {wanText(LOAN_LIMITS['small-business'].maxYuan)}，平台转介合作银行
            </Text>
          </View>
          <Text className='subsidy-strip__go'>去申请 ›</Text>
        </View>
        <PolicyList state={policies} />
      </View>
    </View>
  )
}
