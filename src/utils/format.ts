import type { CommunityKind, DivisionLevel, Me, Role, ServiceCircle } from '@contract'

export const ROLE_LABEL: Record<Role, string> = {
  resident: '居民',
  employer: '用工单位',
  staff: '社区工作人员',
}

/** Staff scope level, as people in Weihai say it. */
export const LEVEL_LABEL: Record<DivisionLevel, string> = {
  community: '社区',
  street: '镇街',
  district: '区市',
  city: '市',
}

export const KIND_LABEL: Record<CommunityKind, string> = {
  urban: '城市社区',
  rural: '农村',
}

/** 「鲸园街道 · 环翠区」 */
export function placeLine(c: { street: { name: string }; district: { name: string } }): string {
  return `${c.street.name} · ${c.district.name}`
}

/** The circle's short name, e.g. 「步行 15 分钟服务圈」 or 「5 公里服务圈」. */
export function circleTitle(circle: Pick<ServiceCircle, 'label'>): string {
  const label = circle.label.trim()
  return /服务圈$/.test(label) ? label : `${label}服务圈`
}

/** 「步行 15 分钟服务圈（约 1200 米）」 for towns, 「5 公里服务圈」 for villages. */
export function circleDescription(circle: ServiceCircle): string {
  const title = circleTitle(circle)
  if (circle.mode === 'walk') return `${title}（约 ${circle.radiusMeters} 米）`
  return title
}

export function formatDistance(meters: number): string {
  if (meters < 1000) return `约 ${Math.max(1, Math.round(meters))} 米`
  return `约 ${(meters / 1000).toFixed(1)} 公里`
}

/** 「社区工作人员 · 镇街 · 鲸园街道」 */
export function roleLine(me: Me): string {
  if (me.role === 'staff' && me.staff) {
    return `${ROLE_LABEL.staff} · ${LEVEL_LABEL[me.staff.level]}级 · ${me.staff.divisionName}`
  }
  if (me.role === 'employer' && me.employer) return `${ROLE_LABEL.employer} · ${me.employer.orgName}`
  return ROLE_LABEL[me.role]
}

export function formatDate(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}
