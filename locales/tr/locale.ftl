# Dil seçicide gösterilen, dilin kendi dilindeki adı ve yazı yönü.
locale-endonym = Türkçe
locale-direction = ltr
