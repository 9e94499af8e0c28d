/** uCharts ships no types; the dashboard uses the constructor and `updateData` only. */
declare module '@qiun/ucharts' {
  export default class UCharts {
    constructor(options: Record<string, unknown>)
    updateData(data: Record<string, unknown>): void
  }
}
