# Todos los textos que muestra la ventana de escritorio. Los mensajes que genera Rust están en errors.ftl.

## Marco de la aplicación

app-name = Oriel CRM
app-starting = Iniciando…
app-start-failed = Oriel CRM no se pudo iniciar
app-start-retry = Reintentar
locale-switch-label = Idioma
unexpected-error = Se produjo un error inesperado. Inténtelo de nuevo y, si vuelve a ocurrir, reinicie Oriel CRM.

## Pantalla de conexión

connect-title = Elija una base de datos
connect-intro = Oriel CRM guarda sus clientes, tratos y solicitudes en una base de datos. Empiece ahora mismo con la base de datos integrada en este equipo o conéctese al servidor PostgreSQL o MySQL de su equipo de trabajo.
connect-opening = Abriendo la base de datos…
connect-embedded-heading = En este equipo
connect-embedded-description = Un archivo de base de datos privado, listo al instante y sin nada que configurar. Ideal si trabaja solo.
connect-embedded = Abrir la base de datos integrada
connect-embedded-path = Archivo:
connect-saved-heading = Usadas recientemente
connect-saved-reopen = Volver a abrir
connect-server-heading = En un servidor
connect-server-description = Comparta un mismo CRM con su equipo. Cada persona inicia sesión con su propia cuenta de la base de datos.
server-url-label = Dirección del servidor
server-url-placeholder = postgres://usuario@host:5432/crm
server-url-hint = Por ejemplo, postgres://anna@db.example.org:5432/crm o mysql://anna@db.example.org:3306/crm
server-password-label = Contraseña
server-password-saved-hint = Déjelo vacío para usar la contraseña guardada en el llavero del sistema.
remember-password-label = Recordar la contraseña en el llavero del sistema
connect-server = Conectar al servidor

## Pantalla de inicio

home-title = Resumen
disconnect = Desconectar
connection-heading = Conexión
connection-backend-label = Base de datos
connection-location-label = Ubicación
schema-version-label = Versión del esquema
backend-sqlite = Base de datos integrada (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Configuración de la instalación

settings-heading = Configuración de la instalación
settings-description = Esta configuración se aplica a todas las personas que trabajan con esta base de datos.
settings-loading = Cargando la configuración…
settings-load-retry = Reintentar
org-name-label = Nombre de la organización
vat-percent-label = IVA (%)
vat-percent-hint = Un porcentaje de 0 a 100, por ejemplo 21 o 10,5.
mark-payments-label = Marcar los pagos realizados a través de una oficina de representación
mark-payments-hint = Ofrece en cada pago la marca «pagado a través de una oficina de representación».
check-shipment-dates-label = Comprobar las fechas de envío
check-shipment-dates-hint = Marca los tratos cuya fecha de envío contractual falta o ya ha pasado.
default-language-label = Idioma predeterminado
settings-save = Guardar la configuración
settings-saving = Guardando…
settings-saved = Configuración guardada.
conflict-hint = Sus valores siguen en el formulario. Al lado se muestran los valores guardados ahora.
conflict-use-stored = Usar los valores guardados
conflict-save-mine = Guardar mis valores de todos modos

## Valores guardados

stored-heading = Guardado en la base de datos
stored-description = Los valores tal como los devolvió la base de datos por última vez.
stored-updated-at-label = Último cambio
value-yes = Sí
value-no = No
value-empty = (vacío)
