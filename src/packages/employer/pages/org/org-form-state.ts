import type { Me, Org, OrgType, RegisterOrgBody } from '@contract'
import { CREDIT_CODE_BAD_CHARS, CREDIT_CODE_LENGTH, CREDIT_CODE_PATTERN, ORG_LIMITS } from '@/constants/employer'
import { PHONE_PATTERN } from '@/constants/profile'
import type { CommunityChoice } from '../../components/community-field'

/** The 单位登记 form as typed, before it becomes a RegisterOrgBody. */
export interface OrgForm {
  name: string
  type: OrgType | null
  creditCode: string
  contactName: string
  /** Never prefilled: the server only returns the masked number. */
  contactPhone: string
  address: string
  community: CommunityChoice | null
  headcount: string
  conditions: string
  /** A newly uploaded 营业执照; null keeps whatever is on file. */
  licenceKey: string | null
}

export type OrgFormErrors = Partial<Record<keyof OrgForm, string>>

/** A fresh form: the contact and the community default to the signed-in user's. */
export function emptyOrgForm(me: Me): OrgForm {
  const home = me.homeCommunity
  return {
    name: '',
    type: null,
    creditCode: '',
    contactName: me.name || '',
    contactPhone: '',
    address: '',
    community: home ? { code: home.code, name: home.name } : null,
    headcount: '',
    conditions: '',
    licenceKey: null,
  }
}

/** 修改后重新提交: everything the server sent back, except the phone, which has to be typed again. */
export function orgFormFrom(org: Org): OrgForm {
  return {
    name: org.name,
    type: org.type,
    creditCode: org.creditCode,
    contactName: org.contactName,
    contactPhone: '',
    address: org.address,
    community: { code: org.community.code, name: org.community.name },
    headcount: String(org.headcount),
    conditions: org.conditions,
    licenceKey: null,
  }
}

/** As typed on a phone: spaces dropped, capitals, at most 18. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase().slice(0, CREDIT_CODE_LENGTH)
}

/** A live hint under the 信用代码 box while it is typed; null once it has the right shape. */
export function creditCodeHint(code: string): string | null {
  if (!code) return '营业执照上的 18 位代码，字母会自动变成大写'
  const bad = code.match(CREDIT_CODE_BAD_CHARS)
  if (bad) return `统一社会信用代码不使用字母 ${[...new Set(bad)].join('、')}，请核对营业执照（可能是数字 0、1、5、2）`
  if (/[^0-9A-Z]/.test(code)) return '只能填数字和大写字母'
  if (code.length < CREDIT_CODE_LENGTH) return `已填 ${code.length} 位，还差 ${CREDIT_CODE_LENGTH - code.length} 位`
  return null
}

/** The checks RegisterOrgBodySchema makes, with its messages, so most mistakes show before a round trip. */
export function validateOrgForm(f: OrgForm): OrgFormErrors {
  const e: OrgFormErrors = {}
  const L = ORG_LIMITS
  const name = f.name.trim()
  if (name.length < L.nameMin) e.name = `单位名称至少 ${L.nameMin} 个字`
  else if (name.length > L.nameMax) e.name = `单位名称最多 ${L.nameMax} 个字`
  if (!f.type) e.type = '请选择单位类型'
  if (f.creditCode.length !== CREDIT_CODE_LENGTH) e.creditCode = '统一社会信用代码应为 18 位'
  else if (!CREDIT_CODE_PATTERN.test(f.creditCode)) e.creditCode = creditCodeHint(f.creditCode) ?? '统一社会信用代码格式不对，请核对营业执照'
  const contact = f.contactName.trim()
  if (contact.length < L.contactMin) e.contactName = '请填写联系人姓名'
  else if (contact.length > L.contactMax) e.contactName = `联系人姓名最多 ${L.contactMax} 个字`
  if (!PHONE_PATTERN.test(f.contactPhone.trim())) e.contactPhone = '请填写 11 位手机号码'
  const address = f.address.trim()
  if (address.length < L.addressMin) e.address = '请填写详细地址'
  else if (address.length > L.addressMax) e.address = `地址最多 ${L.addressMax} 个字`
  if (!f.community) e.community = '请选择单位所在的社区'
  const headcount = f.headcount.trim()
  if (!/^\d+$/.test(headcount)) e.headcount = '请填写用工数量（整数，没有可填 0）'
  else if (Number(headcount) > L.headcountMax) e.headcount = `用工数量不超过 ${L.headcountMax}`
  if (f.conditions.trim().length > L.conditionsMax) e.conditions = `用工条件最多 ${L.conditionsMax} 个字`
  return e
}

export function toRegisterBody(f: OrgForm): RegisterOrgBody {
  return {
    name: f.name.trim(),
    type: f.type!,
    creditCode: f.creditCode,
    contactName: f.contactName.trim(),
    contactPhone: f.contactPhone.trim(),
    address: f.address.trim(),
    communityCode: f.community!.code,
    headcount: Number(f.headcount.trim()),
    conditions: f.conditions.trim(),
    licenceKey: f.licenceKey,
  }
}

/** Which form field a server field path (`body.communityCode`) belongs to. */
export function formFieldOf(path: string): keyof OrgForm | null {
  const key = path.replace(/^body\.?/, '').split('.')[0]
  if (key === 'communityCode') return 'community'
  const known: (keyof OrgForm)[] = ['name', 'type', 'creditCode', 'contactName', 'contactPhone', 'address', 'headcount', 'conditions', 'licenceKey']
  return (known as string[]).includes(key) ? (key as keyof OrgForm) : null
}
