import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { BrandGrade } from '@contract'
import { BRAND_GRADE_LABEL, BRAND_GRADES } from '@/constants/brand'
import type { BrandRankingItem } from '@/services/staff-desk'

export interface RankingCardProps {
  item: BrandRankingItem
  grade: BrandGrade | null
  editable: boolean
  disabled: boolean
  onGrade: (grade: BrandGrade | null) => void
}

/** One community: rank, score, where; tap 「评分明细」 for the components; city staff choose A / B / 不选. */
export function RankingCard({ item, grade, editable, disabled, onGrade }: RankingCardProps) {
  const [open, setOpen] = useState(false)
  return (
    <View className={`card ranking-card${grade ? ' ranking-card--chosen' : ''}`} data-testid={`brand-item-${item.communityCode}`}>
      <View className='ranking-card__head'>
        <Text className='ranking-card__rank'>{`第 ${item.rank} 名`}</Text>
        <Text className='ranking-card__score'>{`${item.score.toFixed(1)} 分`}</Text>
      </View>
      <Text className='ranking-card__name'>{item.communityName}</Text>
      <Text className='ranking-card__where'>{`${item.zone} · ${item.streetName}`}</Text>
      <Text className='ranking-card__toggle' onClick={() => setOpen(!open)}>{open ? '收起评分明细 ▲' : '评分明细 ▼'}</Text>
      {open && (
        <View className='ranking-card__parts'>
          {item.components.map((c) => (
            <View key={c.key} className='ranking-card__part'>
              <Text className='ranking-card__part-label'>{`${c.label}（权重 ${Math.round(c.weight * 100)}%）`}</Text>
              <Text className='ranking-card__part-score'>{c.value === null ? '无数据 · 0 分' : `${c.score.toFixed(0)} 分`}</Text>
            </View>
          ))}
        </View>
      )}
      {editable ? (
        <View className='ranking-card__grades' ariaRole='radiogroup' ariaLabel={`${item.communityName}评定档次`}>
          {[...BRAND_GRADES, null].map((g) => (
            <View
              key={g ?? 'none'}
              className={`ranking-card__grade${grade === g ? ' ranking-card__grade--on' : ''}`}
              data-testid={`brand-grade-${item.communityCode}-${g ?? 'none'}`}
              ariaRole='radio'
              ariaLabel={`${g ? BRAND_GRADE_LABEL[g] : '不选'}${grade === g ? '，已选' : ''}`}
              onClick={() => !disabled && onGrade(g)}
            >
              <Text>{g ? BRAND_GRADE_LABEL[g] : '不选'}</Text>
            </View>
          ))}
        </View>
      ) : (
        grade && <Text className='ranking-card__picked'>{`已评为 ${BRAND_GRADE_LABEL[grade]}`}</Text>
      )}
    </View>
  )
}
