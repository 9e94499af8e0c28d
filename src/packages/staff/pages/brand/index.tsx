import { useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BrandGrade, Me } from '@contract'
import { Button } from '@/components/nut'
import { Chip, ChipGroup } from '@/components/chip'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { errorMessage, isApiError } from '@/services/api-error'
import { brandRanking, saveBrandSelection, type BrandRanking } from '@/services/staff-desk'
import { go, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { RankingCard } from './ranking-card'
import './index.scss'

/**
 * 品牌社区评选 (威就办〔2023〕9号 四、3): the scored ranking per zone, and for city staff the choice of A / B / 不选 per
 * community within the zone quotas (环翠/文登/荣成/乳山 3, 高区/经区/临港区/南海新区 2) and grade limits (A 8, B 12).
 * Other staff see their own district, read-only.
 */
export default function BrandPage() {
  const district = useRouter().params.district || null
  return (
    <StaffGate className='brand-page' loginText='请用工作人员账号登录后查看品牌社区评选。' deniedTitle='仅工作人员可以查看品牌社区评选' deniedText='品牌社区按服务数据评分，由市级工作人员在各区市名额内评定 A、B 两档。'>
      {(me) => <Loader me={me} district={district} />}
    </StaffGate>
  )
}

function Loader({ me, district }: { me: Me; district: string | null }) {
  const [round, setRound] = useState(0)
  const ranking = useAsync(() => brandRanking(district), [district, me.id, round])
  if (ranking.loading && !ranking.data) return <PageLoading text='正在计算评分…' />
  if (!ranking.data) {
    return (
      <View className='page brand-page'>
        <ErrorState error={ranking.error} onRetry={ranking.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      </View>
    )
  }
  const editable = me.staff?.level === 'city' && !district
  return <BrandView key={`${ranking.data.selectionVersion}-${round}`} data={ranking.data} editable={editable} onReload={() => setRound((r) => r + 1)} />
}

const yuan = (n: number) => `${(n / 10_000).toLocaleString('zh-CN')} 万元`

function BrandView({ data, editable, onReload }: { data: BrandRanking; editable: boolean; onReload: () => void }) {
  const [choice, setChoice] = useState<Record<string, BrandGrade | null>>(() => Object.fromEntries(data.items.map((i) => [i.communityCode, i.selectedGrade])))
  const [zone, setZone] = useState<string | null>(null)
  const [version, setVersion] = useState(data.selectionVersion)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const zoneOf = useMemo(() => new Map(data.items.map((i) => [i.communityCode, i.zone])), [data.items])
  const chosen = Object.entries(choice).filter((e): e is [string, BrandGrade] => !!e[1])
  const quotas = data.quotas.map((q) => ({ ...q, selected: chosen.filter(([code]) => zoneOf.get(code) === q.zone).length }))
  const grades = data.grades.map((g) => ({ ...g, selected: chosen.filter(([, grade]) => grade === g.grade).length }))
  const over = [
    ...quotas.filter((q) => q.selected > q.quota).map((q) => `${q.zone}的名额是 ${q.quota} 个，现在选了 ${q.selected} 个`),
    ...grades.filter((g) => g.selected > g.limit).map((g) => `${g.grade} 档最多 ${g.limit} 个，现在选了 ${g.selected} 个`),
  ]
  const reward = grades.reduce((sum, g) => sum + g.selected * g.rewardYuan, 0)
  const items = zone ? data.items.filter((i) => i.zone === zone) : data.items

  const save = async () => {
    if (busy || over.length) return
    setBusy(true)
    setError(null)
    try {
      const saved = await saveBrandSelection({ year: data.year, expectedVersion: version, items: chosen.map(([communityCode, grade]) => ({ communityCode, grade })) })
      setVersion(saved.version)
      Taro.showToast({ title: `已保存 ${saved.items.length} 个品牌社区`, icon: 'none' })
    } catch (e) {
      if (isApiError(e) && e.code === 'BRAND_SELECTION_CHANGED') {
        const { confirm } = await Taro.showModal({ title: '评选结果刚被修改过', content: '其他工作人员刚保存了评选结果。刷新后看到最新结果，再重新调整。', confirmText: '刷新', cancelText: '先不刷新' })
        if (confirm) onReload()
      } else setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page brand-page'>
      <View className='card brand-head'>
        <Text className='brand-head__title'>{`${data.year} 年品牌社区`}</Text>
        <Text className='brand-head__meta'>{`全市 20 个：A 档 8 个每个 10 万元，B 档 12 个每个 5 万元。${editable ? '' : '仅市级工作人员可以评定，这里只能查看。'}`}</Text>
        <View className='brand-counters' data-testid='brand-grades'>
          {grades.map((g) => (
            <Text key={g.grade} className={`brand-counter${g.selected > g.limit ? ' brand-counter--over' : ''}`}>{`${g.grade} 档 ${g.selected}/${g.limit}`}</Text>
          ))}
          <Text className='brand-counter'>{`补助 ${yuan(reward)}`}</Text>
        </View>
        <View className='brand-counters' data-testid='brand-quotas'>
          {quotas.map((q) => (
            <Text key={q.zone} className={`brand-counter${q.selected > q.quota ? ' brand-counter--over' : ''}`}>{`${q.zone} ${q.selected}/${q.quota}`}</Text>
          ))}
        </View>
      </View>

      <Text className='brand-weights'>{`评分：${data.weights.map((w) => `${w.label} ${Math.round(w.weight * 100)}%`).join('，')}。没有数据的项按 0 分计。`}</Text>

      {data.quotas.length > 1 && (
        <ChipGroup className='brand-zones'>
          <Chip text='全部' selected={zone === null} onClick={() => setZone(null)} />
          {data.quotas.map((q) => <Chip key={q.zone} text={q.zone} selected={zone === q.zone} onClick={() => setZone(q.zone)} />)}
        </ChipGroup>
      )}

      {items.length === 0 ? (
        <EmptyState compact title='还没有可评分的社区' description='社区有了「六有」、援助、零工、培训或满意度数据后会出现在这里。' action={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      ) : (
        items.map((item) => (
          <RankingCard key={item.communityCode} item={item} grade={choice[item.communityCode] ?? null} editable={editable} disabled={busy} onGrade={(g) => setChoice((c) => ({ ...c, [item.communityCode]: g }))} />
        ))
      )}

      {editable && (
        <View className='brand-footer'>
          {over.length > 0 && (
            <View className='brand-error' ariaRole='alert' data-testid='brand-over'>
              <Text>{`${over.join('；')}。请调整后再保存。`}</Text>
            </View>
          )}
          {error && (
            <View className='brand-error' ariaRole='alert' data-testid='brand-error'>
              <Text>{error}</Text>
            </View>
          )}
          <Button type='primary' size='large' block data-testid='brand-save' loading={busy} disabled={over.length > 0} onClick={save}>
            {`保存评选（${chosen.length} 个）`}
          </Button>
        </View>
      )}
    </View>
  )
}

