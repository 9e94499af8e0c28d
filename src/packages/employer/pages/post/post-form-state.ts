import type { JobTag, JobType, Org, PayUnit, Posting, PostingBody } from '@contract'
import { POSTING_LIMITS } from '@/constants/employer'
import type { PostingTemplate } from '@/constants/posting-templates'
import { weihaiTime } from '@/utils/job-format'
import type { CommunityChoice } from '../../components/community-field'

/** The 发布岗位 form as typed; strings where the user types, turned into a PostingBody on submit. */
export interface PostForm {
  templateId: string | null
  title: string
  type: JobType
  payAmount: string
  payUnit: PayUnit
  scheduleKind: 'once' | 'recurring'
  date: string
  weekdays: number[]
  fromDate: string
  toDate: string
  startTime: string
  endTime: string
  headcount: string
  ageMin: string
  ageMax: string
  tags: JobTag[]
  skills: string[]
  description: string
  /** One requirement a line. */
  requirements: string
  address: string
  community: CommunityChoice | null
  waitlistEnabled: boolean
}

/**
 * Error messages keyed like the server's field paths under `body` (services/postings.ts fieldErrorsByPath), so a
 * local check and a server answer land next to the same field: `title`, `schedule.endTime`, `communityCode`…
 */
export type PostErrors = Record<string, string | undefined>

const DAY_MS = 24 * 3600_000
const pad = (n: number) => String(n).padStart(2, '0')

/** Today in Weihai (the API counts days in UTC+8), as YYYY-MM-DD. */
export function weihaiToday(now: number = Date.now()): string {
  const t = weihaiTime(now)!
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS)
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六']

/** 「11月25日 周三」 for a YYYY-MM-DD date; '' when it is not one. */
export function dateLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return ''
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEKDAY_NAMES[d.getUTCDay()]}`
}

/** 「周五 28日」 for the day chips after 后天. */
export function shortDateLabel(date: string): string {
  const full = dateLabel(date)
  const m = /^\d+月(\d+)日 (周.)$/.exec(full)
  return m ? `${m[2]} ${m[1]}日` : full
}

/** Lenient time entry: 「9」「9:30」「0930」「9.30」「9点半」「９：００」 → 「09:30」; null when it cannot be read. */
export function normaliseTime(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/点半$/, ':30')
    .replace(/[点时：.。]/g, ':')
    .replace(/分$/, '')
  let h: number
  let min: number
  let m = /^(\d{1,2})(?::(\d{1,2})?)?$/.exec(s)
  if (m) {
    h = Number(m[1])
    min = m[2] ? Number(m[2]) : 0
  } else if ((m = /^(\d{1,2})(\d{2})$/.exec(s))) {
    h = Number(m[1])
    min = Number(m[2])
  } else return null
  if (h > 23 || min > 59) return null
  return `${pad(h)}:${pad(min)}`
}

/** Lenient date entry: 「2026-11-25」「2026/11/25」「2026.11.25」「2026年11月25日」; 「11-25」 means the next such day. */
export function normaliseDate(raw: string, today: string = weihaiToday()): string | null {
  const s = raw.trim().replace(/[年月/.]/g, '-').replace(/日$/, '')
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  let y: number
  if (m) y = Number(m[1])
  else if ((m = /^()(\d{1,2})-(\d{1,2})$/.exec(s))) y = Number(today.slice(0, 4))
  else return null
  const mo = Number(m[2])
  const d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
  let date = `${y}-${pad(mo)}-${pad(d)}`
  if (!m[1] && date < today) date = `${y + 1}-${pad(mo)}-${pad(d)}`
  // 2月30日 and the like roll over in Date: refuse them instead.
  const check = new Date(Date.UTC(Number(date.slice(0, 4)), mo - 1, d))
  return check.getUTCDate() === d ? date : null
}

export function blankPostForm(org: Org | null, today: string = weihaiToday()): PostForm {
  return {
    templateId: null,
    title: '',
    type: '零工',
    payAmount: '',
    payUnit: '元/小时',
    scheduleKind: 'once',
    date: addDays(today, 1),
    weekdays: [1, 2, 3, 4, 5],
    fromDate: addDays(today, 1),
    toDate: addDays(today, 30),
    startTime: '08:00',
    endTime: '12:00',
    headcount: '1',
    ageMin: '',
    ageMax: '',
    tags: [],
    skills: [],
    description: '',
    requirements: '',
    address: org?.address ?? '',
    community: org ? { code: org.community.code, name: org.community.name } : null,
    waitlistEnabled: true,
  }
}

/** A template fills what the job is; the day, the place and the schedule kind stay as the user set them. */
export function applyTemplate(f: PostForm, t: PostingTemplate): PostForm {
  return {
    ...f,
    templateId: t.id,
    title: t.title,
    type: t.type,
    payAmount: String(t.payAmount),
    payUnit: t.payUnit,
    startTime: t.startTime,
    endTime: t.endTime,
    headcount: String(t.headcount),
    tags: [...t.tags],
    skills: [...t.skills],
    description: t.description,
    requirements: t.requirements.join('\n'),
  }
}

/**
 * A saved posting as a form. `edit` keeps it as it is; `repeat` (再发一次) keeps the job and moves the days forward:
 * a one-off to tomorrow, a weekly one to start tomorrow for as many days as before.
 */
export function formFromPosting(p: Posting, mode: 'edit' | 'repeat', today: string = weihaiToday()): PostForm {
  const s = p.schedule
  const base: PostForm = {
    templateId: p.templateId,
    title: p.title,
    type: p.type,
    payAmount: String(p.payAmount),
    payUnit: p.payUnit,
    scheduleKind: s.kind,
    date: s.kind === 'once' ? s.date : addDays(today, 1),
    weekdays: s.kind === 'recurring' ? [...s.weekdays] : [1, 2, 3, 4, 5],
    fromDate: s.kind === 'recurring' ? s.fromDate : addDays(today, 1),
    toDate: s.kind === 'recurring' ? s.toDate : addDays(today, 30),
    startTime: s.startTime,
    endTime: s.endTime,
    headcount: String(p.headcount),
    ageMin: p.ageMin === null ? '' : String(p.ageMin),
    ageMax: p.ageMax === null ? '' : String(p.ageMax),
    tags: [...p.tags],
    skills: [...p.skills],
    description: p.description,
    requirements: p.requirements.join('\n'),
    address: p.address,
    community: { code: p.communityCode, name: '' },
    waitlistEnabled: p.waitlistEnabled,
  }
  if (mode === 'edit') return base
  const start = addDays(today, 1)
  if (s.kind === 'once') return { ...base, date: start }
  const span = Math.max(0, Math.round((Date.parse(s.toDate) - Date.parse(s.fromDate)) / DAY_MS))
  return { ...base, fromDate: start, toDate: addDays(start, span) }
}

function splitLines(text: string): string[] {
  return text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
}

const optionalAge = (raw: string): number | null => (raw.trim() ? Number(raw.trim()) : null)

/** The checks PostingBodySchema makes, with its messages, plus the dates being today or later. */
export function validatePostForm(f: PostForm, today: string = weihaiToday()): PostErrors {
  const L = POSTING_LIMITS
  const e: PostErrors = {}
  const title = f.title.trim()
  if (title.length < L.titleMin) e.title = `岗位名称至少 ${L.titleMin} 个字`
  else if (title.length > L.titleMax) e.title = `岗位名称最多 ${L.titleMax} 个字`

  const pay = Number(f.payAmount.trim())
  if (!f.payAmount.trim() || !Number.isFinite(pay) || pay <= 0) e.payAmount = '请填写工资（大于 0 的数字）'
  else if (pay > L.payMax) e.payAmount = '工资数额太大了，请核对'

  const start = normaliseTime(f.startTime)
  const end = normaliseTime(f.endTime)
  if (!start) e['schedule.startTime'] = '开始时间格式应为 09:00'
  if (!end) e['schedule.endTime'] = '结束时间格式应为 17:00'
  else if (start && start >= end) e['schedule.endTime'] = '结束时间要晚于开始时间'

  if (f.scheduleKind === 'once') {
    const date = normaliseDate(f.date, today)
    if (!date) e['schedule.date'] = '日期格式应为 2026-11-25，也可以点上面的日期'
    else if (date < today) e['schedule.date'] = '这个日期已经过去了，请重新选择'
  } else {
    if (f.weekdays.length === 0) e['schedule.weekdays'] = '请至少选择一个工作日'
    const from = normaliseDate(f.fromDate, today)
    const to = normaliseDate(f.toDate, today)
    if (!from) e['schedule.fromDate'] = '开始日期格式应为 2026-11-25'
    else if (from < today) e['schedule.fromDate'] = '开始日期已经过去了，请重新选择'
    if (!to) e['schedule.toDate'] = '结束日期格式应为 2026-12-25'
    else if (from && to < from) e['schedule.toDate'] = '结束日期不能早于开始日期'
  }

  const headcount = Number(f.headcount.trim())
  if (!/^\d+$/.test(f.headcount.trim()) || headcount < L.headcountMin) e.headcount = `招聘人数至少 ${L.headcountMin} 人`
  else if (headcount > L.headcountMax) e.headcount = `招聘人数最多 ${L.headcountMax} 人`

  const ageMin = optionalAge(f.ageMin)
  const ageMax = optionalAge(f.ageMax)
  if (ageMin !== null && (!Number.isInteger(ageMin) || ageMin < L.ageMin || ageMin > L.ageMax)) e.ageMin = `年龄下限应在 ${L.ageMin}–${L.ageMax} 周岁之间`
  if (ageMax !== null && (!Number.isInteger(ageMax) || ageMax < L.ageMin || ageMax > L.ageMax)) e.ageMax = `年龄上限应在 ${L.ageMin}–${L.ageMax} 周岁之间`
  else if (ageMin !== null && ageMax !== null && !e.ageMin && ageMin > ageMax) e.ageMax = '年龄下限不能大于上限'

  const description = f.description.trim()
  if (description.length < L.descriptionMin) e.description = `工作内容至少写 ${L.descriptionMin} 个字，让居民看明白做什么`
  else if (description.length > L.descriptionMax) e.description = `工作内容最多 ${L.descriptionMax} 个字`

  const requirements = splitLines(f.requirements)
  if (requirements.length > L.requirementsMax) e.requirements = `要求最多 ${L.requirementsMax} 条（每行一条）`
  else if (requirements.some((r) => r.length > L.requirementMax)) e.requirements = `每条要求最多 ${L.requirementMax} 个字`

  const address = f.address.trim()
  if (address.length < L.addressMin) e.address = '请填写工作地点'
  else if (address.length > L.addressMax) e.address = `工作地点最多 ${L.addressMax} 个字`
  if (!f.community) e.communityCode = '请选择工作地点所在的社区'
  return e
}

export function countErrors(e: PostErrors): number {
  return Object.values(e).filter(Boolean).length
}

/** Call after validatePostForm found nothing. */
export function toPostingBody(f: PostForm, publish: boolean, today: string = weihaiToday()): PostingBody {
  const startTime = normaliseTime(f.startTime)!
  const endTime = normaliseTime(f.endTime)!
  const schedule: PostingBody['schedule'] =
    f.scheduleKind === 'once'
      ? { kind: 'once', date: normaliseDate(f.date, today)!, startTime, endTime }
      : {
          kind: 'recurring',
          weekdays: [...f.weekdays].sort((a, b) => a - b),
          fromDate: normaliseDate(f.fromDate, today)!,
          toDate: normaliseDate(f.toDate, today)!,
          startTime,
          endTime,
        }
  return {
    title: f.title.trim(),
    type: f.type,
    payAmount: Number(f.payAmount.trim()),
    payUnit: f.payUnit,
    schedule,
    headcount: Number(f.headcount.trim()),
    ageMin: optionalAge(f.ageMin),
    ageMax: optionalAge(f.ageMax),
    tags: f.tags,
    skills: f.skills,
    description: f.description.trim(),
    requirements: splitLines(f.requirements),
    address: f.address.trim(),
    communityCode: f.community!.code,
    waitlistEnabled: f.waitlistEnabled,
    publish,
    templateId: f.templateId,
  }
}

/** A saved posting carries only the community code: name it from the org when it is the org's own community. */
export function withCommunityName(f: PostForm, known: CommunityChoice | null): PostForm {
  if (!f.community || f.community.name) return f
  const name = known && known.code === f.community.code ? known.name : '原岗位所在社区'
  return { ...f, community: { code: f.community.code, name } }
}
