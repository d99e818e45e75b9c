# Notas que se muestran junto a un registro que se guardó o abrió sin errores, pero que requiere atención.

warning-specify-products = Indique los productos.
warning-country-not-specified = La solicitud no indica el país.
warning-counterparty-assigned = Se encontró la contraparte asignada a { $username }.
warning-lead-disqualified = ¡Este lead está descalificado! Lea la descripción.
warning-no-state-currency = Debe indicarse la moneda nacional.
warning-no-marketing-currency = Debe indicarse la moneda de marketing.
