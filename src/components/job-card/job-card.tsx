import type { JobCard as Job } from '@contract'
import { Text, View } from '@tarojs/components'
import { JOB_TYPE_SHORT } from '@/constants/options'
import {
  formatHeadcount,
  formatJobDistance,
  formatJobWhen,
  formatLongTermStart,
  formatPayAmount,
} from '@/utils/job-format'
import './job-card.scss'

export interface JobCardProps {
  job: Job
  onOpen: (job: Job) => void
  /** `recommend`: a 为你推荐 card with its reasons (class `recommend-card` instead of `job-card`). */
  variant?: 'feed' | 'recommend'
  reasons?: string[]
}

/**
 * One job in a list: title, pay in big type, how far (walking minutes or km), when, who is hiring, how many
 * are still needed, and who it suits. The whole card is one big tap target that opens the details.
 */
export function JobCard({ job, onOpen, variant = 'feed', reasons }: JobCardProps) {
  const when = formatJobWhen(job)
  const from = formatLongTermStart(job)
  const distance = formatJobDistance(job)
  const full = job.headcountLeft <= 0
  const root = variant === 'recommend' ? 'recommend-card' : 'job-card'
  // A recommendation is shorter: its reasons say who is hiring and who it suits.
  const compact = variant === 'recommend'

  return (
    <View
      className={`job-tile ${root}${full ? ' job-tile--full' : ''}`}
      data-job-id={job.id}
      data-walk-minutes={job.walkMinutes}
      data-distance={job.distanceMeters}
      data-starts-at={job.startsAt}
      data-ends-at={job.endsAt}
      onClick={() => onOpen(job)}
      ariaRole='button'
      ariaLabel={`${job.title}，${formatPayAmount(job.payAmount)}${job.payUnit}，${distance}，${when}`}
    >
      <View className='job-tile__head'>
        <Text className='job-tile__title'>{job.title}</Text>
        <Text className='job-tile__type'>{JOB_TYPE_SHORT[job.type]}</Text>
      </View>

      <View className='job-tile__pay-row'>
        <View className='job-tile__pay'>
          <Text className='job-tile__amount'>{formatPayAmount(job.payAmount)}</Text>
          <Text className='job-tile__unit'>{job.payUnit}</Text>
        </View>
        <Text className='job-tile__distance'>{distance}</Text>
      </View>

      <Text className='job-tile__when'>{from ? `${when} · ${from}` : when}</Text>

      {!compact && (
        <View className='job-tile__org'>
          <Text className='job-tile__org-name'>{job.orgName}</Text>
          {job.orgVerified && <Text className='job-tile__verified verified-badge'>认证单位</Text>}
        </View>
      )}

      {!compact && (
        <View className='job-tile__foot'>
          <Text className={`job-tile__headcount${full ? ' job-tile__headcount--full' : ''}`}>{formatHeadcount(job)}</Text>
          {job.tags
            .filter((t) => t !== job.type)
            .map((t) => (
              <Text key={t} className='job-tile__tag'>
                {t}
              </Text>
            ))}
        </View>
      )}

      {reasons && reasons.length > 0 && (
        <View className='job-tile__reasons'>
          {reasons.map((r) => (
            <Text key={r} className='reason-chip'>
              {r}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
