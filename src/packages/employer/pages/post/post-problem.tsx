import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { errorMessage, isApiError } from '@/services/api-error'
import { fieldErrorsByPath, postingProblems, type PostingProblem } from '@/services/postings'
import type { PostErrors } from './post-form-state'

/** Why a 发布 / 存草稿 did not go through, as the page shows it above the buttons. */
export type PostProblem =
  | { kind: 'rejected'; message: string; items: PostingProblem[] }
  | { kind: 'not-verified'; message: string }
  | { kind: 'need-org'; message: string }
  | { kind: 'fields'; count: number; message?: string }
  | { kind: 'message'; message: string }

/** Server codes that are about one field: the message goes next to it as well. */
const FIELD_OF_CODE: Record<string, string> = {
  PAY_BELOW_MINIMUM: 'payAmount',
  SHIFT_IN_PAST: 'schedule.date',
  HEADCOUNT_BELOW_TAKEN: 'headcount',
  JOB_HAS_SIGNUPS: 'schedule.date',
  COMMUNITY_NOT_FOUND: 'communityCode',
}

/** Turns a failed save into the banner and the field messages. */
export function explainPostError(e: unknown, scheduleKind: 'once' | 'recurring'): { problem: PostProblem; fields: PostErrors } {
  const fields: PostErrors = fieldErrorsByPath(e)
  if (!isApiError(e)) return { problem: { kind: 'message', message: errorMessage(e) }, fields }
  const fieldOfCode = FIELD_OF_CODE[e.code]
  if (fieldOfCode) {
    const key = fieldOfCode === 'schedule.date' && scheduleKind === 'recurring' ? 'schedule.fromDate' : fieldOfCode
    fields[key] = e.message
  }
  switch (e.code) {
    case 'POSTING_REJECTED':
      return { problem: { kind: 'rejected', message: e.message, items: postingProblems(e) }, fields }
    case 'ORG_NOT_VERIFIED':
      return { problem: { kind: 'not-verified', message: e.message }, fields }
    case 'ORG_REQUIRED':
    case 'ORG_NOT_FOUND':
      return { problem: { kind: 'need-org', message: e.message }, fields }
  }
  const count = Object.values(fields).filter(Boolean).length
  if (count) return { problem: { kind: 'fields', count, message: fieldOfCode ? e.message : undefined }, fields }
  return { problem: { kind: 'message', message: e.message }, fields }
}

export interface PostProblemBoxProps {
  problem: PostProblem
  onSaveDraft: () => void
  onRegisterOrg: () => void
  busy: boolean
}

export function PostProblemBox({ problem, onSaveDraft, onRegisterOrg, busy }: PostProblemBoxProps) {
  return (
    <View className='form-banner form-banner--error post-problem' data-testid='post-error' data-kind={problem.kind} ariaRole='alert'>
      {problem.kind === 'rejected' && (
        <>
          {/* The server's message repeats the reasons listed below; one plain heading reads better on a phone. */}
          <Text className='post-problem__title'>{problem.items.length ? '岗位内容不符合平台规定，请修改后再发布：' : problem.message}</Text>
          {problem.items.map((p, i) => (
            <View key={i} className='post-problem__item' data-testid='post-error-item'>
              <Text className='post-problem__reason'>{p.reason}</Text>
              {p.matched && <Text className='post-problem__matched'>请修改：「{p.matched}」</Text>}
            </View>
          ))}
        </>
      )}
      {problem.kind === 'not-verified' && (
        <>
          <Text className='post-problem__title'>{problem.message}</Text>
          <View className='button-row'>
            <Button type='primary' size='large' block data-testid='post-save-draft-instead' loading={busy} onClick={onSaveDraft}>
              存为草稿，认证后再发布
            </Button>
          </View>
        </>
      )}
      {problem.kind === 'need-org' && (
        <>
          <Text className='post-problem__title'>{problem.message}</Text>
          <View className='button-row'>
            <Button type='primary' size='large' block data-testid='post-register-org' onClick={onRegisterOrg}>
              登记单位
            </Button>
          </View>
        </>
      )}
      {problem.kind === 'fields' && (
        <Text className='post-problem__title'>
          {problem.message ? `${problem.message}。` : ''}有 {problem.count} 处需要修改，请看标红的提示。
        </Text>
      )}
      {problem.kind === 'message' && <Text className='post-problem__title'>{problem.message}</Text>}
    </View>
  )
}
