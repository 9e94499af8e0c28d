import type { RouteBody, RouteResponse } from '@contract'
import { call } from './request'

/** The resident's 「四清」 survey: 基本情况, 技能水平, 培训意愿, 就业方向. */

export type TrainingNeedsBody = RouteBody<'putTrainingNeeds'>
export type TrainingNeeds = RouteResponse<'putTrainingNeeds'>

type Listener = (needs: TrainingNeeds) => void
const listeners = new Set<Listener>()

/**
 * The 培训 tab stays mounted while the survey page is open on top of it: it listens here to fetch its
 * recommendations again once the survey is saved.
 */
export function onTrainingNeedsChanged(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** null until the resident has filled the survey in. */
export async function myTrainingNeeds(): Promise<TrainingNeeds | null> {
  return (await call('myTrainingNeeds')).needs
}

/** A PUT of the whole survey: sending it twice leaves the same answers, so it needs no idempotency key. */
export async function saveTrainingNeeds(body: TrainingNeedsBody): Promise<TrainingNeeds> {
  const saved = await call('putTrainingNeeds', { body })
  listeners.forEach((l) => l(saved))
  return saved
}
