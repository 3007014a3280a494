# Fehler zu Teams, die der Kern sendet (AppError-Nachrichten-IDs).

error-store-invalid-team-name = Ein Team braucht einen Namen mit höchstens 60 Zeichen.
error-store-team-name-taken = Ein anderes Team hat schon diesen Namen.
