import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import '@/components/chip/chip.scss'
import './form-parts.scss'

/**
 * Pieces shared by the employer forms (单位登记, 发布岗位): a labelled field with its red message, and a big toggle
 * chip that carries a `data-testid` (components/chip has none).
 */

export function Field(props: { label: string; error?: string; hint?: string; optional?: boolean; children: ReactNode; testId?: string }) {
  const { label, error, hint, optional, children, testId } = props
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className='field__label'>
        {label}
        {optional && <Text className='field__optional'>（选填）</Text>}
      </Text>
      {children}
      {hint && !error && <Text className='field__hint'>{hint}</Text>}
      {error && (
        <View className='field__error' ariaRole='alert' {...(testId ? { 'data-testid': `${testId}-error` } : {})}>
          <Text>{error}</Text>
        </View>
      )}
    </View>
  )
}

export interface ChoiceChipProps {
  text: string
  selected: boolean
  onClick: () => void
  testId: string
  className?: string
  disabled?: boolean
  /** A radio (one of several) rather than a checkbox. */
  single?: boolean
}

export function ChoiceChip({ text, selected, onClick, testId, className, disabled, single }: ChoiceChipProps) {
  return (
    <View
      className={`chip${selected ? ' chip--on' : ''}${disabled ? ' chip--disabled' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      data-selected={selected ? 'true' : 'false'}
      onClick={() => !disabled && onClick()}
      ariaRole={single ? 'radio' : 'checkbox'}
      ariaLabel={`${text}${selected ? '，已选' : ''}`}
    >
      {selected && <Text className='chip__tick'>✓</Text>}
      <Text className='chip__text'>{text}</Text>
    </View>
  )
}

export function ChipRow({ children, className }: { children: ReactNode; className?: string }) {
  return <View className={`chip-group${className ? ` ${className}` : ''}`}>{children}</View>
}

/** A card holding one part of a form, with its heading. */
export function FormCard({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <View className={`card form-card${className ? ` ${className}` : ''}`}>
      <Text className='form-card__title'>{title}</Text>
      {children}
    </View>
  )
}

/** A red box listing what stopped a submit, above the buttons. */
export function FormBanner({ kind, children, testId }: { kind: 'ok' | 'error' | 'info'; children: ReactNode; testId?: string }) {
  return (
    <View className={`form-banner form-banner--${kind}`} ariaRole='alert' {...(testId ? { 'data-testid': testId } : {})}>
      {children}
    </View>
  )
}
