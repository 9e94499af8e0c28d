import type { BrandGrade } from '@contract'

/**
 * Brand-community grades (威就办〔2023〕9号 四、3) repeated as plain data for the page's counters;
 * tests/build/options-staff-desk.test.ts keeps them equal to the contract and the server's rules.
 */
export const BRAND_GRADES = ['A', 'B'] as const satisfies readonly BrandGrade[]

export const BRAND_GRADE_LABEL: Record<BrandGrade, string> = { A: 'A 档（10 万元）', B: 'B 档（5 万元）' }

export const BRAND_TOTAL = 20
