import { useEffect, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { MySignup } from '@contract'
import { BottomSheet } from '@/components/bottom-sheet'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import {
  DISPUTE_NOTE_MAX,
  DISPUTE_NOTE_MIN,
  SIGNUP_ACTOR_LABEL,
  SIGNUP_STATUS_LABEL,
  SIGNUP_STATUS_TONE,
} from '@/constants/signups'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { callPhone } from '@/services/location'
import { cancelSignup, completeSignup, disputeSignup, mySignups } from '@/services/signups'
import { formatPay } from '@/utils/job-format'
import { go, goLogin, openJob, openPage, PAGES } from '@/utils/routes'
import { formatMoment, timeline } from '@/utils/signup-format'
import { CheckInCode } from '../../components/checkin-qr'
import './index.scss'

export default function MySignupsPage() {
  const { status, me, error, reload } = useSession()
  const focusId = useRouter().params.id ?? null

  if (status === 'anonymous') {
    return (
      <View className='page signups-page'>
        <LoginPrompt description='登录后可以查看您报名的岗位和审核进度。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page signups-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role !== 'resident') {
    return (
      <View className='page signups-page'>
        <EmptyState
          icon='报'
          title='仅居民可以报名'
          description='「我的报名」记录居民报名的零工和岗位。用工单位和工作人员请从「我的」进入各自的页面。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <SignupList focusId={focusId} />
}

/** Codes after which the list on screen is out of date: show the server's message, then reload. */
const STALE_CODES = ['SIGNUP_STATE_CHANGED', 'CANCEL_TOO_LATE', 'SIGNUP_NOT_FOUND', 'CONFLICT']

function SignupList({ focusId }: { focusId: string | null }) {
  const [disputing, setDisputing] = useState<MySignup | null>(null)
  const scrolled = useRef(false)
  // Refreshed on pull-down and when back on this page (from a job, from 我的消息): statuses may have moved on.
  const list = usePagedList<MySignup>({ fetch: (cursor) => mySignups(cursor), page: { pullDown: 'refresh', onShow: 'refresh' } })
  const { items, setItems, reload, refresh } = list

  // Opened from a message: bring that sign-up into view once.
  useEffect(() => {
    if (!focusId || scrolled.current || !items.some((s) => s.id === focusId)) return
    scrolled.current = true
    setTimeout(() => {
      Taro.pageScrollTo({ selector: `#signup-${focusId}`, duration: 300 }).catch(() => undefined)
    }, 100)
  }, [focusId, items])

  const replace = (next: MySignup) => setItems((prev) => prev.map((s) => (s.id === next.id ? next : s)))

  /** One write on one sign-up: loading mask, then the updated card, or the server's reason. */
  const write = async (run: () => Promise<MySignup>, done: string): Promise<boolean> => {
    Taro.showLoading({ title: '正在提交', mask: true })
    try {
      const next = await run()
      Taro.hideLoading()
      replace(next)
      Taro.showToast({ title: done, icon: 'none', duration: 2000 })
      return true
    } catch (e) {
      Taro.hideLoading()
      const stale = isApiError(e) && STALE_CODES.includes(e.code)
      await Taro.showModal({
        title: '没有成功',
        content: isApiError(e) && e.status === 0 ? `${errorMessage(e)}\n再点一次不会重复提交。` : errorMessage(e),
        showCancel: false,
        confirmText: '知道了',
      })
      if (stale) refresh()
      return false
    }
  }

  const cancel = async (s: MySignup) => {
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: `确定不去「${s.job.title}」了吗？取消后名额会让给候补的人。`,
      confirmText: '取消报名',
      confirmColor: '#b3261e',
      cancelText: '不取消',
    })
    if (confirm) await write(() => cancelSignup(s.id), '已取消报名')
  }

  const confirmDone = async (s: MySignup) => {
    const { confirm } = await Taro.showModal({
      title: '确认完工',
      content: '这份工已经做完了吗？您和用工单位都确认后，报名记为「已完成」。',
      confirmText: '确认完工',
      cancelText: '还没有',
    })
    if (confirm) await write(() => completeSignup(s.id), '已确认完工')
  }

  if (list.status === 'loading' && items.length === 0) return <PageLoading text='正在加载我的报名…' />
  if (list.status === 'error') {
    return (
      <View className='page signups-page'>
        <ErrorState error={list.error} onRetry={reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }
  if (items.length === 0) {
    return (
      <View className='page signups-page'>
        <EmptyState
          icon='报'
          className='signups-empty'
          title='还没有报名'
          description='在首页找到合适的零工或岗位，点「我要报名」，报名和审核进度都会显示在这里。'
          action={{ text: '去首页找工作', onClick: () => go(PAGES.home), className: 'signups-find-jobs' }}
          secondary={{ text: '刷新', onClick: reload }}
        />
      </View>
    )
  }

  return (
    <View className='page signups-page'>
      {items.map((s) => (
        <SignupItem
          key={s.id}
          signup={s}
          focused={s.id === focusId}
          onCancel={() => cancel(s)}
          onConfirm={() => confirmDone(s)}
          onDispute={() => setDisputing(s)}
        />
      ))}

      <ListFooter block='signups-page' list={list} end={`共 ${items.length} 条报名，已全部显示`} />

      <DisputeSheet
        signup={disputing}
        onClose={() => setDisputing(null)}
        onSubmit={async (note) => {
          const s = disputing
          if (!s) return
          const ok = await write(() => disputeSignup(s.id, note), '已反映，社区工作人员会尽快处理')
          if (ok) setDisputing(null)
        }}
      />
    </View>
  )
}

interface ItemProps {
  signup: MySignup
  focused: boolean
  onCancel: () => void
  onConfirm: () => void
  onDispute: () => void
}

function SignupItem({ signup: s, focused, onCancel, onConfirm, onDispute }: ItemProps) {
  const tone = SIGNUP_STATUS_TONE[s.status]
  const showCode = s.status === 'approved' && !!s.checkInCode
  return (
    <View
      id={`signup-${s.id}`}
      className={`card signup-item${focused ? ' signup-item--focus' : ''}`}
      data-testid='signup-item'
      data-signup-id={s.id}
      data-status={s.status}
    >
      <View className='signup-item__head'>
        <Text className='signup-item__title'>{s.job.title}</Text>
        <Text className={`status-pill status-pill--${tone}`} data-testid='signup-status' data-status={s.status}>
          {s.statusLabel || SIGNUP_STATUS_LABEL[s.status]}
        </Text>
      </View>
      {s.status === 'waitlisted' && s.waitlistPosition !== null && (
        <Text className='signup-item__waitlist' data-testid='signup-waitlist-position'>{`候补第 ${s.waitlistPosition} 位`}</Text>
      )}
      <Text className='signup-item__org'>{s.job.orgName}</Text>

      <View className='signup-facts'>
        <Fact label='时间' value={s.job.schedule} />
        <Fact label='地点' value={s.job.address} />
        <Fact label='工钱' value={formatPay(s.job.payAmount, s.job.payUnit)} strong />
      </View>
      <View className='signup-item__link' onClick={() => openJob(s.job.id)} ariaRole='link' ariaLabel='查看岗位详情'>
        <Text>查看岗位详情 ›</Text>
      </View>
      {s.status === 'completed' && (
        <View className='signup-item__link' data-testid='signup-survey' ariaRole='link' onClick={() => openPage(PAGES.survey, { subject: 'gig', id: s.id, title: `「${s.job.title}」已完工` })}>
          <Text>评价这次零工 ›</Text>
        </View>
      )}

      {showCode && <CheckInCode signupId={s.id} code={s.checkInCode!} />}

      {s.employerContact && (
        <View className='signup-contact' data-testid='signup-employer-contact'>
          <Text className='signup-contact__label'>用工单位联系人</Text>
          <Text className='signup-contact__name'>{s.employerContact.name}</Text>
          <Button
            type='primary'
            fill='outline'
            size='large'
            block
            className='signup-call'
            data-testid='signup-call-employer'
            onClick={() => callPhone(s.employerContact!.phone)}
          >
            {`拨打 ${s.employerContact.phone}`}
          </Button>
        </View>
      )}

      <ConfirmNote signup={s} />
      {s.dispute && <DisputeBox dispute={s.dispute} />}
      <Timeline signup={s} />

      {(s.canConfirm || s.canDispute || s.canCancel) && (
        <View className='signup-item__actions'>
          {s.canConfirm && (
            <Button type='primary' size='large' block className='signup-confirm' data-testid='signup-confirm' onClick={onConfirm}>
              确认完工
            </Button>
          )}
          {s.canDispute && (
            <Button size='large' block fill='outline' className='signup-dispute' data-testid='signup-dispute' onClick={onDispute}>
              反映未结清工资
            </Button>
          )}
          {s.canCancel && (
            <Button size='large' block fill='outline' className='signup-cancel' data-testid='signup-cancel' onClick={onCancel}>
              取消报名
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

function Fact({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <View className='signup-fact'>
      <Text className='signup-fact__label'>{label}</Text>
      <Text className={`signup-fact__value${strong ? ' signup-fact__value--strong' : ''}`}>{value}</Text>
    </View>
  )
}

/** Completion needs both sides: say who has confirmed. */
function ConfirmNote({ signup: s }: { signup: MySignup }) {
  if (s.status !== 'checked_in') return null
  let text: string | null = null
  if (s.residentConfirmedAt && !s.employerConfirmedAt) text = '您已确认完工，等待用工单位确认。'
  else if (s.employerConfirmedAt && !s.residentConfirmedAt) text = '用工单位已确认完工，请您也点「确认完工」。'
  if (!text) return null
  return (
    <Text className='signup-item__note' data-testid='signup-confirm-note'>
      {text}
    </Text>
  )
}

function DisputeBox({ dispute }: { dispute: NonNullable<MySignup['dispute']> }) {
  const resolved = dispute.status === 'resolved'
  return (
    <View className={`signup-dispute-box${resolved ? ' signup-dispute-box--resolved' : ''}`} data-testid='signup-dispute-status' data-status={dispute.status}>
      <Text className='signup-dispute-box__title'>{resolved ? '未结清工资：已处理' : '未结清工资：社区工作人员处理中'}</Text>
      <Text className='signup-dispute-box__text'>{`您反映的情况（${formatMoment(dispute.raisedAt)}）：${dispute.note}`}</Text>
      {resolved && dispute.resolution && (
        <Text className='signup-dispute-box__text signup-dispute-box__resolution'>
          {`处理结果${dispute.resolvedAt ? `（${formatMoment(dispute.resolvedAt)}）` : ''}：${dispute.resolution}`}
        </Text>
      )}
    </View>
  )
}

function Timeline({ signup }: { signup: MySignup }) {
  const steps = timeline(signup)
  if (steps.length === 0) return null
  return (
    <View className='timeline' data-testid='signup-timeline'>
      {steps.map((step, i) => {
        const bad = step.status === 'rejected' || step.status === 'no_show' || step.status === 'cancelled' || step.status === 'expired'
        const cls = `timeline__step${step.done ? ' timeline__step--done' : ''}${bad ? ' timeline__step--bad' : ''}${i === steps.length - 1 ? ' timeline__step--last' : ''}`
        return (
          <View key={step.key} className={cls} data-status={step.status ?? 'ahead'}>
            <View className='timeline__rail'>
              <View className='timeline__dot' />
              <View className='timeline__line' />
            </View>
            <View className='timeline__body'>
              <Text className='timeline__title'>{step.title}</Text>
              {step.note && <Text className='timeline__note'>{step.status === 'rejected' ? `原因：${step.note}` : step.note}</Text>}
              {step.at && (
                <Text className='timeline__time'>
                  {formatMoment(step.at)}
                  {step.by && step.by !== 'resident' ? ` · ${SIGNUP_ACTOR_LABEL[step.by]}` : ''}
                </Text>
              )}
            </View>
          </View>
        )
      })}
    </View>
  )
}

interface DisputeSheetProps {
  signup: MySignup | null
  onClose: () => void
  onSubmit: (note: string) => Promise<void>
}

/** 反映未结清工资: a short note (2–300 characters) that goes to the community staff. */
function DisputeSheet({ signup, onClose, onSubmit }: DisputeSheetProps) {
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    setNote('')
    setError(null)
    setSending(false)
  }, [signup?.id])

  const submit = async () => {
    if (sending) return
    const text = note.trim()
    if (text.length < DISPUTE_NOTE_MIN) {
      setError('请简单说明情况（至少 2 个字）')
      return
    }
    setError(null)
    setSending(true)
    try {
      await onSubmit(text)
    } finally {
      setSending(false)
    }
  }

  return (
    <BottomSheet open={!!signup} title='反映未结清工资' onClose={onClose} className='dispute-sheet'>
      <Text className='dispute-sheet__hint'>
        {`「${signup?.job.title ?? ''}」的工钱没有结清？写下情况，社区工作人员会联系用工单位处理，并把结果发到「我的消息」。`}
      </Text>
      <Textarea
        className='dispute-sheet__input'
        data-testid='dispute-note'
        value={note}
        maxlength={DISPUTE_NOTE_MAX}
        fixed
        placeholder='例如：说好 150 元一天，做了 2 天，还差 300 元没有给'
        onInput={(e) => {
          setNote(e.detail.value)
          if (error) setError(null)
        }}
      />
      <Text className='dispute-sheet__count'>{`${note.trim().length}/${DISPUTE_NOTE_MAX}`}</Text>
      {error && (
        <Text className='dispute-sheet__error' data-testid='dispute-error'>
          {error}
        </Text>
      )}
      <View className='button-row'>
        <Button type='primary' size='large' block className='dispute-submit' data-testid='dispute-submit' loading={sending} onClick={submit}>
          提交
        </Button>
        <Button size='large' block fill='outline' className='dispute-cancel' onClick={onClose}>
          先不反映
        </Button>
      </View>
    </BottomSheet>
  )
}
