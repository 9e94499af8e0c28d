import { Input, Picker, Text, View } from '@tarojs/components'
import { parseDay, weihaiToday } from '../../utils/days'
import './day-field.scss'

export interface DayFieldProps {
  value: string
  onChange: (value: string) => void
  testId: string
  placeholder?: string
}

/**
 * A day up to today: typed (「2026-3-5」「2026年3月5日」, tidied when the box loses focus) or picked from the calendar.
 * A half-typed date is kept as typed until it reads as a day.
 */
export function DayField({ value, onChange, testId, placeholder = '如 2026-03-05' }: DayFieldProps) {
  const tidy = () => {
    const day = parseDay(value)
    if (day && day !== value) onChange(day)
  }
  return (
    <View className='day-field'>
      <Input
        className='form-input day-field__input'
        data-testid={testId}
        value={value}
        maxlength={12}
        placeholder={placeholder}
        placeholderClass='form-input__placeholder'
        onInput={(e) => onChange(e.detail.value)}
        onBlur={tidy}
      />
      <Picker mode='date' value={parseDay(value) ?? weihaiToday()} end={weihaiToday()} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='day-field__pick' ariaRole='button' ariaLabel='从日历选择日期'>
          <Text>选日期</Text>
        </View>
      </Picker>
    </View>
  )
}
