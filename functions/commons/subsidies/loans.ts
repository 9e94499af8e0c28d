import { LOAN_KIND_LABEL, LOAN_STATUS_LABEL, type LoanReferral, type LoanStatus } from '@contract';
import { maskPhone } from '#domain/privacy/mask';
import { LOAN_CITATION } from '#domain/subsidies/policy-catalog';
import type { LoanReferralRow } from '#adapters/dynamo/loan-referrals';
import { maskedPii } from '../pii';
import { communityOf } from './application-view';

/** The bank's steps as staff may record them: a referral is accepted or declined, an accepted one granted or declined. */
export const LOAN_NEXT: Partial<Record<LoanStatus, LoanStatus[]>> = { referred: ['accepted', 'declined'], accepted: ['granted', 'declined'] };

/** The page a message about a referral opens (src/utils/routes.ts loanReferral). */
export const LOANS_PAGE_LINK = '/packages/subsidy/pages/mine/index';

export function loanView(row: LoanReferralRow): LoanReferral {
  return {
    id: row.id, kind: row.kind, kindLabel: LOAN_KIND_LABEL[row.kind], amountYuan: row.amountYuan, termMonths: row.termMonths,
    purpose: row.purpose, businessName: row.businessName, status: row.status, statusLabel: LOAN_STATUS_LABEL[row.status],
    applicantName: row.applicantName, phoneMasked: maskedPii(row.phoneEnc, maskPhone),
    communityName: communityOf(row.communityCode).name, bankNote: row.bankNote, citation: LOAN_CITATION,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

export function loanNotice(row: LoanReferralRow, to: LoanStatus, note: string | null) {
  const what = `您的创业提振贷转介（${LOAN_KIND_LABEL[row.kind]}，${row.amountYuan.toLocaleString('en-US')} 元）`;
  return { title: '创业贷款办理进度', body: `${what}：${LOAN_STATUS_LABEL[to]}${note ? `。银行说明：${note}` : ''}。`, link: LOANS_PAGE_LINK };
}
