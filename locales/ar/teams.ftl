# الفرق (المكاتب): تبويب الفرق في إعدادات اتفاقية مستوى الخدمة، وفريق المحادثة، والتصفية حسب الفريق، وفريق التقويم، وفي السجل «أي تقويم ولماذا»، وشرط الفريق وإجراؤه في القواعد.

teams-tab = الفرق
teams-hint = المحادثة التي يتولاها فريق تُحسب ساعات عملها وفق تقويم الفريق، قبل تقويم المتجر والتقويم الافتراضي. اربط تقويمًا بفريق من تبويب التقويمات.
teams-empty = لا توجد فرق بعد.
teams-name = اسم الفريق
teams-add = إضافة فريق
teams-save = حفظ
teams-cancel = إلغاء
teams-rename = إعادة التسمية
teams-delete = حذف
# $team (String) - اسم الفريق؛ $count (Number) - عدد محادثات الفريق
teams-delete-confirm = { $count ->
    [0] حذف الفريق «{ $team }»؟ لا يتولى أي محادثة؛ تُفصل تقويماته ولا يضيع شيء آخر.
    [one] حذف الفريق «{ $team }»؟ تُفصل محادثته وتقويماته وتُحسب وفق تقويم المتجر أو التقويم الافتراضي؛ ولا يضيع شيء آخر.
   *[other] حذف الفريق «{ $team }»؟ تُفصل محادثاته ({ $count }) وتقويماته وتُحسب وفق تقويم المتجر أو التقويم الافتراضي؛ ولا يضيع شيء آخر.
}
# $count (Number) - عدد محادثات الفريق
teams-conversations = { $count ->
    [one] محادثة واحدة
   *[other] { $count } محادثة
}
# $calendar (String) - أسماء تقويمات الفريق
teams-calendar = التقويم: { $calendar }
teams-no-calendar = بلا تقويم خاص
teams-calendar-team = مرتبط بالفريق
teams-none = بلا فريق
teams-choose = اختر فريقًا
teams-header-team = الفريق
teams-filter = الفريق
teams-filter-all = كل الفرق
teams-filter-none = بلا فريق

## سجل المؤقت: أي تقويم احتُسب ولماذا
# $calendar (String) - اسم التقويم؛ $team (String) - اسم الفريق
teams-audit-calendar-team = وفق التقويم «{ $calendar }» الخاص بالفريق { $team }
# $calendar (String) - اسم التقويم
teams-audit-calendar-shop = وفق تقويم المتجر «{ $calendar }» (لا تقويم للفريق)
# $calendar (String) - اسم التقويم
teams-audit-calendar-default = وفق التقويم الافتراضي «{ $calendar }» (لا تقويم للفريق ولا للمتجر)
# $calendar (String) - اسم التقويم
teams-audit-calendar-policy = وفق التقويم «{ $calendar }» الذي تحدده السياسة

## القواعد
teams-rule-cond-team = الفريق
teams-rule-act-assign-team = الإسناد إلى فريق
# $team (String) - اسم الفريق
rule-action-assign-team = النقل إلى الفريق { $team }
# $actual (String) - فريق المحادثة؛ $expected (String) - فرق القاعدة
rule-check-team-passed = الفريق { $actual }
rule-check-team-failed = الفريق { $actual } وليس { $expected }
