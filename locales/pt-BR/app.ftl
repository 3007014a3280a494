# Estrutura do aplicativo: janela, tela de boas-vindas, espaço de trabalho danificado.

## O nome do idioma, escrito no próprio idioma, no menu de configurações

locale-name = Português (Brasil)

## Aplicativo

app-name = Bridgedesk
app-starting = Abrindo seu espaço de trabalho…
# $code: código técnico do erro (ex.: store.io).
app-error-fallback = Algo deu errado (código { $code }). Tente novamente.
# $detail: descrição técnica do problema, geralmente em inglês.
app-error-unexpected = Problema inesperado na janela do aplicativo: { $detail }
error-banner-dismiss = Fechar

## Boas-vindas (espaço de trabalho vazio)

welcome-title = Boas-vindas ao Bridgedesk
welcome-line-1 = Uma só caixa de entrada para todas as mensagens dos compradores — e-mail, eBay, Amazon, Shopee, TikTok Shop, Lazada e Telegram.
welcome-line-2 = Tudo fica salvo neste computador, então você pode ler, pesquisar e responder mesmo sem conexão.
welcome-demo = Explorar com dados de demonstração
welcome-demo-hint = Uma caixa de entrada realista, com compradores, pedidos e códigos de rastreio. Nada é enviado para lugar nenhum.
welcome-demo-busy = Criando a caixa de entrada de demonstração…
welcome-demo-busy-detail = Preenchendo o banco de dados local com conversas de demonstração. Isso leva alguns segundos.
welcome-add-account = Adicionar uma conta
welcome-add-account-hint = Conecte seu e-mail e suas lojas nos marketplaces.

## Espaço de trabalho danificado

unavailable-title = Não foi possível abrir seu espaço de trabalho
unavailable-path = Arquivo do banco de dados:
unavailable-not-recoverable = O Bridgedesk não consegue corrigir isso sozinho. Feche o aplicativo, verifique o arquivo e a pasta dele e abra o Bridgedesk novamente.
move-aside = Deixar o arquivo danificado de lado e começar do zero
move-aside-question = O Bridgedesk vai renomear o arquivo danificado (ele fica ao lado do novo; nada é excluído) e começar com um espaço de trabalho vazio. Continuar?
move-aside-confirm = Sim, deixar de lado
move-aside-cancel = Cancelar
