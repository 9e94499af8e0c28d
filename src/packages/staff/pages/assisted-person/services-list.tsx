import { Text, View } from '@tarojs/components'
import type { ServiceRecord } from '@/services/assistance'
import { dayText } from '@/utils/days'

/** The service records of the rolling 12 months, newest first, each saying who or what recorded it. */
export function ServicesList({ services }: { services: ServiceRecord[] }) {
  return (
    <View className='card services' data-testid='services'>
      <Text className='services__title'>最近 12 个月的服务记录</Text>
      {services.length === 0 && <Text className='services__empty'>还没有服务记录。点上方「记一次服务」记下第一次。</Text>}
      {services.map((s) => (
        <View key={s.id} className='service' data-testid='service-record' data-type={s.type}>
          <View className='service__head'>
            <Text className='service__type'>{s.type}</Text>
            <Text className='service__date'>{dayText(s.date)}</Text>
          </View>
          <Text className='service__content'>{s.content}</Text>
          {s.outcome && <Text className='service__outcome'>结果：{s.outcome}</Text>}
          <Text className={`service__source${s.source === 'auto' ? ' service__source--auto' : ''}`}>{s.sourceLabel}</Text>
        </View>
      ))}
    </View>
  )
}
