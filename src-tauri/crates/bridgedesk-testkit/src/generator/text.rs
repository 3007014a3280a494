//! What buyers write, per language: names, mail providers, subjects and bodies, and the legacy
//! charsets their mail clients use. Written for this project (no copied corpus).

/// One buyer language with its realistic charsets (first is the most common legacy one).
pub(crate) struct Language {
    pub code: &'static str,
    pub charsets: &'static [&'static str],
    pub names: &'static [&'static str],
    pub providers: &'static [&'static str],
    pub amazon_tld: &'static str,
    /// (subject, body) with `{item}` and `{order}` placeholders.
    pub topics: &'static [(&'static str, &'static str)],
    pub follow_ups: &'static [&'static str],
}

pub(crate) const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        charsets: &["us-ascii", "utf-8"],
        names: &["Emily Carter", "James O'Neill", "Olivia Brown", "Michael Davis", "Sophie Turner"],
        providers: &["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
        amazon_tld: "com",
        topics: &[
            ("Where is my order {order}?", "Hi,\n\nI ordered the {item} two weeks ago and the tracking has not moved since it left China. Can you tell me when it will arrive?\n\nThanks"),
            ("{item} arrived broken", "Hello,\n\nThe {item} arrived today but the case is cracked and it does not switch on. I would like a replacement or a refund, please. Photos attached.\n\nRegards"),
            ("Question about {item} size", "Hi there,\n\nDoes the {item} come in a larger size? The one I received is too small. Can I exchange it?\n\nBest"),
        ],
        follow_ups: &["Any update on this? It has been three days.", "Thanks, I received it. All good now.", "I still have not heard back, please reply."],
    },
    Language {
        code: "es",
        charsets: &["iso-8859-1", "windows-1252", "utf-8"],
        names: &["María García", "José Martínez", "Lucía Fernández", "Íñigo Peña"],
        providers: &["gmail.com", "hotmail.es", "yahoo.es"],
        amazon_tld: "es",
        topics: &[
            ("¿Dónde está mi pedido {order}?", "Hola,\n\nPedí el {item} hace dos semanas y el seguimiento no se actualiza desde que salió de China. ¿Cuándo llegará?\n\nGracias"),
            ("El {item} llegó dañado", "Buenos días,\n\nEl {item} llegó con la caja rota y no funciona. Quiero un reembolso o un cambio, por favor. Adjunto fotos.\n\nUn saludo"),
        ],
        follow_ups: &["¿Alguna novedad? Han pasado tres días.", "Gracias, ya lo recibí. Todo bien.", "Sigo sin respuesta, por favor contésteme."],
    },
    Language {
        code: "de",
        charsets: &["iso-8859-15", "iso-8859-1", "utf-8"],
        names: &["Jürgen Müller", "Anna Schäfer", "Lukas Groß", "Sabine Weiß"],
        providers: &["web.de", "gmx.de", "t-online.de"],
        amazon_tld: "de",
        topics: &[
            ("Wo bleibt meine Bestellung {order}?", "Guten Tag,\n\nich habe den {item} vor zwei Wochen bestellt, die Sendungsverfolgung zeigt seit der Abfahrt aus China nichts Neues. Wann kommt das Paket?\n\nMit freundlichen Grüßen"),
            ("{item} beschädigt angekommen", "Hallo,\n\nder {item} ist heute angekommen, aber das Gehäuse ist gebrochen und er lässt sich nicht einschalten. Bitte um Ersatz oder Erstattung. Fotos anbei.\n\nGrüße"),
        ],
        follow_ups: &["Gibt es Neuigkeiten? Es sind drei Tage vergangen.", "Danke, ist angekommen. Alles gut.", "Ich warte immer noch auf eine Antwort."],
    },
    Language {
        code: "fr",
        charsets: &["iso-8859-1", "windows-1252", "utf-8"],
        names: &["Élodie Lefèvre", "François Dubois", "Chloé Moreau", "Benoît Girard"],
        providers: &["orange.fr", "free.fr", "laposte.net", "gmail.com"],
        amazon_tld: "fr",
        topics: &[
            ("Où est ma commande {order} ?", "Bonjour,\n\nJ'ai commandé le {item} il y a deux semaines et le suivi n'a pas bougé depuis son départ de Chine. Quand arrivera-t-il ?\n\nMerci d'avance"),
            ("{item} reçu abîmé", "Bonjour,\n\nLe {item} est arrivé aujourd'hui, le boîtier est fêlé et il ne s'allume pas. Je souhaite un remboursement ou un échange. Photos en pièce jointe.\n\nCordialement"),
        ],
        follow_ups: &["Des nouvelles ? Cela fait trois jours.", "Merci, bien reçu. Tout est réglé.", "Toujours pas de réponse, merci de me répondre."],
    },
    Language {
        code: "pt",
        charsets: &["iso-8859-1", "utf-8"],
        names: &["João Silva", "Ana Conceição", "Luís Gonçalves", "Mariana Araújo"],
        providers: &["gmail.com", "uol.com.br", "bol.com.br"],
        amazon_tld: "com.br",
        topics: &[
            ("Onde está meu pedido {order}?", "Olá,\n\nComprei o {item} há duas semanas e o rastreamento não atualiza desde que saiu da China. Quando vai chegar?\n\nObrigado"),
            ("{item} chegou quebrado", "Boa tarde,\n\nO {item} chegou hoje com a caixa amassada e não liga. Quero reembolso ou troca, por favor. Seguem fotos.\n\nAtenciosamente"),
        ],
        follow_ups: &["Alguma novidade? Já se passaram três dias.", "Obrigado, recebi. Tudo certo.", "Ainda sem resposta, por favor me respondam."],
    },
    Language {
        code: "ru",
        charsets: &["windows-1251", "koi8-r", "utf-8"],
        names: &["Иван Петров", "Ольга Смирнова", "Дмитрий Кузнецов", "Анна Волкова"],
        providers: &["mail.ru", "yandex.ru", "rambler.ru"],
        amazon_tld: "com",
        topics: &[
            ("Где мой заказ {order}?", "Здравствуйте!\n\nЯ заказал {item} две недели назад, но трек-номер не обновляется с момента отправки из Китая. Когда придёт посылка?\n\nСпасибо"),
            ("{item} пришёл повреждённым", "Добрый день!\n\n{item} пришёл сегодня, корпус треснул, не включается. Прошу замену или возврат денег. Фото во вложении.\n\nС уважением"),
        ],
        follow_ups: &["Есть новости? Прошло уже три дня.", "Спасибо, получил. Всё в порядке.", "Ответа до сих пор нет, пожалуйста, ответьте."],
    },
    Language {
        code: "ja",
        charsets: &["iso-2022-jp", "shift_jis", "utf-8"],
        names: &["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲"],
        providers: &["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
        amazon_tld: "co.jp",
        topics: &[
            ("注文{order}の配送状況について", "お世話になっております。\n\n二週間前に{item}を注文しましたが、中国から発送されてから追跡情報が更新されていません。いつ届きますか。\n\nよろしくお願いいたします。"),
            ("{item}が破損して届きました", "こんにちは。\n\n本日{item}が届きましたが、ケースが割れていて電源が入りません。交換または返金をお願いします。写真を添付します。\n\n宜しくお願いします。"),
        ],
        follow_ups: &["その後いかがでしょうか。三日経ちました。", "ありがとうございます。無事に届きました。", "まだ返信がありません。ご対応をお願いします。"],
    },
    Language {
        code: "zh",
        charsets: &["gbk", "gb18030", "big5", "utf-8"],
        names: &["王伟", "李娜", "张敏", "陈杰"],
        providers: &["qq.com", "163.com", "126.com", "sina.com"],
        amazon_tld: "com",
        topics: &[
            ("我的订单{order}到哪里了", "您好，\n\n我两周前买了{item}，从中国发出后物流信息一直没有更新，请问什么时候能到？\n\n谢谢"),
            ("收到的{item}有破损，要求退款", "你好，\n\n今天收到{item}，外壳裂了，开不了机。请给我换货或者退款，照片在附件里。\n\n谢谢"),
        ],
        follow_ups: &["请问有进展吗？已经三天了。", "谢谢，已经收到了，没问题。", "还没有回复，请尽快处理。"],
    },
    Language {
        code: "ar",
        charsets: &["windows-1256", "iso-8859-6", "utf-8"],
        names: &["محمد العلي", "فاطمة الزهراء", "أحمد منصور", "ليلى حسن"],
        providers: &["gmail.com", "hotmail.com", "yahoo.com"],
        amazon_tld: "ae",
        topics: &[
            ("أين طلبي {order}؟", "مرحباً،\n\nطلبت {item} قبل أسبوعين ولم يتم تحديث التتبع منذ شحنه من الصين. متى سيصل؟\n\nشكراً"),
            ("وصل {item} تالفاً", "السلام عليكم،\n\nوصل {item} اليوم والغلاف مكسور ولا يعمل. أريد استبدالاً أو استرداد المبلغ. الصور مرفقة.\n\nمع التحية"),
        ],
        follow_ups: &["هل من جديد؟ مرّت ثلاثة أيام.", "شكراً، استلمته. كل شيء على ما يرام.", "لم أتلقَّ رداً بعد، أرجو الرد."],
    },
];

/// Items a Shenzhen seller ships (brand-free, language-neutral model names).
pub(crate) const ITEMS: &[&str] = &[
    "BT-200 earbuds",
    "X9 phone case",
    "LED desk lamp L3",
    "USB-C hub H7",
    "smart watch W2",
    "power bank P10",
    "ring light R18",
    "mini projector M5",
    "drone D1",
    "keyboard K68",
];
