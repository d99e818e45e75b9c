# Mensajes que genera la parte en Rust: errores de órdenes, validación de campos, notificaciones.

error-validation = Algunos campos requieren su atención.
error-not-found = Este registro ya no existe. Es posible que otra persona lo haya eliminado.
error-conflict = Otra persona guardó este registro mientras usted lo editaba. Compare sus cambios con la versión guardada antes de volver a guardar.
error-forbidden = No tiene permiso para hacer esto.
error-unknown-user = El usuario de base de datos «{ $user }» no tiene un usuario de Oriel CRM. Pida a un administrador que lo cree.
error-db-unavailable = No se puede acceder a la base de datos. Compruebe la conexión de red o el servidor y vuelva a intentarlo. ({ $detail })
error-not-connected = No hay ninguna base de datos abierta. Elija primero una base de datos.
error-keychain = No se pudo guardar la contraseña en el llavero del sistema: { $detail }
error-migration-failed = No se pudo actualizar la base de datos a esta versión de Oriel CRM: { $detail }
error-internal = Algo salió mal: { $detail }

field-required = Este campo es obligatorio.
field-too_short =
    { $min ->
        [one] Introduzca al menos { $min } carácter.
       *[other] Introduzca al menos { $min } caracteres.
    }
field-too_long =
    { $max ->
        [one] Introduzca como máximo { $max } carácter.
       *[other] Introduzca como máximo { $max } caracteres.
    }
field-not_a_number = Introduzca un número.
field-out_of_range = Introduzca un número entre { $min } y { $max }.
field-too_many_decimals =
    { $max ->
        [0] Introduzca un número entero, sin decimales.
        [one] Introduzca como máximo { $max } dígito después del separador decimal.
       *[other] Introduzca como máximo { $max } dígitos después del separador decimal.
    }
field-not_a_choice = Elija uno de los valores ofrecidos.
field-unsupported_url = Introduzca una URL que empiece por postgres://, mysql://, mariadb:// o sqlite://.
field-malformed = Este valor no tiene el formato esperado.
field-invalid_email = Introduzca direcciones de correo electrónico válidas, separadas por comas.
field-invalid_currency_code = Introduzca un código alfabético válido.
field-state_and_marketing_currency = Una moneda no puede ser a la vez nacional y de marketing.
field-duplicate_name = Hay nombres duplicados entre los nombres alternativos.
field-invalid_slug = Use solo las letras a–z y A–Z, dígitos, guiones y guiones bajos.
field-invalid_domain = Introduzca un nombre de dominio como example.com.
field-invalid_url = Introduzca una dirección web que empiece por http:// o https://.
field-invalid_phone = Número de teléfono no válido: introduzca al menos 7 dígitos.
field-name_is_prefix = Introduzca el nombre en sí, no solo un tratamiento como Sr. o Dr.
field-contact_or_lead = Seleccione solo un contacto o solo un lead.
field-company_or_lead = Seleccione solo una empresa o solo un lead.
field-department_owner_mismatch = El departamento y el responsable no coinciden.
field-contact_not_of_company = El contacto no pertenece a la empresa.
field-city_not_of_country = La ciudad no pertenece al país.
field-date_in_past = La fecha no debe estar en el pasado.
field-amount_required = Indique el importe del trato.
field-country_required = Debe indicarse un país.
field-products_required = Debe indicarse al menos un producto.
field-no_deal_from_request = No se puede crear un trato a partir de esta solicitud: ya tiene uno, o está marcada como duplicada o como incidencia.
field-state_currency_exists = Ya existe una moneda nacional.
field-marketing_currency_exists = Ya existe una moneda de marketing.
field-already_added = Este registro ya se añadió correctamente. No se puede volver a añadir.
field-already_exists = Ya existe un registro así: el mismo nombre con el mismo correo electrónico o teléfono.
field-ambiguous_match = Varios registros de la base de datos coinciden con este valor. Vincule primero el correcto.
field-currency_required = Indique una moneda.

notification-request-assigned-title = Se le ha asignado una nueva solicitud
notification-request-assigned-body = { $ticket }: { $subject }
