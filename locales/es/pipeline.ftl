# El tablero del embudo de tratos: una columna por etapa, tarjetas que se mueven entre ellas.

pipeline-with-closed = Mostrar tratos cerrados
pipeline-department = Departamento
pipeline-no-stages = Este departamento aún no tiene etapas de tratos.
# $stage es el nombre de la etapa, $count el número de tratos, $amount el total de la columna con su moneda.
pipeline-column-label = { $stage }: { $count ->
        [one] un trato
       *[other] { $count } tratos
    }, { $amount }
# $shown es $count formateado para el idioma del lector.
pipeline-column-deals = { $count ->
        [one] { $shown } trato
       *[other] { $shown } tratos
    }
pipeline-column-empty = No hay tratos en esta etapa.
pipeline-load-more = Mostrar más
pipeline-no-amount = Sin importe
pipeline-next-step = Siguiente paso: { $date }
pipeline-move-label = Mover «{ $deal }» a otra etapa
pipeline-moved = «{ $deal }» se movió a «{ $stage }».
pipeline-closed = «{ $deal }» está cerrado.
pipeline-conflict = Otra persona modificó «{ $deal }» mientras tanto. La tarjeta muestra ahora la versión guardada; muévala de nuevo si aún debe cambiar de etapa.

## Cerrar un trato al moverlo

pipeline-close-title = Cerrar el trato
pipeline-close-explanation = Mover «{ $deal }» a «{ $stage }» cierra el trato. ¿Por qué se cerró?
pipeline-close-reason = Motivo de cierre
pipeline-close-no-reason = Este departamento no tiene ningún motivo de cierre para esta etapa. Un administrador puede añadir uno en Motivos de cierre.
pipeline-close-confirm = Cerrar el trato
