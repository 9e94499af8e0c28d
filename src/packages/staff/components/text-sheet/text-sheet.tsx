import { useEffect, useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { BottomSheet } from '@/components/bottom-sheet'
import { Button } from '@/components/nut'
import './text-sheet.scss'

export interface TextSheetProps {
  open: boolean
  title: string
  /** What the sheet is about, above the box (e.g. whose sign-up). */
  lead?: string
  label: string
  placeholder: string
  /** Short answers to tap instead of typing. */
  suggestions?: string[]
  min: number
  max: number
  /** Shown when the text is shorter than `min` (after trimming). */
  tooShort: string
  submitText: string
  submitting: boolean
  /** A server error to show under the box (the sheet stays open). */
  error: string | null
  onSubmit: (text: string) => void
  onClose: () => void
  testIds: { input: string; submit: string; error: string }
}

/** A bottom sheet with one required text box: the reason for 不通过, the result of a wage dispute. */
export function TextSheet(props: TextSheetProps) {
  const { open, min, max, tooShort, error, testIds } = props
  const [text, setText] = useState('')
  const [touched, setTouched] = useState(false)

  useEffect(() => {
    if (open) {
      setText('')
      setTouched(false)
    }
  }, [open])

  const length = text.trim().length
  const invalid = length < min ? tooShort : length > max ? `最多 ${max} 字` : null
  const shownError = (touched && invalid) || error

  const submit = () => {
    setTouched(true)
    if (invalid || props.submitting) return
    props.onSubmit(text.trim())
  }

  return (
    <BottomSheet open={open} title={props.title} onClose={props.onClose} className='text-sheet'>
      {props.lead && <Text className='text-sheet__lead'>{props.lead}</Text>}
      <Text className='text-sheet__label'>
        {props.label}
        <Text className='text-sheet__required'>（必填）</Text>
      </Text>
      {props.suggestions && props.suggestions.length > 0 && (
        <View className='text-sheet__suggestions'>
          {props.suggestions.map((s) => (
            <View
              key={s}
              className='text-sheet__suggestion'
              onClick={() => {
                setText(s)
                setTouched(true)
              }}
              ariaRole='button'
            >
              <Text>{s}</Text>
            </View>
          ))}
        </View>
      )}
      <Textarea
        className={`text-sheet__input${shownError ? ' text-sheet__input--error' : ''}`}
        data-testid={testIds.input}
        value={text}
        maxlength={max}
        fixed
        autoHeight={false}
        placeholder={props.placeholder}
        placeholderClass='text-sheet__placeholder'
        onInput={(e) => setText(e.detail.value)}
        onBlur={() => setTouched(true)}
      />
      <View className='text-sheet__meta'>
        {shownError ? (
          <View className='text-sheet__error' data-testid={testIds.error} ariaRole='alert'>
            <Text>{shownError}</Text>
          </View>
        ) : (
          <Text className='text-sheet__hint'>至少 {min} 个字</Text>
        )}
        <Text className='text-sheet__count'>
          {length}/{max}
        </Text>
      </View>
      <View className='button-row'>
        <Button type='primary' size='large' block data-testid={testIds.submit} loading={props.submitting} onClick={submit}>
          {props.submitText}
        </Button>
        <Button size='large' block fill='outline' onClick={props.onClose}>
          取消
        </Button>
      </View>
    </BottomSheet>
  )
}
