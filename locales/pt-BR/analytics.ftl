# Textos dos relatórios de análise (DOMAIN.md §10).

analytics-funnel-total = Total de negócios fechados
analytics-income-title = Receita mensal (valor total do período atual: { $total } { $currency } ({ $delta }))
analytics-not-specified = Não informado

# Períodos predefinidos dos filtros de data (R-ANL-9).
analytics-range-today = Hoje
analytics-range-past-7-days = Últimos 7 dias
analytics-range-this-month = Este mês
analytics-range-this-year = Este ano
analytics-range-last-month = Mês passado
analytics-range-first-half-of-year = Primeiro semestre do ano
analytics-range-nine-months-of-year = Nove meses do ano
analytics-range-second-half-of-last-year = Segundo semestre do ano passado
