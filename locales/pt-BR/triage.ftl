# Triagem das mensagens do comprador e a situação dele: selos da lista e do cabeçalho, correção
# de categoria com um clique, níveis, segmentos e lista negra.

logistics-damaged = Danificado
logistics-wrong-item = Item errado
logistics-delivered-not-received = Entregue, não recebido
logistics-no-tracking-update = Rastreio parado
logistics-customs-hold = Retido na alfândega
logistics-returned-to-sender = Devolvido ao remetente

risk-chargeback = Estorno
risk-paypal-claim = Reclamação no PayPal
risk-a-to-z-claim = Reclamação de A a z
risk-bad-review = Avaliação negativa
risk-platform-report = Denúncia à plataforma

badge-angry = Irritado
badge-angry-title = O comprador parece irritado
badge-risk-title = Risco de disputa na mensagem do comprador
badge-logistics-title = Problema logístico citado pelo comprador
badge-corrected-title = Categoria corrigida por um atendente

category-correct-title = Corrija a categoria; a triagem aprende com isso

grade-key-a = Chave A
grade-key-b = Chave B
grade-ordinary = Comum
grade-small = Pequeno
segment-new = Novo
segment-returning = Recorrente
segment-potential = Potencial
segment-dormant = Inativo
customer-grade-label = Nível
customer-segment-label = Segmento

blacklist-banner = Comprador na lista negra: { $reason } (marcado por { $by })
blacklist-set = Colocar na lista negra
blacklist-clear = Tirar da lista negra
blacklist-reason-label = Motivo
blacklist-reason-placeholder = Por que este comprador está na lista negra?
blacklist-confirm = Colocar na lista negra
