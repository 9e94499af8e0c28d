import { Text, View } from '@tarojs/components'
import type { Me } from '@contract'
import { CommunityField, type CommunityChoice } from '../../../employer/components/community-field'

type Scope = NonNullable<Me['staff']>

/**
 * 所在社区 within the staff member's own area: fixed for 社区 staff, a 镇街 → 社区 cascade from their division for the
 * levels above (the server refuses anything outside it with 403).
 */
export function CommunityChoiceField({ scope, value, onChange }: { scope: Scope; value: CommunityChoice | null; onChange: (c: CommunityChoice) => void }) {
  if (scope.level === 'community') {
    return (
      <View className='pick-row pick-row--fixed' data-testid='person-community' data-code={scope.divisionCode}>
        <Text className='pick-row__value'>{scope.divisionName}</Text>
      </View>
    )
  }
  const root = scope.level === 'city' ? { code: null, name: scope.divisionName, level: 'city' as const } : { code: scope.divisionCode, name: scope.divisionName, level: scope.level }
  return <CommunityField testId='person-community' root={root} value={value} onChange={onChange} />
}
