# 语言切换中显示的本语言名称，以及书写方向。
locale-endonym = 简体中文
locale-direction = ltr
