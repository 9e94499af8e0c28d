import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { BottomSheet } from '@/components/bottom-sheet'
import { DivisionCascade, type CascadeRoot } from '@/components/division-cascade'

export interface CommunityChoice {
  code: string
  name: string
}

const WHOLE_CITY: CascadeRoot = { code: null, name: '威海市', level: 'city' }

/**
 * 所在社区: shows the chosen community; tapping opens the cascade below `root` (区市 → 镇街 → 社区 for the whole city,
 * the default) in a sheet.
 */
export function CommunityField(props: { value: CommunityChoice | null; onChange: (c: CommunityChoice) => void; testId: string; root?: CascadeRoot }) {
  const { value, onChange, testId, root = WHOLE_CITY } = props
  const [open, setOpen] = useState(false)
  return (
    <>
      <View
        className='pick-row'
        data-testid={testId}
        data-code={value?.code ?? ''}
        onClick={() => setOpen(true)}
        ariaRole='button'
        ariaLabel={value ? `所在社区：${value.name}，点击更换` : '选择所在社区'}
      >
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
