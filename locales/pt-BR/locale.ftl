# O nome do idioma no próprio idioma, exibido no seletor de idioma, e sua direção de escrita.
locale-endonym = Português (Brasil)
locale-direction = ltr
