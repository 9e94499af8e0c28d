import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { RoleBadge } from '@/components/role-badge'
import { useSession } from '@/hooks/use-session'
import { errorMessage } from '@/services/api-error'
import { deleteAccount } from '@/services/profile'
import { unreadNotificationCount } from '@/services/signups'
import { pendingSurveys, type PendingSurvey } from '@/services/surveys'
import { logout, session } from '@/services/session'
import { go, goLogin, openPage, PAGES, type PagePath } from '@/utils/routes'
import './index.scss'

interface Row {
  key: string
  title: string
  value?: string
  to: PagePath
  className?: string
  /** Unread count shown as a red badge (我的消息). */
  badge?: number
  testId?: string
}

export default function MePage() {
  const { status, me, error, reload } = useSession()
  const [unread, setUnread] = useState(0)
  const [surveys, setSurveys] = useState<PendingSurvey[]>([])

  // The badge on 我的消息, refreshed whenever the tab is shown. A failure just leaves the last count.
  useDidShow(() => {
    if (session.get().me?.role === 'staff') return
    unreadNotificationCount()
      .then(setUnread)
      .catch(() => undefined)
    // 待评价: residents only; a failure just hides the card.
    if (session.get().me?.role !== 'employer') pendingSurveys().then(setSurveys).catch(() => setSurveys([]))
  })

  if (status === 'anonymous') {
    return (
      <View className='page me-page'>
        <LoginPrompt description='登录后可以设置您的社区，查看就业服务站。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page me-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }

  const rows: Row[] = []
  if (me.role === 'resident') {
    rows.push(
      { key: 'signups', title: '我的报名', value: '审核进度、签到码', to: PAGES.mySignups, className: 'my-signups-row', testId: 'me-signups' },
      { key: 'trainings', title: '我的培训', value: '预约、学时、证书', to: PAGES.myTrainings, className: 'my-trainings-row', testId: 'me-trainings' },
      { key: 'subsidies', title: '我的补贴', value: '申请进度、创业贷款', to: PAGES.mySubsidies, className: 'my-subsidies-row', testId: 'me-subsidies' },
      { key: 'subsidy-precheck', title: '补贴测算', value: '看看能领哪些补贴', to: PAGES.subsidyPrecheck, className: 'subsidy-precheck-row', testId: 'me-subsidy-precheck' },
      { key: 'inbox', title: '我的消息', to: PAGES.inbox, className: 'my-inbox-row', badge: unread, testId: 'me-inbox' },
    )
  }
  rows.push(
    { key: 'profile', title: '我的资料', value: '技能、想找的工作', to: PAGES.profile, className: 'profile-row' },
    {
      key: 'community',
      title: '我的社区',
      value: me.homeCommunity ? me.homeCommunity.name : '还没有选择',
      to: me.homeCommunity ? PAGES.myCommunity : PAGES.picker,
      className: 'my-community-row',
    },
    { key: 'change', title: '更换社区', to: PAGES.picker, className: 'change-community-row' },
  )
  if (me.role === 'staff') {
    rows.push({ key: 'review', title: '报名审核', to: PAGES.staffReview, className: 'staff-review-row', testId: 'me-staff-review' })
    rows.push({ key: 'assisted', title: '就业援助台账', value: '登记、导入、导出', to: PAGES.staffAssisted, testId: 'me-staff-assisted' })
    rows.push({ key: 'worklist', title: '12333 待办', value: '谁还差哪类服务', to: PAGES.staffWorklist, testId: 'me-staff-worklist' })
    rows.push({ key: 'orgs', title: '单位认证', value: '核验用工单位', to: PAGES.staffOrgs, className: 'staff-orgs-row', testId: 'me-staff-orgs' })
    rows.push({ key: 'dashboard', title: '数据看板', value: '四级统计、目标进度', to: PAGES.staffDashboard, className: 'staff-dashboard-row', testId: 'me-staff-dashboard' })
    rows.push({ key: 'demand', title: '用工数据库', value: '用工数量、缺工情况', to: PAGES.staffDemand, className: 'staff-demand-row', testId: 'me-staff-demand' })
    rows.push({ key: 'reports', title: '举报与维权', to: PAGES.staffReports, className: 'staff-reports-row', testId: 'me-staff-reports' })
    rows.push({ key: 'events', title: '招聘活动', value: '供需见面会', to: PAGES.staffEvents, className: 'staff-events-row', testId: 'me-staff-events' })
    rows.push({ key: 'trainings', title: '培训管理', value: '发布、名单、出勤', to: PAGES.staffTrainings, className: 'staff-trainings-row', testId: 'me-staff-trainings' })
    rows.push({ key: 'training-needs', title: '培训需求', value: '居民四清汇总', to: PAGES.staffTrainingNeeds, className: 'staff-training-needs-row', testId: 'me-staff-training-needs' })
    rows.push({ key: 'subsidies', title: '补贴审核', value: '初审、复核、审批', to: PAGES.staffSubsidies, className: 'staff-subsidies-row', testId: 'me-staff-subsidies' })
    rows.push({ key: 'loans', title: '贷款转介', value: '创业提振贷', to: PAGES.staffLoans, className: 'staff-loans-row', testId: 'me-staff-loans' })
    rows.push({ key: 'station', title: '「六有」服务站', value: '自查与照片佐证', to: PAGES.staffStation, testId: 'me-staff-station' })
    rows.push({ key: 'surveys', title: '居民满意度', to: PAGES.staffSurveys, testId: 'me-staff-surveys' })
    rows.push({ key: 'brand', title: '品牌社区', value: '评分与评选', to: PAGES.staffBrand, testId: 'me-staff-brand' })
    rows.push({ key: 'residents', title: '辖区居民', to: PAGES.staffResidents, className: 'staff-residents-row' })
  }
  if (me.role === 'employer') {
    rows.push({ key: 'employer-post', title: '发布岗位', value: '一分钟发布', to: PAGES.employerPost, className: 'employer-post-row', testId: 'me-employer-post' })
    rows.push({ key: 'employer-jobs', title: '我的岗位与报名', to: PAGES.employerJobs, className: 'employer-jobs-row', testId: 'me-employer-jobs' })
    rows.push({ key: 'employer-trainings', title: '承办的培训', value: '培训机构看名单、记出勤', to: PAGES.staffTrainings, className: 'employer-trainings-row', testId: 'me-employer-trainings' })
    rows.push({ key: 'subsidies', title: '补贴申请', value: '吸纳就业补贴、创业补贴', to: PAGES.mySubsidies, className: 'employer-subsidies-row', testId: 'me-employer-subsidies' })
    rows.push({ key: 'loan', title: '创业提振贷', value: '转介合作银行', to: PAGES.loanReferral, className: 'employer-loan-row', testId: 'me-employer-loan' })
    rows.push({ key: 'employer', title: '我的单位', value: me.employer?.orgName ?? '去登记', to: PAGES.employerOrg, className: 'employer-home-row', testId: 'me-employer-org' })
    rows.push({ key: 'inbox', title: '我的消息', value: '认证结果等', to: PAGES.inbox, className: 'my-inbox-row', badge: unread, testId: 'me-inbox' })
  }
  if (me.role === 'resident') rows.push({ key: 'become-employer', title: '我要招人', value: '登记用工单位', to: PAGES.employerOrg, className: 'become-employer-row', testId: 'me-become-employer' })
  rows.push({ key: 'export', title: '导出我的数据', to: PAGES.dataExport, className: 'export-row' })

  const confirmLogout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出登录吗？', confirmText: '退出', cancelText: '取消' })
    if (!confirm) return
    logout()
    Taro.showToast({ title: '已退出登录', icon: 'none' })
    go(PAGES.home)
  }

  // Asked twice: it deletes the account and everything kept with it, and cannot be undone.
  const confirmDelete = async () => {
    const first = await Taro.showModal({
      title: '注销账号',
      content: '注销后，您的账号、资料、困难类别申报和同意记录都会被删除，无法恢复。确定要注销吗？',
      confirmText: '继续',
      cancelText: '不注销',
    })
    if (!first.confirm) return
    const second = await Taro.showModal({
      title: '再次确认',
      content: '真的要注销账号吗？注销后需要重新登录、重新填写资料。',
      confirmText: '确定注销',
      confirmColor: '#b3261e',
      cancelText: '不注销',
    })
    if (!second.confirm) return
    Taro.showLoading({ title: '正在注销', mask: true })
    try {
      await deleteAccount()
      Taro.hideLoading()
      Taro.showToast({ title: '账号已注销', icon: 'none', duration: 2000 })
      go(PAGES.home)
    } catch (e) {
      Taro.hideLoading()
      Taro.showModal({ title: '注销没有成功', content: `${errorMessage(e)}\n您的账号没有变化。`, showCancel: false, confirmText: '知道了' })
    }
  }

  return (
    <View className='page me-page'>
      <View className='card me-profile'>
        <Text className='me-profile__name'>{me.name}</Text>
        <RoleBadge me={me} />
        <Text className='me-profile__phone'>手机号：{me.phoneMasked ?? '未绑定'}</Text>
      </View>

      {me.role === 'resident' && surveys.length > 0 && (
        <View className='card me-survey'>
          <Text className='me-survey__title'>{`待评价 ${surveys.length} 项`}</Text>
          {surveys.slice(0, 3).map((item) => (
            <Text
              key={`${item.subject}-${item.subjectId}`}
              className='me-survey__text'
              data-testid='me-survey'
              onClick={() => openPage(PAGES.survey, { subject: item.subject, id: item.subjectId, title: item.title })}
            >
              {`${item.title}，您满意吗？去评价 ›`}
            </Text>
          ))}
        </View>
      )}

      <View className='me-list'>
        {rows.map((r) => (
          <View
            key={r.key}
            className={`me-row ${r.className ?? ''}`}
            data-testid={r.testId}
            onClick={() => go(r.to)}
            ariaRole='button'
            ariaLabel={r.badge ? `${r.title}，${r.badge} 条未读` : r.title}
          >
            <Text className='me-row__title'>{r.title}</Text>
            <View className='me-row__side'>
              {r.value && <Text className='me-row__value'>{r.value}</Text>}
              {!!r.badge && r.badge > 0 && (
                <Text className='me-row__badge' data-testid='me-inbox-badge'>
                  {r.badge > 99 ? '99+' : String(r.badge)}
                </Text>
              )}
              <Text className='me-row__arrow'>›</Text>
            </View>
          </View>
        ))}
      </View>

      <View className='button-row'>
        <Button size='large' block fill='outline' className='logout-button' onClick={confirmLogout}>
          退出登录
        </Button>
      </View>

      <View className='me-danger'>
        <Button size='large' block fill='none' className='delete-account' onClick={confirmDelete}>
          注销账号
        </Button>
        <Text className='me-danger__hint'>注销会删除您的账号和全部资料</Text>
      </View>
    </View>
  )
}
