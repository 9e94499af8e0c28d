import type { EMPLOYMENT_SITUATIONS, EmploymentStatus } from '@contract';

type Situation = (typeof EMPLOYMENT_SITUATIONS)[number];

/**
 * What the 台账 says about a person in the words the training rules use (四清「基本情况」), for matching someone who
 * has no resident account or never filled in 四清: 待业 is 失业, everyone in work may want to improve.
 */
export const SITUATION_OF_STATUS: Record<EmploymentStatus, Situation> = {
  待业: '失业',
  灵活就业: '灵活就业',
  已就业: '在职想提升',
  公益性岗位安置: '在职想提升',
};

/** Training reasons speak to the resident (「您想学」); on the staff's page they describe the person. */
export const forStaff = (reason: string) => reason.replace(/^您想学：/, '四清里想学：');
