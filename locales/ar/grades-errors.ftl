# Grade thresholds the core refused (Settings → Rules → Customer grades), by what is wrong.

error-grade-thresholds-window = يجب ألا تقل المدة عن يوم واحد.
error-grade-thresholds-negative = لا يمكن أن تكون القيم سالبة.
error-grade-thresholds-key-order = يجب أن يتطلب العميل الرئيسي أ عدد طلبات وقيمة لا تقل عما يتطلبه العميل الرئيسي ب.
error-grade-thresholds-small = يجب أن يكون حد العميل الصغير أقل من قيمة العميل الرئيسي ب.
