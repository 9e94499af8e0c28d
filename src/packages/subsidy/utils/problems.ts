import { errorMessage, isApiError } from '@/services/api-error'
import { go, goLogin, openPage, PAGES } from '@/utils/routes'
import type { ProblemInfo } from '../components/problem'
import { detailApplicationId, detailReasons } from './error-details'

/**
 * A refused save or submit in words, with the way forward: the application that already holds the place, the
 * conditions not met, the registration or login that is missing. Nothing ends without a button.
 */
export function subsidyProblem(e: unknown, opts: { title?: string; reload?: () => void; closeForm?: () => void } = {}): ProblemInfo {
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
      return { title, lines: [message, '撤回后名额会释放，可以用正确的信息重新申请。'], actions: [mine] }
    case 'ID_NUMBER_NOT_YOURS':
      return { title, lines: [message, '申请只能以本人身份提交；身份证号写错了可以在「我的资料」里修改。'], actions: [{ text: '查看我的资料', primary: true, onClick: () => go(PAGES.profile) }] }
    case 'SUBSIDY_KIND_MISMATCH':
      return { title: '单位类型不对', lines: [message], actions: opts.reload ? [{ text: '知道了', onClick: opts.reload }] : [] }
    case 'SUBSIDY_DOCUMENTS_MISSING':
      return { title: '材料还不齐', lines: [message, '请先回到申请页上传材料，传齐后再修改提交。'], actions: opts.closeForm ? [{ text: '先去上传材料', primary: true, testId: 'subsidy-problem-upload-first', onClick: opts.closeForm }] : [] }
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
