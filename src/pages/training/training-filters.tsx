import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { TrainingCategory, TrainingFormat } from '@contract'
import { TRAINING_CATEGORIES, TRAINING_FORMATS } from '@/constants/trainings'
import type { TrainingFilters } from '@/services/trainings'
import { WEEK_CHOICES, type WeekChoice } from '@/utils/training-format'
import '@/components/chip/chip.scss'

export interface TrainingFilterValue {
  formats: TrainingFormat[]
  categories: TrainingCategory[]
  week: WeekChoice
}

export const NO_FILTER_VALUE: TrainingFilterValue = { formats: [], categories: [], week: 'all' }

export const isFiltered = (v: TrainingFilterValue) => v.formats.length > 0 || v.categories.length > 0 || v.week !== 'all'

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])

/** 上课形式, 时间 and (folded away, there are ten) 培训类别, as big chips. */
export function TrainingFiltersBar({ value, onChange }: { value: TrainingFilterValue; onChange: (v: TrainingFilterValue) => void }) {
  const [showCategories, setShowCategories] = useState(value.categories.length > 0)
  return (
    <View className='training-filters'>
      <Text className='training-filters__label'>上课形式</Text>
      <View className='chip-group'>
        {TRAINING_FORMATS.map((f) => (
          <FilterChip key={f} text={f} testId={`training-format-${f}`} selected={value.formats.includes(f)} onClick={() => onChange({ ...value, formats: toggle(value.formats, f) })} />
        ))}
      </View>

      <Text className='training-filters__label'>上课时间</Text>
      <View className='chip-group'>
        {WEEK_CHOICES.map((w) => (
          <FilterChip key={w.value} single text={w.label} testId={`training-week-${w.value}`} selected={value.week === w.value} onClick={() => onChange({ ...value, week: w.value })} />
        ))}
      </View>

      <View className='training-filters__fold' data-testid='training-categories-toggle' onClick={() => setShowCategories(!showCategories)} ariaRole='button'>
        <Text>
          培训类别{value.categories.length ? `（已选 ${value.categories.length} 个）` : ''}
        </Text>
        <Text className='training-filters__fold-arrow'>{showCategories ? '收起 ▲' : '展开 ▼'}</Text>
      </View>
      {showCategories && (
        <View className='chip-group'>
          {TRAINING_CATEGORIES.map((c) => (
            <FilterChip key={c} text={c} testId={`training-category-${c}`} selected={value.categories.includes(c)} onClick={() => onChange({ ...value, categories: toggle(value.categories, c) })} />
          ))}
        </View>
      )}

      {isFiltered(value) && (
        <Text className='training-filters__clear' data-testid='training-filters-clear' onClick={() => onChange(NO_FILTER_VALUE)}>
          清除筛选条件
        </Text>
      )}
    </View>
  )
}

/** The shared chip look (components/chip) with a test id, which components/chip does not take. */
function FilterChip(props: { text: string; testId: string; selected: boolean; onClick: () => void; single?: boolean }) {
  const { text, testId, selected, onClick, single } = props
  return (
    <View
      className={`chip${selected ? ' chip--on' : ''}`}
      data-testid={testId}
      data-selected={selected ? 'true' : 'false'}
      onClick={onClick}
      ariaRole={single ? 'radio' : 'checkbox'}
      ariaLabel={`${text}${selected ? '，已选' : ''}`}
    >
      {selected && <Text className='chip__tick'>✓</Text>}
      <Text className='chip__text'>{text}</Text>
    </View>
  )
}

/** The filters as the API's query (dates from the 本周/下周 choice). */
export function toQueryFilters(v: TrainingFilterValue, range: { from: string | null; to: string | null }): TrainingFilters {
  return { formats: v.formats, categories: v.categories, from: range.from, to: range.to }
}
