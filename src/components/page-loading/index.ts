export { PageLoading } from './page-loading'
export type { PageLoadingProps } from './page-loading'
