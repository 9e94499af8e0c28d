import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Community, JobDetail } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { MapLink } from '@/components/map-link'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { JOB_TYPE_LABEL } from '@/constants/options'
import { useAsync } from '@/hooks/use-async'
import { isApiError } from '@/services/api-error'
import { getCommunity } from '@/services/divisions'
import { getJob } from '@/services/jobs'
import { callPhone } from '@/services/location'
import { formatHeadcount, formatPayAmount } from '@/utils/job-format'
import { session } from '@/services/session'
import { go, goBack, goLoginAndBack, PAGES } from '@/utils/routes'
import { SignupPanel } from './signup-panel'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

const STATUS_NOTE: Record<JobDetail['status'], string | null> = {
  open: null,
  closed: '这个岗位已经停止招聘，信息仅供参考。',
  expired: '这个岗位的工作时间已经过了，信息仅供参考。',
}

export default function JobDetailPage() {
  const { id = '', from } = useRouter().params
  const job = useAsync(id ? () => getJob(id, from === 'recommendation' ? 'recommendation' : undefined) : null, [id])
  const code = job.data?.communityCode ?? null
  const community = useAsync(code ? () => getCommunity(code) : null, [code])

  useShareAppMessage(() => {
    const j = job.data
    return {
      title: j ? `${j.title} · ${formatPayAmount(j.payAmount)}${j.payUnit}（家门口就业）` : '家门口就业',
      path: `${PAGES.jobDetail}?id=${encodeURIComponent(id)}`,
    }
  })

  if (!id) return <NotFound />
  if (job.loading) return <PageLoading text='正在加载岗位…' />
  if (job.error || !job.data) {
    if (isApiError(job.error) && job.error.status === 404) return <NotFound />
    return (
      <View className='page job-page'>
        <ErrorState error={job.error} onRetry={job.reload} secondary={{ text: '返回首页', onClick: () => go(PAGES.home) }} />
      </View>
    )
  }
  return <Detail job={job.data} community={community.data} communityError={!!community.error} onRetryCommunity={community.reload} />
}

function NotFound() {
  return (
    <View className='page job-page'>
      <EmptyState
        icon='岗'
        title='没有找到这个岗位'
        description='它可能已经下架了。回到首页看看附近的其他岗位吧。'
        action={{ text: '看看附近的岗位', onClick: () => go(PAGES.home) }}
        secondary={{ text: '返回上一页', onClick: () => goBack() }}
      />
    </View>
  )
}

interface DetailProps {
  job: JobDetail
  community: Community | null
  communityError: boolean
  onRetryCommunity: () => void
}

function Detail({ job, community, communityError, onRetryCommunity }: DetailProps) {
  const note = STATUS_NOTE[job.status]
  const station = community?.station ?? null

  const shareH5 = () => {
    Taro.setClipboardData({ data: window.location.href })
      .then(() => Taro.showToast({ title: '链接已复制，可以粘贴发给家人朋友', icon: 'none', duration: 2500 }))
      .catch(() => Taro.showToast({ title: '没有复制成功，请稍后再试', icon: 'none' }))
  }

  return (
    <View className='page job-page'>
      {note && (
        <View className='job-status' ariaRole='alert'>
          <Text>{note}</Text>
        </View>
      )}

      <View className='card job-main'>
        <View className='job-main__badges'>
          <Text className='job-main__type'>{JOB_TYPE_LABEL[job.type]}</Text>
          {job.orgVerified && <Text className='job-main__verified verified-badge'>认证单位</Text>}
        </View>
        <Text className='job-main__title job-title'>{job.title}</Text>
        <View className='job-main__pay'>
          <Text className='job-main__amount'>{formatPayAmount(job.payAmount)}</Text>
          <Text className='job-main__unit'>{job.payUnit}</Text>
        </View>
        <Text className='job-main__org'>{job.orgName}</Text>
        <Text className={`job-main__headcount${job.headcountLeft > 0 ? '' : ' job-main__headcount--full'}`}>
          {`招 ${job.headcount} 人 · ${formatHeadcount(job)}`}
        </Text>
        {job.tags.length > 0 && (
          <View className='job-main__tags'>
            {job.tags.map((t) => (
              <Text key={t} className='job-main__tag'>
                {t}
              </Text>
            ))}
          </View>
        )}
      </View>

      <SignupPanel job={job} />

      <View className='card job-section'>
        <Text className='job-section__title'>工作时间</Text>
        <Text className='job-section__text job-schedule'>{job.schedule}</Text>
      </View>

      <View className='card job-section'>
        <Text className='job-section__title'>工作地点</Text>
        <Text className='job-section__text job-address'>{job.address}</Text>
        <View className='job-section__action'>
          <MapLink location={job.location} name={job.title} address={job.address} text='打开地图导航' className='job-map' />
        </View>
        {job.location.source === 'generated' && (
          <Text className='job-section__note'>地图位置为演示用生成坐标，仅供参考，请以实际地址为准。</Text>
        )}
      </View>

      <View className='card job-section'>
        <Text className='job-section__title'>工作内容</Text>
        <Text className='job-section__text job-description'>{job.description}</Text>
      </View>

      {job.requirements.length > 0 && (
        <View className='card job-section'>
          <Text className='job-section__title'>要求</Text>
          {job.requirements.map((r) => (
            <View key={r} className='job-section__item'>
              <Text className='job-section__bullet'>•</Text>
              <Text className='job-section__text'>{r}</Text>
            </View>
          ))}
        </View>
      )}

      {job.skills.length > 0 && (
        <View className='card job-section'>
          <Text className='job-section__title'>用得上的技能</Text>
          <View className='job-main__tags'>
            {job.skills.map((s) => (
              <Text key={s} className='job-skill'>
                {s}
              </Text>
            ))}
          </View>
        </View>
      )}

      <View className='card signup-help'>
        <Text className='signup-help__title'>报名遇到困难？</Text>
        <Text className='signup-help__text'>
          不会在手机上操作，或者对这份工作有疑问，可以打电话给社区就业服务站，工作人员会帮您报名、帮您联系用工单位。
        </Text>
        <StationCall station={station} error={communityError} onRetry={onRetryCommunity} />
      </View>

      <View className='job-actions'>
        {IS_WEAPP ? (
          <Button size='large' fill='outline' className='job-actions__btn share-button' openType='share'>
            分享给家人朋友
          </Button>
        ) : (
          <Button size='large' fill='outline' className='job-actions__btn share-button' onClick={shareH5}>
            复制链接分享
          </Button>
        )}
        <Button size='large' fill='outline' className='job-actions__btn report-button' data-testid='report-job' onClick={() => openReport(job.id)}>
          举报
        </Button>
      </View>

      <View className='button-row'>
        <Button size='large' block fill='outline' className='back-to-feed' onClick={() => goBack()}>
          返回岗位列表
        </Button>
      </View>
    </View>
  )
}

/** 举报 is stored for the job's community staff, so it needs to know who reports: logged-out users sign in first. */
function openReport(jobId: string) {
  if (!session.isLoggedIn()) {
    goLoginAndBack()
    return
  }
  const url = `${PAGES.reportJob}?id=${encodeURIComponent(jobId)}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

function StationCall({ station, error, onRetry }: { station: Community['station'] | null; error: boolean; onRetry: () => void }) {
  if (station) {
    return (
      <View className='signup-help__station'>
        <Text className='signup-help__station-name'>{`${station.name}：${station.phone}${station.demo ? '（演示数据）' : ''}`}</Text>
        <Button type='primary' size='large' block className='call-station' onClick={() => callPhone(station.phone)}>
          拨打服务站电话
        </Button>
      </View>
    )
  }
  if (error) {
    return (
      <View className='signup-help__station'>
        <Text className='signup-help__text'>服务站电话没有加载成功。</Text>
        <Button size='large' block fill='outline' className='retry-button' onClick={onRetry}>
          重新加载电话
        </Button>
      </View>
    )
  }
  return <PageLoading inline text='正在查找服务站电话…' />
}
