export { DivisionCascade } from './division-cascade'
export type { DivisionCascadeProps, CascadeRoot } from './division-cascade'
