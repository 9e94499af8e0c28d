import { Checkbox, Input, Text, Textarea, View } from '@tarojs/components'
import type { Me } from '@contract'
import { ASSISTED_CATEGORIES, EMPLOYER_MAX, EMPLOYMENT_STATUSES, NAME_MAX, NEEDS_EMPLOYER, NOTE_MAX } from '@/constants/assistance'
import type { AssistedPerson } from '@/services/assistance'
import { ChipRow, ChoiceChip, Field, FormCard } from '../../../employer/components/form-parts'
import { DateField } from '@/components/date-field'
import { CommunityChoiceField } from './community-choice'
import type { FormErrors, PersonForm } from './person-form-state'

export interface PersonFormProps {
  form: PersonForm
  errors: FormErrors
  onChange: (patch: Partial<PersonForm>) => void
  scope: NonNullable<Me['staff']>
  /** Editing: the entry as stored (its masked numbers are shown instead of the boxes' contents). */
  existing: AssistedPerson | null
}

/** The fields of 登记 / 修改, each with its own red message under it. */
export function PersonFormFields({ form, errors, onChange, scope, existing }: PersonFormProps) {
  const toggleCategory = (c: (typeof ASSISTED_CATEGORIES)[number]) =>
    onChange({ categories: form.categories.includes(c) ? form.categories.filter((x) => x !== c) : [...form.categories, c] })
  return (
    <>
      <FormCard title='基本信息'>
        <Field label='姓名' error={errors.name} testId='person-name'>
          <Input className='form-input' data-testid='person-name' value={form.name} maxlength={NAME_MAX} placeholder='如 王桂兰' placeholderClass='form-input__placeholder' onInput={(e) => onChange({ name: e.detail.value })} />
        </Field>
        {existing ? (
          <Field label='身份证号' hint='身份证号登记后不能修改'>
            <Text className='form-static' data-testid='person-id-masked'>{existing.idNumberMasked}</Text>
          </Field>
        ) : (
          <Field label='身份证号' error={errors.idNumber} hint='全市同一身份证号只登记一次；保存后只显示部分数字' testId='person-id'>
            <Input className='form-input' data-testid='person-id' type='idcard' value={form.idNumber} maxlength={18} placeholder='18 位' placeholderClass='form-input__placeholder' onInput={(e) => onChange({ idNumber: e.detail.value })} />
          </Field>
        )}
        <Field label='手机号' optional error={errors.phone} hint={existing?.phoneMasked ? `现在是 ${existing.phoneMasked}，不改就留空` : '填了可以关联居民账号，推荐岗位会发到他的「我的消息」'} testId='person-phone'>
          <Input className='form-input' data-testid='person-phone' type='number' value={form.phone} maxlength={11} placeholder='11 位手机号' placeholderClass='form-input__placeholder' onInput={(e) => onChange({ phone: e.detail.value })} />
        </Field>
        <View className='link-row' onClick={() => onChange({ linkResident: !form.linkResident })} data-testid='person-link' ariaRole='checkbox' ariaLabel='按手机号关联居民账号'>
          <Checkbox value='link' checked={form.linkResident} />
          <Text className='link-row__text'>按手机号关联居民账号（居民须已同意处理敏感个人信息）</Text>
        </View>
        <Field label='所在社区（村）' error={errors.community} testId='person-community'>
          <CommunityChoiceField scope={scope} value={form.community} onChange={(community) => onChange({ community })} />
        </Field>
      </FormCard>

      <FormCard title='援助类别'>
        <Field label='可以多选' error={errors.categories} testId='person-categories'>
          <ChipRow>
            {ASSISTED_CATEGORIES.map((c) => (
              <ChoiceChip key={c} text={c} selected={form.categories.includes(c)} onClick={() => toggleCategory(c)} testId={`person-category-${c}`} />
            ))}
          </ChipRow>
        </Field>
        <Field label='失业登记日期' optional error={errors.unemploymentRegisteredOn} hint='未办理失业登记就留空' testId='person-unemployed'>
          <DateField value={form.unemploymentRegisteredOn} onChange={(v) => onChange({ unemploymentRegisteredOn: v })} testId='person-unemployed' />
        </Field>
      </FormCard>

      <FormCard title='就业状态'>
        <Field label='现在的状态' error={errors.status}>
          <ChipRow>
            {EMPLOYMENT_STATUSES.map((s) => (
              <ChoiceChip key={s} text={s} single selected={form.status === s} onClick={() => onChange({ status: s })} testId={`person-status-${s}`} />
            ))}
          </ChipRow>
        </Field>
        <Field label='从哪天开始' error={errors.statusSince} hint={existing ? '状态变了，历史里会留下一条记录' : undefined} testId='person-since'>
          <DateField value={form.statusSince} onChange={(v) => onChange({ statusSince: v })} testId='person-since' />
        </Field>
        {form.status !== '待业' && (
          <Field label='就业单位' optional={!NEEDS_EMPLOYER.includes(form.status)} error={errors.employerName} testId='person-employer'>
            <Input className='form-input' data-testid='person-employer' value={form.employerName} maxlength={EMPLOYER_MAX} placeholder='如 威海海悦家政服务有限公司' placeholderClass='form-input__placeholder' onInput={(e) => onChange({ employerName: e.detail.value })} />
          </Field>
        )}
        <Field label='备注' optional error={errors.note} testId='person-note'>
          <Textarea className='form-textarea' data-testid='person-note' value={form.note} maxlength={NOTE_MAX} placeholder='如 腰不好，不能搬重物' onInput={(e) => onChange({ note: e.detail.value })} />
        </Field>
      </FormCard>
    </>
  )
}
