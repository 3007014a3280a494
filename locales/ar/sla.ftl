# مهل اتفاقية مستوى الخدمة: مهلة الرد ومهلة الحل لكل محادثة، بعدّ تنازلي مباشر، على ثلاثة محاور زمنية
# (المنطقة الزمنية للموظف، والوقت المحلي للمشتري، والمنطقة الزمنية للمنصة)، مع سجلّ يشرح سبب حالة كل عدّاد.

## العدّ التنازلي

# وحدتان من العدّ التنازلي متجاورتان، الكبرى أولًا: «ساعتان و10 دقائق»، «3 أيام و4 ساعات».
# $larger (نص) - الوحدة الكبرى بعد التنسيق، مثل «ساعتان» أو «3 أيام»
# $smaller (نص) - الوحدة الصغرى بعد التنسيق، مثل «10 دقائق» أو «4 ساعات»
sla-duration-pair = { $larger } و{ $smaller }
# تلميح العدّ التنازلي في صف من القائمة.
# $time (نص) - المهلة بالمنطقة الزمنية للموظف
sla-row-due-title = آخر موعد للرد: { $time }

## شريط المهل أسفل ترويسة المحادثة

sla-strip-label = مهل الرد والحل
sla-metric-first-response = أول رد
sla-metric-next-response = الرد التالي
sla-metric-resolution = مهلة الحل
sla-metric-total-resolution = مهلة الحل الكلية
sla-metric-marketplace = المنصة
sla-chip-running = جارٍ
sla-chip-warning = المهلة تقترب
sla-chip-paused = متوقف مؤقتًا (بانتظار المشتري)
sla-chip-satisfied = تم الالتزام
sla-chip-breached = تجاوز المهلة
sla-chip-stopped = متوقف
# العدّاد المتوقف مؤقتًا يحتفظ بالوقت المتبقي.
# $duration (نص) - الوقت المتبقي المجمّد، مثل «ساعة واحدة و20 دقيقة»
sla-paused-left = المتبقي { $duration } (مجمّد)
# $time (نص) - وقت الالتزام بالمهلة بالمنطقة الزمنية للموظف
sla-met-at = تم الالتزام: { $time }
# جاء الرد بعد انقضاء المهلة.
# $time (نص) - وقت الرد بالمنطقة الزمنية للموظف
sla-met-late = رُدّ متأخرًا: { $time }
# $time (نص) - المهلة التي انقضت، بالمنطقة الزمنية للموظف
sla-breached-at = انقضت المهلة: { $time }
# انتهى العدّاد دون رد (حُلّت المحادثة، أو لا يلزم رد).
# $time (نص) - وقت التوقف بالمنطقة الزمنية للموظف
sla-stopped-at = توقف: { $time }
sla-basis-business = ساعات العمل
sla-basis-business-title = تُحتسب ساعات عمل الفريق فقط: لا تُحتسب الليالي ولا عطلات نهاية الأسبوع ولا العطل الرسمية
sla-basis-calendar = الوقت الفعلي
sla-basis-calendar-title = تُحتسب كل الساعات، بما فيها الليالي وعطلات نهاية الأسبوع والعطل الرسمية
sla-marketplace-idle = لا شيء بانتظار الرد

## المحاور الزمنية الثلاثة للمهلة

# $time (نص) - المهلة بالمنطقة الزمنية للموظف نفسه
sla-due-agent = المهلة { $time } (بتوقيتك)
# $zone (نص) - المنطقة الزمنية للموظف بصيغة IANA، مثل «Asia/Riyadh»
sla-due-agent-title = المهلة بمنطقتك الزمنية ({ $zone })
# $time (نص) - اليوم والساعة لدى المشتري عند انقضاء المهلة
sla-due-buyer = { $time } لدى المشتري
# $zone (نص) - المنطقة الزمنية للمشتري بصيغة IANA، مثل «Europe/Berlin»
sla-due-buyer-title = الوقت المحلي للمشتري عند انقضاء المهلة ({ $zone })
sla-hint-night = ليلًا
sla-hint-night-title = بين 22:00 و07:00 بتوقيت المشتري: على الأرجح هو نائم
sla-hint-weekend = عطلة نهاية الأسبوع
sla-hint-weekend-title = السبت أو الأحد بتوقيت المشتري
# $time (نص) - المهلة بالمنطقة الزمنية للمنصة
# $zone (نص) - اسم هذه المنطقة بلغة الواجهة، مثل «توقيت ماليزيا» (وإلا فمعرّفها في IANA)
sla-due-marketplace = { $time } ({ $zone })
# $zone (نص) - المنطقة الزمنية للمنصة بصيغة IANA، مثل «Asia/Kuala_Lumpur»
sla-due-marketplace-title = تحتسب المنصة هذه المهلة بتوقيت { $zone }

## قواعد المنصات وسياسات الفريق

sla-rule-amazon-24h = قاعدة Amazon: 24 ساعة
sla-rule-amazon-24h-hint = Amazon: الرد على كل رسالة من المشتري خلال 24 ساعة، بما في ذلك عطلات نهاية الأسبوع والعطل الرسمية
sla-rule-shopee-12h = قاعدة Shopee: 12 ساعة
sla-rule-shopee-12h-hint = Shopee: الرد على المحادثة خلال 12 ساعة؛ لا يُحتسب إلا الرد الأول
sla-rule-tiktok-shop-12h = قاعدة TikTok Shop: 12 ساعة
sla-rule-tiktok-shop-12h-hint = TikTok Shop: الرد خلال 12 ساعة؛ لا تُحتسب المحادثات الواردة أثناء وضع العطلة
sla-rule-lazada-daily-cycle = الدورة اليومية في Lazada
sla-rule-lazada-daily-cycle-hint = Lazada: يجب الرد على الرسائل الواردة من 18:00 أمس حتى 18:00 اليوم قبل 19:00 اليوم، بتوقيت الموقع
sla-rule-ebay-item-not-received = eBay: سلعة لم تصل
sla-rule-ebay-item-not-received-hint = eBay: الرد على طلب «لم تصل السلعة» خلال 3 أيام عمل
sla-policy-urgent = عاجلة
sla-policy-chat = الدردشة
sla-policy-marketplace-chat = دردشة المنصات
sla-policy-email = البريد الإلكتروني

## سجلّ العدّاد («لماذا؟»)

sla-audit-toggle = لماذا؟
# $count (رقم) - عدد الأحداث في سجلّ العدّاد
sla-audit-toggle-title =
    { $count ->
        [zero] لا توجد أحداث لهذا العدّاد
        [one] عرض الحدث وراء هذا العدّاد
        [two] عرض الحدثين وراء هذا العدّاد
        [few] عرض { $count } أحداث وراء هذا العدّاد
        [many] عرض { $count } حدثًا وراء هذا العدّاد
       *[other] عرض { $count } حدث وراء هذا العدّاد
    }
# $policy (نص) - اسم السياسة، مثل «دردشة المنصات»
# $version (رقم) - إصدار السياسة، مثل 1
sla-audit-policy = السياسة: { $policy }، الإصدار { $version }
# $rule (نص) - اسم قاعدة المنصة، مثل «الدورة اليومية في Lazada»
sla-audit-rule = القاعدة: { $rule }
# $zone (نص) - اسم المنطقة الزمنية بلغة الواجهة، مثل «توقيت ماليزيا»
# $id (نص) - المنطقة الزمنية بصيغة IANA، مثل «Asia/Kuala_Lumpur»
sla-audit-reference-zone = تُحتسب بتوقيت { $zone } ({ $id })
# $duration (نص) - هدف العدّاد، مثل «4 ساعات»
sla-audit-target-business = الهدف: { $duration } من ساعات العمل
# $duration (نص) - هدف العدّاد، مثل «24 ساعة»
sla-audit-target-calendar = الهدف: { $duration } من الوقت الفعلي
sla-audit-empty = لم يحدث شيء لهذا العدّاد بعد.
# سطر من السجلّ: ما حدث للعدّاد ولماذا.
# $event (نص) - ما حدث، مثل «توقف مؤقتًا»
# $reason (نص) - السبب، مثل «تغيّرت الحالة إلى قيد الانتظار، بانتظار المشتري»
sla-audit-entry = { $event }: { $reason }
sla-event-started = بدأ
sla-event-paused = توقف مؤقتًا
sla-event-resumed = استُؤنف
sla-event-satisfied = تم الالتزام
sla-event-breached = تجاوز المهلة
sla-event-stopped = توقف
sla-event-reopened = أُعيد فتحها
sla-event-ignored = لم يُحتسب
sla-event-excluded = مستبعد
sla-event-calendar-time-fallback = احتُسب بالوقت الفعلي
sla-reason-buyer-message = كتب المشتري رسالة
sla-reason-oldest-unanswered-buyer-message = من أقدم رسالة للمشتري لم يُرد عليها
sla-reason-agent-reply = رد علني من موظف، قبلته القناة
sla-reason-status-pending = تغيّرت الحالة إلى قيد الانتظار، بانتظار المشتري
sla-reason-status-open = أُعيدت الحالة إلى مفتوحة
sla-reason-resolved = حُلّت المحادثة
sla-reason-closed = أُغلقت المحادثة
sla-reason-deadline-passed = انقضت المهلة دون رد صالح
sla-reason-auto-reply = الرد التلقائي لا يُحتسب أبدًا
sla-reason-internal-note = الملاحظة الداخلية لا تُحتسب أبدًا
sla-reason-reply-not-accepted = لم تقبل القناة الرد بعد
sla-reason-not-human-author = لم يكتب الرسالةَ موظف
sla-reason-no-response-needed = وُسمت بأنها لا تحتاج إلى رد
sla-reason-holiday-mode = وردت أثناء وضع العطلة في المتجر
sla-reason-seller-initiated = البائع هو من بدأ هذه المحادثة
sla-reason-calendar-missing = تقويم ساعات العمل الخاص بالسياسة غير موجود
sla-reason-item-not-received-opened = فتح المشتري طلب «لم تصل السلعة»
sla-reason-item-not-received-answered = تم الرد على طلب «لم تصل السلعة»
sla-reason-first-reply-only = لا تقيس المنصة إلا الرد الأول
