import type { z } from 'zod';
import { DOCUMENT_KIND_LABEL, LOAN_KINDS, type SubsidyPolicy } from '@contract';
import type { LoanProductSchema } from '@contract';
import { configuredAmount, fixedAmount, floorAmount } from './amounts';
import {
  HIRING_SUBSIDY,
  LOAN_CITATION,
  LOAN_LIMITS,
  POLICY_DOCUMENTS,
  SOCIAL_INSURANCE_SUBSIDY,
  STARTUP_SUBSIDY,
  type LocalAmounts,
} from './policy-catalog';

const documentsOf = (id: SubsidyPolicy['id']) =>
  POLICY_DOCUMENTS[id].map((d) => ({ kind: d.kind, label: DOCUMENT_KIND_LABEL[d.kind], required: d.required }));

/** The catalog as residents read it: who, how much, on what conditions, with which papers, under which clause. */
export function policyCatalogView(localAmounts: LocalAmounts): SubsidyPolicy[] {
  const { youthAge, longUnemployedMonths, minContractMonths, graduateWithinYears } = HIRING_SUBSIDY;
  return [
    {
      id: 'startup-subsidy', name: STARTUP_SUBSIDY.name, applicant: 'person-or-employer', oncePer: 'ever',
      summary: '创办小微企业或个体工商户，可申请一次性创业补贴：威海小微企业 2 万元、个体工商户 5000 元',
      amounts: [
        { region: 'weihai', case: '小微企业', amount: fixedAmount(STARTUP_SUBSIDY.weihai['小微企业']) },
        { region: 'weihai', case: '个体工商户', amount: fixedAmount(STARTUP_SUBSIDY.weihai['个体工商户']) },
        { region: 'shandong-other', case: '小微企业', amount: floorAmount(STARTUP_SUBSIDY.shandongFloor['小微企业']) },
        { region: 'shandong-other', case: '新注册个体工商户', amount: floorAmount(STARTUP_SUBSIDY.shandongFloor['个体工商户']) },
      ],
      conditions: [
        '创办小微企业或个体工商户，已办理营业执照',
        `山东省其他城市的个体工商户须为新注册（成立 ${STARTUP_SUBSIDY.shandongNewlyRegisteredMonths} 个月以内）`,
        '每人、每个单位限申请一次',
      ],
      documents: documentsOf('startup-subsidy'),
      citations: [STARTUP_SUBSIDY.citation.weihai, STARTUP_SUBSIDY.citation['shandong-other']],
    },
    {
      id: 'hiring-subsidy', name: HIRING_SUBSIDY.name, applicant: 'employer', oncePer: 'ever',
      summary: '用人单位招用高校毕业生、失业青年或长期失业人员并签 1 年以上劳动合同，可申请一次性吸纳就业补贴',
      amounts: [
        { region: 'weihai', case: '每招用 1 人', amount: configuredAmount(localAmounts['hiring-subsidy']) },
        { region: 'shandong-other', case: '每招用 1 人', amount: configuredAmount(null) },
      ],
      conditions: [
        `被招用人员是：毕业年度或离校 ${graduateWithinYears} 年内未就业高校毕业生；或登记失业的 ${youthAge.min}—${youthAge.max} 岁青年；或登记失业 ${longUnemployedMonths} 个月以上人员`,
        `签订 ${minContractMonths} 个月（1 年）以上劳动合同`,
        '每名被招用人员只能申请一次',
      ],
      documents: documentsOf('hiring-subsidy'),
      citations: [HIRING_SUBSIDY.citation],
    },
    {
      id: 'social-insurance-subsidy', name: SOCIAL_INSURANCE_SUBSIDY.name, applicant: 'person', oncePer: 'year',
      summary: '就业困难人员到单位就业或灵活就业，可按规定申请社会保险补贴',
      amounts: [
        { region: 'weihai', case: '就业困难人员', amount: configuredAmount(localAmounts['social-insurance-subsidy']) },
        { region: 'shandong-other', case: '就业困难人员', amount: configuredAmount(null) },
      ],
      conditions: ['属于就业困难人员（以社区就业援助台账认定为准）', '已到单位就业或灵活就业', '每人每年申请一次'],
      documents: documentsOf('social-insurance-subsidy'),
      citations: [SOCIAL_INSURANCE_SUBSIDY.citation.weihai],
    },
  ];
}

export function loanProductsView(): z.infer<typeof LoanProductSchema>[] {
  return LOAN_KINDS.map((kind) => ({ kind, label: LOAN_LIMITS[kind].label, maxYuan: LOAN_LIMITS[kind].maxYuan, maxMonths: LOAN_LIMITS[kind].maxMonths, citation: LOAN_CITATION }));
}
