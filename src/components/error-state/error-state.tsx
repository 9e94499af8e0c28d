import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { errorMessage } from '@/services/api-error'
import type { EmptyAction } from '@/components/empty-state'
import './error-state.scss'

export interface ErrorStateProps {
  error: unknown
  onRetry: () => void
  title?: string
  /** A second way out besides retrying (e.g. back to 首页). */
  secondary?: EmptyAction
  compact?: boolean
}

/** Shows the API's own Chinese message, with 「重试」. */
export function ErrorState({ error, onRetry, title = '没有加载成功', secondary, compact }: ErrorStateProps) {
  return (
    <View className={`error-state${compact ? ' error-state--compact' : ''}`} ariaRole='alert'>
      {!compact && (
        <View className='error-state__icon'>
          <Text>!</Text>
        </View>
      )}
      <Text className='error-state__title'>{title}</Text>
      <Text className='error-state__message'>{errorMessage(error)}</Text>
      <View className='error-state__actions'>
        <Button type='primary' size='large' block className='retry-button' onClick={onRetry}>
          重试
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
