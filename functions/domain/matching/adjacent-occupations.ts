import type { SKILLS } from '@contract';

type Skill = (typeof SKILLS)[number];

export interface AdjacentOccupation {
  occupation: string;
  because: string;
}

/**
 * 相近职业: for each skill on the curated list, the occupations it transfers to with little or no retraining.
 * Shown when few jobs match a resident's skills directly, to widen the search (岗位推送、职业指导, 鲁就办〔2023〕13号 三、14/16).
 * Several follow the featured training lines 家政服务、健康照护、鲁菜师傅、网约配送、直播销售、山东手造 (威就办〔2023〕9号 三、9).
 * Data, not code: keyed by every skill, so adding a skill to SKILLS without an entry here fails the type check.
 */
export const ADJACENT_OCCUPATIONS: Readonly<Record<Skill, readonly AdjacentOccupation[]>> = {
  保洁: [
    { occupation: '物业保洁员', because: '保洁经验可直接用于小区、楼宇的日常清洁' },
    { occupation: '酒店客房服务员', because: '客房整理与保洁的做法和标准相近' },
  ],
  家政: [
    { occupation: '钟点工/住家保姆', because: '家务料理经验可直接上岗，时间灵活' },
    { occupation: '养老护理员', because: '照顾家人起居的经验适合照护老人，可参加健康照护培训' },
  ],
  育婴: [
    { occupation: '托育机构保育员', because: '照看婴幼儿的经验适用于托育园所' },
    { occupation: '母婴护理员（月嫂）', because: '育婴基础上加学产妇护理即可' },
  ],
  养老护理: [
    { occupation: '医院护工', because: '翻身、喂饭、陪护等护理技能相通' },
    { occupation: '居家养老上门服务员', because: '社区居家养老需要同样的照护技能' },
  ],
  烹饪: [
    { occupation: '面点师', because: '和面、蒸煮等灶台功夫相通，可参加鲁菜师傅培训' },
    { occupation: '后厨帮工', because: '会做饭可直接做备菜、配菜' },
    { occupation: '单位食堂厨师', because: '家常菜手艺适合大锅菜' },
  ],
  面点: [
    { occupation: '早餐店面点师', because: '包子、馒头、饺子等手艺可直接用上' },
    { occupation: '烘焙店学徒', because: '揉面发面的基础可转做烘焙' },
  ],
  餐饮服务: [
    { occupation: '酒店宴会服务员', because: '点菜、传菜、摆台的经验相同' },
    { occupation: '茶饮/咖啡店员', because: '接待顾客和出餐流程相近' },
  ],
  搬运装卸: [
    { occupation: '仓库理货员', because: '熟悉货物搬运和码放，再学点货入账即可' },
    { occupation: '快递分拣员', because: '同样是体力活，按单分拣容易上手' },
  ],
  快递分拣: [
    { occupation: '仓储打包员', because: '分拣、打包是同一条流水线上的活' },
    { occupation: '快递驿站店员', because: '熟悉快递单和包裹管理' },
  ],
  配送: [
    { occupation: '外卖骑手', because: '熟悉路线和按时送达，可参加网约配送培训' },
    { occupation: '同城跑腿员', because: '送货经验可直接用于代买代送' },
  ],
  驾驶: [
    { occupation: '网约车司机', because: '有驾驶经验，办好从业资格即可' },
    { occupation: '物流货车司机', because: '驾驶技能相通，需相应准驾车型' },
  ],
  手工加工: [
    { occupation: '社区微工厂来料加工', because: '手工活可在家门口的微工厂计件做' },
    { occupation: '手造工艺品制作', because: '手巧可学山东手造，居家也能做' },
  ],
  缝纫: [
    { occupation: '服装厂缝纫工', because: '会用缝纫机可直接上流水线' },
    { occupation: '家纺/窗帘加工', because: '裁剪缝制技能相同' },
  ],
  理货收银: [
    { occupation: '超市理货员', because: '上架、盘点的经验可直接用上' },
    { occupation: '便利店店员', because: '收银和理货是便利店的日常工作' },
  ],
  绿化: [
    { occupation: '园林养护工', because: '修剪、浇灌、除草的活相同' },
    { occupation: '物业绿化工', because: '小区绿化养护需要同样技能' },
  ],
  农业种植: [
    { occupation: '果园采摘工', because: '熟悉农活，采摘季用工多' },
    { occupation: '大棚种植工', because: '种植经验可用于设施农业' },
  ],
  水产加工: [
    { occupation: '海产品加工厂工人', because: '去壳、分拣、晾晒等工序相同' },
    { occupation: '冷库分拣工', because: '熟悉水产品分级和保鲜' },
  ],
  水电维修: [
    { occupation: '物业维修工', because: '小区报修多为水电问题' },
    { occupation: '家电安装工', because: '接线、打孔、安装的技能相通' },
  ],
  电脑办公: [
    { occupation: '社区文员/数据录入员', because: '会用电脑办公即可录入和整理资料' },
    { occupation: '电商客服', because: '会打字、会用电脑就能在线接待顾客' },
  ],
  直播销售: [
    { occupation: '电商客服', because: '熟悉商品讲解和回答顾客问题' },
    { occupation: '短视频运营助理', because: '直播经验可用于拍摄剪辑和账号运营' },
  ],
  安保: [
    { occupation: '物业秩序维护员', because: '巡逻、门岗的工作内容相同' },
    { occupation: '停车场管理员', because: '值守和车辆引导的经验可直接用上' },
  ],
};
