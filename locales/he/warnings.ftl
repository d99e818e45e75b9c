# הערות שמוצגות ליד רשומה שנשמרה או נפתחה ללא שגיאה, אבל דורשת תשומת לב.

warning-specify-products = יש לציין מוצרים.
warning-country-not-specified = לא צוינה מדינה בפנייה.
warning-counterparty-assigned = נמצא צד שכנגד שמוקצה ל-{ $username }.
warning-lead-disqualified = הליד הזה נפסל! נא לקרוא את התיאור.
warning-no-state-currency = יש לציין מטבע לאומי.
warning-no-marketing-currency = יש לציין מטבע שיווקי.
