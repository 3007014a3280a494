# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = No requiere respuesta
action-no-response-needed-title = El mensaje del comprador no necesita respuesta: detiene los plazos de respuesta que lo esperan (en Amazon, como «No se necesita respuesta»)
