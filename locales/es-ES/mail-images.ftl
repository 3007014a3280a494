# Imágenes remotas del correo, descargadas por la aplicación cuando el agente las permite.
mail-images-loading = Cargando imágenes…
# $count: imágenes que la aplicación no pudo cargar (rechazadas o inaccesibles)
mail-images-failed =
    { $count ->
        [one] No se pudo cargar una imagen.
       *[other] No se pudieron cargar { $count } imágenes.
    }
mail-images-retry-later = Las imágenes inaccesibles se descargarán de nuevo la próxima vez que abras este mensaje, por ejemplo cuando vuelvas a tener conexión.
mail-images-retry = Reintentar
