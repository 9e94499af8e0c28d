import { Text, View } from '@tarojs/components'
import type { TrainingSummary } from '@/services/trainings'
import { hoursText, seatsText, trainingDistance } from '@/utils/training-format'

export interface TrainingCardProps {
  training: TrainingSummary
  onOpen: (t: TrainingSummary) => void
  /** 为您推荐: the reasons it was picked, and the test id `training-recommendation` instead of `training-card`. */
  reasons?: string[]
}

/**
 * One training in a list: title and format, category, 学时 and how far, the next session and its seats, and
 * for a signed-in resident whether they meet its 参训要求. The whole card opens the details.
 */
export function TrainingCard({ training: t, onOpen, reasons }: TrainingCardProps) {
  const distance = trainingDistance(t)
  const next = t.nextSession
  const recommend = !!reasons
  return (
    <View
      className={`training-card${recommend ? ' training-card--recommend' : ''}`}
      data-testid={recommend ? 'training-recommendation' : 'training-card'}
      data-training-id={t.id}
      onClick={() => onOpen(t)}
      ariaRole='button'
      ariaLabel={`${t.title}，${t.format}，${hoursText(t.hours)}${distance ? `，${distance}` : ''}`}
    >
      <View className='training-card__head'>
        <Text className='training-card__title'>{t.title}</Text>
        <Text className='training-card__format'>{t.format}</Text>
      </View>
      <Text className='training-card__meta'>
        {[t.category, hoursText(t.hours), distance].filter(Boolean).join(' · ')}
      </Text>
      {next ? (
        <>
          <Text className='training-card__next'>下次课：{next.scheduleText}</Text>
          <Text className={`training-card__seats${next.seatsLeft > 0 ? '' : ' training-card__seats--full'}`}>{seatsText(next)}</Text>
        </>
      ) : (
        <Text className='training-card__next training-card__next--none'>暂时没有排课，可以先看看详情</Text>
      )}
      {t.myEligibility && <EligibilityLine verdict={t.myEligibility} />}
      {reasons && reasons.length > 0 && (
        <View className='training-card__reasons'>
          {reasons.map((r) => (
            <Text key={r} className='training-card__reason'>
              ✓ {r}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}

/** 「符合参训要求」 in green, or 「不符合：年龄超出 18–60 岁」 in grey. */
export function EligibilityLine({ verdict }: { verdict: NonNullable<TrainingSummary['myEligibility']> }) {
  return (
    <Text
      className={`training-card__eligibility training-card__eligibility--${verdict.eligible ? 'yes' : 'no'}`}
      data-testid='training-eligibility'
      data-eligible={verdict.eligible ? 'true' : 'false'}
    >
      {verdict.eligible ? '✓ 符合参训要求' : `不符合：${verdict.reasons.join('；') || '参训要求'}`}
    </Text>
  )
}
