# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = Customer grades
grades-hint = Grades come from each buyer’s orders in the window below, summed in US dollars at reference rates. Saving re-grades every buyer.
grades-window = Orders count within (days)
grades-key-a = Key customer A
grades-key-b = Key customer B
grades-min-orders = At least this many orders
grades-min-value = and at least this value (USD)
grades-small = Small customer: less than (USD)
grades-new = New: first order within (days)
grades-dormant = Dormant: no order for more than (days)
grades-save = Save and re-grade
grades-saved = Saved. Every buyer has been re-graded.
grades-whole-number = Enter a whole number of 0 or more in every field.
