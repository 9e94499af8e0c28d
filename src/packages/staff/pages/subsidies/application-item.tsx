import { Text, View } from '@tarojs/components'
import type { ReviewLevel } from '@contract'
import { Button } from '@/components/nut'
import { REVIEW_STEP_LABEL, SUBSIDY_STEP_OF } from '@/constants/subsidies'
import type { SubsidyApplication } from '@/services/subsidies'
import { DocumentFiles } from '../../../subsidy/components/document-list'
import { FactsList } from '../../../subsidy/components/facts-list'
import { SubsidyStatusPill } from '../../../subsidy/components/status-pill'
import { Timeline } from '../../../subsidy/components/timeline'

export interface ApplicationItemProps {
  app: SubsidyApplication
  /** The reviewer's own step (null for city staff, who only look and export). */
  ownStep: ReviewLevel | null
  acting: boolean
  disabled: boolean
  onApprove: () => void
  onReturn: () => void
  onReject: () => void
}

/** One application as the reviewer checks it: who, what, how much under which clause, the papers, the history. */
export function ApplicationItem({ app, ownStep, acting, disabled, onApprove, onReturn, onReject }: ApplicationItemProps) {
  const step = SUBSIDY_STEP_OF[app.status]
  const mine = !!step && step === ownStep
  return (
    <View className={`card staff-subsidy staff-subsidy--${app.status}`} data-testid='staff-subsidy-card' data-application-id={app.id} data-status={app.status}>
      <View className='staff-subsidy__head'>
        <Text className='staff-subsidy__title'>{app.policyName}</Text>
        <SubsidyStatusPill status={app.status} label={app.statusLabel} small />
      </View>
      <Text className='staff-subsidy__amount'>{app.amount.label}</Text>
      <Text className='staff-subsidy__line'>
        申请人：{app.applicant.name} {app.applicant.idNumberMasked ?? ''}
        {app.applicant.orgName ? `（${app.applicant.orgName}）` : ''}
      </Text>
      <Text className='staff-subsidy__line'>申请对象：{app.subject}</Text>
      <Text className='staff-subsidy__line'>
        社区：{app.community.name}（{app.community.streetName} · {app.community.districtName}）
      </Text>
      <Text className='staff-subsidy__citation'>{app.citation.text}（政策版本 {app.policyVersion}）</Text>

      <Text className='staff-subsidy__section'>填写的情况</Text>
      <FactsList facts={app.facts} />
      {app.eligibilityReasons.length > 0 && (
        <Text className='staff-subsidy__line'>符合：{app.eligibilityReasons.join('；')}</Text>
      )}

      <Text className='staff-subsidy__section'>材料（{app.documents.length} 份）</Text>
      {app.documents.length ? <DocumentFiles documents={app.documents} testId='staff-subsidy-doc' /> : <Text className='staff-subsidy__line'>没有上传材料。</Text>}
      {app.requiredDocuments.some((r) => !r.done) && (
        <Text className='staff-subsidy__line'>缺：{app.requiredDocuments.filter((r) => !r.done).map((r) => r.label).join('、')}</Text>
      )}

      <Text className='staff-subsidy__section'>办理进度</Text>
      <Timeline entries={app.timeline} testId='staff-subsidy-timeline' />

      {mine ? (
        <View className='staff-subsidy__actions'>
          <Button type='primary' size='large' block data-testid='staff-subsidy-approve' loading={acting} disabled={disabled && !acting} onClick={onApprove}>
            {step === 'district' ? '批准' : '通过'}（{REVIEW_STEP_LABEL[step!]}）
          </Button>
          <View className='staff-subsidy__row'>
            <Button size='large' fill='outline' data-testid='staff-subsidy-return' disabled={disabled} onClick={onReturn}>
              退回修改
            </Button>
            <Button size='large' fill='outline' className='staff-subsidy__danger' data-testid='staff-subsidy-reject' disabled={disabled} onClick={onReject}>
              不予批准
            </Button>
          </View>
        </View>
      ) : step ? (
        <Text className='staff-subsidy__waiting'>等待{REVIEW_STEP_LABEL[step]}，不归您这一级办理。</Text>
      ) : null}
    </View>
  )
}
