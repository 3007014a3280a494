# Errores de equipos que envía el núcleo (ids de mensaje de AppError).

error-store-invalid-team-name = Un equipo necesita un nombre de 60 caracteres como máximo.
error-store-team-name-taken = Otro equipo ya tiene este nombre.
