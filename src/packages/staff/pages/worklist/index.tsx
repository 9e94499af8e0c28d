import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef, useState, type ReactNode } from 'react'
import type { Me } from '@contract'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { worklist, type WorklistItem } from '@/services/assistance'
import { go, openPage, PAGES } from '@/utils/routes'
import { DistrictChips, picksDistrict } from '../../components/district-chips'
import { StaffGate } from '../../components/staff-gate'
import { assistGate } from '../../utils/assist-gate'
import './index.scss'

/**
 * 「12333」待办: who in the staff member's area is behind on which service, most urgent first (the server orders by
 * services still owed per 30 days left in the person's year, then by how long since the last service).
 */
export default function WorklistPage() {
  return <StaffGate className='worklist-page' {...assistGate('查看「12333」待办')}>{(me) => <WorklistOfDivision me={me} />}</StaffGate>
}

/** City staff choose a district first (the whole city is too long to rank in one go); everyone else sees their own. */
function WorklistOfDivision({ me }: { me: Me }) {
  const [district, setDistrict] = useState<string | null>(null)
  const chips = <DistrictChips me={me} value={district} onChange={setDistrict} why='全市人数多，请先选一个区市查看待办：' />
  if (picksDistrict(me) && !district) {
    return (
      <View className='page worklist-page'>
        {chips}
        <EmptyState compact title='请选择区市' description='选好后，这里按紧急程度列出该区市「12333」还没达标的人。' action={{ text: '打开全市台账', onClick: () => go(PAGES.staffAssisted) }} />
      </View>
    )
  }
  return <Worklist key={district ?? me.id} userId={me.id} division={district} header={chips} />
}

function Worklist({ userId, division, header }: { userId: string; division: string | null; header: ReactNode }) {
  const list = useAsync(() => worklist(division), [userId, division])
  const shownOnce = useRef(false)
  useDidShow(() => {
    // back from a person's page after recording a service: the order may have changed
    if (shownOnce.current) list.reload()
    shownOnce.current = true
  })
  usePullDownRefresh(() => {
    list.reload()
    Taro.stopPullDownRefresh()
  })
  if (list.loading && !list.data) return <PageLoading text='正在整理待办…' />
  if (!list.data) {
    return (
      <View className='page worklist-page'>
        {header}
        <ErrorState error={list.error} onRetry={list.reload} secondary={{ text: '打开台账', onClick: () => go(PAGES.staffAssisted) }} />
      </View>
    )
  }
  const { items, totalBehind } = list.data
  return (
    <View className='page worklist-page'>
      {header}
      <Text className='worklist-page__summary' data-testid='worklist-total'>
        {totalBehind ? `${totalBehind} 人「12333」还没达标，最急的在前` : '辖区人员「12333」都已达标'}
      </Text>
      <Text className='worklist-page__hint'>每人每 12 个月：政策对接 2 次、职业指导 3 次、岗位推荐 3 次、培训信息 3 次（鲁就办〔2023〕13号 三、16）。</Text>
      {items.length === 0 ? (
        <EmptyState compact title='没有待办' description='台账里的人都已达标，或还没有登记援助对象。' action={{ text: '打开台账', onClick: () => go(PAGES.staffAssisted) }} />
      ) : (
        <View className='worklist-page__list'>
          {items.map((item, i) => (
            <WorkRow key={item.person.id} item={item} rank={i + 1} />
          ))}
        </View>
      )}
      {totalBehind > items.length && <Text className='worklist-page__hint'>只显示最急的 {items.length} 人，其余可在台账里「只看未达标」查看。</Text>}
    </View>
  )
}

function WorkRow({ item, rank }: { item: WorklistItem; rank: number }) {
  const { person } = item
  return (
    <View
      className='work-row'
      data-testid='worklist-item'
      data-person-id={person.id}
      onClick={() => openPage(PAGES.staffAssistedPerson, { id: person.id })}
      ariaRole='button'
      ariaLabel={`第 ${rank} 位，${person.name}，${item.urgencyLabel}`}
    >
      <View className='work-row__head'>
        <Text className='work-row__name'>
          {rank}. {person.name}
        </Text>
        <Text className='work-row__go'>去服务 ›</Text>
      </View>
      <Text className='work-row__meta'>
        {person.community.name} · {person.status}
        {person.categories.length ? ` · ${person.categories.join('、')}` : ''}
      </Text>
      <View className='work-row__missing'>
        {item.missing.map((m) => (
          <Text key={m.type} className='work-row__chip' data-testid='worklist-missing'>
            {m.type} 差 {m.missing}
          </Text>
        ))}
      </View>
      <Text className='work-row__urgency'>{item.urgencyLabel}</Text>
    </View>
  )
}
