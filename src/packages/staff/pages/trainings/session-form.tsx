import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { errorMessage, fieldErrorsOf } from '@/services/api-error'
import { createTrainingSession, type TrainingDetail } from '@/services/staff-trainings'
import { Field } from '../../../employer/components/form-parts'

/** Tomorrow in Weihai (UTC+8), as yyyy-mm-dd. */
function tomorrow(): string {
  return new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10)
}

type Errors = Partial<Record<'date' | 'startTime' | 'endTime' | 'capacity' | 'address', string>>

/**
 * 加一次课: date, times, 名额 and (if not the training's own) the place. Plain text boxes prefilled with a typical
 * evening class, so the usual case is a change of date and 保存.
 */
export function SessionForm({ training, onCancel, onCreated }: { training: TrainingDetail; onCancel: () => void; onCreated: () => void }) {
  const [date, setDate] = useState(tomorrow())
  const [startTime, setStartTime] = useState('19:00')
  const [endTime, setEndTime] = useState('21:00')
  const [capacity, setCapacity] = useState('30')
  const [address, setAddress] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (busy) return
    const found: Errors = {}
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) found.date = '日期格式应为 2026-11-25'
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(startTime.trim())) found.startTime = '时间格式应为 19:00'
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(endTime.trim())) found.endTime = '时间格式应为 21:00'
    else if (!found.startTime && startTime.trim() >= endTime.trim()) found.endTime = '下课时间要晚于上课时间'
    const seats = Number(capacity)
    if (!Number.isInteger(seats) || seats < 1 || seats > 500) found.capacity = '名额填 1 到 500 之间的整数'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      await createTrainingSession(training.id, {
        date: date.trim(),
        startTime: startTime.trim(),
        endTime: endTime.trim(),
        capacity: seats,
        ...(address.trim() ? { address: address.trim() } : {}),
      })
      Taro.showToast({ title: '已加课', icon: 'success' })
      onCreated()
    } catch (e) {
      setErrors(fieldErrorsOf(e, (path) => path.split('.')[0]) as Errors)
      Taro.showModal({ title: '没有加课成功', content: errorMessage(e), showCancel: false, confirmText: '去修改' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='session-form' data-testid='session-form'>
      <Text className='session-form__title'>加一次课</Text>
      <Field label='上课日期' error={errors.date} hint='如 2026-11-25'>
        <Input className='form-input' data-testid='session-date' value={date} maxlength={10} onInput={(e) => setDate(e.detail.value)} />
      </Field>
      <View className='session-form__times'>
        <Field label='上课时间' error={errors.startTime}>
          <Input className='form-input' data-testid='session-start' value={startTime} maxlength={5} onInput={(e) => setStartTime(e.detail.value)} />
        </Field>
        <Field label='下课时间' error={errors.endTime}>
          <Input className='form-input' data-testid='session-end' value={endTime} maxlength={5} onInput={(e) => setEndTime(e.detail.value)} />
        </Field>
      </View>
      <Field label='名额（人）' error={errors.capacity} hint='报满后居民可以排候补，有人取消时按顺序递补。'>
        <Input className='form-input' data-testid='session-capacity' type='number' value={capacity} onInput={(e) => setCapacity(e.detail.value)} />
      </Field>
      <Field label='上课地点' optional error={errors.address} hint={`不填就在：${training.address}`}>
        <Input className='form-input' data-testid='session-address' value={address} maxlength={100} placeholder='换个地方上课时填写' onInput={(e) => setAddress(e.detail.value)} />
      </Field>
      <View className='button-row'>
        <Button type='primary' size='large' block data-testid='session-submit' loading={busy} disabled={busy} onClick={submit}>
          {busy ? '正在保存…' : '保存这次课'}
        </Button>
        <Button size='large' block fill='outline' onClick={onCancel}>
          先不加了
        </Button>
      </View>
    </View>
  )
}
