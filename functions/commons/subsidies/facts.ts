import type { SubsidyApplicationBodySchema, SubsidyPolicyId } from '@contract';
import type { z } from 'zod';
import { ONCE_PER } from '#domain/subsidies/policy-catalog';
import { verdictFor, type Verdict } from '#domain/subsidies/rules';
import type { StoredFacts } from '#adapters/dynamo/subsidies';
import { AppError } from '../errors';
import { encryptPii } from '../pii';
import { idHashOf } from './identity';
import { localAmounts } from './local-amounts';

export type ApplicationBody = z.output<typeof SubsidyApplicationBodySchema>;

export interface SealedId { idNumberEnc: string; idHash: string }

/** A 身份证号 as stored: ciphertext for staff to read masked, keyed hash for the one-time check. */
export const sealId = (idNumber: string): SealedId => ({ idNumberEnc: encryptPii(idNumber), idHash: idHashOf(idNumber) });

/** What the form states, as stored: this platform serves Weihai, so every application is a Weihai one. */
export function storedFacts(body: ApplicationBody, hireId: SealedId | null): StoredFacts {
  const facts: StoredFacts = { region: 'weihai', business: null, hire: null, worker: null };
  if (body.policyId === 'startup-subsidy') facts.business = { ...body.business };
  if (body.policyId === 'social-insurance-subsidy') facts.worker = { ...body.worker };
  if (body.policyId === 'hiring-subsidy') {
    const { idNumber: _plain, ...hire } = body.hire;
    facts.hire = { ...hire, ...hireId! };
  }
  return facts;
}

/** The verdict the amount comes from; anything but eligible is 409 with the reasons in plain Chinese. */
export function eligibleVerdict(policyId: SubsidyPolicyId, facts: StoredFacts, today: string): Extract<Verdict, { outcome: 'eligible' }> {
  const verdict = verdictFor(policyId, facts, today, localAmounts());
  if (verdict.outcome !== 'eligible') {
    throw new AppError('SUBSIDY_NOT_ELIGIBLE', `暂不符合${verdict.reasons.length ? `：${verdict.reasons[0]}` : '这项补贴的条件'}`, verdict.reasons);
  }
  return verdict;
}

/**
 * The one-time places an application claims (MODEL.md SUBONCE): 创业补贴 once per person and once per business,
 * 吸纳就业补贴 once per hired person, 社会保险补贴 once per person per Weihai calendar year.
 */
export function onceSubjects(policyId: SubsidyPolicyId, facts: StoredFacts, applicantIdHash: string | null, today: string): string[] {
  switch (policyId) {
    case 'startup-subsidy': return [personSubject(applicantIdHash!), entitySubject(facts.business!.creditCode)];
    case 'hiring-subsidy': return [hireSubject(facts.hire!.idHash)];
    case 'social-insurance-subsidy': return [yearlyPersonSubject(policyId, applicantIdHash!, today.slice(0, 4))];
  }
}

const personSubject = (idHash: string) => `PERSON#${idHash}`;
const entitySubject = (creditCode: string) => `ENTITY#${creditCode}`;
const hireSubject = (idHash: string) => `HIRE#${idHash}`;
const yearlyPersonSubject = (policyId: SubsidyPolicyId, idHash: string, year: string) => `${personSubject(idHash)}${ONCE_PER[policyId] === 'year' ? `#${year}` : ''}`;

export interface Place { policyId: SubsidyPolicyId; subject: string; label: string }

/**
 * Every one-time place a 身份证号 can hold (名额核查): as an applicant, as a hired person, and the yearly places of this
 * year and the last (an older yearly place no longer blocks anyone).
 */
export function placesOfPerson(idHash: string, today: string): Place[] {
  const year = Number(today.slice(0, 4));
  const yearly = ONCE_PER['social-insurance-subsidy'] === 'year' ? [year, year - 1] : [year];
  return [
    { policyId: 'startup-subsidy', subject: personSubject(idHash), label: '一次性创业补贴（创业者本人）' },
    { policyId: 'hiring-subsidy', subject: hireSubject(idHash), label: '一次性吸纳就业补贴（被招用人员）' },
    ...yearly.map((y) => ({
      policyId: 'social-insurance-subsidy' as const,
      subject: yearlyPersonSubject('social-insurance-subsidy', idHash, String(y)),
      label: ONCE_PER['social-insurance-subsidy'] === 'year' ? `社会保险补贴（${y} 年）` : '社会保险补贴',
    })),
  ];
}

/** The one-time place a 统一社会信用代码 can hold: the business's 一次性创业补贴. */
export const placesOfEntity = (creditCode: string): Place[] => [{ policyId: 'startup-subsidy', subject: entitySubject(creditCode), label: '一次性创业补贴（创业实体）' }];
