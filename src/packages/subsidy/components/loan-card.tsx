import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { LoanReferral } from '@/services/subsidies'
import { momentText } from '@/utils/days'
import { monthsText, wanText, yuanText } from '../utils/money'
import { LoanStatusPill } from './status-pill'
import './subsidy.scss'

/** One 创业提振贷 referral: how much, how long, what for, and where the bank has got to. */
export function LoanCard({ loan, children, testId = 'my-loan' }: { loan: LoanReferral; children?: ReactNode; testId?: string }) {
  const wan = wanText(loan.amountYuan)
  return (
    <View className='card application-card' data-testid={testId} data-referral-id={loan.id} data-status={loan.status}>
      <View className='application-card__head'>
        <Text className='application-card__title'>创业提振贷 · {loan.kindLabel}</Text>
        <LoanStatusPill status={loan.status} label={loan.statusLabel} testId={`${testId}-status`} />
      </View>
      <Text className='application-card__amount'>
        {yuanText(loan.amountYuan)}
        {wan ? `（${wan}）` : ''}
      </Text>
      <Text className='application-card__line'>期限：{monthsText(loan.termMonths)}</Text>
      <Text className='application-card__line'>用途：{loan.purpose}</Text>
      {loan.businessName && <Text className='application-card__line'>经营主体：{loan.businessName}</Text>}
      <Text className='application-card__line'>
        申请人：{loan.applicantName}
        {loan.phoneMasked ? ` ${loan.phoneMasked}` : ''} · {loan.communityName}
      </Text>
      {loan.bankNote && <Text className='application-card__line'>银行说明：{loan.bankNote}</Text>}
      <Text className='application-card__line'>更新于 {momentText(loan.updatedAt)}</Text>
      <Text className='application-card__citation'>是否放款由合作银行决定。{loan.citation.text}</Text>
      {children}
    </View>
  )
}
