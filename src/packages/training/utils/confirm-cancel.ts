import Taro from '@tarojs/taro'

/** 取消预约？ — what cancelling costs: a waiting place, or a seat the next in line takes. Resolves whether to go ahead. */
export async function confirmCancelBooking(waitlisted: boolean) {
  const { confirm } = await Taro.showModal({
    title: '取消预约？',
    content: waitlisted ? '取消后会离开候补名单。' : '取消后名额会让给候补的人，想再上需要重新预约。',
    confirmText: '取消预约',
    cancelText: '不取消',
  })
  return confirm
}
