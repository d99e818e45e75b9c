# اسم اللغة بلغتها، كما يظهر في مبدّل اللغة، واتجاه كتابتها.
locale-endonym = العربية
locale-direction = rtl
