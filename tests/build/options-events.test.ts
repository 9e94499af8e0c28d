// The client repeats the job-fair option lists as plain data (src/constants/events.ts) so zod stays out of the
// mini-program bundle; this keeps the copies identical to the contract.
import { EVENT_REGISTRATION_LABEL, EVENT_REGISTRATION_STATUSES, ONLINE_MODES } from '../../contract'
import * as events from '../../src/constants/events'

describe('client job-fair options match the contract', () => {
  it('online modes, registration statuses and their labels', () => {
    expect(events.ONLINE_MODES).toEqual(ONLINE_MODES)
    expect(events.EVENT_REGISTRATION_STATUSES).toEqual(EVENT_REGISTRATION_STATUSES)
    expect(events.EVENT_REGISTRATION_LABEL).toEqual(EVENT_REGISTRATION_LABEL)
  })
})
