import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EmployerJob } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { listEmployerJobs } from '@/services/employer'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { formatPay } from '@/utils/job-format'
import { go, goLogin, PAGES } from '@/utils/routes'
import './index.scss'

const JOB_STATUS: Record<EmployerJob['status'], { text: string; tone: string }> = {
  open: { text: '招聘中', tone: 'open' },
  closed: { text: '已停止招聘', tone: 'off' },
  expired: { text: '已结束', tone: 'off' },
  draft: { text: '草稿', tone: 'off' },
  hidden: { text: '暂停展示（核查中）', tone: 'off' },
}

function openApplicants(jobId: string): void {
  const url = `${PAGES.employerApplicants}?jobId=${encodeURIComponent(jobId)}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

export default function EmployerJobsPage() {
  const { status, me, error, reload } = useSession()
  const isEmployer = me?.role === 'employer' && !!me.employer
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

  return (
    <View className='page employer-jobs-page'>
      <View className='jobs-head'>
        <Text className='jobs-head__org'>{me.employer!.orgName}</Text>
        <Text className='jobs-head__hint'>点岗位查看报名的人、签到和确认完工</Text>
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
          description='需要招人时，请联系社区就业服务站，工作人员会帮您发布岗位、对接附近的求职者。'
          action={{ text: '查看服务站联系方式', onClick: () => go(PAGES.employerHome) }}
          secondary={{ text: '刷新', onClick: list.reload }}
        />
      ) : (
        <View className='employer-jobs'>
          {list.items.map((job) => (
            <JobRow key={job.id} job={job} />
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

function JobRow({ job }: { job: EmployerJob }) {
  const st = JOB_STATUS[job.status]
  const full = job.headcountLeft <= 0
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
        <Text className={`employer-job__status employer-job__status--${st.tone}`}>{st.text}</Text>
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

      <View className='employer-job__go'>
        <Text>查看报名 ›</Text>
      </View>
    </View>
  )
}
