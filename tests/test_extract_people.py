"""Tests for analysis.extract.people: titles, names, honorifics, mentions, nationality."""

from analysis.extract.cleaning import prepare
from analysis.extract.countries import find_countries
from analysis.extract.people import find_people


def _people(text: str, meta: dict | None = None):
    doc = prepare("p", text, meta or {})
    people = find_people(doc, find_countries(doc))
    for person in people:
        for evidence in person.fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
        for mention in person.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
    return people


def _by_name(people):
    return {p.fact.name_ar: p for p in people}


def test_title_then_arabic_name_with_nationality():
    people = _by_name(_people("استقبل وزير الداخلية الكويتي الشيخ فهد بن سالم آل صباح وفدا."))
    person = people["الشيخ فهد بن سالم آل صباح"]
    assert person.fact.title_ar == "وزير الداخلية الكويتي"
    assert person.fact.country == "KWT"
    assert person.fact.id == "p1" and person.fact.role == "principal"


def test_ranks_go_to_honorific_and_sheikh_stays():
    people = _by_name(_people("وحضر اللقاء مدير الأمن العام اللواء سالم بن خالد الزعابي."))
    person = people["سالم بن خالد الزعابي"]
    assert person.fact.honorific_ar == "اللواء"
    assert person.fact.role == "attendee"


def test_foreign_name_after_title_and_comma():
    people = _by_name(_people("التقى الوزير رئيس كينيا، وليام روتو، في نيروبي."))
    assert people["وليام روتو"].fact.country == "KEN"


def test_foreign_name_with_alef_hamza_is_not_definite():
    people = _by_name(_people("بحث وزير الخارجية الإسباني ألفونسو داستيس الملفات المشتركة."))
    assert "ألفونسو داستيس" in people


def test_short_and_title_mentions_link_to_the_full_name():
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون ضيفه.\n"
        "وقال ماكرون إن العلاقات متينة.\n"
        "وأكد الرئيس الفرنسي أهمية التعاون."
    )
    people = _people(text)
    assert len(people) == 1
    kinds = [m.kind for m in people[0].mentions]
    assert kinds == ["name", "short", "title"]
    assert people[0].fact.aliases_ar == ["ماكرون"]


def test_appositive_title_and_later_bare_title():
    text = "استقبل الشيخ سعود بن صقر القاسمي حاكم رأس الخيمة الوفد.\nورحب حاكم رأس الخيمة بالضيوف."
    people = _people(text)
    assert [p.fact.name_ar for p in people] == ["الشيخ سعود بن صقر القاسمي"]
    assert people[0].fact.country == "ARE"
    assert people[0].mentions[-1].kind == "title"


def test_name_before_title_after_a_verb():
    people = _by_name(_people("وقال كارلوس ألبرتو قائد الشرطة في المدينة إن التحقيق مستمر."))
    assert "كارلوس ألبرتو" in people


def test_ambassador_takes_the_sending_country():
    text = "وحضر اللقاء سفير المغرب لدى تونس حسن طارق."
    person = _people(text)[0]
    assert person.fact.country == "MAR"


def test_domestic_office_takes_the_outlet_home_country():
    body = "أكد رئيس الحكومة يوسف العبيدي أهمية الإصلاحات."
    text = f"<DOC>\n<SRC>Jawhara FM</SRC>\n<TEXT>\n{body}\n</TEXT>\n</DOC>"
    person = _people(text)[0]
    assert person.fact.name_ar == "يوسف العبيدي" and person.fact.country == "TUN"


def test_ordinary_words_after_titles_are_not_names():
    text = (
        "ووعدت وزيرة الثقافة بتطوير المسرح.\n"
        "وتوقع الوزير ارتفاع الأسعار.\n"
        "ودعا رئيس الحكومة إلى الحوار.\n"
        "وأكد الشيخ أهمية التعاون."
    )
    assert _people(text) == []


def test_coordinated_names_are_two_people():
    people = _people("بحث الرئيس اليمني وعبدالله بن حمد العطية تطورات الأوضاع.")
    assert [p.fact.name_ar for p in people] == ["عبدالله بن حمد العطية"]


def test_empty_document():
    assert _people("") == []
