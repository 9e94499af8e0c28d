import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { SUBSIDY_REGION_LABEL } from '@/constants/subsidies'
import type { AsyncState } from '@/hooks/use-async'
import type { SubsidyPolicies } from '@/services/subsidies'
import { monthsText, wanText } from '../utils/money'
import './subsidy.scss'

const APPLICANT_LABEL = { person: '本人申请', employer: '用人单位申请', 'person-or-employer': '本人或所办单位申请' } as const
const ONCE_LABEL = { ever: '限申请一次', year: '每年申请一次' } as const

/** 政策说明, folded: who, how much, the conditions, the papers and the clauses, as GET /subsidy-policies states them. */
export function PolicyList({ state }: { state: AsyncState<SubsidyPolicies> }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='policy-list'>
      <View className='policy-list__toggle' data-testid='policy-list-toggle' onClick={() => setOpen(!open)} ariaRole='button' ariaLabel={open ? '收起政策说明' : '展开政策说明'}>
        <Text className='policy-list__toggle-text'>政策说明</Text>
        <Text className='policy-list__toggle-go'>{open ? '收起 ︿' : '展开 ﹀'}</Text>
      </View>
      {open && <PolicyBody state={state} />}
    </View>
  )
}

function PolicyBody({ state }: { state: AsyncState<SubsidyPolicies> }) {
  if (state.loading && !state.data) return <PageLoading inline text='正在加载政策说明…' />
  if (!state.data) return <ErrorState compact error={state.error} onRetry={state.reload} />
  const data = state.data
  return (
    <View data-testid='policy-list'>
      {data.items.map((p) => (
        <View key={p.id} className='card policy' data-testid={`policy-${p.id}`}>
          <Text className='policy__name'>{p.name}</Text>
          <Text className='policy__summary'>{p.summary}</Text>
          <Text className='policy__item'>
            {APPLICANT_LABEL[p.applicant]}，{ONCE_LABEL[p.oncePer]}
          </Text>
          <Text className='policy__heading'>补贴标准</Text>
          {p.amounts.map((a, i) => (
            <Text key={i} className='policy__item'>
              · {SUBSIDY_REGION_LABEL[a.region]} {a.case}：{a.amount.label}
            </Text>
          ))}
          <Text className='policy__heading'>申请条件</Text>
          {p.conditions.map((c, i) => (
            <Text key={i} className='policy__item'>
              · {c}
            </Text>
          ))}
          <Text className='policy__heading'>需要的材料</Text>
          {p.documents.map((d) => (
            <Text key={d.kind} className='policy__item'>
              · {d.label}
              {d.required ? '' : '（选交）'}
            </Text>
          ))}
          {p.citations.map((c, i) => (
            <Text key={i} className='policy__citation'>
              {c.text}
            </Text>
          ))}
        </View>
      ))}
      {data.loans.map((l) => (
        <View key={l.kind} className='card policy' data-testid={`loan-product-${l.kind}`}>
          <Text className='policy__name'>创业提振贷 · {l.label}</Text>
          <Text className='policy__item'>
            最高 {wanText(l.maxYuan)}，期限最长 {monthsText(l.maxMonths)}。平台核对额度和期限后转介合作银行，是否放款由银行决定。
          </Text>
          <Text className='policy__citation'>{l.citation.text}</Text>
        </View>
      ))}
      <Text className='policy__citation'>
        政策数据版本 {data.version}，自 {data.effectiveFrom} 起执行。
      </Text>
    </View>
  )
}
