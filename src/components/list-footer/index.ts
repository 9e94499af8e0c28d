export { ListFooter } from './list-footer'
export type { ListFooterProps } from './list-footer'
