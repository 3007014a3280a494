# Imagens remotas de e-mails, baixadas pelo aplicativo depois que o atendente as permite.
mail-images-loading = Carregando imagens…
# $count: imagens que o aplicativo não conseguiu carregar (recusadas ou inacessíveis)
mail-images-failed =
    { $count ->
        [one] Não foi possível carregar uma imagem.
       *[other] Não foi possível carregar { $count } imagens.
    }
mail-images-retry-later = As imagens inacessíveis serão baixadas novamente na próxima vez que você abrir esta mensagem, por exemplo quando voltar a ficar online.
mail-images-retry = Tentar novamente
