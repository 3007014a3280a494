### Modelos de resposta iniciais, português (Brasil). O comentário acima de cada mensagem é o nome.

# Aviso de envio
shipping-notice =
    Olá, { $buyer_name }!

    Boas notícias: { $item_count ->
        [one] o item do seu pedido { $order_number } já está a caminho.
       *[other] os { $item_count } itens do seu pedido { $order_number } já estão a caminho.
    }
    Transportadora: { $carrier }
    Código de rastreamento: { $tracking_number }
    Entrega prevista: { $expected_delivery }

    Você pode acompanhar o pacote com o código de rastreamento no site da transportadora. Se tiver qualquer dúvida, é só responder a esta mensagem.

    Atenciosamente,
    { $store_name }

# Onde está meu pedido?
where-is-my-order =
    Olá, { $buyer_name }!

    Obrigado pela paciência e desculpe a demora. Verifiquei o seu pedido { $order_number }: ele foi enviado há { $days_in_transit ->
        [one] { $days_in_transit } dia
       *[other] { $days_in_transit } dias
    } pela { $carrier } (código de rastreamento { $tracking_number }) e a entrega está prevista até { $expected_delivery }.

    Encomendas internacionais às vezes ficam alguns dias sem atualização no rastreamento enquanto passam pela alfândega; isso é normal. Se não chegar até essa data, escreva para nós novamente e resolveremos tudo imediatamente.

    Atenciosamente,
    { $store_name }

# Instruções de devolução
return-instructions =
    Olá, { $buyer_name }!

    Obrigado por entrar em contato sobre o seu pedido { $order_number }. Aceitamos a devolução com prazer em até { $return_days ->
        [one] { $return_days } dia
       *[other] { $return_days } dias
    } após a entrega.

    { $postage_payer ->
        [seller] O frete da devolução fica por nossa conta: use a etiqueta pré-paga que vamos enviar e você não terá nenhum custo.
       *[buyer] Como o item não apresenta defeito, o frete da devolução é pago pelo comprador. Recomendamos um envio com rastreamento.
    }

    Se possível, embale o item na embalagem original e inclua o número do pedido. Assim que a devolução chegar até nós, faremos o seu reembolso.

    Atenciosamente,
    { $store_name }

# Desculpas por item danificado
damaged-item-apology =
    Olá, { $buyer_name }!

    Sentimos muito que o seu pedido { $order_number } tenha chegado danificado. Não é essa a experiência que queremos oferecer.

    Você poderia nos enviar uma foto do item e da embalagem? Depois, escolha a opção que preferir:
    • uma substituição gratuita, enviada por nossa conta;
    • o reembolso total;
    • um reembolso parcial, se quiser ficar com o item.

    É só responder com a sua escolha e cuidamos de todo o resto imediatamente.

    Com nossas desculpas,
    { $store_name }

# Retorno sobre avaliação negativa
negative-review-follow-up =
    Olá, { $buyer_name }!

    Obrigado por dedicar um tempo para compartilhar sua opinião sobre o pedido { $order_number }. Lamentamos não ter atendido às suas expectativas.

    Queremos resolver isso. Você poderia nos contar um pouco mais sobre o que aconteceu? Podemos oferecer uma substituição, um reembolso ou outra solução que seja melhor para você.

    Sua satisfação é importante para nós, e lemos cada mensagem pessoalmente.

    Atenciosamente,
    { $store_name }
