import type { GeoPoint } from '@contract'
import { Button } from '@/components/nut'
import { amapMarkerUrl, openMap } from '@/services/location'
import './map-link.scss'

export interface MapLinkProps {
  location: Pick<GeoPoint, 'lat' | 'lng'>
  name: string
  address: string
  text: string
  className?: string
}

/**
 * 「导航」: WeChat's built-in map (Taro.openLocation) on weapp; on H5 a plain link to 高德地图's marker page,
 * which opens the app when installed.
 */
export function MapLink({ location, name, address, text, className = '' }: MapLinkProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={`map-link nav-link ${className}`} href={amapMarkerUrl(location, name)} target='_blank' rel='noopener noreferrer'>
        {text}
      </a>
    )
  }
  return (
    <Button size='large' block fill='outline' className={`nav-button ${className}`} onClick={() => openMap(location, name, address)}>
      {text}
    </Button>
  )
}
