# أخطاء الفرق التي يرسلها النواة (معرّفات رسائل AppError).

error-store-invalid-team-name = يحتاج الفريق إلى اسم لا يتجاوز 60 حرفًا.
error-store-team-name-taken = يوجد فريق آخر بهذا الاسم.
