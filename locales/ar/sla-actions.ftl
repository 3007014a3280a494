# The conversation header's "no reply needed" action, shown while a buyer message waits.

action-no-response-needed = لا حاجة إلى رد
action-no-response-needed-title = رسالة المشتري لا تحتاج إلى رد: يوقف مهل الرد التي تنتظرها (في أمازون مثل „لا حاجة إلى رد“)
