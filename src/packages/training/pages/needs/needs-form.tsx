import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { TrainingCategory, TrainingFormat } from '@contract'
import { Button } from '@/components/nut'
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_SITUATIONS,
  MAX_WANTED_CATEGORIES,
  SKILL_LEVELS,
  TRAINING_CATEGORIES,
  TRAINING_FORMATS,
  type EducationLevel,
  type EmploymentSituation,
  type SkillLevel,
} from '@/constants/trainings'
import { errorMessage, fieldErrorsOf } from '@/services/api-error'
import { saveTrainingNeeds, type TrainingNeeds } from '@/services/training-needs'
import { go, PAGES } from '@/utils/routes'
import { ChoiceChip, ChipRow, Field, FormBanner, FormCard } from '../../../employer/components/form-parts'

type Errors = Partial<Record<'situation' | 'education' | 'skillLevel' | 'wantedCategories' | 'direction', string>>

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])

/** The same checks and messages as the contract, so most mistakes show before anything is sent. */
function check(v: { situation: string | null; education: string | null; skillLevel: string | null; wanted: string[]; direction: string }): Errors {
  const e: Errors = {}
  if (!v.situation) e.situation = '请选择目前的情况'
  if (!v.education) e.education = '请选择文化程度'
  if (!v.skillLevel) e.skillLevel = '请选择技能水平'
  if (v.wanted.length === 0) e.wantedCategories = '请至少选一个想学的方向'
  const d = v.direction.trim()
  if (d.length < 2) e.direction = '请说说想找什么工作'
  else if (d.length > 50) e.direction = '最多 50 个字'
  return e
}

export function NeedsForm({ initial }: { initial: TrainingNeeds | null }) {
  const [situation, setSituation] = useState<EmploymentSituation | null>(initial?.situation ?? null)
  const [education, setEducation] = useState<EducationLevel | null>(initial?.education ?? null)
  const [skillLevel, setSkillLevel] = useState<SkillLevel | null>(initial?.skillLevel ?? null)
  const [wanted, setWanted] = useState<TrainingCategory[]>(initial?.wantedCategories ?? [])
  const [formats, setFormats] = useState<TrainingFormat[]>(initial?.preferredFormats ?? [])
  const [direction, setDirection] = useState(initial?.direction ?? '')
  // Checked live once 保存 was tapped, so a red message goes away as soon as the answer is fixed.
  const [tried, setTried] = useState(false)
  const [serverErrors, setServerErrors] = useState<Errors>({})
  const [saving, setSaving] = useState(false)
  const errors: Errors = tried ? { ...serverErrors, ...check({ situation, education, skillLevel, wanted, direction }) } : serverErrors

  const toggleWanted = (c: TrainingCategory) => {
    if (!wanted.includes(c) && wanted.length >= MAX_WANTED_CATEGORIES) {
      Taro.showToast({ title: `最多选 ${MAX_WANTED_CATEGORIES} 个，先去掉一个再选`, icon: 'none', duration: 2500 })
      return
    }
    setWanted(toggle(wanted, c))
  }

  const save = async () => {
    if (saving) return
    const found = check({ situation, education, skillLevel, wanted, direction })
    setTried(true)
    setServerErrors({})
    if (Object.keys(found).length > 0 || !situation || !education || !skillLevel) {
      Taro.showToast({ title: '还有几项没有填好，请看红字', icon: 'none', duration: 2500 })
      return
    }
    setSaving(true)
    try {
      await saveTrainingNeeds({ situation, education, skillLevel, wantedCategories: wanted, preferredFormats: formats, direction: direction.trim() })
      Taro.showToast({ title: '已保存，正在为您推荐培训', icon: 'none', duration: 2000 })
      // The 培训 tab hears about the save (onTrainingNeedsChanged) and shows the new recommendations.
      setTimeout(() => go(PAGES.training), 800)
    } catch (e) {
      const fields = fieldErrorsOf(e, (path) => path.split('.')[0])
      setServerErrors(fields as Errors)
      Taro.showModal({ title: '没有保存成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='page needs-page'>
      <Text className='needs-intro'>说清楚这四件事，社区就能为您安排合适的培训。每项点一下就能选，选错了再点一下换。</Text>

      <FormCard title='一、基本情况'>
        <Field label='您目前的情况' error={errors.situation} testId='needs-situation'>
          <ChipRow>
            {EMPLOYMENT_SITUATIONS.map((v) => (
              <ChoiceChip key={v} single text={v} testId={`needs-situation-${v}`} selected={situation === v} onClick={() => setSituation(v)} />
            ))}
          </ChipRow>
        </Field>
        <Field label='文化程度' error={errors.education} testId='needs-education'>
          <ChipRow>
            {EDUCATION_LEVELS.map((v) => (
              <ChoiceChip key={v} single text={v} testId={`needs-education-${v}`} selected={education === v} onClick={() => setEducation(v)} />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='二、技能水平'>
        <Field label='您现在的技能' error={errors.skillLevel} testId='needs-skill'>
          <ChipRow>
            {SKILL_LEVELS.map((v) => (
              <ChoiceChip key={v} single text={v} testId={`needs-skill-${v}`} selected={skillLevel === v} onClick={() => setSkillLevel(v)} />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='三、培训意愿'>
        <Field label={`想学什么（最多选 ${MAX_WANTED_CATEGORIES} 个，已选 ${wanted.length} 个）`} error={errors.wantedCategories} testId='needs-category'>
          <ChipRow>
            {TRAINING_CATEGORIES.map((v) => (
              <ChoiceChip key={v} text={v} testId={`needs-category-${v}`} selected={wanted.includes(v)} onClick={() => toggleWanted(v)} />
            ))}
          </ChipRow>
        </Field>
        <Field label='方便的上课形式' optional hint='不选表示都可以。'>
          <ChipRow>
            {TRAINING_FORMATS.map((v) => (
              <ChoiceChip key={v} text={v} testId={`needs-format-${v}`} selected={formats.includes(v)} onClick={() => setFormats(toggle(formats, v))} />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='四、就业方向'>
        <Field label='学完想找什么工作' error={errors.direction} hint='2 到 50 个字，如：养老护理员、做面点、开网店' testId='needs-direction'>
          <Input
            className='form-input'
            data-testid='needs-direction'
            value={direction}
            maxlength={50}
            placeholder='如：想到养老院做护理员'
            placeholderClass='form-input__placeholder'
            onInput={(e) => setDirection(e.detail.value)}
          />
        </Field>
      </FormCard>

      {Object.keys(errors).length > 0 && (
        <FormBanner kind='error' testId='needs-errors'>
          <Text>还有几项没有填好：{Object.values(errors).join('；')}</Text>
        </FormBanner>
      )}

      <View className='form-footer'>
        <Button type='primary' size='xlarge' block data-testid='needs-save' loading={saving} disabled={saving} onClick={save}>
          {saving ? '正在保存…' : '保存并看推荐'}
        </Button>
      </View>
    </View>
  )
}
