//! Buyers' names per culture, in their own script with a Latin transliteration, and which
//! culture a buyer's name comes from given where they live and what they write.

use rand::Rng;

/// Names of one culture. Entries are `native|Latin`, or just `Latin` for Latin-script cultures.
pub(super) struct Culture {
    /// Family name first, no space (Chinese, Japanese).
    pub family_first: bool,
    pub male: &'static [&'static str],
    pub female: &'static [&'static str],
    pub family: &'static [&'static str],
    /// Malay patronymics: "bin"/"binti" before the family (father's) name.
    pub patronymic: bool,
    /// Russian: the feminine family name adds an "а".
    pub feminine_suffix: bool,
}

const fn culture(
    male: &'static [&'static str],
    female: &'static [&'static str],
    family: &'static [&'static str],
) -> Culture {
    Culture {
        family_first: false,
        male,
        female,
        family,
        patronymic: false,
        feminine_suffix: false,
    }
}

static US: Culture = culture(
    &[
        "James", "Michael", "Robert", "David", "Chris", "Brandon", "Tyler", "Kevin", "Jason",
        "Marcus",
    ],
    &[
        "Jennifer", "Ashley", "Jessica", "Sarah", "Emily", "Megan", "Brittany", "Amanda", "Lauren",
        "Tiffany",
    ],
    &[
        "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thompson", "Robinson", "Clark", "Walker", "Nguyen",
    ],
);
static UK: Culture = culture(
    &[
        "Oliver", "Jack", "Harry", "George", "Liam", "Callum", "Ryan", "Tom", "Connor", "Josh",
    ],
    &[
        "Charlotte",
        "Emily",
        "Chloe",
        "Sophie",
        "Olivia",
        "Amelia",
        "Grace",
        "Hannah",
        "Jess",
        "Isla",
    ],
    &[
        "Smith", "Jones", "Taylor", "Brown", "Evans", "Wilson", "Roberts", "Walker", "Wright",
        "Hughes", "Campbell", "Kelly", "Patel",
    ],
);
static ES: Culture = culture(
    &[
        "Javier",
        "Carlos",
        "Alejandro",
        "Miguel",
        "José Luis",
        "Sergio",
        "Diego",
        "Luis",
        "Fernando",
        "Pablo",
    ],
    &[
        "María",
        "Lucía",
        "Carmen",
        "Laura",
        "Ana",
        "Sofía",
        "Guadalupe",
        "Daniela",
        "Fernanda",
        "Marta",
    ],
    &[
        "García",
        "Martínez",
        "López",
        "Hernández",
        "González",
        "Rodríguez",
        "Sánchez",
        "Pérez",
        "Ramírez",
        "Torres",
        "Flores",
        "Ruiz",
        "Jiménez",
        "Moreno",
    ],
);
static DE: Culture = culture(
    &[
        "Thomas", "Michael", "Andreas", "Stefan", "Jan", "Lukas", "Tobias", "Markus", "Florian",
        "Jürgen",
    ],
    &[
        "Sabine", "Katrin", "Anna", "Julia", "Lena", "Claudia", "Petra", "Sandra", "Laura",
        "Nicole",
    ],
    &[
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Gruber",
        "Huber",
        "Bauer",
    ],
);
static FR: Culture = culture(
    &[
        "Julien",
        "Nicolas",
        "Thomas",
        "Pierre",
        "Antoine",
        "Mathieu",
        "Sébastien",
        "Louis",
    ],
    &[
        "Camille", "Julie", "Marie", "Céline", "Léa", "Manon", "Élodie", "Chloé",
    ],
    &[
        "Martin", "Bernard", "Dubois", "Durand", "Robert", "Richard", "Petit", "Leroy", "Moreau",
        "Lefebvre", "Tremblay", "Gagnon", "Roy",
    ],
);
static PT: Culture = culture(
    &[
        "João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Felipe", "Rodrigo",
        "Tiago",
    ],
    &[
        "Ana",
        "Mariana",
        "Juliana",
        "Beatriz",
        "Camila",
        "Larissa",
        "Fernanda",
        "Inês",
        "Letícia",
        "Patrícia",
    ],
    &[
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Pereira",
        "Costa",
        "Ferreira",
        "Rodrigues",
        "Almeida",
        "Carvalho",
        "Lima",
        "Gomes",
    ],
);
static RU: Culture = Culture {
    feminine_suffix: true,
    ..culture(
        &[
            "Дмитрий|Dmitry",
            "Алексей|Alexey",
            "Сергей|Sergey",
            "Андрей|Andrey",
            "Иван|Ivan",
            "Максим|Maxim",
            "Николай|Nikolay",
            "Артём|Artyom",
        ],
        &[
            "Екатерина|Ekaterina",
            "Ольга|Olga",
            "Анна|Anna",
            "Наталья|Natalia",
            "Мария|Maria",
            "Юлия|Yulia",
            "Светлана|Svetlana",
            "Ирина|Irina",
        ],
        &[
            "Иванов|Ivanov",
            "Смирнов|Smirnov",
            "Кузнецов|Kuznetsov",
            "Попов|Popov",
            "Соколов|Sokolov",
            "Лебедев|Lebedev",
            "Новиков|Novikov",
            "Морозов|Morozov",
            "Волков|Volkov",
            "Павлов|Pavlov",
        ],
    )
};
static JA: Culture = Culture {
    family_first: true,
    ..culture(
        &[
            "健太|Kenta",
            "翔太|Shota",
            "大輔|Daisuke",
            "拓也|Takuya",
            "浩二|Koji",
            "直樹|Naoki",
            "亮|Ryo",
        ],
        &[
            "美咲|Misaki",
            "陽子|Yoko",
            "さくら|Sakura",
            "真由美|Mayumi",
            "彩|Aya",
            "恵|Megumi",
            "由美|Yumi",
        ],
        &[
            "佐藤|Sato",
            "鈴木|Suzuki",
            "高橋|Takahashi",
            "田中|Tanaka",
            "渡辺|Watanabe",
            "伊藤|Ito",
            "山本|Yamamoto",
            "中村|Nakamura",
            "小林|Kobayashi",
            "加藤|Kato",
        ],
    )
};
static ZH: Culture = Culture {
    family_first: true,
    ..culture(
        &[
            "伟杰|Wei Jie",
            "俊杰|Jun Jie",
            "志明|Zhi Ming",
            "家豪|Jia Hao",
            "国强|Guo Qiang",
            "文辉|Wen Hui",
        ],
        &[
            "美玲|Mei Ling",
            "慧敏|Hui Min",
            "丽华|Li Hua",
            "佳欣|Jia Xin",
            "雅婷|Ya Ting",
            "秀英|Xiu Ying",
        ],
        &[
            "陈|Tan", "林|Lim", "李|Lee", "黄|Ng", "王|Ong", "张|Teo", "刘|Lau", "吴|Goh",
        ],
    )
};
static SEA: Culture = culture(
    &[
        "Kelvin", "Jason", "Marcus", "Ryan", "Daniel", "Eugene", "Darren", "Benjamin",
    ],
    &[
        "Jasmine",
        "Michelle",
        "Rachel",
        "Cheryl",
        "Vanessa",
        "Charmaine",
        "Germaine",
        "Joanne",
    ],
    &[
        "Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Teo", "Ong", "Koh",
    ],
);
static MS: Culture = Culture {
    patronymic: true,
    ..culture(
        &[
            "Ahmad Faiz",
            "Muhammad Hafiz",
            "Amirul",
            "Syafiq",
            "Haziq",
            "Firdaus",
        ],
        &[
            "Nurul Aisyah",
            "Siti Nurhaliza",
            "Farah",
            "Aina",
            "Nur Izzati",
            "Syazwani",
        ],
        &["Rahman", "Ismail", "Hassan", "Abdullah", "Yusof", "Ibrahim"],
    )
};
static PH: Culture = culture(
    &[
        "Juan Carlos",
        "Mark Anthony",
        "John Paul",
        "Jerome",
        "Christian",
        "Paolo",
    ],
    &[
        "Maria Clara",
        "Kristine",
        "Angelica",
        "Joy",
        "Mary Grace",
        "Princess",
    ],
    &[
        "Santos",
        "Reyes",
        "Cruz",
        "Bautista",
        "Garcia",
        "Mendoza",
        "Villanueva",
        "Dela Cruz",
        "Aquino",
        "Ramos",
    ],
);
static AR: Culture = culture(
    &[
        "محمد|Mohammed",
        "عبدالله|Abdullah",
        "فهد|Fahad",
        "خالد|Khalid",
        "سلطان|Sultan",
        "أحمد|Ahmed",
        "عمر|Omar",
        "يوسف|Youssef",
    ],
    &[
        "نورة|Noura",
        "سارة|Sara",
        "فاطمة|Fatima",
        "ريم|Reem",
        "مريم|Maryam",
        "لطيفة|Latifa",
    ],
    &[
        "العتيبي|Al-Otaibi",
        "القحطاني|Al-Qahtani",
        "الشمري|Al-Shammari",
        "الغامدي|Al-Ghamdi",
        "المنصوري|Al-Mansouri",
        "الحربي|Al-Harbi",
        "الزهراني|Al-Zahrani",
        "الكعبي|Al-Kaabi",
    ],
);

/// The culture a buyer's name comes from, given where they live and what they write.
pub(super) fn culture_for(
    rng: &mut impl Rng,
    country: &str,
    lang: &str,
) -> (&'static Culture, bool) {
    // The bool says whether the name is shown in its native script.
    match (lang, country) {
        ("ja", _) => (&JA, true),
        ("zh", _) => (&ZH, true),
        ("ru", _) => (&RU, true),
        ("ar", _) => (&AR, true),
        ("de", _) => (&DE, true),
        ("fr", _) => (&FR, true),
        ("pt", _) => (&PT, true),
        ("es", _) => (&ES, true),
        (_, "SA" | "AE") => (&AR, false),
        (_, "RU") => (&RU, false),
        (_, "SG") => (&SEA, true),
        (_, "MY") => (if rng.gen_bool(0.5) { &MS } else { &SEA }, true),
        (_, "PH") => (&PH, true),
        (_, "GB" | "AU") => (&UK, true),
        (_, "CA") => (if rng.gen_bool(0.5) { &UK } else { &US }, true),
        _ => (&US, true),
    }
}
