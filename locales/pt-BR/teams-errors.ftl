# Erros de equipes enviados pelo núcleo (ids de mensagem de AppError).

error-store-invalid-team-name = Uma equipe precisa de um nome com no máximo 60 caracteres.
error-store-team-name-taken = Outra equipe já tem este nome.
