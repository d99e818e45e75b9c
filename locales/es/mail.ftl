# Correo electrónico del CRM (R-EMAIL): mensajes de campos, textos que se añaden a las cartas y lo que se comunica al usuario.

field-not_allowed_address = Dirección no permitida: { $address }
field-no_recipient = Sin destinatario
field-empty_letter = Rellene el asunto y el texto de la carta.
field-no_sending_account = Para enviar un mensaje necesita una cuenta de correo electrónico marcada como principal.
field-sent_from_crm = Este mensaje se envió desde el CRM; ya está guardado.
field-not_an_inquiry = Solo un correo electrónico entrante marcado como consulta se convierte en una solicitud.

# R-EMAIL-9: cierra una carta de un trato o de una solicitud; el ticket mantiene unida la correspondencia.
email-keep-ticket = A su solicitud se le ha asignado el ticket [ticket:{ $ticket }]. Consérvelo en el asunto de sus respuestas para que podamos encontrar nuestra correspondencia al instante.

# R-EMAIL-4: lo que se comunica al remitente y lo que registra el flujo de trabajo del trato.
email-sent-to = El correo electrónico se ha enviado a «{ $recipient }»
email-sent-to-cc = El correo electrónico se ha enviado a «{ $recipient }», «{ $cc }»
email-send-failed = Error: { $error }
# R-DEAL-6, R-EMAIL-10: la línea del flujo de trabajo del trato para un correo recibido.
email-received-from = Se recibió un correo electrónico de «{ $sender }»

# R-EMAIL-5: el encabezado sobre la correspondencia citada o reenviada.
email-reply-header = El { $date }, { $sender } escribió:
email-forward-header =
    ---------- Mensaje reenviado ----------
    De: { $sender }
    Fecha: { $date }
    Asunto: { $subject }
    Para: { $to }

# R-EMAIL-11: la nota de la lista de la bandeja de salida.
email-outbox-note = Tenga en cuenta que esta es una lista de correos electrónicos no enviados.
