# Configurações de SLA: calendários comerciais (fuso, horário semanal, feriados, exceções de
# data), as políticas ordenadas (condições, metas, antecedência do aviso), "recalcular
# histórico" e o alerta antes de um estouro de prazo.

sla-settings-open = Calendários e políticas de SLA…
sla-settings-title = Calendários e políticas de SLA
sla-settings-tab-calendars = Calendários
sla-settings-tab-policies = Políticas
sla-settings-close = Fechar
sla-settings-loading = Carregando…
sla-settings-remove = Remover

## Calendários

sla-settings-calendar = Calendário
sla-settings-add-calendar = Novo calendário
sla-settings-new-calendar = (novo calendário)
sla-settings-calendar-name = Nome
sla-settings-calendar-zone = Fuso horário
sla-settings-calendar-applies = Vale para
sla-settings-calendar-default = Todas as lojas sem calendário próprio (padrão)
sla-settings-calendar-unattached = Só as políticas que o indicam
sla-settings-weekly = Horário semanal
sla-settings-weekly-hint = Escreva cada intervalo como HH:MM-HH:MM. Adicione vários para almoço ou turnos divididos; um fim antes do início passa da meia-noite (22:00-02:00).
sla-settings-day-mon = Segunda-feira
sla-settings-day-tue = Terça-feira
sla-settings-day-wed = Quarta-feira
sla-settings-day-thu = Quinta-feira
sla-settings-day-fri = Sexta-feira
sla-settings-day-sat = Sábado
sla-settings-day-sun = Domingo
sla-settings-closed-all-day = Fechado
# $day (String) - o dia da semana
sla-settings-interval-label = Intervalo de atendimento em { $day }
sla-settings-add-interval = + intervalo
sla-settings-days = Feriados e exceções de data
sla-settings-holiday-set = Conjunto de feriados
# $year (String) - o ano
sla-settings-region-cn = China { $year }
sla-settings-region-us = Estados Unidos { $year }
sla-settings-region-de = Alemanha { $year }
sla-settings-region-br = Brasil { $year }
sla-settings-import-set = Importar feriados
sla-settings-import-ics = Importar arquivo .ics
# $count (Number) - dias importados
sla-settings-imported = { $count ->
    [one] 1 dia importado. Salve o calendário para mantê-lo.
   *[other] { $count } dias importados. Salve o calendário para mantê-los.
}
sla-settings-day-date = Data
sla-settings-day-kind = Tipo
sla-settings-day-label = Nome ou motivo
sla-settings-day-hours = Horário
sla-settings-kind-holiday = Feriado (fechado)
sla-settings-kind-working-day = Dia útil de compensação
sla-settings-kind-closed = Fechado
sla-settings-kind-half-day = Meio período
sla-settings-kind-special-hours = Horário especial
sla-settings-add-day = + data
# $count (Number) - número de datas
sla-settings-day-count = { $count ->
    [one] 1 data
   *[other] { $count } datas
}
sla-settings-save-calendar = Salvar calendário
sla-settings-saved-calendar = Calendário salvo. Vale para os relógios calculados a partir de agora.

## Políticas

sla-settings-policies-hint = Vale a primeira política cujas condições a conversa atende.
# $version (Number) - versão da política
sla-settings-version = v{ $version }
# $name (String) - nome da política
sla-settings-move-up = Subir { $name }
sla-settings-move-down = Descer { $name }
sla-settings-add-policy = Nova política
sla-settings-policy-name = Nome
sla-settings-conditions = Condições
sla-settings-conditions-hint = Deixe um grupo vazio para aceitar qualquer valor.
sla-settings-channels = Canais
sla-settings-stores = Lojas
sla-settings-priorities = Prioridades
sla-settings-grades = Níveis de cliente
sla-settings-grade-a = Cliente-chave A
sla-settings-grade-b = Cliente-chave B
sla-settings-grade-ordinary = Comum
sla-settings-grade-small = Pequeno
sla-settings-grade-blacklist = Lista negra
sla-settings-categories = Categorias
sla-settings-languages = Idiomas (ex.: es, pt-BR)
sla-settings-targets = Metas
sla-settings-metric-first = Primeira resposta
sla-settings-metric-next = Próxima resposta
sla-settings-metric-resolution = Resolução
sla-settings-minutes = minutos
sla-settings-basis = Contado em
sla-settings-basis-business = horário comercial
sla-settings-basis-calendar = tempo corrido (todas as horas)
sla-settings-calendar-own = o calendário da loja da conversa
sla-settings-no-target = Sem meta
sla-settings-warn-before = Avisar
# $version (Number) - versão que será criada
sla-settings-save-hint = Salvar cria a versão { $version }; as conversas mantêm a versão delas até você recalcular o histórico.
sla-settings-save-policy = Salvar política
sla-settings-saved-policy = Política salva como nova versão. Vale para relógios novos.
sla-settings-delete-policy = Excluir política
sla-settings-deleted-policy = Política excluída. As conversas dela seguem a primeira política compatível no próximo cálculo.

## Recalcular histórico

sla-settings-recompute = Recalcular histórico
sla-settings-recompute-hint = Recalcular histórico reavalia os relógios de todas as conversas com os calendários e políticas atuais.
# $changed (Number) - conversas que mudaram
# $total (Number) - conversas reavaliadas
# $ms (Number) - duração em milissegundos
sla-settings-recomputed = { $total } conversas recalculadas em { $ms } ms: { $changed } mudaram.

## Alerta antes do estouro de prazo

# $count (Number) - conversas que acabaram de entrar em aviso
sla-alert-text = { $count ->
    [one] 1 conversa está prestes a estourar o prazo:
   *[other] { $count } conversas estão prestes a estourar o prazo. A mais urgente:
}
# $due (String) - prazo no fuso do atendente
sla-alert-due = vence { $due }
sla-alert-open = Abrir a mais urgente
sla-alert-dismiss = Dispensar
