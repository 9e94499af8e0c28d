import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { AVAILABILITY_LABEL } from '@/constants/profile'
import { JOB_TYPE_LABEL } from '@/constants/options'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { exportMyData, type DataExport } from '@/services/profile'
import { formatDate, ROLE_LABEL } from '@/utils/format'
import { go, PAGES } from '@/utils/routes'
import './index.scss'

/** Everything the service keeps about the resident (个人信息保护法 第四十五条: 查阅、复制), readable and copyable. */
export default function ExportPage() {
  const { status } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page export-page'>
        <LoginPrompt description='登录后可以导出您的数据。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  return <ExportView />
}

function dateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${formatDate(iso)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

const list = (items: string[]) => (items.length ? items.join('、') : '未填写')

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='export-row'>
      <Text className='export-row__label'>{label}</Text>
      <Text className='export-row__value' selectable>
        {value}
      </Text>
    </View>
  )
}

function ExportView() {
  const data = useAsync(exportMyData, [])
  const [showRaw, setShowRaw] = useState(false)

  if (data.loading) return <PageLoading text='正在整理您的数据…' />
  if (data.error || !data.data) {
    return (
      <View className='page export-page'>
        <ErrorState error={data.error} onRetry={data.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }

  const x: DataExport = data.data
  const p = x.profile
  const json = JSON.stringify(x, null, 2)
  const copy = () => {
    Taro.setClipboardData({ data: json })
      .then(() => Taro.showToast({ title: '已复制全部数据', icon: 'success' }))
      .catch(() => Taro.showToast({ title: '没有复制成功，请稍后再试', icon: 'none' }))
  }

  return (
    <View className='page export-page'>
      <Text className='export-lead'>{`以下是我们保存的关于您的全部数据（导出时间：${dateTime(x.exportedAt)}）。`}</Text>

      <View className='card export-section'>
        <Text className='export-section__title'>账号</Text>
        <Row label='账号编号' value={x.account.id} />
        <Row label='身份' value={ROLE_LABEL[x.account.role as keyof typeof ROLE_LABEL] ?? x.account.role} />
        <Row label='注册时间' value={dateTime(x.account.createdAt)} />
      </View>

      <View className='card export-section'>
        <Text className='export-section__title'>我的资料</Text>
        <Row label='姓名' value={p.name} />
        <Row label='手机号' value={p.phoneMasked ?? '未填写'} />
        <Row label='身份证号' value={p.idNumberMasked ?? '未填写'} />
        <Row label='出生年份' value={p.birthYear ? `${p.birthYear} 年` : '未填写'} />
        <Row label='社区代码' value={p.homeCommunityCode ?? '未选择'} />
        <Row label='技能' value={list(p.skills)} />
        <Row label='有空的时间' value={list(p.availability.map((a) => AVAILABILITY_LABEL[a]))} />
        <Row label='想找的工作' value={list(p.intentions.map((t) => JOB_TYPE_LABEL[t]))} />
        <Row label='困难类别' value={list(p.assistedCategories)} />
        <Row label='最后修改' value={dateTime(p.updatedAt)} />
      </View>

      <View className='card export-section'>
        <Text className='export-section__title'>同意记录</Text>
        {p.consents.length === 0 ? (
          <Text className='export-section__empty'>没有同意记录</Text>
        ) : (
          p.consents.map((c) => (
            <Row key={`${c.kind}-${c.version}`} label={c.kind === 'sensitive-personal-info' ? '敏感个人信息' : c.kind} value={`${dateTime(c.grantedAt)} 同意（版本 ${c.version}）`} />
          ))
        )}
      </View>

      <View className='card export-section'>
        <Text className='export-section__title'>{`我的报名（${x.signups.length} 条）`}</Text>
        {x.signups.length === 0 ? (
          <Text className='export-section__empty'>没有报名记录</Text>
        ) : (
          x.signups.map((s) => <Row key={s.id} label={s.statusLabel} value={`${s.job.title} · ${s.job.schedule}`} />)
        )}
      </View>

      <View className='card export-section'>
        <Text className='export-section__title'>{`我的消息（${x.notifications.length} 条）`}</Text>
        {x.notifications.length === 0 ? (
          <Text className='export-section__empty'>没有消息</Text>
        ) : (
          x.notifications.slice(0, 20).map((n) => <Row key={n.id} label={n.title} value={dateTime(n.createdAt)} />)
        )}
        {x.notifications.length > 20 && <Text className='export-section__empty'>更早的消息见下方原始数据</Text>}
      </View>

      <View className='card export-notice'>
        <Text className='export-notice__text'>{x.notice}</Text>
      </View>

      <View className='button-row'>
        <Button type='primary' size='large' block className='copy-export' onClick={copy}>
          复制全部数据
        </Button>
        <Button size='large' block fill='outline' className='toggle-raw' onClick={() => setShowRaw(!showRaw)}>
          {showRaw ? '收起原始数据' : '查看原始数据（JSON）'}
        </Button>
      </View>

      {showRaw && (
        <View className='export-raw'>
          <Text className='export-raw__text' selectable>
            {json}
          </Text>
        </View>
      )}
    </View>
  )
}
