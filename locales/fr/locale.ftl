# Le nom de la langue dans cette langue, affiché dans le sélecteur de langue, et son sens d’écriture.
locale-endonym = Français
locale-direction = ltr
