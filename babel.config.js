// babel-preset-taro options and defaults: https://docs.taro.zone/docs/next/babel-config
// framework 'react' needs @babel/preset-react. `hot: false`: no react-refresh in watch builds (H5 dev
// server hot reload is off in config/dev.ts too), so no extra dev-only packages are needed.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        hot: false,
      },
    ],
  ],
}
