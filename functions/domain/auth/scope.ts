import type { DivisionLevel } from '@contract';
import type { Principal } from './principal';

/**
 * Division codes nest by prefix: 3710 (市) ⊃ 371002 (区市) ⊃ 371002001 (镇街) ⊃ 371002001001 (社区).
 * Four-level linkage 市 → 区市 → 镇街 → 社区 (威就办〔2023〕9号 四、1; 鲁就办〔2023〕13号 四、1):
 * staff see their own division and everything beneath it, never beside or above it.
 */
export const CODE_LENGTH: Record<DivisionLevel, number> = { city: 4, district: 6, street: 9, community: 12 };

export function levelOfCode(code: string): DivisionLevel | undefined {
  return (Object.keys(CODE_LENGTH) as DivisionLevel[]).find((level) => CODE_LENGTH[level] === code.length);
}

export function divisionCovers(scopeCode: string, targetCode: string): boolean {
  return targetCode.length >= scopeCode.length && targetCode.startsWith(scopeCode);
}

export function staffCovers(principal: Principal, targetCode: string): boolean {
  return principal.role === 'staff' && !!principal.staff && divisionCovers(principal.staff.divisionCode, targetCode);
}

/** Parent code one level up, or undefined for the city. */
export function parentCode(code: string): string | undefined {
  switch (code.length) {
    case 12: return code.slice(0, 9);
    case 9: return code.slice(0, 6);
    case 6: return code.slice(0, 4);
    default: return undefined;
  }
}
