# Erros que chegam ao atendente. Os ids são error-<código, com pontos e sublinhados trocados por hifens>.

error-store-corrupt = O arquivo do banco de dados local está danificado e não pode ser aberto. Nada foi alterado nem excluído. Você pode deixar o arquivo danificado de lado (ele é mantido, com outro nome, na mesma pasta) e começar com uma caixa de entrada vazia.
# $found: versão do esquema do arquivo; $supported: versão mais alta que esta versão do aplicativo entende.
error-store-too-new = Este banco de dados foi criado por uma versão mais recente do Bridgedesk (esquema { $found }; esta versão aceita no máximo o { $supported }). Atualize o Bridgedesk. O arquivo não foi alterado.
error-store-busy = O banco de dados está sendo usado por outra janela do Bridgedesk ou por outro programa. Feche-o e tente novamente.
# $detail: motivo técnico informado pelo sistema operacional, em inglês.
error-store-io = Não foi possível ler ou gravar na pasta do banco de dados ({ $detail }). Verifique o espaço em disco e as permissões da pasta.
error-store-not-found = Este item não existe mais. Ele pode ter sido removido em outra janela.
# $entity: nome técnico (em inglês) do tipo de registro ausente, ex.: stores, customers ou orders.
error-store-unknown-key = Não foi possível importar os dados: um registro faz referência a dados que não estão incluídos ({ $entity }). Nada foi salvo.
# $what: nome técnico (em inglês) do que se tentou salvar: tag, note (nota) ou reply (resposta).
error-store-invalid = Não é possível salvar: o conteúdo ({ $what }) está vazio ou é longo demais.
error-store-internal = Ocorreu um erro inesperado no banco de dados. Seus dados não foram alterados.
error-workspace-not-open = A caixa de entrada ainda não está aberta.
error-workspace-not-empty = Os dados de demonstração só podem ser carregados em uma caixa de entrada vazia.
error-workspace-not-corrupt = O banco de dados não está danificado, então nada foi movido.
error-settings-unknown-locale = Este idioma não está disponível.
error-settings-unknown-time-zone = Este fuso horário não é reconhecido.
error-internal = Algo deu errado dentro do Bridgedesk. Seus dados não foram alterados.
