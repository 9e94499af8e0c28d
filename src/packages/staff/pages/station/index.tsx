import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Me, StationStandard } from '@contract'
import { Button } from '@/components/nut'
import { DivisionCascade } from '@/components/division-cascade'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { STATION_STANDARD_LABEL } from '@/constants/stations'
import { useAsync } from '@/hooks/use-async'
import { errorMessage, isApiError } from '@/services/api-error'
import { getStation, putStation, type StationChecklist } from '@/services/stations'
import { go, openPage, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { StandardCard, type Draft } from './standard-card'
import './index.scss'

/**
 * 「六有」自查表 (威就办〔2023〕9号 二): each of the six standards with a big 达标 / 未达标 toggle, a note and photo
 * evidence sent straight to storage. Community staff open their own station; higher levels pick a community.
 */
export default function StationPage() {
  const code = useRouter().params.code || null
  return (
    <StaffGate className='station-page' loginText='请用社区工作人员账号登录后填报「六有」。' deniedTitle='仅社区工作人员可以填报「六有」' deniedText='「六有」自查表记录社区就业服务站是否达到六项标准，并附照片佐证。'>
      {(me) => <Station me={me} code={code ?? (me.staff?.level === 'community' ? me.staff.divisionCode : null)} />}
    </StaffGate>
  )
}

function Station({ me, code }: { me: Me; code: string | null }) {
  const scope = me.staff!
  if (!code) {
    return (
      <View className='page station-page'>
        <Text className='station-hint'>请选择要查看或填报的社区（村）：</Text>
        <DivisionCascade
          root={{ code: scope.divisionCode.length === 4 ? null : scope.divisionCode, name: scope.divisionName, level: scope.level }}
          onSelect={(c) => openPage(PAGES.staffStation, { code: c.code })}
        />
      </View>
    )
  }
  return <StationLoader code={code} />
}

function StationLoader({ code }: { code: string }) {
  const [round, setRound] = useState(0)
  const station = useAsync(() => getStation(code), [code, round])
  if (station.loading && !station.data) return <PageLoading text='正在读取自查表…' />
  if (!station.data) {
    return (
      <View className='page station-page'>
        <ErrorState error={station.error} onRetry={station.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }
  return <StationForm key={`${station.data.version}-${round}`} data={station.data} onReload={() => setRound((r) => r + 1)} />
}

const toDrafts = (data: StationChecklist): Draft[] =>
  data.standards.map((s) => ({ standard: s.standard, met: s.met, note: s.note, photos: s.photos.map((p) => ({ key: p.key, preview: p.url })) }))

function StationForm({ data, onReload }: { data: StationChecklist; onReload: () => void }) {
  const [drafts, setDrafts] = useState<Draft[]>(() => toDrafts(data))
  const [saved, setSaved] = useState(data)
  const [busy, setBusy] = useState(false)
  const [uploading, setUploading] = useState(0)
  const [error, setError] = useState<string | null>(null)

  const update = (standard: StationStandard, change: Partial<Draft>) => setDrafts((all) => all.map((d) => (d.standard === standard ? { ...d, ...change } : d)))
  const metCount = drafts.filter((d) => d.met).length
  const missing = drafts.filter((d) => d.met && d.photos.length === 0).map((d) => STATION_STANDARD_LABEL[d.standard])

  const save = async () => {
    if (busy || uploading || missing.length) return
    setBusy(true)
    setError(null)
    try {
      const body = { expectedVersion: saved.version, standards: drafts.map((d) => ({ standard: d.standard, met: d.met, note: d.note.trim(), photoKeys: d.photos.map((p) => p.key) })) }
      const next = await putStation(data.communityCode, body)
      setSaved(next)
      Taro.showToast({ title: next.allMet ? '已保存，「六有」全部达标' : '已保存', icon: 'none' })
    } catch (e) {
      if (isApiError(e) && e.code === 'STATION_CHANGED') {
        const { confirm } = await Taro.showModal({ title: '自查表刚被修改过', content: '其他工作人员刚保存了这个社区的自查表。刷新后看到最新内容，再重新填写。', confirmText: '刷新', cancelText: '先不刷新' })
        if (confirm) onReload()
      } else setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page station-page'>
      <View className='card station-head'>
        <Text className='station-head__name' data-testid='station-community'>{data.communityName}</Text>
        <Text className={`station-head__count${metCount === 6 ? ' station-head__count--all' : ''}`} data-testid='station-met-count'>
          {metCount === 6 ? '「六有」全部达标' : `已达标 ${metCount} / 6 项`}
        </Text>
        <Text className='station-head__meta' data-testid='station-updated'>
          {saved.updatedAt ? `上次保存：${saved.updatedAt.slice(0, 10)}${saved.updatedBy ? ` · ${saved.updatedBy}` : ''}` : '还没有填报过'}
        </Text>
        <Text className='station-head__meta'>全市目标：2025 年 90% 以上的城乡社区达到「六有」标准。</Text>
      </View>

      {drafts.map((d) => (
        <StandardCard
          key={d.standard}
          communityCode={data.communityCode}
          draft={d}
          disabled={busy}
          onChange={(change) => update(d.standard, change)}
          onAddPhoto={(photo) => setDrafts((all) => all.map((x) => (x.standard === d.standard ? { ...x, photos: [...x.photos, photo] } : x)))}
          onUploading={(on) => setUploading((n) => Math.max(0, n + (on ? 1 : -1)))}
        />
      ))}

      {missing.length > 0 && (
        <View className='station-warn' ariaRole='alert' data-testid='station-missing-photos'>
          <Text>{`标为达标的项请至少上传一张照片：${missing.join('、')}`}</Text>
        </View>
      )}
      {error && (
        <View className='station-error' ariaRole='alert' data-testid='station-error'>
          <Text>{error}</Text>
        </View>
      )}
      <Button type='primary' size='large' block className='station-save' data-testid='station-save' loading={busy} disabled={!!uploading || missing.length > 0} onClick={save}>
        {uploading ? '照片上传中…' : '保存自查表'}
      </Button>
    </View>
  )
}
