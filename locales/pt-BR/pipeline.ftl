# O quadro do funil de negócios: uma coluna por etapa, cartões que se movem entre elas.

pipeline-with-closed = Mostrar negócios fechados
pipeline-department = Departamento
pipeline-no-stages = Este departamento ainda não tem etapas de negócio.
# $stage é o nome da etapa, $count o número de negócios, $amount o total da coluna com a moeda.
pipeline-column-label = { $stage }: { $count ->
        [one] um negócio
       *[other] { $count } negócios
    }, { $amount }
# $shown é $count formatado para o idioma do leitor.
pipeline-column-deals = { $count ->
        [one] { $shown } negócio
       *[other] { $shown } negócios
    }
pipeline-column-empty = Nenhum negócio nesta etapa.
pipeline-load-more = Mostrar mais
pipeline-no-amount = Sem valor
pipeline-next-step = Próximo passo: { $date }
pipeline-move-label = Mover “{ $deal }” para outra etapa
pipeline-moved = “{ $deal }” foi movido para “{ $stage }”.
pipeline-closed = “{ $deal }” está fechado.
pipeline-conflict = Outra pessoa alterou “{ $deal }” nesse meio-tempo. O cartão agora mostra a versão salva; mova-o novamente se ainda precisar mudar de etapa.

## Fechar um negócio ao movê-lo

pipeline-close-title = Fechar o negócio
pipeline-close-explanation = Mover “{ $deal }” para “{ $stage }” fecha o negócio. Por que ele foi fechado?
pipeline-close-reason = Motivo de encerramento
pipeline-close-no-reason = Este departamento não tem motivo de encerramento para esta etapa. Um administrador pode adicionar um em Motivos de encerramento.
pipeline-close-confirm = Fechar o negócio
