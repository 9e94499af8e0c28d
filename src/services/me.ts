import type { Me } from '@contract'
import { call } from './request'
import { session } from './session'

let inflight: Promise<Me> | null = null

/** GET /me and update the session. Concurrent callers share one request. */
export function fetchMe(): Promise<Me> {
  if (!inflight) {
    inflight = call('getMe')
      .then((me) => {
        session.setMe(me)
        return me
      })
      .finally(() => {
        inflight = null
      })
  }
  return inflight
}

export async function setHomeCommunity(communityCode: string): Promise<Me> {
  const me = await call('setHomeCommunity', { body: { communityCode } })
  session.setMe(me)
  return me
}
