import { errorMessage, isApiError } from '@/services/api-error'
import { go, goLogin, openPage, PAGES } from '@/utils/routes'
import type { ProblemInfo } from '../components/problem'
import { detailApplicationId, detailReasons } from './error-details'

/**
 * A refused save or submit in words, with the way forward: the application that already holds the place, the
 * conditions not met, the registration or login that is missing. Nothing ends without a button.
 */
export function subsidyProblem(e: unknown, opts: { title?: string; reload?: () => void } = {}): ProblemInfo {
  const title = opts.title ?? '没有提交成功'
  const message = errorMessage(e)
  if (!isApiError(e)) return { title, lines: [message] }
  const mine = { text: '查看我的补贴', onClick: () => go(PAGES.mySubsidies), testId: 'subsidy-problem-mine' }
  switch (e.code) {
    case 'SUBSIDY_ALREADY_APPLIED': {
      const id = detailApplicationId(e)
      return {
        title: '这项补贴已经申请过了',
        lines: [message, '一次性补贴每人（每个单位、每名被招用人员）只能申请一次；被驳回的申请不占名额。'],
        actions: id
          ? [{ text: '查看已有申请', primary: true, testId: 'subsidy-problem-existing', onClick: () => openPage(PAGES.subsidyDetail, { id }) }, mine]
          : [{ ...mine, primary: true }],
      }
    }
    case 'SUBSIDY_NOT_ELIGIBLE': {
      const reasons = detailReasons(e)
      return {
        title: '按您填写的情况，暂不符合条件',
        lines: reasons.length ? reasons : [message],
        actions: [{ text: '重新测算', testId: 'subsidy-problem-precheck', onClick: () => go(PAGES.subsidyPrecheck) }],
      }
    }
    case 'SUBSIDY_EMPLOYER_ONLY':
    case 'ORG_REQUIRED':
      return { title, lines: [message], actions: [{ text: '登记用工单位', primary: true, onClick: () => go(PAGES.employerOrg) }] }
    case 'SUBSIDY_ORG_NOT_VERIFIED':
      return { title, lines: [message, '认证一般 1–3 个工作日，通过后再来申请。'], actions: [{ text: '查看我的单位', primary: true, onClick: () => go(PAGES.employerOrg) }] }
    case 'SUBSIDY_PERSON_ONLY':
      return { title, lines: [message], actions: [{ text: '切换账号', primary: true, onClick: goLogin }] }
    case 'HOME_COMMUNITY_REQUIRED':
      return { title, lines: ['补贴由您所在的社区初审，请先选择您的社区。'], actions: [{ text: '选择我的社区', primary: true, onClick: () => go(PAGES.picker) }] }
    case 'CONSENT_REQUIRED':
      return { title, lines: [message], actions: [{ text: '去阅读并同意', primary: true, onClick: () => go(PAGES.consent) }] }
    case 'SUBSIDY_IDENTITY_FIXED':
      return { title, lines: [message], actions: [{ text: '联系我的社区', onClick: () => go(PAGES.myCommunity) }, mine] }
    case 'SUBSIDY_NOT_EDITABLE':
    case 'SUBSIDY_STATE_CHANGED':
    case 'CONFLICT':
    case 'SUBSIDY_APPLICATION_NOT_FOUND':
      return { title, lines: [message], actions: opts.reload ? [{ text: '刷新看看', primary: true, onClick: opts.reload }] : [mine] }
    case 'SUBSIDY_NOT_YOURS':
      return { title, lines: [message], actions: [mine, { text: '切换账号', onClick: goLogin }] }
    default:
      return { title, lines: [message, '可以再点一次试试；一直不行请联系社区。'] }
  }
}
