import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { BottomSheet } from '@/components/bottom-sheet'
import { SERVICE_CONTENT_MAX, SERVICE_CONTENT_MIN, SERVICE_TYPES, type ServiceType } from '@/constants/assistance'
import { errorMessage, fieldErrorsOf } from '@/services/api-error'
import { addService, type AddServiceResult } from '@/services/assistance'
import { ChipRow, ChoiceChip, Field } from '../../../employer/components/form-parts'
import { DateField } from '@/components/date-field'
import { parseDay, weihaiToday } from '@/utils/days'

type Errors = Partial<Record<'type' | 'date' | 'content' | 'outcome', string>>

const PLACEHOLDER: Record<ServiceType, string> = {
  政策对接: '如 讲解一次性吸纳就业补贴和社会保险补贴',
  职业指导: '如 面谈求职意向，建议先做物流分拣',
  岗位推荐: '如 推荐东山超市理货员，离家步行 8 分钟',
  培训信息: '如 告知家政服务培训夜课，下周二开课',
}

/** 记一次服务: type, the day it happened (not after today), what was done and what came of it. */
export function ServiceSheet({ personId, open, onClose, onSaved }: { personId: string; open: boolean; onClose: () => void; onSaved: (result: AddServiceResult) => void }) {
  const [type, setType] = useState<ServiceType | null>(null)
  const [date, setDate] = useState(weihaiToday())
  const [content, setContent] = useState('')
  const [outcome, setOutcome] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)

  const save = async () => {
    if (busy) return
    const found: Errors = {}
    const day = parseDay(date)
    if (!type) found.type = '请选择服务类型'
    if (!day) found.date = '日期格式应为 2026-03-05'
    else if (day > weihaiToday()) found.date = '服务日期不能晚于今天'
    if (content.trim().length < SERVICE_CONTENT_MIN) found.content = '请写一句服务内容'
    setErrors(found)
    if (Object.keys(found).length) return
    setBusy(true)
    try {
      const result = await addService(personId, { type: type!, date: day!, content: content.trim(), outcome: outcome.trim(), jobId: null })
      Taro.showToast({ title: `已记一次${type}`, icon: 'success' })
      setType(null)
      setContent('')
      setOutcome('')
      onSaved(result)
    } catch (e) {
      setErrors(fieldErrorsOf(e, (path) => path.split('.')[0]) as Errors)
      Taro.showModal({ title: '没有记上', content: errorMessage(e), showCancel: false, confirmText: '去修改' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <BottomSheet open={open} title='记一次服务' onClose={onClose} className='service-sheet'>
      <View data-testid='service-sheet'>
        <Field label='服务类型' error={errors.type} testId='service-type'>
          <ChipRow>
            {SERVICE_TYPES.map((t) => (
              <ChoiceChip key={t} text={t} single selected={type === t} onClick={() => setType(t)} testId={`service-type-${t}`} />
            ))}
          </ChipRow>
        </Field>
        <Field label='服务日期' error={errors.date} testId='service-date'>
          <DateField value={date} onChange={setDate} testId='service-date' />
        </Field>
        <Field label='服务内容' error={errors.content} testId='service-content'>
          <Textarea className='form-textarea' data-testid='service-content' value={content} maxlength={SERVICE_CONTENT_MAX} placeholder={type ? PLACEHOLDER[type] : '做了什么'} onInput={(e) => setContent(e.detail.value)} />
        </Field>
        <Field label='服务结果' optional error={errors.outcome} testId='service-outcome'>
          <Input className='form-input' data-testid='service-outcome' value={outcome} maxlength={SERVICE_CONTENT_MAX} placeholder='如 本人有意向，约下周面试' placeholderClass='form-input__placeholder' onInput={(e) => setOutcome(e.detail.value)} />
        </Field>
        <Text className='service-sheet__hint'>推荐具体岗位请用下方「匹配」里的「推荐给他」，会同时发到居民的消息里。</Text>
        <View className='button-row'>
          <Button type='primary' size='large' block data-testid='service-save' loading={busy} disabled={busy} onClick={save}>
            {busy ? '正在保存…' : '保存这次服务'}
          </Button>
        </View>
      </View>
    </BottomSheet>
  )
}
