import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { TRAINING_BOOKING_TONE } from '@/constants/trainings'
import { errorMessage } from '@/services/api-error'
import { markAttendance, type RosterItem } from '@/services/staff-trainings'
import { bookingTitle, hoursText } from '@/utils/training-format'

/** Only people holding a seat are marked; a mark can be changed (出勤 ↔ 缺课) if it was tapped by mistake. */
const MARKABLE: RosterItem['status'][] = ['booked', 'attended', 'absent']

export function RosterRow({ item, onMarked }: { item: RosterItem; onMarked: (next: RosterItem) => void }) {
  const [busy, setBusy] = useState<'attend' | 'absent' | null>(null)

  const mark = async (attended: boolean) => {
    if (busy) return
    setBusy(attended ? 'attend' : 'absent')
    try {
      const next = await markAttendance(item.bookingId, attended)
      onMarked(next)
      Taro.showToast({ title: attended ? `已记 ${item.name} 出勤` : `已记 ${item.name} 缺课`, icon: 'none' })
    } catch (e) {
      Taro.showModal({ title: '没有记上', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='roster-row' data-testid='roster-row' data-booking-id={item.bookingId} data-status={item.status}>
      <View className='roster-row__top'>
        <View className='roster-row__main'>
          <Text className='roster-row__name'>{item.name}</Text>
          <Text className='roster-row__meta'>
            {item.phoneMasked ?? '未留电话'} · 已学 {hoursText(item.hoursDone)}
          </Text>
        </View>
        <Text className={`roster-pill roster-pill--${TRAINING_BOOKING_TONE[item.status]}`}>{bookingTitle(item)}</Text>
      </View>
      {MARKABLE.includes(item.status) && (
        <View className='roster-row__actions'>
          <Button
            size='large'
            type={item.status === 'attended' ? 'primary' : 'default'}
            fill={item.status === 'attended' ? 'solid' : 'outline'}
            className='roster-row__button'
            data-testid={`attend-${item.bookingId}`}
            loading={busy === 'attend'}
            disabled={!!busy}
            onClick={() => mark(true)}
          >
            出勤
          </Button>
          <Button
            size='large'
            type={item.status === 'absent' ? 'danger' : 'default'}
            fill={item.status === 'absent' ? 'solid' : 'outline'}
            className='roster-row__button'
            data-testid={`absent-${item.bookingId}`}
            loading={busy === 'absent'}
            disabled={!!busy}
            onClick={() => mark(false)}
          >
            缺课
          </Button>
        </View>
      )}
    </View>
  )
}
