import type { GeoPoint, ServiceStation } from '@contract'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { MapLink } from '@/components/map-link'
import { callPhone } from '@/services/location'
import './station-card.scss'

export interface StationCardProps {
  station: ServiceStation
  /** Where to navigate to; shows 「导航到服务站」 when given. */
  location?: GeoPoint
  /** Home page: name, phone and hours only. */
  compact?: boolean
  title?: string
}

/** The community's 就业服务站: where to go or call, and what can be done there. */
export function StationCard({ station, location, compact = false, title = '就业服务站' }: StationCardProps) {
  return (
    <View className='station-card card'>
      <Text className='station-card__label'>{title}</Text>
      <Text className='station-card__name'>{station.name}</Text>

      {!compact && (
        <View className='station-card__row'>
          <Text className='station-card__key'>地址</Text>
          <Text className='station-card__value'>{station.address}</Text>
        </View>
      )}
      <View className='station-card__row'>
        <Text className='station-card__key'>电话</Text>
        <Text className='station-card__value station-card__phone'>{station.phone}</Text>
      </View>
      <View className='station-card__row'>
        <Text className='station-card__key'>时间</Text>
        <Text className='station-card__value'>{station.openHours}</Text>
      </View>

      {!compact && station.services.length > 0 && (
        <View className='station-card__services'>
          <Text className='station-card__key'>可以办理</Text>
          <View className='station-card__tags'>
            {station.services.map((s) => (
              <Text key={s} className='station-card__tag'>
                {s}
              </Text>
            ))}
          </View>
        </View>
      )}

      <View className='station-card__actions'>
        <Button type='primary' size='large' block className='call-button' onClick={() => callPhone(station.phone)}>
          拨打电话
        </Button>
        {location && (
          <MapLink className='station-card__nav' location={location} name={station.name} address={station.address} text='导航到服务站' />
        )}
      </View>

      {station.demo && <Text className='station-card__demo'>以上为演示数据，并非真实站点信息。</Text>}
    </View>
  )
}
