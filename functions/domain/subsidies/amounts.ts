import type { SubsidyAmount } from '@contract';

export const LOCAL_STANDARD = '以当地公布标准为准';

const yuanText = (yuan: number) => `${yuan.toLocaleString('en-US')} 元`;

export const fixedAmount = (yuan: number): SubsidyAmount => ({ yuan, atLeast: false, label: yuanText(yuan) });
export const floorAmount = (yuan: number): SubsidyAmount => ({ yuan, atLeast: true, label: `不低于 ${yuanText(yuan)}（${LOCAL_STANDARD}）` });
/** The policy names no figure: until the deployment configures the local standard, say so instead of guessing. */
export const configuredAmount = (yuan: number | null): SubsidyAmount =>
  yuan === null ? { yuan: null, atLeast: false, label: LOCAL_STANDARD } : fixedAmount(yuan);
