import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  // Full reloads instead of React fast refresh (which would need extra dev-only packages).
  h5: { devServer: { hot: false } },
} satisfies UserConfigExport<'webpack5'>
