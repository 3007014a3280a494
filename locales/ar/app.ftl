# واجهة التطبيق: النافذة، وشاشة الترحيب، ومساحة العمل التالفة.

## اسم اللغة نفسها، ويُعرض بلغتها في قائمة الإعدادات

locale-name = العربية

## التطبيق

app-name = Bridgedesk
app-starting = جارٍ فتح مساحة العمل…
# $code: رمز الخطأ الداخلي (مثل store.busy)
app-error-fallback = حدث خطأ ما (الرمز { $code }). يُرجى المحاولة مرة أخرى.
# $detail: وصف تقني للخطأ، غالبًا بالإنجليزية
app-error-unexpected = حدثت مشكلة غير متوقعة في نافذة التطبيق: { $detail }
error-banner-dismiss = إغلاق

## الترحيب (مساحة عمل فارغة)

welcome-title = مرحبًا بك في Bridgedesk
welcome-line-1 = صندوق وارد واحد لكل رسائل المشترين: البريد الإلكتروني وeBay وAmazon وShopee وTikTok Shop وLazada وTelegram.
welcome-line-2 = تُحفظ كل البيانات على هذا الكمبيوتر، لذا يمكنك القراءة والبحث والرد حتى دون اتصال بالإنترنت.
welcome-demo = استكشف التطبيق ببيانات تجريبية
welcome-demo-hint = صندوق وارد واقعي يضم مشترين وطلبات وأرقام تتبع. لن يُرسل أي شيء إلى أي جهة.
welcome-demo-busy = جارٍ إنشاء صندوق الوارد التجريبي…
welcome-demo-busy-detail = جارٍ ملء قاعدة البيانات المحلية بمحادثات تجريبية. يستغرق ذلك بضع ثوانٍ.
welcome-add-account = إضافة حساب
welcome-add-account-hint = اربط بريدك الإلكتروني ومتاجرك على منصات البيع.

## مساحة العمل التالفة

unavailable-title = تعذّر فتح مساحة العمل
unavailable-path = ملف قاعدة البيانات:
unavailable-not-recoverable = لا يستطيع Bridgedesk إصلاح هذه المشكلة بنفسه. أغلق التطبيق، وتحقق من الملف والمجلد الذي يحتويه، ثم شغّل Bridgedesk من جديد.
move-aside = نقل الملف التالف جانبًا والبدء من جديد
move-aside-question = سيعيد Bridgedesk تسمية الملف التالف (ويُحتفظ به بجوار الملف الجديد، فلا يُحذف أي شيء) ثم يبدأ بمساحة عمل فارغة. هل تريد المتابعة؟
move-aside-confirm = نعم، انقله جانبًا
move-aside-cancel = إلغاء
