# この言語自身による名前（言語切り替えに表示）と書字方向。
locale-endonym = 日本語
locale-direction = ltr
