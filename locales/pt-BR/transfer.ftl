# Importação e exportação de empresas, contatos e leads (R-IMP-1, R-IMP-2): uma linha de resultado para
# cada linha ignorada ou com falha de uma planilha importada.

import-already-exists = Já existe: { $name } ({ $country })
import-already-exists-nowhere = Já existe: { $name }
import-invalid-email = Nenhum endereço de e-mail válido: { $name }
import-company-not-found = Empresa não encontrada: { $name }
import-row-refused = { $column }: { $message }
