import Taro from '@tarojs/taro'
import type { Me, Session } from '@contract'

/**
 * The signed-in state: the bearer token and the last known `Me`, both kept in storage so a cold start
 * renders the right screen before `/me` answers. This module only holds state; fetching lives in me.ts/auth.ts.
 */
const TOKEN_KEY = 'token'
const ME_KEY = 'me'
const EXPIRES_KEY = 'tokenExpiresAt'

export interface SessionSnapshot {
  token: string | null
  me: Me | null
}

type Listener = (s: SessionSnapshot) => void

function readStorage<T>(key: string): T | null {
  try {
    const v = Taro.getStorageSync(key)
    return v === '' || v === undefined || v === null ? null : (v as T)
  } catch {
    return null
  }
}

let snapshot: SessionSnapshot = {
  token: readStorage<string>(TOKEN_KEY),
  me: readStorage<Me>(ME_KEY),
}
const listeners = new Set<Listener>()

function emit(next: SessionSnapshot): void {
  snapshot = next
  listeners.forEach((l) => l(snapshot))
}

export const session = {
  get(): SessionSnapshot {
    return snapshot
  },
  getToken(): string | null {
    return snapshot.token
  },
  isLoggedIn(): boolean {
    return !!snapshot.token
  },
  /** After a successful login. */
  start(s: Session): void {
    Taro.setStorageSync(TOKEN_KEY, s.token)
    Taro.setStorageSync(EXPIRES_KEY, s.expiresAt)
    Taro.setStorageSync(ME_KEY, s.user)
    emit({ token: s.token, me: s.user })
  },
  /** After `/me` or any call that returns the fresh `Me`. */
  setMe(me: Me): void {
    if (!snapshot.token) return
    Taro.setStorageSync(ME_KEY, me)
    emit({ ...snapshot, me })
  },
  /** Logout, or the server said the token is no longer valid. */
  clear(): void {
    try {
      Taro.removeStorageSync(TOKEN_KEY)
      Taro.removeStorageSync(EXPIRES_KEY)
      Taro.removeStorageSync(ME_KEY)
    } catch {
      // storage unavailable: the in-memory state below is what counts
    }
    emit({ token: null, me: null })
  },
  /** At launch: forget a token that has already expired instead of failing the first request with it. */
  dropIfExpired(now: number = Date.now()): void {
    const expiresAt = readStorage<string>(EXPIRES_KEY)
    if (snapshot.token && expiresAt && Date.parse(expiresAt) <= now) session.clear()
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

export function logout(): void {
  session.clear()
}
