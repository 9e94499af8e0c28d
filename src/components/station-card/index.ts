export { StationCard } from './station-card'
export type { StationCardProps } from './station-card'
