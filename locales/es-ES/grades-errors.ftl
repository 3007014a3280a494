# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = El periodo debe durar al menos un día.
error-grade-thresholds-negative = Los importes no pueden ser negativos.
error-grade-thresholds-key-order = El cliente clave A debe exigir al menos tantos pedidos e importe como el cliente clave B.
error-grade-thresholds-small = El límite de cliente pequeño debe quedar por debajo del importe del cliente clave B.
