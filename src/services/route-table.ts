import type { HttpMethod, RouteId } from '@contract'

/**
 * Method + path of every contract route, as plain data.
 *
 * The client deliberately does not import `routes` from `@contract` at runtime: that pulls zod and every
 * schema into the weapp main package. Measured with `npm run build:weapp`: main package 409 KB without,
 * 510 KB with runtime validation (vendors.js 30 KB → 125 KB), against a 600 KB budget
 * (tests/build/weapp-size.test.ts). Types still come from the contract (`import type`), and
 * tests/build/route-table.test.ts checks this table against `contract/routes.ts` so the two cannot drift.
 */
export const routeTable = {
  health: { method: 'GET', path: '/health' },
  openapi: { method: 'GET', path: '/openapi.json' },
  docs: { method: 'GET', path: '/docs' },
  listDevPersonas: { method: 'GET', path: '/auth/dev-personas' },
  devLogin: { method: 'POST', path: '/auth/dev-login' },
  wechatLogin: { method: 'POST', path: '/auth/wechat' },
  listDivisions: { method: 'GET', path: '/divisions' },
  nearestCommunity: { method: 'GET', path: '/communities/nearest' },
  getCommunity: { method: 'GET', path: '/communities/{code}' },
  getMe: { method: 'GET', path: '/me' },
  setHomeCommunity: { method: 'PUT', path: '/me/home-community' },
  listCommunityResidents: { method: 'GET', path: '/staff/communities/{code}/residents' },
  nearbyJobs: { method: 'GET', path: '/jobs/nearby' },
  getJob: { method: 'GET', path: '/jobs/{jobId}' },
  getProfile: { method: 'GET', path: '/me/profile' },
  updateProfile: { method: 'PUT', path: '/me/profile' },
  grantConsent: { method: 'POST', path: '/me/consents' },
  withdrawConsent: { method: 'DELETE', path: '/me/consents/{kind}' },
  exportMyData: { method: 'GET', path: '/me/export' },
  deleteMe: { method: 'DELETE', path: '/me' },
  recommendations: { method: 'GET', path: '/me/recommendations' },
  createSignup: { method: 'POST', path: '/jobs/{jobId}/signups' },
  cancelSignup: { method: 'POST', path: '/signups/{signupId}/cancel' },
  mySignups: { method: 'GET', path: '/me/signups' },
  myNotifications: { method: 'GET', path: '/me/notifications' },
  readNotifications: { method: 'POST', path: '/me/notifications/read' },
  staffSignups: { method: 'GET', path: '/staff/signups' },
  approveSignup: { method: 'POST', path: '/signups/{signupId}/approve' },
  rejectSignup: { method: 'POST', path: '/signups/{signupId}/reject' },
  bulkApproveSignups: { method: 'POST', path: '/staff/signups/bulk-approve' },
  resolveDispute: { method: 'POST', path: '/staff/signups/{signupId}/resolve-dispute' },
  employerJobs: { method: 'GET', path: '/employer/jobs' },
  jobApplicants: { method: 'GET', path: '/employer/jobs/{jobId}/signups' },
  checkInSignup: { method: 'POST', path: '/signups/{signupId}/check-in' },
  completeSignup: { method: 'POST', path: '/signups/{signupId}/complete' },
  disputeSignup: { method: 'POST', path: '/signups/{signupId}/dispute' },
} as const satisfies Record<RouteId, { method: HttpMethod; path: string }>
