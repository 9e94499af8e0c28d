import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ErrorState } from '@/components/error-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { LoginPrompt } from '@/components/prompts'
import { ASSISTED_CATEGORIES, SENSITIVE_CONSENT } from '@/constants/profile'
import { useAsync } from '@/hooks/use-async'
import { useSession } from '@/hooks/use-session'
import { errorMessage } from '@/services/api-error'
import { getProfile, grantSensitiveConsent, hasSensitiveConsent } from '@/services/profile'
import { goBack, PAGES } from '@/utils/routes'
import './index.scss'

/**
 * 单独同意 for sensitive personal information (《个人信息保护法》第二十八、二十九、三十条): what is collected,
 * why, who sees it, how long it is kept and how to withdraw, then an unticked box. Nothing is stored until the
 * resident ticks it and taps 「同意并继续」.
 */
const SECTIONS: { title: string; text: string }[] = [
  {
    title: '收集什么',
    text: `您自愿申报的就业困难类别，可选：${ASSISTED_CATEGORIES.join('、')}。这些信息涉及家庭经济状况、健康状况等，属于敏感个人信息。`,
  },
  {
    title: '为什么需要',
    text: '用于社区为您提供就业援助：优先推荐和安置公益性岗位，帮您了解可以申请的就业补贴和援助政策。不申报也不影响您找工作、看岗位。',
  },
  {
    title: '谁能看到',
    text: '只有您所在社区负责就业服务的工作人员能看到。用工单位看不到，也不会出现在岗位报名信息里。',
  },
  {
    title: '保存多久',
    text: '在您撤回同意或注销账号之前保存。撤回同意或注销账号后，已申报的困难类别会立即删除。',
  },
  {
    title: '怎么撤回',
    text: '随时可以撤回：进入「我的」›「我的资料」，点「撤回同意并删除困难类别」。撤回不影响撤回前已进行的处理。',
  },
]

export default function ConsentPage() {
  const { status } = useSession()
  if (status === 'anonymous') {
    return (
      <View className='page consent-page'>
        <LoginPrompt description='登录后才能申报困难类别。' />
      </View>
    )
  }
  if (status === 'loading') return <PageLoading />
  return <ConsentForm />
}

function ConsentForm() {
  const profile = useAsync(getProfile, [])
  const [ticked, setTicked] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (profile.loading) return <PageLoading />
  if (profile.error || !profile.data) {
    return (
      <View className='page consent-page'>
        <ErrorState error={profile.error} onRetry={profile.reload} secondary={{ text: '返回', onClick: () => goBack(PAGES.profile) }} />
      </View>
    )
  }

  const already = hasSensitiveConsent(profile.data)

  const agree = async () => {
    if (!ticked || saving) return
    setSaving(true)
    setError(null)
    try {
      await grantSensitiveConsent()
      Taro.showToast({ title: '已同意，请选择困难类别', icon: 'none', duration: 2000 })
      setTimeout(() => goBack(PAGES.profile), 600)
    } catch (e) {
      setError(errorMessage(e))
      setSaving(false)
    }
  }

  return (
    <View className='page consent-page'>
      <Text className='consent-title'>申报困难类别前，请您阅读</Text>
      <Text className='consent-lead'>
        申报困难类别需要处理您的敏感个人信息。依据《个人信息保护法》，我们需要先取得您的单独同意。
      </Text>

      {SECTIONS.map((s) => (
        <View key={s.title} className='card consent-section'>
          <Text className='consent-section__title'>{s.title}</Text>
          <Text className='consent-section__text'>{s.text}</Text>
        </View>
      ))}

      <Text className='consent-version'>{`告知书版本：${SENSITIVE_CONSENT.version}`}</Text>

      {already ? (
        <View className='card consent-done'>
          <Text className='consent-done__text'>您已经同意过了，可以回到「我的资料」选择困难类别。</Text>
          <Button type='primary' size='large' block onClick={() => goBack(PAGES.profile)}>
            回到我的资料
          </Button>
        </View>
      ) : (
        <View className='consent-actions'>
          {error && (
            <View className='consent-error' ariaRole='alert'>
              <Text>{`没有提交成功：${error}`}</Text>
            </View>
          )}
          <View
            className={`consent-check${ticked ? ' consent-check--on' : ''}`}
            onClick={() => setTicked(!ticked)}
            ariaRole='checkbox'
            ariaLabel={`我已阅读并同意处理我的困难类别信息${ticked ? '，已勾选' : '，未勾选'}`}
          >
            <View className='consent-check__box'>{ticked && <Text>✓</Text>}</View>
            <Text className='consent-check__text'>我已阅读以上内容，同意社区处理我申报的困难类别信息</Text>
          </View>
          <Button type='primary' size='xlarge' block className='consent-agree' disabled={!ticked || saving} loading={saving} onClick={agree}>
            同意并继续
          </Button>
          {!ticked && <Text className='consent-actions__hint'>请先勾选上面的方框</Text>}
          <Button size='large' block fill='outline' className='consent-decline' onClick={() => goBack(PAGES.profile)}>
            不同意，返回
          </Button>
        </View>
      )}
    </View>
  )
}
