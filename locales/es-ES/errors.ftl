# Errores que ve el agente. Los ids son error-<código, con puntos y guiones bajos cambiados por guiones>.

error-store-corrupt = El archivo de la base de datos local está dañado y no se puede abrir. No se ha modificado ni eliminado nada. Puedes apartar el archivo dañado (se conserva, con otro nombre, en la misma carpeta) y empezar con una bandeja de entrada vacía.
# $found: versión del esquema del archivo; $supported: versión más alta que entiende esta versión de la aplicación.
error-store-too-new = Esta base de datos se creó con una versión más reciente de Bridgedesk (esquema { $found }; esta versión admite como máximo el { $supported }). Actualiza Bridgedesk. No se ha modificado el archivo.
error-store-busy = Otra ventana de Bridgedesk u otro programa está usando la base de datos. Ciérralo y vuelve a intentarlo.
error-store-not-found = Este elemento ya no existe. Puede que se haya eliminado en otra ventana.
error-store-io = No se ha podido leer ni escribir en la carpeta de la base de datos. Comprueba el espacio libre en disco y los permisos de la carpeta.
error-store-unknown-key = No se han podido importar los datos: algunos registros hacen referencia a otros que faltan. No se ha guardado nada.
error-store-invalid-tag = La etiqueta es demasiado larga: una etiqueta puede tener como máximo 40 caracteres.
error-store-invalid-note = No se puede guardar una nota vacía.
error-store-invalid-reply = No se puede enviar una respuesta vacía.
error-store-internal = Se ha producido un error inesperado en la base de datos. Tus datos no se han modificado.
error-workspace-not-open = La bandeja de entrada aún no está abierta.
error-workspace-not-empty = Los datos de demostración solo se pueden cargar en una bandeja de entrada vacía.
error-workspace-not-corrupt = La base de datos no está dañada, así que no se ha movido nada.
error-settings-unknown-locale = Este idioma no está disponible.
error-settings-unknown-time-zone = Esta zona horaria no se reconoce.
error-internal = Algo ha fallado dentro de Bridgedesk. Tus datos no se han modificado.
