# قائمة الإعدادات واختصارات لوحة المفاتيح.

## قائمة الإعدادات

settings-open = الإعدادات
settings-title = الإعدادات
settings-language = اللغة
settings-time-zone = منطقتك الزمنية
# $zone (نص) - المنطقة الزمنية لنظام التشغيل بصيغة IANA، مثل Asia/Dubai
settings-time-zone-system = حسب إعدادات النظام ({ $zone })
settings-time-zone-search = البحث عن منطقة زمنية…
settings-time-zone-list = المناطق الزمنية
# $query (نص) - ما كتبه الموظف في مربع البحث عن المنطقة الزمنية
settings-time-zone-none = لا توجد منطقة زمنية تطابق «{ $query }».
# $offset (نص) - فرق التوقيت الحالي للمنطقة عن UTC بعد التنسيق، مثل +04:00 أو −03:00
settings-time-zone-offset = UTC{ $offset }
settings-agent = مسجّل الدخول باسم

## خيارات المطوّرين (قسم مطوي في آخر قائمة الإعدادات)

settings-developer = خيارات المطوّرين
settings-pseudo-locale = التوطين الزائف
settings-pseudo-locale-hint = يعرض كل النصوص بحروف لاتينية معدّلة وأطول من الأصل، لاكتشاف النصوص المقطوعة أو غير المترجمة.

## اختصارات لوحة المفاتيح

help-title = اختصارات لوحة المفاتيح
help-close = إغلاق
shortcut-next = المحادثة التالية
shortcut-previous = المحادثة السابقة
shortcut-open = فتح المحادثة المحددة
shortcut-reply = الرد (الانتقال إلى مربع الرد)
shortcut-resolve = تعيين المحادثة المفتوحة كمحلولة
shortcut-search = بحث
shortcut-help = إظهار هذه المساعدة أو إخفاؤها
shortcut-escape = إغلاق هذه المساعدة، أو الخروج من حقل النص
shortcut-send = إرسال الرد (في مربع الرد)
