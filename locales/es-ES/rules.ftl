# Reglas, plantillas de respuesta y comprobación antes de enviar.

settings-rules-open = Reglas y automatizaciones…
rules-title = Reglas
rules-close = Cerrar
rules-new = Nueva regla
rules-empty = Aún no hay reglas. Crea una, pruébala con una simulación y después actívala.
rules-enabled = Activa
rules-enabled-title = Activar o desactivar la regla
rules-move-up = Subir
rules-move-down = Bajar
rules-delete = Eliminar
rules-edit = Editar
rules-export = Exportar JSON
rules-import = Importar JSON
rules-import-label = Pega un conjunto de reglas exportado
rules-imported = { $count ->
    [one] Se importó una regla.
   *[other] Se importaron { $count } reglas.
}
rules-saved = Regla guardada.

rules-name-label = Nombre
rules-name-placeholder = p. ej., Los paquetes dañados son urgentes
rules-trigger-label = Cuando
rule-trigger-new-buyer-message = Llega un mensaje del comprador
rule-trigger-agent-reply = Un agente responde
rule-trigger-status-change = Cambia el estado
rule-trigger-time = Pasa un tiempo
rules-anchor-label = Contando desde
rule-anchor-last-buyer-message = el último mensaje del comprador
rule-anchor-last-agent-message = la última respuesta del agente
rule-anchor-status-change = el último cambio de estado
rules-after-minutes = Minutos
rules-match-label = Si
rules-match-all = se cumplen todas las condiciones
rules-match-any = se cumple alguna condición
rules-add-condition = Añadir condición
rules-add-action = Añadir acción
rules-actions-label = Entonces
rules-remove = Quitar
rules-value-placeholder = Valores separados por comas
rules-stop-after-match = No evaluar las reglas siguientes si esta coincide
rules-save = Guardar regla
rules-cancel = Cancelar

rule-cond-channel = Canal
rule-cond-language = Idioma
rule-cond-country = País
rule-cond-category = Categoría
rule-cond-logistics-problem = Problema logístico
rule-cond-customer-grade = Grado del cliente
rule-cond-segment = Segmento
rule-cond-keywords = Palabras clave
rule-cond-regex = Expresión regular
rule-cond-priority = Prioridad
rule-cond-status = Estado
rule-cond-business-hours = En horario laboral
rule-cond-blacklisted = El comprador está en la lista negra
rule-cond-awaiting-agent = Esperando a un agente
rule-cond-yes = sí
rule-cond-no = no

rule-act-assign = Asignar a
rule-act-tag = Añadir etiqueta
rule-act-set-priority = Fijar prioridad
rule-act-set-category = Fijar categoría
rule-act-apply-sla-policy = Aplicar política de SLA
rule-act-set-status = Fijar estado
rule-act-auto-reply = Respuesta automática con plantilla
rule-act-add-note = Añadir nota interna
rule-act-notify = Avisar a un agente

rules-dry-run = Simulación
rules-dry-run-limit = Últimas conversaciones
rules-dry-run-title = Lo que habría hecho esta regla
rules-dry-run-summary = { $matched ->
    [one] Coincide con una de { $total } conversaciones.
   *[other] Coincide con { $matched } de { $total } conversaciones.
}
rules-col-conversation = Conversación
rules-col-result = Resultado
rules-col-why = Por qué
rules-col-actions = Haría
rules-result-matched = Coincide
rules-result-not-matched = No coincide
rules-runs-title = Ejecuciones de reglas

rule-outcome-matched = «{ $rule }» coincidió
rule-outcome-not-matched = «{ $rule }» no coincidió
rule-outcome-disabled = «{ $rule }» está desactivada
rule-outcome-other-trigger = «{ $rule }» escucha otro desencadenante
rule-outcome-already-applied = «{ $rule }» ya actuó en este evento
rule-outcome-stopped = «{ $rule }» se omitió: una regla anterior detuvo la evaluación
rule-outcome-not-due = «{ $rule }» aún no vence

rule-check-any-empty-passed = No hay alternativas que comprobar
rule-check-any-empty-failed = Sin alternativas: «alguna» de nada nunca se cumple
rule-check-not-passed = La condición negada no se cumple, como se pide
rule-check-not-failed = La condición negada se cumple
rule-check-keywords-passed = Se encontró «{ $actual }» (se buscaba { $expected })
rule-check-keywords-failed = No aparece ninguna de las palabras { $expected }
rule-check-regex-passed = El patrón { $expected } encontró «{ $actual }»
rule-check-regex-failed = El patrón { $expected } no coincide
rule-check-channel-passed = El canal es { $actual }
rule-check-channel-failed = El canal es { $actual }, no { $expected }
rule-check-store-id-passed = La tienda es { $actual }
rule-check-store-id-failed = La tienda es { $actual }, no { $expected }
rule-check-language-passed = El idioma es { $actual }
rule-check-language-failed = El idioma es { $actual }, no { $expected }
rule-check-country-passed = El país es { $actual }
rule-check-country-failed = El país es { $actual }, no { $expected }
rule-check-category-passed = La categoría es { $actual }
rule-check-category-failed = La categoría es { $actual }, no { $expected }
rule-check-logistics-problem-passed = El problema logístico es { $actual }
rule-check-logistics-problem-failed = El problema logístico es { $actual }, no { $expected }
rule-check-customer-grade-passed = El grado del cliente es { $actual }
rule-check-customer-grade-failed = El grado del cliente es { $actual }, no { $expected }
rule-check-segment-passed = El segmento es { $actual }
rule-check-segment-failed = El segmento es { $actual }, no { $expected }
rule-check-order-value-passed = El importe { $actual } cumple { $expected }
rule-check-order-value-failed = El importe { $actual } no cumple { $expected }
rule-check-priority-passed = La prioridad es { $actual }
rule-check-priority-failed = La prioridad es { $actual }, no { $expected }
rule-check-status-passed = El estado es { $actual }
rule-check-status-failed = El estado es { $actual }, no { $expected }
rule-check-has-tag-passed = Tiene una etiqueta de { $expected }
rule-check-has-tag-failed = Las etiquetas { $actual } no incluyen ninguna de { $expected }
rule-check-minutes-since-buyer-message-passed = { $actual } minutos desde que escribió el comprador ({ $expected })
rule-check-minutes-since-buyer-message-failed = { $actual } minutos desde que escribió el comprador; se requiere { $expected }
rule-check-minutes-since-agent-message-passed = { $actual } minutos desde la última respuesta ({ $expected })
rule-check-minutes-since-agent-message-failed = { $actual } minutos desde la última respuesta; se requiere { $expected }
rule-check-minutes-since-status-change-passed = { $actual } minutos desde el cambio de estado ({ $expected })
rule-check-minutes-since-status-change-failed = { $actual } minutos desde el cambio de estado; se requiere { $expected }
rule-check-awaiting-agent-passed = Esperando a un agente: { $actual ->
        [true] sí
       *[other] no
    }
rule-check-awaiting-agent-failed = Esperando a un agente: { $actual ->
        [true] sí
       *[other] no
    }; se requiere { $expected ->
        [true] sí
       *[other] no
    }
rule-check-business-hours-passed = En horario laboral: { $actual ->
        [true] sí
       *[other] no
    }
rule-check-business-hours-failed = En horario laboral: { $actual ->
        [true] sí
       *[other] no
    }; se requiere { $expected ->
        [true] sí
       *[other] no
    }
rule-check-blacklisted-passed = Comprador en lista negra: { $actual ->
        [true] sí
       *[other] no
    }
rule-check-blacklisted-failed = Comprador en lista negra: { $actual ->
        [true] sí
       *[other] no
    }; se requiere { $expected ->
        [true] sí
       *[other] no
    }

rule-action-assign = Asignar a { $agent }
rule-action-tag = Añadir la etiqueta «{ $tag }»
rule-action-set-priority = Fijar la prioridad en { $priority }
rule-action-set-category = Fijar la categoría en { $category }
rule-action-apply-sla-policy = Aplicar la política de SLA { $policy }
rule-action-set-status = Fijar el estado en { $status }
rule-action-auto-reply = Responder automáticamente con la plantilla { $template }
rule-action-add-note = Añadir la nota interna «{ $text }»
rule-action-notify = Avisar a { $agent }

rules-invalid-json = El conjunto de reglas no es JSON válido (línea { $line }, columna { $column }).
rules-unknown-format = No es un conjunto de reglas de Bridgedesk (formato «{ $format }»).
rules-unsupported-version = Esta versión de Bridgedesk no admite la versión { $version } del conjunto de reglas.
rules-too-many-rules = Demasiadas reglas: como máximo { $max }.
rules-empty-rule-id = La regla número { $index } no tiene identificador.
rules-duplicate-rule-id = El identificador «{ $rule }» aparece dos veces.
rules-no-actions = La regla «{ $rule }» no tiene acciones.
rules-invalid-regex = La regla «{ $rule }» tiene una expresión regular no válida: { $pattern }
rules-regex-too-long = La regla «{ $rule }» tiene una expresión regular de más de { $max } bytes.
rules-condition-too-deep = La regla «{ $rule }» anida condiciones más de { $max } niveles.
rules-negative-duration = La regla «{ $rule }» tiene una duración negativa.
rules-unknown-template = La regla «{ $rule }» usa la plantilla desconocida «{ $template }».
error-rules-invalid = El editor no puede guardar esta regla.
template-no-variant = La plantilla «{ $template }» no tiene texto en ningún idioma.
template-syntax = La plantilla «{ $template }» ({ $language }) no es válida.
template-missing-variable = La plantilla «{ $template }» ({ $language }) necesita { $variable }, que esta conversación no tiene.
template-format = No se pudo rellenar la plantilla «{ $template }» ({ $language }).
template-unknown-time-zone = Se desconoce la zona horaria del comprador, { $zone }.
error-template-unknown = Esta plantilla ya no existe.
error-reply-blocked = La respuesta no se envió: contiene algo que el marketplace prohíbe. Quita el texto resaltado.
error-demo-not-demo = Los mensajes simulados son solo para el espacio de demostración.
error-blacklist-reason-missing = Indica por qué añades este comprador a la lista negra.
error-grade-thresholds-invalid = No se pueden guardar estos umbrales de grado.

template-open = Plantillas
template-open-title = Insertar una plantilla de respuesta ({ $shortcut })
template-search-placeholder = Buscar plantillas
template-empty = Ninguna plantilla coincide.
template-language-label = Idioma del comprador
template-insert = Insertar
template-preview-label = Vista previa en tu idioma ({ $language })
template-buyer-label = Para el comprador ({ $language })

send-check-title = Comprobación antes de enviar
send-check-override = Enviar de todos modos
send-check-blocked = No se puede enviar hasta quitar el texto resaltado.
send-check-warned = Revisa el texto resaltado; puedes enviarlo de todos modos.
send-check-sensitive-word-warn = «{ $text }» está en la lista de palabras sensibles.
send-check-email-address-warn = «{ $text }» es una dirección de correo (dato personal).
send-check-email-address-block = En los mensajes de { $channel } no se permiten direcciones de correo como «{ $text }».
send-check-phone-number-warn = «{ $text }» parece un número de teléfono (dato personal).
send-check-phone-number-block = En los mensajes de { $channel } no se permiten números de teléfono como «{ $text }».
send-check-payment-card-block = «{ $text }» parece un número de tarjeta; nunca envíes datos de tarjetas.
send-check-iban-warn = «{ $text }» parece un número de cuenta bancaria (IBAN).
send-check-iban-block = En los mensajes de { $channel } no se permiten datos bancarios como «{ $text }».
send-check-link-warn = El enlace «{ $text }» solo puede llevar a lo que necesita el pedido.
send-check-link-block = En los mensajes de { $channel } no se permiten enlaces como «{ $text }».
send-check-off-platform-app-block = «{ $text }» saca al comprador de la plataforma, algo que { $channel } prohíbe.

dev-simulate-message = Simular mensaje del comprador
dev-simulate-hint = Herramienta de demostración: escribe un mensaje realista de un comprador en una conversación de demostración por la misma vía que la sincronización de un canal, para ver actuar las reglas.

## A value that is absent in a trace

rule-value-none = ninguno

## Sensitive-word lists

rules-words-title = Palabras sensibles
rules-words-hint = La comprobación antes de enviar avisa cuando una respuesta en este idioma contiene una de estas palabras (una por línea).
rules-words-language = Idioma
rules-words-save = Guardar palabras

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = La regla «{ $rule }» requiere tu atención
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = para { $agent }
rules-notice-open = Abrir la conversación
rules-notice-dismiss = Descartar
