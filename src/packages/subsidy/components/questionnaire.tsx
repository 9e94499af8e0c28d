import { Input, Text, View } from '@tarojs/components'
import { ASSISTED_CATEGORIES } from '@/constants/profile'
import { BUSINESS_KINDS, SUBSIDY_REGION_LABEL, SUBSIDY_REGIONS, WORK_KINDS } from '@/constants/subsidies'
import { ChipRow, ChoiceChip, Field, FormCard } from '../../employer/components/form-parts'
import { DateField } from '@/components/date-field'
import type { AnswerErrors, Answers } from './questionnaire-state'
import './subsidy.scss'

export interface QuestionnaireProps {
  value: Answers
  errors: AnswerErrors
  onChange: (patch: Partial<Answers>) => void
}

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])

function YesNo({ value, onChange, testId, yes = '是', no = '不是' }: { value: 'yes' | 'no' | null; onChange: (v: 'yes' | 'no') => void; testId: string; yes?: string; no?: string }) {
  return (
    <ChipRow>
      <ChoiceChip single text={yes} testId={`${testId}-yes`} selected={value === 'yes'} onClick={() => onChange('yes')} />
      <ChoiceChip single text={no} testId={`${testId}-no`} selected={value === 'no'} onClick={() => onChange('no')} />
    </ChipRow>
  )
}

/**
 * 补贴测算 in plain words: where, what you started, whom you hired, and whether you are a 就业困难人员. Every part
 * may be skipped; the result then says what is still to answer.
 */
export function Questionnaire({ value: a, errors, onChange }: QuestionnaireProps) {
  return (
    <View className='questionnaire'>
      <FormCard title='在哪里'>
        <Field label='您的企业、店铺或工作在' testId='precheck-region'>
          <ChipRow>
            {SUBSIDY_REGIONS.map((r) => (
              <ChoiceChip key={r} single text={SUBSIDY_REGION_LABEL[r]} testId={`precheck-region-${r}`} selected={a.region === r} onClick={() => onChange({ region: r })} />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='一、您创办了' className='q-business'>
        <Field label='营业执照上登记的是' testId='precheck-business' hint='没有营业执照的选「没有」。'>
          <ChipRow>
            {BUSINESS_KINDS.map((k) => (
              <ChoiceChip key={k} single text={k} testId={`precheck-business-${k}`} selected={a.business === k} onClick={() => onChange({ business: k })} />
            ))}
            <ChoiceChip single text='没有' testId='precheck-business-none' selected={a.business === 'none'} onClick={() => onChange({ business: 'none' })} />
          </ChipRow>
        </Field>
        {a.business && a.business !== 'none' && (
          <Field label='营业执照上的成立日期' error={errors.registeredOn} testId='precheck-registered-on'>
            <DateField testId='precheck-registered-on' value={a.registeredOn} onChange={(v) => onChange({ registeredOn: v })} />
          </Field>
        )}
      </FormCard>

      <FormCard title='二、您招了人吗' className='q-hire'>
        <Field label='用人单位招用了高校毕业生或登记失业人员' testId='precheck-hired' hint='单位招人可以申请一次性吸纳就业补贴；个人不用填。'>
          <YesNo value={a.hired} onChange={(v) => onChange({ hired: v })} testId='precheck-hired' yes='招了' no='没有' />
        </Field>
        {a.hired === 'yes' && (
          <>
            <Field label='被招用的人招用时几岁' error={errors.age} testId='precheck-age'>
              <Input
                className='form-input'
                data-testid='precheck-age'
                type='number'
                value={a.age}
                maxlength={2}
                placeholder='周岁，如 22'
                placeholderClass='form-input__placeholder'
                onInput={(e) => onChange({ age: e.detail.value.replace(/\D/g, '') })}
              />
            </Field>
            <Field label='招用日期（劳动合同开始那天）' error={errors.hiredOn} testId='precheck-hired-on'>
              <DateField testId='precheck-hired-on' value={a.hiredOn} onChange={(v) => onChange({ hiredOn: v })} />
            </Field>
            <Field label='劳动合同签了几个月' error={errors.contractMonths} hint='1 年填 12，3 年填 36' testId='precheck-contract-months'>
              <Input
                className='form-input'
                data-testid='precheck-contract-months'
                type='number'
                value={a.contractMonths}
                maxlength={3}
                placeholder='如 12'
                placeholderClass='form-input__placeholder'
                onInput={(e) => onChange({ contractMonths: e.detail.value.replace(/\D/g, '') })}
              />
            </Field>
            <Field label='是高校毕业生吗' testId='precheck-graduate'>
              <YesNo value={a.graduate} onChange={(v) => onChange({ graduate: v })} testId='precheck-graduate' />
            </Field>
            {a.graduate === 'yes' && (
              <>
                <Field label='离校（毕业）日期' error={errors.graduatedOn} testId='precheck-graduated-on'>
                  <DateField testId='precheck-graduated-on' value={a.graduatedOn} onChange={(v) => onChange({ graduatedOn: v })} />
                </Field>
                <Field label='离校后到招用前，是否一直没有工作' testId='precheck-unemployed-since'>
                  <ChipRow>
                    <ChoiceChip single text='一直没有工作' testId='precheck-unemployed-since-yes' selected={a.unemployedSinceGraduation} onClick={() => onChange({ unemployedSinceGraduation: true })} />
                    <ChoiceChip single text='中间工作过' testId='precheck-unemployed-since-no' selected={!a.unemployedSinceGraduation} onClick={() => onChange({ unemployedSinceGraduation: false })} />
                  </ChipRow>
                </Field>
              </>
            )}
            <Field label='招用前是否登记了失业' testId='precheck-registered-unemployed'>
              <YesNo value={a.registeredUnemployed} onChange={(v) => onChange({ registeredUnemployed: v })} testId='precheck-registered-unemployed' yes='登记了' no='没有' />
            </Field>
            {a.registeredUnemployed === 'yes' && (
              <Field label='失业登记日期' error={errors.unemploymentRegisteredOn} testId='precheck-unemployment-registered-on'>
                <DateField testId='precheck-unemployment-registered-on' value={a.unemploymentRegisteredOn} onChange={(v) => onChange({ unemploymentRegisteredOn: v })} />
              </Field>
            )}
          </>
        )}
      </FormCard>

      <FormCard title='三、您是否属于就业困难人员' className='q-worker'>
        <Field label='如零就业家庭、低保家庭、大龄、残疾、长期失业' testId='precheck-assisted' hint='以社区就业援助台账认定为准。'>
          <YesNo value={a.assisted} onChange={(v) => onChange({ assisted: v })} testId='precheck-assisted' />
        </Field>
        {a.assisted === 'yes' && (
          <Field label={`属于哪一类（可以多选，已选 ${a.assistedCategories.length} 类）`} error={errors.assistedCategories} testId='precheck-category'>
            <ChipRow>
              {ASSISTED_CATEGORIES.map((c) => (
                <ChoiceChip key={c} text={c} testId={`precheck-category-${c}`} selected={a.assistedCategories.includes(c)} onClick={() => onChange({ assistedCategories: toggle(a.assistedCategories, c) })} />
              ))}
            </ChipRow>
          </Field>
        )}
        {a.assisted && (
          <Field label='现在的就业情况' error={errors.work} testId='precheck-work'>
            <ChipRow>
              {WORK_KINDS.map((w) => (
                <ChoiceChip key={w} single text={w} testId={`precheck-work-${w}`} selected={a.work === w} onClick={() => onChange({ work: w })} />
              ))}
            </ChipRow>
          </Field>
        )}
        {a.assisted === 'yes' && a.work && a.work !== '未就业' && (
          <Field label='从哪天开始就业' optional error={errors.startedOn} testId='precheck-started-on'>
            <DateField testId='precheck-started-on' value={a.startedOn} onChange={(v) => onChange({ startedOn: v })} />
          </Field>
        )}
      </FormCard>
      <Text className='subsidy-intro'>不想回答的部分可以不填，结果会告诉您还需要回答什么。</Text>
    </View>
  )
}
