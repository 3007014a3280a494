# 邮件中的远程图片，由应用在客服允许后下载。
mail-images-loading = 正在加载图片…
# $count: 无法加载的图片数量（被拒绝或无法访问）
mail-images-failed = 有 { $count } 张图片无法加载。
mail-images-retry-later = 无法访问的图片会在您下次打开此邮件时重新下载，例如网络恢复之后。
mail-images-retry = 重试
