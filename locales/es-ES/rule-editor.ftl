# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = no se cumple ninguna condición
rules-group-label = Un grupo en el que
rules-add-group = Añadir grupo
rules-remove-group = Quitar grupo
rule-cond-store = Tienda
rule-cond-has-tag = Tiene la etiqueta
rule-cond-minutes-buyer = Minutos desde el mensaje del comprador
rule-cond-minutes-agent = Minutos desde la respuesta del agente
rule-cond-minutes-status = Minutos desde el cambio de estado
rule-cond-order-amount = Importe del pedido
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = menos de
rule-cmp-lte = como máximo
rule-cmp-eq = exactamente
rule-cmp-gte = al menos
rule-cmp-gt = más de
