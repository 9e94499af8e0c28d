import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import './subsidy.scss'

export interface ProblemAction {
  text: string
  onClick: () => void
  testId?: string
  primary?: boolean
}

export interface ProblemInfo {
  kind?: 'error' | 'info' | 'ok'
  title: string
  lines?: string[]
  actions?: ProblemAction[]
}

/** What stopped a save or a submit, each reason on its own line, and the buttons that lead on from it. */
export function ProblemBanner({ problem, testId }: { problem: ProblemInfo; testId: string }) {
  const kind = problem.kind ?? 'error'
  return (
    <View className={`problem problem--${kind}`} ariaRole={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <Text className='problem__title'>{problem.title}</Text>
      {(problem.lines ?? []).map((line, i) => (
        <Text key={i} className='problem__line' data-testid={`${testId}-line`}>
          {line}
        </Text>
      ))}
      {problem.actions && problem.actions.length > 0 && (
        <View className='problem__actions'>
          {problem.actions.map((a) => (
            <Button
              key={a.text}
              type={a.primary ? 'primary' : 'default'}
              fill={a.primary ? 'solid' : 'outline'}
              size='large'
              block
              onClick={a.onClick}
              {...(a.testId ? { 'data-testid': a.testId } : {})}
            >
              {a.text}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}
