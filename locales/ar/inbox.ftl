# صندوق الوارد: شريط التصفية، والبحث، وقائمة المحادثات.

## شريط التصفية

search-placeholder = البحث في الرسائل…
search-label = البحث في الرسائل
filter-status = الحالة
filter-status-all = كل الحالات
filter-channel = القناة
filter-channel-all = كل القنوات
filter-store = المتجر
filter-store-all = كل المتاجر
filter-language = اللغة
filter-language-all = كل اللغات
filter-category = الفئة
filter-category-all = كل الفئات
filter-assignee = المسؤول
filter-assignee-all = الجميع
filter-assignee-unassigned = غير مُسندة
# $count: عدد المحادثات المطابقة لعوامل التصفية
inbox-total =
    { $count ->
        [zero] لا توجد محادثات
        [one] محادثة واحدة
        [two] محادثتان
        [few] { $count } محادثات
        [many] { $count } محادثة
       *[other] { $count } محادثة
    }
# $count: الحد الأقصى للعد؛ عدد المحادثات الفعلي أكبر منه
inbox-total-capped =
    { $count ->
        [zero] أكثر من { $count } محادثة
        [one] أكثر من محادثة واحدة
        [two] أكثر من محادثتين
        [few] أكثر من { $count } محادثات
        [many] أكثر من { $count } محادثة
       *[other] أكثر من { $count } محادثة
    }
inbox-total-title = المحادثات المطابقة لعوامل التصفية
# $count: عدد المحادثات المفتوحة وقيد الانتظار التي فيها رسائل غير مقروءة
unread-count =
    { $count ->
        [zero] الكل مقروء
        [one] محادثة غير مقروءة
        [two] محادثتان غير مقروءتين
        [few] { $count } محادثات غير مقروءة
        [many] { $count } محادثة غير مقروءة
       *[other] { $count } محادثة غير مقروءة
    }
unread-title = المحادثات المفتوحة وقيد الانتظار التي تحتوي على رسائل غير مقروءة

## قائمة المحادثات

list-label = المحادثات
list-empty = لا توجد محادثات مطابقة لعوامل التصفية هذه.
list-empty-search = لا توجد رسائل مطابقة لبحثك.
# $count: عدد الرسائل غير المقروءة في هذه المحادثة
row-unread =
    { $count ->
        [zero] لا توجد رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
        [many] { $count } رسالة غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    }
# $priority: اسم الأولوية، مثل «مرتفعة»
row-priority = الأولوية: { $priority }
# تلميح الوقت في صف من القائمة.
# $relative (نص) - منذ متى، بعد التنسيق، مثل «قبل 3 ساعات» أو «أمس»
# $time (نص) - التاريخ والوقت بالمنطقة الزمنية للموظف
row-last-activity = آخر نشاط: { $relative } ({ $time })
# $duration: الوقت المتبقي حتى موعد الرد، مثل «ساعتان» أو «3 أيام»
due-in = المتبقي: { $duration }
# $duration: مدة التأخير بعد انقضاء موعد الرد، مثل «35 دقيقة» أو «يومان»
due-overdue = التأخير: { $duration }
# $count: عدد الدقائق
duration-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
# $count: عدد الساعات
duration-hours =
    { $count ->
        [zero] أقل من ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
# $count: عدد الأيام
duration-days =
    { $count ->
        [zero] أقل من يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
