import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { SurveySubject } from '@contract'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { LoginPrompt } from '@/components/prompts'
import { PageLoading } from '@/components/page-loading'
import { SURVEY_COMMENT_MAX, SURVEY_SCORES, SURVEY_SUBJECT_LABEL, SURVEY_SUBJECTS } from '@/constants/surveys'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { submitSurvey } from '@/services/surveys'
import { goBack, PAGES } from '@/utils/routes'
import './index.scss'

/**
 * 满意度评价 (威就办〔2023〕9号 四、4): five big faces with words, an optional comment, 提交, then thanks. Opened from
 * 我的 → 待评价, or from a completed gig / attended class / decided subsidy, with `?subject=&id=&title=`.
 */
export default function SurveyPage() {
  const params = useRouter().params
  const subject = SURVEY_SUBJECTS.find((s) => s === params.subject) as SurveySubject | undefined
  const id = decoded(params.id)
  const title = decoded(params.title)
  const { status } = useSession()

  if (status === 'anonymous') {
    return (
      <View className='page survey-page'>
        <LoginPrompt description='登录后可以为用过的服务打分。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (!subject || !id) {
    return (
      <View className='page survey-page'>
        <EmptyState title='没有找到要评价的事项' description='请从「我的」里的待评价进入。' action={{ text: '返回', onClick: () => goBack(PAGES.me) }} />
      </View>
    )
  }
  return <SurveyForm subject={subject} subjectId={id} title={title} />
}

/** Query values arrive encoded in weapp and decoded on H5; a stray % must not crash the page. */
function decoded(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function SurveyForm({ subject, subjectId, title }: { subject: SurveySubject; subjectId: string; title: string }) {
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<'thanks' | 'already' | null>(null)

  const send = async () => {
    if (!score || busy) return
    setBusy(true)
    setError(null)
    try {
      await submitSurvey({ subject, subjectId, score, comment: comment.trim() })
      setDone('thanks')
    } catch (e) {
      if (isApiError(e) && e.code === 'ALREADY_SURVEYED') setDone('already')
      else setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <View className='page survey-page' data-testid='survey-done'>
        <EmptyState
          icon='谢'
          title={done === 'thanks' ? '谢谢您的评价！' : '您已经评价过了，谢谢！'}
          description='您的意见会转给社区就业服务站，帮助我们把服务做得更好。'
          action={{ text: '返回', onClick: () => goBack(PAGES.me) }}
        />
      </View>
    )
  }

  const picked = SURVEY_SCORES.find((s) => s.score === score)
  return (
    <View className='page survey-page'>
      <View className='card survey-head'>
        <Text className='survey-head__kind'>{SURVEY_SUBJECT_LABEL[subject]}</Text>
        <Text className='survey-head__title' data-testid='survey-title'>{title || '您对这次服务满意吗？'}</Text>
      </View>
      <Text className='survey-question'>您对这次服务满意吗？</Text>
      <View className='survey-scores' ariaRole='radiogroup' ariaLabel='满意程度'>
        {SURVEY_SCORES.map((s) => (
          <View
            key={s.score}
            className={`survey-score${score === s.score ? ' survey-score--on' : ''}`}
            data-testid={`survey-score-${s.score}`}
            onClick={() => setScore(s.score)}
            ariaRole='radio'
            ariaLabel={`${s.score} 分，${s.text}${score === s.score ? '，已选' : ''}`}
          >
            <Text className='survey-score__face'>{s.face}</Text>
            <Text className='survey-score__text'>{s.text}</Text>
          </View>
        ))}
      </View>
      {picked && <Text className='survey-picked'>{`您选了：${picked.score} 分 · ${picked.text}`}</Text>}

      <Text className='survey-question'>还想说点什么？（可以不填）</Text>
      <View className='card survey-comment'>
        <Textarea
          className='survey-comment__input'
          data-testid='survey-comment'
          value={comment}
          maxlength={SURVEY_COMMENT_MAX}
          placeholder='例如：服务站老师很耐心'
          onInput={(e) => setComment(e.detail.value)}
          autoHeight
        />
        <Text className='survey-comment__count'>{`${comment.length}/${SURVEY_COMMENT_MAX}`}</Text>
      </View>

      {error && (
        <View className='survey-error' ariaRole='alert' data-testid='survey-error'>
          <Text>{error}</Text>
        </View>
      )}
      <Button type='primary' size='large' block data-testid='survey-submit' disabled={!score} loading={busy} onClick={send}>
        {score ? '提交' : '请先选一个表情'}
      </Button>
    </View>
  )
}
