import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { BottomSheet } from '@/components/bottom-sheet'
import { DivisionCascade } from '@/components/division-cascade'

export interface CommunityChoice {
  code: string
  name: string
}

const WHOLE_CITY = { code: null, name: '威海市', level: 'city' } as const

/** 所在社区: shows the chosen community; tapping opens 区市 → 镇街 → 社区 in a sheet. */
export function CommunityField(props: { value: CommunityChoice | null; onChange: (c: CommunityChoice) => void; testId: string }) {
  const { value, onChange, testId } = props
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
          root={WHOLE_CITY}
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
