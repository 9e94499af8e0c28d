import type { SubsidyPolicyId } from '@contract';
import { POLICY_VERSION } from '#domain/subsidies/policy-catalog';
import { weihaiDate } from '#domain/time/weihai-clock';
import type { SubsidyApplicationRow } from '#adapters/dynamo/subsidies';
import { ulid } from 'ulid';
import { AppError } from '../errors';
import { checkedCreditCode, requireOrg, routingCommunity, type Applicant } from './applicant';
import { eligibleVerdict, onceSubjects, sealId, storedFacts, type ApplicationBody } from './facts';
import { applicantIdNumber, validIdNumber } from './identity';

/** Who each policy is for (鲁就办〔2023〕13号 三、7 / 三、9 / 三、16): the account kind is checked before anything else. */
function assertApplicantKind(applicant: Applicant, policyId: SubsidyPolicyId): void {
  if (policyId === 'hiring-subsidy' && applicant.role !== 'employer') throw new AppError('SUBSIDY_EMPLOYER_ONLY');
  if (policyId === 'social-insurance-subsidy' && applicant.role !== 'resident') throw new AppError('SUBSIDY_PERSON_ONLY');
}

/**
 * A new draft from the form: who may apply, the identities checked (GB 32100, GB 11643), the review community, and
 * the amount from the rules alone. Throws the reason in Chinese when any of it fails; writes nothing.
 */
export async function newApplication(applicant: Applicant, body: ApplicationBody, nowMs: number): Promise<SubsidyApplicationRow> {
  assertApplicantKind(applicant, body.policyId);
  const org = applicant.role === 'employer' ? requireOrg(applicant) : null;
  if (body.policyId === 'hiring-subsidy' && org?.status !== 'verified') throw new AppError('SUBSIDY_ORG_NOT_VERIFIED');
  if (body.policyId === 'startup-subsidy') checkedCreditCode(applicant, body.business.creditCode, 'body.business.creditCode');
  const hireIdNumber = body.policyId === 'hiring-subsidy' ? validIdNumber(body.hire.idNumber, 'body.hire.idNumber') : null;
  // 吸纳就业补贴 is the organisation's, keyed on the hire: the employer's own number is kept only if the profile has it.
  const ownIdNumber = applicantIdNumber(applicant.user, body.policyId === 'hiring-subsidy' ? undefined : body.idNumber, body.policyId !== 'hiring-subsidy');
  const communityCode = await routingCommunity(applicant);

  const today = weihaiDate(nowMs);
  const facts = storedFacts(body, hireIdNumber ? sealId(hireIdNumber) : null);
  const verdict = eligibleVerdict(body.policyId, facts, today);
  const own = ownIdNumber ? sealId(ownIdNumber) : null;
  const at = new Date(nowMs).toISOString();
  return {
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
}

/** 409 naming the application that holds the place; said plainly when someone else's account holds it. */
export function alreadyApplied(holder: { applicationId: string; userId: string; subject: string }, callerId: string, policyId: SubsidyPolicyId): AppError {
  const details = { applicationId: holder.applicationId };
  if (holder.userId === callerId) {
    return policyId === 'social-insurance-subsidy'
      ? new AppError('SUBSIDY_ALREADY_APPLIED', '今年已经申请过社会保险补贴（每人每年一次），请在「我的补贴」查看', details)
      : new AppError('SUBSIDY_ALREADY_APPLIED', undefined, details);
  }
  const kind = holder.subject.split('#')[0];
  const message =
    kind === 'ENTITY' ? '这个统一社会信用代码的单位已经申请过一次性创业补贴（每个单位限一次）；如有疑问请联系社区'
      : kind === 'HIRE' ? '这名被招用人员已经由用人单位申请过一次性吸纳就业补贴（每人限一次）；如有疑问请联系社区'
        : '这个身份证号已经申请过这项补贴；如有疑问请联系社区';
  return new AppError('SUBSIDY_ALREADY_APPLIED', message, details);
}
