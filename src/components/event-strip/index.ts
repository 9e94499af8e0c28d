export { EventStrip } from './event-strip'
