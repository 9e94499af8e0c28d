import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { ReportCategory } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import {
  HOTLINE_12333,
  REPORT_CATEGORIES,
  REPORT_CATEGORY_HINT,
  REPORT_DESCRIPTION_MAX,
  REPORT_DESCRIPTION_MIN,
} from '@/constants/reports'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { getJob } from '@/services/jobs'
import { callPhone } from '@/services/location'
import { reportJob } from '@/services/reports'
import { go, goBack, openJob, PAGES } from '@/utils/routes'
import './index.scss'

/**
 * 举报 a job: 劳动维权 is one of the 零工市场's one-stop services (威就办〔2023〕9号 三、7). The report goes to the staff
 * of the job's community, who check it and answer in 我的消息; 12333 is there for anything urgent.
 */
export default function ReportJobPage() {
  const jobId = useRouter().params.id ?? ''
  const { status } = useSession()
  const job = useAsync(jobId ? () => getJob(jobId) : null, [jobId])

  if (!jobId || (isApiError(job.error) && job.error.status === 404)) {
    return (
      <View className='page report-page'>
        <EmptyState
          icon='岗'
          title='没有找到要举报的岗位'
          description={`它可能已经下架了。如需反映问题，可以拨打人社服务热线 ${HOTLINE_12333}。`}
          action={{ text: '看看附近的岗位', onClick: () => go(PAGES.home) }}
          secondary={{ text: `拨打 ${HOTLINE_12333}`, onClick: () => callPhone(HOTLINE_12333) }}
        />
      </View>
    )
  }
  if (status === 'anonymous') {
    return (
      <View className='page report-page'>
        <LoginPrompt description='举报需要先登录，社区核查后会在「我的消息」里告诉您处理结果。' />
      </View>
    )
  }
  if (job.loading || status === 'loading') return <PageLoading text='正在加载岗位…' />
  if (job.error || !job.data) {
    return (
      <View className='page report-page'>
        <ErrorState error={job.error} onRetry={job.reload} secondary={{ text: '返回上一页', onClick: () => goBack() }} />
      </View>
    )
  }
  return <ReportForm jobId={jobId} title={job.data.title} orgName={job.data.orgName} />
}

function ReportForm({ jobId, title, orgName }: { jobId: string; title: string; orgName: string }) {
  const [category, setCategory] = useState<ReportCategory | null>(null)
  const [description, setDescription] = useState('')
  const [touched, setTouched] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<'created' | 'already' | null>(null)

  const length = description.trim().length
  const problem = !category
    ? '请选择您遇到的问题'
    : length < REPORT_DESCRIPTION_MIN
      ? `请简单说明情况（至少 ${REPORT_DESCRIPTION_MIN} 个字）`
      : null

  const submit = async () => {
    setTouched(true)
    if (problem || !category || submitting) return
    setSubmitting(true)
    setError(null)
    try {
      await reportJob(jobId, category, description)
      setDone('created')
    } catch (e) {
      if (isApiError(e) && e.code === 'ALREADY_REPORTED') setDone('already')
      else setError(errorMessage(e))
    } finally {
      setSubmitting(false)
    }
  }

  if (done) return <Submitted already={done === 'already'} jobId={jobId} />

  return (
    <View className='page report-page'>
      <View className='card report-job'>
        <Text className='report-job__label'>您要举报的岗位</Text>
        <Text className='report-job__title'>{title}</Text>
        <Text className='report-job__org'>{orgName}</Text>
      </View>

      <Text className='report-heading'>1. 您遇到了什么问题？</Text>
      <View className='report-choices' ariaRole='radiogroup'>
        {REPORT_CATEGORIES.map((c) => (
          <View
            key={c}
            className={`report-choice${category === c ? ' report-choice--on' : ''}`}
            data-testid={`report-category-${c}`}
            data-selected={category === c ? 'true' : 'false'}
            onClick={() => setCategory(c)}
            ariaRole='radio'
            ariaLabel={`${c}${category === c ? '，已选' : ''}`}
          >
            <Text className='report-choice__name'>{c}</Text>
            <Text className='report-choice__hint'>{REPORT_CATEGORY_HINT[c]}</Text>
          </View>
        ))}
      </View>
      {category === '收取费用' && (
        <Text className='report-warn'>正规招聘不会向求职者收取任何费用。请不要先交钱。</Text>
      )}

      <Text className='report-heading'>2. 请说说具体情况</Text>
      <View className='card report-text'>
        <Textarea
          className='report-text__input'
          data-testid='report-description'
          value={description}
          maxlength={REPORT_DESCRIPTION_MAX}
          placeholder='例如：打电话过去，对方要求先交 200 元服装费才能上岗'
          onInput={(e) => setDescription(e.detail.value)}
          onBlur={() => setTouched(true)}
          autoHeight
        />
        <Text className='report-text__count'>{`${length}/${REPORT_DESCRIPTION_MAX}`}</Text>
      </View>

      {touched && problem && (
        <View className='report-error' data-testid='report-problem' ariaRole='alert'>
          <Text>{problem}</Text>
        </View>
      )}
      {error && (
        <View className='report-error' data-testid='report-error' ariaRole='alert'>
          <Text>{error}</Text>
        </View>
      )}

      <Text className='report-privacy'>您的姓名和电话只给社区工作人员核查时使用，不会告诉用工单位。</Text>

      <View className='button-row'>
        <Button type='primary' size='large' block data-testid='report-submit' loading={submitting} onClick={submit}>
          提交举报
        </Button>
        <Button size='large' block fill='outline' data-testid='report-call-12333' onClick={() => callPhone(HOTLINE_12333)}>
          {`情况紧急？拨打 ${HOTLINE_12333}`}
        </Button>
      </View>
    </View>
  )
}

function Submitted({ already, jobId }: { already: boolean; jobId: string }) {
  return (
    <View className='page report-page'>
      <View className='card report-done' data-testid='report-done' ariaRole='alert'>
        <Text className='report-done__icon'>✓</Text>
        <Text className='report-done__title'>{already ? '您已经举报过这个岗位' : '举报已提交'}</Text>
        <Text className='report-done__text'>
          社区工作人员会尽快核查，处理结果会发到「我的消息」里，请留意查看。
        </Text>
        <Text className='report-done__text'>{`如果情况紧急，或者对处理结果有疑问，可以拨打人社服务热线 ${HOTLINE_12333}。`}</Text>
      </View>
      <View className='button-row'>
        <Button type='primary' size='large' block data-testid='report-go-inbox' onClick={() => go(PAGES.inbox)}>
          查看我的消息
        </Button>
        <Button size='large' block fill='outline' data-testid='report-done-12333' onClick={() => callPhone(HOTLINE_12333)}>
          {`拨打 ${HOTLINE_12333}`}
        </Button>
        <Button size='large' block fill='none' onClick={() => openJob(jobId)}>
          返回岗位详情
        </Button>
      </View>
    </View>
  )
}
