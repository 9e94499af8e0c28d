import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { Applicant, JobApplicantsResponse } from '@contract'
import { BottomSheet } from '@/components/bottom-sheet'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { SignupTimeline, StatusTag, WorkerFacts } from '@/components/signup-parts'
import { formatMoment } from '@/utils/signup-format'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { checkInSignup, confirmCompletion, getJobApplicants, parseCheckInQr } from '@/services/employer'
import { callPhone } from '@/services/location'
import { go, goBack, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

// 扫码 needs the camera: the mini-program only (H5 in a browser has no scanCode).
const CAN_SCAN = process.env.TARO_ENV === 'weapp'

type CountKey = keyof JobApplicantsResponse['counts']
const COUNT_TILES: { key: CountKey; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'approved', label: '已通过' },
  { key: 'checked_in', label: '已签到' },
  { key: 'no_show', label: '缺勤' },
  { key: 'completed', label: '已完成' },
  { key: 'waitlisted', label: '候补' },
]
const COUNT_LABEL = Object.fromEntries(COUNT_TILES.map((t) => [t.key, t.label])) as Record<CountKey, string>

const CODE_RULE = '签到码是居民手机上显示的 6 位数字'

function goJobs(): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url: PAGES.employerJobs })
}

/** The sign-up changed under us (the worker cancelled, staff acted): reload rather than guess. */
function isStale(e: unknown): boolean {
  return isApiError(e) && ['SIGNUP_STATE_CHANGED', 'SIGNUP_NOT_FOUND', 'CONFLICT'].includes(e.code)
}

/** The user closed the camera without scanning. */
function scanCancelled(e: unknown): boolean {
  return /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))
}

async function scanQr(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return res.result ?? ''
  } catch (e) {
    if (!scanCancelled(e)) Taro.showToast({ title: '没有打开扫码，请改为输入签到码', icon: 'none', duration: 2500 })
    return null
  }
}

export default function ApplicantsPage() {
  const { status, me, error, reload } = useSession()
  const jobId = useRouter().params.jobId ?? ''
  const isEmployer = me?.role === 'employer' && !!me.employer
  const data = useApplicants(isEmployer && jobId ? jobId : null)

  usePullDownRefresh(async () => {
    if (isEmployer && jobId) await data.reload()
    Taro.stopPullDownRefresh()
  })

  if (status === 'anonymous') {
    return (
      <View className='page applicants-page'>
        <LoginPrompt description='请用用工单位账号登录后查看报名。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page applicants-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!isEmployer) {
    return (
      <View className='page applicants-page'>
        <EmptyState
          icon='企'
          title='仅用工单位可以查看'
          description='这个页面用于用工单位查看报名、到岗签到和确认完工。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  if (!jobId) {
    return (
      <View className='page applicants-page'>
        <EmptyState
          icon='岗'
          title='没有指定岗位'
          description='请从「我的岗位与报名」里点一个岗位进来。'
          action={{ text: '查看我的岗位', onClick: goJobs }}
        />
      </View>
    )
  }
  if (data.error && !data.value) {
    return (
      <View className='page applicants-page'>
        <ErrorState
          error={data.error}
          onRetry={data.reload}
          secondary={{ text: '返回我的岗位', onClick: goJobs }}
        />
      </View>
    )
  }
  if (!data.value) return <PageLoading text='正在加载报名名单…' />
  return <Applicants value={data.value} setItem={data.setItem} reload={data.reload} refreshing={data.loading} />
}

/** The job's applicants; `setItem` puts one server answer in place before the quiet reload catches up. */
function useApplicants(jobId: string | null) {
  const [value, setValue] = useState<JobApplicantsResponse | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(false)
  const seq = useRef(0)
  const hasValue = useRef(false)
  hasValue.current = !!value

  const reload = useCallback(async () => {
    if (!jobId) return
    const id = ++seq.current
    setLoading(true)
    setError(null)
    try {
      const v = await getJobApplicants(jobId)
      if (id === seq.current) setValue(v)
    } catch (e) {
      if (id === seq.current) {
        setError(e)
        // Keep showing the list we have; just say the refresh failed.
        if (hasValue.current) Taro.showToast({ title: `刷新没有成功：${errorMessage(e)}`, icon: 'none', duration: 2500 })
      }
    } finally {
      if (id === seq.current) setLoading(false)
    }
  }, [jobId])

  useEffect(() => {
    setValue(null)
    reload()
  }, [reload])

  const setItem = useCallback((a: Applicant) => {
    setValue((v) => (v ? { ...v, items: v.items.map((x) => (x.id === a.id ? a : x)) } : v))
  }, [])

  return { value, error, loading, reload, setItem }
}

interface ApplicantsProps {
  value: JobApplicantsResponse
  setItem: (a: Applicant) => void
  reload: () => Promise<void>
  refreshing: boolean
}

function Applicants({ value, setItem, reload, refreshing }: ApplicantsProps) {
  const { job, counts, items } = value
  const [filter, setFilter] = useState<CountKey | null>(null)
  const [checkIn, setCheckIn] = useState<Applicant | null>(null)
  const [checkInBusy, setCheckInBusy] = useState(false)
  const [checkInError, setCheckInError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)

  const shown = filter ? items.filter((a) => a.status === filter) : items
  const checkInCount = items.filter((a) => a.canCheckIn).length

  const staleAndReload = (title: string, e: unknown) => {
    Taro.showModal({ title, content: errorMessage(e), showCancel: false, confirmText: '刷新名单' }).then(() => reload())
  }

  /** Both ways of checking in end here: the typed code, or the QR code's. */
  const doCheckIn = async (a: Applicant, code: string, fromSheet: boolean): Promise<boolean> => {
    setCheckInBusy(true)
    if (fromSheet) setCheckInError(null)
    else Taro.showLoading({ title: '正在签到…', mask: true })
    try {
      const updated = await checkInSignup(a.id, code)
      setItem(updated)
      if (!fromSheet) Taro.hideLoading()
      setCheckIn(null)
      Taro.showToast({ title: `已签到：${a.worker.name}`, icon: 'success' })
      reload()
      return true
    } catch (e) {
      if (!fromSheet) Taro.hideLoading()
      if (isStale(e)) {
        setCheckIn(null)
        staleAndReload('没有签到成功', e)
      } else if (fromSheet) {
        setCheckInError(errorMessage(e))
      } else {
        Taro.showModal({ title: '没有签到成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
      }
      return false
    } finally {
      setCheckInBusy(false)
    }
  }

  /** 扫码签到 from the page: the QR code says whose sign-up it is. */
  const scanAny = async () => {
    const text = await scanQr()
    if (text === null) return
    const parsed = parseCheckInQr(text)
    if (!parsed) {
      Taro.showModal({ title: '不是签到码', content: '请扫居民「我的报名」里显示的签到二维码。', showCancel: false, confirmText: '知道了' })
      return
    }
    const a = items.find((x) => x.id === parsed.signupId)
    if (!a) {
      Taro.showModal({
        title: '不是这个岗位的报名',
        content: `这张签到码不属于「${job.title}」的报名人员，请核对居民报名的岗位。`,
        showCancel: false,
        confirmText: '知道了',
      })
      return
    }
    if (!a.canCheckIn) {
      Taro.showModal({ title: '现在不能签到', content: `${a.worker.name}：${a.statusLabel}，不需要再签到。`, showCancel: false, confirmText: '知道了' })
      return
    }
    await doCheckIn(a, parsed.code, false)
  }

  /** 扫码 inside one worker's sheet: the QR code must be theirs. */
  const scanFor = async (a: Applicant) => {
    const text = await scanQr()
    if (text === null) return
    const parsed = parseCheckInQr(text)
    if (!parsed) {
      setCheckInError('这不是签到二维码，请扫居民「我的报名」里的二维码，或直接输入 6 位签到码。')
      return
    }
    if (parsed.signupId !== a.id) {
      setCheckInError(`这是另一位报名人员的签到码，不是 ${a.worker.name} 的。`)
      return
    }
    await doCheckIn(a, parsed.code, true)
  }

  const confirmDone = async (a: Applicant) => {
    if (confirming) return
    const { confirm } = await Taro.showModal({
      title: '确认完工',
      content: `确认 ${a.worker.name} 已经完成这次工作？居民也确认后，这次零工记为「已完成」。`,
      confirmText: '确认完工',
      cancelText: '取消',
    })
    if (!confirm) return
    setConfirming(a.id)
    try {
      const updated = await confirmCompletion(a.id)
      setItem(updated)
      Taro.showToast({
        title: updated.status === 'completed' ? `已完成：${a.worker.name}` : '已确认，等居民确认',
        icon: 'none',
      })
      reload()
    } catch (e) {
      if (isStale(e)) staleAndReload('没有确认成功', e)
      else Taro.showModal({ title: '没有确认成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setConfirming(null)
    }
  }

  return (
    <View className='page applicants-page'>
      <View className='card applicants-job' data-testid='applicants-job'>
        <Text className='applicants-job__title'>{job.title}</Text>
        <Text className='applicants-job__when'>时间：{job.schedule}</Text>
        <Text className='applicants-job__address'>{job.address}</Text>
        <Text className='applicants-job__left'>
          剩余名额 <Text className='applicants-job__strong'>{job.headcountLeft}/{job.headcount}</Text>
          {job.waitlistEnabled ? ' · 满员后可候补' : ' · 不接受候补'}
        </Text>
      </View>

      <View className='count-tiles'>
        {COUNT_TILES.map((t) => (
          <View
            key={t.key}
            className={`count-tile${filter === t.key ? ' count-tile--on' : ''}${t.key === 'no_show' && counts.no_show > 0 ? ' count-tile--bad' : ''}`}
            data-testid={`applicant-count-${t.key}`}
            data-count={counts[t.key]}
            onClick={() => setFilter(filter === t.key ? null : t.key)}
            ariaRole='button'
            ariaLabel={`${t.label} ${counts[t.key]} 人${filter === t.key ? '，正在筛选' : ''}`}
          >
            <Text className='count-tile__value'>{counts[t.key]}</Text>
            <Text className='count-tile__label'>{t.label}</Text>
          </View>
        ))}
      </View>

      {CAN_SCAN && checkInCount > 0 && (
        <View className='button-row scan-row'>
          <Button type='primary' size='large' block data-testid='scan-check-in' onClick={scanAny}>
            扫码签到（待签到 {checkInCount} 人）
          </Button>
        </View>
      )}

      <View className='applicants-head'>
        <Text className='applicants-head__title'>
          {filter ? `${COUNT_LABEL[filter]}（${shown.length}）` : `全部报名（${items.length}）`}
        </Text>
        {filter ? (
          <Text className='applicants-head__link' data-testid='applicant-filter-clear' onClick={() => setFilter(null)}>
            看全部
          </Text>
        ) : refreshing ? (
          <Text className='applicants-head__hint'>正在刷新…</Text>
        ) : null}
      </View>

      {items.length === 0 ? (
        <EmptyState
          compact
          className='applicants-empty'
          title='还没有人报名'
          description='居民报名并经社区审核后，您可以在这里看到他们的联系方式。'
          action={{ text: '刷新', onClick: () => reload() }}
          secondary={{ text: '返回我的岗位', onClick: goJobs }}
        />
      ) : shown.length === 0 ? (
        <EmptyState
          compact
          title={`没有「${COUNT_LABEL[filter!]}」的报名`}
          action={{ text: '看全部报名', onClick: () => setFilter(null) }}
        />
      ) : (
        shown.map((a) => (
          <ApplicantRow
            key={a.id}
            a={a}
            confirming={confirming === a.id}
            onCheckIn={() => {
              setCheckInError(null)
              setCheckIn(a)
            }}
            onConfirm={() => confirmDone(a)}
          />
        ))
      )}

      <CheckInSheet
        applicant={checkIn}
        busy={checkInBusy}
        error={checkInError}
        onClearError={() => setCheckInError(null)}
        onSubmit={(code) => checkIn && doCheckIn(checkIn, code, true)}
        onScan={() => checkIn && scanFor(checkIn)}
        onClose={() => setCheckIn(null)}
      />

      <View className='button-row'>
        <Button size='large' block fill='outline' onClick={() => goBack(PAGES.employerJobs)}>
          返回我的岗位
        </Button>
      </View>
    </View>
  )
}

function ApplicantRow({ a, confirming, onCheckIn, onConfirm }: { a: Applicant; confirming: boolean; onCheckIn: () => void; onConfirm: () => void }) {
  return (
    <View className='card applicant' data-testid={`applicant-${a.id}`} data-signup-id={a.id} data-status={a.status}>
      <View className='applicant__head'>
        <View className='applicant__facts'>
          <WorkerFacts
            worker={a.worker}
            showCommunity={false}
            onCall={callPhone}
            maskedHint='社区审核通过后显示完整号码'
          />
        </View>
        <StatusTag status={a.status} label={a.statusLabel} />
      </View>

      <View className='applicant__meta'>
        <Text>报名时间：{formatMoment(a.createdAt)}</Text>
        {a.waitlistPosition !== null && <Text className='applicant__waitlist'>候补第 {a.waitlistPosition} 位</Text>}
        {a.checkedInAt && <Text>签到时间：{formatMoment(a.checkedInAt)}</Text>}
        {(a.employerConfirmedAt || a.residentConfirmedAt) && (
          <Text>
            完工确认：单位{a.employerConfirmedAt ? '已确认' : '未确认'}，居民{a.residentConfirmedAt ? '已确认' : '未确认'}
          </Text>
        )}
      </View>

      <SignupTimeline history={a.history} />

      {(a.canCheckIn || a.canConfirm) && (
        <View className='applicant__actions'>
          {a.canCheckIn && (
            <Button type='primary' size='large' block className='check-in-button' data-testid={`check-in-${a.id}`} onClick={onCheckIn}>
              签到
            </Button>
          )}
          {a.canConfirm && (
            <Button
              type='primary'
              fill={a.canCheckIn ? 'outline' : undefined}
              size='large'
              block
              className='confirm-button'
              data-testid={`confirm-${a.id}`}
              loading={confirming}
              onClick={onConfirm}
            >
              确认完工
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

interface CheckInSheetProps {
  applicant: Applicant | null
  busy: boolean
  error: string | null
  onClearError: () => void
  onSubmit: (code: string) => void
  onScan: () => void
  onClose: () => void
}

/** Type the 6 digits the worker shows on their phone (or scan their QR code in the mini-program). */
function CheckInSheet({ applicant, busy, error, onClearError, onSubmit, onScan, onClose }: CheckInSheetProps) {
  const [code, setCode] = useState('')
  const [localError, setLocalError] = useState<string | null>(null)
  const open = !!applicant

  useEffect(() => {
    setCode('')
    setLocalError(null)
  }, [applicant?.id])

  const submit = () => {
    if (busy) return
    if (!/^\d{6}$/.test(code)) {
      setLocalError(CODE_RULE)
      return
    }
    setLocalError(null)
    onSubmit(code)
  }

  const message = localError || error
  return (
    <BottomSheet open={open} title={applicant ? `签到：${applicant.worker.name}` : '签到'} onClose={onClose} className='check-in-sheet'>
      <Text className='check-in-sheet__lead'>请居民打开「我的报名」，把上面的 6 位签到码念给您或给您看。</Text>
      {open && (
        <Input
          className={`code-input${message ? ' code-input--error' : ''}`}
          data-testid='check-in-code'
          type='number'
          value={code}
          maxlength={6}
          focus
          placeholder='6 位签到码'
          placeholderClass='code-input__placeholder'
          confirmType='done'
          onInput={(e) => {
            setCode(String(e.detail.value).replace(/\D/g, '').slice(0, 6))
            if (localError) setLocalError(null)
            if (error) onClearError()
          }}
          onConfirm={submit}
        />
      )}
      {message ? (
        <View className='check-in-sheet__error' data-testid='check-in-error' ariaRole='alert'>
          <Text>{message}</Text>
        </View>
      ) : (
        <Text className='check-in-sheet__hint'>{CODE_RULE}</Text>
      )}
      <View className='button-row'>
        <Button type='primary' size='large' block data-testid='check-in-submit' loading={busy} onClick={submit}>
          确认签到
        </Button>
        {CAN_SCAN && (
          <Button size='large' block fill='outline' data-testid='check-in-scan' disabled={busy} onClick={onScan}>
            扫居民的二维码
          </Button>
        )}
        <Button size='large' block fill='none' onClick={onClose}>
          取消
        </Button>
      </View>
    </BottomSheet>
  )
}
