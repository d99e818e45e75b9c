# Mensagens geradas pelo lado Rust: erros de comandos, validação de campos, notificações.

error-validation = Alguns campos precisam da sua atenção.
error-not-found = Este registro não existe mais. Talvez tenha sido excluído por outra pessoa.
error-conflict = Outra pessoa salvou este registro enquanto você o editava. Compare suas alterações com a versão salva antes de salvar novamente.
error-forbidden = Você não tem permissão para fazer isso.
error-unknown-user = O login de banco de dados “{ $user }” não tem um usuário do Oriel CRM. Peça a um administrador para criar um.
error-db-unavailable = Não é possível acessar o banco de dados. Verifique a conexão de rede ou o servidor e tente novamente. ({ $detail })
error-not-connected = Nenhum banco de dados está aberto. Escolha um banco de dados primeiro.
error-keychain = Não foi possível guardar a senha no chaveiro do sistema: { $detail }
error-migration-failed = Não foi possível atualizar o banco de dados para esta versão do Oriel CRM: { $detail }
error-internal = Algo deu errado: { $detail }

field-required = Este campo é obrigatório.
field-too_short =
    { $min ->
        [one] Digite pelo menos { $min } caractere.
       *[other] Digite pelo menos { $min } caracteres.
    }
field-too_long =
    { $max ->
        [one] Digite no máximo { $max } caractere.
       *[other] Digite no máximo { $max } caracteres.
    }
field-not_a_number = Digite um número.
field-out_of_range = Digite um número de { $min } a { $max }.
field-too_many_decimals =
    { $max ->
        [0] Digite um número inteiro, sem casas decimais.
        [one] Digite no máximo { $max } casa decimal.
       *[other] Digite no máximo { $max } casas decimais.
    }
field-not_a_choice = Escolha um dos valores oferecidos.
field-unsupported_url = Digite uma URL que comece com postgres://, mysql://, mariadb:// ou sqlite://.
field-malformed = Este valor não está no formato esperado.
field-invalid_email = Digite endereços de e-mail válidos, separados por vírgulas.
field-invalid_currency_code = Digite um código alfabético válido.
field-state_and_marketing_currency = A moeda não pode ser nacional e de marketing ao mesmo tempo.
field-duplicate_name = Há nomes duplicados entre os nomes alternativos.
field-invalid_slug = Use apenas as letras a–z e A–Z, dígitos, hifens e sublinhados.
field-invalid_domain = Digite um nome de domínio como example.com.
field-invalid_url = Digite um endereço da web que comece com http:// ou https://.
field-invalid_phone = Número de telefone inválido: digite pelo menos 7 dígitos.
field-name_is_prefix = Digite o nome em si, não apenas um pronome de tratamento como Sr. ou Dr.
field-contact_or_lead = Selecione apenas um contato ou apenas um lead.
field-company_or_lead = Selecione apenas uma empresa ou apenas um lead.
field-department_owner_mismatch = O departamento e o responsável não correspondem.
field-contact_not_of_company = O contato não pertence à empresa.
field-city_not_of_country = A cidade não pertence ao país.
field-date_in_past = A data não deve estar no passado.
field-amount_required = Informe o valor do negócio.
field-country_required = É preciso informar um país.
field-products_required = É preciso informar pelo menos um produto.
field-no_deal_from_request = Não é possível criar um negócio a partir desta solicitação: ela já tem um, ou está marcada como duplicada ou como caso de suporte.
field-state_currency_exists = A moeda nacional já existe.
field-marketing_currency_exists = A moeda de marketing já existe.
field-already_added = Este registro já foi adicionado com sucesso. Não é possível adicioná-lo novamente.
field-already_exists = Esse registro já existe: o mesmo nome com o mesmo e-mail ou telefone.
field-ambiguous_match = Vários registros do banco de dados correspondem a este valor. Vincule primeiro o correto.
field-currency_required = Informe uma moeda.

notification-request-assigned-title = Nova solicitação atribuída a você
notification-request-assigned-body = { $ticket }: { $subject }
