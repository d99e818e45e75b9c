# Il nome della lingua nella lingua stessa, mostrato nel selettore della lingua, e la sua direzione di scrittura.
locale-endonym = Italiano
locale-direction = ltr
