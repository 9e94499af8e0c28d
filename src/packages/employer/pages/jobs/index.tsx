import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EmployerJob } from '@contract'
import { Button } from '@/components/nut'
import { POSTING_STATUS_LABEL, POSTING_STATUS_TONE } from '@/constants/employer'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { errorMessage } from '@/services/api-error'
import { listEmployerJobs } from '@/services/employer'
import { closePosting } from '@/services/postings'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { formatPay } from '@/utils/job-format'
import { go, goLogin, PAGES } from '@/utils/routes'
import { NeedOrgPrompt } from '../../components/need-org'
import './index.scss'

/** Pill colour: `open` green, `draft` amber, `hidden` red, the rest grey; the label always says it. */
const TONE_CLASS: Record<(typeof POSTING_STATUS_TONE)[EmployerJob['status']], string> = { good: 'open', wait: 'draft', bad: 'hidden', over: 'off' }

/** What can still be done with a posting in each status. */
const CAN_EDIT: EmployerJob['status'][] = ['draft', 'open', 'hidden']
const CAN_CLOSE: EmployerJob['status'][] = ['draft', 'open', 'hidden']

function openPost(query: { id?: string; from?: string } = {}): void {
  const q = query.id ? `?id=${encodeURIComponent(query.id)}` : query.from ? `?from=${encodeURIComponent(query.from)}` : ''
  const url = `${PAGES.employerPost}${q}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

function openApplicants(jobId: string): void {
  const url = `${PAGES.employerApplicants}?jobId=${encodeURIComponent(jobId)}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

export default function EmployerJobsPage() {
  const { status, me, error, reload } = useSession()
  const isEmployer = me?.role === 'employer' && !!me.employer
  const [closing, setClosing] = useState<string | null>(null)
  // Reloaded when back from the applicants page: names left, check-ins and the waitlist may have changed.
  const list = usePagedList<EmployerJob>({
    fetch: (cursor) => listEmployerJobs(cursor),
    enabled: isEmployer,
    page: { pullDown: 'reload', onShow: 'reload' },
  })

  if (status === 'anonymous') {
    return (
      <View className='page employer-jobs-page'>
        <LoginPrompt description='请用用工单位账号登录后查看岗位和报名。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page employer-jobs-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (me.role === 'employer' && !me.employer) {
    return (
      <View className='page employer-jobs-page'>
        <NeedOrgPrompt description='登记单位后，就能在这里发布岗位、查看报名和到岗情况。' />
      </View>
    )
  }
  if (!isEmployer) {
    return (
      <View className='page employer-jobs-page'>
        <EmptyState
          icon='企'
          title='仅用工单位可以查看'
          description='这个页面用于用工单位查看本单位岗位的报名和到岗情况。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }

  const close = async (job: EmployerJob) => {
    if (closing) return
    const { confirm } = await Taro.showModal({
      title: '关闭岗位',
      content: `关闭「${job.title}」后不再展示、不再接受报名；已报名的人不受影响。确定关闭吗？`,
      confirmText: '关闭',
      cancelText: '不关闭',
    })
    if (!confirm) return
    setClosing(job.id)
    try {
      const closed = await closePosting(job.id)
      list.setItems((prev) => prev.map((j) => (j.id === job.id ? { ...j, status: closed.status } : j)))
      Taro.showToast({ title: '已关闭', icon: 'success' })
    } catch (e) {
      Taro.showModal({ title: '没有关闭成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setClosing(null)
    }
  }

  return (
    <View className='page employer-jobs-page'>
      <View className='jobs-head'>
        <Text className='jobs-head__org'>{me.employer!.orgName}</Text>
        <Text className='jobs-head__hint'>点岗位查看报名的人、签到和确认完工</Text>
      </View>
      <View className='jobs-post'>
        <Button type='primary' size='xlarge' block data-testid='employer-jobs-post' onClick={() => openPost()}>
          ＋ 发布岗位
        </Button>
      </View>

      {list.error ? (
        <ErrorState compact error={list.error} onRetry={list.reload} secondary={{ text: '返回我的单位', onClick: () => go(PAGES.employerHome) }} />
      ) : !list.loaded ? (
        <PageLoading inline text='正在加载岗位…' />
      ) : list.items.length === 0 ? (
        <EmptyState
          compact
          className='employer-jobs-empty'
          title='本单位还没有发布岗位'
          description='选一个模板，一分钟就能发布。需要帮忙也可以联系社区就业服务站。'
          action={{ text: '发布岗位', onClick: () => openPost(), className: 'employer-jobs-empty-post' }}
          secondary={{ text: '刷新', onClick: list.reload }}
        />
      ) : (
        <View className='employer-jobs'>
          {list.items.map((job) => (
            <JobRow key={job.id} job={job} closing={closing === job.id} onClose={() => close(job)} />
          ))}
          <ListFooter
            block='employer-jobs'
            list={list}
            end={`共 ${list.items.length} 个岗位，已全部显示`}
            loading={list.loadingMore || list.status === 'loading'}
            testId='employer-jobs-load-more'
          />
        </View>
      )}
    </View>
  )
}

function JobRow({ job, closing, onClose }: { job: EmployerJob; closing: boolean; onClose: () => void }) {
  const tone = TONE_CLASS[POSTING_STATUS_TONE[job.status]]
  const full = job.headcountLeft <= 0
  // The buttons sit on the card, whose tap opens the applicants: keep their taps to themselves.
  const act = (fn: () => void) => (e: { stopPropagation: () => void }) => {
    e.stopPropagation()
    fn()
  }
  return (
    <View
      className='card employer-job'
      data-testid={`employer-job-${job.id}`}
      data-job-id={job.id}
      onClick={() => openApplicants(job.id)}
      ariaRole='button'
      ariaLabel={`${job.title}，查看报名`}
    >
      <View className='employer-job__head'>
        <Text className='employer-job__title'>{job.title}</Text>
        <Text className={`employer-job__status employer-job__status--${tone}`} data-testid={`employer-job-status-${job.id}`} data-status={job.status}>
          {POSTING_STATUS_LABEL[job.status]}
        </Text>
      </View>
      <Text className='employer-job__when'>时间：{job.schedule}</Text>
      <Text className='employer-job__address'>{job.address}</Text>
      <Text className='employer-job__pay'>{formatPay(job.payAmount, job.payUnit)}</Text>

      <View className='employer-job__numbers'>
        <View className={`employer-job__number${full ? ' employer-job__number--full' : ''}`}>
          <Text className='employer-job__label'>剩余名额</Text>
          <Text className='employer-job__value' data-testid={`employer-job-left-${job.id}`}>
            {job.headcountLeft}/{job.headcount}
          </Text>
        </View>
        <View className='employer-job__number'>
          <Text className='employer-job__label'>候补</Text>
          <Text className='employer-job__value'>{job.waitlistCount} 人</Text>
        </View>
      </View>

      <View className='employer-job__actions'>
        {CAN_EDIT.includes(job.status) && (
          <Button size='normal' fill='outline' className='employer-job__action' data-testid={`employer-job-edit-${job.id}`} onClick={act(() => openPost({ id: job.id }))}>
            修改
          </Button>
        )}
        <Button size='normal' fill='outline' className='employer-job__action' data-testid={`employer-job-repeat-${job.id}`} onClick={act(() => openPost({ from: job.id }))}>
          再发一次
        </Button>
        {CAN_CLOSE.includes(job.status) && (
          <Button
            size='normal'
            fill='outline'
            className='employer-job__action employer-job__action--danger'
            data-testid={`employer-job-close-${job.id}`}
            loading={closing}
            onClick={act(onClose)}
          >
            关闭
          </Button>
        )}
      </View>

      <View className='employer-job__go'>
        <Text>查看报名 ›</Text>
      </View>
    </View>
  )
}
