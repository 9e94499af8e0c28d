import Taro from '@tarojs/taro'

/**
 * Opens an exported file: H5 in a new tab; WeChat downloads an Excel file (`inViewer`) and opens it in its viewer,
 * or else copies the link.
 */
export async function openExport(url: string, inViewer: boolean) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank')
    return
  }
  if (inViewer) {
    const file = await Taro.downloadFile({ url })
    if (file.statusCode === 200) {
      await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true })
      return
    }
  }
  await Taro.setClipboardData({ data: url })
  Taro.showModal({ title: '下载链接已复制', content: '请粘贴到电脑浏览器中打开下载，链接 15 分钟内有效。', showCancel: false, confirmText: '知道了' })
}
