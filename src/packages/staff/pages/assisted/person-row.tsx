import { Text, View } from '@tarojs/components'
import type { AssistedPerson } from '@/services/assistance'
import { openPage, PAGES } from '@/utils/routes'

/** One person of the ledger: who, where, status, and whether their 「12333」 is on target. Tap for the person page. */
export function PersonRow({ person }: { person: AssistedPerson }) {
  const missing = person.tracking.counts.reduce((sum, c) => sum + c.missing, 0)
  const tracking = !person.tracking.tracked ? '不适用「12333」' : person.tracking.behind ? `「12333」还差 ${missing} 次` : '「12333」已达标'
  return (
    <View
      className='person-row'
      data-testid='assisted-row'
      data-person-id={person.id}
      onClick={() => openPage(PAGES.staffAssistedPerson, { id: person.id })}
      ariaRole='button'
      ariaLabel={`${person.name}，${person.status}，${tracking}`}
    >
      <View className='person-row__main'>
        <Text className='person-row__name'>{person.name}</Text>
        <Text className='person-row__meta'>
          {person.community.name} · {person.status}
          {person.linkedResident ? ' · 已关联账号' : ''}
        </Text>
        {person.categories.length > 0 && <Text className='person-row__meta'>{person.categories.join('、')}</Text>}
      </View>
      <Text className={`person-row__tracking${person.tracking.behind ? ' person-row__tracking--behind' : ''}`}>{tracking}</Text>
    </View>
  )
}
