import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './chip.scss'

export interface ChipProps {
  text: string
  selected: boolean
  onClick: () => void
  disabled?: boolean
  className?: string
  /** Extra data for tests and analytics, rendered as data-value. */
  value?: string
}

/** A big toggle chip (48px tall): filters, skills, availability. Selected chips are filled and show a tick. */
export function Chip({ text, selected, onClick, disabled, className, value }: ChipProps) {
  return (
    <View
      className={`chip${selected ? ' chip--on' : ''}${disabled ? ' chip--disabled' : ''}${className ? ` ${className}` : ''}`}
      data-value={value ?? text}
      data-selected={selected ? 'true' : 'false'}
      onClick={() => !disabled && onClick()}
      ariaRole='checkbox'
      ariaLabel={`${text}${selected ? '，已选' : ''}`}
    >
      {selected && <Text className='chip__tick'>✓</Text>}
      <Text className='chip__text'>{text}</Text>
    </View>
  )
}

/** A row of chips that wraps onto as many lines as needed. */
export function ChipGroup({ children, className }: { children: ReactNode; className?: string }) {
  return <View className={`chip-group${className ? ` ${className}` : ''}`}>{children}</View>
}
