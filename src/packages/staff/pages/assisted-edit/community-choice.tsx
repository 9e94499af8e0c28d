import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Me } from '@contract'
import { BottomSheet } from '@/components/bottom-sheet'
import { DivisionCascade } from '@/components/division-cascade'
import type { CommunityChoice } from './person-form-state'

type Scope = NonNullable<Me['staff']>

/**
 * 所在社区 within the staff member's own area: fixed for 社区 staff, a 镇街 → 社区 cascade from their division for the
 * levels above (the server refuses anything outside it with 403).
 */
export function CommunityChoiceField({ scope, value, onChange }: { scope: Scope; value: CommunityChoice | null; onChange: (c: CommunityChoice) => void }) {
  const [open, setOpen] = useState(false)
  if (scope.level === 'community') {
    return (
      <View className='pick-row pick-row--fixed' data-testid='person-community' data-code={scope.divisionCode}>
        <Text className='pick-row__value'>{scope.divisionName}</Text>
      </View>
    )
  }
  const root = scope.level === 'city' ? { code: null, name: scope.divisionName, level: 'city' as const } : { code: scope.divisionCode, name: scope.divisionName, level: scope.level }
  return (
    <>
      <View className='pick-row' data-testid='person-community' data-code={value?.code ?? ''} onClick={() => setOpen(true)} ariaRole='button' ariaLabel={value ? `所在社区：${value.name}，点击更换` : '选择所在社区'}>
        {value ? <Text className='pick-row__value'>{value.name}</Text> : <Text className='pick-row__placeholder'>请选择社区（村）</Text>}
        <Text className='pick-row__go'>{value ? '更换 ›' : '选择 ›'}</Text>
      </View>
      <BottomSheet open={open} title='选择所在社区' onClose={() => setOpen(false)}>
        <DivisionCascade
          root={root}
          selectedCode={value?.code ?? null}
          onSelect={(item) => {
            onChange({ code: item.code, name: item.name })
            setOpen(false)
          }}
        />
      </BottomSheet>
    </>
  )
}
