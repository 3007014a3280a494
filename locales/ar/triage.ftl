# فرز رسائل المشترين ومكانة المشتري: الشارات في القائمة ورأس المحادثة، تصحيح الفئة بنقرة واحدة،
# الدرجات والشرائح والقائمة السوداء.

logistics-damaged = تالف
logistics-wrong-item = منتج خاطئ
logistics-delivered-not-received = سُلِّم ولم يُستلم
logistics-no-tracking-update = لا تحديث للتتبع
logistics-customs-hold = محتجز في الجمارك
logistics-returned-to-sender = أُعيد إلى المرسل

risk-chargeback = استرداد عبر البنك
risk-paypal-claim = مطالبة PayPal
risk-a-to-z-claim = مطالبة ضمان من الألف إلى الياء
risk-bad-review = تقييم سلبي
risk-platform-report = شكوى إلى المنصة

badge-angry = غاضب
badge-angry-title = يبدو المشتري غاضبًا
badge-risk-title = خطر نزاع في رسالة المشتري
badge-logistics-title = مشكلة شحن ذكرها المشتري
badge-corrected-title = صحّح موظف الفئة يدويًا

category-correct-title = صحّح الفئة؛ يتعلم الفرز من التصحيح

grade-key-a = رئيسي A
grade-key-b = رئيسي B
grade-ordinary = عادي
grade-small = صغير
segment-new = جديد
segment-returning = عائد
segment-potential = محتمل
segment-dormant = خامل
customer-grade-label = الدرجة
customer-segment-label = الشريحة

blacklist-banner = مشترٍ في القائمة السوداء: { $reason } (بواسطة { $by })
blacklist-set = إضافة إلى القائمة السوداء
blacklist-clear = إزالة من القائمة السوداء
blacklist-reason-label = السبب
blacklist-reason-placeholder = لماذا يُضاف هذا المشتري إلى القائمة السوداء؟
blacklist-confirm = إضافة
