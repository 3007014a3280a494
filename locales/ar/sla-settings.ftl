# إعدادات اتفاقية مستوى الخدمة: تقويمات العمل (المنطقة الزمنية، ساعات الأسبوع، العطل، استثناءات
# التواريخ)، والسياسات المرتبة (الشروط، الأهداف، مهلة التنبيه)، و«إعادة حساب السجل»، والتنبيه قبل
# تجاوز المهلة.

sla-settings-open = تقويمات وسياسات مستوى الخدمة…
sla-settings-title = تقويمات وسياسات مستوى الخدمة
sla-settings-tab-calendars = التقويمات
sla-settings-tab-policies = السياسات
sla-settings-close = إغلاق
sla-settings-loading = جارٍ التحميل…
sla-settings-remove = إزالة

## التقويمات

sla-settings-calendar = التقويم
sla-settings-add-calendar = تقويم جديد
sla-settings-new-calendar = (تقويم جديد)
sla-settings-calendar-name = الاسم
sla-settings-calendar-zone = المنطقة الزمنية
sla-settings-calendar-applies = ينطبق على
sla-settings-calendar-default = كل المتاجر التي ليس لها تقويم خاص (افتراضي)
sla-settings-calendar-unattached = السياسات التي تسميه فقط
sla-settings-weekly = ساعات العمل الأسبوعية
sla-settings-weekly-hint = اكتب كل فترة بصيغة HH:MM-HH:MM. أضف عدة فترات لاستراحة الغداء أو المناوبات المقسمة؛ النهاية قبل البداية تعني تجاوز منتصف الليل (22:00-02:00).
sla-settings-day-mon = الاثنين
sla-settings-day-tue = الثلاثاء
sla-settings-day-wed = الأربعاء
sla-settings-day-thu = الخميس
sla-settings-day-fri = الجمعة
sla-settings-day-sat = السبت
sla-settings-day-sun = الأحد
sla-settings-closed-all-day = مغلق
# $day (String) - اسم اليوم
sla-settings-interval-label = فترة العمل يوم { $day }
sla-settings-add-interval = + فترة
sla-settings-days = العطل واستثناءات التواريخ
sla-settings-holiday-set = مجموعة العطل
# $year (String) - السنة
sla-settings-region-cn = الصين { $year }
sla-settings-region-us = الولايات المتحدة { $year }
sla-settings-region-de = ألمانيا { $year }
sla-settings-region-br = البرازيل { $year }
sla-settings-import-set = استيراد مجموعة العطل
sla-settings-import-ics = استيراد ملف ‎.ics
# $count (Number) - عدد الأيام المستوردة
sla-settings-imported = { $count ->
    [one] تم استيراد يوم واحد. احفظ التقويم للاحتفاظ به.
   *[other] تم استيراد { $count } يوم. احفظ التقويم للاحتفاظ بها.
}
sla-settings-day-date = التاريخ
sla-settings-day-kind = النوع
sla-settings-day-label = الاسم أو السبب
sla-settings-day-hours = الساعات
sla-settings-kind-holiday = عطلة (مغلق)
sla-settings-kind-working-day = يوم عمل تعويضي
sla-settings-kind-closed = مغلق
sla-settings-kind-half-day = نصف يوم
sla-settings-kind-special-hours = ساعات خاصة
sla-settings-add-day = + تاريخ
# $count (Number) - عدد التواريخ
sla-settings-day-count = { $count ->
    [one] تاريخ واحد
   *[other] { $count } تاريخ
}
sla-settings-save-calendar = حفظ التقويم
sla-settings-saved-calendar = تم حفظ التقويم. ينطبق على المؤقتات المحسوبة من الآن.

## السياسات

sla-settings-policies-hint = تُطبَّق أول سياسة تطابق شروطُها المحادثة.
# $version (Number) - إصدار السياسة
sla-settings-version = الإصدار { $version }
# $name (String) - اسم السياسة
sla-settings-move-up = نقل { $name } لأعلى
sla-settings-move-down = نقل { $name } لأسفل
sla-settings-add-policy = سياسة جديدة
sla-settings-policy-name = الاسم
sla-settings-conditions = الشروط
sla-settings-conditions-hint = اترك المجموعة فارغة لقبول أي قيمة.
sla-settings-channels = القنوات
sla-settings-stores = المتاجر
sla-settings-priorities = الأولويات
sla-settings-grades = فئات العملاء
sla-settings-grade-a = عميل رئيسي أ
sla-settings-grade-b = عميل رئيسي ب
sla-settings-grade-ordinary = عادي
sla-settings-grade-small = صغير
sla-settings-grade-blacklist = القائمة السوداء
sla-settings-categories = الفئات
sla-settings-languages = اللغات (مثل es, pt-BR)
sla-settings-targets = الأهداف
sla-settings-metric-first = الرد الأول
sla-settings-metric-next = الرد التالي
sla-settings-metric-resolution = الحل
sla-settings-minutes = دقيقة
sla-settings-basis = يُحسب بـ
sla-settings-basis-business = ساعات العمل
sla-settings-basis-calendar = الوقت الفعلي (كل الساعات)
sla-settings-calendar-own = تقويم متجر المحادثة
sla-settings-no-target = بلا هدف
sla-settings-warn-before = التنبيه قبل
# $version (Number) - الإصدار الذي سينشأ عند الحفظ
sla-settings-save-hint = الحفظ ينشئ الإصدار { $version }؛ تحتفظ المحادثات بإصدارها حتى تعيد حساب السجل.
sla-settings-save-policy = حفظ السياسة
sla-settings-saved-policy = حُفظت السياسة كإصدار جديد. تنطبق على المؤقتات الجديدة.
sla-settings-delete-policy = حذف السياسة
sla-settings-deleted-policy = حُذفت السياسة. تتبع محادثاتها أول سياسة مطابقة عند الحساب التالي.

## إعادة حساب السجل

sla-settings-recompute = إعادة حساب السجل
sla-settings-recompute-hint = إعادة حساب السجل تعيد تقييم مؤقتات كل المحادثات بالتقويمات والسياسات الحالية.
# $changed (Number) - المحادثات التي تغيرت
# $total (Number) - المحادثات التي أعيد تقييمها
# $ms (Number) - المدة بالمللي ثانية
sla-settings-recomputed = أعيد حساب { $total } محادثة في { $ms } مللي ثانية: تغيرت { $changed }.

## التنبيه قبل تجاوز المهلة

# $count (Number) - المحادثات التي دخلت التنبيه للتو
sla-alert-text = { $count ->
    [one] محادثة واحدة على وشك تجاوز مهلتها:
   *[other] { $count } محادثة على وشك تجاوز مهلتها. الأكثر إلحاحًا:
}
# $due (String) - الموعد في منطقة الموظف
sla-alert-due = الموعد { $due }
sla-alert-open = فتح الأكثر إلحاحًا
sla-alert-dismiss = تجاهل
