// The 举报 option lists the client repeats as plain data (src/constants/reports.ts) equal the contract's.
import { CreateReportBodySchema, HideJobBodySchema, REPORT_CATEGORIES, REPORT_OUTCOME_LABEL, REPORT_OUTCOMES, REPORT_STATUSES, ResolveReportBodySchema } from '../../contract'
import * as reports from '../../src/constants/reports'

describe('client 举报 options match the contract', () => {
  it('categories, statuses, outcomes and their labels', () => {
    expect(reports.REPORT_CATEGORIES).toEqual(REPORT_CATEGORIES)
    expect(Object.keys(reports.REPORT_CATEGORY_HINT).sort()).toEqual([...REPORT_CATEGORIES].sort())
    expect(reports.REPORT_STATUSES).toEqual(REPORT_STATUSES)
    expect(Object.keys(reports.REPORT_STATUS_LABEL).sort()).toEqual([...REPORT_STATUSES].sort())
    expect(reports.REPORT_OUTCOMES).toEqual(REPORT_OUTCOMES)
    expect(reports.REPORT_OUTCOME_LABEL).toEqual(REPORT_OUTCOME_LABEL)
  })

  it('the text limits the form checks are the ones the API enforces', () => {
    const text = (n: number) => '欠'.repeat(n)
    const description = (n: number) => CreateReportBodySchema.safeParse({ category: '其他', description: text(n) }).success
    expect([description(reports.REPORT_DESCRIPTION_MIN - 1), description(reports.REPORT_DESCRIPTION_MIN), description(reports.REPORT_DESCRIPTION_MAX), description(reports.REPORT_DESCRIPTION_MAX + 1)]).toEqual([false, true, true, false])
    const note = (n: number) => ResolveReportBodySchema.safeParse({ outcome: 'dismissed', note: text(n) }).success
    expect([note(reports.RESOLVE_NOTE_MIN - 1), note(reports.RESOLVE_NOTE_MIN), note(reports.RESOLVE_NOTE_MAX), note(reports.RESOLVE_NOTE_MAX + 1)]).toEqual([false, true, true, false])
    const reason = (n: number) => HideJobBodySchema.safeParse({ reason: text(n) }).success
    expect([reason(reports.HIDE_REASON_MIN - 1), reason(reports.HIDE_REASON_MIN), reason(reports.HIDE_REASON_MAX), reason(reports.HIDE_REASON_MAX + 1)]).toEqual([false, true, true, false])
  })
})
