import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './bottom-sheet.scss'

export interface BottomSheetProps {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
}

/** A panel sliding up from the bottom over a dimmed page. Tapping the dim area or 「关闭」 closes it. */
export function BottomSheet({ open, title, onClose, children, className }: BottomSheetProps) {
  if (!open) return null
  return (
    <View className={`bottom-sheet${className ? ` ${className}` : ''}`}>
      <View className='bottom-sheet__mask' onClick={onClose} />
      <View className='bottom-sheet__panel' ariaRole='dialog' ariaLabel={title} catchMove>
        <View className='bottom-sheet__head'>
          <Text className='bottom-sheet__title'>{title}</Text>
          <View className='bottom-sheet__close sheet-close' onClick={onClose} ariaRole='button' ariaLabel='关闭'>
            <Text>关闭</Text>
          </View>
        </View>
        <View className='bottom-sheet__body'>{children}</View>
      </View>
    </View>
  )
}
