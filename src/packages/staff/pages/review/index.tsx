import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffQueue, StaffScope, StaffSignup } from '@contract'
import { Button } from '@/components/nut'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { ListFooter } from '@/components/list-footer'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { SignupTimeline, StatusTag, WorkerFacts } from '@/components/signup-parts'
import { formatMoment } from '@/utils/signup-format'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSession } from '@/hooks/use-session'
import { errorMessage, isApiError } from '@/services/api-error'
import { approveSignup, bulkApproveSignups, listStaffSignups, rejectSignup, resolveDispute } from '@/services/staff-signups'
import { LEVEL_LABEL } from '@/utils/format'
import { go, goLogin, PAGES } from '@/utils/routes'
import { TextSheet } from '../../components/text-sheet'
import './index.scss'

/** The queues, in the order staff work through them; the last three sit behind 「更多」. */
const QUEUE_LABEL: Record<StaffQueue, string> = {
  pending: '待审核',
  disputed: '未结清工资',
  waitlisted: '候补',
  approved: '已通过',
  checked_in: '已签到',
  no_show: '缺勤',
  completed: '已完成',
  rejected: '未通过',
  cancelled: '已取消',
  expired: '已过期',
}
const MAIN_QUEUES: StaffQueue[] = ['pending', 'disputed', 'waitlisted', 'approved', 'checked_in', 'no_show', 'completed']
const MORE_QUEUES: StaffQueue[] = ['rejected', 'cancelled', 'expired']

const EMPTY_TEXT: Record<StaffQueue, { title: string; description: string }> = {
  pending: { title: '没有待审核的报名', description: '居民报名零工后会出现在这里，审核通过后居民才能看到用工单位的联系方式。' },
  disputed: { title: '没有未结清工资的反映', description: '居民反映工资没有结清时，会出现在这里等您处理。' },
  waitlisted: { title: '没有候补的报名', description: '岗位人数满了以后再报名的居民会排在候补里，有人退出时按顺序递补。' },
  approved: { title: '没有审核通过、等待开工的报名', description: '' },
  checked_in: { title: '没有已签到的报名', description: '' },
  no_show: { title: '没有缺勤记录', description: '' },
  completed: { title: '还没有已完成的零工', description: '' },
  rejected: { title: '没有未通过的报名', description: '' },
  cancelled: { title: '没有已取消的报名', description: '' },
  expired: { title: '没有已过期的报名', description: '' },
}

const BULK_MAX = 50
const REJECT_SUGGESTIONS = ['年龄不符合岗位要求', '时间与其他安排冲突', '缺勤次数较多', '资料不完整，请补全后再报名']

/** The sign-up no longer belongs to the queue it is shown in. */
function leavesQueue(s: StaffSignup, queue: StaffQueue): boolean {
  if (queue === 'disputed') return !s.dispute || s.dispute.status !== 'open'
  return s.status !== queue
}

/** The item changed under us (someone else acted, or it expired): the list needs a fresh look. */
function isStale(e: unknown): boolean {
  return isApiError(e) && ['SIGNUP_STATE_CHANGED', 'SIGNUP_NOT_FOUND', 'CONFLICT'].includes(e.code)
}

export default function StaffReviewPage() {
  const { status, me, error, reload } = useSession()
  const scope = me?.role === 'staff' ? (me.staff ?? null) : null
  const queue = useQueue(!!scope)

  if (status === 'anonymous') {
    return (
      <View className='page review-page'>
        <LoginPrompt description='请用社区工作人员账号登录后审核报名。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  if (status === 'error' || !me) {
    return (
      <View className='page review-page'>
        <ErrorState error={error} onRetry={reload} secondary={{ text: '重新登录', onClick: goLogin }} />
      </View>
    )
  }
  if (!scope) {
    return (
      <View className='page review-page'>
        <EmptyState
          icon='员'
          title='仅社区工作人员可以审核报名'
          description='这个页面用于社区、镇街、区市工作人员审核本辖区居民的零工报名。'
          action={{ text: '返回我的', onClick: () => go(PAGES.me) }}
          secondary={{ text: '切换账号', onClick: goLogin }}
        />
      </View>
    )
  }
  return <ReviewBoard scope={scope} q={queue} />
}

type QueueState = ReturnType<typeof useQueue>

/** One queue's items, paged by cursor. A new queue starts empty; answers for a queue the user has left are dropped. */
function useQueue(enabled: boolean) {
  const [queue, setQueue] = useState<StaffQueue>('pending')
  const list = usePagedList<StaffSignup>({
    fetch: (cursor) => listStaffSignups(queue, cursor),
    enabled,
    queryKey: queue,
    clearOnQuery: true,
    page: { pullDown: 'reload' },
  })
  const { setItems } = list
  return {
    ...list,
    queue,
    setQueue,
    /** Put the server's answer in place, or take the item out when it left this queue. */
    update: (s: StaffSignup) =>
      setItems((prev) => (leavesQueue(s, queue) ? prev.filter((x) => x.id !== s.id) : prev.map((x) => (x.id === s.id ? s : x)))),
    remove: (ids: string[]) => setItems((prev) => prev.filter((x) => !ids.includes(x.id))),
  }
}

interface BulkResult {
  approved: number
  failed: { id: string; name: string; message: string }[]
}

type Sheet = { kind: 'reject' | 'resolve'; item: StaffSignup } | null

function ReviewBoard({ scope, q }: { scope: StaffScope; q: QueueState }) {
  const [showMore, setShowMore] = useState(MORE_QUEUES.includes(q.queue))
  const [selected, setSelected] = useState<string[]>([])
  const [acting, setActing] = useState<string | null>(null)
  const [bulkBusy, setBulkBusy] = useState(false)
  const [bulkResult, setBulkResult] = useState<BulkResult | null>(null)
  const [sheet, setSheet] = useState<Sheet>(null)
  const [sheetBusy, setSheetBusy] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)

  const pending = q.queue === 'pending'
  // Only what is on screen can be selected.
  const visibleSelected = selected.filter((id) => q.items.some((s) => s.id === id))

  const switchQueue = (next: StaffQueue) => {
    if (next === q.queue) return
    setSelected([])
    setBulkResult(null)
    q.setQueue(next)
  }

  const toggle = (id: string) => {
    setSelected((prev) => {
      if (prev.includes(id)) return prev.filter((x) => x !== id)
      if (prev.length >= BULK_MAX) {
        Taro.showToast({ title: `一次最多批量通过 ${BULK_MAX} 条`, icon: 'none' })
        return prev
      }
      return [...prev, id]
    })
  }

  const allSelected = q.items.length > 0 && q.items.slice(0, BULK_MAX).every((s) => visibleSelected.includes(s.id))
  const toggleAll = () => setSelected(allSelected ? [] : q.items.slice(0, BULK_MAX).map((s) => s.id))

  /** The server said the item changed: say so, then show the queue as it is now. */
  const staleAndReload = (title: string, e: unknown) => {
    Taro.showModal({ title, content: errorMessage(e), showCancel: false, confirmText: '刷新列表' }).then(() => q.reload())
  }

  const approve = async (item: StaffSignup) => {
    if (acting) return
    setActing(item.id)
    try {
      const updated = await approveSignup(item.id)
      q.update(updated)
      setSelected((prev) => prev.filter((x) => x !== item.id))
      Taro.showToast({ title: `已通过：${item.resident.name}`, icon: 'none' })
    } catch (e) {
      if (isStale(e)) staleAndReload('没有通过成功', e)
      else Taro.showModal({ title: '没有通过成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setActing(null)
    }
  }

  const bulkApprove = async () => {
    const ids = visibleSelected
    if (!ids.length || bulkBusy) return
    setBulkBusy(true)
    setBulkResult(null)
    try {
      const res = await bulkApproveSignups(ids)
      const names = new Map(q.items.map((s) => [s.id, s.resident.name]))
      q.remove(res.approved)
      setSelected([])
      setBulkResult({
        approved: res.approved.length,
        failed: res.failed.map((f) => ({ id: f.id, name: names.get(f.id) ?? '一条报名', message: f.message })),
      })
      Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
    } catch (e) {
      Taro.showModal({ title: '批量通过没有成功', content: errorMessage(e), showCancel: false, confirmText: '知道了' })
    } finally {
      setBulkBusy(false)
    }
  }

  const openSheet = (kind: 'reject' | 'resolve', item: StaffSignup) => {
    setSheetError(null)
    setSheet({ kind, item })
  }

  const submitSheet = async (text: string) => {
    if (!sheet || sheetBusy) return
    const { kind, item } = sheet
    setSheetBusy(true)
    setSheetError(null)
    try {
      const updated = kind === 'reject' ? await rejectSignup(item.id, text) : await resolveDispute(item.id, text)
      q.update(updated)
      setSelected((prev) => prev.filter((x) => x !== item.id))
      setSheet(null)
      Taro.showToast({ title: kind === 'reject' ? `已标记未通过：${item.resident.name}` : '已处理，已通知居民', icon: 'none' })
    } catch (e) {
      if (isStale(e)) {
        setSheet(null)
        staleAndReload(kind === 'reject' ? '没有提交成功' : '没有处理成功', e)
      } else {
        setSheetError(errorMessage(e))
      }
    } finally {
      setSheetBusy(false)
    }
  }

  const queueTab = (key: StaffQueue) => (
    <View
      key={key}
      className={`queue-tab${q.queue === key ? ' queue-tab--on' : ''}`}
      data-testid={`review-tab-${key}`}
      data-selected={q.queue === key ? 'true' : 'false'}
      onClick={() => switchQueue(key)}
      ariaRole='tab'
      ariaLabel={`${QUEUE_LABEL[key]}${q.queue === key ? '，当前' : ''}`}
    >
      <Text>{QUEUE_LABEL[key]}</Text>
    </View>
  )

  const showBulkBar = pending && q.items.length > 0

  return (
    <View className={`page review-page${showBulkBar ? ' review-page--with-bar' : ''}`}>
      <View className='review-scope'>
        <Text className='review-scope__text'>
          辖区：{scope.divisionName}（{LEVEL_LABEL[scope.level]}级）
        </Text>
      </View>

      <View className='queue-tabs' ariaRole='tablist'>
        {MAIN_QUEUES.map(queueTab)}
        {!showMore && (
          <View className='queue-tab queue-tab--more' data-testid='review-tab-more' onClick={() => setShowMore(true)} ariaRole='button'>
            <Text>更多 ▾</Text>
          </View>
        )}
        {showMore && MORE_QUEUES.map(queueTab)}
      </View>

      {bulkResult && <BulkResultCard result={bulkResult} onClose={() => setBulkResult(null)} onRefresh={q.reload} />}

      {q.error ? (
        <ErrorState
          compact
          error={q.error}
          onRetry={q.reload}
          secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }}
        />
      ) : !q.loaded ? (
        <PageLoading inline text={`正在加载「${QUEUE_LABEL[q.queue]}」…`} />
      ) : q.items.length === 0 ? (
        <EmptyState
          compact
          className='review-empty'
          title={EMPTY_TEXT[q.queue].title}
          description={EMPTY_TEXT[q.queue].description || undefined}
          action={{ text: '刷新', onClick: q.reload, className: 'review-refresh' }}
          secondary={q.queue !== 'pending' ? { text: '看待审核', onClick: () => switchQueue('pending') } : undefined}
        />
      ) : (
        <View className='review-list'>
          {pending && (
            <View className='select-all' data-testid='review-select-all' onClick={toggleAll} ariaRole='checkbox'>
              <View className={`check-box${allSelected ? ' check-box--on' : ''}`}>{allSelected && <Text>✓</Text>}</View>
              <Text className='select-all__text'>
                {q.items.length > BULK_MAX ? `全选前 ${BULK_MAX} 条` : '全选'}（共 {q.items.length} 条{q.nextCursor ? '，还有更多' : ''}）
              </Text>
            </View>
          )}

          {q.items.map((item) => (
            <ReviewItem
              key={item.id}
              item={item}
              queue={q.queue}
              selectable={pending}
              selected={visibleSelected.includes(item.id)}
              acting={acting === item.id}
              disabled={!!acting || bulkBusy}
              onToggle={() => toggle(item.id)}
              onApprove={() => approve(item)}
              onReject={() => openSheet('reject', item)}
              onResolve={() => openSheet('resolve', item)}
            />
          ))}

          <ListFooter
            block='review-list'
            list={q}
            end={`共 ${q.items.length} 条，已全部显示`}
            loading={q.loadingMore || q.status === 'loading'}
            testId='review-load-more'
          />
        </View>
      )}

      {showBulkBar && (
        <View className='bulk-bar'>
          <Text className='bulk-bar__count' data-testid='bulk-selected-count'>
            已选 {visibleSelected.length} 条
          </Text>
          <Button
            type='primary'
            size='large'
            className='bulk-bar__button'
            data-testid='bulk-approve'
            disabled={visibleSelected.length === 0}
            loading={bulkBusy}
            onClick={bulkApprove}
          >
            {visibleSelected.length ? `批量通过（${visibleSelected.length}）` : '批量通过'}
          </Button>
        </View>
      )}

      <TextSheet
        open={sheet?.kind === 'reject'}
        title='不通过'
        lead={sheet ? `${sheet.item.resident.name} 报名「${sheet.item.job.title}」` : undefined}
        label='不通过的原因（居民会看到）'
        placeholder='例如：年龄不符合岗位要求'
        suggestions={REJECT_SUGGESTIONS}
        min={2}
        max={200}
        tooShort='请填写未通过的原因（至少 2 个字）'
        submitText='确定不通过'
        submitting={sheetBusy}
        error={sheetError}
        onSubmit={submitSheet}
        onClose={() => setSheet(null)}
        testIds={{ input: 'reject-reason', submit: 'reject-submit', error: 'reject-error' }}
      />
      <TextSheet
        open={sheet?.kind === 'resolve'}
        title='处理未结清工资'
        lead={sheet?.item.dispute ? `居民反映：${sheet.item.dispute.note}` : undefined}
        label='处理结果（会通知居民）'
        placeholder='例如：已联系用工单位，工资于 11 月 30 日前结清'
        min={2}
        max={300}
        tooShort='请填写处理结果（至少 2 个字）'
        submitText='提交处理结果'
        submitting={sheetBusy}
        error={sheetError}
        onSubmit={submitSheet}
        onClose={() => setSheet(null)}
        testIds={{ input: 'resolve-text', submit: 'resolve-submit', error: 'resolve-error' }}
      />
    </View>
  )
}

interface ReviewItemProps {
  item: StaffSignup
  queue: StaffQueue
  selectable: boolean
  selected: boolean
  acting: boolean
  disabled: boolean
  onToggle: () => void
  onApprove: () => void
  onReject: () => void
  onResolve: () => void
}

function ReviewItem({ item, queue, selectable, selected, acting, disabled, onToggle, onApprove, onReject, onResolve }: ReviewItemProps) {
  const { job, resident, dispute } = item
  const canReview = item.status === 'pending'
  const canResolve = !!dispute && dispute.status === 'open'
  return (
    <View
      className={`card review-item${selected ? ' review-item--selected' : ''}`}
      data-testid={`review-item-${item.id}`}
      data-signup-id={item.id}
      data-status={item.status}
    >
      <View className='review-item__head'>
        {selectable && canReview && (
          <View
            className='review-item__select'
            data-testid={`review-select-${item.id}`}
            data-selected={selected ? 'true' : 'false'}
            onClick={onToggle}
            ariaRole='checkbox'
            ariaLabel={`选择 ${resident.name}${selected ? '，已选' : ''}`}
          >
            <View className={`check-box${selected ? ' check-box--on' : ''}`}>{selected && <Text>✓</Text>}</View>
          </View>
        )}
        <View className='review-item__job'>
          <Text className='review-item__title'>{job.title}</Text>
          <Text className='review-item__org'>{job.orgName}</Text>
        </View>
        <StatusTag status={item.status} label={item.statusLabel} />
      </View>
      <Text className='review-item__when'>时间：{job.schedule}</Text>
      <Text className='review-item__address'>{job.address}</Text>

      <View className='review-item__worker'>
        <WorkerFacts worker={resident} jobCommunityCode={job.communityCode} />
      </View>

      <View className='review-item__meta'>
        <Text>报名时间：{formatMoment(item.createdAt)}</Text>
        {item.waitlistPosition !== null && <Text className='review-item__waitlist'>候补第 {item.waitlistPosition} 位</Text>}
      </View>

      {dispute && (
        <View className={`dispute-box${dispute.status === 'open' ? ' dispute-box--open' : ''}`} data-testid={`dispute-${item.id}`}>
          <Text className='dispute-box__title'>
            {dispute.status === 'open' ? '居民反映：工资未结清' : '工资问题已处理'}
          </Text>
          <Text className='dispute-box__note'>{dispute.note}</Text>
          <Text className='dispute-box__at'>反映时间：{formatMoment(dispute.raisedAt)}</Text>
          {dispute.resolution && (
            <Text className='dispute-box__resolution'>
              处理结果：{dispute.resolution}
              {dispute.resolvedAt ? `（${formatMoment(dispute.resolvedAt)}）` : ''}
            </Text>
          )}
        </View>
      )}

      <SignupTimeline history={item.history} />

      {canReview && (
        <View className='review-item__actions'>
          <Button
            type='primary'
            size='large'
            className='review-item__action approve-button'
            data-testid={`approve-${item.id}`}
            loading={acting}
            disabled={disabled && !acting}
            onClick={onApprove}
          >
            通过
          </Button>
          <Button
            size='large'
            fill='outline'
            className='review-item__action review-item__action--reject reject-button'
            data-testid={`reject-${item.id}`}
            disabled={disabled}
            onClick={onReject}
          >
            不通过
          </Button>
        </View>
      )}
      {canResolve && (queue === 'disputed' || !canReview) && (
        <View className='review-item__actions'>
          <Button
            type='primary'
            size='large'
            block
            className='resolve-button'
            data-testid={`resolve-${item.id}`}
            disabled={disabled}
            onClick={onResolve}
          >
            处理
          </Button>
        </View>
      )}
    </View>
  )
}

function BulkResultCard({ result, onClose, onRefresh }: { result: BulkResult; onClose: () => void; onRefresh: () => void }) {
  const allOk = result.failed.length === 0
  return (
    <View className={`card bulk-result${allOk ? ' bulk-result--ok' : ' bulk-result--partial'}`} data-testid='bulk-result' ariaRole='alert'>
      <Text className='bulk-result__title' data-testid='bulk-result-approved'>
        已通过 {result.approved} 条{allOk ? '' : `，${result.failed.length} 条没有通过`}
      </Text>
      {result.failed.map((f) => (
        <View key={f.id} className='bulk-result__failure' data-testid={`bulk-failure-${f.id}`}>
          <Text className='bulk-result__name'>{f.name}</Text>
          <Text className='bulk-result__message'>{f.message}</Text>
        </View>
      ))}
      <View className='bulk-result__actions'>
        {!allOk && (
          <Button size='normal' fill='outline' onClick={onRefresh}>
            刷新列表
          </Button>
        )}
        <Button size='normal' fill='none' data-testid='bulk-result-close' onClick={onClose}>
          知道了
        </Button>
      </View>
    </View>
  )
}
