export { StaffGate, type StaffGateProps } from './staff-gate'
