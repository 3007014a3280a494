# Settings → Rules: the thresholds that grade customers (key A/B, ordinary, small) and place
# them in segments (new, returning, potential, dormant).

grades-title = فئات العملاء
grades-hint = تُحدَّد الفئة من طلبات كل مشترٍ خلال المدة أدناه، وتُجمع قيمتها بالدولار الأمريكي بأسعار صرف مرجعية. عند الحفظ يُعاد تصنيف جميع المشترين.
grades-window = تُحتسب الطلبات خلال (يومًا)
grades-key-a = عميل رئيسي أ
grades-key-b = عميل رئيسي ب
grades-min-orders = عدد طلبات لا يقل عن
grades-min-value = وقيمة لا تقل عن (دولار أمريكي)
grades-small = عميل صغير: أقل من (دولار أمريكي)
grades-new = جديد: أول طلب خلال (يومًا)
grades-dormant = خامل: لا طلبات منذ أكثر من (يومًا)
grades-save = حفظ وإعادة التصنيف
grades-saved = تم الحفظ، وأُعيد تصنيف جميع المشترين.
grades-whole-number = أدخل عددًا صحيحًا يساوي 0 أو أكثر في كل حقل.
