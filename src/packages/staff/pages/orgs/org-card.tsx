import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffOrg } from '@contract'
import { Button } from '@/components/nut'
import { formatDate } from '@/utils/format'

/** The 营业执照 link is a 15-minute signed URL: a new tab on H5, the image viewer in the mini-program. */
function openLicence(url: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  if (/\.pdf(\?|$)/i.test(url)) {
    Taro.showModal({ title: '营业执照是 PDF', content: '小程序里不能直接打开 PDF，请在电脑上的管理后台查看。', showCancel: false, confirmText: '知道了' })
    return
  }
  Taro.previewImage({ urls: [url], current: url }).catch(() =>
    Taro.showToast({ title: '照片没有打开，链接可能已过期，请下拉刷新后再看', icon: 'none', duration: 2500 }),
  )
}

export interface OrgCardProps {
  org: StaffOrg
  acting: boolean
  disabled: boolean
  onVerify: () => void
  onReject: () => void
}

export function OrgCard({ org, acting, disabled, onVerify, onReject }: OrgCardProps) {
  const canReview = org.status === 'pending'
  return (
    <View className={`card staff-org staff-org--${org.status}`} data-testid='staff-org-card' data-org-id={org.id} data-status={org.status}>
      <View className='staff-org__head'>
        <Text className='staff-org__name'>{org.name}</Text>
        <Text className={`staff-org__status staff-org__status--${org.status}`}>{org.statusLabel}</Text>
      </View>
      <Fact label='类型' value={org.type} />
      <Fact label='信用代码' value={org.creditCode} mono />
      <Fact label='所在社区' value={`${org.community.name}（${org.community.streetName}）`} />
      <Fact label='地址' value={org.address} />
      <Fact label='联系人' value={`${org.contactName} ${org.contactPhoneMasked}`} />
      <Fact label='用工数量' value={`${org.headcount} 人`} />
      {org.conditions && <Fact label='用工条件' value={org.conditions} />}
      <Fact label='已发岗位' value={`${org.jobCount} 个`} />
      {org.confirmedReports > 0 && <Fact label='举报属实' value={`${org.confirmedReports} 次`} warn />}
      <Fact label='提交时间' value={formatDate(org.submittedAt)} />
      {org.rejectReason && org.status === 'rejected' && <Fact label='未通过原因' value={org.rejectReason} warn />}

      <View className='staff-org__licence'>
        {org.licenceUrl ? (
          <View className='staff-org__licence-link' data-testid='staff-org-licence' onClick={() => openLicence(org.licenceUrl!)} ariaRole='link'>
            <Text>查看营业执照 ›</Text>
          </View>
        ) : (
          <Text className='staff-org__licence-none'>{org.licenceUploaded ? '营业执照链接已过期，请下拉刷新' : '未上传营业执照，请核对信用代码或上门核实'}</Text>
        )}
      </View>

      {canReview && (
        <View className='staff-org__actions'>
          <Button
            type='primary'
            size='large'
            className='staff-org__action'
            data-testid='staff-org-verify'
            loading={acting}
            disabled={disabled && !acting}
            onClick={onVerify}
          >
            认证通过
          </Button>
          <Button
            size='large'
            fill='outline'
            className='staff-org__action staff-org__action--reject'
            data-testid='staff-org-reject'
            disabled={disabled}
            onClick={onReject}
          >
            不通过
          </Button>
        </View>
      )}
    </View>
  )
}

function Fact({ label, value, mono, warn }: { label: string; value: string; mono?: boolean; warn?: boolean }) {
  return (
    <View className='staff-org__fact'>
      <Text className='staff-org__label'>{label}</Text>
      <Text className={`staff-org__value${mono ? ' staff-org__value--mono' : ''}${warn ? ' staff-org__value--warn' : ''}`}>{value}</Text>
    </View>
  )
}
