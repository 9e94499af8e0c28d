export { JobFilters } from './job-filters'
export type { JobFiltersProps } from './job-filters'
