import { Text, View } from '@tarojs/components'
import type { SubsidyApplication } from '@/services/subsidies'
import { momentText } from '@/utils/days'
import { SubsidyStatusPill } from './status-pill'
import './subsidy.scss'

/** What an application is, its status and amount: the head of its page, and a row of 我的补贴 (`onOpen`). */
export function ApplicationCard({ app, onOpen }: { app: SubsidyApplication; onOpen?: () => void }) {
  return (
    <View
      className={`card application-card application-card--${app.status}`}
      data-testid={onOpen ? 'my-subsidy' : 'subsidy-head'}
      data-application-id={app.id}
      data-status={app.status}
      onClick={onOpen}
      ariaRole={onOpen ? 'button' : undefined}
    >
      <View className='application-card__head'>
        <Text className='application-card__title'>{app.policyName}</Text>
        <SubsidyStatusPill status={app.status} label={app.statusLabel} testId={onOpen ? undefined : 'subsidy-status'} />
      </View>
      <Text className='application-card__amount' data-testid={onOpen ? undefined : 'subsidy-amount'}>
        {app.amount.label}
      </Text>
      <Text className='application-card__line'>申请对象：{app.subject}</Text>
      {!onOpen && (
        <>
          <Text className='application-card__line'>
            申请人：{app.applicant.name}
            {app.applicant.orgName ? `（${app.applicant.orgName}）` : ''} {app.applicant.idNumberMasked}
          </Text>
          <Text className='application-card__line'>
            受理社区：{app.community.name}（{app.community.streetName} · {app.community.districtName}）
          </Text>
        </>
      )}
      <Text className='application-card__line'>更新于 {momentText(app.updatedAt)}</Text>
      <Text className='application-card__citation' data-testid={onOpen ? undefined : 'subsidy-citation'}>
        {app.citation.text}
      </Text>
      {onOpen && <Text className='application-card__go'>查看详情 ›</Text>}
    </View>
  )
}
