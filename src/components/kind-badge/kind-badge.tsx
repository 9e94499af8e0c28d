import type { CommunityKind } from '@contract'
import { Tag } from '@/components/nut'
import { KIND_LABEL } from '@/utils/format'
import './kind-badge.scss'

const COLORS: Record<CommunityKind, { background: string; color: string }> = {
  urban: { background: '#e8f0fe', color: '#0b57d0' },
  rural: { background: '#e6f4ea', color: '#0d652d' },
}

/** 城市社区 / 农村 */
export function KindBadge({ kind }: { kind: CommunityKind }) {
  return (
    <Tag className={`kind-badge kind-badge--${kind}`} background={COLORS[kind].background} color={COLORS[kind].color}>
      {KIND_LABEL[kind]}
    </Tag>
  )
}
