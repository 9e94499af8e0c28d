import { Text, View } from '@tarojs/components'
import { dayText } from '@/utils/days'
import './subsidy.scss'

type Show = (v: unknown) => string | null

const text: Show = (v) => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null)
const day: Show = (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? dayText(v) : null)
const yesNo: Show = (v) => (v === true ? '是' : v === false ? '否' : null)
const list: Show = (v) => (Array.isArray(v) && v.length ? v.map(String).join('、') : null)

/** The stated facts worth reading, per section, in the words of the form. Anything else (and PII) is not shown. */
const LABELS: Record<string, [string, Show][]> = {
  business: [
    ['kind', text],
    ['name', text],
    ['creditCode', text],
    ['registeredOn', day],
  ],
  hire: [
    ['name', text],
    ['idNumberMasked', text],
    ['age', (v) => (typeof v === 'number' ? `${v} 岁` : null)],
    ['hiredOn', day],
    ['contractMonths', (v) => (typeof v === 'number' ? `${v} 个月` : null)],
    ['graduatedOn', day],
    ['unemployedSinceGraduation', yesNo],
    ['unemploymentRegisteredOn', day],
  ],
  worker: [
    ['assistedCategories', list],
    ['work', text],
    ['startedOn', day],
  ],
}

const FIELD_LABEL: Record<string, string> = {
  'business.kind': '类型',
  'business.name': '名称',
  'business.creditCode': '信用代码',
  'business.registeredOn': '成立日期',
  'hire.name': '被招用人员',
  'hire.idNumberMasked': '身份证号',
  'hire.age': '招用时年龄',
  'hire.hiredOn': '招用日期',
  'hire.contractMonths': '合同期限',
  'hire.graduatedOn': '离校日期',
  'hire.unemployedSinceGraduation': '离校后一直未就业',
  'hire.unemploymentRegisteredOn': '失业登记日期',
  'worker.assistedCategories': '困难类别',
  'worker.work': '就业情况',
  'worker.startedOn': '开始就业',
}

/** 填写的情况 of an application (`facts`), for the applicant and the reviewers. */
export function FactsList({ facts }: { facts: Record<string, unknown> }) {
  const rows: { label: string; value: string }[] = []
  for (const section of Object.keys(LABELS)) {
    const part = facts[section]
    if (!part || typeof part !== 'object') continue
    for (const [key, show] of LABELS[section]) {
      const value = show((part as Record<string, unknown>)[key])
      if (value) rows.push({ label: FIELD_LABEL[`${section}.${key}`], value })
    }
  }
  if (typeof facts.note === 'string' && facts.note) rows.push({ label: '补充说明', value: facts.note })
  if (rows.length === 0) return <Text className='subsidy-none'>没有可显示的内容。</Text>
  return (
    <View className='facts' data-testid='subsidy-facts'>
      {rows.map((r) => (
        <View key={r.label} className='facts__row'>
          <Text className='facts__label'>{r.label}</Text>
          <Text className='facts__value'>{r.value}</Text>
        </View>
      ))}
    </View>
  )
}
