import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { SignupEvent, SignupStatus } from '@contract'
import { SIGNUP_EVENT_LABEL, SIGNUP_STATUS_LABEL, SIGNUP_STATUS_TONE } from '@/constants/signups'
import { formatMoment } from '@/utils/signup-format'
import './signup-parts.scss'

/**
 * Pieces shared by the staff review page and the employer's applicants page: the status tag, the worker's facts
 * and the timeline of a sign-up. Labels and colours come from constants/signups.ts, like the resident's pages.
 */

/** Who did a step, as staff and employers say it (the resident's own pages say 「本人」). */
const ACTOR_LABEL: Record<SignupEvent['by'], string> = {
  resident: '居民',
  staff: '社区工作人员',
  employer: '用工单位',
  system: '系统',
}

export function StatusTag({ status, label }: { status: SignupStatus; label?: string }) {
  return (
    <Text className={`status-tag status-tag--${SIGNUP_STATUS_TONE[status]}`} data-status={status}>
      {label || SIGNUP_STATUS_LABEL[status]}
    </Text>
  )
}

export interface Worker {
  name: string
  phone: string | null
  age: number | null
  homeCommunityCode: string | null
  skills: string[]
  noShowCount: number
  completedCount: number
}

/** A phone number the server returned in full (employers, once the sign-up was approved). */
export function isFullPhone(phone: string | null): phone is string {
  return !!phone && !phone.includes('*') && /\d{7,}/.test(phone.replace(/\D/g, ''))
}

export interface WorkerFactsProps {
  worker: Worker
  /** Shown on the phone line: e.g. 「拨打」 when the number is complete. */
  onCall?: (phone: string) => void
  /** Hint under a masked number (e.g. 「审核通过后显示完整号码」). */
  maskedHint?: string
  /** The job's community: a worker living there is marked 「本社区」. */
  jobCommunityCode?: string
  showCommunity?: boolean
}

/** Name, phone, age, home community, skills, and the record: 缺勤 N 次 (in red when any) and 完成 N 次. */
export function WorkerFacts({ worker, onCall, maskedHint, jobCommunityCode, showCommunity = true }: WorkerFactsProps) {
  const full = isFullPhone(worker.phone)
  return (
    <View className='worker-facts'>
      <View className='worker-facts__line'>
        <Text className='worker-facts__name'>{worker.name}</Text>
        <Text className='worker-facts__age'>{worker.age !== null ? `${worker.age} 岁` : '年龄未填'}</Text>
      </View>

      <View className='worker-facts__line'>
        {worker.phone ? (
          full && onCall ? (
            <View
              className='worker-facts__phone worker-facts__phone--call worker-phone'
              data-testid='worker-phone-call'
              onClick={(e) => {
                e.stopPropagation()
                onCall(worker.phone!)
              }}
              ariaRole='button'
              ariaLabel={`拨打 ${worker.phone}`}
            >
              <Text className='worker-facts__phone-number'>{worker.phone}</Text>
              <Text className='worker-facts__phone-action'>拨打</Text>
            </View>
          ) : (
            <Text className='worker-facts__phone worker-phone'>{worker.phone}</Text>
          )
        ) : (
          <Text className='worker-facts__phone worker-facts__phone--none worker-phone'>未留手机号</Text>
        )}
      </View>
      {!full && worker.phone && maskedHint && <Text className='worker-facts__hint'>{maskedHint}</Text>}

      {showCommunity && (
        <Text className='worker-facts__row'>
          家住社区：{worker.homeCommunityCode ?? '未选择'}
          {worker.homeCommunityCode && jobCommunityCode && worker.homeCommunityCode === jobCommunityCode && (
            <Text className='worker-facts__local'> 本社区</Text>
          )}
        </Text>
      )}

      <Text className='worker-facts__row'>
        技能：{worker.skills.length ? worker.skills.join('、') : '未填写'}
      </Text>

      <View className='worker-facts__record'>
        <Text
          className={`worker-facts__count${worker.noShowCount > 0 ? ' worker-facts__count--bad' : ''}`}
          data-testid='worker-no-shows'
        >
          {worker.noShowCount > 0 ? `⚠ 缺勤 ${worker.noShowCount} 次` : '缺勤 0 次'}
        </Text>
        <Text className='worker-facts__count worker-facts__count--good' data-testid='worker-completed'>
          完成 {worker.completedCount} 次
        </Text>
      </View>
    </View>
  )
}

/** What happened to the sign-up, oldest first. Long histories show the latest three until 「全部经过」 is tapped. */
export function SignupTimeline({ history }: { history: SignupEvent[] }) {
  const [all, setAll] = useState(false)
  if (!history.length) return null
  const LIMIT = 3
  const hidden = all ? 0 : Math.max(0, history.length - LIMIT)
  const shown = history.slice(hidden)
  return (
    <View className='signup-timeline'>
      <Text className='signup-timeline__title'>办理经过</Text>
      {hidden > 0 && (
        <View
          className='signup-timeline__more'
          onClick={(e) => {
            e.stopPropagation()
            setAll(true)
          }}
          ariaRole='button'
        >
          <Text>查看全部经过（还有 {hidden} 条）</Text>
        </View>
      )}
      {shown.map((ev, i) => (
        <View key={`${ev.at}-${i}`} className={`signup-timeline__event${i === shown.length - 1 ? ' signup-timeline__event--last' : ''}`}>
          <View className={`signup-timeline__dot signup-timeline__dot--${SIGNUP_STATUS_TONE[ev.status]}`} />
          <View className='signup-timeline__body'>
            <Text className='signup-timeline__status'>
              {SIGNUP_EVENT_LABEL[ev.status]}
              <Text className='signup-timeline__by'>（{ACTOR_LABEL[ev.by]}）</Text>
            </Text>
            <Text className='signup-timeline__at'>{formatMoment(ev.at)}</Text>
            {ev.note && <Text className='signup-timeline__note'>{ev.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
