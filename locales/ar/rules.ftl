# القواعد وقوالب الردود والفحص قبل الإرسال.

settings-rules-open = القواعد والأتمتة…
rules-title = القواعد
rules-close = إغلاق
rules-new = قاعدة جديدة
rules-empty = لا توجد قواعد بعد. أنشئ قاعدة وجرّبها تجربةً وهمية ثم فعّلها.
rules-enabled = مفعّلة
rules-enabled-title = تفعيل القاعدة أو إيقافها
rules-move-up = إلى الأعلى
rules-move-down = إلى الأسفل
rules-delete = حذف
rules-edit = تعديل
rules-export = تصدير JSON
rules-import = استيراد JSON
rules-import-label = الصق مجموعة قواعد مصدَّرة
rules-imported = { $count ->
    [zero] لم تُستورد أي قاعدة.
    [one] استُوردت قاعدة واحدة.
    [two] استُوردت قاعدتان.
    [few] استُوردت { $count } قواعد.
   *[other] استُوردت { $count } قاعدة.
}
rules-saved = حُفظت القاعدة.

rules-name-label = الاسم
rules-name-placeholder = مثلًا: الطرود التالفة عاجلة
rules-trigger-label = عندما
rule-trigger-new-buyer-message = تصل رسالة من المشتري
rule-trigger-agent-reply = يرد موظف
rule-trigger-status-change = تتغير الحالة
rule-trigger-time = يمر وقت
rules-anchor-label = بدءًا من
rule-anchor-last-buyer-message = آخر رسالة من المشتري
rule-anchor-last-agent-message = آخر رد من موظف
rule-anchor-status-change = آخر تغيير للحالة
rules-after-minutes = الدقائق
rules-match-label = إذا
rules-match-all = تحققت كل الشروط
rules-match-any = تحقق أي شرط
rules-add-condition = إضافة شرط
rules-add-action = إضافة إجراء
rules-actions-label = عندئذٍ
rules-remove = إزالة
rules-value-placeholder = القيم مفصولة بفواصل
rules-stop-after-match = لا تقيّم القواعد التالية إذا طابقت هذه القاعدة
rules-save = حفظ القاعدة
rules-cancel = إلغاء

rule-cond-channel = القناة
rule-cond-language = اللغة
rule-cond-country = البلد
rule-cond-category = الفئة
rule-cond-logistics-problem = مشكلة الشحن
rule-cond-customer-grade = درجة العميل
rule-cond-segment = الشريحة
rule-cond-keywords = كلمات مفتاحية
rule-cond-regex = تعبير نمطي
rule-cond-priority = الأولوية
rule-cond-status = الحالة
rule-cond-business-hours = ضمن ساعات العمل
rule-cond-blacklisted = المشتري في القائمة السوداء
rule-cond-awaiting-agent = بانتظار موظف
rule-cond-yes = نعم
rule-cond-no = لا

rule-act-assign = إسناد إلى
rule-act-tag = إضافة وسم
rule-act-set-priority = تعيين الأولوية
rule-act-set-category = تعيين الفئة
rule-act-apply-sla-policy = تطبيق سياسة SLA
rule-act-set-status = تعيين الحالة
rule-act-auto-reply = رد تلقائي بقالب
rule-act-add-note = إضافة ملاحظة داخلية
rule-act-notify = تنبيه موظف

rules-dry-run = تجربة وهمية
rules-dry-run-limit = آخر المحادثات
rules-dry-run-title = ما كانت هذه القاعدة ستفعله
rules-dry-run-summary = { $matched ->
    [zero] لا تطابق أي محادثة من أصل { $total }.
    [one] تطابق محادثة واحدة من أصل { $total }.
    [two] تطابق محادثتين من أصل { $total }.
   *[other] تطابق { $matched } من أصل { $total } محادثة.
}
rules-col-conversation = المحادثة
rules-col-result = النتيجة
rules-col-why = السبب
rules-col-actions = ستفعل
rules-result-matched = مطابقة
rules-result-not-matched = غير مطابقة
rules-runs-title = سجل تشغيل القواعد

rule-outcome-matched = طابقت «{ $rule }»
rule-outcome-not-matched = لم تطابق «{ $rule }»
rule-outcome-disabled = «{ $rule }» متوقفة
rule-outcome-other-trigger = «{ $rule }» تنتظر مُشغّلًا آخر
rule-outcome-already-applied = نفّذت «{ $rule }» هذا الحدث من قبل
rule-outcome-stopped = تُخطّيت «{ $rule }»: أوقفت قاعدة سابقة التقييم
rule-outcome-not-due = لم يحن موعد «{ $rule }» بعد

rule-check-any-empty-passed = لا بدائل للفحص
rule-check-any-empty-failed = لا بدائل: «أيٌّ من لا شيء» لا يتحقق أبدًا
rule-check-not-passed = الشرط المنفي غير متحقق كما هو مطلوب
rule-check-not-failed = الشرط المنفي متحقق
rule-check-keywords-passed = وُجدت الكلمة «{ $actual }» (البحث عن { $expected })
rule-check-keywords-failed = لا تظهر أي من الكلمات { $expected }
rule-check-regex-passed = النمط { $expected } طابق «{ $actual }»
rule-check-regex-failed = النمط { $expected } لا يطابق
rule-check-channel-passed = القناة { $actual }
rule-check-channel-failed = القناة { $actual } وليست { $expected }
rule-check-store-id-passed = المتجر { $actual }
rule-check-store-id-failed = المتجر { $actual } وليس { $expected }
rule-check-language-passed = اللغة { $actual }
rule-check-language-failed = اللغة { $actual } وليست { $expected }
rule-check-country-passed = البلد { $actual }
rule-check-country-failed = البلد { $actual } وليس { $expected }
rule-check-category-passed = الفئة { $actual }
rule-check-category-failed = الفئة { $actual } وليست { $expected }
rule-check-logistics-problem-passed = مشكلة الشحن { $actual }
rule-check-logistics-problem-failed = مشكلة الشحن { $actual } وليست { $expected }
rule-check-customer-grade-passed = درجة العميل { $actual }
rule-check-customer-grade-failed = درجة العميل { $actual } وليست { $expected }
rule-check-segment-passed = الشريحة { $actual }
rule-check-segment-failed = الشريحة { $actual } وليست { $expected }
rule-check-order-value-passed = قيمة الطلب { $actual } تستوفي { $expected }
rule-check-order-value-failed = قيمة الطلب { $actual } لا تستوفي { $expected }
rule-check-priority-passed = الأولوية { $actual }
rule-check-priority-failed = الأولوية { $actual } وليست { $expected }
rule-check-status-passed = الحالة { $actual }
rule-check-status-failed = الحالة { $actual } وليست { $expected }
rule-check-has-tag-passed = يحمل وسمًا من { $expected }
rule-check-has-tag-failed = الوسوم { $actual } لا تتضمن أيًا من { $expected }
rule-check-minutes-since-buyer-message-passed = { $actual } دقيقة منذ كتب المشتري ({ $expected })
rule-check-minutes-since-buyer-message-failed = { $actual } دقيقة منذ كتب المشتري، والمطلوب { $expected }
rule-check-minutes-since-agent-message-passed = { $actual } دقيقة منذ آخر رد ({ $expected })
rule-check-minutes-since-agent-message-failed = { $actual } دقيقة منذ آخر رد، والمطلوب { $expected }
rule-check-minutes-since-status-change-passed = { $actual } دقيقة منذ تغيّر الحالة ({ $expected })
rule-check-minutes-since-status-change-failed = { $actual } دقيقة منذ تغيّر الحالة، والمطلوب { $expected }
rule-check-awaiting-agent-passed = بانتظار موظف: { $actual ->
        [true] نعم
       *[other] لا
    }
rule-check-awaiting-agent-failed = بانتظار موظف: { $actual ->
        [true] نعم
       *[other] لا
    }، والمطلوب { $expected ->
        [true] نعم
       *[other] لا
    }
rule-check-business-hours-passed = ضمن ساعات العمل: { $actual ->
        [true] نعم
       *[other] لا
    }
rule-check-business-hours-failed = ضمن ساعات العمل: { $actual ->
        [true] نعم
       *[other] لا
    }، والمطلوب { $expected ->
        [true] نعم
       *[other] لا
    }
rule-check-blacklisted-passed = المشتري في القائمة السوداء: { $actual ->
        [true] نعم
       *[other] لا
    }
rule-check-blacklisted-failed = المشتري في القائمة السوداء: { $actual ->
        [true] نعم
       *[other] لا
    }، والمطلوب { $expected ->
        [true] نعم
       *[other] لا
    }

rule-action-assign = الإسناد إلى { $agent }
rule-action-tag = إضافة الوسم «{ $tag }»
rule-action-set-priority = تعيين الأولوية إلى { $priority }
rule-action-set-category = تعيين الفئة إلى { $category }
rule-action-apply-sla-policy = تطبيق سياسة SLA ‏{ $policy }
rule-action-set-status = تعيين الحالة إلى { $status }
rule-action-auto-reply = رد تلقائي بالقالب { $template }
rule-action-add-note = إضافة الملاحظة الداخلية «{ $text }»
rule-action-notify = تنبيه { $agent }

rules-invalid-json = مجموعة القواعد ليست JSON صالحًا (السطر { $line }، العمود { $column }).
rules-unknown-format = هذه ليست مجموعة قواعد Bridgedesk (الصيغة «{ $format }»).
rules-unsupported-version = لا يدعم Bridgedesk هذا الإصدار { $version } من مجموعة القواعد.
rules-too-many-rules = قواعد كثيرة جدًا: الحد الأقصى { $max }.
rules-empty-rule-id = القاعدة رقم { $index } بلا معرّف.
rules-duplicate-rule-id = المعرّف «{ $rule }» مكرر.
rules-no-actions = القاعدة «{ $rule }» بلا إجراءات.
rules-invalid-regex = في القاعدة «{ $rule }» تعبير نمطي غير صالح: { $pattern }
rules-regex-too-long = في القاعدة «{ $rule }» تعبير نمطي أطول من { $max } بايت.
rules-condition-too-deep = تتداخل شروط القاعدة «{ $rule }» لأكثر من { $max } مستويات.
rules-negative-duration = في القاعدة «{ $rule }» مدة سالبة.
rules-unknown-template = تذكر القاعدة «{ $rule }» قالبًا غير معروف «{ $template }».
error-rules-invalid = لا يستطيع المحرر حفظ هذه القاعدة.
template-no-variant = لا يحتوي القالب «{ $template }» على نص بأي لغة.
template-syntax = القالب «{ $template }» ({ $language }) غير صالح.
template-missing-variable = يحتاج القالب «{ $template }» ({ $language }) إلى { $variable }، وهو غير متوفر في هذه المحادثة.
template-format = تعذّر ملء القالب «{ $template }» ({ $language }).
template-unknown-time-zone = المنطقة الزمنية للمشتري { $zone } غير معروفة.
error-template-unknown = هذا القالب لم يعد موجودًا.
error-reply-blocked = لم يُرسل الرد: فيه ما يمنعه السوق. احذف النص المظلل.
error-demo-not-demo = الرسائل المحاكاة متاحة في مساحة العرض التجريبي فقط.
error-blacklist-reason-missing = اذكر سبب إضافة هذا المشتري إلى القائمة السوداء.
error-grade-thresholds-invalid = لا يمكن حفظ حدود الدرجات هذه.

template-open = القوالب
template-open-title = إدراج قالب رد ({ $shortcut })
template-search-placeholder = ابحث في القوالب
template-empty = لا يوجد قالب مطابق.
template-language-label = لغة المشتري
template-insert = إدراج
template-preview-label = معاينة بلغتك ({ $language })
template-buyer-label = للمشتري ({ $language })

send-check-title = الفحص قبل الإرسال
send-check-override = أرسل على أي حال
send-check-blocked = الإرسال ممنوع حتى يُحذف النص المظلل.
send-check-warned = راجع النص المظلل؛ يمكنك الإرسال على أي حال.
send-check-sensitive-word-warn = «{ $text }» في قائمة الكلمات الحساسة.
send-check-email-address-warn = «{ $text }» عنوان بريد إلكتروني (بيانات شخصية).
send-check-email-address-block = لا يُسمح بعناوين بريد مثل «{ $text }» في رسائل { $channel }.
send-check-phone-number-warn = يبدو «{ $text }» رقم هاتف (بيانات شخصية).
send-check-phone-number-block = لا يُسمح بأرقام هواتف مثل «{ $text }» في رسائل { $channel }.
send-check-payment-card-block = يبدو «{ $text }» رقم بطاقة دفع؛ لا ترسل بيانات البطاقات أبدًا.
send-check-iban-warn = يبدو «{ $text }» رقم حساب مصرفي (IBAN).
send-check-iban-block = لا يُسمح ببيانات مصرفية مثل «{ $text }» في رسائل { $channel }.
send-check-link-warn = يجب ألا يشير الرابط «{ $text }» إلا إلى ما يحتاجه الطلب.
send-check-link-block = لا يُسمح بروابط مثل «{ $text }» في رسائل { $channel }.
send-check-off-platform-app-block = «{ $text }» يُخرج المشتري من المنصة، وهو ما يمنعه { $channel }.

dev-simulate-message = محاكاة رسالة مشترٍ
dev-simulate-hint = أداة للعرض التجريبي: تكتب رسالة مشترٍ جديدة واقعية في محادثة تجريبية عبر المسار نفسه الذي تستخدمه مزامنة القنوات، لرؤية القواعد وهي تعمل.

## A value that is absent in a trace

rule-value-none = لا شيء

## Sensitive-word lists

rules-words-title = الكلمات الحساسة
rules-words-hint = ينبّه الفحص قبل الإرسال عندما يحتوي رد بهذه اللغة على إحدى هذه الكلمات (كلمة في كل سطر).
rules-words-language = اللغة
rules-words-save = حفظ الكلمات

## The notice of a rule's "notify" action (in-app and as a desktop notification)

# $rule (String) - the rule's name as the agent wrote it
rules-notice-text = القاعدة «{ $rule }» تطلب انتباهك
# $agent (String) - the agent the conversation is assigned to
rules-notice-agent = إلى { $agent }
rules-notice-open = فتح المحادثة
rules-notice-dismiss = إغلاق
