# Was der Agent mit einer E-Mail-Konversation tut, erreicht das Postfach: beim Schließen archivieren, als ungelesen markieren.

mail-archive-on-close = Geschlossene Konversationen in den Ordner „Archiv“ verschieben
mail-archive-on-close-hint = Wenn Sie eine E-Mail-Konversation lösen oder schließen, verlassen ihre Nachrichten auch auf dem Server den Posteingang (andere Mail-Programme zeigen sie im Archiv).
action-mark-unread = Als ungelesen markieren
action-mark-unread-title = Letzte Nachricht des Käufers als ungelesen markieren (u)
shortcut-mark-unread = Offene Konversation als ungelesen markieren
