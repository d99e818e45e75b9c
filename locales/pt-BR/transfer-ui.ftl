# A tela de importação e exportação (R-IMP-1, R-IMP-2): entram planilhas de empresas, contatos e leads;
# saem planilhas de empresas, contatos, leads e negócios.

nav-transfer = Importar e exportar
transfer-description = Traga registros de uma planilha ou leve-os para uma.
transfer-entity = Registros

## Importação

import-heading = Importar
import-hint = Um arquivo XLSX cuja primeira linha nomeia as colunas, como um arquivo exportado. Linhas cujo registro já existe são ignoradas.
import-file = Arquivo
import-start = Iniciar importação
import-reading = Lendo o arquivo…
import-progress-label = Progresso da importação
import-progress-rows =
    { $total ->
        [one] { $done } de { $total } linha
       *[other] { $done } de { $total } linhas
    }
import-cancel = Cancelar importação
import-cancelling = Parando após a linha atual…
import-failed = O arquivo não foi importado.
import-report-heading = Resultado da importação
import-report-found = Linhas no arquivo
import-report-created = Criadas
import-report-skipped = Ignoradas
import-report-failed = Com falha
import-report-cancelled = A importação foi cancelada. As linhas salvas antes disso foram mantidas; o restante do arquivo não foi lido.
import-report-complete = O arquivo inteiro foi lido.
import-report-messages = Linhas ignoradas e com falha
import-row-skipped = Linha { $row }, ignorada: { $message }
import-row-failed = Linha { $row }, com falha: { $message }

## Exportação

export-heading = Exportar
export-hint = O arquivo contém todos os registros deste tipo pelos quais você é responsável.
export-start = Exportar para XLSX
export-working = Exportando…
export-ready =
    { $rows ->
        [one] { $rows } registro exportado.
       *[other] { $rows } registros exportados.
    }
export-download = Salvar { $file }
