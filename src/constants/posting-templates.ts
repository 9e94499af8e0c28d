import type { JobTag, JobType, PayUnit } from '@contract'
import type { Skill } from './profile'

/**
 * 一分钟发布: the common community jobs as ready-made postings. Tapping a chip fills the whole form; the employer
 * only picks the day and checks the numbers. Pay is above Weihai's minimum (21 元/小时, 168 元 for an 8-hour day)
 * and no description mentions fees, deposits or outside contacts — tests/build/posting-templates.test.ts checks
 * every template against the contract's PostingBodySchema and the server's scam-word list.
 */
export interface PostingTemplate {
  /** Sent as `templateId`, so staff can see which postings came from a template. */
  id: string
  /** The chip's text. */
  label: string
  title: string
  type: JobType
  payAmount: number
  payUnit: PayUnit
  startTime: string
  endTime: string
  headcount: number
  tags: JobTag[]
  skills: Skill[]
  description: string
  requirements: string[]
}

export const POSTING_TEMPLATES: readonly PostingTemplate[] = [
  {
    id: 'cleaning',
    label: '保洁',
    title: '小区楼道保洁',
    type: '零工',
    payAmount: 25,
    payUnit: '元/小时',
    startTime: '08:00',
    endTime: '11:00',
    headcount: 2,
    tags: ['无经验可', '大龄友好'],
    skills: ['保洁'],
    description: '打扫小区楼道、电梯间和门厅，清理垃圾桶周边。清洁工具和用品由单位提供，当天完工当天结算。',
    requirements: ['身体健康，能上下楼梯'],
  },
  {
    id: 'loading',
    label: '搬运装卸',
    title: '仓库货物搬运装卸',
    type: '零工',
    payAmount: 200,
    payUnit: '元/天',
    startTime: '08:00',
    endTime: '16:00',
    headcount: 4,
    tags: ['无经验可'],
    skills: ['搬运装卸'],
    description: '在仓库装卸货车、搬运整箱货物并码放整齐。单位提供手套和午饭，中间有休息，当天结算工资。',
    requirements: ['能搬运 25 公斤左右的货物'],
  },
  {
    id: 'housekeeping',
    label: '家政',
    title: '居家保洁家政',
    type: '零工',
    payAmount: 35,
    payUnit: '元/小时',
    startTime: '09:00',
    endTime: '12:00',
    headcount: 1,
    tags: ['大龄友好'],
    skills: ['家政', '保洁'],
    description: '上门为居民家庭做日常保洁：擦拭家具门窗、拖地、整理厨房和卫生间。按小时计酬，完工后结算。',
    requirements: ['做事细心，有家务经验更好'],
  },
  {
    id: 'kitchen-helper',
    label: '餐饮帮工',
    title: '饭店后厨帮工',
    type: '兼职',
    payAmount: 150,
    payUnit: '元/天',
    startTime: '10:00',
    endTime: '14:00',
    headcount: 2,
    tags: ['无经验可', '大龄友好'],
    skills: ['餐饮服务', '烹饪'],
    description: '午餐时段在后厨洗菜、切配、洗碗，帮忙收拾餐桌。单位管一顿午饭，工作服由单位提供。',
    requirements: ['有健康证更好，没有可以入职后办理'],
  },
  {
    id: 'parcel-sorting',
    label: '快递分拣',
    title: '快递站夜间分拣',
    type: '零工',
    payAmount: 24,
    payUnit: '元/小时',
    startTime: '18:00',
    endTime: '22:00',
    headcount: 5,
    tags: ['无经验可'],
    skills: ['快递分拣'],
    description: '在社区快递驿站按小区和楼号分拣包裹、扫码上架。现场有人带着做，一晚上就能学会。',
    requirements: ['会用智能手机扫码'],
  },
  {
    id: 'outwork',
    label: '来料加工',
    title: '手工串珠来料加工',
    type: '社区微工厂',
    payAmount: 0.5,
    payUnit: '元/件',
    startTime: '09:00',
    endTime: '16:00',
    headcount: 10,
    tags: ['无经验可', '大龄友好', '残疾人友好', '社区微工厂'],
    skills: ['手工加工'],
    description: '在社区微工厂做手工串珠饰品，材料和工具由单位提供，按件计酬，多劳多得，时间可以自己安排。',
    requirements: ['手脚灵活，眼神好'],
  },
  {
    id: 'community-service',
    label: '社区服务',
    title: '社区活动协助员',
    type: '零工',
    payAmount: 22,
    payUnit: '元/小时',
    startTime: '14:00',
    endTime: '17:00',
    headcount: 3,
    tags: ['大龄友好', '无经验可'],
    skills: ['电脑办公'],
    description: '协助社区组织便民活动：布置场地、引导居民签到、维持秩序，活动结束后整理现场。',
    requirements: ['说话和气，愿意和居民打交道'],
  },
]
