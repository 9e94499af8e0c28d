import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { LoanKind } from '@contract'
import { Button } from '@/components/nut'
import { CREDIT_CODE_LENGTH, CREDIT_CODE_PATTERN } from '@/constants/employer'
import { LOAN_KIND_LABEL, LOAN_KINDS, SUBSIDY_LIMITS } from '@/constants/subsidies'
import { errorMessage, isApiError } from '@/services/api-error'
import { createLoanReferral, type LoanReferral, type LoanReferralBody } from '@/services/subsidies'
import { ChipRow, ChoiceChip, Field, FormCard } from '../../employer/components/form-parts'
import { subsidyFieldErrors } from '../utils/error-details'
import { monthsText, wanText, yuanText } from '../utils/money'
import { normaliseCreditCode } from './application-form-state'
import { ProblemBanner, type ProblemInfo } from './problem'
import './subsidy.scss'

export interface LoanLimit {
  maxYuan: number
  maxMonths: number
}

export interface LoanFormValue {
  kind: LoanKind | null
  amountYuan: string
  termMonths: string
  purpose: string
  businessName: string
  creditCode: string
}

type Errors = Partial<Record<keyof LoanFormValue, string>>

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null)

/** The same limits as the server's (GET /subsidy-policies `loans`), so an over-limit request is caught here first. */
function check(v: LoanFormValue, limits: Record<LoanKind, LoanLimit>): Errors {
  const e: Errors = {}
  if (!v.kind) e.kind = '请选择创业者个人还是小微企业'
  const amount = whole(v.amountYuan)
  const term = whole(v.termMonths)
  const label = v.kind ? LOAN_KIND_LABEL[v.kind] : ''
  const limit = v.kind ? limits[v.kind] : null
  if (!amount) e.amountYuan = '请填写贷款金额（元）'
  else if (limit && amount > limit.maxYuan) e.amountYuan = `${label}创业提振贷最高 ${wanText(limit.maxYuan)}（${yuanText(limit.maxYuan)}）`
  if (!term) e.termMonths = '请填写贷款期限（月）'
  else if (limit && term > limit.maxMonths) e.termMonths = `${label}创业提振贷期限最长 ${monthsText(limit.maxMonths)}`
  const purpose = v.purpose.trim()
  if (purpose.length < SUBSIDY_LIMITS.loanPurposeMin) e.purpose = '请简单说明贷款用途（至少 4 个字）'
  else if (purpose.length > SUBSIDY_LIMITS.loanPurposeMax) e.purpose = `用途最多 ${SUBSIDY_LIMITS.loanPurposeMax} 个字`
  if (v.businessName.trim().length > SUBSIDY_LIMITS.loanBusinessNameMax) e.businessName = `名称最多 ${SUBSIDY_LIMITS.loanBusinessNameMax} 个字`
  if (v.kind === 'small-business') {
    if (v.businessName.trim().length < 2) e.businessName = '请填写营业执照上的企业名称'
    if (v.creditCode.length !== CREDIT_CODE_LENGTH) e.creditCode = '统一社会信用代码应为 18 位'
    else if (!CREDIT_CODE_PATTERN.test(v.creditCode)) e.creditCode = '统一社会信用代码格式不对，请核对营业执照'
  }
  return e
}

function toBody(v: LoanFormValue): LoanReferralBody {
  return {
    kind: v.kind!,
    amountYuan: whole(v.amountYuan)!,
    termMonths: whole(v.termMonths)!,
    purpose: v.purpose.trim(),
    businessName: v.businessName.trim(),
    creditCode: v.kind === 'small-business' ? v.creditCode : null,
  }
}

export interface LoanFormProps {
  initial: LoanFormValue
  limits: Record<LoanKind, LoanLimit>
  onDone: (referral: LoanReferral) => void
}

/** 创业提振贷转介: kind, amount (with 万元), term, purpose, and the business for 小微企业. */
export function LoanForm({ initial, limits, onDone }: LoanFormProps) {
  const [form, setForm] = useState<LoanFormValue>(initial)
  const [errors, setErrors] = useState<Errors>({})
  const [tried, setTried] = useState(false)
  const [problem, setProblem] = useState<ProblemInfo | null>(null)
  const [saving, setSaving] = useState(false)
  const savingRef = useRef(false)
  const shown: Errors = tried ? { ...errors, ...check(form, limits) } : errors

  const edit = (patch: Partial<LoanFormValue>) => {
    setForm((f) => ({ ...f, ...patch }))
    setProblem(null)
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))))
  }

  const submit = async () => {
    if (savingRef.current) return
    setTried(true)
    const found = check(form, limits)
    if (Object.keys(found).length) {
      setProblem({ title: `有 ${Object.keys(found).length} 处需要修改`, lines: ['请看标红的提示。'] })
      return
    }
    savingRef.current = true
    setSaving(true)
    setProblem(null)
    try {
      onDone(await createLoanReferral(toBody(form)))
    } catch (e) {
      const fields = subsidyFieldErrors(e) as Errors
      if (isApiError(e) && e.code === 'CREDIT_CODE_INVALID') fields.creditCode = e.message
      if (isApiError(e) && e.code === 'LOAN_OVER_LIMIT' && !fields.amountYuan && !fields.termMonths) fields.amountYuan = e.message
      setErrors(fields)
      const n = Object.keys(fields).length
      setProblem(n ? { title: `没有提交成功：有 ${n} 处需要修改`, lines: ['请看标红的提示。'] } : { title: '没有提交成功', lines: [errorMessage(e), '可以再点一次试试；一直不行请联系社区。'] })
      if (n) Taro.pageScrollTo({ selector: '.field--error', offsetTop: -80, duration: 300 }).catch(() => undefined)
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }

  const amount = whole(form.amountYuan)
  const limit = form.kind ? limits[form.kind] : null

  return (
    <View className='loan-form' data-testid='loan-form'>
      <FormCard title='谁来贷'>
        <Field label='贷款人' error={shown.kind} testId='loan-kind'>
          <ChipRow>
            {LOAN_KINDS.map((k) => (
              <ChoiceChip
                key={k}
                single
                text={`${LOAN_KIND_LABEL[k]}（最高 ${wanText(limits[k].maxYuan)}，最长 ${limits[k].maxMonths / 12} 年）`}
                testId={`loan-kind-${k}`}
                selected={form.kind === k}
                onClick={() => edit({ kind: k })}
              />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='贷多少、贷多久'>
        <Field
          label='贷款金额（元）'
          error={shown.amountYuan}
          hint={amount ? `${yuanText(amount)}${wanText(amount) ? ` = ${wanText(amount)}` : ''}${limit ? `；最高 ${wanText(limit.maxYuan)}` : ''}` : '填整数，如 20 万元填 200000'}
          testId='loan-amount'
        >
          <Input
            className='form-input'
            data-testid='loan-amount'
            type='number'
            value={form.amountYuan}
            maxlength={9}
            placeholder='如 200000'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ amountYuan: e.detail.value.replace(/\D/g, '') })}
          />
        </Field>
        <Field label='贷款期限（月）' error={shown.termMonths} hint={limit ? `最长 ${monthsText(limit.maxMonths)}` : '1 年填 12'} testId='loan-term'>
          <Input
            className='form-input'
            data-testid='loan-term'
            type='number'
            value={form.termMonths}
            maxlength={3}
            placeholder='如 24'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ termMonths: e.detail.value.replace(/\D/g, '') })}
          />
        </Field>
        <Field label='贷款用途' error={shown.purpose} hint={`${form.purpose.trim().length}/${SUBSIDY_LIMITS.loanPurposeMax} 字`} testId='loan-purpose'>
          <Textarea
            className='form-textarea'
            data-testid='loan-purpose'
            value={form.purpose}
            maxlength={SUBSIDY_LIMITS.loanPurposeMax}
            autoHeight={false}
            placeholder='例如：开社区早餐店，购置设备和装修'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ purpose: e.detail.value })}
          />
        </Field>
      </FormCard>

      <FormCard title={form.kind === 'small-business' ? '企业信息' : '经营项目（选填）'}>
        <Field label={form.kind === 'small-business' ? '企业名称' : '店名或经营项目'} optional={form.kind !== 'small-business'} error={shown.businessName} testId='loan-business-name'>
          <Input
            className='form-input'
            data-testid='loan-business-name'
            value={form.businessName}
            maxlength={SUBSIDY_LIMITS.loanBusinessNameMax}
            placeholder={form.kind === 'small-business' ? '与营业执照一致' : '如：东山早餐店'}
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ businessName: e.detail.value })}
          />
        </Field>
        {form.kind === 'small-business' && (
          <Field label='统一社会信用代码' error={shown.creditCode} hint='营业执照上的 18 位代码' testId='loan-credit-code'>
            <Input
              className='form-input'
              data-testid='loan-credit-code'
              value={form.creditCode}
              maxlength={24}
              placeholder='18 位'
              placeholderClass='form-input__placeholder'
              onInput={(e) => {
                const value = normaliseCreditCode(e.detail.value)
                edit({ creditCode: value })
                return value
              }}
            />
          </Field>
        )}
      </FormCard>

      <Text className='subsidy-intro'>提交后平台核对额度和期限，转给合作银行；银行会联系您，是否放款由银行决定。</Text>

      <View className='form-footer'>
        {problem && <ProblemBanner problem={problem} testId='loan-problem' />}
        <Button type='primary' size='xlarge' block data-testid='loan-submit' loading={saving} disabled={saving} onClick={submit}>
          {saving ? '正在提交…' : '提交，转介合作银行'}
        </Button>
      </View>
    </View>
  )
}
