import { Text, View } from '@tarojs/components'
import type { MyTrainingsResponse } from '@/services/trainings'
import { openTraining } from '@/services/trainings'
import { formatDate } from '@/utils/format'
import { hoursText } from '@/utils/training-format'

type Progress = MyTrainingsResponse['progress'][number]

/** 学时 done of one training as a bar, and 「已结业」 with the date once the certificate is issued. */
export function ProgressCard({ progress: p }: { progress: Progress }) {
  const required = p.training.hours
  const percent = required > 0 ? Math.min(100, Math.round((p.hoursDone / required) * 100)) : 0
  const done = !!p.certificate
  return (
    <View className='card progress-card' data-testid='my-training-progress' data-training-id={p.training.id} onClick={() => openTraining(p.training)} ariaRole='link'>
      <View className='progress-card__head'>
        <Text className='progress-card__title'>{p.training.title}</Text>
        {p.certificate && (
          <Text className='progress-card__cert' data-testid='my-training-certificate'>
            已结业
          </Text>
        )}
      </View>
      <View className='progress-bar' ariaRole='progressbar' ariaLabel={`已学 ${p.hoursDone} 学时，共需 ${required} 学时`}>
        <View className={`progress-bar__fill${done ? ' progress-bar__fill--done' : ''}`} style={{ width: `${percent}%` }} />
      </View>
      <Text className='progress-card__hours'>
        已学 {hoursText(p.hoursDone)} / 共需 {hoursText(required)}
      </Text>
      {p.certificate ? (
        <Text className='progress-card__cert-line'>
          {p.certificate.title}，{formatDate(p.certificate.issuedAt)}发证
        </Text>
      ) : (
        <Text className='progress-card__left'>再学 {hoursText(Math.max(0, required - p.hoursDone))}就能结业</Text>
      )}
    </View>
  )
}
