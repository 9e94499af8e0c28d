import { NAME_MAX, EMPLOYER_MAX, NEEDS_EMPLOYER, NOTE_MAX, type AssistedCategory, type EmploymentStatus } from '@/constants/assistance'
import { PHONE_MESSAGE, PHONE_PATTERN } from '@/constants/profile'
import type { AssistedPerson, CreatePersonBody, UpdatePersonBody } from '@/services/assistance'
import { parseDay } from '@/utils/days'
import type { CommunityChoice } from '../../../employer/components/community-field'

/**
 * The 登记 / 修改 form as typed, its checks (the same rules and words as the server, so most mistakes show before
 * sending) and the bodies it becomes. The 身份证号 is entered once, at 登记; a phone left blank when editing is kept.
 */
export interface PersonForm {
  name: string
  idNumber: string
  phone: string
  community: CommunityChoice | null
  categories: AssistedCategory[]
  unemploymentRegisteredOn: string
  status: EmploymentStatus
  statusSince: string
  employerName: string
  note: string
  linkResident: boolean
}

export type FormKey = keyof PersonForm
export type FormErrors = Partial<Record<FormKey, string>>

export function emptyForm(community: CommunityChoice | null, today: string): PersonForm {
  return { name: '', idNumber: '', phone: '', community, categories: [], unemploymentRegisteredOn: '', status: '待业', statusSince: today, employerName: '', note: '', linkResident: true }
}

export function formOf(p: AssistedPerson): PersonForm {
  return {
    name: p.name, idNumber: '', phone: '', community: { code: p.community.code, name: p.community.name }, categories: [...p.categories],
    unemploymentRegisteredOn: p.unemploymentRegisteredOn ?? '', status: p.status, statusSince: p.statusSince, employerName: p.employerName, note: p.note,
    // keeps a staff decision to unlink; ticking it again looks the resident up anew
    linkResident: p.linkedResident !== null,
  }
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** GB 11643 check character, as the server checks it. */
function idNumberOk(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0)
  return '10X98765432'[sum % 11] === id[17]
}

export function checkForm(form: PersonForm, creating: boolean, today: string): FormErrors {
  const e: FormErrors = {}
  const name = form.name.trim()
  if (name.length < 2) e.name = '请填写姓名'
  else if (name.length > NAME_MAX) e.name = `姓名最多 ${NAME_MAX} 个字`
  if (creating) {
    const id = form.idNumber.trim().toUpperCase()
    if (!/^\d{17}[\dX]$/.test(id)) e.idNumber = '身份证号应为 18 位，最后一位可以是 X'
    else if (!idNumberOk(id)) e.idNumber = '身份证号校验不通过，请逐位核对'
  }
  if (form.phone.trim() && !PHONE_PATTERN.test(form.phone.trim())) e.phone = PHONE_MESSAGE
  if (!form.community) e.community = '请选择所在社区（村）'
  const unemployed = form.unemploymentRegisteredOn.trim()
  if (unemployed) {
    const day = parseDay(unemployed)
    if (!day) e.unemploymentRegisteredOn = '日期格式应为 2026-03-05'
    else if (day > today) e.unemploymentRegisteredOn = '失业登记日期不能晚于今天'
  }
  if (form.categories.length === 0 && !unemployed) e.categories = '请至少选择一个援助类别，或填写失业登记日期'
  const since = parseDay(form.statusSince)
  if (!since) e.statusSince = '日期格式应为 2026-03-05'
  else if (since > today) e.statusSince = '状态开始日期不能晚于今天'
  if (NEEDS_EMPLOYER.includes(form.status) && !form.employerName.trim()) e.employerName = `「${form.status}」请填写就业单位`
  if (form.employerName.trim().length > EMPLOYER_MAX) e.employerName = `单位名称最多 ${EMPLOYER_MAX} 个字`
  if (form.note.trim().length > NOTE_MAX) e.note = `备注最多 ${NOTE_MAX} 个字`
  return e
}

function common(form: PersonForm) {
  const unemployed = form.unemploymentRegisteredOn.trim()
  return {
    name: form.name.trim(),
    communityCode: form.community!.code,
    categories: form.categories,
    unemploymentRegisteredOn: unemployed ? parseDay(unemployed) : null,
    status: form.status,
    statusSince: parseDay(form.statusSince) ?? form.statusSince,
    employerName: form.status === '待业' ? '' : form.employerName.trim(),
    note: form.note.trim(),
    linkResident: form.linkResident,
  }
}

export function createBody(form: PersonForm): CreatePersonBody {
  return { ...common(form), idNumber: form.idNumber.trim().toUpperCase(), phone: form.phone.trim() || null }
}

/** A blank phone keeps the stored number (staff only see it masked). */
export function updateBody(form: PersonForm, expectedVersion: number): UpdatePersonBody {
  return { ...common(form), ...(form.phone.trim() ? { phone: form.phone.trim() } : {}), expectedVersion }
}

/** Where a server field error shows: `communityCode` under 所在社区, everything else under its own field. */
export const formKeyOf = (path: string): string => {
  const field = path.split('.')[0]
  return field === 'communityCode' ? 'community' : field
}
