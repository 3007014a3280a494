# Regras, modelos de resposta e verificação antes de enviar.

settings-rules-open = Regras e automações…
rules-title = Regras
rules-close = Fechar
rules-new = Nova regra
rules-empty = Ainda não há regras. Crie uma, teste com uma simulação e depois ative.
rules-enabled = Ativa
rules-enabled-title = Ativar ou desativar a regra
rules-move-up = Subir
rules-move-down = Descer
rules-delete = Excluir
rules-edit = Editar
rules-export = Exportar JSON
rules-import = Importar JSON
rules-import-label = Cole um conjunto de regras exportado
rules-imported = { $count ->
    [one] Uma regra importada.
   *[other] { $count } regras importadas.
}
rules-saved = Regra salva.

rules-name-label = Nome
rules-name-placeholder = ex.: Pacotes danificados são urgentes
rules-trigger-label = Quando
rule-trigger-new-buyer-message = Chega uma mensagem do comprador
rule-trigger-agent-reply = Um atendente responde
rule-trigger-status-change = O status muda
rule-trigger-time = Passa um tempo
rules-anchor-label = Contando a partir de
rule-anchor-last-buyer-message = a última mensagem do comprador
rule-anchor-last-agent-message = a última resposta do atendente
rule-anchor-status-change = a última mudança de status
rules-after-minutes = Minutos
rules-match-label = Se
rules-match-all = todas as condições valem
rules-match-any = alguma condição vale
rules-add-condition = Adicionar condição
rules-add-action = Adicionar ação
rules-actions-label = Então
rules-remove = Remover
rules-value-placeholder = Valores separados por vírgulas
rules-stop-after-match = Não avaliar as regras seguintes quando esta corresponder
rules-save = Salvar regra
rules-cancel = Cancelar

rule-cond-channel = Canal
rule-cond-language = Idioma
rule-cond-country = País
rule-cond-category = Categoria
rule-cond-logistics-problem = Problema logístico
rule-cond-customer-grade = Nível do cliente
rule-cond-segment = Segmento
rule-cond-keywords = Palavras-chave
rule-cond-regex = Expressão regular
rule-cond-priority = Prioridade
rule-cond-status = Status
rule-cond-business-hours = Em horário comercial
rule-cond-blacklisted = Comprador na lista negra
rule-cond-awaiting-agent = Aguardando um atendente
rule-cond-yes = sim
rule-cond-no = não

rule-act-assign = Atribuir a
rule-act-tag = Adicionar etiqueta
rule-act-set-priority = Definir prioridade
rule-act-set-category = Definir categoria
rule-act-apply-sla-policy = Aplicar política de SLA
rule-act-set-status = Definir status
rule-act-auto-reply = Resposta automática com modelo
rule-act-add-note = Adicionar nota interna
rule-act-notify = Avisar atendente

rules-dry-run = Simulação
rules-dry-run-limit = Últimas conversas
rules-dry-run-title = O que esta regra teria feito
rules-dry-run-summary = { $matched ->
    [one] Corresponde a uma de { $total } conversas.
   *[other] Corresponde a { $matched } de { $total } conversas.
}
rules-col-conversation = Conversa
rules-col-result = Resultado
rules-col-why = Por quê
rules-col-actions = Faria
rules-result-matched = Corresponde
rules-result-not-matched = Não corresponde
rules-runs-title = Execuções de regras

rule-outcome-matched = “{ $rule }” correspondeu
rule-outcome-not-matched = “{ $rule }” não correspondeu
rule-outcome-disabled = “{ $rule }” está desativada
rule-outcome-other-trigger = “{ $rule }” escuta outro gatilho
rule-outcome-already-applied = “{ $rule }” já agiu neste evento
rule-outcome-stopped = “{ $rule }” foi pulada: uma regra anterior encerrou a avaliação
rule-outcome-not-due = “{ $rule }” ainda não venceu

rule-check-any-empty-passed = Não há alternativas a verificar
rule-check-any-empty-failed = Sem alternativas: “alguma” de nada nunca vale
rule-check-not-passed = A condição negada não vale, como exigido
rule-check-not-failed = A condição negada vale
rule-check-keywords-passed = Encontrada “{ $actual }” (procurando { $expected })
rule-check-keywords-failed = Nenhuma das palavras { $expected } aparece
rule-check-regex-passed = O padrão { $expected } encontrou “{ $actual }”
rule-check-regex-failed = O padrão { $expected } não corresponde
rule-check-channel-passed = O canal é { $actual }
rule-check-channel-failed = O canal é { $actual }, não { $expected }
rule-check-store-id-passed = A loja é { $actual }
rule-check-store-id-failed = A loja é { $actual }, não { $expected }
rule-check-language-passed = O idioma é { $actual }
rule-check-language-failed = O idioma é { $actual }, não { $expected }
rule-check-country-passed = O país é { $actual }
rule-check-country-failed = O país é { $actual }, não { $expected }
rule-check-category-passed = A categoria é { $actual }
rule-check-category-failed = A categoria é { $actual }, não { $expected }
rule-check-logistics-problem-passed = O problema logístico é { $actual }
rule-check-logistics-problem-failed = O problema logístico é { $actual }, não { $expected }
rule-check-customer-grade-passed = O nível do cliente é { $actual }
rule-check-customer-grade-failed = O nível do cliente é { $actual }, não { $expected }
rule-check-segment-passed = O segmento é { $actual }
rule-check-segment-failed = O segmento é { $actual }, não { $expected }
rule-check-order-value-passed = O valor { $actual } atende { $expected }
rule-check-order-value-failed = O valor { $actual } não atende { $expected }
rule-check-priority-passed = A prioridade é { $actual }
rule-check-priority-failed = A prioridade é { $actual }, não { $expected }
rule-check-status-passed = O status é { $actual }
rule-check-status-failed = O status é { $actual }, não { $expected }
rule-check-has-tag-passed = Tem uma etiqueta entre { $expected }
rule-check-has-tag-failed = As etiquetas { $actual } não incluem nenhuma de { $expected }
rule-check-minutes-since-buyer-message-passed = { $actual } minutos desde que o comprador escreveu ({ $expected })
rule-check-minutes-since-buyer-message-failed = { $actual } minutos desde que o comprador escreveu; exige { $expected }
rule-check-minutes-since-agent-message-passed = { $actual } minutos desde a última resposta ({ $expected })
rule-check-minutes-since-agent-message-failed = { $actual } minutos desde a última resposta; exige { $expected }
rule-check-minutes-since-status-change-passed = { $actual } minutos desde a mudança de status ({ $expected })
rule-check-minutes-since-status-change-failed = { $actual } minutos desde a mudança de status; exige { $expected }
rule-check-awaiting-agent-passed = Aguardando atendente: { $actual ->
        [true] sim
       *[other] não
    }
rule-check-awaiting-agent-failed = Aguardando atendente: { $actual ->
        [true] sim
       *[other] não
    }; exige { $expected ->
        [true] sim
       *[other] não
    }
rule-check-business-hours-passed = Em horário comercial: { $actual ->
        [true] sim
       *[other] não
    }
rule-check-business-hours-failed = Em horário comercial: { $actual ->
        [true] sim
       *[other] não
    }; exige { $expected ->
        [true] sim
       *[other] não
    }
rule-check-blacklisted-passed = Comprador na lista negra: { $actual ->
        [true] sim
       *[other] não
    }
rule-check-blacklisted-failed = Comprador na lista negra: { $actual ->
        [true] sim
       *[other] não
    }; exige { $expected ->
        [true] sim
       *[other] não
    }

rule-action-assign = Atribuir a { $agent }
rule-action-tag = Adicionar a etiqueta “{ $tag }”
rule-action-set-priority = Definir a prioridade como { $priority }
rule-action-set-category = Definir a categoria como { $category }
rule-action-apply-sla-policy = Aplicar a política de SLA { $policy }
rule-action-set-status = Definir o status como { $status }
rule-action-auto-reply = Responder automaticamente com o modelo { $template }
rule-action-add-note = Adicionar a nota interna “{ $text }”
rule-action-notify = Avisar { $agent }

rules-invalid-json = O conjunto de regras não é um JSON válido (linha { $line }, coluna { $column }).
rules-unknown-format = Não é um conjunto de regras do Bridgedesk (formato “{ $format }”).
rules-unsupported-version = Esta versão do Bridgedesk não aceita a versão { $version } do conjunto de regras.
rules-too-many-rules = Regras demais: no máximo { $max }.
rules-empty-rule-id = A regra número { $index } não tem identificador.
rules-duplicate-rule-id = O identificador “{ $rule }” aparece duas vezes.
rules-no-actions = A regra “{ $rule }” não tem ações.
rules-invalid-regex = A regra “{ $rule }” tem uma expressão regular inválida: { $pattern }
rules-regex-too-long = A regra “{ $rule }” tem uma expressão regular com mais de { $max } bytes.
rules-condition-too-deep = A regra “{ $rule }” aninha condições em mais de { $max } níveis.
rules-negative-duration = A regra “{ $rule }” tem uma duração negativa.
rules-unknown-template = A regra “{ $rule }” usa o modelo desconhecido “{ $template }”.
error-rules-invalid = O editor não consegue salvar esta regra.
template-no-variant = O modelo “{ $template }” não tem texto em nenhum idioma.
template-syntax = O modelo “{ $template }” ({ $language }) não é válido.
template-missing-variable = O modelo “{ $template }” ({ $language }) precisa de { $variable }, que esta conversa não tem.
template-format = Não foi possível preencher o modelo “{ $template }” ({ $language }).
template-unknown-time-zone = O fuso horário do comprador, { $zone }, é desconhecido.
error-template-unknown = Este modelo não existe mais.
error-reply-blocked = A resposta não foi enviada: contém algo que o marketplace proíbe. Remova o texto destacado.
error-demo-not-demo = Mensagens simuladas são só para o espaço de demonstração.
error-blacklist-reason-missing = Informe por que este comprador vai para a lista negra.
error-grade-thresholds-invalid = Não é possível salvar estes limites de nível.

template-open = Modelos
template-open-title = Inserir um modelo de resposta ({ $shortcut })
template-search-placeholder = Buscar modelos
template-empty = Nenhum modelo corresponde.
template-language-label = Idioma do comprador
template-insert = Inserir
template-preview-label = Prévia no seu idioma ({ $language })
template-buyer-label = Para o comprador ({ $language })

send-check-title = Verificação antes de enviar
send-check-override = Enviar mesmo assim
send-check-blocked = Não é possível enviar até remover o texto destacado.
send-check-warned = Confira o texto destacado; você pode enviar mesmo assim.
send-check-sensitive-word-warn = “{ $text }” está na lista de palavras sensíveis.
send-check-email-address-warn = “{ $text }” é um endereço de e-mail (dado pessoal).
send-check-email-address-block = Mensagens no { $channel } não podem ter e-mails como “{ $text }”.
send-check-phone-number-warn = “{ $text }” parece um número de telefone (dado pessoal).
send-check-phone-number-block = Mensagens no { $channel } não podem ter telefones como “{ $text }”.
send-check-payment-card-block = “{ $text }” parece um número de cartão; nunca envie dados de cartão.
send-check-iban-warn = “{ $text }” parece um número de conta bancária (IBAN).
send-check-iban-block = Mensagens no { $channel } não podem ter dados bancários como “{ $text }”.
send-check-link-warn = O link “{ $text }” só pode levar ao que o pedido precisa.
send-check-link-block = Mensagens no { $channel } não podem ter links como “{ $text }”.
send-check-off-platform-app-block = “{ $text }” leva o comprador para fora da plataforma, o que o { $channel } proíbe.

dev-simulate-message = Simular mensagem do comprador
dev-simulate-hint = Ferramenta de demonstração: grava uma nova mensagem realista de comprador numa conversa de demonstração pelo mesmo caminho da sincronização de um canal, para ver as regras agirem.

## A value that is absent in a trace

rule-value-none = nenhum

## Sensitive-word lists

rules-words-title = Palavras sensíveis
rules-words-hint = A verificação antes de enviar avisa quando uma resposta neste idioma contém uma destas palavras (uma por linha).
rules-words-language = Idioma
rules-words-save = Salvar palavras

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = A regra “{ $rule }” pede sua atenção
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = para { $agent }
rules-notice-open = Abrir a conversa
rules-notice-dismiss = Dispensar
