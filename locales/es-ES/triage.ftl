# Clasificación de los mensajes del comprador y su situación: insignias de la lista y de la
# cabecera, corrección de categoría con un clic, grados, segmentos y lista negra.

logistics-damaged = Dañado
logistics-wrong-item = Artículo equivocado
logistics-delivered-not-received = Entregado, no recibido
logistics-no-tracking-update = Seguimiento sin cambios
logistics-customs-hold = Retenido en aduana
logistics-returned-to-sender = Devuelto al remitente

risk-chargeback = Contracargo
risk-paypal-claim = Reclamación de PayPal
risk-a-to-z-claim = Reclamación de la A a la z
risk-bad-review = Mala valoración
risk-platform-report = Denuncia a la plataforma

badge-angry = Enfadado
badge-angry-title = El comprador parece enfadado
badge-risk-title = Riesgo de disputa en el mensaje del comprador
badge-logistics-title = Problema logístico indicado por el comprador
badge-corrected-title = Categoría corregida por un agente

category-correct-title = Corrige la categoría; la clasificación aprende de ello

grade-key-a = Clave A
grade-key-b = Clave B
grade-ordinary = Normal
grade-small = Pequeño
segment-new = Nuevo
segment-returning = Recurrente
segment-potential = Potencial
segment-dormant = Inactivo
customer-grade-label = Grado
customer-segment-label = Segmento

blacklist-banner = Comprador en lista negra: { $reason } (marcado por { $by })
blacklist-set = Añadir a la lista negra
blacklist-clear = Quitar de la lista negra
blacklist-reason-label = Motivo
blacklist-reason-placeholder = ¿Por qué está este comprador en la lista negra?
blacklist-confirm = Añadir a la lista negra
