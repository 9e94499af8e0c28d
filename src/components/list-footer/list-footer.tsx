import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nut'
import type { PagedList } from '@/hooks/use-paged-list'

export interface ListFooterProps {
  /** The page's BEM block: the lines are `${block}__error` and `${block}__end` (styled by the `list-footer` mixin). */
  block: string
  list: Pick<PagedList<unknown>, 'nextCursor' | 'moreError' | 'loadingMore' | 'loadMore'>
  /** Said under the last page. */
  end: string
  /** The button spins while this is true; by default while the next page loads. */
  loading?: boolean
  testId?: string
}

/** Under a paged list: why the next page failed, then 加载更多 (重新加载 after a failure) or, on the last page, `end`. */
export function ListFooter({ block, list, end, loading = list.loadingMore, testId }: ListFooterProps) {
  return (
    <>
      {list.moreError && <Text className={`${block}__error`}>{list.moreError}</Text>}
      {list.nextCursor ? (
        <View className='button-row'>
          <Button
            size='large'
            block
            fill='outline'
            className='load-more'
            {...(testId ? { 'data-testid': testId } : {})}
            loading={loading}
            onClick={list.loadMore}
          >
            {list.moreError ? '重新加载' : '加载更多'}
          </Button>
        </View>
      ) : (
        <Text className={`${block}__end`}>{end}</Text>
      )}
    </>
  )
}
