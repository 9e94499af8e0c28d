export { KindBadge } from './kind-badge'
