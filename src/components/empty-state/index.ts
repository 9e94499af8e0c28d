export { EmptyState } from './empty-state'
export type { EmptyStateProps, EmptyAction } from './empty-state'
