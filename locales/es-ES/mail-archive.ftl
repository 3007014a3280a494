# Lo que el agente hace con una conversación de correo llega al buzón: archivar al cerrar, marcar como no leída.

mail-archive-on-close = Mover las conversaciones cerradas a la carpeta Archivo
mail-archive-on-close-hint = Al resolver o cerrar una conversación de correo, sus mensajes también salen de la bandeja de entrada del servidor (otras aplicaciones de correo los muestran en Archivo).
action-mark-unread = Marcar como no leída
action-mark-unread-title = Marcar como no leído el último mensaje del comprador (u)
shortcut-mark-unread = Marcar como no leída la conversación abierta
