# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = La période doit durer au moins un jour.
error-grade-thresholds-negative = Les montants ne peuvent pas être négatifs.
error-grade-thresholds-key-order = Le client clé A doit demander au moins autant de commandes et de montant que le client clé B.
error-grade-thresholds-small = Le seuil des petits clients doit être inférieur au montant du client clé B.
