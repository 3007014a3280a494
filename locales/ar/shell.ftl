# نصوص يُنسّقها جانب Rust: عنوان النافذة وسطر الأوامر.

shell-window-title = Bridgedesk — صندوق الوارد
# $count: عدد المحادثات غير المقروءة
shell-window-title-unread = { $count ->
    [zero] Bridgedesk — صندوق الوارد
    [one] Bridgedesk — صندوق الوارد (محادثة غير مقروءة)
    [two] Bridgedesk — صندوق الوارد (محادثتان غير مقروءتين)
    [few] Bridgedesk — صندوق الوارد ({ $count } محادثات غير مقروءة)
    [many] Bridgedesk — صندوق الوارد ({ $count } محادثة غير مقروءة)
   *[other] Bridgedesk — صندوق الوارد ({ $count } محادثة غير مقروءة)
}
# $conversations و$messages: الأعداد المُنشأة؛ $path: مسار ملف قاعدة البيانات؛ $seconds: المدة بالثواني
cli-generated = تم إنشاء { $conversations ->
    [zero] { $conversations } محادثة
    [one] محادثة واحدة
    [two] محادثتين
    [few] { $conversations } محادثات
    [many] { $conversations } محادثة
   *[other] { $conversations } محادثة
} { $messages ->
    [zero] دون رسائل
    [one] ورسالة واحدة
    [two] ورسالتين
    [few] و{ $messages } رسائل
    [many] و{ $messages } رسالة
   *[other] و{ $messages } رسالة
} في { $path } خلال { $seconds } ثانية.
# أعداد عناصر قاعدة البيانات؛ $schema: إصدار المخطط؛ $megabytes: حجم الملف بالميغابايت
cli-stats = المتاجر: { $stores } · العملاء: { $customers } · الطلبات: { $orders } · المحادثات: { $conversations } · الرسائل: { $messages } · الردود في قائمة الإرسال: { $queued } · المخطط: v{ $schema } · الملف: { $megabytes } ميغابايت
# $query: عبارة البحث
cli-search-none = لا توجد محادثة تطابق «{ $query }».
# $count: عدد المحادثات المطابقة؛ $query: عبارة البحث؛ $capped: yes إذا اقتصر البحث على أحدث النتائج
cli-search-count = { $count ->
    [zero] لا توجد محادثات تطابق
    [one] محادثة واحدة تطابق
    [two] محادثتان تطابقان
    [few] { $count } محادثات تطابق
    [many] { $count } محادثة تطابق
   *[other] { $count } محادثة تطابق
} «{ $query }»{ $capped ->
    [yes] { " " }(ضمن أحدث النتائج فقط)
   *[no] {""}
}.
