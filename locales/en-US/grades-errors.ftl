# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = The window must be at least one day long.
error-grade-thresholds-negative = Values cannot be negative.
error-grade-thresholds-key-order = Key customer A must need at least as many orders and as much value as key customer B.
error-grade-thresholds-small = The limit for small customers must be below the value of key customer B.
