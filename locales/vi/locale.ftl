# Tên của ngôn ngữ bằng chính ngôn ngữ đó, hiển thị trong bộ chuyển ngôn ngữ, và hướng viết.
locale-endonym = Tiếng Việt
locale-direction = ltr
