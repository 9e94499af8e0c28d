import type { SurveySubject } from '@contract'

/**
 * Survey options repeated from contract/surveys.ts as plain data (zod stays out of the mini-program);
 * tests/build/options-staff-desk.test.ts keeps them equal to the contract.
 */
export const SURVEY_SUBJECTS = ['gig', 'training', 'subsidy'] as const satisfies readonly SurveySubject[]

export const SURVEY_SUBJECT_LABEL: Record<SurveySubject, string> = { gig: '零工', training: '培训', subsidy: '补贴办理' }

/** 1–5, each with a face and words, so the score never depends on reading a number or seeing colour. */
export const SURVEY_SCORES = [
  { score: 1, face: '😞', text: '很不满意' },
  { score: 2, face: '😟', text: '不满意' },
  { score: 3, face: '😐', text: '一般' },
  { score: 4, face: '😊', text: '满意' },
  { score: 5, face: '😄', text: '很满意' },
] as const

export const SURVEY_COMMENT_MAX = 200
