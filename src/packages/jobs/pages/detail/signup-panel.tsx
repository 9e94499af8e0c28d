import { useRef, useState, type ReactNode } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { JobDetail, MySignup } from '@contract'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { createSignup, missingProfileFields } from '@/services/signups'
import { go, goLoginAndBack, openMySignups, PAGES } from '@/utils/routes'

/** What the last tap on 报名 came to. */
type Outcome =
  | { kind: 'signed'; signup: MySignup }
  /** The server said no for a reason the resident can act on (codes below). */
  | { kind: 'refused'; code: RefusalCode; error: unknown }
  /** Network, busy, still processing…: 再试一次 sends the same idempotency key. */
  | { kind: 'failed'; error: unknown }

const REFUSALS = ['JOB_FULL', 'SIGNUP_CLOSED', 'SCHEDULE_CONFLICT', 'PROFILE_INCOMPLETE', 'ALREADY_SIGNED_UP'] as const
type RefusalCode = (typeof REFUSALS)[number]

/** After these, tapping 报名 again cannot help, so the button goes away. */
const FINAL_REFUSALS: readonly RefusalCode[] = ['JOB_FULL', 'SIGNUP_CLOSED', 'ALREADY_SIGNED_UP']

const REFUSAL_TITLE: Record<RefusalCode, string> = {
  JOB_FULL: '已满，不接受候补',
  SIGNUP_CLOSED: '报名已截止',
  SCHEDULE_CONFLICT: '时间冲突',
  PROFILE_INCOMPLETE: '资料不完整',
  ALREADY_SIGNED_UP: '您已报名',
}

function toOutcome(e: unknown): Outcome {
  if (isApiError(e) && (REFUSALS as readonly string[]).includes(e.code)) {
    return { kind: 'refused', code: e.code as RefusalCode, error: e }
  }
  return { kind: 'failed', error: e }
}

/** 报名 on the job detail page: the button, and right after a tap, what came of it. */
export function SignupPanel({ job }: { job: JobDetail }) {
  const { status, me } = useSession()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const busyRef = useRef(false)

  // Back from 完善资料 / 选择社区: let them try again with a clean slate.
  useDidShow(() => {
    setOutcome((o) => (o?.kind === 'refused' && o.code === 'PROFILE_INCOMPLETE' ? null : o))
  })

  const signUp = async () => {
    if (busyRef.current) return
    busyRef.current = true
    setBusy(true)
    try {
      const signup = await createSignup(job.id)
      setOutcome({ kind: 'signed', signup })
    } catch (e) {
      setOutcome(toOutcome(e))
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  let body: ReactNode
  if (job.status !== 'open') {
    body = (
      <Button size='xlarge' block disabled className='signup-button' data-testid='signup-button'>
        已截止
      </Button>
    )
  } else if (status === 'anonymous') {
    body = (
      <View>
        <Button type='primary' size='xlarge' block className='signup-login' data-testid='signup-login-button' onClick={goLoginAndBack}>
          登录后报名
        </Button>
        <Text className='signup-card__hint'>登录后回到这个页面，再点「我要报名」。</Text>
      </View>
    )
  } else if (status === 'loading' || !me) {
    body = <PageLoading inline text='正在确认您的账号…' />
  } else if (me.role !== 'resident') {
    body = (
      <Text className='signup-card__hint signup-not-resident' data-testid='signup-not-resident'>
        用工单位和工作人员账号不能报名。居民请用自己的账号登录后报名。
      </Text>
    )
  } else if (!outcome && job.mySignup) {
    const mine = job.mySignup
    body = (
      <Banner
        tone={mine.status === 'waitlisted' ? 'wait' : 'ok'}
        code={mine.status}
        title={`您已报名·${mine.statusLabel}`}
        text='这个岗位您已经报过名了，进度和签到码在「我的报名」里。'
      >
        <Button type='primary' size='large' block className='signup-view-mine' data-testid='signup-view-mine' onClick={() => openMySignups(mine.id)}>
          查看我的报名
        </Button>
      </Banner>
    )
  } else {
    const hideButton =
      outcome?.kind === 'signed' || (outcome?.kind === 'refused' && FINAL_REFUSALS.includes(outcome.code))
    body = (
      <View>
        {outcome && <OutcomeBanner outcome={outcome} />}
        {!hideButton && (
          <View className='signup-card__action'>
            <Button
              type='primary'
              size='xlarge'
              block
              className='signup-button'
              data-testid='signup-button'
              loading={busy}
              disabled={busy}
              onClick={signUp}
            >
              {busy ? '正在报名…' : outcome?.kind === 'failed' ? '再试一次' : '我要报名'}
            </Button>
            {job.headcountLeft <= 0 && !outcome && (
              <Text className='signup-card__hint'>人数已满。岗位接受候补的话，报名后会排进候补名单。</Text>
            )}
          </View>
        )}
      </View>
    )
  }

  return (
    <View className='card signup-card'>
      <Text className='signup-card__title'>报名</Text>
      {body}
      <Text className='signup-card__hint contact-note'>用工单位的电话不在这里公开，报名审核通过后可查看联系方式</Text>
    </View>
  )
}

function OutcomeBanner({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'signed') {
    const s = outcome.signup
    const waitlisted = s.status === 'waitlisted'
    const title = waitlisted
      ? `已候补·第 ${s.waitlistPosition ?? '?'} 位`
      : s.status === 'pending'
        ? '已报名·待审核'
        : `已报名·${s.statusLabel}`
    const text = waitlisted
      ? '人数已满，您已排进候补名单。有人取消或未通过时按顺序递补，递补后会通知您。'
      : '社区工作人员审核后会通知您，审核结果请看「我的消息」。审核通过后可以看到用工单位的联系方式和签到码。'
    return (
      <Banner tone={waitlisted ? 'wait' : 'ok'} code={s.status} title={title} text={text}>
        <Button type='primary' size='large' block className='signup-view-mine' data-testid='signup-view-mine' onClick={() => openMySignups(s.id)}>
          查看我的报名
        </Button>
      </Banner>
    )
  }

  if (outcome.kind === 'failed') {
    const inProgress = isApiError(outcome.error) && outcome.error.code === 'IDEMPOTENCY_IN_PROGRESS'
    return (
      <Banner
        tone='bad'
        code={isApiError(outcome.error) ? outcome.error.code : 'ERROR'}
        title={inProgress ? '上一次报名还在处理' : '没有报名成功'}
        text={`${errorMessage(outcome.error)}${inProgress ? '' : '\n请点下面的「再试一次」，不会重复报名。'}`}
      />
    )
  }

  const { code, error } = outcome
  const message = errorMessage(error)
  switch (code) {
    case 'PROFILE_INCOMPLETE': {
      const missing = missingProfileFields(error)
      const needProfile = missing.length === 0 || missing.some((m) => m.field === 'name' || m.field === 'phone')
      const needCommunity = missing.length === 0 || missing.some((m) => m.field === 'homeCommunityCode')
      return (
        <Banner tone='bad' code={code} title={REFUSAL_TITLE[code]} text={missing.length > 0 ? '报名前，请先补全下面这些：' : message}>
          {missing.length > 0 && (
            <View className='signup-result__list' data-testid='signup-missing'>
              {missing.map((m) => (
                <Text key={m.field} className='signup-result__item' data-field={m.field}>
                  {`• ${m.message || MISSING_FALLBACK[m.field]}`}
                </Text>
              ))}
            </View>
          )}
          {needProfile && (
            <Button type='primary' size='large' block className='signup-fix-profile' data-testid='signup-fix-profile' onClick={() => go(PAGES.profile)}>
              完善资料
            </Button>
          )}
          {needCommunity && (
            <Button
              type={needProfile ? 'default' : 'primary'}
              fill={needProfile ? 'outline' : undefined}
              size='large'
              block
              className='signup-pick-community'
              data-testid='signup-pick-community'
              onClick={() => go(PAGES.picker)}
            >
              选择社区
            </Button>
          )}
          <Text className='signup-result__after'>补全后回到这里，再点「我要报名」。</Text>
        </Banner>
      )
    }
    case 'ALREADY_SIGNED_UP':
    case 'SCHEDULE_CONFLICT':
      return (
        <Banner tone={code === 'ALREADY_SIGNED_UP' ? 'wait' : 'bad'} code={code} title={REFUSAL_TITLE[code]} text={message}>
          <Button type='primary' size='large' block className='signup-view-mine' data-testid='signup-view-mine' onClick={() => openMySignups()}>
            {code === 'ALREADY_SIGNED_UP' ? '查看我的报名' : '查看我的报名（可取消另一份）'}
          </Button>
        </Banner>
      )
    default:
      // JOB_FULL, SIGNUP_CLOSED
      return (
        <Banner tone='bad' code={code} title={REFUSAL_TITLE[code]} text={message}>
          <Button type='primary' size='large' block className='signup-more-jobs' data-testid='signup-more-jobs' onClick={() => go(PAGES.home)}>
            看看附近的其他岗位
          </Button>
        </Banner>
      )
  }
}

const MISSING_FALLBACK: Record<'name' | 'phone' | 'homeCommunityCode', string> = {
  name: '请填写姓名',
  phone: '请填写手机号',
  homeCommunityCode: '请选择您的社区',
}

interface BannerProps {
  tone: 'ok' | 'wait' | 'bad'
  code: string
  title: string
  text: string
  children?: ReactNode
}

function Banner({ tone, code, title, text, children }: BannerProps) {
  return (
    <View className={`signup-result signup-result--${tone}`} data-testid='signup-result' data-result={code} ariaRole='alert'>
      <Text className='signup-result__title' data-testid='signup-result-title'>
        {title}
      </Text>
      <Text className='signup-result__text'>{text}</Text>
      {children && <View className='signup-result__actions'>{children}</View>}
    </View>
  )
}
