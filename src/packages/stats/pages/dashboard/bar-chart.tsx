import { Text, View } from '@tarojs/components'

export interface Bar { key: string; label: string; value: number; note?: string }

/**
 * A horizontal bar chart drawn with plain Views (widths in %), for lists whose every label and figure must stay
 * readable text (categories, services); titled like the canvas charts (components/chart). Bars scale to the largest
 * value; the figure is always written out.
 */
export function BarChart({ title, bars, unit, testId }: { title: string; bars: Bar[]; unit: string; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value))
  return (
    <View className='card chart bar-chart' data-testid={testId}>
      <Text className='chart__title'>{title}</Text>
      {bars.map((b) => (
        <View key={b.key} className='bar-chart__row' data-testid={`${testId}-${b.key}`}>
          <Text className='bar-chart__label'>{b.label}</Text>
          <View className='bar-chart__track'>
            <View className={`bar-chart__bar${b.value ? '' : ' bar-chart__bar--zero'}`} style={{ width: `${(b.value / max) * 100}%` }} />
          </View>
          <Text className='bar-chart__value'>{`${b.value}${unit}${b.note ? ` ${b.note}` : ''}`}</Text>
        </View>
      ))}
    </View>
  )
}

/** Progress towards a target as a bar, capped at the full width (the percentage says how far past it is). */
export function ProgressBar({ progress }: { progress: number }) {
  const width = Math.max(0, Math.min(1, progress)) * 100
  return (
    <View className='progress-bar'>
      <View className={`progress-bar__fill${progress >= 1 ? ' progress-bar__fill--done' : ''}`} style={{ width: `${width}%` }} />
    </View>
  )
}
