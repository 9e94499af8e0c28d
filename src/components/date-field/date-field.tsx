import { Input, Picker, Text, View } from '@tarojs/components'
import { parseDay, weihaiToday } from '@/utils/days'
import './date-field.scss'

export interface DateFieldProps {
  value: string
  onChange: (value: string) => void
  testId: string
  placeholder?: string
}

/**
 * A day up to today: typed (「2024-5-10」「2024年5月10日」, tidied when the box loses focus) or picked from the calendar.
 * The value stays what was typed until it reads as a day, so a half-typed date is never thrown away.
 */
export function DateField({ value, onChange, testId, placeholder = '如 2024-05-10' }: DateFieldProps) {
  const tidy = () => {
    const day = parseDay(value)
    if (day && day !== value) onChange(day)
  }
  return (
    <View className='date-field'>
      <Input
        className='form-input date-field__input'
        data-testid={testId}
        value={value}
        maxlength={12}
        placeholder={placeholder}
        placeholderClass='form-input__placeholder'
        onInput={(e) => onChange(e.detail.value)}
        onBlur={tidy}
      />
      <Picker mode='date' value={parseDay(value) ?? weihaiToday()} end={weihaiToday()} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='date-field__pick' ariaRole='button' ariaLabel='从日历选择日期'>
          <Text>选日期</Text>
        </View>
      </Picker>
    </View>
  )
}
