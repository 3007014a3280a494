### Plantillas de respuesta iniciales, español. El comentario sobre cada mensaje es su nombre.

# Aviso de envío
shipping-notice =
    Hola, { $buyer_name }:

    ¡Buenas noticias! { $item_count ->
        [one] El artículo de su pedido { $order_number } ya está en camino.
       *[other] Los { $item_count } artículos de su pedido { $order_number } ya están en camino.
    }
    Transportista: { $carrier }
    Número de seguimiento: { $tracking_number }
    Entrega prevista: { $expected_delivery }

    Puede seguir el paquete con el número de seguimiento en la web del transportista. Si tiene cualquier duda, responda a este mensaje.

    Un saludo cordial,
    { $store_name }

# ¿Dónde está mi pedido?
where-is-my-order =
    Hola, { $buyer_name }:

    Gracias por su paciencia y disculpe la espera. He revisado su pedido { $order_number }: salió de nuestro almacén hace { $days_in_transit ->
        [one] un día
       *[other] { $days_in_transit } días
    } con { $carrier } (número de seguimiento { $tracking_number }) y la entrega está prevista para el { $expected_delivery }.

    Los envíos internacionales a veces pasan unos días sin actualizar el seguimiento mientras están en aduana; es normal. Si no lo ha recibido para esa fecha, escríbanos de nuevo y le daremos una solución de inmediato.

    Un saludo cordial,
    { $store_name }

# Instrucciones de devolución
return-instructions =
    Hola, { $buyer_name }:

    Gracias por contactarnos sobre su pedido { $order_number }. Aceptamos la devolución con mucho gusto dentro de { $return_days ->
        [one] un día
       *[other] { $return_days } días
    } desde la entrega.

    { $postage_payer ->
        [seller] Nosotros pagamos el envío de la devolución: utilice la etiqueta prepagada que le enviaremos y no tendrá ningún coste.
       *[buyer] Como el artículo no presenta ningún defecto, los gastos de envío de la devolución corren a cargo del comprador. Le recomendamos un servicio con seguimiento para poder localizar el paquete.
    }

    Si es posible, embale el artículo en su embalaje original e incluya su número de pedido. En cuanto recibamos la devolución, tramitaremos su reembolso.

    Un saludo cordial,
    { $store_name }

# Disculpa por artículo dañado
damaged-item-apology =
    Hola, { $buyer_name }:

    Lamentamos mucho que su pedido { $order_number } haya llegado dañado. No es la experiencia que queremos ofrecerle.

    ¿Podría enviarnos una foto del artículo y del embalaje? Después, elija la opción que prefiera:
    • un reemplazo gratuito, enviado a nuestro cargo;
    • el reembolso completo;
    • un reembolso parcial si prefiere quedarse con el artículo.

    Responda con su elección y nos encargaremos de todo enseguida.

    Con nuestras disculpas,
    { $store_name }

# Seguimiento de reseña negativa
negative-review-follow-up =
    Hola, { $buyer_name }:

    Gracias por tomarse el tiempo de compartir su opinión sobre el pedido { $order_number }. Sentimos no haber estado a la altura de sus expectativas.

    Queremos solucionarlo. ¿Podría contarnos un poco más sobre lo que ocurrió? Podemos ofrecerle un reemplazo, un reembolso o cualquier otra solución que le convenga.

    Su satisfacción es importante para nosotros y leemos cada mensaje personalmente.

    Un saludo cordial,
    { $store_name }
