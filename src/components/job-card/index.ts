export { JobCard } from './job-card'
export type { JobCardProps } from './job-card'
