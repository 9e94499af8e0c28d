import type { WechatSettings } from '#commons/config';
import { AppError } from '#commons/errors';

/**
 * wx.login code → openid, via https://api.weixin.qq.com/sns/jscode2session.
 * session_key is dropped here: it must never leave the server, and this app issues its own token.
 */
export async function code2Session(settings: WechatSettings, code: string): Promise<{ openid: string; unionid?: string }> {
  const url = new URL('/sns/jscode2session', settings.apiBase);
  url.search = new URLSearchParams({ appid: settings.appId, secret: settings.appSecret, js_code: code, grant_type: 'authorization_code' }).toString();
  let payload: { openid?: string; unionid?: string; errcode?: number; errmsg?: string };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    payload = (await response.json()) as typeof payload;
  } catch {
    throw new AppError('UPSTREAM_UNAVAILABLE', '暂时连不上微信服务器，请稍后再试');
  }
  if (payload.errcode) throw mapWechatError(payload.errcode);
  if (!payload.openid) throw new AppError('UPSTREAM_UNAVAILABLE', '微信服务器返回的数据不完整，请稍后再试');
  return { openid: payload.openid, unionid: payload.unionid };
}

/** Error codes from the code2Session documentation. */
function mapWechatError(errcode: number): AppError {
  switch (errcode) {
    case 40029:
    case 40163:
      return new AppError('WECHAT_CODE_INVALID');
    case 40226:
      return new AppError('FORBIDDEN', '微信判定该账号存在风险，暂时无法登录');
    case 45011:
      return new AppError('RATE_LIMITED', '登录太频繁，请一分钟后再试');
    default:
      return new AppError('UPSTREAM_UNAVAILABLE', '微信服务繁忙，请稍后再试');
  }
}
