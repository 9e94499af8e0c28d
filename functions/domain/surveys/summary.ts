import { SURVEY_SUBJECT_LABEL, SURVEY_SUBJECTS, type SurveySubject } from '@contract';
import { METRIC, surveyCountMetric, surveyScoreMetric, surveySumMetric, type Counters } from '../stats/metrics';

/**
 * Satisfaction figures of one division from its counter item (`STAT#<division>` / `P#Y<year>`, MODEL.md #68, #71):
 * surveys are flows, so a summary is of a period — the current Weihai year — never of all time.
 */
export const SCORES = [1, 2, 3, 4, 5] as const;

const num = (counters: Counters | undefined, name: string) => {
  const value = counters?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

/** Mean to two decimals; null with nothing to average (not 0, which would read as 「很不满意」). */
export const averageOf = (sum: number, count: number) => (count > 0 ? Math.round((sum / count) * 100) / 100 : null);

export interface SurveyFigures {
  count: number;
  average: number | null;
  bySubject: { subject: SurveySubject; label: string; count: number; average: number | null }[];
  distribution: { score: number; count: number }[];
}

export function surveyFigures(counters: Counters | undefined): SurveyFigures {
  const count = num(counters, METRIC.surveys);
  return {
    count,
    average: averageOf(num(counters, METRIC.surveyScoreSum), count),
    bySubject: SURVEY_SUBJECTS.map((subject) => {
      const n = num(counters, surveyCountMetric(subject));
      return { subject, label: SURVEY_SUBJECT_LABEL[subject], count: n, average: averageOf(num(counters, surveySumMetric(subject)), n) };
    }),
    distribution: SCORES.map((score) => ({ score, count: num(counters, surveyScoreMetric(score)) })),
  };
}
