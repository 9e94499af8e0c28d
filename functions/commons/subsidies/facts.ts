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
    case 'startup-subsidy': return [`PERSON#${applicantIdHash}`, `ENTITY#${facts.business!.creditCode}`];
    case 'hiring-subsidy': return [`HIRE#${facts.hire!.idHash}`];
    case 'social-insurance-subsidy': return [`PERSON#${applicantIdHash}${ONCE_PER[policyId] === 'year' ? `#${today.slice(0, 4)}` : ''}`];
  }
}
