# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = O período precisa ter pelo menos um dia.
error-grade-thresholds-negative = Os valores não podem ser negativos.
error-grade-thresholds-key-order = O cliente-chave A precisa exigir pelo menos tantos pedidos e tanto valor quanto o cliente-chave B.
error-grade-thresholds-small = O limite de cliente pequeno precisa ficar abaixo do valor do cliente-chave B.
