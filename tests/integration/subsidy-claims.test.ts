import { handler as subsidyClaims } from '../../functions/handlers/subsidies/subsidy-claims';
import { handler as voidApplication } from '../../functions/handlers/subsidies/void-application';
import { handler as reviewApplication } from '../../functions/handlers/subsidies/review-application';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { apply, districtStaff, dongshanStaff, freshIdNumber, putApplicant, staff, startupBody, streetStaff, submittedStartup } from './fixtures-subsidies';
import { invoke } from './invoke';

/**
 * 名额核查: 张某 typed 李某's 身份证号 into a startup-subsidy draft first. 李某 comes to the counter; district staff look
 * the number up, see the draft, void it with a reason; the place is free and 李某 can apply.
 */
const claims = async (token: string | Promise<string>, query: Record<string, string>) => invoke(subsidyClaims, { token: await token, query });
const voidIt = async (token: string | Promise<string>, applicationId: string, body: Record<string, unknown>) =>
  invoke(voidApplication, { token: await token, params: { applicationId }, body });

describe('名额核查 and 作废', () => {
  it('district staff find the draft holding a 身份证号 and void it; the place is freed, the squatter told, the owner can apply', async () => {
    const victim = freshIdNumber();
    const squatter = await putApplicant('claims-squatter');
    const draft = await apply(squatter, startupBody({ idNumber: victim }));
    expect(draft.status).toBe(201);
    const owner = await putApplicant('claims-owner', { idNumber: victim });
    expect((await apply(owner, startupBody())).status).toBe(409);

    const found = await claims(districtStaff(), { idNumber: victim.toLowerCase() });
    expect(found.status).toBe(200);
    expect(found.body.claims).toHaveLength(1);
    const [claim] = found.body.claims;
    expect(claim).toMatchObject({ place: '一次性创业补贴（创业者本人）', policyId: 'startup-subsidy', districtName: '环翠区', canVoid: true });
    expect(claim.application).toMatchObject({ id: draft.body.id, status: 'draft' });
    expect(JSON.stringify(found.body)).not.toContain(victim);

    const tooShort = await voidIt(districtStaff(), draft.body.id, { reason: '冒用', expectedVersion: claim.application.version });
    expect(tooShort.status).toBe(400);
    const stale = await voidIt(districtStaff(), draft.body.id, { reason: '经核实身份证号非本人', expectedVersion: claim.application.version + 1 });
    expect(stale.status).toBe(409);
    const voided = await voidIt(districtStaff(), draft.body.id, { reason: '经核实身份证号非本人', expectedVersion: claim.application.version });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: 'rejected' });
    expect(voided.body.timeline.at(-1)).toMatchObject({ status: 'rejected', by: '区市名额核查', reason: '经核实身份证号非本人' });
    const told = (await invoke(myNotifications, { token: squatter })).body.items[0];
    expect(told).toMatchObject({ kind: 'subsidy_rejected', title: '补贴申请已作废' });
    expect(told.body).toContain('经核实身份证号非本人');

    expect((await claims(districtStaff(), { idNumber: victim })).body.claims).toEqual([]);
    expect((await apply(owner, startupBody())).status).toBe(201);
    const again = await voidIt(districtStaff(), draft.body.id, { reason: '经核实身份证号非本人', expectedVersion: voided.body.version });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SUBSIDY_NOT_VOIDABLE');
  });

  it('a credit code shows the business place; another district sees only whose it is and cannot void', async () => {
    const { id, application } = await submittedStartup('claims-entity');
    const code = application.facts.business.creditCode as string;
    const own = await claims(districtStaff(), { creditCode: code });
    expect(own.body.claims).toEqual([expect.objectContaining({ place: '一次性创业补贴（创业实体）', canVoid: true, application: expect.objectContaining({ id }) })]);
    const other = await claims(staff('district', '371003'), { creditCode: code });
    expect(other.body.claims).toEqual([{ place: '一次性创业补贴（创业实体）', policyId: 'startup-subsidy', districtName: '环翠区', application: null, canVoid: false }]);
    const outside = await voidIt(staff('district', '371003'), id, { reason: '经核实信用代码非本单位', expectedVersion: application.version });
    expect(outside.status).toBe(403);
    const city = await claims(staff('city', '3710'), { creditCode: code });
    expect(city.body.claims[0].canVoid).toBe(true);
  });

  it('community and street staff are 403 CLAIMS_DISTRICT_ONLY; a bad number or neither number is a Chinese 400', async () => {
    for (const token of [dongshanStaff(), streetStaff()]) {
      const res = await claims(token, { idNumber: freshIdNumber() });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('CLAIMS_DISTRICT_ONLY');
    }
    const good = freshIdNumber();
    const bad = await claims(districtStaff(), { idNumber: good.slice(0, 17) + (good[17] === '0' ? '1' : '0') });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ID_NUMBER_INVALID');
    const neither = await claims(districtStaff(), {});
    expect(neither.status).toBe(400);
    expect(neither.body.error.message).toContain('请填写身份证号或统一社会信用代码');
  });

  it('an approved application is not voided here (409): that money goes through the finance office', async () => {
    const { id } = await submittedStartup('claims-approved');
    for (const token of [dongshanStaff(), streetStaff(), districtStaff()]) {
      expect((await invoke(reviewApplication, { token: await token, params: { applicationId: id }, body: { decision: 'approve' } })).status).toBe(200);
    }
    const res = await voidIt(districtStaff(), id, { reason: '经核实身份证号非本人', expectedVersion: 4 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SUBSIDY_NOT_VOIDABLE');
  });
});
