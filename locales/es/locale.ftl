# El nombre propio del idioma, tal como aparece en el selector de idioma, y su dirección de escritura.
locale-endonym = Español
locale-direction = ltr
