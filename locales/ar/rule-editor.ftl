# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = لم يتحقق أي شرط
rules-group-label = مجموعة يكون فيها
rules-add-group = إضافة مجموعة
rules-remove-group = إزالة المجموعة
rule-cond-store = المتجر
rule-cond-has-tag = يحمل الوسم
rule-cond-minutes-buyer = دقائق منذ رسالة المشتري
rule-cond-minutes-agent = دقائق منذ رد الموظف
rule-cond-minutes-status = دقائق منذ تغيير الحالة
rule-cond-order-amount = قيمة الطلب
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = أقل من
rule-cmp-lte = على الأكثر
rule-cmp-eq = يساوي
rule-cmp-gte = على الأقل
rule-cmp-gt = أكثر من
