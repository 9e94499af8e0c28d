import type { Citation } from '@contract';

/** The two policy documents this platform implements (../shared/policy). */
export const SHANDONG = '鲁就办〔2023〕13号';
export const WEIHAI = '威就办〔2023〕9号';

export function cite(primary: [document: string, clause: string], ...also: [document: string, clause: string][]): Citation {
  const text = `依据：${[primary, ...also].map(([document, clause]) => `${document} ${clause}`).join('；')}`;
  return { document: primary[0], clause: primary[1], text };
}
