import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { JobTag, JobType, When } from '@contract'
import { Chip, ChipGroup } from '@/components/chip'
import { JOB_TYPE_LABEL, JOB_TYPES, MIN_PAY_PRESETS, SUITABILITY_TAGS, WHEN_LABEL, WHEN_OPTIONS } from '@/constants/options'
import { activeFilterCount, NO_FILTERS, type FeedFilters, type FeedSort } from '@/services/jobs'
import './job-filters.scss'

export interface JobFiltersProps {
  value: FeedFilters
  onChange: (next: FeedFilters) => void
}

const SORTS: { value: FeedSort; label: string }[] = [
  { value: 'distance', label: '离我最近' },
  { value: 'newest', label: '最新发布' },
]

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

/** Active conditions as removable chips: 「周末 ×」. */
function summary(f: FeedFilters): { key: string; text: string; remove: (f: FeedFilters) => FeedFilters }[] {
  const out: { key: string; text: string; remove: (f: FeedFilters) => FeedFilters }[] = []
  if (f.q.trim()) out.push({ key: 'q', text: `搜索「${f.q.trim()}」`, remove: (x) => ({ ...x, q: '' }) })
  f.types.forEach((t) => out.push({ key: `type-${t}`, text: JOB_TYPE_LABEL[t], remove: (x) => ({ ...x, types: x.types.filter((y) => y !== t) }) }))
  if (f.when) out.push({ key: 'when', text: WHEN_LABEL[f.when], remove: (x) => ({ ...x, when: null }) })
  f.tags.forEach((t) => out.push({ key: `tag-${t}`, text: t, remove: (x) => ({ ...x, tags: x.tags.filter((y) => y !== t) }) }))
  if (f.minPay) out.push({ key: 'pay', text: `${f.minPay}元/天以上`, remove: (x) => ({ ...x, minPay: null }) })
  return out
}

/**
 * Search, sort and filter the feed. Every tap applies at once (the list reloads), so there is no separate
 * 「确定」 step to forget; the chosen conditions stay visible as removable chips when the panel is closed.
 */
export function JobFilters({ value, onChange }: JobFiltersProps) {
  const [open, setOpen] = useState(false)
  const [text, setText] = useState(value.q)
  useEffect(() => setText(value.q), [value.q])

  const count = activeFilterCount(value)
  const set = (patch: Partial<FeedFilters>) => onChange({ ...value, ...patch })
  const search = () => {
    if (text.trim() !== value.q.trim()) set({ q: text.trim() })
  }

  return (
    <View className='job-filters'>
      <View className='job-filters__search'>
        <Input
          className='job-search'
          type='text'
          confirmType='search'
          placeholder='搜岗位，如：保洁'
          placeholderClass='job-search__placeholder'
          value={text}
          maxlength={30}
          onInput={(e) => setText(e.detail.value)}
          onConfirm={search}
        />
        {text ? (
          <View
            className='job-filters__clear'
            onClick={() => {
              setText('')
              if (value.q) set({ q: '' })
            }}
            ariaRole='button'
            ariaLabel='清空搜索'
          >
            <Text>清空</Text>
          </View>
        ) : null}
        <View className='job-filters__go search-button' onClick={search} ariaRole='button' ariaLabel='搜索'>
          <Text>搜索</Text>
        </View>
      </View>

      <View className='job-filters__bar'>
        <View className='job-filters__sort' ariaRole='radiogroup' ariaLabel='排序'>
          {SORTS.map((s) => (
            <View
              key={s.value}
              className={`sort-toggle${value.sort === s.value ? ' sort-toggle--on' : ''}`}
              data-sort={s.value}
              onClick={() => value.sort !== s.value && set({ sort: s.value })}
              ariaRole='radio'
              ariaLabel={`${s.label}${value.sort === s.value ? '，当前' : ''}`}
            >
              <Text>{s.label}</Text>
            </View>
          ))}
        </View>
        <View
          className={`filter-toggle${open ? ' filter-toggle--open' : ''}${count ? ' filter-toggle--active' : ''}`}
          onClick={() => setOpen(!open)}
          ariaRole='button'
          ariaLabel={open ? '收起筛选' : '筛选条件'}
        >
          <Text>{open ? '收起筛选 ▲' : count ? `筛选（${count}）▼` : '筛选 ▼'}</Text>
        </View>
      </View>

      {open && (
        <View className='job-filters__panel'>
          <Text className='job-filters__group-title'>工作类型（可多选）</Text>
          <ChipGroup>
            {JOB_TYPES.map((t: JobType) => (
              <Chip
                key={t}
                className='filter-chip'
                value={t}
                text={JOB_TYPE_LABEL[t]}
                selected={value.types.includes(t)}
                onClick={() => set({ types: toggle(value.types, t) })}
              />
            ))}
          </ChipGroup>

          <Text className='job-filters__group-title'>什么时候</Text>
          <ChipGroup>
            {WHEN_OPTIONS.map((w: When) => (
              <Chip
                key={w}
                className='filter-chip'
                value={w}
                text={WHEN_LABEL[w]}
                selected={value.when === w}
                onClick={() => set({ when: value.when === w ? null : w })}
              />
            ))}
          </ChipGroup>
          <Text className='job-filters__hint'>按时间筛选只看零工和兼职班次，长期岗位不在其中。</Text>

          <Text className='job-filters__group-title'>适合人群</Text>
          <ChipGroup>
            {SUITABILITY_TAGS.map((t: JobTag) => (
              <Chip
                key={t}
                className='filter-chip'
                value={t}
                text={t}
                selected={value.tags.includes(t)}
                onClick={() => set({ tags: toggle(value.tags, t) })}
              />
            ))}
          </ChipGroup>

          <Text className='job-filters__group-title'>最低工资</Text>
          <ChipGroup>
            {MIN_PAY_PRESETS.map((p) => (
              <Chip
                key={p.label}
                className='filter-chip'
                value={p.value === null ? 'any' : String(p.value)}
                text={p.label}
                selected={value.minPay === p.value}
                onClick={() => set({ minPay: p.value })}
              />
            ))}
          </ChipGroup>
          <Text className='job-filters__hint'>按天折算比较：小时工资按 8 小时算，月薪按 21.75 天算；计件岗位不参与。</Text>

          <View className='job-filters__panel-actions'>
            {count > 0 && (
              <View className='job-filters__reset clear-filters' onClick={() => onChange({ ...NO_FILTERS, sort: value.sort })} ariaRole='button'>
                <Text>清除全部条件</Text>
              </View>
            )}
            <View className='job-filters__done' onClick={() => setOpen(false)} ariaRole='button'>
              <Text>收起，看岗位</Text>
            </View>
          </View>
        </View>
      )}

      {!open && count > 0 && (
        <View className='job-filters__summary'>
          {summary(value).map((s) => (
            <View key={s.key} className='active-filter' onClick={() => onChange(s.remove(value))} ariaRole='button' ariaLabel={`去掉条件：${s.text}`}>
              <Text>{s.text}</Text>
              <Text className='active-filter__x'>×</Text>
            </View>
          ))}
          <View className='active-filter active-filter--clear clear-filters' onClick={() => onChange({ ...NO_FILTERS, sort: value.sort })} ariaRole='button'>
            <Text>清除全部</Text>
          </View>
        </View>
      )}
    </View>
  )
}
