# Avisos e e-mails de notificação (DOMAIN.md §14), no idioma do usuário a quem se destinam.

notice-request-received = Você recebeu a solicitação
notice-request-co-owner = Você é corresponsável pela solicitação
notice-deal-received = Você recebeu o negócio
notice-deal-co-owner = Você é corresponsável pelo negócio
notice-product-shipped = O produto foi enviado.
notice-reminder = Lembrete do CRM: { $subject }
notice-no-email-address = { $username } não tem endereço de e-mail, por isso o e-mail “{ $subject }” não chegou. Adicione um endereço ao usuário.

# R-NOTIF-5: o que é informado aos administradores.
admin-notice-invalid-web-form = Um formulário web foi enviado com um token de formulário desconhecido ou inválido.
admin-notice-unknown-country = Um nome de país não foi reconhecido.
admin-notice-rate-provider = Não foi possível carregar as taxas de câmbio.
admin-notice-mailbox = Não foi possível ler uma caixa de correio ou usá-la para envio.
admin-notice-massmail-account = Uma conta de envio em massa falhou.
admin-notice-import = Uma importação falhou.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Nova solicitação atribuída a você
announce-request-co-owner = Agora você é coproprietário de uma solicitação
announce-while-away-title = Enquanto você estava fora: { $title }
announce-request-body = { $request } — atribuída por { $by }
announce-while-away = Enquanto você estava fora
announce-while-away-count =
    { $count ->
        [one] Uma solicitação foi atribuída a você.
       *[other] { $count } solicitações foram atribuídas a você.
    }
announce-open = Abrir
