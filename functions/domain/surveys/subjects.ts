import { POLICY_NAMES } from '../subsidies/policy-catalog';
import type { SubsidyPolicyId, SubsidyStatus, SignupStatus, SurveySubject, TrainingBookingStatus } from '@contract';

/**
 * Resident satisfaction surveys (鲁就办〔2023〕13号 四、4; 威就办〔2023〕9号 四、4: 定期开展社区居民服务满意度调查):
 * asked once the service is over — a gig completed (both sides confirmed), a class attended, a subsidy decided
 * either way (a refusal is a service too, and the people refused are the ones whose view matters most).
 */
export const FINISHED_STATUSES: { [S in SurveySubject]: readonly string[] } = {
  gig: ['completed'] satisfies SignupStatus[],
  training: ['attended'] satisfies TrainingBookingStatus[],
  subsidy: ['approved', 'rejected'] satisfies SubsidyStatus[],
};

/** What a survey needs to know about its subject, whichever kind it is. */
export interface SubjectFacts {
  subject: SurveySubject;
  subjectId: string;
  ownerId: string;
  status: string;
  /** When it finished; null while it has not. */
  finishedAt: string | null;
  title: string;
  /** The community the service happened in, used only when the resident has no home community. */
  communityCode: string | null;
}

export type SurveyVerdict = 'not-found' | 'not-due' | 'due';

/** Someone else's subject is "not found", never "forbidden": a resident cannot probe others' ids. */
export function surveyVerdict(facts: SubjectFacts | undefined, userId: string): SurveyVerdict {
  if (!facts || facts.ownerId !== userId) return 'not-found';
  return FINISHED_STATUSES[facts.subject].includes(facts.status) ? 'due' : 'not-due';
}

export const surveyId = (subject: SurveySubject, subjectId: string) => `${subject}#${subjectId}`;

export function gigFacts(row: { id: string; userId: string; status: string; job: { title: string; communityCode: string }; history: { status: string; at: string }[]; updatedAt: string }): SubjectFacts {
  const done = row.status === 'completed' ? [...row.history].reverse().find((h) => h.status === 'completed')?.at ?? row.updatedAt : null;
  return { subject: 'gig', subjectId: row.id, ownerId: row.userId, status: row.status, finishedAt: done, title: `「${row.job.title}」已完工`, communityCode: row.job.communityCode };
}

export function trainingFacts(row: { id: string; userId: string; status: string; trainingTitle: string; updatedAt: string; communityCode?: string }): SubjectFacts {
  const done = row.status === 'attended' ? row.updatedAt : null;
  return { subject: 'training', subjectId: row.id, ownerId: row.userId, status: row.status, finishedAt: done, title: `「${row.trainingTitle}」已上完课`, communityCode: row.communityCode ?? null };
}

export function subsidyFacts(row: { id: string; userId: string; status: string; policyId: SubsidyPolicyId; decidedAt: string | null; updatedAt: string; communityCode: string }): SubjectFacts {
  const decided = FINISHED_STATUSES.subsidy.includes(row.status);
  const outcome = row.status === 'approved' ? '已批准' : '已办结';
  return {
    subject: 'subsidy', subjectId: row.id, ownerId: row.userId, status: row.status,
    finishedAt: decided ? row.decidedAt ?? row.updatedAt : null, title: `${POLICY_NAMES[row.policyId] ?? '补贴'}申请${outcome}`, communityCode: row.communityCode,
  };
}

/** Only recent services are asked about: a survey months later says little and nags. */
export const PENDING_WINDOW_DAYS = 90;
export const PENDING_LIMIT = 10;

/** Finished, the resident's own, not yet surveyed, within the window; newest first. */
export function pendingSurveys(candidates: readonly SubjectFacts[], surveyed: ReadonlySet<string>, userId: string, nowMs: number): SubjectFacts[] {
  const since = nowMs - PENDING_WINDOW_DAYS * 86_400_000;
  return candidates
    .filter((f) => surveyVerdict(f, userId) === 'due' && !surveyed.has(surveyId(f.subject, f.subjectId)) && Date.parse(f.finishedAt ?? '') >= since)
    .sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''))
    .slice(0, PENDING_LIMIT);
}
