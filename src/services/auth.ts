import Taro from '@tarojs/taro'
import type { DevPersona, Session } from '@contract'
import { call } from './request'
import { session } from './session'

export function listDevPersonas(): Promise<DevPersona[]> {
  return call('listDevPersonas').then((r) => r.items)
}

export async function devLogin(persona: string): Promise<Session> {
  const s = await call('devLogin', { body: { persona } })
  session.start(s)
  return s
}

/** weapp only: wx.login → code → our token (code2Session happens on the server). */
export async function wechatLogin(): Promise<Session> {
  const { code } = await Taro.login()
  const s = await call('wechatLogin', { body: { code } })
  session.start(s)
  return s
}
