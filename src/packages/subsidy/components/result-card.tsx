import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import type { PrecheckLine } from '@/services/subsidies'
import './subsidy.scss'

export interface ResultCardProps {
  line: PrecheckLine
  /** The user answered 「没有」 for this policy's part: say it does not apply instead of asking again. */
  declined: boolean
  onApply: () => void
  /** Scroll back to the part still to answer. */
  onAnswer: () => void
}

/** One policy's verdict: 可申请 with the amount, 暂不符合 with why, or 还需回答; always with the clause it rests on. */
export function ResultCard({ line, declined, onApply, onAnswer }: ResultCardProps) {
  const outcome = declined && line.outcome === 'need-answers' ? 'declined' : line.outcome
  const label = outcome === 'declined' ? '不适用' : line.outcomeLabel
  return (
    <View className={`card result-card result-card--${outcome}`} data-testid={`precheck-line-${line.policyId}`} data-outcome={line.outcome}>
      <View className='result-card__head'>
        <Text className='result-card__name'>{line.policyName}</Text>
        <Text className={`result-card__outcome result-card__outcome--${outcome}`}>{label}</Text>
      </View>
      {line.outcome === 'eligible' && line.amount && (
        <Text className='result-card__amount' data-testid={`precheck-amount-${line.policyId}`}>
          {line.amount.label}
        </Text>
      )}
      <View className='result-card__reasons'>
        {outcome === 'declined' ? (
          <Text className='result-card__reason'>您选了「没有」，这项补贴暂不适用。</Text>
        ) : (
          line.reasons.map((r, i) => (
            <Text key={i} className='result-card__reason'>
              {line.outcome === 'eligible' ? '✓ ' : line.outcome === 'not-eligible' ? '✗ ' : '· '}
              {r}
            </Text>
          ))
        )}
      </View>
      <Text className='result-card__citation' data-testid={`precheck-citation-${line.policyId}`}>
        {line.citation.text}
      </Text>
      {line.canApply && (
        <View className='result-card__actions'>
          <Button type='primary' size='large' block data-testid={`precheck-apply-${line.policyId}`} onClick={onApply}>
            去申请
          </Button>
        </View>
      )}
      {line.outcome === 'eligible' && !line.canApply && (
        <Text className='result-card__citation'>本平台只受理威海市的申请，请到当地人社部门或社区服务站办理。</Text>
      )}
      {line.outcome === 'need-answers' && !declined && (
        <View className='result-card__actions'>
          <Button size='large' block fill='outline' data-testid={`precheck-answer-${line.policyId}`} onClick={onAnswer}>
            去回答这一项
          </Button>
        </View>
      )}
    </View>
  )
}
