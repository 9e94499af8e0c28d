import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { Org } from '@contract'
import { Button } from '@/components/nut'
import { ORG_LIMITS, ORG_TYPES } from '@/constants/employer'
import { errorMessage, isApiError } from '@/services/api-error'
import { registerOrg } from '@/services/orgs'
import { ChipRow, ChoiceChip, Field, FormBanner, FormCard } from '../../components/form-parts'
import { CommunityField } from '../../components/community-field'
import { LicenceUpload } from './licence-upload'
import {
  creditCodeHint,
  formFieldOf,
  normaliseCreditCode,
  toRegisterBody,
  validateOrgForm,
  type OrgForm as OrgFormValue,
  type OrgFormErrors,
} from './org-form-state'

export interface OrgFormProps {
  initial: OrgFormValue
  /** An organisation is already registered (修改后重新提交). */
  resubmit: boolean
  licenceOnFile: boolean
  onSaved: (org: Org) => void
  onCancel?: () => void
}

/** Server codes that belong to one field: shown there rather than in the banner. */
const FIELD_CODES: Record<string, keyof OrgFormValue> = {
  CREDIT_CODE_INVALID: 'creditCode',
  CREDIT_CODE_TAKEN: 'creditCode',
  LICENCE_NOT_UPLOADED: 'licenceKey',
  COMMUNITY_NOT_FOUND: 'community',
}

function serverFieldErrors(e: unknown): OrgFormErrors {
  const out: OrgFormErrors = {}
  if (!isApiError(e)) return out
  const field = FIELD_CODES[e.code]
  if (field) out[field] = e.message
  if (Array.isArray(e.details)) {
    for (const d of e.details as { field?: unknown; message?: unknown }[]) {
      if (typeof d?.field !== 'string' || typeof d?.message !== 'string') continue
      const key = formFieldOf(d.field)
      if (key && !out[key]) out[key] = d.message
    }
  }
  return out
}

function scrollToFirstError(): void {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.field--error', offsetTop: -80, duration: 300 }).catch(() => undefined)
  }, 50)
}

export function OrgForm({ initial, resubmit, licenceOnFile, onSaved, onCancel }: OrgFormProps) {
  const [form, setForm] = useState<OrgFormValue>(initial)
  const [errors, setErrors] = useState<OrgFormErrors>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const savingRef = useRef(false)

  const edit = (patch: Partial<OrgFormValue>, field: keyof OrgFormValue) => {
    setForm((f) => ({ ...f, ...patch }))
    setBanner(null)
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const submit = async () => {
    if (savingRef.current) return
    const local = validateOrgForm(form)
    const bad = Object.values(local).filter(Boolean).length
    if (bad) {
      setErrors(local)
      setBanner(`有 ${bad} 处需要修改，请看标红的提示。`)
      scrollToFirstError()
      return
    }
    savingRef.current = true
    setSaving(true)
    setBanner(null)
    try {
      const org = await registerOrg(toRegisterBody(form))
      Taro.showToast({ title: '已提交，等待社区认证', icon: 'none', duration: 2500 })
      onSaved(org)
    } catch (e) {
      const fields = serverFieldErrors(e)
      const n = Object.keys(fields).length
      setErrors(fields)
      setBanner(n ? `提交没有成功：有 ${n} 处需要修改，请看标红的提示。` : `提交没有成功：${errorMessage(e)}`)
      if (n) scrollToFirstError()
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }

  const codeHint = creditCodeHint(form.creditCode)

  return (
    <View className='org-form' data-testid='org-form'>
      <Text className='org-intro'>
        {resubmit
          ? '请按社区的意见修改后重新提交，社区工作人员会再次核验。'
          : '登记后由社区工作人员核验，认证通过就可以发布岗位。一般 1–3 个工作日。'}
      </Text>

      <FormCard title='单位信息'>
        <Field label='单位名称' error={errors.name} testId='org-name'>
          <Input
            className='form-input'
            data-testid='org-name'
            value={form.name}
            maxlength={ORG_LIMITS.nameMax}
            placeholder='与营业执照上的名称一致'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ name: e.detail.value }, 'name')}
          />
        </Field>

        <Field label='单位类型' error={errors.type} testId='org-type'>
          <ChipRow>
            {ORG_TYPES.map((t) => (
              <ChoiceChip key={t} single text={t} testId={`org-type-${t}`} selected={form.type === t} onClick={() => edit({ type: t }, 'type')} />
            ))}
          </ChipRow>
        </Field>

        <Field label='统一社会信用代码' error={errors.creditCode} hint={codeHint ?? '✓ 位数正确，提交时会再核对校验位'} testId='org-credit-code'>
          <Input
            className='form-input org-credit-code'
            data-testid='org-credit-code'
            value={form.creditCode}
            maxlength={24}
            placeholder='18 位，见营业执照'
            placeholderClass='form-input__placeholder'
            onInput={(e) => {
              const value = normaliseCreditCode(e.detail.value)
              edit({ creditCode: value }, 'creditCode')
              // Returning the value makes the box show the capitals at once (weapp); H5 re-renders from state.
              return value
            }}
          />
        </Field>

        <Field label='所在社区' error={errors.community} hint='单位所在的社区（村），由该社区的工作人员核验' testId='org-community'>
          <CommunityField testId='org-community' value={form.community} onChange={(c) => edit({ community: c }, 'community')} />
        </Field>

        <Field label='详细地址' error={errors.address} testId='org-address'>
          <Input
            className='form-input'
            data-testid='org-address'
            value={form.address}
            maxlength={ORG_LIMITS.addressMax}
            placeholder='例如：统一路 88 号 2 楼'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ address: e.detail.value }, 'address')}
          />
        </Field>
      </FormCard>

      <FormCard title='联系人'>
        <Field label='联系人姓名' error={errors.contactName} testId='org-contact-name'>
          <Input
            className='form-input'
            data-testid='org-contact-name'
            value={form.contactName}
            maxlength={ORG_LIMITS.contactMax}
            placeholder='负责招聘的人'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ contactName: e.detail.value }, 'contactName')}
          />
        </Field>
        <Field
          label='手机号'
          error={errors.contactPhone}
          hint={resubmit ? '为保护隐私，手机号需要重新填写。只在报名审核通过后给到求职者。' : '只在报名审核通过后给到求职者'}
          testId='org-contact-phone'
        >
          <Input
            className='form-input'
            data-testid='org-contact-phone'
            type='number'
            value={form.contactPhone}
            maxlength={11}
            placeholder='11 位手机号'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ contactPhone: e.detail.value }, 'contactPhone')}
          />
        </Field>
      </FormCard>

      <FormCard title='用工情况'>
        <Field label='用工数量（目前在岗人数）' error={errors.headcount} testId='org-headcount'>
          <Input
            className='form-input'
            data-testid='org-headcount'
            type='number'
            value={form.headcount}
            maxlength={6}
            placeholder='例如 12'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ headcount: e.detail.value.replace(/\D/g, '') }, 'headcount')}
          />
        </Field>
        <Field label='用工条件' optional error={errors.conditions} hint={`${form.conditions.trim().length}/${ORG_LIMITS.conditionsMax} 字`} testId='org-conditions'>
          <Textarea
            className='form-textarea'
            data-testid='org-conditions'
            value={form.conditions}
            maxlength={ORG_LIMITS.conditionsMax}
            autoHeight={false}
            placeholder='例如：早 8 点到晚 5 点，管午饭，身体健康即可'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ conditions: e.detail.value }, 'conditions')}
          />
        </Field>
      </FormCard>

      <FormCard title='营业执照照片（选填）'>
        <Text className='org-licence-note'>上传后社区核验更快。支持 JPG、PNG，5 MB 以内，只有社区工作人员能看到。</Text>
        <LicenceUpload onFile={licenceOnFile} disabled={saving} onUploaded={(key) => edit({ licenceKey: key }, 'licenceKey')} />
        {errors.licenceKey && (
          <View className='field__error' ariaRole='alert'>
            <Text>{errors.licenceKey}</Text>
          </View>
        )}
      </FormCard>

      <View className='form-footer'>
        {banner && (
          <FormBanner kind='error' testId='org-error'>
            <Text>{banner}</Text>
          </FormBanner>
        )}
        <Button type='primary' size='xlarge' block data-testid='org-submit' loading={saving} disabled={saving} onClick={submit}>
          {saving ? '正在提交…' : resubmit ? '重新提交认证' : '提交登记'}
        </Button>
        {onCancel && (
          <View className='button-row'>
            <Button size='large' block fill='outline' data-testid='org-cancel' disabled={saving} onClick={onCancel}>
              不改了
            </Button>
          </View>
        )}
      </View>
    </View>
  )
}
