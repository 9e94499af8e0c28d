import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import './empty-state.scss'

export interface EmptyAction {
  text: string
  onClick: () => void
  className?: string
}

export interface EmptyStateProps {
  title: string
  description?: ReactNode
  /** The way forward. Every empty state has one, so nobody is stuck. */
  action: EmptyAction
  secondary?: EmptyAction
  /** One character shown in a round badge above the title. */
  icon?: string
  className?: string
  /** Render as a card inside a page rather than centred in the page. */
  compact?: boolean
}

export function EmptyState({ title, description, action, secondary, icon = '社', className, compact }: EmptyStateProps) {
  return (
    <View className={`empty-state${compact ? ' empty-state--compact' : ''}${className ? ` ${className}` : ''}`}>
      {!compact && (
        <View className='empty-state__icon'>
          <Text>{icon}</Text>
        </View>
      )}
      <Text className='empty-state__title'>{title}</Text>
      {description && <View className='empty-state__desc'>{description}</View>}
      <View className='empty-state__actions'>
        <Button type='primary' size='large' block className={action.className} onClick={action.onClick}>
          {action.text}
        </Button>
        {secondary && (
          <Button size='large' block fill='outline' className={secondary.className} onClick={secondary.onClick}>
            {secondary.text}
          </Button>
        )}
      </View>
    </View>
  )
}
