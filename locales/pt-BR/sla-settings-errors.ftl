# SLA settings messages formatted by Rust: core errors and the native notification title.

# Título da notificação do sistema.
# $count (Number) - conversas que acabaram de entrar em aviso
sla-alert-notification-title = { $count ->
    [one] Uma resposta vence em breve
   *[other] { $count } respostas vencem em breve
}

## Erros das configurações de SLA

error-sla-empty-name = Dê um nome ao calendário ou à política.
error-sla-unknown-zone = Escolha um fuso horário da lista.
# $weekday (Number) - 1 = segunda … 7 = domingo
error-sla-bad-interval = Um intervalo do dia { $weekday } da semana não está no formato HH:MM-HH:MM.
# $row (Number) - linha da lista de datas
error-sla-bad-date = A linha { $row } da lista de datas precisa de uma data válida.
# $row (Number) - linha da lista de datas
error-sla-bad-day-hours = A linha { $row } da lista de datas precisa de horário no formato HH:MM-HH:MM.
error-sla-unknown-calendar = Uma meta conta horário comercial em um calendário que não existe.
error-sla-negative-target = Metas e a antecedência do aviso não podem ser negativas.
error-sla-no-default = Um calendário precisa continuar sendo o padrão.
# $line (Number) - linha do arquivo
error-sla-bad-ics = Não foi possível ler o arquivo .ics (linha { $line }).
error-sla-unknown-set = Não há feriados embutidos para esse país e ano.
error-sla-not-found = Essa política ou calendário não existe mais.
error-sla-already-attached = O calendário “{ $calendar }” já conta as horas desta equipe ou loja. Desvincule-o lá primeiro.
