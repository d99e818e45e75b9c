# The locale's own name, shown in the language switch, and its writing direction.
locale-endonym = Nederlands
locale-direction = ltr
