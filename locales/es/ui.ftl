# Las pantallas de trabajo: navegación, listas, formularios, paleta de comandos y atajos.

## Acciones comunes

# $entity es el singular de fields.ftl; «Crear» evita concordar «nuevo/nueva» con el género.
action-new = Crear { $entity }
action-cancel = Cancelar
action-close = Cerrar
action-retry = Reintentar
action-back-to = Volver a { $list }

## Navegación

nav-label = Navegación principal
nav-home = Resumen
nav-pipeline = Embudo
nav-unknown = Esta pantalla no existe.
nav-pending = { $older } pendientes de días anteriores, { $today } recibidas hoy
nav-group-sales = Ventas
nav-group-customers = Clientes
nav-group-goods = Productos y finanzas
nav-group-reference = Listas de referencia
nav-group-admin = Administración

## Listas

list-count =
    { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }
list-empty = Todavía no hay nada aquí.
list-loading = Cargando…
list-search-placeholder = Buscar en esta lista
list-mine = Solo los míos
list-filters = Filtros
list-views = Vistas guardadas
list-view-name = Nombre de la vista
list-view-save = Guardar vista
list-view-delete = Eliminar la vista «{ $name }»
filter-any = Cualquiera
filter-clear = Borrar filtros

## Acciones en bloque

bulk-label = Acciones sobre los registros seleccionados
bulk-selected =
    { $count ->
        [one] { $count } seleccionado
       *[other] { $count } seleccionados
    }
bulk-select-all = Seleccionar todos los registros cargados
bulk-select-row = Seleccionar { $name }
bulk-owner = Cambiar responsable
bulk-tag = Añadir etiqueta
bulk-delete = Eliminar seleccionados
bulk-progress = { $done } de { $total } completados
bulk-failed = Registro n.º { $id }: { $message }

## Formulario del registro

record-save = Guardar
record-saving = Guardando…
record-saved = Guardado.
record-revert = Deshacer mis cambios
record-delete = Eliminar
record-delete-confirm = ¿Eliminar este registro? Irá a la papelera y se podrá restaurar.
picker-search = Escriba para buscar…
picker-clear = Borrar la selección
picker-remove = Quitar { $name }

## Historial

history-title = Historial
history-empty = Todavía no hay cambios registrados.
history-unavailable = No se pudo cargar el historial.
history-system = Oriel CRM
history-action-create = Creado
history-action-update = Modificado
history-action-delete = Eliminado
history-action-restore = Restaurado
history-action-merge = Combinado
history-action-purge = Eliminado definitivamente

## Conflictos de edición

conflict-title = Otra persona guardó este registro mientras usted lo editaba
conflict-explanation = No se ha perdido nada de lo que escribió. En cada campo que difiere, elija qué valor conservar y luego guarde.
conflict-field = Campo
conflict-mine = Lo que usted escribió
conflict-stored = Guardado por la otra persona
conflict-base = Cuando empezó
conflict-all-mine = Conservar todos los míos
conflict-all-stored = Usar todos los de la otra persona
conflict-back = Volver a mi formulario
conflict-apply = Guardar mi elección

## Flujos de trabajo

workflow-request-to-deal = Convertir en trato
workflow-open-deal = Abrir el trato
workflow-lead-convert = Convertir en empresa y contacto
workflow-converted = El lead se ha convertido
workflow-company-created = Nueva empresa creada:
workflow-company-found = Empresa existente encontrada y utilizada:
workflow-contact-created = Nuevo contacto creado:
workflow-contact-found = Contacto existente encontrado y utilizado:
workflow-record-payment = Registrar un pago
workflow-merge = Combinar duplicado
workflow-merge-title = Combinar este registro con otro
workflow-merge-explanation = Este registro es el duplicado: sus registros relacionados pasan al original y este se elimina.
workflow-merge-original = Registro original
workflow-merge-confirm = Combinar con el original
workflow-transfer = Transferir responsable
workflow-transfer-title = Asignar esta empresa a otro responsable
workflow-transfer-explanation = Sus contactos se transfieren con ella.
workflow-transfer-owner = Nuevo responsable
workflow-transfer-confirm = Transferir

## Paleta de comandos y atajos

palette-open = Buscar o ejecutar un comando…
palette-shortcut = Ctrl K
palette-label = Paleta de comandos
palette-placeholder = Buscar cualquier registro o acción
palette-action = Acción
palette-nothing = No se encontró nada.
palette-searching = Buscando…
palette-go = Ir a { $area }
palette-theme = Cambiar el tema de color
palette-language = Idioma: { $language }
shortcut-title = Atajos de teclado
shortcut-palette = Abrir la paleta de comandos
shortcut-save = Guardar el formulario abierto
shortcut-new = Nuevo registro en esta lista
shortcut-search = Buscar en esta lista
shortcut-help = Mostrar estos atajos
shortcut-go-requests = Ir a las solicitudes
shortcut-go-deals = Ir a los tratos
shortcut-go-pipeline = Ir al embudo
shortcut-go-companies = Ir a las empresas
shortcut-go-contacts = Ir a los contactos
shortcut-go-leads = Ir a los leads
shortcut-list-move = Desplazarse por una lista y abrir una fila
shortcut-close = Cerrar un cuadro de diálogo

## Tema y estado de la conexión

theme-switch = Tema de color
theme-system = Tema: sistema
theme-light = Tema: claro
theme-dark = Tema: oscuro
offline-message = No se puede acceder a la base de datos. Lo que escriba se conserva; Oriel CRM lo reintenta cada pocos segundos.
offline-retry = Reintentar ahora

## Importes del trato

deal-money-amount = Importe del trato
deal-money-paid = Pagado
deal-money-expected = Pendiente de cobro

## Secciones del formulario

section-person = Persona
section-reach = Cómo contactar
section-place = Dirección
section-classification = Clasificación
section-notes = Notas
section-company = Empresa
section-ownership = Responsable
section-inquiry = Consulta
section-sender = Remitente
section-matches = Registros coincidentes
section-state = Estado
section-deal = Trato
section-money = Importes
section-counterparty = Cliente

## Papelera

list-trash = Papelera
record-in-trash = Este registro está en la papelera.
record-restore = Restaurar

## Notificaciones

notices-button = Notificaciones
notices-open = Notificaciones, { $count } sin leer
notices-title = Notificaciones
notices-none = No hay notificaciones.
notices-mark-all = Marcar todas como leídas

## Mosaicos del resumen

today-title = Hoy
today-requests = Solicitudes pendientes de atender
today-deals = Mis tratos activos
today-due = Mis siguientes pasos para hoy o vencidos
notices-while-away = Mientras estaba ausente
notices-include-own = Avisarme también de las solicitudes que me asigno
