import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { TRAINING_BOOKING_TONE } from '@/constants/trainings'
import { errorMessage } from '@/services/api-error'
import { cancelTrainingBooking, openTraining, type TrainingBooking } from '@/services/trainings'
import { bookingTitle, hoursText } from '@/utils/training-format'
import { openPage, PAGES } from '@/utils/routes'
import { confirmCancelBooking } from '../../utils/confirm-cancel'

/** One booked (or waiting, attended…) session: when, where, its status, and 取消预约 while that is allowed. */
export function BookingCard({ booking: b, onChanged }: { booking: TrainingBooking; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)

  const cancel = async () => {
    if (busy) return
    if (!(await confirmCancelBooking(b.status === 'waitlisted'))) return
    setBusy(true)
    try {
      await cancelTrainingBooking(b.id)
      Taro.showToast({ title: '已取消预约', icon: 'none' })
      onChanged()
    } catch (e) {
      await Taro.showModal({ title: '没有取消成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
      onChanged()
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card booking-card' data-testid='my-training-booking' data-booking-id={b.id} data-status={b.status}>
      <View className='booking-card__head' onClick={() => openTraining(b.training)} ariaRole='link'>
        <Text className='booking-card__title'>{b.training.title}</Text>
        <Text className={`booking-pill booking-pill--${TRAINING_BOOKING_TONE[b.status]}`}>{bookingTitle(b)}</Text>
      </View>
      <Text className='booking-card__when'>{b.session.scheduleText}</Text>
      <Text className='booking-card__where'>
        {b.session.address} · {hoursText(b.session.hours)}
      </Text>
      <Text className='booking-card__provider'>
        {b.training.format} · {b.training.provider}
      </Text>
      {b.status === 'attended' && (
        <Text className='booking-card__survey' data-testid={`my-training-survey-${b.id}`} onClick={() => openPage(PAGES.survey, { subject: 'training', id: b.id, title: `「${b.training.title}」已上完课` })}>
          评价这次培训 ›
        </Text>
      )}
      {b.canCancel && (
        <Button size='large' block fill='outline' className='booking-card__cancel' data-testid={`my-training-cancel-${b.id}`} loading={busy} disabled={busy} onClick={cancel}>
          取消预约
        </Button>
      )}
    </View>
  )
}
