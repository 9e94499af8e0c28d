export { Chart } from './chart'
export type { ChartProps, ChartSeries } from './chart'
