# As telas de trabalho: navegação, listas, formulários, paleta de comandos e atalhos.

## Ações comuns

# $entity é o singular de fields.ftl; “Criar” evita concordar “novo/nova” com o gênero.
action-new = Criar { $entity }
action-cancel = Cancelar
action-close = Fechar
action-retry = Tentar novamente
action-back-to = Voltar para { $list }

## Navegação

nav-label = Navegação principal
nav-home = Visão geral
nav-pipeline = Funil
nav-unknown = Esta tela não existe.
nav-pending = { $older } aguardando desde dias anteriores, { $today } recebidas hoje
nav-group-sales = Vendas
nav-group-customers = Clientes
nav-group-goods = Produtos e finanças
nav-group-reference = Listas de referência
nav-group-admin = Administração

## Listas

list-count =
    { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }
list-empty = Ainda não há nada aqui.
list-loading = Carregando…
list-search-placeholder = Pesquisar nesta lista
list-mine = Somente os meus
list-filters = Filtros
list-views = Visualizações salvas
list-view-name = Nome da visualização
list-view-save = Salvar visualização
list-view-delete = Excluir a visualização “{ $name }”
filter-any = Qualquer
filter-clear = Limpar filtros

## Ações em massa

bulk-label = Ações nos registros selecionados
bulk-selected =
    { $count ->
        [one] { $count } selecionado
       *[other] { $count } selecionados
    }
bulk-select-all = Selecionar todos os registros carregados
bulk-select-row = Selecionar { $name }
bulk-owner = Alterar responsável
bulk-tag = Adicionar etiqueta
bulk-delete = Excluir selecionados
bulk-progress = { $done } de { $total } concluídos
bulk-failed = Registro nº { $id }: { $message }

## Formulário do registro

record-save = Salvar
record-saving = Salvando…
record-saved = Salvo.
record-revert = Desfazer minhas alterações
record-delete = Excluir
record-delete-confirm = Excluir este registro? Ele vai para a lixeira e pode ser restaurado.
picker-search = Digite para pesquisar…
picker-clear = Limpar a escolha
picker-remove = Remover { $name }

## Histórico

history-title = Histórico
history-empty = Nenhuma alteração registrada ainda.
history-unavailable = Não foi possível carregar o histórico.
history-system = Oriel CRM
history-action-create = Criado
history-action-update = Alterado
history-action-delete = Excluído
history-action-restore = Restaurado
history-action-merge = Mesclado
history-action-purge = Excluído definitivamente

## Conflitos de edição

conflict-title = Outra pessoa salvou este registro enquanto você o editava
conflict-explanation = Nada do que você digitou foi perdido. Para cada campo diferente, escolha qual valor manter e depois salve.
conflict-field = Campo
conflict-mine = O que você digitou
conflict-stored = Salvo pela outra pessoa
conflict-base = Quando você começou
conflict-all-mine = Manter todos os meus
conflict-all-stored = Usar todos os da outra pessoa
conflict-back = Voltar ao meu formulário
conflict-apply = Salvar minha escolha

## Fluxos de trabalho

workflow-request-to-deal = Transformar em negócio
workflow-open-deal = Abrir o negócio
workflow-lead-convert = Converter em empresa e contato
workflow-converted = O lead foi convertido
workflow-company-created = Nova empresa criada:
workflow-company-found = Empresa existente encontrada e utilizada:
workflow-contact-created = Novo contato criado:
workflow-contact-found = Contato existente encontrado e utilizado:
workflow-record-payment = Registrar um pagamento
workflow-merge = Mesclar duplicado
workflow-merge-title = Mesclar este registro com outro
workflow-merge-explanation = Este registro é o duplicado: os registros relacionados a ele passam para o original, e ele é excluído.
workflow-merge-original = Registro original
workflow-merge-confirm = Mesclar com o original
workflow-transfer = Transferir responsável
workflow-transfer-title = Passar esta empresa para outro responsável
workflow-transfer-explanation = Os contatos dela vão junto.
workflow-transfer-owner = Novo responsável
workflow-transfer-confirm = Transferir

## Paleta de comandos e atalhos

palette-open = Pesquisar ou executar um comando…
palette-shortcut = Ctrl K
palette-label = Paleta de comandos
palette-placeholder = Encontrar qualquer registro ou ação
palette-action = Ação
palette-nothing = Nada encontrado.
palette-searching = Pesquisando…
palette-go = Ir para { $area }
palette-theme = Alternar o tema de cores
palette-language = Idioma: { $language }
shortcut-title = Atalhos de teclado
shortcut-palette = Abrir a paleta de comandos
shortcut-save = Salvar o formulário aberto
shortcut-new = Novo registro nesta lista
shortcut-search = Pesquisar nesta lista
shortcut-help = Mostrar estes atalhos
shortcut-go-requests = Ir para as solicitações
shortcut-go-deals = Ir para os negócios
shortcut-go-pipeline = Ir para o funil
shortcut-go-companies = Ir para as empresas
shortcut-go-contacts = Ir para os contatos
shortcut-go-leads = Ir para os leads
shortcut-list-move = Mover-se por uma lista e abrir uma linha
shortcut-close = Fechar uma caixa de diálogo

## Tema e estado da conexão

theme-switch = Tema de cores
theme-system = Tema: sistema
theme-light = Tema: claro
theme-dark = Tema: escuro
offline-message = Não é possível acessar o banco de dados. O que você digita é mantido; o Oriel CRM tenta novamente a cada poucos segundos.
offline-retry = Tentar agora

## Valores do negócio

deal-money-amount = Valor do negócio
deal-money-paid = Pago
deal-money-expected = Ainda a receber

## Seções do formulário

section-person = Pessoa
section-reach = Formas de contato
section-place = Endereço
section-classification = Classificação
section-notes = Observações
section-company = Empresa
section-ownership = Responsável
section-inquiry = Consulta
section-sender = Remetente
section-matches = Registros correspondentes
section-state = Situação
section-deal = Negócio
section-money = Valores
section-counterparty = Cliente

## Lixeira

list-trash = Lixeira
record-in-trash = Este registro está na lixeira.
record-restore = Restaurar

## Notificações

notices-button = Notificações
notices-open =
    { $count ->
        [one] Notificações, { $count } não lida
       *[other] Notificações, { $count } não lidas
    }
notices-title = Notificações
notices-none = Nenhuma notificação.
notices-mark-all = Marcar todas como lidas

## Blocos da visão geral

today-title = Hoje
today-requests = Solicitações aguardando atendimento
today-deals = Meus negócios ativos
today-due = Meus próximos passos para hoje ou atrasados
notices-while-away = Enquanto você estava fora
notices-include-own = Também me avisar das solicitações que atribuo a mim mesmo
