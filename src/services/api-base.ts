/**
 * Where the API lives, defined once.
 * - H5: the relative prefix `/api`; the H5 server proxies `/api/*` to the API, so the page never needs its port.
 * - weapp: `TARO_APP_API_BASE` (config/index.ts or a `.env*` file), default http://127.0.0.1:3000 for local dev.
 */
export const API_BASE: string =
  process.env.TARO_ENV === 'h5' ? '/api' : (process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000').replace(/\/+$/, '')
