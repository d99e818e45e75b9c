# 언어 전환에 표시되는 이 언어 자체의 이름과 쓰기 방향.
locale-endonym = 한국어
locale-direction = ltr
