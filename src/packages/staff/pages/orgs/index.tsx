import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { OrgStatus, StaffOrg, StaffScope } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { ORG_STATUS_LABEL, ORG_STATUSES } from '@/constants/employer'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { listStaffOrgs, rejectOrg, verifyOrg } from '@/services/orgs'
import { LEVEL_LABEL } from '@/utils/format'
import { go, goLogin, PAGES } from '@/utils/routes'
import { TextSheet } from '../../components/text-sheet'
import { OrgCard } from './org-card'
import './index.scss'

const EMPTY_TEXT: Record<OrgStatus, string> = {
  pending: '没有待认证的单位。单位登记后会出现在这里，请核对营业执照和信用代码。',
  verified: '辖区内还没有已认证的单位。',
  rejected: '没有未通过的单位。',
  revoked: '没有被撤销认证的单位。',
}

const REJECT_SUGGESTIONS = ['信用代码与营业执照不一致', '营业执照照片看不清，请重新上传', '单位名称与营业执照不一致', '地址不在本社区，请选择正确的社区']

/** The organisation changed under us (someone else reviewed it): reload rather than guess. */
function isStale(e: unknown): boolean {
  return isApiError(e) && ['ORG_ALREADY_REVIEWED', 'ORG_NOT_FOUND', 'CONFLICT'].includes(e.code)
}

export default function StaffOrgsPage() {
  const { status, me, error, reload } = useSession()
  const scope = me?.role === 'staff' ? (me.staff ?? null) : null
  if (status === 'anonymous') {
    return (
      <View className='page staff-orgs-page'>
        <LoginPrompt description='请用社区工作人员账号登录后核验用工单位。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page staff-orgs-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!scope) {
    return (
      <View className='page staff-orgs-page'>
        <EmptyState
          icon='员'
          title='仅社区工作人员可以认证单位'
          description='这个页面用于社区、镇街、区市工作人员核验辖区内登记的用工单位。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <OrgsBoard scope={scope} />
}

function OrgsBoard({ scope }: { scope: StaffScope }) {
  const [tab, setTab] = useState<OrgStatus>('pending')
  const [acting, setActing] = useState<string | null>(null)
  const [rejecting, setRejecting] = useState<StaffOrg | null>(null)
  const [sheetBusy, setSheetBusy] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)
  const list = usePagedList<StaffOrg>({
    fetch: (cursor) => listStaffOrgs(tab, cursor),
    queryKey: tab,
    clearOnQuery: true,
    page: { pullDown: 'reload' },
  })

  /** Put the server's answer in place, or take the card out when it left this tab. */
  const update = (org: StaffOrg) =>
    list.setItems((prev) => (org.status !== tab ? prev.filter((x) => x.id !== org.id) : prev.map((x) => (x.id === org.id ? org : x))))

  const staleAndReload = (title: string, e: unknown) => {
    Taro.showModal({ title, content: errorMessage(e), showCancel: false, confirmText: '刷新列表' }).then(() => list.reload())
  }

  const verify = async (org: StaffOrg) => {
    if (acting) return
    const { confirm } = await Taro.showModal({
      title: '认证通过',
      content: `确认已核对「${org.name}」的营业执照和信用代码？通过后该单位可以发布岗位，岗位带「已认证」标志。`,
      confirmText: '认证通过',
      cancelText: '再看看',
    })
    if (!confirm) return
    setActing(org.id)
    try {
      update(await verifyOrg(org.id))
      Taro.showToast({ title: `已认证：${org.name}`, icon: 'none' })
    } catch (e) {
      if (isStale(e)) staleAndReload('没有认证成功', e)
      else Taro.showModal({ title: '没有认证成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setActing(null)
    }
  }

  const submitReject = async (reason: string) => {
    if (!rejecting || sheetBusy) return
    const org = rejecting
    setSheetBusy(true)
    setSheetError(null)
    try {
      update(await rejectOrg(org.id, reason))
      setRejecting(null)
      Taro.showToast({ title: `已标记未通过：${org.name}`, icon: 'none' })
    } catch (e) {
      if (isStale(e)) {
        setRejecting(null)
        staleAndReload('没有提交成功', e)
      } else setSheetError(errorMessage(e))
    } finally {
      setSheetBusy(false)
    }
  }

  return (
    <View className='page staff-orgs-page'>
      <Text className='staff-orgs-scope'>
        辖区：{scope.divisionName}（{LEVEL_LABEL[scope.level]}级）
      </Text>
      <View className='org-tabs' ariaRole='tablist'>
        {ORG_STATUSES.map((s) => (
          <View
            key={s}
            className={`org-tab${tab === s ? ' org-tab--on' : ''}`}
            data-testid={`staff-orgs-tab-${s}`}
            data-selected={tab === s ? 'true' : 'false'}
            onClick={() => setTab(s)}
            ariaRole='tab'
            ariaLabel={`${ORG_STATUS_LABEL[s]}${tab === s ? '，当前' : ''}`}
          >
            <Text>{ORG_STATUS_LABEL[s]}</Text>
          </View>
        ))}
      </View>

      {list.error ? (
        <ErrorState compact error={list.error} onRetry={list.reload} secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }} />
      ) : !list.loaded ? (
        <PageLoading inline text={`正在加载「${ORG_STATUS_LABEL[tab]}」…`} />
      ) : list.items.length === 0 ? (
        <EmptyState
          compact
          className='staff-orgs-empty'
          title={`没有「${ORG_STATUS_LABEL[tab]}」的单位`}
          description={EMPTY_TEXT[tab]}
          action={{ text: '刷新', onClick: list.reload }}
          secondary={tab !== 'pending' ? { text: '看待认证', onClick: () => setTab('pending') } : undefined}
        />
      ) : (
        <View className='staff-orgs-list'>
          {list.items.map((org) => (
            <OrgCard
              key={org.id}
              org={org}
              acting={acting === org.id}
              disabled={!!acting}
              onVerify={() => verify(org)}
              onReject={() => {
                setSheetError(null)
                setRejecting(org)
              }}
            />
          ))}
          <ListFooter block='staff-orgs-list' list={list} end={`共 ${list.items.length} 个单位，已全部显示`} testId='staff-orgs-load-more' />
        </View>
      )}

      <TextSheet
        open={!!rejecting}
        title='不通过'
        lead={rejecting ? `「${rejecting.name}」的认证申请` : undefined}
        label='不通过的原因（单位会看到，可据此修改后重新提交）'
        placeholder='例如：信用代码与营业执照不一致'
        suggestions={REJECT_SUGGESTIONS}
        min={2}
        max={200}
        tooShort='请填写未通过的原因，单位会看到它'
        submitText='确定不通过'
        submitting={sheetBusy}
        error={sheetError}
        onSubmit={submitReject}
        onClose={() => setRejecting(null)}
        testIds={{ input: 'staff-org-reject-reason', submit: 'staff-org-reject-submit', error: 'staff-org-reject-error' }}
      />
    </View>
  )
}
