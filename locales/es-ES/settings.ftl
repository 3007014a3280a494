# Menú de ajustes y atajos de teclado.

## Menú de ajustes

settings-open = Ajustes
settings-title = Ajustes
settings-language = Idioma
settings-time-zone = Tu zona horaria
# $zone: la zona horaria IANA del sistema operativo, p. ej. «Asia/Shanghai».
settings-time-zone-system = Usar la del sistema ({ $zone })
settings-time-zone-search = Buscar zonas horarias…
settings-time-zone-list = Zonas horarias
# $query: lo que el agente ha escrito en el cuadro de búsqueda de zonas horarias.
settings-time-zone-none = Ninguna zona horaria coincide con «{ $query }».
# $offset: diferencia actual de la zona con UTC, ya formateada, p. ej. «+08:00» o «−03:00».
settings-time-zone-offset = UTC{ $offset }
settings-agent = Sesión iniciada como

## Opciones para desarrolladores (sección plegada al final del menú de ajustes)

settings-developer = Desarrolladores
settings-pseudo-locale = Pseudolocalización
settings-pseudo-locale-hint = Muestra todos los textos con acentos y más largos, para detectar textos cortados o sin traducir.

## Atajos de teclado

help-title = Atajos de teclado
help-close = Cerrar
shortcut-next = Conversación siguiente
shortcut-previous = Conversación anterior
shortcut-open = Abrir la conversación seleccionada
shortcut-reply = Responder (ir al editor de respuesta)
shortcut-resolve = Resolver la conversación abierta
shortcut-search = Buscar
shortcut-help = Mostrar u ocultar esta ayuda
shortcut-escape = Cerrar esta ayuda o salir de un campo de texto
shortcut-send = Enviar la respuesta (desde el editor)
