# Errors of teams the core sends (AppError message ids).

error-store-invalid-team-name = A team needs a name of at most 60 characters.
error-store-team-name-taken = Another team already has this name.
