import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { Posting } from '@contract'
import { Button } from '@/components/nut'
import { POSTING_LIMITS } from '@/constants/employer'
import { JOB_TYPE_LABEL, JOB_TYPES, PAY_UNITS, SUITABILITY_TAGS } from '@/constants/options'
import { SKILLS } from '@/constants/profile'
import { createPosting, updatePosting } from '@/services/postings'
import { go, PAGES } from '@/utils/routes'
import { CommunityField } from '../../components/community-field'
import { ChipRow, ChoiceChip, Field, FormCard } from '../../components/form-parts'
import { applyTemplate, countErrors, formFromPosting, toPostingBody, validatePostForm, withCommunityName, type PostErrors, type PostForm } from './post-form-state'
import { explainPostError, PostProblemBox, type PostProblem } from './post-problem'
import { ScheduleFields } from './schedule-fields'
import { TemplateBar } from './template-bar'

export interface PostingFormProps {
  initial: PostForm
  /** 修改: the posting being edited (PUT); otherwise a new posting (POST). */
  editing: Posting | null
  orgVerified: boolean
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

function scrollToFirstError(): void {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.field--error', offsetTop: -80, duration: 300 }).catch(() => undefined)
  }, 50)
}

/** After saving: back to 我的岗位 (it reloads on show), or open it when this page was opened directly. */
function goJobsAfterSave(): void {
  const pages = Taro.getCurrentPages()
  const previous = pages[pages.length - 2]
  if (previous && `/${(previous.route || '').replace(/^\//, '')}` === PAGES.employerJobs) Taro.navigateBack()
  else go(PAGES.employerJobs, { replace: true })
}

export function PostingForm({ initial, editing, orgVerified }: PostingFormProps) {
  const [form, setForm] = useState<PostForm>(initial)
  const [errors, setErrors] = useState<PostErrors>({})
  const [problem, setProblem] = useState<PostProblem | null>(null)
  const [saving, setSaving] = useState<'publish' | 'draft' | null>(null)
  const savingRef = useRef(false)
  // A posting already live cannot go back to being a draft.
  const canDraft = !editing || editing.status === 'draft'

  const edit = (patch: Partial<PostForm>, ...fields: string[]) => {
    setForm((f) => ({ ...f, ...patch }))
    setProblem(null)
    if (fields.some((k) => errors[k])) setErrors((e) => ({ ...e, ...Object.fromEntries(fields.map((k) => [k, undefined])) }))
  }

  const fill = (next: PostForm) => {
    setForm(next)
    setErrors({})
    setProblem(null)
  }

  const save = async (publish: boolean) => {
    if (savingRef.current) return
    const local = validatePostForm(form)
    const n = countErrors(local)
    if (n) {
      setErrors(local)
      setProblem({ kind: 'fields', count: n })
      scrollToFirstError()
      return
    }
    savingRef.current = true
    setSaving(publish ? 'publish' : 'draft')
    setProblem(null)
    try {
      const body = toPostingBody(form, publish)
      const saved = editing ? await updatePosting(editing.id, body) : await createPosting(body)
      const title = saved.status === 'draft' ? '已存草稿' : editing ? '已保存' : '已发布'
      Taro.showToast({ title, icon: 'success', duration: 1500 })
      setTimeout(goJobsAfterSave, 600)
    } catch (e) {
      const { problem: p, fields } = explainPostError(e, form.scheduleKind)
      setErrors(fields)
      setProblem(p)
      if (Object.values(fields).some(Boolean)) scrollToFirstError()
    } finally {
      savingRef.current = false
      setSaving(null)
    }
  }

  const L = POSTING_LIMITS
  return (
    <View className='posting-form' data-testid='post-form'>
      {!editing && (
        <TemplateBar
          selectedId={form.templateId}
          onTemplate={(t) => fill(applyTemplate(form, t))}
          onRepeat={(p) => fill(withCommunityName(formFromPosting(p, 'repeat'), form.community))}
        />
      )}
      {!orgVerified && (
        <View className='form-banner form-banner--info' data-testid='post-unverified-note'>
          <Text>单位还在认证中：现在可以先「存草稿」，认证通过后到「我的岗位」里发布。</Text>
        </View>
      )}

      <FormCard title='做什么'>
        <Field label='岗位名称' error={errors.title} testId='post-title'>
          <Input
            className='form-input'
            data-testid='post-title'
            value={form.title}
            maxlength={L.titleMax}
            placeholder='例如：小区楼道保洁'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ title: e.detail.value }, 'title')}
          />
        </Field>
        <Field label='岗位类型' error={errors.type}>
          <ChipRow>
            {JOB_TYPES.map((t) => (
              <ChoiceChip key={t} single text={JOB_TYPE_LABEL[t]} testId={`post-type-${t}`} selected={form.type === t} onClick={() => edit({ type: t }, 'type')} />
            ))}
          </ChipRow>
        </Field>
        <Field label='工作内容' error={errors.description} hint={`${form.description.trim().length}/${L.descriptionMax} 字，写清楚做什么、在哪做、怎么结算`} testId='post-description'>
          <Textarea
            className='form-textarea'
            data-testid='post-description'
            value={form.description}
            maxlength={L.descriptionMax}
            autoHeight={false}
            placeholder='例如：打扫小区楼道和电梯间，工具由单位提供，当天结算'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ description: e.detail.value }, 'description')}
          />
        </Field>
      </FormCard>

      <FormCard title='什么时候'>
        <ScheduleFields form={form} errors={errors} edit={edit} />
      </FormCard>

      <FormCard title='招几个人，给多少钱'>
        <Field label='招聘人数' error={errors.headcount} testId='post-headcount'>
          <View className='stepper'>
            <View
              className='stepper__button'
              data-testid='post-headcount-minus'
              onClick={() => edit({ headcount: String(Math.max(L.headcountMin, (Number(form.headcount) || 0) - 1)) }, 'headcount')}
              ariaRole='button'
              ariaLabel='减少 1 人'
            >
              <Text>−</Text>
            </View>
            <Input
              className='form-input stepper__input'
              data-testid='post-headcount'
              type='number'
              value={form.headcount}
              maxlength={3}
              onInput={(e) => edit({ headcount: e.detail.value.replace(/\D/g, '') }, 'headcount')}
            />
            <View
              className='stepper__button'
              data-testid='post-headcount-plus'
              onClick={() => edit({ headcount: String(Math.min(L.headcountMax, (Number(form.headcount) || 0) + 1)) }, 'headcount')}
              ariaRole='button'
              ariaLabel='增加 1 人'
            >
              <Text>＋</Text>
            </View>
            <Text className='stepper__unit'>人</Text>
          </View>
        </Field>
        <Field label='工资' error={errors.payAmount} hint='不能低于威海市最低工资标准（每小时 21 元）' testId='post-pay'>
          <View className='pay-row'>
            <Input
              className='form-input pay-row__input'
              data-testid='post-pay'
              type='digit'
              value={form.payAmount}
              maxlength={9}
              placeholder='例如 25'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ payAmount: e.detail.value }, 'payAmount')}
            />
            <Text className='pay-row__unit'>{form.payUnit}</Text>
          </View>
          <ChipRow className='pay-units'>
            {PAY_UNITS.map((u) => (
              <ChoiceChip key={u} single text={u} testId={`post-pay-unit-${u}`} selected={form.payUnit === u} onClick={() => edit({ payUnit: u }, 'payAmount')} />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='在哪里'>
        <Field label='所在社区' error={errors.communityCode} testId='post-community'>
          <CommunityField testId='post-community' value={form.community} onChange={(c) => edit({ community: c }, 'communityCode')} />
        </Field>
        <Field label='工作地点' error={errors.address} hint='已按单位地址填好，在别处干活请修改' testId='post-address'>
          <Input
            className='form-input'
            data-testid='post-address'
            value={form.address}
            maxlength={L.addressMax}
            placeholder='例如：统一路 88 号 2 楼'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ address: e.detail.value }, 'address')}
          />
        </Field>
      </FormCard>

      <FormCard title='要求'>
        <Field label='年龄' optional error={errors.ageMin || errors.ageMax} hint='不限就不填' testId='post-age'>
          <View className='age-row'>
            <Input
              className='form-input age-row__input'
              data-testid='post-age-min'
              type='number'
              value={form.ageMin}
              maxlength={2}
              placeholder='不限'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ ageMin: e.detail.value }, 'ageMin', 'ageMax')}
            />
            <Text className='age-row__to'>到</Text>
            <Input
              className='form-input age-row__input'
              data-testid='post-age-max'
              type='number'
              value={form.ageMax}
              maxlength={2}
              placeholder='不限'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ ageMax: e.detail.value }, 'ageMin', 'ageMax')}
            />
            <Text className='age-row__to'>岁</Text>
          </View>
        </Field>
        <Field label='适合谁'>
          <ChipRow>
            {SUITABILITY_TAGS.map((t) => (
              <ChoiceChip key={t} text={t} testId={`post-tag-${t}`} selected={form.tags.includes(t)} onClick={() => edit({ tags: toggle(form.tags, t) })} />
            ))}
          </ChipRow>
        </Field>
        <Field label={`需要会什么（最多 ${L.skillsMax} 项）`} optional error={errors.skills} hint='会推荐给有这些技能的居民'>
          <ChipRow className='skill-chips'>
            {SKILLS.map((s) => (
              <ChoiceChip
                key={s}
                className='skill-chip'
                text={s}
                testId={`post-skill-${s}`}
                selected={form.skills.includes(s)}
                disabled={!form.skills.includes(s) && form.skills.length >= L.skillsMax}
                onClick={() => edit({ skills: toggle(form.skills, s) }, 'skills')}
              />
            ))}
          </ChipRow>
        </Field>
        <Field label='其他要求' optional error={errors.requirements} hint={`每行一条，最多 ${L.requirementsMax} 条`} testId='post-requirements'>
          <Textarea
            className='form-textarea form-textarea--short'
            data-testid='post-requirements'
            value={form.requirements}
            maxlength={L.requirementsMax * (L.requirementMax + 1)}
            autoHeight={false}
            placeholder='例如：能搬运 25 公斤左右的货物'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ requirements: e.detail.value }, 'requirements')}
          />
        </Field>
        <View
          className={`switch-row${form.waitlistEnabled ? ' switch-row--on' : ''}`}
          data-testid='post-waitlist'
          data-selected={form.waitlistEnabled ? 'true' : 'false'}
          onClick={() => edit({ waitlistEnabled: !form.waitlistEnabled })}
          ariaRole='switch'
          ariaLabel={`允许候补，${form.waitlistEnabled ? '已打开' : '已关闭'}`}
        >
          <View className='switch-row__main'>
            <Text className='switch-row__title'>允许候补</Text>
            <Text className='switch-row__hint'>人满后还能排队，有人退出时按顺序补上</Text>
          </View>
          <View className='switch-row__track'>
            <View className='switch-row__knob' />
          </View>
        </View>
      </FormCard>

      <View className='form-footer'>
        {problem && (
          <PostProblemBox problem={problem} busy={saving === 'draft'} onSaveDraft={() => save(false)} onRegisterOrg={() => go(PAGES.employerOrg)} />
        )}
        <View className='form-footer__row'>
          {canDraft && (
            <Button size='xlarge' fill='outline' data-testid='post-draft' loading={saving === 'draft'} disabled={!!saving} onClick={() => save(false)}>
              存草稿
            </Button>
          )}
          <Button type='primary' size='xlarge' data-testid='post-submit' loading={saving === 'publish'} disabled={!!saving} onClick={() => save(true)}>
            {editing && editing.status !== 'draft' ? '保存修改' : '发布'}
          </Button>
        </View>
      </View>
    </View>
  )
}
