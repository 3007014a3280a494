# Erros que chegam ao atendente. Os ids são error-<código, com pontos e sublinhados trocados por hifens>.

error-store-corrupt = O arquivo do banco de dados local está danificado e não pode ser aberto. Nada foi alterado nem excluído. Você pode deixar o arquivo danificado de lado (ele é mantido, com outro nome, na mesma pasta) e começar com uma caixa de entrada vazia.
# $found: versão do esquema do arquivo; $supported: versão mais alta que esta versão do aplicativo entende.
error-store-too-new = Este banco de dados foi criado por uma versão mais recente do Bridgedesk (esquema { $found }; esta versão aceita no máximo o { $supported }). Atualize o Bridgedesk. O arquivo não foi alterado.
error-store-busy = O banco de dados está sendo usado por outra janela do Bridgedesk ou por outro programa. Feche-o e tente novamente.
error-store-not-found = Este item não existe mais. Ele pode ter sido removido em outra janela.
error-store-io = Não foi possível ler ou gravar na pasta do banco de dados. Verifique o espaço livre em disco e as permissões da pasta.
error-store-unknown-key = Não foi possível importar os dados: alguns registros se referem a outros que estão faltando. Nada foi salvo.
error-store-invalid-tag = A tag é longa demais: uma tag pode ter no máximo 40 caracteres.
error-store-invalid-note = Não é possível salvar uma nota vazia.
error-store-invalid-reply = Não é possível enviar uma resposta vazia.
error-store-internal = Ocorreu um erro inesperado no banco de dados. Seus dados não foram alterados.
error-workspace-not-open = A caixa de entrada ainda não está aberta.
error-workspace-not-empty = Os dados de demonstração só podem ser carregados em uma caixa de entrada vazia.
error-workspace-not-corrupt = O banco de dados não está danificado, então nada foi movido.
error-settings-unknown-locale = Este idioma não está disponível.
error-settings-unknown-time-zone = Este fuso horário não é reconhecido.
error-internal = Algo deu errado dentro do Bridgedesk. Seus dados não foram alterados.
