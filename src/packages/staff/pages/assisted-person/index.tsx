import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { getAssistedPerson, type AddServiceResult, type AssistedPersonDetail } from '@/services/assistance'
import { go, goBack, openPage, PAGES } from '@/utils/routes'
import { StaffGate } from '../../components/staff-gate'
import { assistGate } from '../../utils/assist-gate'
import { MatchesSection } from './matches-section'
import { PersonHeader } from './person-header'
import { ProgressBars } from './progress-bars'
import { ServiceSheet } from './service-sheet'
import { ServicesList } from './services-list'
import './index.scss'

/** One person of the 台账: who, status and history, the four 「12333」 bars, service records, 记一次服务 and 匹配. */
export default function AssistedPersonPage() {
  const id = useRouter().params.id || null
  return (
    <StaffGate className='assisted-person-page' {...assistGate('查看援助对象')}>
      {() =>
        id ? (
          <PersonPage id={id} />
        ) : (
          <View className='page assisted-person-page'>
            <EmptyState title='没有指定援助对象' description='请从台账或「12333」待办里点开一个人。' action={{ text: '打开台账', onClick: () => go(PAGES.staffAssisted) }} />
          </View>
        )
      }
    </StaffGate>
  )
}

function PersonPage({ id }: { id: string }) {
  const loaded = useAsync(() => getAssistedPerson(id), [id])
  const [person, setPerson] = useState<AssistedPersonDetail | null>(null)
  const [sheet, setSheet] = useState(false)
  useEffect(() => {
    if (loaded.data) setPerson(loaded.data)
  }, [loaded.data])
  useEffect(() => {
    if (person) Taro.setNavigationBarTitle({ title: person.name })
  }, [person?.name])
  const shownOnce = useRef(false)
  useDidShow(() => {
    // back from 修改: read it again
    if (shownOnce.current) loaded.reload()
    shownOnce.current = true
  })
  usePullDownRefresh(() => {
    loaded.reload()
    Taro.stopPullDownRefresh()
  })

  const recorded = (result: AddServiceResult) => {
    setPerson((p) => (p ? { ...p, ...result.person, services: [result.service, ...p.services].sort((a, b) => (b.date === a.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date))) } : p))
  }

  if (!person && loaded.loading) return <PageLoading />
  if (!person) {
    return (
      <View className='page assisted-person-page'>
        <ErrorState error={loaded.error} onRetry={loaded.reload} secondary={{ text: '返回台账', onClick: () => goBack(PAGES.staffAssisted) }} />
      </View>
    )
  }
  return (
    <View className='page assisted-person-page'>
      <PersonHeader person={person} />
      <ProgressBars tracking={person.tracking} />
      <View className='button-row assisted-person-page__actions'>
        <Button type='primary' size='large' block data-testid='service-open' onClick={() => setSheet(true)}>
          记一次服务
        </Button>
        <Button size='large' block fill='outline' data-testid='person-edit' onClick={() => openPage(PAGES.staffAssistedEdit, { id: person.id })}>
          修改信息或就业状态
        </Button>
      </View>
      <MatchesSection personId={person.id} onRecorded={recorded} />
      <ServicesList services={person.services} />
      <ServiceSheet
        personId={person.id}
        open={sheet}
        onClose={() => setSheet(false)}
        onSaved={(result) => {
          recorded(result)
          setSheet(false)
        }}
      />
    </View>
  )
}
