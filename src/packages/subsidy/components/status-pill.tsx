import { Text } from '@tarojs/components'
import type { LoanStatus, SubsidyStatus } from '@contract'
import { LOAN_STATUS_TONE, SUBSIDY_STATUS_TONE } from '@/constants/subsidies'
import './subsidy.scss'

/** An application's status: coloured by tone, and the label always says it. */
export function SubsidyStatusPill({ status, label, small, testId }: { status: SubsidyStatus; label: string; small?: boolean; testId?: string }) {
  return (
    <Text
      className={`subsidy-pill subsidy-pill--${SUBSIDY_STATUS_TONE[status]}${small ? ' subsidy-pill--small' : ''}`}
      data-status={status}
      {...(testId ? { 'data-testid': testId } : {})}
    >
      {label}
    </Text>
  )
}

export function LoanStatusPill({ status, label, testId }: { status: LoanStatus; label: string; testId?: string }) {
  return (
    <Text className={`subsidy-pill subsidy-pill--small subsidy-pill--${LOAN_STATUS_TONE[status]}`} data-status={status} {...(testId ? { 'data-testid': testId } : {})}>
      {label}
    </Text>
  )
}
