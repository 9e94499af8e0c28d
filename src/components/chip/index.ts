export { Chip, ChipGroup } from './chip'
export type { ChipProps } from './chip'
