import { Text, View } from '@tarojs/components'
import type { Me } from '@contract'
import { useAsync } from '@/hooks/use-async'
import { listDivisions } from '@/services/divisions'
import { ChipRow, ChoiceChip } from '../../../employer/components/form-parts'
import './district-chips.scss'

/** City staff read whole lists (待办, export) one district at a time; everyone else reads their own division. */
export const picksDistrict = (me: Me) => me.staff?.level === 'city'

/**
 * The districts as chips for city staff, with a line saying why one must be chosen. Nothing for other staff.
 * `value` is the chosen district code, or null while none is chosen.
 */
export function DistrictChips({ me, value, onChange, why }: { me: Me; value: string | null; onChange: (code: string) => void; why: string }) {
  const districts = useAsync(() => (picksDistrict(me) ? listDivisions(null) : Promise.resolve(null)), [me.id])
  if (!picksDistrict(me)) return null
  return (
    <View className='district-chips'>
      <Text className='district-chips__why'>{why}</Text>
      <ChipRow className='district-chips__row'>
        {(districts.data?.items ?? []).map((d) => (
          <ChoiceChip key={d.code} text={d.name} single selected={value === d.code} onClick={() => onChange(d.code)} testId={`district-chip-${d.code}`} />
        ))}
      </ChipRow>
      {districts.error ? (
        <Text className='district-chips__retry' onClick={districts.reload}>
          区市列表没有读到，点这里重试
        </Text>
      ) : null}
    </View>
  )
}
