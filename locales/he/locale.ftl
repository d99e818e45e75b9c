# שם השפה בשפה עצמה, כפי שהוא מוצג בבורר השפה, וכיוון הכתיבה שלה.
locale-endonym = עברית
locale-direction = rtl
