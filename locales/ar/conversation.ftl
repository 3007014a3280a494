# محادثة واحدة: الترويسة، والإجراءات، وسلسلة الرسائل، وحالات التسليم، والملاحظات، ومربع الرد، ولوحة العميل.

## لوحة المحادثة

pane-empty = اختر محادثة
pane-loading = جارٍ فتح المحادثة…
pane-empty-hint = استخدم j و k للتنقل في القائمة، و Enter للفتح، و ? لعرض كل الاختصارات.
header-store = المتجر
header-priority = الأولوية
header-category = الفئة
header-assignee = المسؤول
# $relative (نص) - منذ متى كانت آخر رسالة أو آخر تغيير، مثل «قبل 3 ساعات» أو «أمس»
header-last-activity = آخر نشاط: { $relative }
# تلميح موعد الرد في ترويسة المحادثة.
# $time (تاريخ) - الموعد النهائي بالمنطقة الزمنية للموظف
header-due-at = آخر موعد للرد: { $time }
assignee-none = غير مُسندة
assign-label = إسناد إلى
action-resolve = تعيين كمحلولة
action-resolve-title = تغيير حالة المحادثة إلى «تم الحل» (e)
action-pending = وضع قيد الانتظار
action-pending-title = بانتظار رد المشتري: يتوقف عدّاد وقت الرد مؤقتًا
action-reopen = إعادة الفتح
action-reopen-title = فتح المحادثة مرة أخرى
tag-add-placeholder = إضافة وسم…
# $tag: اسم الوسم
tag-remove = إزالة الوسم «{ $tag }»
thread-label = الرسائل والملاحظات الداخلية
# $channel: اسم القناة، مثل eBay أو «البريد الإلكتروني»
message-via = عبر { $channel }
message-show-html = عرض التنسيق الأصلي
message-show-text = عرض كنص عادي
note-label = ملاحظة داخلية
note-placeholder = أضف ملاحظة داخلية، لا يراها إلا فريقك
note-add = إضافة ملاحظة
composer-label = الرد
# $customer: اسم المشتري
composer-placeholder = الرد على { $customer }…
composer-hint = Ctrl+Enter للإرسال · تُحفظ المسودة على هذا الكمبيوتر
composer-hint-mac = ⌘+Enter للإرسال · تُحفظ المسودة على هذا الكمبيوتر
composer-send = إرسال
composer-sending = جارٍ الإضافة إلى صندوق الصادر…
composer-send-title = إضافة الرد إلى صندوق الصادر؛ ويُرسل فور توفر الاتصال بالقناة

## حالات تسليم الرسائل الصادرة

delivery-queued = في قائمة الإرسال
delivery-sending = جارٍ الإرسال
delivery-sent = تم الإرسال
delivery-accepted = تم القبول
delivery-failed = فشل الإرسال
delivery-queued-hint = تنتظر في صندوق الصادر حتى ترسلها القناة
delivery-sending-hint = جارٍ إرسالها إلى القناة الآن
delivery-sent-hint = أُرسلت إلى القناة
delivery-accepted-hint = قبلت منصة البيع أو خادم البريد الرسالة
delivery-failed-hint = تعذّر الإرسال؛ سيعيد Bridgedesk المحاولة
# $code: الرمز الداخلي لخطأ التسليم
delivery-error-unknown = مشكلة في التسليم ({ $code })

## لوحة العميل

customer-empty = تظهر بيانات المشتري هنا عند فتح محادثة.
customer-country = الدولة
customer-language = اللغة
customer-local-time = الوقت المحلي
customer-local-time-unknown = غير معروف (لا توجد دولة مسجلة)
buyer-time-same = مطابق لتوقيتك
# $hours: عدد الساعات التي يتأخر بها توقيت المشتري عن توقيتك (قد يكون كسرًا)
buyer-time-behind =
    { $hours ->
        [zero] مطابق لتوقيتك
        [one] متأخر عنك بساعة واحدة
        [two] متأخر عنك بساعتين
        [few] متأخر عنك بـ{ $hours } ساعات
        [many] متأخر عنك بـ{ $hours } ساعة
       *[other] متأخر عنك بـ{ $hours } ساعة
    }
# $hours: عدد الساعات التي يتقدم بها توقيت المشتري على توقيتك (قد يكون كسرًا)
buyer-time-ahead =
    { $hours ->
        [zero] مطابق لتوقيتك
        [one] متقدم عليك بساعة واحدة
        [two] متقدم عليك بساعتين
        [few] متقدم عليك بـ{ $hours } ساعات
        [many] متقدم عليك بـ{ $hours } ساعة
       *[other] متقدم عليك بـ{ $hours } ساعة
    }
customer-identities = الهويات
# $count: عدد الطلبات المرتبطة بالمشتري
customer-orders =
    { $count ->
        [zero] الطلبات
        [one] الطلبات ({ $count })
        [two] الطلبات ({ $count })
        [few] الطلبات ({ $count })
        [many] الطلبات ({ $count })
       *[other] الطلبات ({ $count })
    }
customer-no-orders = لا توجد طلبات مرتبطة بهذا المشتري.
order-number = رقم الطلب
# $quantity: الكمية المطلوبة من المنتج
order-item-quantity = { $quantity } ×
order-total = الإجمالي
order-carrier-unknown = شركة الشحن غير معروفة
order-tracking-title = رقم التتبع — انقر لتحديده
