import Taro from '@tarojs/taro'

/** Every page path in one place (must match src/app.config.ts). */
export const PAGES = {
  home: '/pages/index/index',
  training: '/pages/training/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  picker: '/pages/community-picker/index',
  myCommunity: '/pages/my-community/index',
  staffResidents: '/packages/staff/pages/residents/index',
  staffReview: '/packages/staff/pages/review/index',
  employerHome: '/packages/employer/pages/home/index',
  employerJobs: '/packages/employer/pages/jobs/index',
  employerApplicants: '/packages/employer/pages/applicants/index',
  employerOrg: '/packages/employer/pages/org/index',
  employerPost: '/packages/employer/pages/post/index',
  staffOrgs: '/packages/staff/pages/orgs/index',
  staffDemand: '/packages/staff/pages/demand/index',
  staffDashboard: '/packages/stats/pages/dashboard/index',
  staffReports: '/packages/staff/pages/reports/index',
  staffEvents: '/packages/staff/pages/events/index',
  staffRoster: '/packages/staff/pages/roster/index',
  eventDetail: '/packages/events/pages/detail/index',
  trainingDetail: '/packages/training/pages/detail/index',
  myTrainings: '/packages/training/pages/mine/index',
  trainingNeeds: '/packages/training/pages/needs/index',
  staffTrainings: '/packages/staff/pages/trainings/index',
  staffTrainingRoster: '/packages/staff/pages/training-roster/index',
  staffTrainingNeeds: '/packages/staff/pages/training-needs/index',
  reportJob: '/packages/jobs/pages/report/index',
  jobDetail: '/packages/jobs/pages/detail/index',
  profile: '/packages/account/pages/profile/index',
  consent: '/packages/account/pages/consent/index',
  dataExport: '/packages/account/pages/export/index',
  mySignups: '/packages/signups/pages/list/index',
  inbox: '/packages/signups/pages/inbox/index',
  subsidyPrecheck: '/packages/subsidy/pages/precheck/index',
  subsidyApply: '/packages/subsidy/pages/apply/index',
  subsidyDetail: '/packages/subsidy/pages/detail/index',
  mySubsidies: '/packages/subsidy/pages/mine/index',
  loanReferral: '/packages/subsidy/pages/loan/index',
  staffSubsidies: '/packages/staff/pages/subsidies/index',
  staffSubsidyClaims: '/packages/staff/pages/subsidy-claims/index',
  staffLoans: '/packages/staff/pages/loans/index',
  staffAssisted: '/packages/staff/pages/assisted/index',
  staffAssistedEdit: '/packages/staff/pages/assisted-edit/index',
  staffAssistedPerson: '/packages/staff/pages/assisted-person/index',
  staffWorklist: '/packages/staff/pages/worklist/index',
  staffStation: '/packages/staff/pages/station/index',
  staffSurveys: '/packages/staff/pages/surveys/index',
  staffBrand: '/packages/staff/pages/brand/index',
  survey: '/packages/signups/pages/survey/index',
} as const

const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.training, PAGES.me]

export type PagePath = (typeof PAGES)[keyof typeof PAGES]

/** The route of the page on top of the stack, without a leading slash, e.g. `pages/login/index`. */
export function currentRoute(): string {
  const pages = Taro.getCurrentPages()
  const top = pages[pages.length - 1]
  return (top?.route || '').replace(/^\//, '').split('?')[0]
}

/** Open a page the right way: tab pages need switchTab, and the stack is capped at 10 in weapp. */
export function go(path: PagePath, opts: { replace?: boolean } = {}): void {
  if (TAB_PAGES.includes(path)) {
    Taro.switchTab({ url: path })
    return
  }
  if (opts.replace || Taro.getCurrentPages().length >= 9) {
    Taro.redirectTo({ url: path })
    return
  }
  Taro.navigateTo({ url: path })
}

/**
 * A job's detail page. `from: 'recommendation'` tells the server the job was opened from 为您推荐 (for a resident on
 * the 就业援助台账 that counts as a 岗位推荐 toward their 「12333」).
 */
export function openJob(jobId: string, from?: 'recommendation'): void {
  const url = `${PAGES.jobDetail}?id=${encodeURIComponent(jobId)}${from ? `&from=${from}` : ''}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** 我的报名, optionally opened at one sign-up (from a message). */
export function openMySignups(signupId?: string | null): void {
  const url = signupId ? `${PAGES.mySignups}?id=${encodeURIComponent(signupId)}` : PAGES.mySignups
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** A page with its query, e.g. openPage(PAGES.subsidyDetail, { id }): the stack is capped at 10 in weapp. */
export function openPage(path: PagePath, query: Record<string, string> = {}, opts: { replace?: boolean } = {}): void {
  const qs = Object.keys(query)
    .filter((k) => query[k] !== '')
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k])}`)
    .join('&')
  const url = qs ? `${path}?${qs}` : path
  if (opts.replace || Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** Back to the previous page, or to `fallback` when this page was opened directly (a shared link, a reload). */
export function goBack(fallback: PagePath = PAGES.home): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else go(fallback, { replace: true })
}

function openLogin(url: string): void {
  if (currentRoute() === PAGES.login.slice(1)) return
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** Open the login page (unless it is already on top). Safe to pass straight to onClick. */
export function goLogin(): void {
  openLogin(PAGES.login)
}

/** Open the login page and come back to this page after signing in (e.g. 登录后报名 on a job). */
export function goLoginAndBack(): void {
  openLogin(`${PAGES.login}?back=1`)
}

/** After the server rejected the token: the login page says the session expired. */
export function goLoginExpired(): void {
  openLogin(`${PAGES.login}?reason=expired`)
}
