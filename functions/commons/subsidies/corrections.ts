import type { SubsidyApplicationRow, StoredFacts } from '#adapters/dynamo/subsidies';
import { AppError } from '../errors';
import { storedFacts, type ApplicationBody } from './facts';
import { idHashOf } from './identity';
import { assertBusinessKind, assertHireAge } from './stated-facts';
import type { OrgRow } from '#adapters/dynamo/orgs';

const fixed = (message?: string) => new AppError('SUBSIDY_IDENTITY_FIXED', message);

/**
 * Facts corrected on resubmission. Who the application is for — the policy, the applicant's 身份证号, the business's
 * credit code, the hire's 身份证号 — holds the one-time place and stays as it was; everything else may change.
 */
export function correctedFacts(row: SubsidyApplicationRow, corrections: ApplicationBody, org: OrgRow | null): { facts: StoredFacts; note: string } {
  if (corrections.policyId !== row.policyId) throw fixed('补贴项目不能修改；要申请其他补贴，请另建一份申请');
  if ('idNumber' in corrections && corrections.idNumber && idHashOf(corrections.idNumber) !== row.idHash) throw fixed();
  if (corrections.policyId === 'startup-subsidy') {
    if (corrections.business.creditCode !== row.facts.business?.creditCode) throw fixed();
    assertBusinessKind(corrections.business, org);
  }
  if (corrections.policyId === 'hiring-subsidy') {
    const { idNumberEnc, idHash } = row.facts.hire!;
    if (idHashOf(corrections.hire.idNumber) !== idHash) throw fixed();
    assertHireAge(corrections.hire, corrections.hire.idNumber.trim().toUpperCase());
    // Same person: the stored ciphertext stays rather than sealing the number again.
    return { facts: storedFacts(corrections, { idNumberEnc, idHash }), note: corrections.note };
  }
  return { facts: storedFacts(corrections, null), note: corrections.note };
}
