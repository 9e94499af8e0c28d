import { session } from './session'

/** Called once from app.tsx's useLaunch. Pages load their own data on show. */
export function onAppLaunch(): void {
  session.dropIfExpired()
}
