import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { errorMessage } from '@/services/api-error'
import { addService, personMatches, type AddServiceResult, type PersonMatches } from '@/services/assistance'
import { weihaiToday } from '@/utils/days'

type Job = PersonMatches['jobs'][number]
type Training = PersonMatches['trainings'][number]
type Sent = { kind: 'done'; notified: boolean } | { kind: 'busy' }

/**
 * 匹配: the best current jobs and trainings within the person's service circle, with reasons. 「推荐给他」 records a
 * 岗位推荐 (and, for a linked resident, sends it to their 「我的消息」); 「告诉他了」 records a 培训信息.
 */
export function MatchesSection({ personId, onRecorded }: { personId: string; onRecorded: (result: AddServiceResult) => void }) {
  const matches = useAsync(() => personMatches(personId), [personId])
  const [sent, setSent] = useState<Record<string, Sent>>({})

  const send = async (key: string, body: Parameters<typeof addService>[1]) => {
    if (sent[key]) return
    setSent((s) => ({ ...s, [key]: { kind: 'busy' } }))
    try {
      const result = await addService(personId, body)
      setSent((s) => ({ ...s, [key]: { kind: 'done', notified: result.notified } }))
      onRecorded(result)
    } catch (e) {
      setSent((s) => {
        const next = { ...s }
        delete next[key]
        return next
      })
      Taro.showModal({ title: '没有记上', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    }
  }
  const recommendJob = (job: Job) =>
    send(`job:${job.jobId}`, { type: '岗位推荐', date: weihaiToday(), content: `推荐岗位「${job.title}」（${job.orgName}，${job.payText}）`, outcome: '', jobId: job.jobId })
  const tellTraining = (t: Training) => send(`training:${t.trainingId}`, { type: '培训信息', date: weihaiToday(), content: `告知培训「${t.title}」（${t.category}）`, outcome: '', jobId: null })

  const sentText = (s: Sent | undefined, what: string) =>
    s?.kind === 'done' ? (s.notified ? `已${what}，已发到居民消息` : `已${what}（未关联居民账号，请电话或当面告知）`) : null

  return (
    <View className='card matches' data-testid='matches'>
      <Text className='matches__title'>匹配的岗位和培训</Text>
      {matches.loading && !matches.data && <PageLoading inline text='正在匹配服务圈内的岗位和培训…' />}
      {!matches.loading && !matches.data && <ErrorState compact error={matches.error} onRetry={matches.reload} />}
      {matches.data && (
        <>
          {matches.data.note && <Text className='matches__note'>{matches.data.note}</Text>}
          {matches.data.jobs.map((job) => {
            const s = sent[`job:${job.jobId}`]
            return (
              <View key={job.jobId} className='match' data-testid='match-job' data-job-id={job.jobId}>
                <Text className='match__title'>{job.title}</Text>
                <Text className='match__meta'>
                  {job.orgName} · {job.payText} · 步行 {job.walkMinutes} 分钟
                </Text>
                <Text className='match__reasons'>{job.reasons.join('；')}</Text>
                {sentText(s, '推荐') ? (
                  <Text className='match__sent' data-testid='match-job-sent'>{sentText(s, '推荐')}</Text>
                ) : (
                  <Button size='large' block fill='outline' data-testid='match-job-recommend' loading={s?.kind === 'busy'} onClick={() => recommendJob(job)}>
                    推荐给他
                  </Button>
                )}
              </View>
            )
          })}
          {matches.data.trainings.map((t) => {
            const s = sent[`training:${t.trainingId}`]
            return (
              <View key={t.trainingId} className='match' data-testid='match-training'>
                <Text className='match__title'>培训：{t.title}</Text>
                <Text className='match__reasons'>{t.reasons.join('；')}</Text>
                {sentText(s, '告知') ? (
                  <Text className='match__sent'>{sentText(s, '告知')}</Text>
                ) : (
                  <Button size='large' block fill='outline' data-testid='match-training-tell' loading={s?.kind === 'busy'} onClick={() => tellTraining(t)}>
                    已告诉他，记一次培训信息
                  </Button>
                )}
              </View>
            )
          })}
        </>
      )}
    </View>
  )
}
