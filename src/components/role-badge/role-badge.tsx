import type { Me } from '@contract'
import { Text, View } from '@tarojs/components'
import { LEVEL_LABEL, ROLE_LABEL } from '@/utils/format'
import './role-badge.scss'

/** 「居民」, 「用工单位 · 单位名」 or 「社区工作人员 · 镇街级 · 鲸园街道」. */
export function RoleBadge({ me }: { me: Pick<Me, 'role' | 'staff' | 'employer'> }) {
  return (
    <View className={`role-badge role-badge--${me.role}`}>
      <Text className='role-badge__role'>{ROLE_LABEL[me.role]}</Text>
      {me.role === 'staff' && me.staff && (
        <Text className='role-badge__scope'>
          {LEVEL_LABEL[me.staff.level]}级 · {me.staff.divisionName}
        </Text>
      )}
      {me.role === 'employer' && me.employer && <Text className='role-badge__scope'>{me.employer.orgName}</Text>}
    </View>
  )
}
