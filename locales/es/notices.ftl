# Avisos y correos de notificación (DOMAIN.md §14), en el idioma del usuario al que van dirigidos.

notice-request-received = Ha recibido la solicitud
notice-request-co-owner = Es corresponsable de la solicitud
notice-deal-received = Ha recibido el trato
notice-deal-co-owner = Es corresponsable del trato
notice-product-shipped = El producto se ha enviado.
notice-reminder = Recordatorio del CRM: { $subject }
notice-no-email-address = { $username } no tiene dirección de correo electrónico, por lo que el correo «{ $subject }» no le llegó. Añada una dirección a su usuario.

# R-NOTIF-5: lo que se comunica a los administradores.
admin-notice-invalid-web-form = Se envió un formulario web con un token de formulario desconocido o no válido.
admin-notice-unknown-country = No se reconoció un nombre de país.
admin-notice-rate-provider = No se pudieron cargar los tipos de cambio.
admin-notice-mailbox = No se pudo leer un buzón o usarlo para enviar.
admin-notice-massmail-account = Falló una cuenta de envíos masivos.
admin-notice-import = Falló una importación.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Nueva solicitud asignada a usted
announce-request-co-owner = Ahora es copropietario de una solicitud
announce-while-away-title = Mientras estaba ausente: { $title }
announce-request-body = { $request } — asignada por { $by }
announce-while-away = Mientras estaba ausente
announce-while-away-count =
    { $count ->
        [one] Se le asignó una solicitud.
       *[other] Se le asignaron { $count } solicitudes.
    }
announce-open = Abrir
