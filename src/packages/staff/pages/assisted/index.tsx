import { useState } from 'react'
import type { Me } from '@contract'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { PageLoading } from '@/components/page-loading'
import { ASSISTED_CATEGORIES, type AssistedCategory } from '@/constants/assistance'
import { usePagedList } from '@/hooks/use-paged-list'
import { errorMessage } from '@/services/api-error'
import { exportAssistedPersons, importTemplate, listAssistedPersons, type AssistedPerson, type ExportFile } from '@/services/assistance'
import { go, PAGES } from '@/utils/routes'
import { ChipRow, ChoiceChip } from '../../../employer/components/form-parts'
import { StaffGate } from '../../components/staff-gate'
import { assistGate } from '../../utils/assist-gate'
import { openExport } from '../../utils/open-export'
import { DistrictChips, picksDistrict } from '../../components/district-chips'
import { ImportPanel } from './import-panel'
import { PersonRow } from './person-row'
import './index.scss'

/**
 * 就业援助台账 (鲁就办〔2023〕13号 三、16「建立就业援助台账，实行动态管理」): everyone in the staff member's area, filtered by
 * category or 只看未达标, with 登记, 导入, 下载模板 and 导出.
 */
export default function AssistedLedgerPage() {
  return <StaffGate className='assisted-page' {...assistGate('管理就业援助台账')}>{(me) => <Ledger me={me} />}</StaffGate>
}

function Ledger({ me }: { me: Me }) {
  const userId = me.id
  // city staff: the list may span the city, the export is one district (the server refuses the whole city)
  const [district, setDistrict] = useState<string | null>(null)
  const [category, setCategory] = useState<AssistedCategory | null>(null)
  const [behindOnly, setBehindOnly] = useState(false)
  const [importing, setImporting] = useState(false)
  const [busyFile, setBusyFile] = useState<'template' | 'export' | null>(null)
  const list = usePagedList<AssistedPerson>({
    fetch: (cursor) => listAssistedPersons({ limit: 20, ...(district ? { division: district } : {}), ...(category ? { category } : {}), ...(behindOnly ? { behind: 'true' } : {}), ...(cursor ? { cursor } : {}) }),
    queryKey: `${userId}|${district ?? ''}|${category ?? ''}|${behindOnly}`,
    clearOnQuery: true,
    page: { pullDown: 'refresh', onShow: 'refresh' },
  })

  const download = async (kind: 'template' | 'export') => {
    if (busyFile) return
    if (kind === 'export' && picksDistrict(me) && !district) {
      Taro.showModal({ title: '请先选择区市', content: '全市的名单太长，请在上方选一个区市，再导出该区市的台账。', showCancel: false, confirmText: '知道了' })
      return
    }
    setBusyFile(kind)
    try {
      const file: ExportFile = kind === 'template' ? await importTemplate() : await exportAssistedPersons(district)
      await openExport(file.url, true)
    } catch (e) {
      Taro.showModal({ title: kind === 'template' ? '模板没有下载成功' : '没有导出成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setBusyFile(null)
    }
  }

  return (
    <View className='page assisted-page'>
      <View className='assisted-page__actions'>
        <Button type='primary' size='large' className='assisted-page__action' data-testid='assisted-create' onClick={() => go(PAGES.staffAssistedEdit)}>
          登记援助对象
        </Button>
        <Button size='large' fill='outline' className='assisted-page__action' data-testid='assisted-worklist' onClick={() => go(PAGES.staffWorklist)}>
          12333 待办
        </Button>
        <Button size='large' fill='outline' className='assisted-page__action' data-testid='assisted-import' onClick={() => setImporting((v) => !v)}>
          {importing ? '收起导入' : '导入'}
        </Button>
        <Button size='large' fill='outline' className='assisted-page__action' data-testid='assisted-export' loading={busyFile === 'export'} onClick={() => download('export')}>
          导出
        </Button>
      </View>
      {importing && <ImportPanel onImported={list.refresh} onTemplate={() => download('template')} />}

      <DistrictChips me={me} value={district} onChange={(code) => setDistrict(district === code ? null : code)} why={district ? '再点一次所选区市，看全市：' : '全市的台账；选一个区市可只看并导出该区市：'} />

      <ChipRow className='assisted-page__chips'>
        <ChoiceChip text='全部类别' single selected={category === null} onClick={() => setCategory(null)} testId='assisted-category-all' />
        {ASSISTED_CATEGORIES.map((c) => (
          <ChoiceChip key={c} text={c} single selected={category === c} onClick={() => setCategory(category === c ? null : c)} testId={`assisted-category-${c}`} />
        ))}
      </ChipRow>
      <ChipRow>
        <ChoiceChip text='只看「12333」未达标' selected={behindOnly} onClick={() => setBehindOnly(!behindOnly)} testId='assisted-behind' />
      </ChipRow>

      {list.status === 'loading' && <PageLoading inline text='正在读取台账…' />}
      {list.status === 'error' && <ErrorState compact error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <EmptyState
          compact
          title={category || behindOnly ? '没有符合条件的人' : '台账里还没有人'}
          description={category || behindOnly ? '换个类别，或取消「只看未达标」。' : '登记第一位援助对象，或用 Excel 一次导入多人。'}
          action={category || behindOnly ? { text: '看全部', onClick: () => { setCategory(null); setBehindOnly(false) } } : { text: '登记援助对象', onClick: () => go(PAGES.staffAssistedEdit) }}
        />
      )}
      {list.items.length > 0 && (
        <View className='assisted-page__list'>
          {list.items.map((p) => (
            <PersonRow key={p.id} person={p} />
          ))}
        </View>
      )}
      {list.status === 'ready' && list.items.length > 0 && <ListFooter block='assisted-page' list={list} end='已显示全部' testId='assisted-more' />}
      <Text className='assisted-page__hint'>身份证号、手机号只显示部分数字；导出的 Excel 也一样。</Text>
    </View>
  )
}
