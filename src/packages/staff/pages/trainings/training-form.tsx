import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { TargetGroup, TrainingCategory, TrainingFormat } from '@contract'
import { Button } from '@/components/nut'
import { TARGET_GROUPS, TRAINING_CATEGORIES, TRAINING_FORMATS, TRAINING_TYPES, type TrainingType } from '@/constants/trainings'
import { useAsync } from '@/hooks/use-async'
import { errorMessage, fieldErrorsOf } from '@/services/api-error'
import { verifiedOrgs } from '@/services/events'
import { createTraining, type CreateTrainingBody } from '@/services/staff-trainings'
import { CommunityField, type CommunityChoice } from '../../../employer/components/community-field'
import { ChoiceChip, ChipRow, Field, FormBanner, FormCard } from '../../../employer/components/form-parts'

type Errors = Record<string, string>

/** Where the API's field path points, as this form names it (`eligibility.ageMax` → `ageMax`). */
const keyOf = (path: string) => path.replace(/^eligibility\./, '').split('.')[0]

/**
 * 发布培训: one item of the county list (培训内容, 学时, 参训要求, 补贴标准) with who may join, who runs it and where.
 * The server checks everything again and answers in Chinese; this form only helps fill it in.
 */
export function TrainingForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: () => void }) {
  const [title, setTitle] = useState('')
  const [type, setType] = useState<TrainingType>('就业技能')
  const [category, setCategory] = useState<TrainingCategory | null>(null)
  const [format, setFormat] = useState<TrainingFormat | null>(null)
  const [content, setContent] = useState('')
  const [hours, setHours] = useState('')
  const [requirements, setRequirements] = useState('')
  const [ageMin, setAgeMin] = useState('16')
  const [ageMax, setAgeMax] = useState('60')
  const [groups, setGroups] = useState<TargetGroup[]>(['城乡劳动者'])
  const [subsidy, setSubsidy] = useState('')
  const [provider, setProvider] = useState('')
  const [providerOrgId, setProviderOrgId] = useState<string | null>(null)
  const [address, setAddress] = useState('')
  const [community, setCommunity] = useState<CommunityChoice | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const orgs = useAsync(verifiedOrgs, [])

  const toggleGroup = (g: TargetGroup) => setGroups((gs) => (gs.includes(g) ? gs.filter((x) => x !== g) : [...gs, g]))

  const pickOrg = (org: { id: string; name: string }) => {
    if (providerOrgId === org.id) return setProviderOrgId(null)
    setProviderOrgId(org.id)
    if (!provider.trim()) setProvider(org.name)
  }

  const submit = async () => {
    if (busy) return
    const found: Errors = {}
    if (!category) found.category = '请选择培训类别'
    if (!format) found.format = '请选择上课形式'
    if (!community) found.communityCode = '请选择所在社区（村）'
    if (groups.length === 0) found.groups = '请至少选一类参训人群'
    if (!(Number(hours) > 0)) found.hours = '培训学时必须大于 0'
    setErrors(found)
    if (Object.keys(found).length > 0 || !category || !format || !community) {
      Taro.showToast({ title: '还有几项没有填好，请看红字', icon: 'none', duration: 2500 })
      return
    }
    const body: CreateTrainingBody = {
      title: title.trim(),
      type,
      category,
      format,
      content: content.trim(),
      hours: Number(hours),
      requirements: requirements.trim(),
      eligibility: { ageMin: Number(ageMin) || 0, ageMax: Number(ageMax) || 0, groups },
      subsidyStandard: subsidy.trim(),
      provider: provider.trim(),
      providerOrgId,
      address: address.trim(),
      communityCode: community.code,
    }
    setBusy(true)
    try {
      await createTraining(body)
      Taro.showToast({ title: '培训已发布', icon: 'success' })
      onCreated()
    } catch (e) {
      setErrors(fieldErrorsOf(e, keyOf))
      Taro.showModal({ title: '没有发布成功', content: errorMessage(e), showCancel: false, confirmText: '去修改' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='training-form' data-testid='training-form'>
      <FormCard title='发布培训：培训项目'>
        <Field label='培训名称' error={errors.title}>
          <Input className='form-input' data-testid='training-form-title' value={title} maxlength={40} placeholder='如：养老护理员培训夜课' onInput={(e) => setTitle(e.detail.value)} />
        </Field>
        <Field label='培训类型' error={errors.type}>
          <ChipRow>
            {TRAINING_TYPES.map((v) => (
              <ChoiceChip key={v} single text={v} testId={`training-form-type-${v}`} selected={type === v} onClick={() => setType(v)} />
            ))}
          </ChipRow>
        </Field>
        <Field label='培训类别' error={errors.category}>
          <ChipRow>
            {TRAINING_CATEGORIES.map((v) => (
              <ChoiceChip key={v} single text={v} testId={`training-form-category-${v}`} selected={category === v} onClick={() => setCategory(v)} />
            ))}
          </ChipRow>
        </Field>
        <Field label='上课形式' error={errors.format}>
          <ChipRow>
            {TRAINING_FORMATS.map((v) => (
              <ChoiceChip key={v} single text={v} testId={`training-form-format-${v}`} selected={format === v} onClick={() => setFormat(v)} />
            ))}
          </ChipRow>
        </Field>
      </FormCard>

      <FormCard title='清单四项'>
        <Field label='培训内容' error={errors.content} hint='至少 10 个字，写清楚学什么、练什么。'>
          <Textarea className='form-textarea' data-testid='training-form-content' value={content} maxlength={500} placeholder='如：老年人生活照料、基础护理、康复训练…' onInput={(e) => setContent(e.detail.value)} />
        </Field>
        <Field label='培训学时' error={errors.hours} hint='学满这么多学时即可结业。'>
          <Input className='form-input' data-testid='training-form-hours' type='digit' value={hours} placeholder='如 40' onInput={(e) => setHours(e.detail.value)} />
        </Field>
        <Field label='参训要求' error={errors.requirements}>
          <Textarea className='form-textarea' data-testid='training-form-requirements' value={requirements} maxlength={200} placeholder='如：身体健康，能坚持参加夜课' onInput={(e) => setRequirements(e.detail.value)} />
        </Field>
        <View className='training-form__ages'>
          <Field label='最小年龄' error={errors.ageMin}>
            <Input className='form-input' data-testid='training-form-age-min' type='number' value={ageMin} onInput={(e) => setAgeMin(e.detail.value)} />
          </Field>
          <Field label='最大年龄' error={errors.ageMax}>
            <Input className='form-input' data-testid='training-form-age-max' type='number' value={ageMax} onInput={(e) => setAgeMax(e.detail.value)} />
          </Field>
        </View>
        <Field label='面向人群（满足其一即可）' error={errors.groups} hint='选「城乡劳动者」即不限人群。'>
          <ChipRow>
            {TARGET_GROUPS.map((g) => (
              <ChoiceChip key={g} text={g} testId={`training-form-group-${g}`} selected={groups.includes(g)} onClick={() => toggleGroup(g)} />
            ))}
          </ChipRow>
        </Field>
        <Field label='补贴标准' error={errors.subsidyStandard}>
          <Textarea className='form-textarea' data-testid='training-form-subsidy' value={subsidy} maxlength={200} placeholder='如：取得证书按每人 1500 元补贴' onInput={(e) => setSubsidy(e.detail.value)} />
        </Field>
      </FormCard>

      <FormCard title='承办和地点'>
        <Field label='培训机构' error={errors.provider}>
          <Input className='form-input' data-testid='training-form-provider' value={provider} maxlength={50} placeholder='如：威海市某职业培训学校' onInput={(e) => setProvider(e.detail.value)} />
        </Field>
        <Field label='机构的单位账号' optional hint='选了之后，该机构可以在自己的账号里看名单、记出勤。'>
          {orgs.loading ? (
            <Text className='training-form__hint'>正在加载已认证的单位…</Text>
          ) : orgs.error ? (
            <Text className='training-form__hint' onClick={orgs.reload}>
              单位名单没有加载成功（{errorMessage(orgs.error)}），点这里重试；也可以不选。
            </Text>
          ) : (
            <ChipRow>
              {(orgs.data ?? []).map((org) => (
                <ChoiceChip key={org.id} single text={org.name} testId={`training-form-org-${org.id}`} selected={providerOrgId === org.id} onClick={() => pickOrg(org)} />
              ))}
            </ChipRow>
          )}
        </Field>
        <Field label='上课地点' error={errors.address}>
          <Input className='form-input' data-testid='training-form-address' value={address} maxlength={100} placeholder='如：东山社区党群服务中心二楼' onInput={(e) => setAddress(e.detail.value)} />
        </Field>
        <Field label='所在社区（村）' error={errors.communityCode}>
          <CommunityField testId='training-form-community' value={community} onChange={setCommunity} />
        </Field>
      </FormCard>

      {Object.keys(errors).length > 0 && (
        <FormBanner kind='error' testId='training-form-errors'>
          <Text>{Object.values(errors).join('；')}</Text>
        </FormBanner>
      )}
      <View className='button-row'>
        <Button type='primary' size='xlarge' block data-testid='training-form-submit' loading={busy} disabled={busy} onClick={submit}>
          {busy ? '正在发布…' : '发布培训'}
        </Button>
        <Button size='large' block fill='outline' onClick={onCancel}>
          先不发了
        </Button>
      </View>
    </View>
  )
}
