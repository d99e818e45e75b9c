# Todos os textos exibidos pela janela do aplicativo. As mensagens geradas pelo Rust ficam em errors.ftl.

## Estrutura do aplicativo

app-name = Oriel CRM
app-starting = Iniciando…
app-start-failed = Não foi possível iniciar o Oriel CRM
app-start-retry = Tentar novamente
locale-switch-label = Idioma
unexpected-error = Ocorreu um erro inesperado. Tente novamente e reinicie o Oriel CRM se o problema continuar.

## Tela de conexão

connect-title = Escolha um banco de dados
connect-intro = O Oriel CRM guarda seus clientes, negócios e solicitações em um banco de dados. Comece agora mesmo com o banco de dados integrado neste computador ou conecte-se ao servidor PostgreSQL ou MySQL da sua equipe.
connect-opening = Abrindo o banco de dados…
connect-embedded-heading = Neste computador
connect-embedded-description = Um arquivo de banco de dados privado, pronto na hora, sem nada para configurar. Ideal para quem trabalha sozinho.
connect-embedded = Abrir o banco de dados integrado
connect-embedded-path = Arquivo:
connect-saved-heading = Usados recentemente
connect-saved-reopen = Reabrir
connect-server-heading = Em um servidor
connect-server-description = Compartilhe um único CRM com sua equipe. Cada pessoa entra com sua própria conta do banco de dados.
server-url-label = Endereço do servidor
server-url-placeholder = postgres://usuario@host:5432/crm
server-url-hint = Por exemplo, postgres://anna@db.example.org:5432/crm ou mysql://anna@db.example.org:3306/crm
server-password-label = Senha
server-password-saved-hint = Deixe em branco para usar a senha salva no chaveiro do sistema.
remember-password-label = Lembrar a senha no chaveiro do sistema
connect-server = Conectar ao servidor

## Tela inicial

home-title = Visão geral
disconnect = Desconectar
connection-heading = Conexão
connection-backend-label = Banco de dados
connection-location-label = Local
schema-version-label = Versão do esquema
backend-sqlite = Banco de dados integrado (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Configurações da instalação

settings-heading = Configurações da instalação
settings-description = Estas configurações valem para todos que trabalham com este banco de dados.
settings-loading = Carregando as configurações…
settings-load-retry = Tentar novamente
org-name-label = Nome da organização
vat-percent-label = IVA (%)
vat-percent-hint = Uma porcentagem de 0 a 100, por exemplo 19 ou 7,5.
mark-payments-label = Marcar pagamentos feitos por meio de um escritório de representação
mark-payments-hint = Oferece em cada pagamento a marcação “pago por meio de um escritório de representação”.
check-shipment-dates-label = Verificar datas de envio
check-shipment-dates-hint = Destaca os negócios cuja data de envio contratual está faltando ou já passou.
default-language-label = Idioma padrão
settings-save = Salvar configurações
settings-saving = Salvando…
settings-saved = Configurações salvas.
conflict-hint = Seus valores continuam no formulário. Os valores salvos agora aparecem ao lado.
conflict-use-stored = Usar os valores salvos
conflict-save-mine = Salvar meus valores mesmo assim

## Valores salvos

stored-heading = Salvo no banco de dados
stored-description = Os valores como o banco de dados os retornou pela última vez.
stored-updated-at-label = Última alteração
value-yes = Sim
value-no = Não
value-empty = (vazio)
