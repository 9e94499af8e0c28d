import type { CommunityResidentsResponse } from '@contract'
import { call } from './request'

export const RESIDENTS_PAGE_SIZE = 20

export function listCommunityResidents(code: string, cursor?: string | null): Promise<CommunityResidentsResponse> {
  return call('listCommunityResidents', {
    params: { code },
    query: cursor ? { cursor, limit: RESIDENTS_PAGE_SIZE } : { limit: RESIDENTS_PAGE_SIZE },
  })
}
