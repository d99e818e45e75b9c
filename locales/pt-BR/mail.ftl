# E-mail do CRM (R-EMAIL): mensagens de campos, textos acrescentados às cartas e o que é informado ao usuário.

field-not_allowed_address = Endereço não permitido: { $address }
field-no_recipient = Nenhum destinatário
field-empty_letter = Preencha o assunto e o texto da carta.
field-no_sending_account = Para enviar uma mensagem, você precisa de uma conta de e-mail marcada como principal.
field-sent_from_crm = Esta mensagem foi enviada pelo CRM; ela já está salva.
field-not_an_inquiry = Somente um e-mail recebido marcado como consulta se torna uma solicitação.

# R-EMAIL-9: encerra uma carta de um negócio ou de uma solicitação; o ticket mantém a correspondência unida.
email-keep-ticket = Sua solicitação recebeu o ticket [ticket:{ $ticket }]. Mantenha-o no assunto das suas respostas para que possamos encontrar nossa correspondência imediatamente.

# R-EMAIL-4: o que é informado ao remetente e o que o fluxo de trabalho do negócio registra.
email-sent-to = O e-mail foi enviado para “{ $recipient }”
email-sent-to-cc = O e-mail foi enviado para “{ $recipient }”, “{ $cc }”
email-send-failed = Falha: { $error }
# R-DEAL-6, R-EMAIL-10: a linha do fluxo de trabalho do negócio para um e-mail recebido.
email-received-from = E-mail recebido de “{ $sender }”

# R-EMAIL-5: o cabeçalho acima da correspondência citada ou encaminhada.
email-reply-header = Em { $date }, { $sender } escreveu:
email-forward-header =
    ---------- Mensagem encaminhada ----------
    De: { $sender }
    Data: { $date }
    Assunto: { $subject }
    Para: { $to }

# R-EMAIL-11: a nota da lista da caixa de saída.
email-outbox-note = Observe que esta é uma lista de e-mails não enviados.
