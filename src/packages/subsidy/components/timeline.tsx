import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@/services/subsidies'
import { momentText } from '@/utils/days'
import './subsidy.scss'

/** 办理进度, oldest first: what happened, when, at which level, and the reason of a return or a refusal. */
export function Timeline({ entries, testId = 'subsidy-timeline' }: { entries: TimelineEntry[]; testId?: string }) {
  if (entries.length === 0) return <Text className='subsidy-none'>还没有办理记录。</Text>
  return (
    <View className='timeline' data-testid={testId}>
      {entries.map((t, i) => (
        <View key={`${t.at}-${i}`} className={`timeline__item timeline__item--${t.status}`} data-testid={`${testId}-item`} data-status={t.status}>
          <View className='timeline__rail'>
            <View className='timeline__dot' />
            <View className='timeline__line' />
          </View>
          <View className='timeline__main'>
            <Text className='timeline__label'>{t.label}</Text>
            <Text className='timeline__meta'>
              {momentText(t.at)}
              {t.by ? ` · ${t.by}` : ''}
            </Text>
            {t.reason && <Text className='timeline__reason'>原因：{t.reason}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
