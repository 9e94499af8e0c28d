import { useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { StaffScope } from '@contract'
import { DivisionCascade } from '@/components/division-cascade'
import { Button } from '@/components/nut'
import { ONLINE_MODES } from '@/constants/events'
import { useAsync } from '@/hooks/use-async'
import { errorMessage } from '@/services/api-error'
import { createEvent, verifiedOrgs, type CreateEventBody } from '@/services/events'

type OnlineMode = (typeof ONLINE_MODES)[number]

/** Tomorrow in Weihai (UTC+8), as the picker's yyyy-mm-dd. */
function tomorrow(): string {
  return new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10)
}

/** The pickers give Weihai wall-clock values; the API wants an instant with its offset. */
const weihaiIso = (date: string, time: string) => `${date}T${time}:00+08:00`

interface Props {
  scope: StaffScope
  onCancel: () => void
  onCreated: () => void
}

/** 新建活动. The server checks everything again and answers in Chinese; this form only helps fill it in. */
export function EventForm({ scope, onCancel, onCreated }: Props) {
  const fixed = scope.level === 'community'
  const [community, setCommunity] = useState<{ code: string; name: string } | null>(fixed ? { code: scope.divisionCode, name: scope.divisionName } : null)
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(tomorrow())
  const [from, setFrom] = useState('09:00')
  const [to, setTo] = useState('11:30')
  const [address, setAddress] = useState('')
  const [capacity, setCapacity] = useState('50')
  const [mode, setMode] = useState<OnlineMode | null>(null)
  const [url, setUrl] = useState('')
  const [orgIds, setOrgIds] = useState<string[]>([])
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  const orgs = useAsync(verifiedOrgs, [])

  const toggleOrg = (id: string) => setOrgIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))

  const submit = async () => {
    if (busy) return
    if (!community) {
      Taro.showModal({ title: '还差一步', content: '请先选择活动所在的社区（村）。', showCancel: false, confirmText: '知道了' })
      return
    }
    const body: CreateEventBody = {
      title: title.trim(),
      startsAt: weihaiIso(date, from),
      endsAt: weihaiIso(date, to),
      address: address.trim(),
      communityCode: community.code,
      capacity: Number(capacity) || 0,
      orgIds,
      onlineMode: mode,
      onlineUrl: mode ? url.trim() || null : null,
      description: description.trim(),
    }
    setBusy(true)
    try {
      await createEvent(body)
      Taro.showToast({ title: '活动已发布', icon: 'success' })
      onCreated()
    } catch (e) {
      Taro.showModal({ title: '没有发布成功', content: errorMessage(e), showCancel: false, confirmText: '去修改' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card event-form' data-testid='event-form'>
      <Text className='card-title'>新建招聘活动</Text>

      <Field label='活动名称'>
        <Input className='form-input' data-testid='event-title' value={title} maxlength={40} placeholder='如：东山社区家门口供需见面会' onInput={(e) => setTitle(e.detail.value)} />
      </Field>

      <Field label='所在社区（村）'>
        {community ? (
          <View className='event-form__picked'>
            <Text className='event-form__picked-name' data-testid='event-community'>{community.name}</Text>
            {!fixed && (
              <Button size='small' fill='outline' onClick={() => setCommunity(null)}>
                更换
              </Button>
            )}
          </View>
        ) : (
          <DivisionCascade root={{ code: scope.divisionCode.length === 4 ? null : scope.divisionCode, name: scope.divisionName, level: scope.level }} onSelect={(c) => setCommunity({ code: c.code, name: c.name })} />
        )}
      </Field>

      <Field label='日期和时间'>
        <Picker mode='date' value={date} start={tomorrow()} onChange={(e) => setDate(String(e.detail.value))}>
          <View className='form-input event-form__picker' data-testid='event-date'>{date}</View>
        </Picker>
        <View className='event-form__times'>
          <Picker mode='time' value={from} onChange={(e) => setFrom(String(e.detail.value))}>
            <View className='form-input event-form__picker' data-testid='event-from'>{from} 开始</View>
          </Picker>
          <Picker mode='time' value={to} onChange={(e) => setTo(String(e.detail.value))}>
            <View className='form-input event-form__picker' data-testid='event-to'>{to} 结束</View>
          </Picker>
        </View>
      </Field>

      <Field label='活动地点'>
        <Input className='form-input' data-testid='event-address' value={address} maxlength={100} placeholder='如：东山居委会一楼活动室' onInput={(e) => setAddress(e.detail.value)} />
      </Field>

      <Field label='名额（人）' hint='报满后居民可以排候补，有人取消时按顺序递补。'>
        <Input className='form-input' data-testid='event-capacity' type='number' value={capacity} onInput={(e) => setCapacity(e.detail.value)} />
      </Field>

      <Field label='线上参加（可选）'>
        <View className='event-form__chips'>
          {[null, ...ONLINE_MODES].map((m) => (
            <Text key={m ?? 'none'} className={`event-form__chip${mode === m ? ' event-form__chip--on' : ''}`} data-testid={`event-mode-${m ?? 'none'}`} onClick={() => setMode(m)}>
              {m ?? '不需要'}
            </Text>
          ))}
        </View>
        {mode && <Input className='form-input' data-testid='event-url' value={url} placeholder='https:// 开头的直播或面试链接' onInput={(e) => setUrl(e.detail.value)} />}
      </Field>

      <Field label={`参会单位（已选 ${orgIds.length} 家）`}>
        {orgs.loading ? (
          <Text className='event-form__hint'>正在加载已认证的单位…</Text>
        ) : orgs.error ? (
          <Text className='event-form__hint' onClick={orgs.reload}>
            单位名单没有加载成功（{errorMessage(orgs.error)}），点这里重试；也可以先不选。
          </Text>
        ) : (orgs.data ?? []).length === 0 ? (
          <Text className='event-form__hint'>辖区内还没有已认证的单位，可以先不选。</Text>
        ) : (
          <View className='event-form__orgs' data-testid='event-orgs'>
            {orgs.data!.map((org) => (
              <Text key={org.id} className={`event-form__chip${orgIds.includes(org.id) ? ' event-form__chip--on' : ''}`} onClick={() => toggleOrg(org.id)}>
                {orgIds.includes(org.id) ? '✓ ' : ''}
                {org.name}
              </Text>
            ))}
          </View>
        )}
      </Field>

      <Field label='活动介绍（可选）'>
        <Textarea className='form-textarea' data-testid='event-description' value={description} maxlength={500} placeholder='有哪些岗位、要带什么材料' onInput={(e) => setDescription(e.detail.value)} />
      </Field>

      <View className='button-row'>
        <Button type='primary' size='xlarge' block className='event-submit' data-testid='event-submit' loading={busy} disabled={busy} onClick={submit}>
          {busy ? '正在发布…' : '发布活动'}
        </Button>
        <Button size='large' block fill='outline' className='event-form-cancel' onClick={onCancel}>
          先不建了
        </Button>
      </View>
    </View>
  )
}

function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <View className='event-form__field'>
      <Text className='event-form__label'>{label}</Text>
      {children}
      {hint && <Text className='event-form__hint'>{hint}</Text>}
    </View>
  )
}
