import type { ReactNode } from 'react'
import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { JobType, Me, Profile } from '@contract'
import { Chip, ChipGroup } from '@/components/chip'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { JOB_TYPE_LABEL, JOB_TYPES } from '@/constants/options'
import {
  ASSISTED_CATEGORIES,
  AVAILABILITY,
  AVAILABILITY_LABEL,
  MAX_SKILLS,
  PHONE_MESSAGE,
  PHONE_PATTERN,
  SKILLS,
  type AssistedCategory,
  type Availability,
  type Skill,
} from '@/constants/profile'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { fetchMe } from '@/services/me'
import {
  fieldErrors,
  getProfile,
  hasSensitiveConsent,
  onProfileChanged,
  updateProfile,
  withdrawSensitiveConsent,
  type ProfileUpdate,
} from '@/services/profile'
import { formatDate } from '@/utils/format'
import { go, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

export default function ProfilePage() {
  const { status, me, error, reload } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page profile-page'>
        <LoginPrompt description='登录后可以填写您的资料，我们会据此为您推荐附近的岗位。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page profile-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  return <ProfileLoader me={me} />
}

function ProfileLoader({ me }: { me: Me }) {
  const profile = useAsync(getProfile, [me.id])
  if (profile.loading && !profile.data) return <PageLoading text='正在加载您的资料…' />
  if (profile.error || !profile.data) {
    return (
      <View className='page profile-page'>
        <ErrorState
          title='资料没有加载成功'
          error={profile.error}
          onRetry={profile.reload}
          secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }}
        />
      </View>
    )
  }
  return <ProfileForm me={me} initial={profile.data} />
}

interface Form {
  name: string
  /** A new number; '' keeps the saved one. */
  phone: string
  /** A new 身份证号; '' keeps the saved one. */
  idNumber: string
  /** The saved 身份证号 will be deleted on save. */
  idClear: boolean
  idEditing: boolean
  birthYear: string
  skills: Skill[]
  availability: Availability[]
  intentions: JobType[]
  assisted: AssistedCategory[]
}

function formFrom(p: Profile): Form {
  return {
    name: p.name,
    phone: '',
    idNumber: '',
    idClear: false,
    idEditing: false,
    birthYear: p.birthYear ? String(p.birthYear) : '',
    skills: [...p.skills],
    availability: [...p.availability],
    intentions: [...p.intentions],
    assisted: [...p.assistedCategories],
  }
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

const THIS_YEAR = new Date().getFullYear()
const BIRTH_YEAR_MESSAGE = '出生年份不正确'

/** The checks the server makes too, so most mistakes show before a round trip. Same Chinese messages. */
function validate(f: Form, birthFromId: boolean, idInput: boolean): Record<string, string> {
  const errors: Record<string, string> = {}
  const name = f.name.trim()
  if (!name) errors.name = '请填写姓名'
  else if (name.length > 20) errors.name = '姓名最多 20 个字'
  if (f.phone.trim() && !PHONE_PATTERN.test(f.phone.trim())) errors.phone = PHONE_MESSAGE
  if (idInput && f.idNumber.trim().length > 18) errors.idNumber = '身份证号最多 18 位'
  if (!birthFromId && f.birthYear.trim()) {
    const y = Number(f.birthYear.trim())
    if (!Number.isInteger(y) || y < 1930 || y > THIS_YEAR - 14) errors.birthYear = BIRTH_YEAR_MESSAGE
  }
  if (f.skills.length > MAX_SKILLS) errors.skills = `技能最多选 ${MAX_SKILLS} 项`
  return errors
}

function ProfileForm({ me, initial }: { me: Me; initial: Profile }) {
  const [server, setServer] = useState<Profile>(initial)
  const [form, setForm] = useState<Form>(() => formFrom(initial))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [dirty, setDirty] = useState(false)
  const savingRef = useRef(false)

  const consented = hasSensitiveConsent(server)
  // The server reads the birth year from the 身份证号 when there is one.
  const hasId = !!server.idNumberMasked && !form.idClear
  const birthFromId = hasId && server.birthYear !== null
  // The input shows when nothing is saved yet, or after 「更换」.
  const idInput = !server.idNumberMasked || form.idEditing

  // The consent page grants or withdraws on its own: take the new consent state (and categories) without
  // throwing away edits made here.
  useEffect(
    () =>
      onProfileChanged((p) => {
        setServer(p)
        setForm((f) => ({ ...f, assisted: [...p.assistedCategories] }))
      }),
    [],
  )

  const edit = (patch: Partial<Form>, field?: string) => {
    setForm((f) => ({ ...f, ...patch }))
    setDirty(true)
    setBanner(null)
    if (field && errors[field]) setErrors((e) => ({ ...e, [field]: '' }))
  }

  const toggleSkill = (s: Skill) => {
    if (!form.skills.includes(s) && form.skills.length >= MAX_SKILLS) {
      Taro.showToast({ title: `技能最多选 ${MAX_SKILLS} 项`, icon: 'none' })
      return
    }
    edit({ skills: toggle(form.skills, s) }, 'skills')
  }

  const clearId = async () => {
    const { confirm } = await Taro.showModal({
      title: '清除身份证号',
      content: '保存后将删除您填写的身份证号。确定要清除吗？',
      confirmText: '清除',
      cancelText: '不清除',
    })
    if (confirm) edit({ idClear: true, idEditing: false, idNumber: '' }, 'idNumber')
  }

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回同意',
      content: '撤回后，我们会立即删除您申报的困难类别，社区将不能据此为您优先提供就业援助。确定撤回吗？',
      confirmText: '撤回',
      cancelText: '不撤回',
    })
    if (!confirm) return
    Taro.showLoading({ title: '正在撤回', mask: true })
    try {
      await withdrawSensitiveConsent()
      Taro.hideLoading()
      Taro.showToast({ title: '已撤回，困难类别已删除', icon: 'none', duration: 2000 })
    } catch (e) {
      Taro.hideLoading()
      Taro.showModal({ title: '撤回没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    }
  }

  const save = async () => {
    if (savingRef.current) return
    const local = validate(form, birthFromId, idInput)
    const bad = Object.keys(local).filter((k) => local[k])
    if (bad.length) {
      setErrors(local)
      setBanner({ kind: 'error', text: `有 ${bad.length} 处需要修改，请看标红的提示。` })
      scrollToFirstError()
      return
    }
    const body: ProfileUpdate = {
      name: form.name.trim(),
      skills: form.skills,
      availability: form.availability,
      intentions: form.intentions,
    }
    if (form.phone.trim()) body.phone = form.phone.trim()
    if (form.idClear) body.idNumber = ''
    else if (idInput && form.idNumber.trim()) body.idNumber = form.idNumber.trim()
    if (!birthFromId) body.birthYear = form.birthYear.trim() ? Number(form.birthYear.trim()) : null
    if (consented) body.assistedCategories = form.assisted

    savingRef.current = true
    setSaving(true)
    setBanner(null)
    setErrors({})
    try {
      const saved = await updateProfile(body)
      setServer(saved)
      setForm(formFrom(saved))
      setDirty(false)
      setBanner({ kind: 'ok', text: '✓ 已保存' })
      Taro.showToast({ title: '已保存', icon: 'success' })
      // 我的 shows the name and masked phone from /me.
      fetchMe().catch(() => undefined)
    } catch (e) {
      const fields = fieldErrors(e)
      setErrors(fields)
      if (isApiError(e) && e.code === 'CONSENT_REQUIRED') {
        // The consent was withdrawn elsewhere: show the section as it now is on the server.
        getProfile()
          .then((p) => {
            setServer(p)
            setForm((f) => ({ ...f, assisted: [...p.assistedCategories] }))
          })
          .catch(() => undefined)
      }
      const n = Object.keys(fields).length
      setBanner({ kind: 'error', text: n ? `保存没有成功：有 ${n} 处需要修改，请看标红的提示。` : `保存没有成功：${errorMessage(e)}` })
      if (n) scrollToFirstError()
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }

  return (
    <View className='page profile-page'>
      <Text className='profile-intro'>这些资料只用于为您推荐附近合适的岗位，和社区为您提供就业服务。</Text>

      <View className='card form-card'>
        <Text className='form-card__title'>基本信息</Text>

        <Field label='姓名' error={errors.name}>
          <Input
            className='form-input profile-name'
            value={form.name}
            maxlength={20}
            placeholder='请填写姓名'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ name: e.detail.value }, 'name')}
          />
        </Field>

        <Field
          label='手机号'
          error={errors.phone}
          hint={server.phoneMasked ? `现在的号码：${server.phoneMasked}。不换号码就不用填。` : '还没有留手机号。'}
        >
          <Input
            className='form-input profile-phone'
            type='number'
            value={form.phone}
            maxlength={11}
            placeholder={server.phoneMasked ? '要更换时填写新号码' : '请填写 11 位手机号'}
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ phone: e.detail.value }, 'phone')}
          />
        </Field>

        <Field label='身份证号（选填）' error={errors.idNumber}>
          {server.idNumberMasked && !form.idEditing ? (
            <View className='id-row'>
              <Text className={`id-row__value${form.idClear ? ' id-row__value--cleared' : ''}`}>{server.idNumberMasked}</Text>
              {form.idClear ? (
                <View className='id-row__actions'>
                  <Text className='id-row__pending'>保存后清除</Text>
                  <Text className='text-link' onClick={() => edit({ idClear: false }, 'idNumber')}>
                    撤销
                  </Text>
                </View>
              ) : (
                <View className='id-row__actions'>
                  <Text className='text-link id-replace' onClick={() => edit({ idEditing: true }, 'idNumber')}>
                    更换
                  </Text>
                  <Text className='text-link text-link--danger id-clear' onClick={clearId}>
                    清除
                  </Text>
                </View>
              )}
            </View>
          ) : (
            <View>
              <Input
                className='form-input profile-id'
                type='idcard'
                value={form.idNumber}
                maxlength={18}
                placeholder='18 位身份证号，不填也可以'
                placeholderClass='form-input__placeholder'
                onInput={(e) => edit({ idNumber: e.detail.value }, 'idNumber')}
              />
              {server.idNumberMasked && (
                <Text className='text-link' onClick={() => edit({ idEditing: false, idNumber: '' }, 'idNumber')}>
                  不更换了
                </Text>
              )}
            </View>
          )}
        </Field>
        <Text className='form-note'>身份证号选填，加密保存，页面上只显示部分号码。</Text>

        <Field label='出生年份' error={errors.birthYear}>
          {birthFromId ? (
            <View className='birth-row'>
              <Text className='birth-row__value'>{`${server.birthYear} 年`}</Text>
              <Text className='birth-row__hint birth-from-id'>已从身份证号读取</Text>
            </View>
          ) : (
            <Input
              className='form-input profile-birth-year'
              type='number'
              value={form.birthYear}
              maxlength={4}
              placeholder='例如 1968'
              placeholderClass='form-input__placeholder'
              onInput={(e) => edit({ birthYear: e.detail.value }, 'birthYear')}
            />
          )}
        </Field>

        <View className='home-row' onClick={() => go(PAGES.picker)} ariaRole='button' ariaLabel='更换我的社区'>
          <View className='home-row__main'>
            <Text className='field__label'>我的社区</Text>
            <Text className='home-row__value'>{me.homeCommunity ? me.homeCommunity.name : '还没有选择'}</Text>
          </View>
          <Text className='home-row__go'>{me.homeCommunity ? '更换 ›' : '选择 ›'}</Text>
        </View>
      </View>

      <View className='card form-card'>
        <Text className='form-card__title'>我会做的（最多 {MAX_SKILLS} 项）</Text>
        {errors.skills && <Text className='field__error'>{errors.skills}</Text>}
        <ChipGroup className='skill-chips'>
          {SKILLS.map((s) => (
            <Chip key={s} className='skill-chip' text={s} selected={form.skills.includes(s)} onClick={() => toggleSkill(s)} />
          ))}
        </ChipGroup>
      </View>

      <View className='card form-card'>
        <Text className='form-card__title'>什么时候有空</Text>
        <ChipGroup>
          {AVAILABILITY.map((a) => (
            <Chip
              key={a}
              className='availability-chip'
              value={a}
              text={AVAILABILITY_LABEL[a]}
              selected={form.availability.includes(a)}
              onClick={() => edit({ availability: toggle(form.availability, a) })}
            />
          ))}
        </ChipGroup>
      </View>

      <View className='card form-card'>
        <Text className='form-card__title'>想找的工作</Text>
        <ChipGroup>
          {JOB_TYPES.map((t) => (
            <Chip
              key={t}
              className='intention-chip'
              value={t}
              text={JOB_TYPE_LABEL[t]}
              selected={form.intentions.includes(t)}
              onClick={() => edit({ intentions: toggle(form.intentions, t) })}
            />
          ))}
        </ChipGroup>
      </View>

      <AssistedSection
        consented={consented}
        grantedAt={server.consents.find((c) => c.kind === 'sensitive-personal-info')?.grantedAt ?? null}
        selected={form.assisted}
        error={errors.assistedCategories}
        onToggle={(c) => edit({ assisted: toggle(form.assisted, c) }, 'assistedCategories')}
        onWithdraw={withdraw}
      />

      <View className='profile-footer'>
        {banner ? (
          <View className={`profile-banner profile-banner--${banner.kind}`} ariaRole='alert'>
            <Text>{banner.text}</Text>
          </View>
        ) : (
          dirty && <Text className='profile-footer__hint'>有修改还没有保存</Text>
        )}
        <Button type='primary' size='xlarge' block className='profile-save' loading={saving} disabled={saving} onClick={save}>
          {saving ? '正在保存…' : '保存资料'}
        </Button>
      </View>
    </View>
  )
}

/** Bring the first field with a red message into view (after React has rendered it). */
function scrollToFirstError(): void {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.field--error, .field__error', offsetTop: -80, duration: 300 }).catch(() => undefined)
  }, 50)
}

function Field({ label, error, hint, children }: { label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className='field__label'>{label}</Text>
      {children}
      {hint && !error && <Text className='field__hint'>{hint}</Text>}
      {error && (
        <View className='field__error' ariaRole='alert'>
          <Text>{error}</Text>
        </View>
      )}
    </View>
  )
}

interface AssistedProps {
  consented: boolean
  grantedAt: string | null
  selected: AssistedCategory[]
  error?: string
  onToggle: (c: AssistedCategory) => void
  onWithdraw: () => void
}

/** 困难类别: sensitive, so it stays closed until the resident has read and agreed on the consent page. */
function AssistedSection({ consented, grantedAt, selected, error, onToggle, onWithdraw }: AssistedProps) {
  if (!consented) {
    return (
      <View className='card form-card assisted assisted--closed'>
        <Text className='form-card__title'>困难类别</Text>
        <Text className='assisted__text'>
          如果您家是零就业家庭、低保家庭，或您是残疾人、长期失业等就业困难人员，可以申报。社区会为您优先提供就业援助和公益性岗位。不申报也不影响找工作。
        </Text>
        <Button size='large' block fill='outline' className='assisted-entry' onClick={() => go(PAGES.consent)}>
          申报困难类别（可选）
        </Button>
      </View>
    )
  }
  return (
    <View className='card form-card assisted'>
      <Text className='form-card__title'>困难类别（可多选）</Text>
      <Text className='assisted__text'>
        {`您已于${grantedAt ? formatDate(grantedAt) : ''}同意处理这项敏感个人信息。只有本社区工作人员能看到，用工单位看不到。`}
      </Text>
      {error && <Text className='field__error'>{error}</Text>}
      <ChipGroup className='assisted__chips'>
        {ASSISTED_CATEGORIES.map((c) => (
          <Chip key={c} className='assisted-chip' text={c} selected={selected.includes(c)} onClick={() => onToggle(c)} />
        ))}
      </ChipGroup>
      <Text className='assisted__text'>选好后请点下方「保存资料」。</Text>
      <Button size='large' block fill='outline' className='withdraw-consent' onClick={onWithdraw}>
        撤回同意并删除困难类别
      </Button>
    </View>
  )
}
