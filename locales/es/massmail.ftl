# Envíos masivos (DOMAIN.md §12) y formularios web (R-REQ-13, R-REQ-14): rechazos, avisos y las líneas que el
# CRM escribe en los informes de envío.

field-no_mailing_account = No hay cuentas de correo disponibles para envíos masivos. Póngase en contacto con su administrador.
field-mixed_owners = Seleccione solo destinatarios con el mismo responsable.
field-no_recipients = Resultado no válido: ¡no hay destinatarios! Haga otra selección.
field-no_main_account = Añada primero su cuenta de correo electrónico principal.
field-two_accounts_needed = Para enviar un mensaje de prueba se necesitan al menos dos de sus cuentas de correo.
field-mailings_differ = Solo se pueden combinar envíos con el mismo responsable, el mismo tipo de destinatario y el mismo mensaje.
field-after_later_than_before = La fecha de inicio no debe ser posterior a la fecha de fin.

massmail-untitled = Sin título
massmail-united = (combinado)
massmail-unsubscribed-excluded = Los usuarios que se dieron de baja se excluyeron de la lista de envío.
massmail-no-weekend-sending = Tenga en cuenta que los envíos no se realizan los viernes, sábados ni domingos.
massmail-no-account-paused = No tiene ninguna cuenta de correo electrónico disponible para envíos masivos.
massmail-vip-only = Su única cuenta de envío es su cuenta principal: este envío solo puede llegar a destinatarios VIP.
massmail-default-unsubscribe-url = El enlace para darse de baja aún lleva a la dirección predeterminada. Pida a su administrador que configure la suya propia.
massmail-done = { $date } Completado correctamente.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Se rechazó la cuenta { $account }: { $reason }
massmail-excluded = Número de destinatarios excluidos: { $count }.
massmail-test-sent = Se envió un mensaje de prueba a { $count } de sus cuentas.
massmail-account-refused-subject = Envío masivo: se desactivó la cuenta { $account }
massmail-account-refused-text = El servidor de correo rechazó la cuenta { $account } ({ $sender }): { $reason }. Sus envíos se marcaron como fallidos.

webform-thanks = Estimado/a { $name }: ¡gracias por su solicitud!
webform-invalid-subject = Formulario web: datos no válidos
webform-invalid-text = Se envió un formulario web con datos no válidos.
webform-unknown-source-subject = Formulario web: origen de lead desconocido
webform-unknown-source-text = Se envió un formulario web con un token de origen de lead que no corresponde a ningún origen de lead.
webform-country-error-subject = Error en el nombre del país.
webform-country-error-text = Un formulario web indicó un país que el CRM no conoce: { $country }
webform-inquiry-content =
    Nombre: { $name }
    Teléfono: { $phone }
    Correo electrónico: { $email }
    Empresa: { $company }
    Mensaje: { $message }
