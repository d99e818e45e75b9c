# Envio em massa (DOMAIN.md §12) e formulários web (R-REQ-13, R-REQ-14): recusas, avisos e as linhas que o
# CRM escreve nos relatórios de envio.

field-no_mailing_account = Não há contas de e-mail disponíveis para envio em massa. Entre em contato com o administrador.
field-mixed_owners = Selecione apenas destinatários com o mesmo responsável.
field-no_recipients = Resultado inválido: nenhum destinatário! Faça outra seleção.
field-no_main_account = Adicione primeiro sua conta de e-mail principal.
field-two_accounts_needed = São necessárias pelo menos duas das suas contas de e-mail para enviar uma mensagem de teste.
field-mailings_differ = Só é possível mesclar envios com o mesmo responsável, o mesmo tipo de destinatário e a mesma mensagem.
field-after_later_than_before = A data de início não deve ser posterior à data de término.

massmail-untitled = Sem título
massmail-united = (mesclado)
massmail-unsubscribed-excluded = Os usuários que cancelaram a inscrição foram excluídos da lista de envio.
massmail-no-weekend-sending = Observe que os envios não são feitos às sextas, sábados e domingos.
massmail-no-account-paused = Você não tem uma conta de e-mail disponível para envio em massa.
massmail-vip-only = Sua única conta de envio é sua conta principal: este envio só pode alcançar destinatários VIP.
massmail-default-unsubscribe-url = O link de cancelamento da inscrição ainda leva ao endereço padrão. Peça ao administrador para definir um endereço próprio.
massmail-done = { $date } Concluído com sucesso.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } A conta { $account } foi recusada: { $reason }
massmail-excluded = Número de destinatários excluídos: { $count }.
massmail-test-sent = Uma mensagem de teste foi enviada para { $count } das suas contas.
massmail-account-refused-subject = Envio em massa: a conta { $account } foi desativada
massmail-account-refused-text = O servidor de e-mail recusou a conta { $account } ({ $sender }): { $reason }. Os envios dela foram marcados como com falha.

webform-thanks = Prezado(a) { $name }, obrigado pela sua solicitação!
webform-invalid-subject = Formulário web: dados inválidos
webform-invalid-text = Um formulário web foi enviado com dados inválidos.
webform-unknown-source-subject = Formulário web: origem de leads desconhecida
webform-unknown-source-text = Um formulário web foi enviado com um token de origem de leads que não corresponde a nenhuma origem de leads.
webform-country-error-subject = Erro no nome do país.
webform-country-error-text = Um formulário web informou um país que o CRM não conhece: { $country }
webform-inquiry-content =
    Nome: { $name }
    Telefone: { $phone }
    E-mail: { $email }
    Empresa: { $company }
    Mensagem: { $message }
