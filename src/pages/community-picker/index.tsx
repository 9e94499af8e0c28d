import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { DivisionItem, NearestCommunityResponse } from '@contract'
import { Button } from '@/components/nut'
import { DivisionCascade } from '@/components/division-cascade'
import { ErrorState } from '@/components/error-state'
import { KindBadge } from '@/components/kind-badge'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { useSession } from '@/hooks/use-session'
import { useAsync } from '@/hooks/use-async'
import { errorMessage } from '@/services/api-error'
import { nearestCommunity, searchCommunities } from '@/services/divisions'
import { getApproxLocation, LocationError } from '@/services/location'
import { setHomeCommunity } from '@/services/me'
import { formatDistance, placeLine } from '@/utils/format'
import { go, PAGES } from '@/utils/routes'
import './index.scss'

const CITY_ROOT = { code: null, name: '威海市', level: 'city' as const }
const SEARCH_DELAY_MS = 300

type Locate =
  | { state: 'idle' }
  | { state: 'locating' }
  | { state: 'found'; result: NearestCommunityResponse }
  | { state: 'failed'; message: string }

/** Search text after the user stops typing for a moment. */
function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return v
}

export default function CommunityPickerPage() {
  const { status, me } = useSession()
  const [text, setText] = useState('')
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS)
  const search = useAsync(q ? () => searchCommunities(q) : null, [q])
  const [locate, setLocate] = useState<Locate>({ state: 'idle' })
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const saveRef = useRef(false)

  const choose = async (code: string) => {
    if (saveRef.current) return
    saveRef.current = true
    setSaving(true)
    setSaveError(null)
    Taro.showLoading({ title: '正在保存', mask: true })
    try {
      await setHomeCommunity(code)
      Taro.hideLoading()
      Taro.showToast({ title: '已设为我的社区', icon: 'success', duration: 1500 })
      setTimeout(() => go(PAGES.myCommunity, { replace: true }), 600)
    } catch (e) {
      Taro.hideLoading()
      setSaveError(errorMessage(e))
      saveRef.current = false
      setSaving(false)
    }
  }

  const locateMe = async () => {
    setLocate({ state: 'locating' })
    try {
      const point = await getApproxLocation()
      const result = await nearestCommunity(point.lat, point.lng)
      setLocate({ state: 'found', result })
    } catch (e) {
      setLocate({ state: 'failed', message: e instanceof LocationError ? e.message : errorMessage(e) })
    }
  }

  if (status === 'anonymous') {
    return (
      <View className='page picker-page'>
        <LoginPrompt description='登录后才能保存您的社区。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />

  const searching = text.trim().length > 0
  const currentCode = me?.homeCommunity?.code ?? null

  return (
    <View className='page picker-page'>
      <Text className='picker-intro'>选好您住的社区（村），首页会显示离您家最近的就业服务站。</Text>

      {saveError && (
        <View className='picker-error' ariaRole='alert'>
          <Text>保存没有成功：{saveError}请再选一次。</Text>
        </View>
      )}

      <View className='picker-search'>
        <Input
          className='community-search'
          type='text'
          confirmType='search'
          placeholder='搜索社区或村名称'
          placeholderClass='community-search__placeholder'
          value={text}
          maxlength={30}
          onInput={(e) => setText(e.detail.value)}
        />
        {text && (
          <View className='picker-search__clear' onClick={() => setText('')} ariaRole='button' ariaLabel='清空搜索'>
            <Text>清空</Text>
          </View>
        )}
      </View>

      {searching ? (
        <View className='picker-results'>
          {search.loading || q !== text.trim() ? (
            <PageLoading inline text='正在搜索…' />
          ) : search.error ? (
            <ErrorState compact error={search.error} onRetry={search.reload} />
          ) : search.data && search.data.length > 0 ? (
            <View className='picker-results__list'>
              {search.data.map((item: DivisionItem) => (
                <View
                  key={item.code}
                  className='search-result'
                  onClick={() => !saving && choose(item.code)}
                  ariaRole='button'
                  ariaLabel={`${item.name}，${item.path ?? ''}`}
                >
                  <View className='search-result__main'>
                    <Text className='search-result__name'>{item.name}</Text>
                    {item.path && <Text className='search-result__path'>{item.path}</Text>}
                  </View>
                  {item.kind && <KindBadge kind={item.kind} />}
                </View>
              ))}
            </View>
          ) : (
            <View className='picker-empty card'>
              <Text className='picker-empty__text'>没有找到「{q}」。换个字试试，或清空后按区市、镇街逐级选择。</Text>
              <Button size='large' block fill='outline' className='clear-search-button' onClick={() => setText('')}>
                清空搜索，逐级选择
              </Button>
            </View>
          )}
        </View>
      ) : (
        <View>
          <View className='picker-locate card'>
            {locate.state === 'found' ? (
              <View className='nearest-result'>
                <Text className='nearest-result__label'>离您最近的社区（{formatDistance(locate.result.distanceMeters)}）</Text>
                <View className='nearest-result__title'>
                  <Text className='nearest-result__name'>{locate.result.community.name}</Text>
                  <KindBadge kind={locate.result.community.kind} />
                </View>
                <Text className='nearest-result__place'>{placeLine(locate.result.community)}</Text>
                <View className='button-row'>
                  <Button
                    type='primary'
                    size='large'
                    block
                    className='confirm-nearest'
                    disabled={saving}
                    onClick={() => choose(locate.result.community.code)}
                  >
                    就选这个社区
                  </Button>
                  <Button size='large' block fill='outline' onClick={() => setLocate({ state: 'idle' })}>
                    不是，我自己选
                  </Button>
                </View>
              </View>
            ) : (
              <View>
                <Button
                  type='primary'
                  size='large'
                  block
                  className='use-location'
                  loading={locate.state === 'locating'}
                  onClick={locateMe}
                >
                  {locate.state === 'locating' ? '正在定位…' : '使用当前位置'}
                </Button>
                {locate.state === 'failed' && <Text className='picker-locate__failed'>{locate.message}</Text>}
              </View>
            )}
          </View>

          <DivisionCascade root={CITY_ROOT} selectedCode={currentCode} disabled={saving} onSelect={(c) => choose(c.code)} />
        </View>
      )}
    </View>
  )
}
