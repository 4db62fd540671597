"""Tests for analysis.extract.people: titles, names, honorifics, mentions, nationality."""

import pytest

from analysis.extract import extract_text
from analysis.extract.cleaning import prepare
from analysis.extract.countries import find_countries
from analysis.extract.people import find_people, is_political_office


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


def _assert_names(cases: dict[str, set[str]]) -> None:
    """Each text's people are exactly the names given (the text names a failing case)."""
    for text, names in cases.items():
        assert set(_by_name(_people(text))) == names, text


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
    people = _by_name(_people("وقال القائد الفريق أول ركن جوزيف فوتيل إن التهديد قائم."))
    assert people["جوزيف فوتيل"].fact.honorific_ar == "الفريق أول ركن"


def test_foreign_name_after_title_and_comma():
    people = _by_name(_people("التقى الوزير رئيس كينيا، وليام روتو، في نيروبي."))
    assert people["وليام روتو"].fact.country == "KEN"


def test_name_set_off_by_commas_may_open_like_a_verbal_noun():
    # بورج reads like ب + a three-letter verbal noun (بمنع), but a short phrase between
    # commas right after a title is the name; a verbal-noun phrase after a comma is not.
    people = _by_name(_people("أكد وزير الخارجية النرويجي، بورج براندي، حرص بلاده."))
    assert people["بورج براندي"].fact.country == "NOR"
    assert _people("وصل وزير الخارجية، بهدف تعزيز التعاون.") == []


def test_compound_family_name_with_the_divine_name():
    people = _by_name(_people("استهدف الهجوم رئيس الوزراء رامي الحمد الله في غزة."))
    assert "رامي الحمد الله" in people


def test_noun_governing_an_institution_after_a_title_is_not_a_name():
    assert _people("وأكد الرئيس الفلسطيني حرص الحكومة على مصالح الشعب.") == []
    assert _people("بحث الرئيس مع وزير الخارجية الروسي سبل التسوية السياسية.") == []
    people = _by_name(_people("وقال الرئيس السوري بشار الأسد إن الحكومة مستمرة."))
    assert list(people) == ["بشار الأسد"]


def test_quotation_after_a_title_is_not_a_name_but_a_quoted_name_is():
    assert _people('وتابع الرئيس الفرنسي "أريد تهنئتكم كبلد منظم بالمسار الجيد".') == []
    people = _by_name(_people('أعلن وزير خارجية النرويج، "بورج براند"، قرار بلاده.'))
    assert "بورج براند" in people


def test_known_family_name_after_a_name_is_another_persons_short_mention():
    text = (
        "التقى وزير الخارجية الأميركي مايك بومبيو الزعيم الكوري.\n"
        "وأرسل الرئيس الأميركي دونالد ترامب بومبيو إلى بيونغ يانغ."
    )
    assert sorted(_by_name(_people(text))) == ["دونالد ترامب", "مايك بومبيو"]
    # Brothers share a family name after بن: both names stay whole.
    text = "استقبل الشيخ سيف بن زايد آل نهيان الشيخ هزاع بن زايد آل نهيان."
    assert all(name.endswith("آل نهيان") for name in _by_name(_people(text)))


def test_name_set_off_by_commas_after_a_long_title_phrase():
    text = "وقالت مديرة قسم الشرق الأوسط في هيومن رايتس ووتش، سارة ليا ويتسن، إن الوضع سيئ."
    person = _by_name(_people(text))["سارة ليا ويتسن"]
    assert "هيومن رايتس ووتش" in person.fact.title_ar
    text = "وقالت وزيرة الاقتصاد الألمانية، بريجيته تسيبريس، إن النمو مستمر."
    assert _by_name(_people(text))["بريجيته تسيبريس"].fact.country == "DEU"
    assert _people("وقال وزير الخارجية في مؤتمر صحفي، إن الوضع سيئ.") == []
    assert _people("وأكد رئيس الوزراء، أهمية التعاون، وقال إن الوضع جيد.") == []


def test_name_stops_before_a_verb_or_an_accusative_but_not_a_last_name_of_that_shape():
    cases = {
        "وكان كريستوفر كولومبوس يبحر في المحيط.": "كريستوفر كولومبوس",
        "ووقع محمد صلاح عقدا جديدا مع النادي.": "محمد صلاح",
        "ووصل جان كلود يونكر إلى اليابان.": "جان كلود يونكر",
        "وقال ستيفان دي ميستورا إن المحادثات مستمرة.": "ستيفان دي ميستورا",
        "ويزور الوزير آلان بيتر كايتانو البلاد.": "آلان بيتر كايتانو",
        "وترأس السفير سونغ كيم وفدا إلى بانمونغوم.": "سونغ كيم",
        "وقال ميشيل تامر خسائر المتحف كبيرة.": "ميشيل تامر",
    }
    for text, name in cases.items():
        assert name in _by_name(_people(text)), text


def test_supranational_office_takes_no_outlet_home_and_foreign_names_in_fal():
    for office, country in (("البرلمان الأوروبي", None), ("البرلمان", "TUN")):
        body = f"وتوقع رئيس {office}، مارتن شولتز، أن تبدأ المفاوضات سريعا."
        text = f"<DOC>\n<SRC>Jawhara FM</SRC>\n<TEXT>\n{body}\n</TEXT>\n</DOC>"
        assert _by_name(_people(text))["مارتن شولتز"].fact.country == country, office
    text = "وقال وزير الخارجية الألماني، فرانك فالتر شتاينماير، إن اليوم حزين."
    assert "فرانك فالتر شتاينماير" in _by_name(_people(text))


def test_a_role_word_after_a_name_is_not_part_of_it():
    text = "ويحضر رئيس مجلس الأمة الجزائري عبد القادر بن صالح ممثلا عن الرئيس."
    assert list(_by_name(_people(text))) == ["عبد القادر بن صالح"]
    text = "ويشارك الرئيس التشادي إدريس ديبي ضيفا على القمة."
    assert list(_by_name(_people(text))) == ["إدريس ديبي"]


def test_kuwaiti_royal_names_run_through_the_fathers_to_the_family():
    text = "وقال وزير الخارجية الشيخ صباح خالد الحمد الصباح إن الاتفاق مهم."
    assert list(_by_name(_people(text))) == ["الشيخ صباح خالد الحمد الصباح"]
    assert _people("وصل الشيخ صباح اليوم إلى الرياض.") == []


def test_given_name_then_a_verb_and_its_preposition_is_no_full_name():
    assert "جمال ينحدر" not in _by_name(_people("جمال ينحدر من عائلة سعودية ثرية."))


def test_indefinite_title_and_its_adjective_are_no_name():
    assert _people("قال وزير اتحادي بارز إن الحكومة تدرس الخيارات.") == []


def test_title_with_general_or_a_long_state_name_before_a_comma_and_the_name():
    text = "وأكد مدير عام هيئة المواصفات، عبد الله المعيني، أن الربط مهم."
    assert "عبد الله المعيني" in _by_name(_people(text))
    people = _by_name(_people("أعلن وزير خارجية مملكة النرويج، بورج براند، قرار بلاده."))
    assert people["بورج براند"].fact.country == "NOR"
    assert _people("أقال المصرف مدير عام مصرف التمويل.") == []


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


def test_foreign_story_of_a_national_outlet_keeps_home_off_unnamed_offices():
    body = (
        "أكدت قطر إبرام صفقة مع الولايات المتحدة لشراء مقاتلات.\n"
        "وناقش وزير الدفاع خالد العطية العمليات الجارية."
    )
    text = f"<DOC>\n<SRC>Jawhara FM</SRC>\n<TEXT>\n{body}\n</TEXT>\n</DOC>"
    assert _by_name(_people(text))["خالد العطية"].fact.country is None


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


# Generalization: given-name lexicon, stop words, appositions and foreign name shapes.


def test_family_name_after_abd_and_divine_name_is_kept():
    people = _by_name(_people("قال الرئيس المصري عبد الفتاح السيسي إن بلاده مستعدة."))
    assert "عبد الفتاح السيسي" in people
    assert people["عبد الفتاح السيسي"].fact.country == "EGY"


def test_name_stops_before_a_preposition_on_a_masdar():
    people = _by_name(_people("دعا الرئيس الأميركي دونالد ترمب لعقد قمة جديدة."))
    assert set(people) == {"دونالد ترمب"}


def test_korean_final_part_in_is_kept_when_no_clause_follows():
    people = _by_name(_people("التقى الوزير الرئيس الكوري الجنوبي مون جيه إن في سيول."))
    assert "مون جيه إن" in people


def test_given_name_after_a_speech_verb_with_comma_title():
    people = _by_name(_people("وقال علي شمخاني، أمين المجلس الأعلى للأمن القومي، إن الخيار مطروح."))
    assert people["علي شمخاني"].fact.title_ar == "أمين المجلس الأعلى للأمن القومي"


def test_name_before_its_title_after_a_comma():
    people = _by_name(_people("وقال لام فول قبريال، نائب المتحدث باسم الجيش، إن القوات تقدمت."))
    assert "لام فول قبريال" in people


def test_preposition_ala_is_not_the_name_ali():
    people = _people("وأكد أن الوزير على علم بالموضوع وتوجه على رأس وفد.")
    assert people == []


def test_hashtag_and_comma_around_a_titled_name():
    people = _by_name(_people("وأعلن الرئيس الأميركي، دونالد #ترمب، الجمعة عقوبات جديدة."))
    assert "دونالد ترمب" in people


def test_indefinite_title_with_nisba_names_nobody():
    assert _people("وكان أول رئيس كوري شمالي تطأ قدماه أرض الجنوب.") == []


def test_titles_followed_by_ordinary_words_are_not_people():
    text = "وحضر الوزير لقاءات هامة. وقال المدير بمستشفى المدينة إن الحالة مستقرة."
    assert _people(text) == []


def test_coordinated_peers_each_get_their_nationality():
    people = _by_name(
        _people("واجتمع وزراء الخارجية الروسي سيرغي لافروف والتركي مولود تشاوش أوغلو في موسكو.")
    )
    assert people["سيرغي لافروف"].fact.country == "RUS"
    assert people["مولود تشاوش أوغلو"].fact.country == "TUR"


def test_governor_title_takes_the_place_name():
    people = _by_name(_people("التقى السفير اليوم بوالي صفاقس، الحبيب شواط."))
    assert "الحبيب شواط" in people and "صفاقس" not in people


@pytest.mark.parametrize(
    ("title", "political"),
    [
        ("الرئيس الفرنسي", True),
        ("للرئيس الصيني", True),
        ("رئيس إريتريا", True),
        ("رئيس الوزراء اللبناني", True),
        ("رئيس مجلس الوزراء", True),
        ("ولي عهد أبوظبي", True),
        ("وزير خارجية مملكة النرويج", True),
        ("وزير الشؤون الخارجية", True),
        ("المستشارة الألمانية", True),
        ("سفير الولايات المتحدة بتونس", True),
        ("وزير الداخلية البحرينى", False),
        ("الرئيس التنفيذي لشركة مصدر", False),
        ("الرئيس التنفيذي", False),
        ("رئيس مجلس إدارة الشركة", False),
        ("رئيس الاتحاد", False),
        ("المتحدث باسم الخارجية", False),
        ("", False),
        (None, False),
    ],
)
def test_political_offices(title, political):
    assert is_political_office(title) is political


def test_nouns_governing_a_title_are_not_a_name_before_it():
    people = _by_name(_people("وقال الرئيس إنه يعتزم إرسال مبعوث خاص إلى كوريا الشمالية."))
    assert "إرسال" not in people
    people = _by_name(_people("وقال روبرتو روباداي قائد فريق الإطفاء إن الحريق انتهى."))
    assert "روبرتو روباداي" in people


def test_places_named_after_people_are_not_people():
    text = "استقبل ولي العهد الأمير محمد بن سلمان ضيفه لدى وصوله مطار الملك عبدالعزيز."
    people = _by_name(_people(text))
    assert "الأمير محمد بن سلمان" in people and "عبدالعزيز" not in people
    people = _by_name(_people("وجاء الهدف عن طريق المهاجم الأرجنتيني ليونيل ميسي."))
    assert "ليونيل ميسي" in people
    # with a clitic on the place noun; districts and towns are named after people too
    _assert_names(
        {
            "وهبطت الطائرة بمطار الملك خالد الدولي.": set(),
            "استهدف الهجوم مطبخا بمديرية الشيخ عثمان شمال عدن.": set(),
            "وقتل مسلحون في بلدة الشيخ زويد الساحلية.": set(),
        }
    )


def test_plural_or_dual_verbs_after_a_title_and_abe():
    text = "تحلق القادة حول هاتف وزير الخارجية التركي وأخذوا يتابعون المباراة."
    assert _by_name(_people(text)) == {}
    text = "وقال إن رئيس الأركان الروسي ورئيس الأركان الأمريكي تحدثا هاتفيا اليوم."
    assert _by_name(_people(text)) == {}
    text = "تستضيف القمة رئيس الوزراء الياباني شينزو آبي في موسكو."
    assert set(_by_name(_people(text))) == {"شينزو آبي"}


def test_month_names_as_last_names_and_compound_names_in_allah():
    text = "حثت رئيسة الوزراء البريطانية تيريزا ماي السبت القادة الأوروبيين."
    assert set(_by_name(_people(text))) == {"تيريزا ماي"}
    assert _by_name(_people("وزار الرئيس تونس يوم 3 ماي 2017.")) == {}
    text = "وقال رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى عبدالله صنع الله إن الهجوم فشل."
    assert set(_by_name(_people(text))) == {"مصطفى عبدالله صنع الله"}
    text = "وقال القائد علي ميليشيات حزب الله تنسحب."
    assert "علي ميليشيات حزب الله" not in _by_name(_people(text))


def test_spelling_variants_merge_and_names_end_before_prepositional_nouns():
    text = (
        "التقى الزعيم الكوري الشمالي كيم جونج أون ضيفه.\n"
        "وقال الزعيم الكوري الشمالي كيم جونغ-أون إن القمة تاريخية."
    )
    assert set(_by_name(_people(text))) == {"كيم جونج أون"}
    text = "عبر الرئيس الفرنسي عن رغبته ونظيره الروسي فلاديمير بوتين بإنشاء آلية تنسيق."
    assert "فلاديمير بوتين" in _by_name(_people(text))
    text = "وتبادل ترامب والزعيم الكوري الشمالي كيم مما عزز المخاوف الإهانات."
    assert "كيم مما" not in _by_name(_people(text))


def test_a_name_ends_before_a_verb_or_an_accusative_with_its_adjective():
    # (ترامب: a family name the news writes alone)
    assert set(_by_name(_people("كيم يقبل دعوة ترامب لزيارة واشنطن."))) <= {"كيم", "ترامب"}
    text = "فيما أطلقت إدارة الرئيس دونالد ترامب جهودا جديدة لإجراء محادثات."
    assert set(_by_name(_people(text))) == {"دونالد ترامب"}


def test_foreign_names_in_fal_after_a_title():
    text = "وقال رئيس هيئة الأركان العامة الروسية فاليري جيراسيموف إن موسكو على علم."
    people = _by_name(_people(text))
    assert set(people) == {"فاليري جيراسيموف"}
    assert people["فاليري جيراسيموف"].fact.title_ar == "رئيس هيئة الأركان العامة الروسية"


def test_a_rulers_title_that_is_also_a_given_name():
    people = _by_name(_people("ممثلا عن سلطان عمان قابوس بن سعيد."))
    assert set(people) == {"قابوس بن سعيد"}
    assert (people["قابوس بن سعيد"].fact.title_ar, people["قابوس بن سعيد"].fact.country) == (
        "سلطان عمان",
        "OMN",
    )
    assert set(_by_name(_people("وقال الأمير سلطان بن سلمان إن السياحة مهمة."))) == {
        "الأمير سلطان بن سلمان"
    }


def test_a_name_without_the_fathers_name_is_the_same_person():
    text = (
        "وأكد مصطفى صنع الله، رئيس المؤسسة الوطنية للنفط، أن الهجوم فشل.\n"
        "وقال رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى عبدالله صنع الله إن العمل مستمر."
    )
    people = _people(text)
    assert len(people) == 1 and len(people[0].mentions) >= 2


def test_a_counterpart_holds_the_office_of_the_person_it_answers():
    facts = extract_text(
        "عبر الرئيس الفرنسي إيمانويل ماكرون عن رغبته ونظيره الروسي فلاديمير بوتين بإنشاء آلية.\n"
        "وقال الرئيس الروسي إن العلاقات جيدة."
    )
    said = [(s.speaker_name_ar, s.verb_ar) for s in facts.statements]
    assert ("فلاديمير بوتين", "قال") in said


def test_names_in_ya_are_not_adverbs():
    text = "وقالت وزيرة الخارجية الكندية شيرستيا فريلاند إن الرسوم مؤسفة."
    assert set(_by_name(_people(text))) == {"شيرستيا فريلاند"}
    text = "وقال الوزير الأمريكي هاتفيا إن الرسوم مؤسفة."
    assert _by_name(_people(text)) == {}


def test_a_name_after_a_preposition_when_a_comma_sets_its_title_off():
    text = "وقالت إنها بحثت مع كريستالينا جيروجيفا، المديرة الإدارية للبنك الدولي، التمويل."
    assert set(_by_name(_people(text))) == {"كريستالينا جيروجيفا"}
    text = "وتحدث مع مواطنه ماوريتسيو ساري، مدرب نابولي، عن المباراة."
    assert set(_by_name(_people(text))) == {"ماوريتسيو ساري"}
    # with no comma the preposition's object is not read as a name before a title (the
    # family name the news writes alone is a name of its own, with no title)
    people = _by_name(_people("وجاء ذلك في رسالة من كلينتون مرشحة الحزب."))
    assert set(people) <= {"كلينتون"}
    assert all(p.fact.title_ar is None for p in people.values())


def test_compound_first_names_in_al_din():
    text = "وقال الأمين العام المساعد بدر الدين العلالي إن القرار مهم."
    assert set(_by_name(_people(text))) == {"بدر الدين العلالي"}
    text = "وقال رئيس الحكومة المغربية سعد الدين العثماني إن الحوار مستمر."
    assert set(_by_name(_people(text))) == {"سعد الدين العثماني"}


def test_an_al_given_name_runs_through_a_title_like_word():
    people = _by_name(_people("وقال الباجي قايد السبسي إن التعاون مهم."))
    assert set(people) == {"الباجي قايد السبسي"}
    assert people["الباجي قايد السبسي"].fact.title_ar is None


def test_no_name_starts_with_wa_on_a_noun_after_a_title_and_one_word_names_end_before_bi():
    text = "وقع وزراء الخارجية والري ورؤساء أجهزة المخابرات بكل من مصر والسودان الاتفاق."
    assert _by_name(_people(text)) == {}
    text = "وتقوم ابنة زعيم الحزب الشيوعي راؤول كاسترو بحملة من أجل الحقوق."
    assert set(_by_name(_people(text))) == {"راؤول كاسترو"}
    text = "وقال السيناتور فرانسيس بانغيلينان إن القرار خاطئ."
    assert set(_by_name(_people(text))) == {"فرانسيس بانغيلينان"}


def test_person_nouns_open_names_but_not_verbs_nouns_or_starters():
    text = "وكانت تسميم الجاسوس الروسي السابق سيرغي سكريبال في سالزبري قد أثار أزمة."
    assert set(_by_name(_people(text))) == {"سيرغي سكريبال"}
    text = "وقال المحامي الحقوقي نجاد البرعي إن القضية سياسية."
    assert set(_by_name(_people(text))) == {"نجاد البرعي"}
    assert _by_name(_people("وهو محمد رضا صمدي، المتهم بتدبير تفجير مقر الحزب.")) == {}
    assert _by_name(_people("ويرى المحلل تأثير طفيف على المدى الطويل.")) == {}


def test_a_listed_name_after_a_comma_and_wa_is_no_name_of_the_title_before():
    text = (
        "كما يضم الوفد خلدون خليفة المبارك رئيس جهاز الشؤون التنفيذية، ومحمد مبارك المزروعي "
        "وكيل ديوان ولي عهد أبوظبي، ومعضد حارب مغير الخييلي سفير الإمارات لدى روسيا."
    )
    people = _by_name(_people(text))
    assert "محمد مبارك المزروعي" in people
    assert not any(name.startswith("ومعضد") for name in people)


def test_a_name_stops_before_a_future_verb_and_an_opening_quote_after_in():
    people = _by_name(_people("وقال الرئيس الفرنسي ايمانويل ماكرون سيقرر الأمر خلال أيام."))
    assert "ايمانويل ماكرون" in people
    people = _by_name(_people('قال وزير الدولة للشؤون الخارجية أنور قرقاش إن "عهد الإمارات باق".'))
    assert "أنور قرقاش" in people


def test_a_title_may_name_the_body_its_office_is_in():
    people = _by_name(_people("وقال القيادي في حركة النهضة علي العريض إن الأمر محسوم."))
    assert "علي العريض" in people
    # a body not named by a definite word ends the title: no name is read after it
    assert not _people("وقال الباحث في جامعة دورتموند إن النتائج مهمة.")


def test_a_foreign_family_name_particle_after_a_given_name_stays_in_the_name():
    people = _by_name(_people("وقال وزير الخارجية جان إيف لو دريان إن فرنسا مستعدة."))
    assert "جان إيف لو دريان" in people
    people = _by_name(_people("وقال اللاعب ليونيل ميسي لو خاض المباراة لفاز."))
    assert "ليونيل ميسي" in people


def test_a_feminine_past_verb_joined_by_wa_after_a_title_is_no_name():
    assert not _people("باشرها رئيس الوزراء الإثيوبي وأفضت إلى زيارته للعاصمة.")


def test_an_untitled_given_name_may_begin_with_waw_or_fa():
    # و/ف may be the name's own first letter: فلاديمير is not ف + لاديمير
    assert "فلاديمير بوتين" in _by_name(_people("وقال فلاديمير بوتين إن الأمر محسوم."))
    assert "وليد جنبلاط" in _by_name(_people("وقال وليد جنبلاط إن الأمر محسوم."))


def test_untitled_foreign_name_after_a_noun_takes_one_family_name():
    # A foreign given name is no ordinary word: it opens a name after any word, and with
    # no title it takes one family name, not the verb or conjunct after it.
    cases = {
        "وتراجعت شعبية إدارة دونالد ترامب في الاستطلاع.": {"دونالد ترامب"},
        "وقال إن مارك زوكربيرغ يثق في الفريق.": {"مارك زوكربيرغ"},
        "وحضر الحفل خوان كارلوس فيريرو.": {"خوان كارلوس فيريرو"},  # two given names
        # a second family word the text repeats on its own is part of the name
        "وقال جيمس منداي إينوكا إن الانفجار وقع.\nوقال إينوكا إن العدد زاد.": {
            "جيمس منداي إينوكا"
        },
        "ويتابع الجمهور توم وجيري كل صباح.": set(),
        # an ordinary word after the given name is no family name
        "وقال بيل مهاجم ريال مدريد إنه جاهز.": set(),
        "وسجل مايكل الجزء الأول من الفيلم.": set(),
        "وقال ستيفان الشعراوي إنه جاهز.": {"ستيفان الشعراوي"},
        # East Asian names put the family name first and run through the given name
        "وتلقى الرئيس رسالة من كيم جونغ أون اليوم.": {"كيم جونغ أون"},
        # a city, not a person: "يانغ" after "بيونغ"
        "ووصل الوفد إلى بيونغ يانغ صباح اليوم.": set(),
    }
    _assert_names(cases)


def test_title_after_a_name_governing_an_object_is_no_apposition():
    # After a preposition or as a counterpart, the title names a second person.
    cases = {
        "وقال شارل ميشال للرئيس الفرنسي إيمانويل ماكرون إن المنتخب محظوظ.": {
            "شارل ميشال", "إيمانويل ماكرون"
        },
        "أبلغ الرئيس الفرنسي إيمانويل ماكرون نظيره الأميركي دونالد ترامب في اتصال.": {
            "إيمانويل ماكرون", "دونالد ترامب"
        },
    }
    _assert_names(cases)


def test_name_stops_before_a_preposition_glued_to_a_name_written_bare_elsewhere():
    text = (
        "التقى الرئيس الروسي فلاديمير بوتين نظيره الفرنسي.\n"
        "وقال الرئيس الفرنسي إيمانويل ماكرون لبوتين إن الوضع خطير."
    )
    assert set(_by_name(_people(text))) == {"فلاديمير بوتين", "إيمانويل ماكرون"}


def test_inna_closes_only_an_east_asian_name():
    # "مون جيه إن" is Moon Jae-in; after Lavrov's name, إن is the particle.
    assert "مون جيه إن" in _by_name(_people("وقال الرئيس الكوري الجنوبي، مون جيه إن، للصحفيين"))
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن: الوضع خطير."
    assert set(_by_name(_people(text))) == {"سيرغي لافروف"}


def test_east_asian_syllables_that_are_arabic_words_stay_in_the_name():
    # كي ("so that"), هو/هي ("he", "she") are syllables of Korean names after a family name;
    # not before a verb, nor as a copula before a relative.
    _assert_names(
        {
            "ووصف نائب وزير الخارجية الكوري الشمالي كيم كي غوان قرار ترامب.": {
                "كيم كي غوان",
                "ترامب",
            },
            "ووصل وزير خارجية كوريا الشمالية ري يونغ هو إلى ستوكهولم.": {"ري يونغ هو"},
            "أدانت المحكمة الرئيسة الكورية الجنوبية بارك غيون هي بالفساد.": {"بارك غيون هي"},
            "وأحضرت المعجنات للرئيس مون كي يستمتع بها.": {"مون"},
            "وقال وزير الخارجية الصيني وانغ يي هو الذي اقترح اللقاء.": {"وانغ يي"},
        }
    )
    text = "ويأمل اجتماعات قبل أي قمة بين كيم وترامب كي يتسنى للرئيس الحصول على نصيحة."
    assert not any(name.endswith("كي") for name in _by_name(_people(text)))


def test_monarch_title_before_a_state_is_an_office_title():
    people = _by_name(_people("دعا ملك الأردن عبد الله الثاني الحكومة إلى الحوار."))
    person = people["عبد الله الثاني"]
    assert person.fact.title_ar == "ملك الأردن" and person.fact.country == "JOR"
    assert "محمد السادس" in _by_name(_people("استقبل ملك المغرب محمد السادس الوفد."))
    assert _people("وهذه الأرض ملك الدولة منذ عقود.") == []


def test_a_hyphen_joins_the_parts_of_one_name():
    text = "وقال متحدث باسم المكتب الرئاسي في سول، كيم إيوي-كيوم، إن الحكومة تبذل جهدها."
    assert set(_by_name(_people(text))) == {"كيم إيوي-كيوم"}


def test_a_name_stops_before_a_common_noun_and_its_complement():
    cases = {
        "حضر الرئيس الروسي فلاديمير بوتين حفل زفاف وزيرة الخارجية النمساوية.": "فلاديمير بوتين",
    }
    for text, name in cases.items():
        assert name in _by_name(_people(text)), text


def test_a_definite_title_after_a_name_opens_a_second_person():
    text = (
        "التقى وزير الخارجية الأميركي مايك بومبيو الرئيس المكسيكي المنتخب أندريس مانويل "
        "لوبيز أوبرادور في مكسيكو."
    )
    assert set(_by_name(_people(text))) == {"مايك بومبيو", "أندريس مانويل لوبيز أوبرادور"}
    # an indefinite one is an apposition; a modal verb is no name
    assert _people("وسجل فريد لاعب وسط شاختار دونيتسك هدفا.") == []
    text = "قال إن المدرب خورخي سامباولي المدير الفني للمنتخب يجب أن يجد الوسيلة."
    assert set(_by_name(_people(text))) == {"خورخي سامباولي"}


def test_a_later_family_name_in_abd_links_however_it_is_spaced():
    text = (
        "قال قصي عبد الفتاح المدير العام بوزارة التخطيط إن الإعمار سيكلف كثيرا.\n"
        "وقال عبد الفتاح في المؤتمر إن الحاجة كبيرة."
    )
    people = _people(text)
    assert [p.fact.name_ar for p in people] == ["قصي عبد الفتاح"]
    assert [m.kind for m in people[0].mentions] == ["name", "short"]


def test_a_common_noun_and_its_complement_after_a_title_are_no_name():
    from analysis.extract.people import _read_name

    for text in ("يرى الرئيس الأميركي نتائج القمة المرتقبة.", "ودان المتحدث حادث الاغتيال."):
        doc = prepare("p", text, {})
        title_end = 3 if "الأميركي" in text else 2
        assert _read_name(doc, title_end, after_title=True) is None, text
    doc = prepare("p", "قال الوزير خير الدين العلالي إن الوضع جيد.", {})
    assert _read_name(doc, 2, after_title=True) is not None


def test_an_east_asian_name_is_taken_up_by_its_family_name():
    text = "التقى الزعيم الكوري الشمالي كيم جونغ أون الوفد.\nوقال كيم إن بلاده مستعدة للحوار."
    facts = extract_text(text)
    assert [(p.name_ar, p.aliases_ar) for p in facts.people] == [("كيم جونغ أون", ["كيم"])]
    assert [(s.speaker_name_ar, s.verb_ar) for s in facts.statements] == [("كيم جونغ أون", "قال")]


def test_corpus_frequent_foreign_given_names_open_untitled_names():
    assert "يورغن كلوب" in _by_name(_people("واجتمع يورغن كلوب مع اللاعبين أمس."))
    assert "إيلون ماسك" in _by_name(_people("وأعلنت شركة تسلا أن إيلون ماسك سيبقى."))


def test_a_word_with_latin_letters_is_no_part_of_a_name():
    text = "وقال وزير الاقتصاد الفرنسي برونو لو مير Yن فرنسا لن تتفاوض."
    assert "برونو لو مير" in _by_name(_people(text))


def test_a_lone_common_noun_after_a_title_is_no_name():
    cases = [
        "التقى الأمين العام وفدا يرأسه الناطق باسم جماعة الحوثي، ذراع إيران في اليمن.",
        "وحقق النجم المصري رقما آخر بعد أن أصبح ثالث لاعب يسجل 40 هدفا.",
    ]
    for text in cases:
        assert _people(text) == [], text


def test_a_foreign_given_name_after_l_or_b_opens_a_name():
    cases = {
        "وبعث برسالة لدونالد ترامب أمس.": {"دونالد ترامب"},
        "وقال إن الرياضيين عبيد لكيم جونغ أون زعيم البلاد.": {"كيم جونغ أون"},
        "وقال لأمل أن تعود.": set(),  # an Arabic given name after ل is mostly a word
    }
    _assert_names(cases)


def test_a_royal_known_by_a_foreign_given_name_alone():
    # "الأمير تشارلز" is the whole name; "الشيخ محمد" after "الشيخ محمد بن راشد" is its short
    # form, not another person; a kept honorific with و is still kept
    text = "وحضر الأمير تشارلز والأمير هاري حفل الزفاف."
    assert set(_by_name(_people(text))) == {"الأمير تشارلز", "الأمير هاري"}
    text = "استقبل الشيخ محمد بن راشد الوزير. وقال الشيخ محمد إن الزيارة مهمة."
    assert set(_by_name(_people(text))) == {"الشيخ محمد بن راشد"}


def test_foreign_particles_counts_and_noble_titles():
    cases = {
        # Dutch and German particles, one or two of them
        "وقال الوزير إريك فان دير سيغبث إن الاتفاق مهم.": {"إريك فان دير سيغبث"},
        "وقالت وزيرة الدفاع أورسولا فون دير لاين إن الحلف قوي.": {"أورسولا فون دير لاين"},
        # a word with digits is a count, not a name
        "وحضر 80 رئيس دولة و80 وزيرا القمة.": set(),
        # a duke's title ends the name and names nobody
        "وحضر الأمير وليام دوق كامبريدج ودوق ادنبرة الحفل.": {"الأمير وليام"},
    }
    _assert_names(cases)


def test_korean_family_names_chung_and_choe_open_a_name():
    cases = {
        "وقال تشونغ أوي يونغ إن كوريا الشمالية مستعدة.": {"تشونغ أوي يونغ"},
        "وكانت مسؤولة من كوريا الشمالية، هي تشوي سون هوي، قالت إن الاجتماع ممكن.": {
            "تشوي سون هوي"
        },
    }
    _assert_names(cases)


def test_womens_and_english_given_names_open_a_name():
    cases = {
        "قالت لينا خليل، الشريك المؤسس في الشركة، إن الصفقة جيدة.": {"لينا خليل"},
        "ونقلت الوكالة عن غلين كيربي المسؤول في المقاطعة أن المشتبه فيه محتجز.": {"غلين كيربي"},
    }
    _assert_names(cases)


def test_a_title_runs_through_the_place_or_body_before_the_name():
    cases = {
        "وذكرت الممثلة السامية في الاتحاد الأوروبي فيدريكا موغريني أن الاجتماع مهم.": {
            "فيدريكا موغريني"
        },
        "وطالب سفير روسيا في الأمم المتحدة فاسيلي نيبنزيا الغرب بالتوقف.": {"فاسيلي نيبنزيا"},
        "وقال وزير الخارجية في المؤتمر إن الحل ممكن.": set(),  # no name after the place
    }
    _assert_names(cases)


def test_an_east_asian_name_stops_at_a_letter_none_of_its_syllables_use():
    text = "وقال كيم جونغ أون إن الحادث مؤلم. وزار كيم السفارة ووعد بتعاون وثيق."
    assert set(_by_name(_people(text))) == {"كيم جونغ أون"}
    text = "لكن ليس هناك مؤشرات على أن كيم اتخذ خطوات ملموسة."
    assert _people(text) == []


def test_no_name_after_a_colon_or_the_verb_hall():
    # What an office holder says follows the colon; حل (arrived) is a verb.
    _assert_names(
        {
            "رئيسة وزراء بريطانيا: سنناقش حقوق الإنسان مع ولي العهد السعودي": set(),
            "يذكر أن وزير خارجية المملكة المتحدة حل أمس بتونس في زيارة رسمية": set(),
        }
    )


def test_an_imperfect_verb_with_wa_after_a_title_is_no_name():
    _assert_names({"الجمهور مستعد ليقاطع مباريات الفريق ويخسر اللقب شريطة أن يرحل رئيسها.": set()})


def test_ng_after_b_is_a_chinese_syllable_not_a_masdar():
    _assert_names({"وقال شي جين بينغ إن الصين مستعدة للحوار.": {"شي جين بينغ"}})


def test_a_foreign_given_name_written_without_its_hamza_is_no_definite_noun():
    _assert_names(
        {
            "وقال وزير النفط الروسي اليكسندر نوفاك إن الاتفاق صامد.": {"اليكسندر نوفاك"},
            "أجريناها مع وزير النفط الروسي، اليكسندر نوفاك، ونتفق معه.": {"اليكسندر نوفاك"},
        }
    )


def test_a_name_before_its_title_in_kal_or_with_al_din_or_a_hamza():
    _assert_names(
        {
            "وقال إبراهيم كالين، المتحدث باسم الرئاسة التركية، إن": {"إبراهيم كالين"},
            "وقال فخر الدين ألتون، مدير الاتصالات في الرئاسة التركية، إن": {"فخر الدين ألتون"},
            "وكالعادة قال الرئيس ترامب إن الاقتصاد قوي": {"ترامب"},
            "وقال إبراهيم كالين إن التعاون مستمر": {"إبراهيم كالين"},
        }
    )


def test_a_past_verb_of_the_form_faaala_and_its_object_end_a_name():
    _assert_names(
        {
            "وذكر التقرير أن الرئيس رجب طيب أردوغان هاجم المسؤولين في المصرف المركزي": {
                "رجب طيب أردوغان"
            },
            # A given name of that form goes on ("بشار حافظ الأسد").
            "وقال الرئيس السوري بشار حافظ الأسد إن الحرب انتهت": {"بشار حافظ الأسد"},
        }
    )


def test_a_common_noun_and_its_genitive_after_a_name_are_the_verbs_object():
    _assert_names(
        {
            "ورفضت وزيرة الخارجية الكندية كريستيا فريلاند تحديد عدد اللاجئين": {
                "كريستيا فريلاند"
            },
            "وقال سالم خليفي كاتب عام النقابة في تصريح": {"سالم خليفي"},
        }
    )


def test_arab_christian_given_names_and_the_coptic_rank():
    _assert_names(
        {
            "وقال المتحدث باسم الكنيسة القبطية بولس حليم إن الزيارة مهمة": {"بولس حليم"},
            "وقال الأنبا بولس حليم المتحدث باسم الكنيسة، إن الزيارة مهمة": {"بولس حليم"},
        }
    )


def test_a_title_goes_on_through_a_genitive_in_lam_or_ba_to_a_given_name():
    _assert_names(
        {
            "وقال رئيس المرصد التونسي لحقوق الإنسان مصطفى عبد الكبير إن الأطفال بخير": {
                "مصطفى عبد الكبير"
            },
            "أفاد المدير العام للشؤون القنصلية بوزارة الشؤون الخارجية شفيق حجي أن وفدا سيسافر": {
                "شفيق حجي"
            },
            # Without a given name after it the genitive is no title ("… لوكالة الأنباء
            # الروسية، تاس").
            "وقال السفير السعودي لوكالة الأنباء الروسية، تاس، إن المنظومة مهمة": set(),
        }
    )


def test_the_head_of_the_delegation_is_a_title():
    _assert_names({"وأكد رئيس الوفد، عبد العزيز القطي، أن الزيارة مهمة": {"عبد العزيز القطي"}})


def test_an_honorific_after_wa_opens_a_name_but_not_after_a_preposition():
    _assert_names(
        {
            "وحضر التوقيع الشيخ محمد، والسيدة روز كوتامولر نائبة الأمين العام": {"روز كوتامولر"},
            # "للفريق": for the team, not the rank الفريق; the title goes on to the name.
            "التفاوض مع اللاعب السابق للفريق فرانك كوم قد اقترب": {"فرانك كوم"},
        }
    )


def test_lawmaker_member_researcher_and_academic_are_office_or_role_titles():
    _assert_names(
        {
            "وقتل مسلح المشرعة جو كوكس في هجوم": {"جو كوكس"},
            "وقالت الباحثة سونيا تروييرا إن النتائج مهمة": {"سونيا تروييرا"},
            "وقال الأكاديمي الاميركي برنارد هيكل إن قطر تدعم الإرهاب": {"برنارد هيكل"},
            # الأكاديمية is also the academy, an institution: only the masculine is a title.
            "وصرحت الأكاديمية في بيان أنها تعتزم إرجاء الجائزة": set(),
        }
    )


def test_thani_is_the_ordinal_without_a_title():
    _assert_names(
        {
            "يتأهب موظفو القنصلية في سان بطرسبرغ، ثاني أكبر المدن الروسية، للرحيل": set(),
            "واستقبل الشيخ ثاني بن حمد آل ثاني الوزير": {"الشيخ ثاني بن حمد آل ثاني"},
        }
    )


def test_future_particles_are_no_names():
    _assert_names(
        {
            "وإذا فشل البرلمان للمرة الثانية فسيتم حله والدعوة لانتخابات مبكرة": set(),
            "وقال اللاعب إن الفريق سوف يفوز": set(),
        }
    )


def test_a_common_noun_and_its_indefinite_complement_after_a_title_are_no_name():
    _assert_names(
        {"نشر رياض حجاب، رئيس الوزراء السوري الأسبق، مقطع فيديو على صفحته": {"رياض حجاب"}}
    )


def test_imperfect_verbs_end_or_are_no_names():
    _assert_names(
        {
            "عاد الرئيس الأميركي دونالد ترامب ليخرج بتصريحات مثيرة للجدل": {"دونالد ترامب"},
            "وقال المحامي جاك رينشو ويبلغ من العمر 23 عاما إن": {"جاك رينشو"},
            "وأضافت أن مارينوفا كانت تعمل مديرة إدارية للمحطة": set(),
        }
    )


def test_park_is_an_east_asian_family_name():
    _assert_names(
        {"قال بارك بيونغ سيوغ، عضو البرلمان في كوريا الجنوبية، إن": {"بارك بيونغ سيوغ"}}
    )


def test_a_past_verb_of_the_form_afala_ends_a_name():
    _assert_names(
        {
            "وأوضح أن المستشار الاقتصادي لاري كودلو أصيب بأزمة قلبية": {"لاري كودلو"},
            "وقال المتحدث محمد فضل أكرم إن الوضع هادئ": {"محمد فضل أكرم"},
        }
    )


def test_a_feminine_past_verb_of_a_derived_form_ends_a_name():
    # تمكنت (يتمكن), أنجبت (ينجب) before a preposition or a definite noun; not a name in ت.
    _assert_names(
        {
            "وقال إن اللجنة التي يقودها السفير ريناتو فيلا تمكنت من ضمان الموافقة": {
                "ريناتو فيلا"
            },
            "وكانت رئيسة الوزراء بنازير بوتو أنجبت في كراتشي ابنتها": {"بنازير بوتو"},
            "وقال المدرب الأسكتلندي ستيوارت غرانت في المؤتمر": {"ستيوارت غرانت"},
        }
    )


def test_a_name_may_open_with_si_or_sat_but_a_future_verb_does_not():
    # سي/ست opens foreign names (سيلفستر، ستورمي); a future verb (سيجري، سيتعين على) is none.
    _assert_names(
        {
            "وقال وزير العمل الفلبيني سيلفستر بيلو إن اللجنة أنهت عملها.": {"سيلفستر بيلو"},
            "وقالت الممثلة ستورمي دانيلز إنها ستتحدث.": {"ستورمي دانيلز"},
            "وقال الوزير سيجري محادثات مع نظيره.": set(),
            "وقال الرئيس سيتعين على الحكومة الاستقالة.": set(),
        }
    )


def test_an_envoy_title_goes_on_to_the_state_he_is_sent_to():
    # The sender is the nationality, not the host; an envoy of the UN has none.
    people = _by_name(_people("قال المبعوث الأمريكي إلى سوريا جيمس جيفري إن الوضع صعب."))
    assert people["جيمس جيفري"].fact.title_ar == "المبعوث الأمريكي إلى سوريا"
    assert people["جيمس جيفري"].fact.country == "USA"
    people = _by_name(_people("وقال مبعوث الأمم المتحدة إلى اليمن مارتن غريفيثس إن الوضع صعب."))
    assert people["مارتن غريفيثس"].fact.title_ar == "مبعوث الأمم المتحدة إلى اليمن"
    assert people["مارتن غريفيثس"].fact.country is None


def test_two_east_asian_family_names_in_a_row_are_two_people():
    # "Moon received Kim": each family name opens a name the text wrote in full.
    text = (
        "والتقى الرئيس الكوري الجنوبي مون جيه إن الزعيم الكوري الشمالي كيم جونغ أون. "
        "واستقبل مون كيم عند خط ترسيم الحدود."
    )
    people = _by_name(_people(text))
    assert "مون كيم" not in people and "كيم جونغ أون" in people
    # a family-name-like syllable inside one name stays ("تشو تشين مينغ")
    text = "قال المحلل العسكري في بكين، تشو تشين مينغ، إن البحرية قوية."
    _assert_names({text: {"تشو تشين مينغ"}})


def test_a_government_or_parliament_and_the_place_after_a_region_noun_are_part_of_the_title():
    people = _by_name(_people("والتقى رئيس حكومة الوحدة الوطنية الليبية فايز السراج أمس."))
    assert people["فايز السراج"].fact.title_ar == "رئيس حكومة الوحدة الوطنية الليبية"
    people = _by_name(_people("والتقى رئيس برلمان إقليم كردستان يوسف محمد أمس."))
    assert people["يوسف محمد"].fact.title_ar == "رئيس برلمان إقليم كردستان"
    # a bare place after برلمان: "طبرق" is no name
    _assert_names({"ورئيس برلمان طبرق (شرق) عقيلة صالح عيسى وصل إلى القاهرة.": set()})


def test_an_outlet_told_after_a_title_between_commas_is_no_name():
    text = "وقال جون سميث، المتحدث باسم الحكومة البريطانية، لبي بي سي إن القرار صائب."
    _assert_names({text: {"جون سميث"}})


def test_a_titled_persons_family_name_before_a_common_noun_is_his_short_mention():
    text = (
        "وقال وزير الخارجية سامح شكري إن الاتفاق جيد.\n"
        "ووصف شكري الاتفاق بالإيجابي الذي ينسجم مع ما اتفق عليه."
    )
    people = _by_name(_people(text))
    assert set(people) == {"سامح شكري"}
    assert any(m.kind == "short" for m in people["سامح شكري"].mentions)
    # in a list of untitled names, a family name that opens the next name stays a name
    text = "وفاز فادي سعد، وهادي حبيش، وسعد الحريري."
    _assert_names({text: {"فادي سعد", "هادي حبيش", "سعد الحريري"}})


def test_a_quotation_opening_with_laqad_after_a_title_is_no_name():
    text = 'وقال نيكولاس مادورو مخاطبا نائب الرئيس الأميركي "لقد هزمناكم".'
    _assert_names({text: {"نيكولاس مادورو"}})


def test_a_name_ends_before_a_verb_with_a_prepositional_pronoun_and_abe_before_a_stop_word():
    text = "وقالت إن رسالة الزعيم الكوري الشمالي للرئيس الكوري الجنوبي مون جي إين اهتمت به صحف."
    assert "مون جي إين" in _by_name(_people(text))
    text = "وهو يهاتف رئيس الوزراء الياباني شينزو أبي يوم أمس لإطلاعه على الخبر."
    _assert_names({text: {"شينزو أبي"}})


def test_given_names_seen_after_titles_in_many_articles_anchor_untitled_names():
    text = "وقالت جمانة غنيمات إن الحكومة ستعلن القرار. وسجل سيرخيو راموس هدفا."
    _assert_names({text: {"جمانة غنيمات", "سيرخيو راموس"}})


def test_a_kept_honorific_after_ba_opens_the_name_and_a_later_form_with_it_is_the_name():
    _assert_names(
        {
            "ترامب بعد اتصاله بالأمير محمد بن سلمان: نفى علمه.": {
                "الأمير محمد بن سلمان",
                "ترامب",
            },
            "وأشاد وَبِالشيخ تميم بن حمد آل ثاني.": {"الشيخ تميم بن حمد آل ثاني"},
            (
                "محمد بن سلمان يبحث صفقات.\n"
                "وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة جادة."
            ): {"الأمير محمد بن سلمان"},
        }
    )


def test_a_given_name_after_led_by_opens_a_name_up_to_a_word_in_wa():
    _assert_names(
        {
            "ويضم التحالف ائتلاف الوطنية بزعامة إياد علاوي، وتيار الحكمة بزعامة عمار الحكيم.": {
                "إياد علاوي",
                "عمار الحكيم",
            },
            "إدارة توتنهام بقيادة دانيال ليفي ليست سهلة.": {"دانيال ليفي"},
            # no name after بقيادة: the family names the news writes alone
            "برشلونة بقيادة ميسي وسواريز فاز.": {"ميسي", "سواريز"},
            "قاد التحالف بقيادة السعودية عمليات.": set(),
            "وفضل المملكة بقيادة خادم الحرمين الشريفين الملك سلمان بن عبد العزيز.": {
                "سلمان بن عبد العزيز"
            },
        }
    )


def test_a_common_verbal_noun_after_two_name_words_ends_the_name():
    text = "واعتبر الرئيس دونالد ترامب انسحاب بلاده من الاتفاق ضروريا."
    _assert_names({text: {"دونالد ترامب"}})
    text = "الحكم الذي أرساه مؤسس تركيا الحديثة مصطفى كمال اتاتورك قبل أكثر من تسعة عقود."
    _assert_names({text: {"مصطفى كمال اتاتورك"}})


def test_a_name_word_in_ka_or_ba_before_an_imperfect_verb_form_is_no_preposition():
    _assert_names(
        {
            "قال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد.": {"جون كيري"},
            "وأكد الرئيس رجب طيب أردوغان بوصف الاتفاق تاريخيا.": {"رجب طيب أردوغان"},
        }
    )


def test_a_two_word_head_goes_on_a_title():
    people = _by_name(_people("وقالت نائبة مساعد وزير الخارجية الأميركي أليس ويلز إن الحوار مهم."))
    assert set(people) == {"أليس ويلز"}
    assert people["أليس ويلز"].fact.title_ar.startswith("نائبة مساعد وزير")


def test_a_woman_commissioner_coordinator_or_envoy_is_a_title():
    text = "وأشادت المفوضة الأوروبية للتجارة سيسيليا مالمستروم مؤخرا بالاتفاق."
    _assert_names({text: {"سيسيليا مالمستروم"}})
    text = "وقالت منسقة الشؤون الإنسانية ليز غراندي إن الوضع خطير."
    _assert_names({text: {"ليز غراندي"}})


def test_liz_is_a_given_name():
    text = "وقالت الأمم المتحدة إنها مستمرة. وقالت ليز جراندي إن الوضع خطير."
    assert "ليز جراندي" in _by_name(_people(text))


def test_a_derived_past_verb_in_wa_after_a_name_ends_it():
    text = "ورد اللاعب الجميل لمدربه البرتغالي جوزيه مورينيو وأهدى مانشستر يونايتد الفوز."
    _assert_names({text: {"جوزيه مورينيو"}})


def test_a_participle_after_a_foreign_name_ends_it_but_an_arabic_family_name_stays():
    _assert_names(
        {
            "ونقلت رويترز عن نافارو قوله إن الرئيس دونالد ترامب ملتزم بشكل قاطع.": {
                "دونالد ترامب"
            },
            "وقال الرئيس الأسبق محمد حسني مبارك إن البلاد بخير.": {"محمد حسني مبارك"},
        }
    )


def test_a_named_body_in_la_or_ba_before_a_given_name_ends_the_title():
    _assert_names(
        {
            "وقال الرئيس التنفيذي لتسلا إيلون ماسك إن الشركة ستتوسع.": {"إيلون ماسك"},
            "وقال الرئيس التنفيذي لإنستغرام كيفن سيستروم إن.": {"كيفن سيستروم"},
            "وقال رئيس الهيئة الوطنية للانتخابات المستشار لاشين إبراهيم إن الاقتراع يسير.": {
                "لاشين إبراهيم"
            },
        }
    )
    # a common noun in ب is no body's name: the hospital's name is no title's end
    text = "وأكد شكري حمودة رئيس قسم الاستعجالي بمستشفى شارل نيكول استقبال 3 مصابين."
    assert "شكري حمودة" in _by_name(_people(text))


def test_a_foreign_given_name_with_one_inner_alef_more_or_less_is_a_given_name():
    text = "محادثات مكثفة أجريناها مع وزير النفط الروسي، اليكساندر نوفاك، وأعتقد أننا سنتفق."
    assert "اليكساندر نوفاك" in _by_name(_people(text))
    text = "وتعادل مرتين بركلات الترجيح."  # a dual of a common noun: no name
    _assert_names({text: set()})


def test_a_body_named_right_after_a_head_before_a_full_foreign_name_ends_the_title():
    _assert_names(
        {
            "وقال رئيس يوروبول روب وينرايت إن العملية نجحت.": {"روب وينرايت"},
            "وقال مؤسس مايكروسوفت بيل غيتس إن المشروع مهم.": {"بيل غيتس"},
            # a given name alone after an unknown word: the word is the given name
            "وقال القاضي غرانت باول، وفقا لوثائق المحكمة، إن.": {"غرانت باول"},
        }
    )


def test_a_rank_of_an_air_officer_is_removed_from_the_name():
    people = _by_name(_people("وقال اللواء الطيار خالد الحربي إن القوات مستعدة."))
    assert set(people) == {"خالد الحربي"}
    assert people["خالد الحربي"].fact.honorific_ar == "اللواء الطيار"


def test_a_lone_past_verb_after_a_title_is_no_name():
    _assert_names(
        {
            "وقال إن اللاعب أصيب في المباراة.": set(),
            "وكان الرئيس سافر إلى باريس.": set(),
            "وقال الرئيس ترامب إن الاتفاق جيد.": {"ترامب"},
        }
    )


def test_a_relative_named_after_a_kinship_noun_with_its_suffix():
    _assert_names(
        {
            "تسميم الجاسوس السابق سيرغي سكريبال وابنته يوليا في بريطانيا.": {
                "سيرغي سكريبال",
                "يوليا",
            },
            "وأضاف ماكرون وهو يقف إلى جانب زوجته بريجيت إن الزيارة مهمة.": {"بريجيت", "ماكرون"},
            # the name before the kinship noun is the relative's, not its holder (سكريبال:
            # a family name the news writes alone, a name of its own)
            "وقال سكريبال وابنته في بيان إنهما بخير.": {"سكريبال"},
            # no name after it: a noun in the accusative, a verb in the past, a clause in و
            "ويمنح صهره منصبا جديدا في الحكومة.": set(),
            "وكانت طفلة مع والدتها، أوقفت صيف 2017 في الموصل.": set(),
            "قتل لوسي ووالدتها وشقيقتها، وأودع بالسجن.": set(),
        }
    )
    people = _by_name(_people("وقال توماس ماركل إن زوجته دوريس لم تحضر."))
    assert people["دوريس"].fact.title_ar == "زوجته"


def test_a_word_in_the_accusative_or_a_verb_in_the_dual_ends_a_name():
    _assert_names(
        {
            "وجاء رد فعل الرئيس التركي رجب طيب أردوغان متحديا، إذ قال.": {"رجب طيب أردوغان"},
            "جدد الرئيس الأميركي دونالد ترامب علنا انتقاده.": {"دونالد ترامب"},
            "كان الجاسوس السابق سيرغي سكريبال وابنته يوليا تعرضا إلى عملية تسميم.": {
                "سيرغي سكريبال",
                "يوليا",
            },
            "وعرض التلفزيون صورا لشي وكيم يسيران بمحاذاة البحر.": set(),
            "وقال الوزير الروسي مازحا: هذا هو المفتاح.": set(),
            # a foreign given name takes no family name in ال, but for an ordinal
            "واستقبل ماكرون وزوجته بريجيت المنتخب الفرنسي.": {"بريجيت", "ماكرون"},
            "وزارت ملكة بريطانيا إليزابيث الثانية المعرض.": {"إليزابيث الثانية"},
        }
    )


def test_a_descriptor_of_what_a_person_is_heads_a_name():
    _assert_names(
        {
            "كلمات صاغها الإعلامي المصري يسري فودة، صباح الأربعاء.": {"يسري فودة"},
            "وقتل الصحفية البلغارية فيكتوريا مارينوفا بحسب السلطات.": {"فيكتوريا مارينوفا"},
            "أصيب المواطن وليد وهبان وعدد من أفراد أسرته.": {"وليد وهبان"},
            # an adjective of the noun before it heads nothing
            "ويمجدون تنظيم داعش الإرهابي ويحرضون على القتل.": set(),
            # a word of a verb opens no name; nor does a noun before the descriptor
            "وسجد الطفل اقتداء بنجم ليفربول.": set(),
            "كما تم تقديم مساعدة مالية للطفلة وذويها.": set(),
        }
    )
    assert _by_name(_people("الإعلامي السعودي جمال خاشقجي."))["جمال خاشقجي"].fact.country == (
        "SAU"
    )


def test_a_charge_d_affaires_or_an_acting_holder_has_a_title():
    text = "والتقى بالقائم بالأعمال الليبي محمد المعلول، حول عدة مسائل."
    person = _by_name(_people(text))["محمد المعلول"]
    assert person.fact.title_ar == "القائم بالأعمال الليبي"
    assert person.fact.country == "LBY"
    assert is_political_office(person.fact.title_ar)
    assert is_political_office("القائم بأعمال وزير الخارجية الأميركي")


def test_given_names_read_after_titles_in_the_corpus_open_untitled_names():
    _assert_names(
        {
            "وقالت أليسون بارنز، اختصاصية التغذية، إن السكر ضار.": {"أليسون بارنز"},
            "وأكد نوفاك ديوكوفيتش جاهزيته للبطولة.": {"نوفاك ديوكوفيتش"},
            # وأين is a question word, not Wayne
            "وأين تقع أبرز المواقع؟": set(),
        }
    )


def test_a_kinship_noun_in_construct_ends_a_name():
    _assert_names(
        {
            "وتأتي زيارة الأمير وليام نجل ولي العهد البريطاني إلى إسرائيل.": {"الأمير وليام"},
            "وقال توماس ماركل، والد النجمة ميغان خطيبة الأمير هاري، إنه لن يحضر.": {
                "توماس ماركل",
                "ميغان",
                "الأمير هاري",
            },
        }
    )


def test_a_word_in_the_accusative_before_a_title_is_no_name_of_its_holder():
    text = "وفي رده قال مادورو مخاطبا نائب الرئيس الأميركي: لقد هزمناك."
    assert "مادورو مخاطبا" not in _by_name(_people(text))


def test_later_short_mentions_are_found_with_the_cached_clitic_forms():
    from analysis.extract.people import _attached

    text = "استقبل الرئيس دونالد ترامب نظيره. وقال ترامب إن اللقاء مثمر. وأشاد بترامب الحضور."
    facts = extract_text(text, "t")
    trump = next(p for p in facts.people if p.name_ar == "دونالد ترامب")
    assert "ترامب" in trump.aliases_ar
    assert {"ترامب", "بترامب", "وترامب"} <= _attached("ترامب")
    assert _attached.cache_info().currsize >= 1


def test_a_word_blocks_a_name_by_itself_or_through_the_words_after_it():
    from analysis.extract.people import _blocks_alone, _is_blocker, _vocab

    assert _blocks_alone("2018") is True  # a count
    assert _blocks_alone("الوزير") is True  # an office word
    assert _blocks_alone("محمد") is False  # a given name
    assert _blocks_alone("تونس") is None  # a state's name: the gazetteer reads it in context
    doc = prepare("p", "وصل محمد إلى تونس بالطائرة", {})
    blocked = {t.norm for t in doc.tokens if _is_blocker(_vocab(), doc.tokens, t.index)}
    assert {"تونس", "بالطايره"} <= blocked
    assert "محمد" not in blocked


def test_a_family_name_in_ta_marbuta_ends_the_name_but_no_feminine_noun_does():
    _assert_names(
        {
            "وأعلن الرئيس الجزائري عبد العزيز بوتفليقة الحداد لمدة ثلاثة أيام.": {
                "عبد العزيز بوتفليقة"
            },
            "وقال وزير الداخلية محمد ناصر شويخة إن الأمن مستتب.": {"محمد ناصر شويخة"},
            "وقال الرئيس إيمانويل ماكرون للمرة الأولى إن فرنسا لن تتراجع.": {
                "إيمانويل ماكرون"
            },
            "وظهر الرئيس فلاديمير بوتن علانية في الحفل.": {"فلاديمير بوتن"},
            "وقال المدرب روبرت ستادلر إضافة إلى ذلك إن اللاعبين مستعدون.": {"روبرت ستادلر"},
        }
    )


def test_a_word_of_a_verb_in_ta_after_wa_ends_a_name():
    _assert_names(
        {
            "واستقبل الرئيس الإيراني حسن روحاني وتضم الحكومة وزراء جددا.": {"حسن روحاني"},
            "ورفض الوزير السابق أشرف ريفي وتراجعت شعبيته.": {"أشرف ريفي"},
            "وقالت الممثلة ريتا وتعمل في المسرح منذ سنوات إنها سعيدة.": {"ريتا"},
        }
    )


def test_a_name_with_no_title_after_a_verb_set_off_by_a_comma_before_its_description():
    _assert_names(
        {
            "بدوره، قال سارجيس بابايان، وهو طالب يبلغ من العمر 22 عاما، إن التظاهرات مستمرة.": {
                "سارجيس بابايان"
            },
            "وحذرت ليزلي بوير، طبيبة السموم في معهد فايبر، من لدغات الأفاعي.": {"ليزلي بوير"},
            "وقال مصدر أمني، الذي طلب عدم ذكر اسمه، إن الهجوم فشل.": set(),
            "وقالت يونايتد إيرلاينز، يوم الأربعاء، إنها ستعوض الركاب.": set(),
            # the kinship noun is no part of the name (the age after it gives the name)
            "وكان شريكها تشارلي رولي، 45 عاما، قد تسمم أيضا.": {"تشارلي رولي"},
        }
    )


def test_a_name_with_no_title_after_a_verb_right_before_a_title_in_apposition():
    _assert_names(
        {
            "وقال إد باربريني قائد شرطة سان برونو إن المهاجمة انتحرت.": {"إد باربريني"},
            "أعلن مزيّن الشعر والمغني اللبناني جو رعد ترشحه.": {"جو رعد"},
            "وتم إدراج جواد بوردبار شير أمين، وهو مسؤول في الحرس الثوري.": set(),
        }
    )


def test_a_second_name_joined_by_wa_up_to_the_end_of_the_clause():
    _assert_names(
        {
            "وهم على التوالي شارل ميشال ومارك روت وكزافيي بتال. وقال الوزير إن": {
                "شارل ميشال",
                "مارك روت",
                "كزافيي بتال",
            },
            "وواجه الحارس محمد الواكد وسدد الكرة في المرمى.": {"محمد الواكد"},
            "أصدر رئيس الحكومة سعد الدين العثماني وعدا بإيجاد حل.": {"سعد الدين العثماني"},
        }
    )


def test_the_first_of_two_names_joined_by_wa_from_the_start_of_the_clause():
    _assert_names(
        {
            "وأوضحت أن من بين القتلى قياديين هما عطاف الجلخي ومحمود محمد المحمود.": {
                "عطاف الجلخي",
                "محمود محمد المحمود",
            },
            "قبل 20 عاما، أسس سيرغي برين ولاري بيج شركة غوغل.": {"سيرغي برين", "لاري بيج"},
        }
    )


def test_a_foreign_given_name_in_ha_after_a_title_but_no_pronoun_suffix():
    _assert_names(
        {
            "وقال رئيس وزراء لوكسمبورغ إكزافييه بيتل: لا يمكننا القبول.": {"إكزافييه بيتل"},
            "واحتفل النجم السويسري المخضرم روجيه فيدرر بإنجازه.": {"روجيه فيدرر"},
            "وكشف الرئيس الأمريكي أن لدى وزير خارجيته تعليمات واضحة.": set(),
        }
    )


def test_an_ordinary_word_after_a_foreign_given_name_and_family_name_ends_it():
    _assert_names(
        {
            "وسجل النجم البرتغالي كريستيانو رونالدو هدفين في المباراة.": {"كريستيانو رونالدو"},
            "وأعلن الرئيس الأمريكي دونالد ترامب عقوبات جديدة على إيران.": {"دونالد ترامب"},
            "وقال الوزير عبد الرقيب فتح إن الوضع صعب.": {"عبد الرقيب فتح"},
            "وكان الرئيس الروسي فلاديمير بوتن حصل على أغلبية الأصوات.": {"فلاديمير بوتن"},
        }
    )


def test_a_lone_verb_after_a_title_is_no_name():
    _assert_names(
        {
            "وكانت الوزيرة تراجعت عن قرارها.": set(),
            "وأضاف المتحدث وتوفي الرجل في المستشفى.": set(),
            "وكان والي هاتفين المسؤولين.": set(),
            "وقال إن الرئيس يثق في الحكومة.": set(),
            "وقال الممثل تود إنه سعيد.": {"تود"},
            "وقال المدافع خيمينيز إن المباراة صعبة.": {"خيمينيز"},
        }
    )


def test_an_arabic_verb_or_verbal_noun_in_hamza_alif_ends_a_name():
    # A word written أل/إل normalizes like ال and reads as a foreign name part (أليغري),
    # unless it is a past verb أفعل, its verbal noun إفعال or a common noun of the corpus.
    _assert_names(
        {
            "أعلن الرئيس الأمريكي دونالد ترامب إلغاء قمته مع كيم.": {"دونالد ترامب"},
            "وقال إن الرئيس الأمريكي دونالد ترامب ألغى جولة مقررة.": {"دونالد ترامب"},
            "ويأمل المدرب ماسيميليانو أليغري في البقاء مع يوفنتوس.": {"ماسيميليانو أليغري"},
            "وسجل الإسباني ماركوس ألونسو الهدف الثاني.": {"ماركوس ألونسو"},
        }
    )


def test_a_preposition_and_its_noun_is_no_name():
    # ب and an Arabic word (hamza, بم…, a derived verbal noun, a noun in ة) opens a
    # prepositional phrase, wherever the title stands; a foreign name in ب stays.
    _assert_names(
        {
            "وأمر النائب العام بإحالة محافظ المنوفية السابق إلى المحاكمة.": set(),
            "وصرح مسؤول بإحدى شركات تنظيم الرحلات أن تونس وجهة مفضلة.": set(),
            "واتهم المتهم باختطاف طائرة مصرية في قبرص.": set(),
            "وأفادت الوكالة بمقتل الوزير بإطلاق نار عليه.": set(),
            "وقال رئيس الرابطة، باتريك باركلاي، إن المنافسة قوية.": {"باتريك باركلاي"},
            "وقال الرئيس التنفيذي لشركة كومكاست، بريان روبرتس، إن العرض نهائي.": {
                "بريان روبرتس"
            },
        }
    )


def test_a_past_verb_of_the_forms_ifta_ala_infa_ala_istaf_ala_is_no_name():
    # افتعل/انفعل/استفعل: the imperfect's stem after ا (امتنع: يمتنع، انسحب: ينسحب).
    _assert_names(
        {
            "وقال إن الرئيس الكوري الجنوبي امتنع عن الرد على الفور.": set(),
            "وذكرت أن الرئيس التركي اشترى هذه الطائرة من قطر.": set(),
            "وكان الرئيس الأمريكي دونالد ترامب انسحب من الاتفاق النووي.": {"دونالد ترامب"},
        }
    )


def test_a_conjoined_verb_and_its_subject_or_object_is_no_name():
    _assert_names(
        {
            "وكان همرشولد ثاني أمين عام للأمم المتحدة ولقي مصرعه في حادث.": set(),
            "وطالب اللاعب والمدرب وتحطيم مضربها بعقوبة.": set(),
            "وقرر الاتحاد التخلي عن المدرب الفرنسي-البوسني وحيد خليلودزيتش قبل شهر.": {
                "وحيد خليلودزيتش"
            },
            "وقال رئيس جهاز الأمن الأوكراني فاسيل غريتساك للصحافيين إن العملية نجحت.": {
                "فاسيل غريتساك"
            },
        }
    )


def test_lam_and_a_consonant_opens_no_name():
    # ل before م/ت, a hamza or a word the text also writes bare is the preposition; a
    # foreign name takes a vowel letter after ل.
    _assert_names(
        {
            "وقال المدير الفني لمانشستر سيتي إن مانشستر سيتي يستحق اللقب.": set(),
            "وقال المتحدث باسم المطار لازلو كوروتس إن الرحلات عادت.": {"لازلو كوروتس"},
            "وقال لاعب الوسط لدى الصحفيين إن لتوتنهام فرصة.": set(),
        }
    )


def test_a_verb_after_a_name_the_text_writes_without_it_ends_the_name():
    _assert_names(
        {
            "وقال الرئيس الروسي بوتين إن بلاده مستعدة. ولا أذكر أن الرئيس بوتين حقق نجاحا "
            "مثل هذا.": {"بوتين"},
            "وقال رئيس مجلس النواب نبيه بري إن تشكيل الحكومة يتقدم.": {"نبيه بري"},
            "وقال الوزير تارو كونو أبلغ سوه هون، مدير المخابرات، بالقرار. ويزور سوه طوكيو "
            "غدا.": {"تارو كونو", "سوه هون"},
        }
    )


def test_a_lone_participle_after_a_title_is_no_name():
    # م + an imperfect stem (مقتل: يقتل) or فاعل (قاصر: يقصر) is a participle or noun.
    _assert_names(
        {
            "وأكد الرئيس الأفغاني مقتل زعيم حركة طالبان الباكستانية.": set(),
            "وقال الشاهد إن المتهم قاصر ولا يحاسب.": set(),
            "وقال المدافع مانولاس إن الفريق جاهز.": {"مانولاس"},
        }
    )


def test_a_name_after_a_prepositional_phrase_is_kept():
    _assert_names(
        {
            "وكشف المدرب الإسباني لمانشستر سيتي بيب غوارديولا عن سر ارتدائه الشارة. وقال "
            "مانشستر سيتي إن الشارة رمز.": {"بيب غوارديولا"},
            "وأمر النائب العام بإخلاء سبيل عبدالله مرسي نجل الرئيس الأسبق.": {"عبدالله مرسي"},
        }
    )


def test_a_verb_opens_no_name_of_two_words():
    _assert_names(
        {
            "وقال إن نواب حزب الرئيس التركي يهاجمون رموز حرية التعبير.": set(),
            "وإلى جانبهما، اختارت المجلة الشهيرة الويلزي غاريث بيل.": {"غاريث بيل"},
            "وقال الخبير المصرفي طلعت حافظ إن القروض ارتفعت.": {"طلعت حافظ"},
        }
    )


def test_an_ordinary_noun_after_a_name_written_elsewhere_is_its_object():
    # the name is written without the noun elsewhere: the noun is the verb's object
    _assert_names(
        {
            "بحث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس الفلسطيني محمود عباس الوضع في "
            "فلسطين. وقال الرئيس محمود عباس إن المفاوضات متوقفة.": {
                "إيمانويل ماكرون",
                "محمود عباس",
            },
            # ... but not a family name in ال after another one, nor an ordinal
            "استقبل أمير الكويت الشيخ صباح الأحمد الصباح الضيف. وقال الشيخ صباح الأحمد إن "
            "العلاقات قوية.": {"الشيخ صباح الأحمد الصباح"},
        }
    )


def test_a_family_name_the_news_writes_alone_names_its_person():
    _assert_names(
        {
            # the family name of someone the corpus names often, written alone
            "شعرت إدارة ترامب بأن هناك ما يكفي من الأدلة.": {"ترامب"},
            # ... a foreign given name before it that no title introduced opens the name
            "أعلنت مرشحة الجبهة الوطنية مارين لوبان أن الجبهة ستعارض. وهنأت لوبان منافسها.": {
                "مارين لوبان"
            },
            # ... not a second spelling of someone named in full, nor a company in quotes
            "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إيران كذبت. وأجرى نتانياهو "
            "مكالمات.": {"بنيامين نتنياهو"},
            'باعت الشركة حصة إلى شركة "بيكر هيوز" الأمريكية.': set(),
        }
    )


def test_a_name_before_a_persons_age():
    _assert_names(
        {
            # a bracketed or comma-set age after one to three words: their name
            "أمام تلك اللافتات يقف حيدر الشمري (35 عاما) وتعلو ملامح الغضب وجهه.": {
                "حيدر الشمري"
            },
            "وقال أصدقاء المرأة إن سنا شيما، البالغة من العمر 26 عاما، كانت تدرس.": {
                "سنا شيما"
            },
            "وقضت المحكمة بسجن عمر حقي (40 عاما) ثلاث سنوات.": {"عمر حقي"},
            # ... not common nouns, a verb after و, nor the end of a hyphenated name
            "واعتقل منفذ الهجوم (25 عاما) بعد ساعات.": set(),
            "وسيسير هنري (41 عاما) على خطى المدرب.": {"هنري"},
        }
    )


def test_a_name_before_an_age_is_no_place_club_verb_or_governing_noun():
    _assert_names(
        {
            "ودفعت ستيفاني تانشيز من ولاية تكساس (30 عاما) للتوقف.": {"ستيفاني تانشيز"},
            "واختير نجم باريس سان جيرمان، البالغ من العمر 26 عاما، كأفضل لاعب.": set(),
            "ويوم الاثنين زعمت بار، 65 عاما، في تغريدة أن المرأة كاذبة.": {"بار"},
            "وعقب نجاح بينيرو (39 عاما) في إنقاذ 4 أطفال، انهار المبنى.": {"بينيرو"},
            "طفلان إلى جانب المولود: الأمير جورج، 4 سنوات، والأميرة شارلوت.": {"الأمير جورج"},
        }
    )


def test_a_given_name_after_wa_written_twice_does_not_cut_the_family_names_after_it():
    _assert_names(
        {
            "وتضم القائمة ياسر المسيليم، وعبدالله المعيوف من الهلال، وعبدالله عطيف من "
            "الهلال.": {"عبدالله المعيوف", "عبدالله عطيف"},
        }
    )


def test_al_malik_after_abd_is_a_divine_name_not_the_title():
    _assert_names(
        {
            "وقال وزير الأشغال اليمني معين عبد الملك إن المشاريع مستمرة.": {"معين عبد الملك"},
            "وقال الملك عبد الله الثاني إن الأردن يدعم.": {"عبد الله الثاني"},
        }
    )


def test_ka_and_a_participle_or_elative_after_a_name_is_no_family_name():
    _assert_names(
        {
            "وأشاد بوتن بنظيره الأميركي ترامب كمحاور جيد.": {"بوتن", "ترامب"},
            "واختير لوكا مودريتش كأفضل لاعب في البطولة.": {"لوكا مودريتش"},
            # ... but a family name in ك stays: "كروس", "كالمان"
            "وسجل توني كروس هدفا.": {"توني كروس"},
            "وتوفيت جان كالمان عن 122 عاما.": {"جان كالمان"},
        }
    )


def test_ala_before_an_age_is_the_preposition_not_the_name_ali():
    _assert_names(
        {
            "وتغلب ماتشيدا (39 عاما) على بلفورت (41 عاما) في الجولة الثانية.": {
                "ماتشيدا",
                "بلفورت",
            },
        }
    )


def test_a_family_name_the_news_writes_alone_is_no_part_of_a_longer_name():
    _assert_names(
        {
            # a name-like word after it: a company's, a country's or another person's name
            "وقالت شركة بيكر هيوز لخدمات الطاقة إن عدد الحفارات ارتفع.": set(),
            "وتلعب سويسرا مع كوستا ريكا الأربعاء.": set(),
            # ... not a preposition (على too), a country or a verb after it
            "وحصل ساركوزي على أموال من ليبيا.": {"ساركوزي"},
            "ولم يسم غوتيريش إيران في كلمته.": {"غوتيريش"},
        }
    )


def test_verbal_noun_after_title_is_no_name():
    # a derived verbal noun (افتعال، تفعيل) after the title is the verb's object; a plural
    # in أ (أفعال) may be a name
    _assert_names(
        {
            "وأكد رئيس الوزراء ارتكاب جرائم بحق المدنيين.": set(),
            "وطلب الرئيس تعيين كبار مسؤولي الأمن.": set(),
        }
    )
    assert "أحلام" in _by_name(_people("وغنت الفنانة أحلام في الحفل."))


def test_abd_written_apart_opens_an_untitled_name():
    # عبد and the divine name written apart are a given name, as written joined; alone,
    # with no family name after it, it is no person
    _assert_names(
        {
            "والتقى عبد الفتاح السيسي وميشال عون.": {"عبد الفتاح السيسي", "ميشال عون"},
            "وقال عبد الرؤوف الشابي إن الحزب سيشارك.": {"عبد الرؤوف الشابي"},
            "وقال إن عبد الله يحب الكرة.": set(),
        }
    )


def test_name_after_definite_dual_or_plural():
    # a definite dual or plural ("البلدين", "النائبين") names the people that follow it
    _assert_names(
        {
            "وقال وزيرا خارجية البلدين سامح شكري وسيرغي لافروف إن": {
                "سامح شكري",
                "سيرغي لافروف",
            },
        }
    )


def test_compound_given_name_in_din_written_joined_or_apart_is_one_person():
    text = "وقال القيادي نور الدين البحيري إن الكتلة موحدة. وأكد النائب نورالدين البحيري أن"
    assert [p.fact.name_ar for p in _people(text)] == ["نورالدين البحيري"]


def test_definite_participle_after_name_describes_him():
    # ال + a participle (ينتمي: المنتمي) after a two-word name is no family name
    _assert_names({"وقال محمد مرسي المنتمي لجماعة الإخوان إن": {"محمد مرسي"}})


def test_given_name_in_ta_opening_with_fa():
    # فاطمة and فايزة open with ف, which the conjunction reader strips (اطمة): the word
    # itself is the given name
    _assert_names(
        {
            "قالت الوزيرة فاطمة بن سعيد إن": {"فاطمة بن سعيد"},
            "وأكدت فايزة أبو النجا أن": {"فايزة أبو النجا"},
        }
    )


def test_wa_ila_written_with_hamza_is_no_governor():
    # وإلى (and to) normalizes as والي (governor): the hamza tells the preposition
    _assert_names(
        {
            "وإلى علاج سرطان تجريبي يأمل الأطباء.": set(),
            "وقال والي صفاقس محمد بن علي إن": {"محمد بن علي"},
        }
    )


def test_omar_before_a_count_is_the_noun_age():
    # عمر before ناهز/يناهز or a number is the noun (age), written as the name Omar is
    _assert_names(
        {
            "وتوفي الفنان عن عمر ناهز 83 عاما بعد صراع مع المرض.": set(),
            "وقال عمر البشير إن الحوار مستمر.": {"عمر البشير"},
        }
    )


def test_name_after_a_verb_of_the_corpus():
    # a verb the corpus has in the imperfect ends the clause before a name ("دافع",
    # "وتقدمت"); a given name that is also an ordinary word, or a common noun after it, is
    # the verb's subject and object, no name
    _assert_names(
        {
            "دافع مسعود أوزيل عن الصورة.": {"مسعود أوزيل"},
            "وتقدمت منال عبيد بشكوى إلى المحكمة.": {"منال عبيد"},
            "وسجل صلاح الهدف الثاني.": set(),
            "ويحل رمضان المبارك هذا العام في الصيف.": set(),
            "وحقق أمل الفوز على منافسه.": set(),
        }
    )


def test_name_after_a_nationality_adjective():
    # a definite nisba ("المصري", "الليبي") before an Arabic given name names who follows;
    # a country's name is no such adjective ("المغرب العربي الكبير")
    _assert_names(
        {
            "وسجل المصري محمد صلاح هدفا.": {"محمد صلاح"},
            "وتم الإفراج عن الليبي علاء الدين فرج بعد أن": {"علاء الدين فرج"},
            "في دول المغرب العربي الكبير.": set(),
        }
    )


def test_name_after_a_verbal_noun():
    # a derived verbal noun governs the name after it ("اعتقال خالد العمري", "بتعيين فوزي
    # البنزرتي"); a noun of place in م names a place ("ملعب الطيب المهيري")
    _assert_names(
        {
            "وأدان اعتقال خالد العمري أمس.": {"خالد العمري"},
            "وأعلن الاتحاد بتعيين فوزي البنزرتي مدربا.": {"فوزي البنزرتي"},
            "وتقام المباراة في ملعب الطيب المهيري بصفاقس.": set(),
        }
    )


def test_past_verb_in_wa_or_fa_ends_a_name():
    # و/ف and a past verb after a name's first two words open a new clause
    _assert_names({"وسجل المصري محمد صلاح فغرد على تويتر.": {"محمد صلاح"}})


def test_western_family_name_written_with_w():
    # a family name in W (واتسون، ويليامز) after a Western given name is no conjunction;
    # و before a hamza or a name the text writes bare is ("بويول وإيكر كاسياس")
    _assert_names(
        {
            "وقالت سيرينا ويليامز إن المباراة صعبة.": {"سيرينا ويليامز"},
            "وسجل كارلوس بويول وإيكر كاسياس.": {"كارلوس بويول", "إيكر كاسياس"},
        }
    )


def test_nisba_after_one_arabic_given_name_is_the_family_name():
    # a singular nisba after one Arabic given name is a family name (السويدي، التركي),
    # not the nationality that ends a name
    _assert_names(
        {
            "وقال الوزير محمد السويدي إن": {"محمد السويدي"},
            "أعلن المتحدث الأمني اللواء منصور التركي، أن": {"منصور التركي"},
        }
    )


def test_football_club_is_no_name():
    # a club of the corpus's list (data/clubs.json) is no name; it completes the title of
    # its player or coach and a name may start after it
    _assert_names(
        {
            "وقال لاعب مانشستر يونايتد بول بوغبا إن الفريق سيفوز.": {"بول بوغبا"},
            "في ملابسات إصابة اللاعب المصري الدولي نجم ليفربول محمد صلاح خلال مباراة.": {
                "محمد صلاح"
            },
            "ولزميله لاعب مانشستر سيتي الإنجليزي إلكاي غوندوغان، وهو": {"إلكاي غوندوغان"},
            "ومدرب نادي ريال مدريد السابق زين الدين زيدان.": {"زين الدين زيدان"},
            "وقالت رئيسة بلدية برشلونة أدا كولاو إن على إسبانيا": {"أدا كولاو"},
            "وقال لاعب باريس سان جيرمان نيمار إنه سعيد.": set(),
            "بعدما طلب لاعب ليفربول عدم وضعه فيها.": set(),
            "كال جوزيه مورينيو مدرب مانشستر يونايتد المديح للشاب سكوت مكتوميناي بعد أدائه.": {
                "جوزيه مورينيو",
                "سكوت مكتوميناي",
            },
        }
    )


def test_football_club_after_a_preposition_is_no_name():
    # a club is no name after ل/ب too ("لبايرن ميونيخ"), and ends the title of its coach
    _assert_names(
        {
            "وقال المدرب السابق لبايرن ميونيخ كارلو أنشيلوتي إن": {"كارلو أنشيلوتي"},
            "والحارس الاحتياطي لبرشلونة الإسباني ياسبر سيليسن لملاقاته.": {"ياسبر سيليسن"},
        }
    )
