# SLA settings messages formatted by Rust: core errors and the native notification title.

# عنوان إشعار النظام.
# $count (Number) - المحادثات التي دخلت التنبيه للتو
sla-alert-notification-title = { $count ->
    [one] يحين موعد رد قريبًا
   *[other] يحين موعد { $count } ردود قريبًا
}

## أخطاء إعدادات مستوى الخدمة

error-sla-empty-name = أعطِ التقويم أو السياسة اسمًا.
error-sla-unknown-zone = اختر منطقة زمنية من القائمة.
# $weekday (Number) - 1 = الاثنين … 7 = الأحد
error-sla-bad-interval = فترة في يوم الأسبوع { $weekday } ليست بصيغة HH:MM-HH:MM.
# $row (Number) - صف قائمة التواريخ
error-sla-bad-date = الصف { $row } في قائمة التواريخ يحتاج إلى تاريخ صالح.
# $row (Number) - صف قائمة التواريخ
error-sla-bad-day-hours = الصف { $row } في قائمة التواريخ يحتاج إلى ساعات بصيغة HH:MM-HH:MM.
error-sla-unknown-calendar = هدف يحسب ساعات العمل على تقويم غير موجود.
error-sla-negative-target = لا يمكن أن تكون الأهداف ومهلة التنبيه سالبة.
error-sla-no-default = يجب أن يبقى تقويم واحد هو الافتراضي.
# $line (Number) - سطر الملف
error-sla-bad-ics = تعذرت قراءة ملف ‎.ics (السطر { $line }).
error-sla-unknown-set = لا توجد مجموعة عطل مدمجة لهذا البلد وهذه السنة.
error-sla-not-found = هذه السياسة أو هذا التقويم لم يعد موجودًا.
error-sla-already-attached = التقويم «{ $calendar }» يحسب بالفعل ساعات هذا الفريق أو المتجر. افصله هناك أولاً.
