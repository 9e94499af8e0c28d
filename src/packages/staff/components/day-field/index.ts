export { DayField } from './day-field'
