# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = Níveis de clientes
grades-hint = O nível vem dos pedidos de cada comprador no período abaixo, somados em dólares americanos pelas taxas de referência. Ao salvar, todos os compradores são reclassificados.
grades-window = Pedidos contados nos últimos (dias)
grades-key-a = Cliente-chave A
grades-key-b = Cliente-chave B
grades-min-orders = Pelo menos este número de pedidos
grades-min-value = e pelo menos este valor (USD)
grades-small = Cliente pequeno: menos de (USD)
grades-new = Novo: primeiro pedido há menos de (dias)
grades-dormant = Inativo: sem pedidos há mais de (dias)
grades-save = Salvar e reclassificar
grades-saved = Salvo. Todos os compradores foram reclassificados.
grades-whole-number = Digite um número inteiro igual ou maior que 0 em cada campo.
