import type { StationStandard } from '@contract'

/**
 * 「六有」 options repeated from contract/stations.ts as plain data so zod stays out of the mini-program (see
 * constants/options.ts); tests/build/options-staff-desk.test.ts keeps them equal to the contract.
 */
export const STATION_STANDARDS = ['标识', '专兼职服务人员', '制度流程', '电子设备', '宣传专栏', '活动场所'] as const satisfies readonly StationStandard[]

export const STATION_STANDARD_LABEL: Record<StationStandard, string> = {
  标识: '有标识',
  专兼职服务人员: '有专兼职服务人员',
  制度流程: '有规范管理制度和服务流程',
  电子设备: '有便捷电子设备',
  宣传专栏: '有宣传专栏',
  活动场所: '有就业创业活动场所',
}

export const STATION_PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const STATION_PHOTOS_PER_STANDARD = 6
export const STATION_NOTE_MAX = 200
/** 威就办〔2023〕9号 二: ≥ 90% of communities meeting all six by 2025. */
export const STATION_TARGET_SHARE = 0.9
