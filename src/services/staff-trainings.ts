import type { ExportFile, RouteBody, RouteResponse, TrainingDetail, TrainingNeedsReport, TrainingRoster } from '@contract'
import { call, withIdempotencyKey } from './request'

export type { ExportFile, TrainingDetail, TrainingNeedsReport, TrainingRoster } from '@contract'

/** 培训管理 for staff (and training providers' employer accounts): trainings, sessions, rosters, attendance. */

export type CreateTrainingBody = RouteBody<'createTraining'>
export type CreateSessionBody = RouteBody<'createTrainingSession'>
export type RosterItem = TrainingRoster['items'][number]
export type MarkedAttendance = RouteResponse<'markAttendance'>

export async function staffTrainings(): Promise<TrainingDetail[]> {
  return (await call('staffTrainings')).items
}

/** The whole form is the intent: a corrected form is a new request, a retried one is the same. */
export function createTraining(body: CreateTrainingBody): Promise<TrainingDetail> {
  return withIdempotencyKey(`createTraining:${JSON.stringify(body)}`, (idempotencyKey) => call('createTraining', { body, idempotencyKey }))
}

export function createTrainingSession(trainingId: string, body: CreateSessionBody) {
  return withIdempotencyKey(`createTrainingSession:${trainingId}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('createTrainingSession', { params: { trainingId }, body, idempotencyKey }),
  )
}

export function trainingRoster(trainingId: string, sessionId: string): Promise<TrainingRoster> {
  return call('trainingRoster', { params: { trainingId, sessionId } })
}

export function exportTrainingRoster(trainingId: string, sessionId: string): Promise<ExportFile> {
  return call('trainingRosterExport', { params: { trainingId, sessionId } })
}

/** 出勤 or 缺课. Changing one's mind (缺课 → 出勤) is a different intent, so it gets its own key. */
export function markAttendance(bookingId: string, attended: boolean): Promise<MarkedAttendance> {
  return withIdempotencyKey(`markAttendance:${bookingId}:${attended}`, (idempotencyKey) =>
    call('markAttendance', { params: { bookingId }, body: { attended }, idempotencyKey }),
  )
}

/** 辖区培训需求 of `division` (a code under the staff member's own), or of their whole area. */
export function trainingNeedsReport(division?: string | null): Promise<TrainingNeedsReport> {
  return call('trainingNeedsReport', { query: division ? { division } : {} })
}
