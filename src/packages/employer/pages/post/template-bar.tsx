import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Posting } from '@contract'
import { POSTING_TEMPLATES, type PostingTemplate } from '@/constants/posting-templates'
import { errorMessage } from '@/services/api-error'
import { listEmployerJobs } from '@/services/employer'
import { getPosting } from '@/services/postings'
import { ChoiceChip } from '../../components/form-parts'

export interface TemplateBarProps {
  selectedId: string | null
  onTemplate: (t: PostingTemplate) => void
  /** 再发一次: the org's most recent posting, to copy. */
  onRepeat: (p: Posting) => void
}

/** The chips at the top: a ready-made job for each common kind of work, and 「再发一次」 the last one. */
export function TemplateBar({ selectedId, onTemplate, onRepeat }: TemplateBarProps) {
  const [loadingLast, setLoadingLast] = useState(false)

  const repeatLast = async () => {
    if (loadingLast) return
    setLoadingLast(true)
    try {
      const last = (await listEmployerJobs()).items[0]
      if (!last) {
        Taro.showToast({ title: '还没有发布过岗位，请选一个模板', icon: 'none', duration: 2500 })
        return
      }
      onRepeat(await getPosting(last.id))
      Taro.showToast({ title: `已填入「${last.title}」，请选日期`, icon: 'none', duration: 2500 })
    } catch (e) {
      Taro.showToast({ title: `没有取到上次的岗位：${errorMessage(e)}`, icon: 'none', duration: 3000 })
    } finally {
      setLoadingLast(false)
    }
  }

  return (
    <View className='card template-bar'>
      <Text className='template-bar__title'>选一个模板，一分钟发布</Text>
      <View className='template-bar__chips'>
        <ChoiceChip
          className='template-chip template-chip--repeat'
          text={loadingLast ? '正在取上次的…' : '再发一次'}
          testId='post-template-repeat'
          selected={false}
          onClick={repeatLast}
        />
        {POSTING_TEMPLATES.map((t) => (
          <ChoiceChip
            key={t.id}
            single
            className='template-chip'
            text={t.label}
            testId={`post-template-${t.label}`}
            selected={selectedId === t.id}
            onClick={() => onTemplate(t)}
          />
        ))}
      </View>
    </View>
  )
}
