# Nama bahasa dalam bahasanya sendiri, ditampilkan di pengalih bahasa, dan arah tulisannya.
locale-endonym = Bahasa Indonesia
locale-direction = ltr
