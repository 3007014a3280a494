# Erreurs d'équipes envoyées par le cœur (ids de message AppError).

error-store-invalid-team-name = Une équipe a besoin d'un nom de 60 caractères au plus.
error-store-team-name-taken = Une autre équipe porte déjà ce nom.
