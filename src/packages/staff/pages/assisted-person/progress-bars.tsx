import { Text, View } from '@tarojs/components'
import { SERVICE_TESTID } from '@/constants/assistance'
import type { AssistedPerson } from '@/services/assistance'
import { dayText } from '@/utils/days'

/**
 * The four 「12333」 counts over the rolling 12 months (鲁就办〔2023〕13号 三、16): done / target as a bar each, green
 * once the target is met. `data-done` carries the figure for tests.
 */
export function ProgressBars({ tracking }: { tracking: AssistedPerson['tracking'] }) {
  return (
    <View className='card progress-card' data-testid='progress-card'>
      <Text className='progress-card__title'>「12333」服务进度</Text>
      <Text className='progress-card__window'>
        统计 {dayText(tracking.windowFrom)} 至 {dayText(tracking.windowTo)}（滚动 12 个月）
        {tracking.tracked ? '' : '；此人未登记失业也无援助类别，不计入「12333」'}
      </Text>
      {tracking.counts.map((c) => {
        const percent = Math.min(100, Math.round((c.done / c.target) * 100))
        return (
          <View key={c.type} className='progress-row' data-testid={SERVICE_TESTID[c.type]} data-done={c.done} data-target={c.target} ariaRole='progressbar' ariaLabel={`${c.type} ${c.done}/${c.target}`}>
            <View className='progress-row__head'>
              <Text className='progress-row__type'>{c.type}</Text>
              <Text className={`progress-row__figure${c.missing ? '' : ' progress-row__figure--done'}`} data-testid={`${SERVICE_TESTID[c.type]}-figure`}>
                {c.done}/{c.target}
                {c.missing ? `（还差 ${c.missing} 次）` : ' 已达标'}
              </Text>
            </View>
            <View className='progress-row__bar'>
              <View className={`progress-row__fill${c.missing ? '' : ' progress-row__fill--done'}`} style={{ width: `${percent}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
