import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { go, PAGES } from '@/utils/routes'
import '@/components/empty-state/empty-state.scss'

/** Where a page needs a registered organisation: say why and go to 单位登记 (no dead end). */
export function NeedOrgPrompt({ description }: { description: string }) {
  return (
    <View className='empty-state need-org' data-testid='need-org'>
      <View className='empty-state__icon'>
        <Text>企</Text>
      </View>
      <Text className='empty-state__title'>请先登记用工单位</Text>
      <View className='empty-state__desc'>
        <Text>{description}</Text>
      </View>
      <View className='empty-state__actions'>
        <Button type='primary' size='large' block data-testid='need-org-register' onClick={() => go(PAGES.employerOrg)}>
          登记单位
        </Button>
        <Button size='large' block fill='outline' onClick={() => go(PAGES.me)}>
          返回我的
        </Button>
      </View>
    </View>
  )
}
