import type { SubsidyPolicyId } from '@contract';
import { POLICY_VERSION } from '#domain/subsidies/policy-catalog';
import { weihaiDate } from '#domain/time/weihai-clock';
import type { IdBinding, SubsidyApplicationRow } from '#adapters/dynamo/subsidies';
import { ulid } from 'ulid';
import { AppError } from '../errors';
import { checkedCreditCode, requireOrg, routingCommunity, type Applicant } from './applicant';
import { eligibleVerdict, onceSubjects, sealId, storedFacts, type ApplicationBody } from './facts';
import { applicantIdNumber, validIdNumber } from './identity';
import { assertBusinessKind, assertHireAge } from './stated-facts';

/** Who each policy is for (鲁就办〔2023〕13号 三、7 / 三、9 / 三、16): the account kind is checked before anything else. */
function assertApplicantKind(applicant: Applicant, policyId: SubsidyPolicyId): void {
  if (policyId === 'hiring-subsidy' && applicant.role !== 'employer') throw new AppError('SUBSIDY_EMPLOYER_ONLY');
  if (policyId === 'social-insurance-subsidy' && applicant.role !== 'resident') throw new AppError('SUBSIDY_PERSON_ONLY');
}

/**
 * A new draft from the form: who may apply, the identities checked (GB 32100, GB 11643), the review community, and
 * the amount from the rules alone. Throws the reason in Chinese when any of it fails; writes nothing.
 */
export interface NewApplication {
  row: SubsidyApplicationRow;
  /** A number typed in the form is saved to the account in the same write, so the account stays one person. */
  bindToAccount: IdBinding | null;
}

export async function newApplication(applicant: Applicant, body: ApplicationBody, nowMs: number): Promise<NewApplication> {
  assertApplicantKind(applicant, body.policyId);
  const org = applicant.role === 'employer' ? requireOrg(applicant) : null;
  if (body.policyId === 'hiring-subsidy' && org?.status !== 'verified') throw new AppError('SUBSIDY_ORG_NOT_VERIFIED');
  if (body.policyId === 'startup-subsidy') {
    checkedCreditCode(applicant, body.business.creditCode, 'body.business.creditCode');
    assertBusinessKind(body.business, org);
  }
  const hireIdNumber = body.policyId === 'hiring-subsidy' ? validIdNumber(body.hire.idNumber, 'body.hire.idNumber') : null;
  if (body.policyId === 'hiring-subsidy') assertHireAge(body.hire, hireIdNumber!);
  // 吸纳就业补贴 is the organisation's, keyed on the hire: the employer's own number is kept only if the profile has it.
  const ownIdNumber = applicantIdNumber(applicant.user, body.policyId === 'hiring-subsidy' ? undefined : body.idNumber, body.policyId !== 'hiring-subsidy');
  const communityCode = await routingCommunity(applicant);

  const today = weihaiDate(nowMs);
  const facts = storedFacts(body, hireIdNumber ? sealId(hireIdNumber) : null);
  const verdict = eligibleVerdict(body.policyId, facts, today);
  const own = ownIdNumber ? sealId(ownIdNumber.idNumber) : null;
  const bindToAccount = own && ownIdNumber?.fromForm ? { userId: applicant.user.id, idNumberEnc: own.idNumberEnc, birthYear: Number(ownIdNumber.idNumber.slice(6, 10)) } : null;
  const at = new Date(nowMs).toISOString();
  const row: SubsidyApplicationRow = {
    id: ulid(),
    policyId: body.policyId,
    policyVersion: POLICY_VERSION,
    status: 'draft',
    version: 0,
    userId: applicant.user.id,
    applicantName: applicant.user.name,
    idNumberEnc: own?.idNumberEnc ?? null,
    idHash: own?.idHash ?? null,
    orgId: org?.id ?? null,
    orgName: org?.name ?? null,
    communityCode,
    facts,
    amount: verdict.amount,
    eligibilityReasons: verdict.reasons,
    citation: verdict.citation,
    onceSubjects: onceSubjects(body.policyId, facts, own?.idHash ?? null, today),
    documents: [],
    history: [{ status: 'draft', at, by: null, reason: null }],
    returnReason: null,
    note: body.note,
    createdAt: at,
    updatedAt: at,
    submittedAt: null,
    decidedAt: null,
  };
  return { row, bindToAccount };
}

/**
 * 409 naming the caller's own application that holds the place. When another account holds it, nothing about that
 * application is revealed — not its id, not whether it was this person's number or the business's code — because
 * for 社会保险补贴 even "this 身份证号 applied" would say the person is a 就业困难人员.
 */
export function alreadyApplied(holder: { applicationId: string; userId: string; subject: string }, callerId: string, policyId: SubsidyPolicyId): AppError {
  if (holder.userId === callerId) {
    const details = { applicationId: holder.applicationId };
    return policyId === 'social-insurance-subsidy'
      ? new AppError('SUBSIDY_ALREADY_APPLIED', '今年已经申请过社会保险补贴（每人每年一次），请在「我的补贴」查看', details)
      : new AppError('SUBSIDY_ALREADY_APPLIED', undefined, details);
  }
  return new AppError('SUBSIDY_ALREADY_APPLIED', '这项一次性补贴已有申请在办理（每人、每个单位、每名被招用人员限一次）；如认为有误，请带上证件到社区咨询');
}
