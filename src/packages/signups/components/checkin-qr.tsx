import { useMemo } from 'react'
import { Image, Text, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'

/** What the QR code holds; the employer's scanner reads the id and the code from it. */
export function checkInPayload(signupId: string, code: string): string {
  return `signup:${signupId}:${code}`
}

/**
 * The QR code as a GIF data URL. qrcode-generator encodes the GIF and the base64 itself (no canvas, no DOM,
 * no btoa), so the same code runs in the mini-program and in the browser.
 */
export function qrDataUrl(text: string, cellSize = 8): string | null {
  try {
    const qr = qrcode(0, 'M')
    qr.addData(text)
    qr.make()
    return qr.createDataURL(cellSize, 2)
  } catch {
    return null
  }
}

/** 签到码: six very large digits and the same as a QR code, for the employer to check on arrival. */
export function CheckInCode({ signupId, code }: { signupId: string; code: string }) {
  const src = useMemo(() => qrDataUrl(checkInPayload(signupId, code)), [signupId, code])
  return (
    <View className='checkin'>
      <Text className='checkin__label'>签到码（到岗时给用工单位看）</Text>
      <Text className='checkin__code' data-testid='signup-checkin-code' userSelect>
        {code}
      </Text>
      {src ? (
        <Image
          className='checkin__qr'
          src={src}
          mode='aspectFit'
          showMenuByLongpress={false}
          data-testid='signup-checkin-qr'
          data-payload={checkInPayload(signupId, code)}
          ariaLabel={`签到二维码，签到码 ${code}`}
        />
      ) : null}
      <Text className='checkin__hint'>用工单位扫这个二维码，或者输入上面的 6 位数字，就能为您签到。</Text>
    </View>
  )
}
