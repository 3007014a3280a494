# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = Der Zeitraum muss mindestens einen Tag lang sein.
error-grade-thresholds-negative = Werte dürfen nicht negativ sein.
error-grade-thresholds-key-order = Schlüsselkunde A muss mindestens so viele Bestellungen und so viel Wert verlangen wie Schlüsselkunde B.
error-grade-thresholds-small = Die Grenze für Kleinkunden muss unter dem Wert für Schlüsselkunde B liegen.
