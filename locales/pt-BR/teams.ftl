# Equipes: a aba Equipes das configurações de SLA, a equipe de uma conversa, o filtro por equipe,
# a equipe de um calendário, na auditoria "qual calendário e por quê", e a condição e a ação de
# equipe das regras.

teams-tab = Equipes
teams-hint = Uma conversa atendida por uma equipe conta o horário comercial pelo calendário da equipe, antes do calendário da loja e do padrão. Vincule um calendário a uma equipe na aba Calendários.
teams-empty = Ainda não há equipes.
teams-name = Nome da equipe
teams-add = Adicionar equipe
teams-save = Salvar
teams-cancel = Cancelar
teams-rename = Renomear
teams-delete = Excluir
# $team (String) - nome da equipe; $count (Number) - conversas da equipe
teams-delete-confirm = { $count ->
    [0] Excluir a equipe "{ $team }"? Ela não atende nenhuma conversa; seus calendários são desvinculados e nada mais se perde.
    [one] Excluir a equipe "{ $team }"? A conversa dela e seus calendários são desvinculados e passam a contar pelo calendário da loja ou pelo padrão; nada mais se perde.
   *[other] Excluir a equipe "{ $team }"? Suas { $count } conversas e seus calendários são desvinculados e passam a contar pelo calendário da loja ou pelo padrão; nada mais se perde.
}
# $count (Number) - conversas da equipe
teams-conversations = { $count ->
    [one] 1 conversa
   *[other] { $count } conversas
}
# $calendar (String) - nomes dos calendários da equipe
teams-calendar = Calendário: { $calendar }
teams-no-calendar = Sem calendário próprio
teams-calendar-team = Vinculado à equipe
teams-none = Sem equipe
teams-choose = Escolha uma equipe
teams-header-team = Equipe
teams-filter = Equipe
teams-filter-all = Todas as equipes
teams-filter-none = Sem equipe

## Auditoria de um relógio: qual calendário contou e por quê
# $calendar (String) - nome do calendário; $team (String) - nome da equipe
teams-audit-calendar-team = pelo calendário "{ $calendar }" da equipe { $team }
# $calendar (String) - nome do calendário
teams-audit-calendar-shop = pelo calendário da loja "{ $calendar }" (a equipe não tem calendário)
# $calendar (String) - nome do calendário
teams-audit-calendar-default = pelo calendário padrão "{ $calendar }" (nem a equipe nem a loja têm calendário)
# $calendar (String) - nome do calendário
teams-audit-calendar-policy = pelo calendário "{ $calendar }" que a política indica

## Regras
teams-rule-cond-team = Equipe
teams-rule-act-assign-team = Atribuir à equipe
# $team (String) - nome da equipe
rule-action-assign-team = Passar para a equipe { $team }
# $actual (String) - equipe da conversa; $expected (String) - equipes da regra
rule-check-team-passed = A equipe é { $actual }
rule-check-team-failed = A equipe é { $actual }, não { $expected }
