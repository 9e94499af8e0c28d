import { Text, View } from '@tarojs/components'
import type { AssistedPerson } from '@/services/assistance'
import { dayText } from '@/utils/days'

/** Who the person is (numbers masked), their categories and their employment status with its history. */
export function PersonHeader({ person }: { person: AssistedPerson }) {
  return (
    <View className='card person-head' data-testid='person-head'>
      <Text className='person-head__name' data-testid='person-name-text'>
        {person.name}
      </Text>
      <Text className='person-head__line'>身份证号 {person.idNumberMasked}</Text>
      {person.phoneMasked && <Text className='person-head__line'>手机 {person.phoneMasked}</Text>}
      <Text className='person-head__line'>
        {person.community.districtName} · {person.community.streetName} · {person.community.name}
      </Text>
      <Text className='person-head__line'>{person.linkedResident ? `已关联居民账号：${person.linkedResident.name}` : '未关联居民账号'}</Text>
      {person.categories.length > 0 && (
        <View className='person-head__tags'>
          {person.categories.map((c) => (
            <Text key={c} className='person-head__tag'>
              {c}
            </Text>
          ))}
        </View>
      )}
      {person.unemploymentRegisteredOn && <Text className='person-head__line'>失业登记：{dayText(person.unemploymentRegisteredOn)}</Text>}
      <Text className='person-head__status' data-testid='person-status'>
        {person.status}
        {person.employerName ? `（${person.employerName}）` : ''} · {dayText(person.statusSince)} 起
      </Text>
      {person.statusHistory.length > 1 && (
        <View className='person-head__history' data-testid='person-history'>
          <Text className='person-head__subtitle'>状态变化</Text>
          {[...person.statusHistory].reverse().map((h) => (
            <Text key={`${h.status}-${h.since}-${h.recordedAt}`} className='person-head__line'>
              {dayText(h.since)} {h.status}
              {h.employerName ? `（${h.employerName}）` : ''}
            </Text>
          ))}
        </View>
      )}
      {person.note && <Text className='person-head__note'>备注：{person.note}</Text>}
    </View>
  )
}
