import { DOCUMENT_KIND_LABEL } from '@contract';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { assertOwner, requireApplication } from '#commons/subsidies/access';
import { applicationView } from '#commons/subsidies/application-view';
import { correctedFacts } from '#commons/subsidies/corrections';
import { confirmedUploads } from '#commons/subsidies/documents';
import { eligibleVerdict } from '#commons/subsidies/facts';
import { POLICY_DOCUMENTS, POLICY_VERSION } from '#domain/subsidies/policy-catalog';
import { isEditable } from '#domain/subsidies/review-flow';
import { weihaiDate } from '#domain/time/weihai-clock';
import { getApplication, submitApplication } from '#adapters/dynamo/subsidies';
import { getOrg } from '#adapters/dynamo/orgs';

/**
 * 提交 / 修改后再提交 (#57): facts may be corrected (never who it is for), the rules decide again (the amount is
 * recomputed, never taken from the client), only documents really in S3 count, and every required paper must be
 * there. The application then starts at 社区初审, whether it is new or came back.
 */
export const handler = httpHandler('submitSubsidyApplication', async ({ params, body, principal }) => {
  const row = await requireApplication(params.applicationId);
  assertOwner(row, principal);
  if (!isEditable(row.status)) throw new AppError('SUBSIDY_NOT_EDITABLE');
  const now = Date.now();
  const org = body.corrections && row.orgId ? ((await getOrg(row.orgId)) ?? null) : null;
  const stated = body.corrections ? correctedFacts(row, body.corrections, org) : { facts: row.facts, note: row.note };
  const verdict = eligibleVerdict(row.policyId, stated.facts, weihaiDate(now));

  const confirmed = await confirmedUploads(row.documents);
  const documents = row.documents.filter((doc) => confirmed.has(doc.id)).map((doc) => ({ ...doc, uploaded: true }));
  const missing = POLICY_DOCUMENTS[row.policyId]
    .filter((requirement) => requirement.required && !documents.some((doc) => doc.kind === requirement.kind))
    .map(({ kind }) => ({ kind, label: DOCUMENT_KIND_LABEL[kind] }));
  if (missing.length) throw new AppError('SUBSIDY_DOCUMENTS_MISSING', `材料还不齐，请上传：${missing.map((m) => m.label).join('、')}`, missing);

  const submitted = await submitApplication(row, {
    facts: stated.facts, note: stated.note, amount: verdict.amount, eligibilityReasons: verdict.reasons, citation: verdict.citation,
    policyVersion: POLICY_VERSION, documents, at: new Date(now).toISOString(),
  });
  if (!submitted) throw new AppError('SUBSIDY_STATE_CHANGED');
  return applicationView((await getApplication(row.id))!, { documentLinks: true });
});
