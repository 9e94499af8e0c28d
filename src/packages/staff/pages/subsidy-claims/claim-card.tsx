import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import type { SubsidyApplication, SubsidyClaim } from '@/services/subsidies'
import { momentText } from '@/utils/days'
import { FactsList } from '../../../subsidy/components/facts-list'
import { SubsidyStatusPill } from '../../../subsidy/components/status-pill'
import { Timeline } from '../../../subsidy/components/timeline'

export interface ClaimCardProps {
  claim: SubsidyClaim
  /** The reason, when the application was voided on this page. */
  voidedReason: string | null
  disabled: boolean
  onVoid: (app: SubsidyApplication) => void
}

/** One place and the application holding it: whose, where, since when, how far it got; 作废 when it may be. */
export function ClaimCard({ claim, voidedReason, disabled, onVoid }: ClaimCardProps) {
  const app = claim.application
  return (
    <View
      className={`card claim-card claim-card--${app ? app.status : 'elsewhere'}`}
      data-testid='claim-card'
      data-application-id={app?.id ?? ''}
      data-status={app?.status ?? ''}
      data-can-void={claim.canVoid ? 'true' : 'false'}
    >
      <View className='claim-card__head'>
        <Text className='claim-card__place'>{claim.place}</Text>
        {app && <SubsidyStatusPill status={app.status} label={app.statusLabel} small testId='claim-status' />}
      </View>

      {!app ? (
        <View className='claim-card__elsewhere' data-testid='claim-elsewhere'>
          <Text>
            该名额由{claim.districtName}的申请占用，请联系该区市核查。
          </Text>
        </View>
      ) : (
        <>
          <Text className='claim-card__policy'>
            {app.policyName} · {app.amount.label}
          </Text>
          <Text className='claim-card__line' data-testid='claim-applicant'>
            申请人：{app.applicant.name}
            {app.applicant.idNumberMasked ? ` ${app.applicant.idNumberMasked}` : ''}
            {app.applicant.orgName ? `（${app.applicant.orgName}）` : ''}
          </Text>
          <Text className='claim-card__line'>申请对象：{app.subject}</Text>
          <Text className='claim-card__line'>
            社区：{app.community.name}（{app.community.streetName} · {app.community.districtName}）
          </Text>
          <Text className='claim-card__line'>创建时间：{momentText(app.createdAt)}</Text>

          <Text className='claim-card__section'>填写的情况</Text>
          <FactsList facts={app.facts} />

          <Text className='claim-card__section'>办理进度</Text>
          <Timeline entries={app.timeline} testId='claim-timeline' />

          {voidedReason !== null ? (
            // where the 作废 button was, so it is in view the moment it is done
            <View className='claim-card__voided' data-testid='claim-voided' ariaRole='status'>
              <Text className='claim-card__voided-title'>已作废：不予批准，名额已释放</Text>
              <Text className='claim-card__voided-text'>作废原因：{voidedReason}</Text>
              <Text className='claim-card__voided-text'>申请人会在「我的消息」里看到。号码的主人现在可以自己申请了。</Text>
            </View>
          ) : claim.canVoid ? (
            <View className='claim-card__actions'>
              <Text className='claim-card__hint'>核实号码确实被他人冒用后再作废：申请记为不予批准，名额释放，申请人会收到消息。</Text>
              <Button size='large' block fill='outline' className='claim-card__void' data-testid='claim-void' disabled={disabled} onClick={() => onVoid(app)}>
                作废这份申请
              </Button>
            </View>
          ) : app.status === 'approved' ? (
            <Text className='claim-card__note' data-testid='claim-not-voidable'>
              这份申请已批准，补贴已进入发放环节，不能在这里作废。如确属冒用，请按补贴追回的有关规定另行办理。
            </Text>
          ) : (
            <Text className='claim-card__note' data-testid='claim-not-voidable'>
              这份申请不能在这里作废。
            </Text>
          )}
        </>
      )}
    </View>
  )
}
