import { STATION_STANDARDS } from '../../contract';
import { stationItem } from '../../functions/adapters/dynamo/stations';
import { nextStation } from '../../functions/domain/stations/checklist';

/**
 * Demo 「六有」 checklists (威就办〔2023〕9号 二) for a few communities, some meeting all six. A seeded bucket holds no
 * photos, so seeded entries carry no photo keys; reads tolerate that, and only a staff save (PUT) demands photos
 * for met items. Stored at version 1, so the first save from the app is `expectedVersion: 1`.
 */
const DEMO: { code: string; met: number; notes?: Partial<Record<(typeof STATION_STANDARDS)[number], string>> }[] = [
  { code: '371002002001', met: 6, notes: { 标识: '服务站门口挂牌「家门口就业服务站」', 活动场所: '社区党群服务中心二楼活动室' } }, // 东山居委会
  { code: '371002002002', met: 4 }, // 鲸园居委会: 电子设备, 活动场所 not yet
  { code: '371003001203', met: 6, notes: { 专兼职服务人员: '村委会 1 名专职、2 名兼职' } }, // 茅埠屯村委会
  { code: '371071004001', met: 2 }, // 金海湾居委会
];

export function demoStationItems(createdAt: string): Record<string, unknown>[] {
  return DEMO.map(({ code, met, notes }) => {
    const standards = STATION_STANDARDS.map((standard, i) => ({ standard, met: i < met, note: notes?.[standard] ?? '', photoKeys: [] as string[] }));
    return stationItem(nextStation(code, standards, 0, createdAt, '演示数据'));
  });
}
