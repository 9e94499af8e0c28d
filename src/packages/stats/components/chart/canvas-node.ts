import Taro from '@tarojs/taro'

export interface CanvasNode {
  context: CanvasRenderingContext2D
  /** CSS pixels. */
  width: number
  height: number
  pixelRatio: number
}

// getSystemInfo is no longer maintained in the mini-program (WECHAT.md); H5 asks the browser
const screenPixelRatio = () => (process.env.TARO_ENV === 'h5' ? window.devicePixelRatio : Taro.getWindowInfo().pixelRatio) || 1

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The 2D context of a `<Canvas type='2d' id=…>` sized for the screen's pixel ratio. The mini-program hands the node out
 * through a selector query; Taro's H5 Canvas is a web component whose inner `<canvas>` appears a moment after mount, so
 * H5 looks it up in the DOM and waits a little for it.
 */
export async function canvasNode(id: string): Promise<CanvasNode | null> {
  const pixelRatio = Math.min(3, screenPixelRatio())
  for (let attempt = 0; attempt < 20; attempt++) {
    const found = process.env.TARO_ENV === 'h5' ? domCanvas(id) : await queriedCanvas(id)
    if (found && found.width > 0) {
      found.canvas.width = Math.round(found.width * pixelRatio)
      found.canvas.height = Math.round(found.height * pixelRatio)
      const context = found.canvas.getContext('2d') as CanvasRenderingContext2D | null
      return context ? { context, width: found.width, height: found.height, pixelRatio } : null
    }
    await pause(50)
  }
  return null
}

interface Found { canvas: HTMLCanvasElement; width: number; height: number }

function domCanvas(id: string): Found | null {
  const host = document.getElementById(id)
  const canvas = host?.tagName === 'CANVAS' ? (host as HTMLCanvasElement) : host?.querySelector('canvas')
  if (!canvas) return null
  const { width, height } = (host as HTMLElement).getBoundingClientRect()
  return { canvas, width, height }
}

function queriedCanvas(id: string): Promise<Found | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res) => {
        const hit = res?.[0]
        resolve(hit?.node ? { canvas: hit.node as HTMLCanvasElement, width: hit.width, height: hit.height } : null)
      })
  })
}
