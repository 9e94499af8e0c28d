import { EmptyState } from '@/components/empty-state'
import { go, goLogin, PAGES } from '@/utils/routes'

/** Shown where a page needs a signed-in user. */
export function LoginPrompt({ description = '登录后可以查看您的社区和附近的就业服务。', compact }: { description?: string; compact?: boolean }) {
  return (
    <EmptyState
      icon='登'
      compact={compact}
      title='请先登录'
      description={description}
      action={{ text: '登录', onClick: goLogin, className: 'login-button' }}
      secondary={compact ? undefined : { text: '返回首页', onClick: () => go(PAGES.home) }}
    />
  )
}

/** Shown where a page needs the user's home community. */
export function PickCommunityPrompt({ description = '选好社区后，就能看到离您家最近的就业服务站。', compact }: { description?: string; compact?: boolean }) {
  return (
    <EmptyState
      icon='社'
      compact={compact}
      className='pick-community-prompt'
      title='请先选择您的社区'
      description={description}
      action={{ text: '选择我的社区', onClick: () => go(PAGES.picker), className: 'pick-community-button' }}
    />
  )
}
