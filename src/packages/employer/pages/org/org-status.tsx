import { Text, View } from '@tarojs/components'
import type { Org } from '@contract'
import { Button } from '@/components/nut'
import { formatDate } from '@/utils/format'

/** What each status means for the employer, and what they can do about it. */
const STATUS_TEXT: Record<Org['status'], { headline: string; text: string }> = {
  pending: {
    headline: '待认证 — 社区工作人员核验中',
    text: '一般 1–3 个工作日。认证前可以先把岗位存为草稿，通过后一键发布。',
  },
  verified: {
    headline: '已认证',
    text: '居民看到的岗位会带「已认证」标志。可以发布岗位了。',
  },
  rejected: {
    headline: '未通过',
    text: '请按下面的原因修改后重新提交，社区工作人员会再次核验。',
  },
  revoked: {
    headline: '已撤销认证',
    text: '经社区核查，本单位有岗位被举报且情况属实，认证已撤销，岗位暂停展示、不能发布新岗位。请按规定整改后修改信息重新提交认证；如有异议请联系所在社区。',
  },
}

export interface OrgStatusViewProps {
  org: Org
  onEdit: () => void
  onPost: () => void
  onJobs: () => void
}

export function OrgStatusView({ org, onEdit, onPost, onJobs }: OrgStatusViewProps) {
  const s = STATUS_TEXT[org.status]
  const mustResubmit = org.status === 'rejected' || org.status === 'revoked'
  return (
    <View className='org-view'>
      <View className={`card org-status org-status--${org.status}`} data-testid='org-status' data-status={org.status} ariaRole='status'>
        <View className='org-status__head'>
          {org.verifiedBadge && <Text className='org-badge'>✓ 已认证</Text>}
          <Text className='org-status__headline'>{s.headline}</Text>
        </View>
        <Text className='org-status__text'>{s.text}</Text>
        {org.status === 'rejected' && org.rejectReason && (
          <View className='org-status__reason' data-testid='org-reject-reason'>
            <Text className='org-status__reason-label'>社区的意见：</Text>
            <Text className='org-status__reason-text'>{org.rejectReason}</Text>
          </View>
        )}
        {mustResubmit && (
          <View className='button-row'>
            <Button type='primary' size='large' block data-testid='org-resubmit' onClick={onEdit}>
              修改后重新提交
            </Button>
          </View>
        )}
      </View>

      <View className='card org-details'>
        <Text className='org-details__name'>{org.name}</Text>
        <Detail label='类型' value={org.type} />
        <Detail label='信用代码' value={org.creditCode} />
        <Detail label='所在社区' value={`${org.community.name}（${org.community.streetName} · ${org.community.districtName}）`} />
        <Detail label='地址' value={org.address} />
        <Detail label='联系人' value={`${org.contactName} ${org.contactPhoneMasked}`} />
        <Detail label='用工数量' value={`${org.headcount} 人`} />
        {org.conditions && <Detail label='用工条件' value={org.conditions} />}
        <Detail label='营业执照' value={org.licenceUploaded ? '已上传' : '未上传'} />
        <Detail label='提交时间' value={formatDate(org.submittedAt)} />
        {!mustResubmit && (
          <View className='text-link org-edit' data-testid='org-edit' onClick={onEdit} ariaRole='button'>
            <Text>修改单位信息（改名称、信用代码或社区需重新认证）</Text>
          </View>
        )}
      </View>

      <View className='org-actions'>
        <Button type='primary' size='xlarge' block data-testid='org-post' onClick={onPost}>
          {org.verifiedBadge ? '发布岗位' : '发布岗位（认证前可存草稿）'}
        </Button>
        <View className='button-row'>
          <Button size='large' block fill='outline' data-testid='org-jobs' onClick={onJobs}>
            我的岗位
          </Button>
        </View>
      </View>
    </View>
  )
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <View className='org-detail'>
      <Text className='org-detail__label'>{label}</Text>
      <Text className='org-detail__value'>{value}</Text>
    </View>
  )
}
