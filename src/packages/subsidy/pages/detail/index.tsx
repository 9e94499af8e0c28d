import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { SubsidyApplicationBody } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { SUBSIDY_EDITABLE_STATUSES } from '@/constants/subsidies'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { isApiError } from '@/services/api-error'
import { getSubsidyApplication, submitSubsidyApplication, withdrawSubsidyApplication, type SubsidyApplication } from '@/services/subsidies'
import { session } from '@/services/session'
import { go, goLogin, goLoginAndBack, openPage, PAGES } from '@/utils/routes'
import { ApplicationCard } from '../../components/application-card'
import { ApplicationForm } from '../../components/application-form'
import { BLANK_APPLY_FORM, formFromFacts } from '../../components/application-form-state'
import { DocumentChecklist } from '../../components/document-list'
import { FactsList } from '../../components/facts-list'
import { ProblemBanner, type ProblemInfo } from '../../components/problem'
import { Timeline } from '../../components/timeline'
import { subsidyProblem } from '../../utils/problems'
import '../../components/subsidy.scss'
import './index.scss'

const toMine = { text: '查看我的补贴', onClick: () => go(PAGES.mySubsidies) }
const toChecklist = {
  text: '去上传材料',
  primary: true,
  testId: 'subsidy-to-checklist',
  onClick: () => {
    Taro.pageScrollTo({ selector: '.doc-checklist', offsetTop: -120, duration: 300 }).catch(() => undefined)
  },
}

/** One application: status, amount and clause, documents, 办理进度; while draft or returned, upload, correct and submit. */
export default function SubsidyDetailPage() {
  const params = useRouter().params
  const id = params.id ?? ''
  const { status, me, error, reload } = useSession()

  if (!id) {
    return (
      <View className='page subsidy-detail-page'>
        <EmptyState icon='补' title='没有找到这份申请' description='链接不完整。' action={toMine} />
      </View>
    )
  }
  if (status === 'anonymous') {
    return (
      <View className='page subsidy-detail-page'>
        <EmptyState icon='登' title='请先登录' description='登录后查看补贴申请的进度。' action={{ text: '登录', onClick: goLoginAndBack, className: 'login-button' }} />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page subsidy-detail-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  return <DetailLoader id={id} userId={me.id} canEdit={me.role !== 'staff'} created={params.created === '1'} />
}

function DetailLoader({ id, userId, canEdit, created }: { id: string; userId: string; canEdit: boolean; created: boolean }) {
  const loaded = useAsync(() => getSubsidyApplication(id), [id, userId])
  // The answer of a submit, shown without another round trip (until the next reload).
  const [fresh, setFresh] = useState<SubsidyApplication | null>(null)
  const app = fresh ?? loaded.data
  const refetch = () => {
    setFresh(null)
    loaded.reload()
  }
  useDidShow(() => {
    if (loaded.data) refetch()
  })
  usePullDownRefresh(() => {
    refetch()
    Taro.stopPullDownRefresh()
  })

  if (isApiError(loaded.error) && loaded.error.status === 404) {
    return (
      <View className='page subsidy-detail-page'>
        <EmptyState icon='补' title='没有找到这份申请' description='可能已被删除，或不是您的申请。' action={toMine} secondary={{ text: '去补贴测算', onClick: () => go(PAGES.subsidyPrecheck) }} />
      </View>
    )
  }
  if (!app) {
    if (loaded.loading) return <PageLoading text='正在加载申请…' />
    return (
      <View className='page subsidy-detail-page'>
        <ErrorState error={loaded.error} onRetry={loaded.reload} secondary={toMine} />
      </View>
    )
  }
  return <ApplicationView key={app.id} app={app} canEdit={canEdit} created={created} onChanged={setFresh} onReload={refetch} />
}

interface ViewProps {
  app: SubsidyApplication
  canEdit: boolean
  created: boolean
  onChanged: (app: SubsidyApplication) => void
  onReload: () => void
}

function ApplicationView({ app, canEdit, created, onChanged, onReload }: ViewProps) {
  const [correcting, setCorrecting] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [problem, setProblem] = useState<ProblemInfo | null>(null)
  const editable = canEdit && (SUBSIDY_EDITABLE_STATUSES as readonly string[]).includes(app.status)
  const missing = app.requiredDocuments.filter((r) => !r.done)
  const refusal = app.status === 'rejected' ? [...app.timeline].reverse().find((t) => t.status === 'rejected') : undefined

  /** Throws, so the correction form can put a field's message next to it. */
  const send = async (corrections: SubsidyApplicationBody | null) => {
    const next = await submitSubsidyApplication(app.id, corrections)
    onChanged(next)
    setCorrecting(false)
    setProblem(null)
    Taro.showToast({ title: '已提交，等待社区初审', icon: 'none', duration: 2500 })
    Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
  }

  const submit = async () => {
    if (submitting) return
    if (missing.length) {
      setProblem({ title: '材料还不齐', lines: [`还需要上传：${missing.map((m) => m.label).join('、')}`, '请在上面的材料清单里逐项上传，传好后再提交。'], actions: [toChecklist] })
      return
    }
    setSubmitting(true)
    setProblem(null)
    try {
      await send(null)
    } catch (e) {
      if (isApiError(e) && e.code === 'SUBSIDY_DOCUMENTS_MISSING') {
        onReload()
        setProblem({ title: '材料还不齐', lines: [e.message, '请看上面的材料清单，标着「必交，未上传」的需要再传一次。'], actions: [toChecklist] })
      } else setProblem(subsidyProblem(e, { reload: onReload }))
    } finally {
      setSubmitting(false)
    }
  }

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回这份申请？',
      content: '撤回后这份申请不再办理，一次性补贴的名额会释放，可以重新申请。',
      confirmText: '撤回',
      cancelText: '再想想',
    })
    if (!confirm) return
    setSubmitting(true)
    setProblem(null)
    try {
      onChanged(await withdrawSubsidyApplication(app.id))
      Taro.showToast({ title: '已撤回', icon: 'none', duration: 2000 })
    } catch (e) {
      setProblem(subsidyProblem(e, { title: '没有撤回成功', reload: onReload }))
    } finally {
      setSubmitting(false)
    }
  }

  if (correcting) {
    return (
      <View className='page subsidy-detail-page'>
        <ApplicationForm
          policyId={app.policyId}
          initial={{ ...BLANK_APPLY_FORM, ...formFromFacts(app.facts), note: app.note }}
          askIdNumber={false}
          applicantLine={`修改「${app.policyName}」填写的情况。身份证号和统一社会信用代码不能改；改好后会重新从社区初审开始。`}
          businessFromOrg={false}
          correcting
          submitText={app.status === 'returned' ? '修改后重新提交' : '保存修改并提交'}
          busyText='正在提交…'
          describeProblem={(e) => subsidyProblem(e, { reload: onReload, closeForm: () => setCorrecting(false) })}
          onSubmit={send}
          onCancel={() => setCorrecting(false)}
        />
      </View>
    )
  }

  return (
    <View className='page subsidy-detail-page' data-testid='subsidy-detail' data-status={app.status}>
      {created && app.status === 'draft' && (
        <ProblemBanner testId='subsidy-created' problem={{ kind: 'ok', title: '草稿已保存', lines: ['请按下面的材料清单上传材料，传齐后点「提交申请」。'] }} />
      )}
      {app.status === 'returned' && (
        <ProblemBanner
          testId='subsidy-return-reason'
          problem={{ kind: 'info', title: '申请被退回，请修改后重新提交', lines: [`退回原因：${app.returnReason ?? '请联系社区了解'}`, '补传材料或修改填写的内容后，再点「重新提交」。'] }}
        />
      )}
      {app.status === 'withdrawn' && (
        <ProblemBanner
          testId='subsidy-withdrawn'
          problem={{ kind: 'info', title: '申请已撤回', lines: ['这份申请不再办理，也不占用名额；需要时可以重新测算、重新申请。'], actions: [{ text: '重新测算', onClick: () => go(PAGES.subsidyPrecheck) }] }}
        />
      )}
      {refusal && (
        <ProblemBanner
          testId='subsidy-refusal'
          problem={{
            title: '未批准',
            lines: [`原因：${refusal.reason ?? '请联系社区了解'}`, '这份申请不再占用名额；情况变化后可以重新测算、重新申请。'],
            actions: [{ text: '重新测算', onClick: () => go(PAGES.subsidyPrecheck) }],
          }}
        />
      )}

      <ApplicationCard app={app} />
      {canEdit && session.get().me?.role === 'resident' && (app.status === 'approved' || app.status === 'rejected') && (
        <Text
          className='subsidy-survey-link'
          data-testid='subsidy-survey'
          onClick={() => openPage(PAGES.survey, { subject: 'subsidy', id: app.id, title: `${app.policyName}申请${app.status === 'approved' ? '已批准' : '已办结'}` })}
        >
          评价这次补贴办理 ›
        </Text>
      )}

      {app.eligibilityReasons.length > 0 && (
        <View className='card subsidy-block'>
          <Text className='subsidy-block__title'>符合的条件</Text>
          {app.eligibilityReasons.map((r, i) => (
            <Text key={i} className='subsidy-block__reason'>
              ✓ {r}
            </Text>
          ))}
        </View>
      )}

      <View className='card subsidy-block'>
        <Text className='subsidy-block__title'>材料清单</Text>
        {editable && <Text className='subsidy-block__hint'>每份材料拍照或选 JPG、PNG 图片（小程序里也可以选 PDF），10 MB 以内，只有审核的工作人员能看到。</Text>}
        <DocumentChecklist app={app} editable={editable} onUploaded={onReload} />
      </View>

      {editable && (
        <View className='subsidy-actions'>
          {problem && <ProblemBanner problem={problem} testId='subsidy-submit-problem' />}
          <Button type='primary' size='xlarge' block data-testid='subsidy-submit' loading={submitting} disabled={submitting} onClick={submit}>
            {submitting ? '正在提交…' : app.status === 'returned' ? '重新提交' : '提交申请'}
          </Button>
          <Button size='large' block fill='outline' data-testid='subsidy-correct' disabled={submitting} onClick={() => setCorrecting(true)}>
            {app.status === 'returned' ? '修改后重新提交' : '修改填写的内容'}
          </Button>
          <Button size='large' block fill='none' data-testid='subsidy-withdraw' disabled={submitting} onClick={withdraw}>
            撤回申请
          </Button>
        </View>
      )}

      <View className='card subsidy-block'>
        <Text className='subsidy-block__title'>填写的情况</Text>
        <FactsList facts={app.facts} />
      </View>

      <View className='card subsidy-block'>
        <Text className='subsidy-block__title'>办理进度</Text>
        <Timeline entries={app.timeline} />
      </View>

      {canEdit && (
        <Button size='large' block fill='outline' data-testid='subsidy-to-mine' onClick={() => go(PAGES.mySubsidies)}>
          查看我的全部补贴
        </Button>
      )}
    </View>
  )
}
