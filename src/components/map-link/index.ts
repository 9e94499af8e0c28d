export { MapLink } from './map-link'
export type { MapLinkProps } from './map-link'
