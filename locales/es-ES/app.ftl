# Estructura de la aplicación: ventana, pantalla de bienvenida, espacio de trabajo dañado.

## El nombre del idioma, escrito en ese mismo idioma, en el menú de ajustes

locale-name = Español (España)

## Aplicación

app-name = Bridgedesk
app-starting = Abriendo tu espacio de trabajo…
# $code: código técnico del error (p. ej., store.io).
app-error-fallback = Algo ha fallado (código { $code }). Vuelve a intentarlo.
# $detail: descripción técnica del problema, normalmente en inglés.
app-error-unexpected = Problema inesperado en la ventana de la aplicación: { $detail }
error-banner-dismiss = Cerrar

## Bienvenida (espacio de trabajo vacío)

welcome-title = Te damos la bienvenida a Bridgedesk
welcome-line-1 = Una sola bandeja de entrada para todos los mensajes de los compradores: correo electrónico, eBay, Amazon, Shopee, TikTok Shop, Lazada y Telegram.
welcome-line-2 = Todo se guarda en este ordenador, así que puedes leer, buscar y responder incluso sin conexión.
welcome-demo = Explorar con datos de demostración
welcome-demo-hint = Una bandeja de entrada realista con compradores, pedidos y números de seguimiento. No se envía nada a ningún sitio.
welcome-demo-busy = Creando la bandeja de demostración…
welcome-demo-busy-detail = Rellenando la base de datos local con conversaciones de demostración. Tardará unos segundos.
welcome-add-account = Añadir una cuenta
welcome-add-account-hint = Conecta tu correo electrónico y tus tiendas en los marketplaces.

## Espacio de trabajo dañado

unavailable-title = No se ha podido abrir tu espacio de trabajo
unavailable-path = Archivo de la base de datos:
unavailable-not-recoverable = Bridgedesk no puede solucionarlo por sí solo. Cierra la aplicación, revisa el archivo y su carpeta, y vuelve a abrir Bridgedesk.
move-aside = Apartar el archivo dañado y empezar de cero
move-aside-question = Bridgedesk cambiará el nombre del archivo dañado (se conserva junto al nuevo; no se elimina nada) y empezará con un espacio de trabajo vacío. ¿Continuar?
move-aside-confirm = Sí, apartarlo
move-aside-cancel = Cancelar
