import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')

/** Same aliases as tsconfig.json `paths`, registered for both targets. */
const alias = {
  '@contract': path.resolve(root, 'contract/index.ts'),
  '@': path.resolve(root, 'src'),
}

/**
 * The weapp API origin. H5 always calls the relative `/api` prefix (see src/services/api-base.ts),
 * so this only matters for the mini-program. A `.env*` file with TARO_APP_API_BASE overrides it.
 */
/** Compile the shared contract (TypeScript outside src/) like our own sources. */
const compile = { include: [path.resolve(root, 'contract')] }

const weappApiBase = process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000'

// https://docs.taro.zone/docs/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'doorstep-jobs',
    date: '2025-11-23',
    // 375: 1px in scss = 1 css px on a 375-wide phone (2rpx), so an 18px body font really is 18px.
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    alias,
    env: {
      TARO_APP_API_BASE: JSON.stringify(weappApiBase),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    sass: {},
    mini: {
      // Modules shared only by sub-packages go into those sub-packages, not the main package.
      optimizeMainPackage: { enable: true },
      compile,
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile,
      webpackChain(chain) {
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of the
        // shared code (services, components, Taro's fetch polyfill). Share it across pages instead.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } })
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
