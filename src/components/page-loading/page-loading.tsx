import { Text, View } from '@tarojs/components'
import './page-loading.scss'

export interface PageLoadingProps {
  text?: string
  /** Inline (inside a card or list) rather than filling the page. */
  inline?: boolean
}

export function PageLoading({ text = '正在加载…', inline = false }: PageLoadingProps) {
  return (
    <View className={`page-loading${inline ? ' page-loading--inline' : ''}`} ariaRole='status'>
      <View className='page-loading__spinner' />
      <Text className='page-loading__text'>{text}</Text>
    </View>
  )
}
