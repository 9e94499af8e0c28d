// NutUI on demand: each component from its own module plus only its own CSS, which is what NutUI's
// documented babel-plugin-import setup (libraryDirectory 'dist/es/packages', style 'css') generates.
// Importing from the package root would pull every component into the weapp main package.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button'
export { default as Tag } from '@nutui/nutui-react-taro/dist/es/packages/tag'
export type { ButtonProps } from '@nutui/nutui-react-taro/dist/es/packages/button'
