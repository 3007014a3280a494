# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = Categorías de clientes
grades-hint = La categoría sale de los pedidos de cada comprador en el periodo indicado, sumados en dólares estadounidenses a tipos de referencia. Al guardar se recalcula la de todos los compradores.
grades-window = Se cuentan los pedidos de los últimos (días)
grades-key-a = Cliente clave A
grades-key-b = Cliente clave B
grades-min-orders = Al menos este número de pedidos
grades-min-value = y al menos este importe (USD)
grades-small = Cliente pequeño: menos de (USD)
grades-new = Nuevo: primer pedido hace menos de (días)
grades-dormant = Inactivo: sin pedidos desde hace más de (días)
grades-save = Guardar y recalcular
grades-saved = Guardado. Se ha recalculado la categoría de todos los compradores.
grades-whole-number = Escribe un número entero igual o mayor que 0 en cada campo.
