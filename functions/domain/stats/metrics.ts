import type { AssistedCategory, EmploymentStatus, ServiceType, SurveySubject } from '@contract';

/**
 * Names of the numeric attributes on the counter items (`STAT#<division>` / `P#<period>`, MODEL.md "Counters").
 * Stocks live in period `ALL`; flows in `Y<year>` and `M<year>-<month>` of the event's Weihai date.
 * The dashboard, the survey summary and the brand ranking read these names; the stream consumer writes them.
 */
export const METRIC = {
  assistedTotal: 'assistedTotal',
  tracked12333: 'tracked12333',
  completed12333: 'completed12333',
  helpedIntoWork: 'helpedIntoWork',
  publicWelfarePlacements: 'publicWelfarePlacements',
  jobsPosted: 'jobsPosted',
  headcountPosted: 'headcountPosted',
  signups: 'signups',
  signupsFilled: 'signupsFilled',
  gigsCompleted: 'gigsCompleted',
  noShows: 'noShows',
  trainingSessions: 'trainingSessions',
  trainingBookings: 'trainingBookings',
  trainingAttended: 'trainingAttended',
  subsidiesSubmitted: 'subsidiesSubmitted',
  subsidiesApproved: 'subsidiesApproved',
  subsidyYuanApproved: 'subsidyYuanApproved',
  stationsRecorded: 'stationsRecorded',
  stationsMeetingSix: 'stationsMeetingSix',
  surveys: 'surveys',
  surveyScoreSum: 'surveyScoreSum',
} as const;

export const categoryMetric = (category: AssistedCategory) => `cat_${category}`;
export const statusMetric = (status: EmploymentStatus) => `status_${status}`;
export const serviceMetric = (type: ServiceType) => `svc_${type}`;
export const surveyCountMetric = (subject: SurveySubject) => `survey_${subject}_count`;
export const surveySumMetric = (subject: SurveySubject) => `survey_${subject}_sum`;
export const surveyScoreMetric = (score: number) => `survey_score_${score}`;

export type Counters = Record<string, number>;

export const STOCK_PERIOD = 'ALL';
export const yearPeriod = (date: string) => `Y${date.slice(0, 4)}`;
export const monthPeriod = (date: string) => `M${date.slice(0, 7)}`;
