export { isFullPhone, SignupTimeline, StatusTag, WorkerFacts } from './signup-parts'
export type { Worker, WorkerFactsProps } from './signup-parts'
