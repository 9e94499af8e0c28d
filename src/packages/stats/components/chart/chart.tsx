import { useEffect, useMemo } from 'react'
import { Canvas, Text, View } from '@tarojs/components'
import UCharts from '@qiun/ucharts'
import { canvasNode } from './canvas-node'
import './chart.scss'

export interface ChartSeries { name: string; data: number[]; color?: string }

export interface ChartProps {
  /** `bar`: horizontal bars for long names; `column`: vertical; `ring`: shares of one whole. */
  type: 'bar' | 'column' | 'ring'
  title: string
  /** Category names and one series per measure (bar/column). */
  categories?: string[]
  series?: ChartSeries[]
  /** The parts of a ring. */
  slices?: { name: string; value: number }[]
  /** CSS pixels. */
  height: number
  testId: string
  /** What the chart shows, in words, for screen readers (the canvas itself has no text). */
  summary: string
}

const PALETTE = ['#1677FF', '#00A870', '#FA8C16', '#F5222D', '#722ED1', '#13C2C2', '#8C8C8C', '#EB2F96', '#A0D911']
let nextId = 0

/** Whole-number ticks (people and counts are never 0.4): at most 5 steps up to a round maximum. */
function wholeAxis(values: number[]): { max: number; splitNumber: number } {
  const peak = Math.max(1, ...values)
  const step = Math.ceil(peak / 5)
  const max = step * Math.ceil(peak / step)
  return { max, splitNumber: max / step }
}

/** A bar chart lists its categories down the side (uCharts does that when the y axis is left to it), values along. */
function axes(type: ChartProps['type'], series: ChartSeries[]) {
  if (type === 'ring') return {}
  const { max, splitNumber } = wholeAxis(series.flatMap((s) => s.data))
  return type === 'bar'
    ? { xAxis: { min: 0, max, splitNumber, fontSize: 16, boundaryGap: 'justify' }, yAxis: { disableGrid: true, fontSize: 16 } }
    : { xAxis: { disableGrid: true, fontSize: 16 }, yAxis: { splitNumber, data: [{ min: 0, max, fontSize: 16 }] } }
}

/**
 * A chart drawn by uCharts on a 2D canvas, the same in the mini-program and in H5. Static (no animation, no tooltip):
 * values are printed on the chart, in large type, and the summary says them again for screen readers.
 */
export function Chart({ type, title, categories = [], series = [], slices = [], height, testId, summary }: ChartProps) {
  const canvasId = useMemo(() => `chart-${testId}-${nextId++}`, [testId])
  const data = JSON.stringify({ categories, series, slices })

  useEffect(() => {
    let cancelled = false
    canvasNode(canvasId).then((node) => {
      if (cancelled || !node) return
      const pix = node.pixelRatio
      new UCharts({
        type,
        context: node.context,
        width: node.width * pix,
        height: node.height * pix,
        pixelRatio: pix,
        categories,
        series: type === 'ring' ? [{ data: slices }] : series.map((s, i) => ({ ...s, color: s.color ?? PALETTE[i % PALETTE.length] })),
        color: PALETTE,
        animation: false,
        background: '#FFFFFF',
        fontSize: 16,
        fontColor: '#333333',
        padding: type === 'ring' ? [8, 8, 8, 8] : [16, 24, 8, 8],
        dataLabel: true,
        legend: { show: type === 'ring' || series.length > 1, position: 'bottom', fontSize: 16, lineHeight: 24 },
        ...axes(type, series),
        extra: {
          bar: { width: 18, linearType: 'none' },
          column: { width: 22, linearType: 'none' },
          ring: { ringWidth: 26, activeOpacity: 0.5, offsetAngle: -90, labelWidth: 14, border: true, borderWidth: 2, borderColor: '#FFFFFF' },
        },
      })
    })
    return () => {
      cancelled = true
    }
    // `data` stands for categories and series, which callers rebuild on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasId, type, data])

  return (
    <View className='card chart' data-testid={testId}>
      <Text className='chart__title'>{title}</Text>
      <View ariaRole='img' ariaLabel={summary}>
        <Canvas type='2d' id={canvasId} className='chart__canvas' style={{ height: `${height}px` }} />
      </View>
    </View>
  )
}
