import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { onAppLaunch } from '@/services/app-lifecycle'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(onAppLaunch)
  // children is the page being rendered
  return children
}

export default App
