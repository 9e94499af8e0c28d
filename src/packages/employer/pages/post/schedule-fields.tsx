import { Input, Text, View } from '@tarojs/components'
import { WEEKDAY_CHIPS } from '@/constants/employer'
import { ChipRow, ChoiceChip, Field } from '../../components/form-parts'
import { addDays, dateLabel, shortDateLabel, normaliseDate, normaliseTime, weihaiToday, type PostErrors, type PostForm } from './post-form-state'

/** One tap for the usual shifts; the boxes below still take any time. */
const TIME_SLOTS: readonly { label: string; start: string; end: string }[] = [
  { label: '上午', start: '08:00', end: '12:00' },
  { label: '下午', start: '13:00', end: '17:00' },
  { label: '全天', start: '08:00', end: '17:00' },
  { label: '晚上', start: '18:00', end: '21:00' },
]

const DAY_CHIP_COUNT = 7
const NEAR_DAY_NAMES = ['今天', '明天', '后天']

const WEEKDAY_PRESETS: readonly { label: string; days: number[] }[] = [
  { label: '工作日', days: [1, 2, 3, 4, 5] },
  { label: '周末', days: [6, 7] },
  { label: '每天', days: [1, 2, 3, 4, 5, 6, 7] },
]

const LENGTH_PRESETS: readonly { label: string; days: number }[] = [
  { label: '1 周', days: 6 },
  { label: '1 个月', days: 30 },
  { label: '3 个月', days: 91 },
]

export interface ScheduleFieldsProps {
  form: PostForm
  errors: PostErrors
  edit: (patch: Partial<PostForm>, ...fields: string[]) => void
}

/**
 * 工作时间: a one-off day (chips for the next 7 days, or type a date) or every week on chosen weekdays between two
 * dates, and the hours (slot chips, or type 9:00 / 930 / 9点半). Typed entries are tidied when the box loses focus.
 */
export function ScheduleFields({ form, errors, edit }: ScheduleFieldsProps) {
  const today = weihaiToday()
  const tidyDate = (key: 'date' | 'fromDate' | 'toDate') => {
    const d = normaliseDate(form[key], today)
    if (d && d !== form[key]) edit({ [key]: d })
  }
  const tidyTime = (key: 'startTime' | 'endTime') => {
    const t = normaliseTime(form[key])
    if (t && t !== form[key]) edit({ [key]: t })
  }

  return (
    <>
      <ChipRow className='schedule-kind'>
        <ChoiceChip single text='一次性' testId='post-schedule-once' selected={form.scheduleKind === 'once'} onClick={() => edit({ scheduleKind: 'once' })} />
        <ChoiceChip
          single
          text='每周重复'
          testId='post-schedule-recurring'
          selected={form.scheduleKind === 'recurring'}
          onClick={() => edit({ scheduleKind: 'recurring' })}
        />
      </ChipRow>

      {form.scheduleKind === 'once' ? (
        <Field label='哪一天' error={errors['schedule.date']} hint={dateLabel(form.date) || '点选日期，或填 2026-11-25'} testId='post-date'>
          <ChipRow className='date-chips'>
            {Array.from({ length: DAY_CHIP_COUNT }, (_, i) => {
              const d = addDays(today, i)
              const label = NEAR_DAY_NAMES[i] ?? shortDateLabel(d)
              return (
                <ChoiceChip
                  key={d}
                  single
                  className='date-chip'
                  text={label}
                  testId={`post-date-chip-${i}`}
                  selected={form.date === d}
                  onClick={() => edit({ date: d }, 'schedule.date')}
                />
              )
            })}
          </ChipRow>
          <Input
            className='form-input date-input'
            data-testid='post-date'
            value={form.date}
            maxlength={12}
            placeholder='其他日期：2026-11-25'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ date: e.detail.value }, 'schedule.date')}
            onBlur={() => tidyDate('date')}
          />
        </Field>
      ) : (
        <>
          <Field label='每周哪几天' error={errors['schedule.weekdays']} testId='post-weekdays'>
            <ChipRow className='weekday-chips'>
              {WEEKDAY_CHIPS.map((w) => (
                <ChoiceChip
                  key={w.value}
                  className='weekday-chip'
                  text={w.label}
                  testId={`post-weekday-${w.value}`}
                  selected={form.weekdays.includes(w.value)}
                  onClick={() =>
                    edit(
                      { weekdays: form.weekdays.includes(w.value) ? form.weekdays.filter((x) => x !== w.value) : [...form.weekdays, w.value] },
                      'schedule.weekdays',
                    )
                  }
                />
              ))}
            </ChipRow>
            <View className='preset-links'>
              {WEEKDAY_PRESETS.map((p) => (
                <View key={p.label} className='preset-link' data-testid={`post-weekdays-${p.label}`} onClick={() => edit({ weekdays: [...p.days] }, 'schedule.weekdays')} ariaRole='button'>
                  <Text>{p.label}</Text>
                </View>
              ))}
            </View>
          </Field>
          <View className='two-cols'>
            <Field label='从' error={errors['schedule.fromDate']} hint={dateLabel(form.fromDate)} testId='post-from-date'>
              <Input
                className='form-input'
                data-testid='post-from-date'
                value={form.fromDate}
                maxlength={12}
                placeholder='2026-11-25'
                placeholderClass='form-input__placeholder'
                onInput={(e) => edit({ fromDate: e.detail.value }, 'schedule.fromDate')}
                onBlur={() => tidyDate('fromDate')}
              />
            </Field>
            <Field label='到' error={errors['schedule.toDate']} hint={dateLabel(form.toDate)} testId='post-to-date'>
              <Input
                className='form-input'
                data-testid='post-to-date'
                value={form.toDate}
                maxlength={12}
                placeholder='2026-12-25'
                placeholderClass='form-input__placeholder'
                onInput={(e) => edit({ toDate: e.detail.value }, 'schedule.toDate')}
                onBlur={() => tidyDate('toDate')}
              />
            </Field>
          </View>
          <View className='preset-links'>
            <Text className='preset-links__label'>招多久：</Text>
            {LENGTH_PRESETS.map((p) => (
              <View
                key={p.label}
                className='preset-link'
                data-testid={`post-length-${p.days}`}
                onClick={() => {
                  const from = normaliseDate(form.fromDate, today) ?? addDays(today, 1)
                  edit({ fromDate: from, toDate: addDays(from, p.days) }, 'schedule.fromDate', 'schedule.toDate')
                }}
                ariaRole='button'
              >
                <Text>{p.label}</Text>
              </View>
            ))}
          </View>
        </>
      )}

      <Field label='几点到几点' error={errors['schedule.startTime'] || errors['schedule.endTime']} hint='可以填 9、9:30 或 930' testId='post-times'>
        <ChipRow className='slot-chips'>
          {TIME_SLOTS.map((s) => (
            <ChoiceChip
              key={s.label}
              single
              text={`${s.label} ${s.start}-${s.end}`}
              testId={`post-slot-${s.label}`}
              selected={form.startTime === s.start && form.endTime === s.end}
              onClick={() => edit({ startTime: s.start, endTime: s.end }, 'schedule.startTime', 'schedule.endTime')}
            />
          ))}
        </ChipRow>
        <View className='time-row'>
          <Input
            className='form-input time-input'
            data-testid='post-start'
            value={form.startTime}
            maxlength={5}
            placeholder='08:00'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ startTime: e.detail.value }, 'schedule.startTime', 'schedule.endTime')}
            onBlur={() => tidyTime('startTime')}
          />
          <Text className='time-row__to'>到</Text>
          <Input
            className='form-input time-input'
            data-testid='post-end'
            value={form.endTime}
            maxlength={5}
            placeholder='12:00'
            placeholderClass='form-input__placeholder'
            onInput={(e) => edit({ endTime: e.detail.value }, 'schedule.endTime')}
            onBlur={() => tidyTime('endTime')}
          />
        </View>
      </Field>
    </>
  )
}
