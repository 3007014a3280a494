//! Portuguese: buyers in Brazil (web shop, eBay, Telegram) and Portugal (web shop); agents write
//! the friendly but correct register Brazilian service teams use with *você*.

use super::{noun3, Bank, Script};

// Nouns: forms = [bare, with definite article, with "do/da/dos"]; g = 0 masculine,
// 1 feminine, 2 masculine plural.

pub(crate) static BANK: Bank = Bank {
    lang: "pt",
    sep: "\n",
    months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    date: "{d} de {m}",
    honorifics: ["Prezado", "Prezada"],
    greet_formal: &["Olá, {first}!", "{hon} {first},", "Bom dia, {first}!"],
    greet_chat: &["Oi, {first}!", "Olá, {first}!"],
    sign_formal: &[
        "Atenciosamente,\n{agent}\nAtendimento ao cliente Brightway",
        "Estamos à disposição.\n\nAbraços,\n{agent}\nEquipe de suporte Brightway",
    ],
    sign_chat: &["– {agent}", "Abraço, {agent}"],
    customer_greet: &["Olá,", "Boa tarde,", "Bom dia,"],
    customer_sign: &["{f:Obrigado|Obrigada},\n{cname}", "Att,\n{cname}", "{cname}", "Abs\n{cname}"],
    auto_ack: &[
        "Obrigado por entrar em contato com a Brightway! Recebemos sua mensagem e um atendente vai responder em até 24 horas (segunda a sábado, 9h–18h30, horário da China).",
        "Oi! Obrigado pela mensagem. Nossa equipe está offline agora, mas respondemos assim que voltarmos.",
    ],
    nudge: &[
        "Olá? Alguma novidade?",
        "Já faz dois dias e ninguém me respondeu. Alguém pode me ajudar, por favor?",
        "Tem notícias do meu pedido {order}?",
        "Continuo aguardando uma resposta…",
    ],
    thanks: &[
        "{f:Muito obrigado|Muito obrigada}, ajudou bastante!",
        "Beleza, {f:obrigado|obrigada} pela resposta rápida.",
        "Chegou hoje e está tudo funcionando. {f:Obrigado|Obrigada} pela ajuda!",
        "Perfeito, {f:obrigado|obrigada}. Tenha um bom dia!",
    ],
    update: &[
        "Passando para dar uma atualização: entramos em contato novamente com a {carrier} e estamos aguardando o retorno. Aviso você assim que tiver novidades.",
        "Continuamos acompanhando o seu caso. Obrigado pela paciência, volto a atualizar até {date}.",
        "Nosso armazém conferiu o seu pedido {order} e tudo foi enviado corretamente. Agora aguardamos o resultado da investigação da transportadora.",
    ],
    chat_customer: &[
        "ok", "{f:Obrigado|Obrigada}", "Certo, só um minuto", "Quanto tempo vai demorar?", "Pode me mandar o link de rastreio?",
        "Mandei a foto", "O reembolso volta no cartão?", "Tá bom, vou aguardar",
    ],
    chat_agent: &[
        "Vou verificar para você, só um momento.",
        "Obrigado, recebi aqui.",
        "Posso ajudar em mais alguma coisa?",
        "Normalmente de 3 a 5 dias úteis.",
        "Sim, o reembolso volta para a forma de pagamento original.",
        "Já repassei para a nossa equipe do armazém.",
    ],
    nouns: [
        noun3("carregador", "o carregador", "do carregador", 0),
        noun3("cabo", "o cabo", "do cabo", 0),
        noun3("fones de ouvido", "os fones de ouvido", "dos fones de ouvido", 2),
        noun3("capinha", "a capinha", "da capinha", 1),
        noun3("fita LED", "a fita LED", "da fita LED", 1),
        noun3("smartwatch", "o smartwatch", "do smartwatch", 0),
        noun3("pulseira", "a pulseira", "da pulseira", 1),
        noun3("power bank", "o power bank", "do power bank", 0),
        noun3("hub USB-C", "o hub USB-C", "do hub USB-C", 0),
        noun3("adaptador de viagem", "o adaptador de viagem", "do adaptador de viagem", 0),
    ],
    claims: ["uma reclamação na Garantia de A a Z", "uma disputa no eBay", "uma disputa no PayPal", "um chargeback no cartão", "uma reclamação na {platform}"],
    intents: [
        // Compatibility
        Script {
            subject: &["Dúvida sobre {product_1}: é compatível com {device}?", "Dúvida de compatibilidade"],
            open: &[
                "Olá, {product_1} {g:funciona|funciona|funcionam} com meu {device}? Quero ter certeza antes de comprar.",
                "Oi, o produto “{title}” é compatível com {device}? No anúncio não está claro.",
            ],
            reply: &[
                "Obrigado pelo interesse! Sim, {g:ele é totalmente compatível|ela é totalmente compatível|eles são totalmente compatíveis} com {device}. Se tiver qualquer problema quando receber, é só nos chamar que ajudamos na hora.",
                "Boa pergunta! O “{title}” funciona com {device}, nós mesmos testamos. Pedidos feitos hoje são enviados em até 24 horas.",
            ],
            follow: &["Ótimo, obrigado. Tem garantia?", "Certo. E quanto tempo costuma levar a entrega?"],
            resolve: &["Sim, todos os nossos produtos têm 12 meses de garantia, e a entrega costuma levar de 15 a 30 dias úteis. Qualquer outra dúvida, estamos à disposição."],
        },
        // Voltage
        Script {
            subject: &["Tipo de tomada e voltagem"],
            open: &[
                "Olá, {product_1} é bivolt? Aqui em casa é 220 V.",
                "Oi, antes de comprar: {product_1} funciona em 110–240 V? Vou usar em viagem.",
            ],
            reply: &["Obrigado pela mensagem. O produto é bivolt (100–240 V, 50/60 Hz) e funciona no mundo todo. Enviamos com o plugue certo para o seu país (SKU {sku})."],
            follow: &["Perfeito. Dá para mandar com plugue europeu?"],
            resolve: &["Claro! É só deixar uma observação “plugue EU” no pedido que mandamos a versão certa."],
        },
        // ShippingTime
        Script {
            subject: &["Qual o prazo de entrega?"],
            open: &[
                "Olá, quanto tempo leva para chegar? Preciso {product_2} até {date}.",
                "Oi, se eu comprar hoje, quando vocês enviam? Qual transportadora?",
            ],
            reply: &["Obrigado pela mensagem. Enviamos em 1 a 2 dias úteis do nosso armazém em Shenzhen. A entrega padrão leva de 15 a 30 dias úteis, então, comprando hoje, a previsão é por volta de {date}. Você recebe o código de rastreio assim que o pacote for postado."],
            follow: &["Tem alguma opção mais rápida? É presente."],
            resolve: &["Sim, dá para escolher o envio expresso por DHL no checkout, que costuma levar de 5 a 8 dias úteis. Também marquei o seu pedido como prioritário."],
        },
        // Duties
        Script {
            subject: &["Vou pagar imposto de importação?"],
            open: &[
                "Olá, vou ter que pagar taxa da Receita ou imposto de importação quando chegar?",
                "Oi, os impostos já estão incluídos no preço ou vão me cobrar na entrega?",
            ],
            reply: &["Obrigado pela pergunta. Para o Brasil, as compras internacionais podem ser tributadas pela Receita Federal; no nosso site o imposto é calculado e pago no checkout, então você não paga nada na entrega. Para Portugal e o resto da UE, o IVA também é cobrado no checkout (IOSS)."],
            follow: &["Entendi. E o que é declarado no pacote?"],
            resolve: &["Sempre declaramos o valor e o conteúdo reais do pacote, como a lei exige. Se a alfândega pedir algum documento, é só nos mandar que ajudamos na hora."],
        },
        // AddressChange
        Script {
            subject: &["Alterar endereço do pedido {order}"],
            open: &[
                "Olá, acabei de fazer o pedido {order} e errei o endereço. Dá para corrigir antes de enviar?",
                "Oi, me mudei. Por favor, mandem o pedido {order} para o endereço novo, vou passar na próxima mensagem.",
            ],
            reply: &["Obrigado por avisar tão rápido! O pedido {order} ainda não foi enviado, então conseguimos alterar o endereço. Por favor, confirme o endereço completo com CEP e telefone."],
            follow: &["Mesma rua, mas o número é 125, apto 32. {f:Obrigado|Obrigada}!"],
            resolve: &["Pronto: o endereço do pedido {order} foi atualizado e ele sai amanhã. Mandamos o código de rastreio assim que for postado."],
        },
        // TrackingStalled
        Script {
            subject: &["Cadê meu pedido {order}?", "Rastreio parado – pedido {order}"],
            open: &[
                "Olá, comprei {product_1} há {days} dias e o código de rastreio {tracking} não atualiza faz mais de uma semana. Cadê meu pacote?",
                "Oi, meu pedido {order} ainda não chegou. No rastreio da {carrier} só aparece “em trânsito”. Podem verificar, por favor?",
            ],
            reply: &[
                "Desculpe pela demora. Verifiquei o código de rastreio {tracking}: o pacote saiu do nosso armazém e está a caminho com a {carrier}. Envios internacionais às vezes ficam sem atualização durante o voo ou entre centros de triagem. A previsão é que chegue até {date}. Se não chegar até lá, reenviamos ou devolvemos o valor integral.",
                "Obrigado pela paciência. O seu pacote {tracking} está em trânsito com a {carrier} e teve o último registro no centro de exportação. Já pedi uma verificação à transportadora e te mantenho informado. Previsão de entrega: {date}.",
            ],
            follow: &["Tá bom, vou esperar até {date}, mas fiquem de olho, por favor.", "Hoje continua sem atualização."],
            resolve: &["Boa notícia: a {carrier} mostra que o seu pacote já chegou ao seu país e saiu para entrega. Deve chegar em 1 a 2 dias."],
        },
        // CustomsHold
        Script {
            subject: &["Pacote retido na alfândega"],
            open: &[
                "Olá, o rastreio do pedido {order} diz “retido na fiscalização aduaneira”. O que eu faço?",
                "Oi, a alfândega segurou meu pacote {tracking} e está pedindo pagamento. Por quê?",
            ],
            reply: &["Obrigado por avisar. O seu pacote {tracking} está na alfândega para uma fiscalização de rotina, que costuma levar de 3 a 7 dias. Se pedirem nota fiscal ou CPF, nos mande a mensagem que enviamos a fatura comercial na hora."],
            follow: &["Agora estão pedindo a fatura. Podem mandar?"],
            resolve: &["Enviamos a fatura comercial do pedido {order} para você e para a {carrier}. A alfândega deve liberar o pacote em poucos dias; seguimos acompanhando o rastreio."],
        },
        // DeliveredNotReceived
        Script {
            subject: &["Consta como entregue, mas não recebi"],
            open: &[
                "Olá, o rastreio diz que o pedido {order} foi entregue em {date}, mas eu não recebi nada. Já perguntei aos vizinhos e na portaria.",
                "O pacote aparece como entregue, mas não chegou nada aqui. Me ajudem, por favor.",
            ],
            reply: &["Sinto muito por isso. Abrimos uma investigação com a {carrier} para o código {tracking} e pedimos o comprovante de entrega. Você pode verificar também na agência dos Correios mais próxima? Às vezes o pacote fica lá."],
            follow: &["Perguntei nos Correios e não está lá."],
            resolve: &["Obrigado por verificar. Como a transportadora não conseguiu comprovar a entrega, vamos reenviar o produto sem custo. O novo código de rastreio chega em até 48 horas."],
        },
        // Return
        Script {
            subject: &["Pedido de devolução – pedido {order}", "Quero devolver um produto"],
            open: &[
                "Olá, {product_1} não {g:serve|serve|servem} para o que eu preciso. Posso devolver e receber o reembolso?",
                "Oi, quero devolver {product_1} do pedido {order}. {g:Está|Está|Estão} sem uso e na caixa original.",
            ],
            reply: &["Obrigado pelo contato. Claro, você pode devolver em até 30 dias. Envie o produto para o endereço de devolução que mandaremos na próxima mensagem, com o número do pedido. Assim que recebermos, o reembolso é feito em até 3 dias úteis. Como o produto não tem defeito, o frete de devolução fica por conta do comprador."],
            follow: &["Enviei hoje, o código de rastreio está no comprovante."],
            resolve: &["Recebemos a sua devolução e fizemos o reembolso integral do produto do pedido {order}. Pode levar de 3 a 5 dias úteis para aparecer na sua fatura."],
        },
        // Damaged
        Script {
            subject: &["Produto chegou danificado"],
            open: &[
                "Olá, {g:meu|minha|meus} {product} {g:chegou quebrado|chegou quebrada|chegaram quebrados}: a caixa veio amassada e a carcaça está rachada. Mandei fotos.",
                "Oi, o pacote do pedido {order} veio danificado e {product_1} não {g:funciona|funciona|funcionam}. O que vocês podem fazer?",
            ],
            reply: &["Sinto muito que o produto tenha chegado danificado, e obrigado pelas fotos. Não precisa devolver: podemos enviar um novo sem custo ou fazer o reembolso integral. O que você prefere?"],
            follow: &["Prefiro um novo, por favor."],
            resolve: &["O novo produto já foi enviado pela {carrier}, código de rastreio {tracking}. A previsão é que chegue até {date}. Desculpe mais uma vez pelo transtorno."],
        },
        // WrongItem
        Script {
            subject: &["Recebi o produto errado"],
            open: &[
                "Olá, comprei o “{title}” e recebi uma coisa completamente diferente.",
                "Oi, no pedido {order} veio a cor errada. Pedi preto e recebi branco.",
            ],
            reply: &["Desculpe pelo erro do nosso armazém. Pode nos mandar uma foto do produto e da etiqueta do saquinho? Enviamos o produto certo na hora, e você pode ficar com o outro."],
            follow: &["Foto enviada. Mandem rápido, por favor, é presente de aniversário."],
            resolve: &["Obrigado. O produto certo ({product}, SKU {sku}) foi enviado por expresso, código de rastreio {tracking}. Deve chegar até {date}."],
        },
        // Defective
        Script {
            subject: &["Defeito: {product}"],
            open: &[
                "Olá, comprei {product_1} mês passado e {g:ele parou|ela parou|eles pararam} de funcionar. Não carrega mais.",
                "Oi, {g:meu|minha|meus} {product} {g:desliga sozinho|desliga sozinha|desligam sozinhos} toda hora. Ainda está na garantia.",
            ],
            reply: &["Obrigado por avisar e desculpe pelo transtorno. Você pode testar com outro cabo e outro carregador e nos mandar um vídeo curto do problema? Se for defeito do produto, trocamos pela garantia de 12 meses sem custo para você."],
            follow: &["Testei com outro cabo, mesmo problema. Vídeo em anexo."],
            resolve: &["Obrigado pelo vídeo. É defeito de fábrica, então vamos enviar um produto novo sem custo, rastreio {tracking}. Não precisa devolver o com defeito."],
        },
        // NotAsDescribed
        Script {
            subject: &["Produto diferente do anúncio"],
            open: &[
                "Olá, {product_1} {g:não é|não é|não são} como no anúncio. Diz carregamento rápido, mas meu {device} carrega muito devagar. Muito {f:decepcionado|decepcionada}.",
                "Oi, a cor e o tamanho são totalmente diferentes das fotos. Não foi isso que eu paguei.",
            ],
            reply: &["Sinto muito que o produto não tenha atendido às suas expectativas; levamos isso a sério. Pode nos dizer qual aparelho e qual cabo está usando? Oferecemos reembolso parcial de 30% se quiser ficar com ele, ou reembolso integral após a devolução por nossa conta."],
            follow: &["Aceito o reembolso parcial."],
            resolve: &["Fizemos o reembolso parcial do pedido {order}. Obrigado pela compreensão e por nos dar a chance de resolver."],
        },
        // DisputeThreat
        Script {
            subject: &["Reembolso já ou abro uma disputa", "URGENTE – pedido {order}"],
            open: &[
                "É a terceira vez que escrevo. Meu pedido {order} não chegou depois de {days} dias. Se eu não receber o reembolso até amanhã, vou abrir {claim} e deixar avaliação negativa.",
                "Quero meu dinheiro de volta AGORA. Ninguém responde e o rastreio está parado há semanas. Se não resolverem hoje, abro {claim}.",
            ],
            reply: &["Peço sinceras desculpas pelo atraso e pela demora em responder. Verifiquei o pedido {order}: o pacote está parado na {carrier}. Para resolver agora mesmo, fizemos o reembolso integral, então você não precisa abrir nenhuma disputa. Se o pacote chegar, pode ficar com ele."],
            follow: &["Ok, o reembolso apareceu. {f:Obrigado|Obrigada} por finalmente resolver."],
            resolve: &["Obrigado pela paciência e desculpe mais uma vez. Reforçamos os controles com essa transportadora para que isso não se repita."],
        },
        // ThankYou
        Script {
            subject: &["Obrigado!"],
            open: &[
                "Só queria dizer que {product_1} {g:chegou|chegou|chegaram} hoje e {g:funciona|funciona|funcionam} perfeitamente. Entrega rápida, {f:obrigado|obrigada}!",
                "Vendedor nota 10, {product_1} {g:é|é|são} exatamente como no anúncio. Vou comprar de novo.",
            ],
            reply: &["Muito obrigado pela mensagem! Ficamos muito felizes que tudo esteja funcionando bem. Se precisar de qualquer coisa, estamos aqui."],
            follow: &["Pode deixar! Vocês dão desconto se eu comprar mais um?"],
            resolve: &["Claro! Comprando duas unidades, o desconto de 10% é aplicado automaticamente no checkout. Uma ótima semana!"],
        },
    ],
};
