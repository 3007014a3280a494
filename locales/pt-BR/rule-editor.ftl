# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = nenhuma condição é atendida
rules-group-label = Um grupo em que
rules-add-group = Adicionar grupo
rules-remove-group = Remover grupo
rule-cond-store = Loja
rule-cond-has-tag = Tem a etiqueta
rule-cond-minutes-buyer = Minutos desde a mensagem do comprador
rule-cond-minutes-agent = Minutos desde a resposta do atendente
rule-cond-minutes-status = Minutos desde a mudança de status
rule-cond-order-amount = Valor do pedido
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = menos de
rule-cmp-lte = no máximo
rule-cmp-eq = exatamente
rule-cmp-gte = pelo menos
rule-cmp-gt = mais de
