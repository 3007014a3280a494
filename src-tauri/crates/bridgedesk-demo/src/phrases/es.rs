//! Spanish: buyers in Spain (Amazon ES, web shop) and Mexico (eBay, web shop, Telegram); agents
//! write with *usted*, as Spanish-language service teams do.

use super::{noun, Bank, Script};

// Nouns: g = 0 masculine, 1 feminine, 2 masculine plural.

pub(crate) static BANK: Bank = Bank {
    lang: "es",
    sep: "\n",
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    date: "{d} de {m}",
    honorifics: ["Estimado", "Estimada"],
    greet_formal: &["Hola, {first}:", "{hon} {first}:", "Buenos días, {first}:"],
    greet_chat: &["¡Hola, {first}!", "Hola {first},"],
    sign_formal: &[
        "Un cordial saludo,\n{agent}\nAtención al cliente de Brightway",
        "Quedamos a su disposición.\n\nSaludos,\n{agent}\nEquipo de soporte Brightway",
    ],
    sign_chat: &["– {agent}", "Saludos, {agent}"],
    customer_greet: &["Hola,", "Buenas tardes,", "Buenos días,"],
    customer_sign: &["Gracias,\n{cname}", "Saludos,\n{cname}", "{cname}", "Un saludo\n{cname}"],
    auto_ack: &[
        "¡Gracias por escribir a Brightway! Hemos recibido su mensaje y un agente le responderá en un plazo de 24 horas (lunes a sábado, 9:00–18:30 hora de China).",
        "¡Hola! Gracias por su mensaje. Ahora mismo estamos fuera de horario; le responderemos en cuanto estemos conectados.",
    ],
    nudge: &[
        "¿Hola? ¿Alguna novedad?",
        "Han pasado dos días y nadie me contesta. ¿Me pueden responder, por favor?",
        "¿Hay noticias de mi pedido {order}?",
        "Sigo esperando una respuesta…",
    ],
    thanks: &[
        "Muchas gracias, me ha sido de gran ayuda.",
        "Perfecto, gracias por la respuesta tan rápida.",
        "Ya lo recibí y funciona bien. ¡Gracias por todo!",
        "Genial, muchas gracias. ¡Que tenga un buen día!",
    ],
    update: &[
        "Le escribo para darle una actualización: hemos vuelto a contactar con {carrier} y estamos esperando su respuesta. Le avisaré en cuanto sepa algo.",
        "Seguimos gestionando su caso. Gracias por su paciencia; le daré una nueva actualización antes del {date}.",
        "Nuestro almacén ha revisado su pedido {order} y todo se envió correctamente. Ahora esperamos el resultado de la investigación del transportista.",
    ],
    chat_customer: &[
        "ok", "Gracias", "Vale, un momento", "¿Cuánto tardará?", "¿Me puede pasar el enlace de seguimiento?",
        "Ya le mandé la foto", "¿El reembolso será al mismo método de pago?", "Está bien, espero",
    ],
    chat_agent: &[
        "Déjeme comprobarlo, un momento por favor.",
        "Gracias, ya lo he recibido.",
        "¿Puedo ayudarle en algo más?",
        "Normalmente de 3 a 5 días hábiles.",
        "Sí, el reembolso se hace al método de pago original.",
        "Lo he pasado a nuestro equipo de almacén.",
    ],
    nouns: [
        noun("cargador", 0), noun("cable", 0), noun("auriculares", 2), noun("funda", 1), noun("tira LED", 1),
        noun("reloj inteligente", 0), noun("correa", 1), noun("batería externa", 1), noun("hub USB-C", 0), noun("adaptador de viaje", 0),
    ],
    claims: ["una reclamación de la Garantía de la A a la Z", "un caso en eBay", "una disputa en PayPal", "un contracargo con mi banco", "una queja en {platform}"],
    intents: [
        // Compatibility
        Script {
            subject: &["Pregunta sobre {g:el|la|los} {product}: ¿es compatible con {device}?", "Consulta de compatibilidad"],
            open: &[
                "Hola, ¿{g:este|esta|estos} {product} {g:funciona|funciona|funcionan} con mi {device}? Quiero estar {f:seguro|segura} antes de comprar.",
                "Buenas, ¿el {title} es compatible con {device}? En el anuncio no queda claro.",
            ],
            reply: &[
                "Gracias por su interés en {g:nuestro|nuestra|nuestros} {product}. Sí, {g:es totalmente compatible|es totalmente compatible|son totalmente compatibles} con {device}. Si tiene cualquier problema cuando {g:lo|la|los} reciba, escríbanos y le ayudaremos enseguida.",
                "¡Buena pregunta! El {title} funciona con {device}; lo hemos probado nosotros mismos. Los pedidos de hoy se envían en 24 horas.",
            ],
            follow: &["Perfecto, gracias. ¿Tiene garantía?", "Vale. ¿Y cuánto suele tardar el envío?"],
            resolve: &["Sí, todos nuestros productos tienen 12 meses de garantía, y el envío suele tardar de 7 a 15 días hábiles. Si necesita algo más, aquí estamos."],
        },
        // Voltage
        Script {
            subject: &["Tipo de enchufe y voltaje"],
            open: &[
                "Hola, ¿{g:el|la|los} {product} viene con enchufe para mi país? Aquí usamos 230 V.",
                "Buenas, antes de comprar: ¿{g:este|esta|estos} {product} es de 110–240 V? Lo voy a usar de viaje.",
            ],
            reply: &["Gracias por su mensaje. {g:El|La|Los} {product} {g:admite|admite|admiten} 100–240 V, 50/60 Hz, así que funciona en todo el mundo. {g:Lo|La|Los} enviamos con el enchufe correcto para su país (SKU {sku})."],
            follow: &["Perfecto. ¿Me {g:lo|la|los} pueden mandar con enchufe americano?"],
            resolve: &["Claro que sí. Deje una nota con el pedido que diga «enchufe US» y le enviaremos esa versión. No necesitará adaptador."],
        },
        // ShippingTime
        Script {
            subject: &["¿Cuánto tarda el envío?"],
            open: &[
                "Hola, ¿cuánto tarda en llegar a mi dirección? Necesito {g:el|la|los} {product} antes del {date}.",
                "Buenas, si compro hoy, ¿cuándo lo envían? ¿Y con qué paquetería?",
            ],
            reply: &["Gracias por su mensaje. Enviamos en 1–2 días hábiles desde nuestro almacén de Shenzhen. El envío estándar tarda de 7 a 15 días hábiles, así que si compra hoy debería llegar hacia el {date}. Recibirá el número de seguimiento en cuanto salga el paquete."],
            follow: &["¿Hay alguna opción más rápida? Es un regalo."],
            resolve: &["Sí, puede elegir envío exprés con DHL al pagar; suele llegar en 4–6 días hábiles. Además, he marcado su pedido como prioritario."],
        },
        // Duties
        Script {
            subject: &["¿Hay que pagar aduana?"],
            open: &[
                "Hola, ¿tendré que pagar aduana o impuestos cuando llegue el paquete?",
                "Buenas, ¿los impuestos están incluidos en el precio o me cobrarán algo al entregarlo?",
            ],
            reply: &["Gracias por preguntar. Para pedidos a la Unión Europea el IVA ya se cobra en el pago (IOSS), así que no tendrá que pagar nada más en la entrega. En otros países, como México, los paquetes pequeños suelen estar exentos, pero la decisión final es de la aduana local."],
            follow: &["Vale, ¿y qué se declara en el paquete?"],
            resolve: &["Siempre declaramos el valor y el contenido reales del paquete, como exige la ley. Si la aduana le pide algún documento, envíenoslo y le ayudaremos de inmediato."],
        },
        // AddressChange
        Script {
            subject: &["Cambiar la dirección del pedido {order}"],
            open: &[
                "Hola, acabo de hacer el pedido {order} y me equivoqué en la dirección. ¿La pueden cambiar antes de enviarlo?",
                "Buenas, me he mudado. Por favor, envíen el pedido {order} a mi nueva dirección, se la paso en el siguiente mensaje.",
            ],
            reply: &["Gracias por avisarnos tan rápido. Su pedido {order} todavía no ha salido, así que podemos cambiar la dirección. Por favor, confírmenos la dirección completa con código postal y teléfono."],
            follow: &["Aquí está: misma calle, pero piso 3.º B. El código postal está en mi cuenta. ¡Gracias!"],
            resolve: &["Listo: hemos actualizado la dirección del pedido {order} y saldrá mañana. Le enviaremos el número de seguimiento en cuanto lo entreguemos al transportista."],
        },
        // TrackingStalled
        Script {
            subject: &["¿Dónde está mi pedido {order}?", "El seguimiento no se actualiza – pedido {order}"],
            open: &[
                "Hola, compré {g:el|la|los} {product} hace {days} días y todavía {g:no ha llegado|no ha llegado|no han llegado}. El número de seguimiento {tracking} no se actualiza desde hace una semana. ¿Dónde está mi paquete?",
                "Buenas tardes, mi pedido {order} no ha llegado. En {carrier} solo pone «en tránsito». ¿Pueden revisarlo, por favor?",
                "Hola, ya van {days} días. ¿Se {g:perdió mi|perdió mi|perdieron mis} {product}? Necesito el número de seguimiento correcto.",
            ],
            reply: &[
                "Lamento mucho la espera. He revisado el número de seguimiento {tracking}: el paquete salió de nuestro almacén y está en camino con {carrier}. Los envíos internacionales a veces no muestran movimientos mientras están en el vuelo o entre centros de clasificación. Debería llegar antes del {date}. Si no llega para entonces, le reenviamos el pedido o le hacemos el reembolso completo.",
                "Gracias por su paciencia. Su paquete {tracking} está en tránsito con {carrier} y su último escaneo fue en el centro de exportación. He pedido al transportista que lo revise y le mantendré informado. La entrega estimada es el {date}.",
            ],
            follow: &["De acuerdo, espero hasta el {date}, pero por favor estén pendientes.", "Hoy sigue sin moverse el seguimiento."],
            resolve: &["¡Buenas noticias! {carrier} indica que su paquete ya está en su país y en reparto. Debería recibirlo en 1–2 días."],
        },
        // CustomsHold
        Script {
            subject: &["Paquete retenido en aduana"],
            open: &[
                "Hola, el seguimiento del pedido {order} dice «retenido en aduana». ¿Qué tengo que hacer?",
                "Buenas, la aduana tiene mi paquete {tracking} y me piden un pago. ¿Por qué?",
            ],
            reply: &["Gracias por avisarnos. Su paquete {tracking} está en la aduana para una inspección rutinaria, que suele tardar de 3 a 7 días. Si le piden una factura o su número de identificación, envíenoslo y le mandaremos la factura comercial de inmediato."],
            follow: &["Ahora me piden la factura. ¿Me la pueden mandar?"],
            resolve: &["Le hemos enviado la factura comercial del pedido {order} a usted y a {carrier}. La aduana debería liberar el paquete en unos días; seguiremos vigilando el seguimiento."],
        },
        // DeliveredNotReceived
        Script {
            subject: &["Figura como entregado pero no lo he recibido"],
            open: &[
                "Hola, el seguimiento dice que mi pedido {order} se entregó el {date}, pero no lo he recibido. Ya pregunté a los vecinos y revisé el buzón.",
                "El paquete aparece como entregado pero aquí no hay nada. Ayúdenme, por favor.",
            ],
            reply: &["Siento mucho lo ocurrido. Hemos abierto una investigación con {carrier} para el número de seguimiento {tracking} y hemos pedido la prueba de entrega. ¿Podría consultar también en su oficina de correos? A veces dejan allí los paquetes."],
            follow: &["Pregunté en correos y no lo tienen."],
            resolve: &["Gracias por comprobarlo. Como el transportista no puede confirmar la entrega, le enviaremos un reemplazo sin coste. El nuevo número de seguimiento le llegará en 48 horas."],
        },
        // Return
        Script {
            subject: &["Solicitud de devolución – pedido {order}", "Quiero devolver un artículo"],
            open: &[
                "Hola, {g:el|la|los} {product} no {g:es|es|son} lo que necesito. ¿Puedo {g:devolverlo|devolverla|devolverlos} y que me hagan el reembolso?",
                "Buenas, quiero devolver {g:el|la|los} {product} del pedido {order}. {g:Está|Está|Están} sin usar y en su caja original.",
            ],
            reply: &["Gracias por contactarnos. Por supuesto, puede {g:devolverlo|devolverla|devolverlos} en un plazo de 30 días. {g:Envíelo|Envíela|Envíelos} a la dirección de devolución que le indicaremos en el siguiente mensaje, con su número de pedido. En cuanto {g:lo|la|los} recibamos, le haremos el reembolso en 3 días hábiles. Como el artículo no tiene ningún defecto, los gastos de devolución corren por cuenta del comprador."],
            follow: &["Ya lo envié hoy, el número de seguimiento está en el resguardo."],
            resolve: &["Hemos recibido su devolución y le hemos hecho el reembolso completo del artículo del pedido {order}. Puede tardar de 3 a 5 días hábiles en aparecer en su cuenta."],
        },
        // Damaged
        Script {
            subject: &["El artículo llegó dañado"],
            open: &[
                "Hola, {g:mi|mi|mis} {product} {g:llegó roto|llegó rota|llegaron rotos}: la caja venía aplastada y la carcasa está rajada. Adjunto fotos.",
                "Buenas, el paquete del pedido {order} llegó dañado y {g:el|la|los} {product} no {g:funciona|funciona|funcionan}. ¿Qué pueden hacer?",
            ],
            reply: &["Siento muchísimo que {g:el|la|los} {product} {g:llegara dañado|llegara dañada|llegaran dañados}, y gracias por las fotos. No hace falta que {g:lo|la|los} devuelva: podemos enviarle {g:uno nuevo|una nueva|unos nuevos} sin coste o hacerle el reembolso completo. ¿Qué prefiere?"],
            follow: &["Prefiero un reemplazo, por favor."],
            resolve: &["Su reemplazo ya salió con {carrier}, número de seguimiento {tracking}. Debería llegar antes del {date}. Disculpe de nuevo las molestias."],
        },
        // WrongItem
        Script {
            subject: &["Recibí un artículo equivocado"],
            open: &[
                "Hola, pedí el {title} y me llegó algo totalmente distinto.",
                "Buenas, en el pedido {order} me llegó el color equivocado. Pedí negro y recibí blanco.",
            ],
            reply: &["Disculpe este error de nuestro almacén. ¿Podría enviarnos una foto del artículo y de la etiqueta de la bolsa? Le enviaremos {g:el|la|los} {product} {g:correcto|correcta|correctos} enseguida y puede quedarse con el otro."],
            follow: &["Foto adjunta. Mándenlo rápido, por favor, es para un cumpleaños."],
            resolve: &["Gracias. {g:El|La|Los} {product} {g:correcto|correcta|correctos} (SKU {sku}) ya {g:va|va|van} por envío exprés, número de seguimiento {tracking}. {g:Lo|La|Los} tendrá antes del {date}."],
        },
        // Defective
        Script {
            subject: &["{g:El|La|Los} {product} {g:dejó|dejó|dejaron} de funcionar"],
            open: &[
                "Hola, {g:el|la|los} {product} que compré el mes pasado {g:dejó|dejó|dejaron} de funcionar. Ya no carga nada.",
                "Buenas, {g:mi|mi|mis} {product} se {g:apaga solo|apaga sola|apagan solos} todo el rato. Todavía {g:está|está|están} en garantía.",
            ],
            reply: &["Gracias por avisarnos y disculpe las molestias. ¿Podría probar con otro cable y otro adaptador y enviarnos un vídeo corto del problema? Si es un defecto del producto, se {g:lo|la|los} cambiamos con nuestra garantía de 12 meses sin coste para usted."],
            follow: &["Probé con otro cable y pasa lo mismo. Adjunto el vídeo."],
            resolve: &["Gracias por el vídeo. Es un defecto de fábrica, así que le enviamos {g:un|una|unos} {product} {g:nuevo|nueva|nuevos} sin coste, seguimiento {tracking}. No hace falta devolver {g:el defectuoso|la defectuosa|los defectuosos}."],
        },
        // NotAsDescribed
        Script {
            subject: &["El artículo no coincide con la descripción"],
            open: &[
                "{g:El|La|Los} {product} no {g:es|es|son} como se describe. El anuncio dice carga rápida, pero mi {device} carga lentísimo. Muy {f:decepcionado|decepcionada}.",
                "Hola, el color y el tamaño no tienen nada que ver con las fotos. No es lo que pagué.",
            ],
            reply: &["Lamento que {g:el|la|los} {product} no {g:haya|haya|hayan} cumplido sus expectativas; nos lo tomamos muy en serio. ¿Nos podría decir qué dispositivo y cable utiliza? Le ofrecemos un reembolso parcial del 30 % si se {g:lo|la|los} queda, o el reembolso completo tras {g:devolverlo|devolverla|devolverlos} a nuestro cargo."],
            follow: &["Acepto el reembolso parcial."],
            resolve: &["Hemos realizado el reembolso parcial del pedido {order}. Gracias por su comprensión y por darnos la oportunidad de solucionarlo."],
        },
        // DisputeThreat
        Script {
            subject: &["Reembolso ya o abro una reclamación", "URGENTE – pedido {order}"],
            open: &[
                "Es la tercera vez que escribo. Mi pedido {order} no ha llegado después de {days} días. Si mañana no tengo el reembolso, abriré {claim} y dejaré una valoración negativa.",
                "Quiero mi dinero YA. Nadie contesta y el seguimiento lleva semanas sin moverse. Si hoy no se soluciona, abro {claim}.",
            ],
            reply: &["Le pido sinceras disculpas por el retraso y por no haberle contestado antes. He revisado el pedido {order}: el paquete está detenido en {carrier}. Para solucionarlo ahora mismo, le hemos hecho el reembolso completo, así que no necesita abrir ninguna reclamación. Si el paquete llega, quédeselo."],
            follow: &["Vale, ya veo el reembolso. Gracias por solucionarlo por fin."],
            resolve: &["Gracias por su paciencia y disculpe de nuevo. Hemos reforzado los controles con este transportista para que no vuelva a ocurrir."],
        },
        // ThankYou
        Script {
            subject: &["¡Gracias!"],
            open: &[
                "Solo quería decirles que {g:el|la|los} {product} {g:llegó|llegó|llegaron} hoy y {g:funciona|funciona|funcionan} perfecto. ¡Envío rápido, gracias!",
                "Excelente vendedor, {g:el|la|los} {product} {g:es|es|son} tal cual la descripción. Volveré a comprar.",
            ],
            reply: &["¡Muchísimas gracias por su mensaje! Nos alegra mucho que {g:el|la|los} {product} le {g:funcione|funcione|funcionen} bien. Si alguna vez necesita ayuda, aquí estamos."],
            follow: &["¡Claro! ¿Tienen descuento si compro otro?"],
            resolve: &["¡Por supuesto! Comprando dos unidades se aplica automáticamente un 10 % de descuento al pagar. ¡Que tenga una buena semana!"],
        },
    ],
};
