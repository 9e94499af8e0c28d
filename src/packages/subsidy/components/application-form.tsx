import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { SubsidyApplicationBody, SubsidyPolicyId } from '@contract'
import { Button } from '@/components/nut'
import { ASSISTED_CATEGORIES } from '@/constants/profile'
import { BUSINESS_KINDS, SUBSIDY_LIMITS, WORK_KINDS } from '@/constants/subsidies'
import { errorMessage, isApiError } from '@/services/api-error'
import { ChipRow, ChoiceChip, Field, FormCard } from '../../employer/components/form-parts'
import { subsidyFieldErrors } from '../utils/error-details'
import { normaliseIdNumber } from '../utils/id-number'
import { DateField } from '@/components/date-field'
import { ProblemBanner, type ProblemInfo } from './problem'
import {
  ERROR_KEY_OF,
  normaliseCreditCode,
  toApplicationBody,
  validateApplyForm,
  type ApplyErrors,
  type ApplyForm,
} from './application-form-state'
import './subsidy.scss'

export interface ApplicationFormProps {
  policyId: SubsidyPolicyId
  initial: ApplyForm
  /** 「我的资料」 has no 身份证号: ask for it here. */
  askIdNumber: boolean
  /** Who applies, e.g. 「申请人：张秀英」. */
  applicantLine: string
  /** An employer applies for its own organisation: its name and code come from 单位登记 and stay as they are. */
  businessFromOrg: boolean
  /** 修改后重新提交: identity numbers cannot change; say so. */
  correcting: boolean
  submitText: string
  busyText: string
  onSubmit: (body: SubsidyApplicationBody) => Promise<void>
  /** A refusal that is not about one field, with the way forward (查看已有申请, 登记单位…). */
  describeProblem: (e: unknown) => ProblemInfo
  onCancel?: () => void
}

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])

/** Server codes that are about one field: shown next to it rather than in the banner. */
function codeField(code: string, policyId: SubsidyPolicyId): string | null {
  if (code === 'CREDIT_CODE_INVALID' || code === 'SUBSIDY_ORG_MISMATCH') return 'business.creditCode'
  if (code === 'ID_NUMBER_INVALID') return policyId === 'hiring-subsidy' ? 'hire.idNumber' : 'idNumber'
  if (code === 'ID_NUMBER_REQUIRED') return 'idNumber'
  return null
}

function scrollToFirstError(): void {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.field--error', offsetTop: -80, duration: 300 }).catch(() => undefined)
  }, 50)
}

/** The facts of one application, per policy (SubsidyApplicationBodySchema), with its checks and the server's. */
export function ApplicationForm(props: ApplicationFormProps) {
  const { policyId, askIdNumber: askAtFirst, businessFromOrg, correcting } = props
  const [form, setForm] = useState<ApplyForm>(props.initial)
  const [errors, setErrors] = useState<ApplyErrors>({})
  const [problem, setProblem] = useState<ProblemInfo | null>(null)
  const [askId, setAskId] = useState(askAtFirst)
  const [saving, setSaving] = useState(false)
  const savingRef = useRef(false)

  const edit = (patch: Partial<ApplyForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setProblem(null)
    const keys = (Object.keys(patch) as (keyof ApplyForm)[]).map((k) => ERROR_KEY_OF[k])
    if (keys.some((k) => errors[k])) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))))
  }

  const submit = async () => {
    if (savingRef.current) return
    const opts = { askIdNumber: askId }
    const local = validateApplyForm(policyId, form, opts)
    const bad = Object.keys(local).length
    if (bad) {
      setErrors(local)
      setProblem({ title: `有 ${bad} 处需要修改`, lines: ['请看标红的提示，改好后再点一次。'] })
      scrollToFirstError()
      return
    }
    savingRef.current = true
    setSaving(true)
    setProblem(null)
    try {
      await props.onSubmit(toApplicationBody(policyId, form, opts))
    } catch (e) {
      const fields = subsidyFieldErrors(e)
      const byCode = isApiError(e) ? codeField(e.code, policyId) : null
      if (byCode && isApiError(e)) fields[byCode] = e.message
      if (isApiError(e) && e.code === 'ID_NUMBER_REQUIRED') setAskId(true)
      const n = Object.keys(fields).length
      setErrors(fields)
      if (n) {
        setProblem({ title: `没有提交成功：有 ${n} 处需要修改`, lines: ['请看标红的提示。'] })
        scrollToFirstError()
      } else {
        setProblem(props.describeProblem(e) ?? { title: '没有提交成功', lines: [errorMessage(e)] })
      }
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }

  return (
    <View className='application-form' data-testid='subsidy-form' data-policy={policyId}>
      <Text className='subsidy-intro'>{props.applicantLine}</Text>

      {policyId === 'startup-subsidy' && (
        <FormCard title='创办的企业或个体工商户'>
          <Field label='类型' error={errors['business.kind']} testId='subsidy-business-kind'>
            <ChipRow>
              {BUSINESS_KINDS.map((k) => (
                <ChoiceChip key={k} single text={k} testId={`subsidy-business-kind-${k}`} selected={form.businessKind === k} onClick={() => edit({ businessKind: k })} />
              ))}
            </ChipRow>
          </Field>
          <Field label='营业执照上的名称' error={errors['business.name']} hint={businessFromOrg ? '来自「我的单位」登记的名称' : undefined} testId='subsidy-business-name'>
            <Input
              className='form-input'
              data-testid='subsidy-business-name'
              value={form.businessName}
              maxlength={SUBSIDY_LIMITS.businessNameMax}
              placeholder='与营业执照一致'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ businessName: e.detail.value })}
            />
          </Field>
          <Field
            label='统一社会信用代码'
            error={errors['business.creditCode']}
            hint={businessFromOrg ? '来自「我的单位」，单位账号只能为本单位申请' : correcting ? '不能修改；如填错了，请联系社区退回后重新申请' : '营业执照上的 18 位代码，字母会自动变成大写'}
            testId='subsidy-credit-code'
          >
            <Input
              className='form-input'
              data-testid='subsidy-credit-code'
              value={form.creditCode}
              maxlength={24}
              disabled={businessFromOrg || correcting}
              placeholder='18 位，见营业执照'
              placeholderClass='form-input__placeholder'
              onInput={(e) => {
                const value = normaliseCreditCode(e.detail.value)
                edit({ creditCode: value })
                return value
              }}
            />
          </Field>
          <Field label='营业执照上的成立日期' error={errors['business.registeredOn']} testId='subsidy-registered-on'>
            <DateField testId='subsidy-registered-on' value={form.registeredOn} onChange={(v) => edit({ registeredOn: v })} />
          </Field>
        </FormCard>
      )}

      {policyId === 'hiring-subsidy' && (
        <FormCard title='招用的人员'>
          <Field label='姓名' error={errors['hire.name']} hint={correcting ? '为保护隐私需要重新填写' : undefined} testId='subsidy-hire-name'>
            <Input
              className='form-input'
              data-testid='subsidy-hire-name'
              value={form.hireName}
              maxlength={SUBSIDY_LIMITS.hireNameMax}
              placeholder='被招用人员的姓名'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ hireName: e.detail.value })}
            />
          </Field>
          <Field
            label='身份证号'
            error={errors['hire.idNumber']}
            hint={correcting ? '为保护隐私需要重新填写，须与原申请一致' : '只给审核的工作人员看，列表中会隐去中间的数字'}
            testId='subsidy-hire-id-number'
          >
            <Input
              className='form-input'
              data-testid='subsidy-hire-id-number'
              type='idcard'
              value={form.hireIdNumber}
              maxlength={18}
              placeholder='18 位'
              placeholderClass='form-input__placeholder'
              onInput={(e) => {
                const value = normaliseIdNumber(e.detail.value)
                edit({ hireIdNumber: value })
                return value
              }}
            />
          </Field>
          <Field label='招用时的周岁年龄' error={errors['hire.age']} testId='subsidy-hire-age'>
            <Input
              className='form-input'
              data-testid='subsidy-hire-age'
              type='number'
              value={form.age}
              maxlength={2}
              placeholder='如 22'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ age: e.detail.value.replace(/\D/g, '') })}
            />
          </Field>
          <Field label='招用日期（劳动合同开始那天）' error={errors['hire.hiredOn']} testId='subsidy-hired-on'>
            <DateField testId='subsidy-hired-on' value={form.hiredOn} onChange={(v) => edit({ hiredOn: v })} />
          </Field>
          <Field label='劳动合同期限（月）' error={errors['hire.contractMonths']} hint='1 年填 12' testId='subsidy-contract-months'>
            <Input
              className='form-input'
              data-testid='subsidy-contract-months'
              type='number'
              value={form.contractMonths}
              maxlength={3}
              placeholder='如 12'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ contractMonths: e.detail.value.replace(/\D/g, '') })}
            />
          </Field>
          <Field label='是高校毕业生吗' testId='subsidy-graduate'>
            <ChipRow>
              <ChoiceChip single text='是' testId='subsidy-graduate-yes' selected={form.graduate} onClick={() => edit({ graduate: true })} />
              <ChoiceChip single text='不是' testId='subsidy-graduate-no' selected={!form.graduate} onClick={() => edit({ graduate: false })} />
            </ChipRow>
          </Field>
          {form.graduate && (
            <>
              <Field label='离校（毕业）日期' error={errors['hire.graduatedOn']} testId='subsidy-graduated-on'>
                <DateField testId='subsidy-graduated-on' value={form.graduatedOn} onChange={(v) => edit({ graduatedOn: v })} />
              </Field>
              <Field label='离校后到招用前' testId='subsidy-unemployed-since'>
                <ChipRow>
                  <ChoiceChip single text='一直没有工作' testId='subsidy-unemployed-since-yes' selected={form.unemployedSinceGraduation} onClick={() => edit({ unemployedSinceGraduation: true })} />
                  <ChoiceChip single text='中间工作过' testId='subsidy-unemployed-since-no' selected={!form.unemployedSinceGraduation} onClick={() => edit({ unemployedSinceGraduation: false })} />
                </ChipRow>
              </Field>
            </>
          )}
          <Field label='招用前是否登记了失业' testId='subsidy-registered-unemployed'>
            <ChipRow>
              <ChoiceChip single text='登记了' testId='subsidy-registered-unemployed-yes' selected={form.registeredUnemployed} onClick={() => edit({ registeredUnemployed: true })} />
              <ChoiceChip single text='没有' testId='subsidy-registered-unemployed-no' selected={!form.registeredUnemployed} onClick={() => edit({ registeredUnemployed: false })} />
            </ChipRow>
          </Field>
          {form.registeredUnemployed && (
            <Field label='失业登记日期' error={errors['hire.unemploymentRegisteredOn']} testId='subsidy-unemployment-registered-on'>
              <DateField testId='subsidy-unemployment-registered-on' value={form.unemploymentRegisteredOn} onChange={(v) => edit({ unemploymentRegisteredOn: v })} />
            </Field>
          )}
        </FormCard>
      )}

      {policyId === 'social-insurance-subsidy' && (
        <FormCard title='就业困难人员情况'>
          <Field label='属于哪一类（可以多选）' error={errors['worker.assistedCategories']} hint='以社区就业援助台账认定为准' testId='subsidy-category'>
            <ChipRow>
              {ASSISTED_CATEGORIES.map((c) => (
                <ChoiceChip key={c} text={c} testId={`subsidy-category-${c}`} selected={form.assistedCategories.includes(c)} onClick={() => edit({ assistedCategories: toggle(form.assistedCategories, c) })} />
              ))}
            </ChipRow>
          </Field>
          <Field label='现在的就业情况' error={errors['worker.work']} testId='subsidy-work'>
            <ChipRow>
              {WORK_KINDS.map((w) => (
                <ChoiceChip key={w} single text={w} testId={`subsidy-work-${w}`} selected={form.work === w} onClick={() => edit({ work: w })} />
              ))}
            </ChipRow>
          </Field>
          <Field label='从哪天开始就业' optional error={errors['worker.startedOn']} testId='subsidy-started-on'>
            <DateField testId='subsidy-started-on' value={form.startedOn} onChange={(v) => edit({ startedOn: v })} />
          </Field>
        </FormCard>
      )}

      {askId && policyId !== 'hiring-subsidy' && (
        <FormCard title='您的身份证号'>
          <Field
            label='身份证号'
            error={errors.idNumber}
            hint={correcting ? '须与原申请一致' : '「我的资料」里还没有填写。只给审核的工作人员看，列表中会隐去中间的数字。'}
            testId='subsidy-id-number'
          >
            <Input
              className='form-input'
              data-testid='subsidy-id-number'
              type='idcard'
              value={form.idNumber}
              maxlength={18}
              placeholder='18 位，最后一位可以是 X'
              placeholderClass='form-input__placeholder'
              onInput={(e) => {
                const value = normaliseIdNumber(e.detail.value)
                edit({ idNumber: value })
                return value
              }}
            />
          </Field>
        </FormCard>
      )}

      <FormCard title='补充说明（选填）'>
        <Field label='想告诉审核人员的情况' optional error={errors.note} hint={`${form.note.trim().length}/${SUBSIDY_LIMITS.noteMax} 字`} testId='subsidy-note'>
          <Textarea
            className='form-textarea'
            data-testid='subsidy-note'
            value={form.note}
            maxlength={SUBSIDY_LIMITS.noteMax}
            autoHeight={false}
            placeholder='例如：营业执照刚换过地址'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ note: e.detail.value })}
          />
        </Field>
      </FormCard>

      <View className='form-footer'>
        {problem && <ProblemBanner problem={problem} testId='subsidy-form-problem' />}
        <Button type='primary' size='xlarge' block data-testid='subsidy-save' loading={saving} disabled={saving} onClick={submit}>
          {saving ? props.busyText : props.submitText}
        </Button>
        {props.onCancel && (
          <View className='button-row'>
            <Button size='large' block fill='outline' data-testid='subsidy-form-cancel' disabled={saving} onClick={props.onCancel}>
              不改了
            </Button>
          </View>
        )}
      </View>
    </View>
  )
}
