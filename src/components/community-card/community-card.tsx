import type { Community } from '@contract'
import { Text, View } from '@tarojs/components'
import { KindBadge } from '@/components/kind-badge'
import { circleTitle, placeLine } from '@/utils/format'
import './community-card.scss'

/** 「我的社区」 summary: name, street · district, 城市社区/农村, the service circle. Tap opens the details. */
export function CommunityCard({ community, onOpen }: { community: Community; onOpen: () => void }) {
  return (
    <View className='community-card card' onClick={onOpen} ariaRole='button' ariaLabel={`我的社区：${community.name}，查看详情`}>
      <View className='community-card__head'>
        <Text className='community-card__label'>我的社区</Text>
        <Text className='community-card__more'>查看详情 ›</Text>
      </View>
      <View className='community-card__title-row'>
        <Text className='community-card__name'>{community.name}</Text>
        <KindBadge kind={community.kind} />
      </View>
      <Text className='community-card__place'>{placeLine(community)}</Text>
      <View className='community-card__circle'>
        <Text className='community-card__circle-text'>{circleTitle(community.circle)}</Text>
      </View>
    </View>
  )
}
