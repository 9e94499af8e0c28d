import Taro from '@tarojs/taro'

/** A GCJ-02 point, the system WeChat and the API's community locations use. */
export interface LatLng {
  lat: number
  lng: number
}

export type LocationFailure = 'denied' | 'unavailable'

export class LocationError extends Error {
  readonly reason: LocationFailure
  constructor(reason: LocationFailure, message: string) {
    super(message)
    this.name = 'LocationError'
    this.reason = reason
  }
}

function failure(e: unknown): LocationError {
  const msg = String((e as { errMsg?: string; message?: string })?.errMsg || (e as Error)?.message || '')
  if (/deny|denied|auth|permission|拒绝/i.test(msg)) {
    return new LocationError('denied', '没有获得位置权限。没关系，您可以在下方手动选择社区。')
  }
  return new LocationError('unavailable', '暂时无法获取您的位置。没关系，您可以在下方手动选择社区。')
}

/**
 * The user's approximate position.
 * weapp: getFuzzyLocation (declared in app.config requiredPrivateInfos), getLocation on old base libraries.
 * H5: the browser's W3C geolocation (WGS-84), converted to GCJ-02.
 */
export async function getApproxLocation(): Promise<LatLng> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = Taro.canIUse('getFuzzyLocation')
        ? await Taro.getFuzzyLocation({ type: 'gcj02' })
        : await Taro.getLocation({ type: 'gcj02' })
      return { lat: res.latitude, lng: res.longitude }
    }
    const res = await Taro.getLocation({ type: 'wgs84', highAccuracyExpireTime: 10000 })
    return wgs84ToGcj02(res.latitude, res.longitude)
  } catch (e) {
    throw failure(e)
  }
}

const LOCATE_TIMEOUT_MS = 8000
let located: Promise<LatLng | null> | null = null

/**
 * The feed's centre: the user's approximate position, asked for once per app session (a refusal is not asked
 * again on every visit to 首页). Resolves null when refused, unavailable or slower than 8 s; never rejects.
 * `retry` asks again, after the user tapped 「使用我的位置」.
 */
export function locateOnce(opts: { retry?: boolean } = {}): Promise<LatLng | null> {
  if (!located || opts.retry) {
    located = new Promise<LatLng | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), LOCATE_TIMEOUT_MS)
      getApproxLocation()
        .then((p) => resolve(p))
        .catch(() => resolve(null))
        .finally(() => clearTimeout(timer))
    })
  }
  return located
}

// WGS-84 → GCJ-02 (the published "eviltransform" approximation, accurate to a few metres).
const A = 6378245.0
const EE = 0.00669342162296594323

function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return r
}

export function wgs84ToGcj02(lat: number, lng: number): LatLng {
  if (outOfChina(lat, lng)) return { lat, lng }
  let dLat = transformLat(lng - 105.0, lat - 35.0)
  let dLng = transformLng(lng - 105.0, lat - 35.0)
  const radLat = (lat / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: lat + dLat, lng: lng + dLng }
}

/** Open the map at the station: WeChat's built-in map on weapp, Amap's web marker page on H5. */
export function amapMarkerUrl(point: LatLng, name: string): string {
  return `https://uri.amap.com/marker?position=${point.lng},${point.lat}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=1`
}

export function openMap(point: LatLng, name: string, address: string): void {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.openLocation({ latitude: point.lat, longitude: point.lng, name, address, scale: 16 }).catch(() => {
      Taro.showToast({ title: '地图暂时打不开，请稍后再试', icon: 'none' })
    })
    return
  }
  window.location.href = amapMarkerUrl(point, name)
}

/** Dial a number; the user confirms in the system dialog. */
export function callPhone(phoneNumber: string): void {
  Taro.makePhoneCall({ phoneNumber: phoneNumber.replace(/[^\d+-]/g, '') }).catch(() => {
    // the user cancelled the dial sheet: nothing to do
  })
}
