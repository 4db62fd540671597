"""Statements: reporting verbs, participles, speaker resolution, wire attribution."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.extract import extract_text
from analysis.extract.document import Document, Gazetteer
from analysis.extract.entities import Entity, Mention
from analysis.extract.statements import (
    _closers_by_first,
    _cut_quote_closer,
    _statement,
    _switch_cue_start,
    find_statements,
    load_statement_cues,
)
from analysis.schema import Country, Organization, Person, Statement


def _entities(doc: Document, specs: list[tuple[str, str, list[tuple[str, str]]]]) -> list[Entity]:
    """Entities from ``(kind, id/iso3, [(term, mention kind), …])``; first term = name."""
    out = []
    for kind, key, terms in specs:
        mentions = [
            Mention(m.start, m.end, m.first, m.last, doc.tokens[m.first].sentence, m.value)
            for m in Gazetteer(terms).find(doc.tokens)
        ]
        if not mentions:
            continue
        first = mentions[0]
        evidence = [doc.evidence(first.start, first.end)]
        name = terms[0][0]
        if kind == "person":
            fact = Person(
                id=key, name_ar=name, name_en=key.upper(), role="principal", evidence=evidence
            )
        elif kind == "org":
            fact = Organization(id=key, name_ar=name, kind="ministry", evidence=evidence)
        else:
            fact = Country(
                iso3=key, name_en=key, name_ar=name, role="participant", evidence=evidence
            )
        out.append(Entity(fact, mentions))
    return out


def _run(text: str, specs) -> list:
    doc = Document.build("t", text)
    statements = find_statements(doc, _entities(doc, specs))
    for s in statements:
        for ev in s.evidence:
            assert text[ev.start : ev.end] == ev.text
        assert s.text_ar in s.evidence[0].text
    return statements


PEOPLE = [
    ("person", "p1", [("سالم الراشدي", "name"), ("الراشدي", "short")]),
    ("person", "p2", [("جون سميث", "name"), ("سميث", "short")]),
]


def test_vso_verb_with_participles_keeps_speaker_and_continues_head():
    text = (
        "وأكد الراشدي أهمية تطوير العلاقات، معربا عن أمله في تعزيز التعاون، "
        "مشيرا إلى أن الزيارة ناجحة."
    )
    s = _run("التقى سالم الراشدي جون سميث أمس. " + text, PEOPLE)
    assert [x.verb_ar for x in s] == ["أكد", "معربا", "مشيرا"]
    assert all(x.speaker == "p1" for x in s)
    assert s[0].speaker_name_ar == "سالم الراشدي"
    assert s[1].continues == s[0].id and s[2].continues == s[0].id
    assert s[0].text_ar == "أهمية تطوير العلاقات"
    assert s[1].text_ar == "عن أمله في تعزيز التعاون"
    assert s[0].evidence[0].text.startswith("أكد الراشدي")


def test_pronoun_only_verb_continues_last_speaker_and_switch_cue_hands_over():
    text = (
        "التقى سالم الراشدي جون سميث. وقال سميث إن البلدين شريكان. وأوضح أن التعاون مستمر. "
        "من جهته، أكد أن العلاقات متينة."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p2"), ("أوضح", "p2"), ("أكد", "p1")]
    assert s[0].text_ar == "إن البلدين شريكان"


def test_feminine_verb_institution_speaker_and_present_tense_inside_quote_ignored():
    text = (
        "وأكدت وزارة الخارجية في بلاغ لها، أن الزيارة تندرج في إطار التعاون. "
        "وأفادت بأن الوزير يؤكد دعمه."
    )
    s = _run(text, [("org", "o1", [("وزارة الخارجية", "name")])])
    assert [(x.verb_ar, x.speaker) for x in s] == [("أكدت", "o1"), ("أفادت", "o1")]
    assert s[0].text_ar.startswith("أن الزيارة")


def test_wire_agency_verbs_are_attribution_not_statements():
    text = (
        "ذكرت الوكالة أن الوزير وصل. وأفادت وكالة الأنباء بأن الاجتماع انعقد. "
        "وحسبما أوردت وكالة الأنباء فإن اللقاء تم. وقال موقع إخباري إن الوفد غادر."
    )
    assert _run(text, PEOPLE) == []


def test_passive_is_not_attributed_and_relative_clause_is_not_a_statement():
    text = "وتم التأكيد على أهمية الحوار. وقال سميث إن التعاون، الذي قال إنه مهم، سيتواصل."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p2")]


def test_joint_subject_and_country_speaker():
    text = "وأصدر البلدان بيانا أشادت فيه فرنسا بجهود المغرب. وأكد البلدان على ضرورة الحوار."
    specs = [("country", "FRA", [("فرنسا", "name")]), ("country", "MAR", [("المغرب", "name")])]
    s = _run(text, specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [("أشادت", "FRA"), ("أكد", None)]
    assert s[1].speaker_name_ar == "البلدان"


def test_quote_after_colon_and_quote_closer():
    text = 'وقال سميث: "نحن سعداء بهذه الزيارة". وأضاف أن الحكومة ستواصل الدعم، وفق تعبيره.'
    s = _run(text, PEOPLE)
    assert s[0].text_ar == '"نحن سعداء بهذه الزيارة"'
    assert s[1].verb_ar == "أضاف" and s[1].text_ar == "أن الحكومة ستواصل الدعم"


def test_coordinated_subjects_each_get_the_statement():
    text = "عبر سالم الراشدي، وزير الخارجية، وجون سميث عن ترحيبهما بالاتفاق."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("عبر", "p1"), ("عبر", "p2")]
    assert s[0].text_ar.startswith("عن ترحيبهما")


def test_preposition_abr_is_not_a_verb_and_title_apposition_resolves():
    text = "وجرى حل الأزمة عبر الحوار. وقال وزير الخارجية، سالم الراشدي، إن الحل قريب."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1")]
    assert s[0].text_ar == "إن الحل قريب"


def test_communique_attribution_wafq_balagh():
    text = "وسيجري الوزير محادثات مع نظيره،وفق بلاغ لوزارة الخارجية."
    s = _run(text, [("org", "o1", [("وزارة الخارجية", "name")])])
    assert [(x.verb_ar, x.speaker) for x in s] == [("وفق", "o1")]


@pytest.mark.parametrize(
    "text, verb",
    [
        # the communiqué's issuer after "صادر … عن", however far
        ("وتتمثل الجائزة، حسب بلاغ صادر الاثنين عن وزارة الخارجية، في مبلغ مالي.", "حسب"),
        # the communiqué with ل
        ("قامت أجهزة الأمن بتفكيك خلية إرهابية، وفقا لبيان صادر عن وزارة الخارجية.", "وفقا"),
    ],
)
def test_communique_attribution_issued_by(text, verb):
    s = _run(text, [("org", "o1", [("وزارة الخارجية", "name")])])
    assert [(x.verb_ar, x.speaker) for x in s] == [(verb, "o1")]


def test_attribution_to_a_body_no_known_speaker_stands_for():
    text = "اندلع الحريق بعد منتصف الليل في مبنى مؤلف من ثلاث طبقات، وفق الشرطة."
    assert _said(text) == [("الشرطة", "وفق")]


@pytest.mark.parametrize("text", ["", "   ", "abc", "قال", "، معربا"])
def test_degenerate_inputs(text):
    assert _run(text, PEOPLE) == []


def _titled(doc: Document, key: str, name: str, title: str, country: str | None) -> Entity:
    """A person known by name, with an office title and a nationality."""
    mentions = [
        Mention(m.start, m.end, m.first, m.last, doc.tokens[m.first].sentence, m.value)
        for m in Gazetteer([(name, "name")]).find(doc.tokens)
    ]
    evidence = [doc.evidence(mentions[0].start, mentions[0].end)]
    fact = Person(
        id=key, name_ar=name, name_en=key.upper(), role="principal", title_ar=title,
        country=country, evidence=evidence,
    )
    return Entity(fact, mentions)


def test_unknown_name_after_verb_is_kept_not_given_to_last_speaker():
    text = (
        "وقال سالم الراشدي إن الوضع مستقر. وقال لام فول قبريال، نائب المتحدث باسم الحركة، "
        "إن المفاوضات متعثرة. وشدد ماكرون على أن الحل سياسي."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1"), ("قال", None), ("شدد", None)]
    assert s[1].speaker_name_ar == "لام فول قبريال"
    assert s[2].speaker_name_ar == "ماكرون"


def test_office_phrases_resolve_to_the_person_holding_the_office():
    text = (
        "التقى خالد اليماني المبعوث الأممي. وطالب وزير الخارجية اليمني المجتمع الدولي "
        "باتخاذ موقف. وقال المسؤول اليمني إن الحوثيين يعرقلون الحل. "
        "وأكد رئيس الدبلوماسية اليمنية أن الحكومة منفتحة."
    )
    doc = Document.build("t", text)
    yemen = _entities(doc, [("country", "YEM", [("اليمني", "nisba"), ("اليمنية", "nisba")])])
    person = _titled(doc, "p1", "خالد اليماني", "وزير الخارجية اليمني", "YEM")
    s = find_statements(doc, [person, *yemen])
    assert [(x.verb_ar, x.speaker) for x in s] == [("طالب", "p1"), ("قال", "p1"), ("أكد", "p1")]


def test_subject_before_verb_and_group_verbs():
    text = (
        "وقال سالم الراشدي إن الزيارة ناجحة. وزارة الصحة أعلنت في بلاغ أن الحصيلة ارتفعت. "
        "وأكدوا في مؤتمر صحفي على أهمية الحوار."
    )
    specs = [*PEOPLE, ("org", "o1", [("وزارة الصحة", "name")])]
    s = _run(text, specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1"), ("أعلنت", "o1"), ("أكدوا", None)]


def test_new_reporting_verbs_and_participles():
    text = (
        "وتوقع الراشدي أن تنتهي الأزمة قريبا، متطلعا إلى تعاون أوثق، مذكرا بأن البلدين شريكان. "
        "وتعهد الراشدي بدعم المشروع. وتحدث الراشدي عن آفاق التعاون."
    )
    s = _run(text, PEOPLE)
    assert [x.verb_ar for x in s] == ["توقع", "متطلعا", "مذكرا", "تعهد", "تحدث"]
    assert {x.speaker for x in s} == {"p1"}


def test_communique_that_reports_a_speaker_is_not_a_second_statement():
    text = "أكد سالم الراشدي حرص بلاده على التعاون، حسب بلاغ لوزارة الخارجية."
    specs = [*PEOPLE, ("org", "o1", [("وزارة الخارجية", "name")])]
    s = _run(text, specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [("أكد", "p1")]


def test_relative_clause_after_a_named_person_is_their_statement():
    text = "واتصل سميث بالرئيس سالم الراشدي، الذي نفى علمه بالحادث. وزار البلد الذي أعلن استقلاله."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("نفى", "p1")]


def test_attributive_relative_credits_the_named_source_with_the_clause_before():
    text = (
        "الوفد مستعد لإجراء محادثات، وفق ما أعلنت الرئاسة الكورية. "
        "وانتهت الحرب، حسبما أوردت وكالة الأنباء."
    )
    s = _run(text, [("org", "o1", [("الرئاسة الكورية", "name")])])
    assert [(x.verb_ar, x.speaker) for x in s] == [("أعلنت", "o1")]
    assert s[0].text_ar == "الوفد مستعد لإجراء محادثات"


def test_relayed_words_belong_to_the_source_quoted_not_the_agency():
    text = "ونقلت وكالة رويترز عن مسؤول كوري جنوبي قوله إن المحادثات كانت جادة."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker, x.speaker_name_ar) for x in s] == [
        ("قوله", None, "مسؤول كوري جنوبي")
    ]
    assert s[0].text_ar == "إن المحادثات كانت جادة"


def test_family_speaks_and_an_institution_does_not_take_its_object_as_name():
    text = (
        "وطالبت أسرة سالم الراشدي بتحقيق دولي. "
        "ودعت الهيئة أيضا الوزير جون سميث إلى الاعتذار، مضيفة أنها تحتفظ بحقها."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [
        ("طالبت", None), ("دعت", None), ("مضيفة", None)
    ]
    assert s[0].speaker_name_ar == "أسرة سالم الراشدي"
    assert s[1].speaker_name_ar.startswith("الهيئة")


def test_nested_clause_after_that_is_what_was_said_unless_a_person_speaks():
    text = (
        "وقال سميث إن موسكو تطالب بالحوار. "
        "وأوضح سميث أن الراشدي أكد أن التعاون مستمر."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p2"), ("أوضح", "p2"), ("أكد", "p1")]


def test_participle_with_its_own_waw_and_subject_after_that_opening_clause():
    text = (
        "وأكد الراشدي أن التعاون مهم، واصفا العلاقات بالمتينة. "
        "إلا أن سميث انتقد ضمنا الموقف، وقال إن الحوار ضروري."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [
        ("أكد", "p1"), ("واصفا", "p1"), ("انتقد", "p2"), ("قال", "p2")
    ]


def test_coordinated_second_verb_keeps_its_own_that_clause():
    # The first verb's complement is "من …", not the أن of the verb that follows it.
    text = "حذر سالم الراشدي، الثلاثاء، من مغبة الانسحاب من الاتفاق، وقال إنه سيواجه عواقب."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("حذر", "p1"), ("قال", "p1")]
    assert s[0].text_ar.endswith("من مغبة الانسحاب من الاتفاق")
    assert s[1].text_ar == "إنه سيواجه عواقب"


def test_earlier_statement_with_lam_before_the_speaker():
    # "وسبق لسميث أن قال": the speaker is the mention after سبق, not the last speaker.
    text = "قال سالم الراشدي إن الاتفاق مهم. وسبق لسميث أن قال إنه سيعاود فرض العقوبات."
    people = PEOPLE[:1] + [("person", "p2", [("جون سميث", "name"), ("لسميث", "short")])]
    s = _run(text, people)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1"), ("قال", "p2")]


def test_a_source_speaks_but_media_sources_are_attribution():
    s = _run("وأكد مصدر سعودي مسؤول أن المملكة ترحب بالتعاون.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("مصدر سعودي مسؤول", "أكد")]
    assert _run("وذكرت مصادر إعلامية أن الوفد وصل.", []) == []
    s = _run("وقال مصدر أمني لوكالة الأنباء الرسمية إن الوضع هادئ.", [])
    assert [x.speaker_name_ar for x in s] == ["مصدر أمني"]
    s = _run("وقالت مصادر مطلعة إن الوفد وصل.", [])
    assert [x.speaker_name_ar for x in s] == ["مصادر مطلعة"]
    # A source for no side named speaks too, as the annotators list it; its adjectives end
    # before the verb's object.
    s = _run("وقال مصدر إن الوفد وصل. وذكرت مصادر أن المنتدى سينعقد غدا.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("مصدر", "قال"), ("مصادر", "ذكرت")]
    s = _run("وأكدت مصادر عسكرية مقتل قيادي حوثي في غارة جوية.", [])
    assert [(x.speaker_name_ar, x.text_ar) for x in s] == [
        ("مصادر عسكرية", "مقتل قيادي حوثي في غارة جوية")
    ]
    s = _run("وقال مصدر من العائلة إن الممثلة توفيت.", [])
    assert [x.speaker_name_ar for x in s] == ["مصدر من العائلة"]


def test_state_after_a_masculine_verb_is_its_object_not_its_subject():
    text = (
        "من جهته، قال سالم الراشدي إن العلاقات متينة. "
        "كما حث النرويج على مراجعة تحذير السفر. وحذر طهران من العواقب."
    )
    countries = [
        ("country", "NOR", [("النرويج", "name")]),
        ("country", "IRN", [("طهران", "capital")]),
    ]
    s = _run(text, PEOPLE + countries)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1"), ("حث", "p1"), ("حذر", "p1")]
    # A feminine verb, a state that takes a masculine one, a seat of government: subjects.
    s = _run("وأكدت النرويج أن الاتفاق مهم.", countries)
    assert [x.speaker for x in s] == ["NOR"]
    iraq = [("country", "IRQ", [("العراق", "name")])]
    assert [x.speaker for x in _run("وأعلن العراق أن الحدود مفتوحة.", iraq)] == ["IRQ"]
    assert [x.speaker_name_ar for x in _run("وأعلن البيت الأبيض أن الاتفاق مهم.", [])] == [
        "البيت الأبيض"
    ]


def test_participle_without_comma_before_an_adverbial_and_that():
    text = "ودعا سالم الراشدي إلى دعم التنمية موضحا في هذا الصدد أن الهجرة تتراجع."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("دعا", "p1"), ("موضحا", "p1")]


def test_writing_defending_and_commenting_are_statements():
    text = (
        "وكتب سالم الراشدي على تويتر أن الاتفاق سيئ. ودافع جون سميث عن لقائه مع الوفد، "
        "معلقا على الانتقادات بأنها مبالغ فيها."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [
        ("كتب", "p1"), ("دافع", "p2"), ("معلقا", "p2")
    ]
    assert _run("وقرأ سالم الراشدي كتب التاريخ.", PEOPLE) == []


def test_name_set_off_by_commas_before_its_verb_is_the_speaker():
    text = "قال جون سميث إن الوضع جيد. غير أن رئيس الوزراء، سالم الراشدي، أكد أنه لن يذهب."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p2"), ("أكد", "p1")]


def test_admitting_and_insisting_are_statements():
    text = "واعترف سالم الراشدي بأن الخطة تأخرت. وأصر جون سميث على أن الاتفاق قائم."
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("اعترف", "p1"), ("أصر", "p2")]


def _said(text: str) -> list[tuple[str | None, str]]:
    """(speaker as named, verb) of each statement the whole pipeline extracts."""
    return [(s.speaker_name_ar, s.verb_ar) for s in extract_text(text).statements]


def _said_by_id(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.verb_ar) for s in extract_text(text).statements]


def _verbs(text: str) -> list[str]:
    return [s.verb_ar for s in extract_text(text).statements]


def test_a_participle_well_after_the_statement_verb_continues_it_without_a_comma():
    text = (
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو سترد على القرار مشددا على أن "
        "المبدأ سيطبق."
    )
    assert _said(text) == [("سيرغي لافروف", "قال"), ("سيرغي لافروف", "مشددا")]
    # right after the verb it is the manner of saying, or an adjective of the subject
    verbs = [v for _, v in _said("وقالت مجموعة مدافعة عن الصحافيين في تقرير إن الهجمات زادت.")]
    assert verbs == ["قالت"]


def test_a_state_named_like_a_nisba_speaks_and_no_person_past_a_relative_clause():
    assert _said_by_id("وقالت السعودية في بيان إنها تؤيد القرار.") == [("SAU", "قالت")]
    assert _said_by_id("وقال المسؤول إن الرقصات السعودية جميلة.") == [(None, "قال")]
    text = (
        "أعلنت المملكة العربية السعودية، الثلاثاء، تأييدها للخطوات التي أعلنها الرئيس "
        "الأميركي دونالد ترامب بشأن الاتفاق."
    )
    assert _said_by_id(text)[:1] == [("SAU", "أعلنت")]


def test_hinting_warning_denouncing_and_wondering_are_statements():
    assert _verbs("ونبه صندوق النقد الدولي، يوم الثلاثاء، إلى أن مستويات الديون مرتفعة.") == ["نبه"]
    assert _verbs("ولمح الرئيس التركي إلى عملية عسكرية أخرى.") == ["لمح"]
    assert _verbs("ونددت إسرائيل بهذه الخطوة.") == ["نددت"]
    # "لمح" with no object is not a statement
    assert _verbs("ولمح الرئيس التركي في الأسبوع الماضي.") == []


def test_a_feminine_pronoun_verb_continues_the_last_feminine_speaker():
    text = (
        "قالت وزارة الصحة إن عدد الضحايا ارتفع.\n"
        "وقال المتحدث باسم الوزارة أشرف القدرة إن المستشفيات مكتظة.\n"
        "واتهمت في بيانها الجيش باستخدام القوة المفرطة."
    )
    assert _said(text)[-1] == ("وزارة الصحة", "اتهمت")
    # a woman by her title is a feminine speaker herself
    text = "وقالت وزيرة الخارجية الكندية شيرستيا فريلاند إن الرسوم مؤسفة.\nوأضافت أن الرد قادم."
    assert _said(text)[-1] == ("شيرستيا فريلاند", "أضافت")


def test_a_person_named_after_a_feminine_verb_is_a_woman_for_later_feminine_verbs():
    # Untitled, she is known as a woman by her verb; a man speaks between.
    text = (
        "وقالت أنجيلا ميركل إن الاتفاق مهم.\n"
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات ناجحة.\n"
        "وأكدت أن بلادها ستواصل دعم الاتفاق."
    )
    assert _said(text)[-1] == ("أنجيلا ميركل", "أكدت")


def test_a_feminine_pronoun_verb_is_no_continuation_of_a_titled_man():
    # With no woman, state or institution speaking before, its subject is not named.
    text = (
        "وقال الناطق باسم المحكمة سفيان السليطي إن السلطات السويسرية اتصلت بالقاضي.\n"
        "وأكدت له أنها لا تتعامل إلا مع الجهات الرسمية."
    )
    assert _said(text) == [("سفيان السليطي", "قال")]


def test_an_agency_that_is_no_news_agency_speaks_also_by_its_bare_head():
    text = (
        "حذرت الوكالة الأوروبية للأدوية من إصابات محتملة بالسرطان.\n"
        "ولفتت الوكالة إلى أنها تجهل عدد المرضى."
    )
    agency = "الوكالة الأوروبية للأدوية"
    assert [o.name_ar for o in extract_text(text).organizations] == [agency]
    assert _said(text) == [(agency, "حذرت"), (agency, "لفتت")]
    # a news agency's own reporting stays attribution
    text = "ذكرت وكالة الأنباء السعودية أن الوزير وصل.\nوأضافت الوكالة أن الزيارة تستمر يومين."
    assert extract_text(text).statements == []


def test_a_reporting_verb_with_an_object_pronoun_in_a_relative_clause():
    text = "رحب مصدر سعودي مسؤول، الجمعة، بما أعلنته الرئاسة التركية عن تجاوبها مع الطلب."
    assert _said(text) == [("مصدر سعودي مسؤول", "رحب"), ("تركيا", "أعلنته")]
    # it does not take over who speaks next
    text = (
        "وقال الوزير إن الهجوم فشل، وفق ما أكده مصدر أمني.\n"
        "وأضاف أن التحقيق متواصل."
    )
    assert _said(text)[-1] == ("الوزير", "أضاف")


def test_a_subject_set_off_from_its_verb_by_a_relative_clause():
    text = (
        "بحث وزير الخارجية خميس الجهيناوي مع نظيره الروسي سيرغي لافروف التعاون.\n"
        "وذكر بلاغ للوزارة أن الجهيناوي الذي التقى لافروف على هامش المنتدى، عبر عن "
        "الارتياح لمستوى العلاقات."
    )
    assert ("خميس الجهيناوي", "عبر") in _said(text)


def test_a_state_as_subject_speaks_itself_not_a_person_named_after_it():
    text = (
        "أصيب العميل الروسي السابق سيرغي سكريبال بالتسمم.\n"
        "واتهمت بريطانيا، روسيا بمحاولة قتل سكريبال وابنته."
    )
    assert _said(text) == [("المملكة المتحدة", "اتهمت")]


def test_a_person_after_a_preposition_on_the_verb_is_its_object_not_its_subject():
    text = (
        "أصيب رئيس البلدية أنطونيو هاليلي.\n"
        "وقال المتحدث باسم الرئيس إن الاغتيال مدان، وأشاد بهاليلي كرئيس ناجح."
    )
    assert _said(text) == [("المتحدث باسم الرئيس", "قال"), ("المتحدث باسم الرئيس", "أشاد")]


def test_a_quoted_name_in_a_title_is_no_quotation():
    # "تحالف "دعم الشرعية في اليمن"" names the coalition; the spokesman is named after it.
    text = (
        'قال المتحدث الرسمي باسم تحالف "دعم الشرعية في اليمن"، تركي المالكي، إنه يعتقد أن '
        "المنظمات تعمل تحت الضغط."
    )
    assert _said(text) == [("تركي المالكي", "قال")]


def test_what_an_institution_said_is_no_apposition():
    text = "أعلن جهاز الأمن الداخلي أنه كشف مخططا لاستهداف رئيس الوزراء بنيامين نتانياهو."
    assert [speaker for speaker, _ in _said(text)] == ["جهاز الأمن الداخلي"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of the verb that opens the sentence speaks in the verb joined to it
        (
            "أجرى العاهل السعودي، الملك سلمان بن عبد العزيز، اتصالا هاتفيا مع الرئيس التركي "
            "رجب طيب أردوغان، وعبر فيه عن شكره لأردوغان على ترحيبه بتشكيل فريق عمل مشترك.",
            [("سلمان بن عبد العزيز", "عبر")],
        ),
        (
            "وزارت وزيرة الداخلية البريطانية، أمبر راد، المدينة اليوم الجمعة، وقالت إنهما لا "
            "يزالان في حالة خطيرة.",
            [("أمبر راد", "قالت")],
        ),
        # or in the next sentence of the paragraph
        (
            "التقى وزير الخارجية سامح شكري نظيره الروسي سيرغي لافروف. وأكد أن التعاون مهم.",
            [("سامح شكري", "أكد")],
        ),
        # after كان the reporting verb is its predicate
        (
            "وكان وزير الطاقة الروسي ألكسندر نوفاك صرح الخميس بأن القيود يمكن تخفيفها.",
            [("ألكسندر نوفاك", "صرح")],
        ),
    ],
)
def test_a_pronoun_verb_joined_to_an_opening_verb_takes_its_subject(text, expected):
    assert _said(text) == expected


def test_a_verb_with_a_subject_of_its_own_does_not_take_the_opening_subject():
    # "ولكن رونالدو أكد": رونالدو, whoever the extractor knows him as, is the subject
    text = (
        "وكان النجم الأرجنتيني ليونيل ميسي قد ظهر على غلاف مجلة، ولكن رونالدو أكد بعد "
        "المباراة أن لحيته لا علاقة لها بهذا الأمر."
    )
    assert ("ليونيل ميسي", "أكد") not in _said(text)


def test_a_ruler_named_by_first_name_alone_later_is_the_same_person():
    text = "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس. وأكد تميم أن التعاون مهم."
    assert _said(text) == [("الشيخ تميم بن حمد آل ثاني", "أكد")]


def test_an_office_and_a_nationality_name_a_peer_known_by_nationality_only():
    text = (
        "التقى وزير الخارجية الأميركي مايك بومبيو نظيريه الياباني تارو كونو والكورية "
        "الجنوبية كانغ كيونغ وا. من جهتها أكدت الوزيرة الكورية الجنوبية أن التحالف قوي."
    )
    assert ("كانغ كيونغ وا", "أكدت") in _said(text)


def test_telling_and_thanking_need_a_named_speaker():
    # The subject comes first, then the one told or thanked.
    assert _said(
        "وأبلغ الرئيس الروسي فلاديمير بوتين نظيره الفرنسي أن بلاده مستعدة للحوار."
    ) == [("فلاديمير بوتين", "أبلغ")]
    assert _said("وشكر وزير الخارجية الأمريكي مايك بومبيو السعودية على دعمها.") == [
        ("مايك بومبيو", "شكر")
    ]
    # An unnamed subject cannot be told from the one told; بلغ is "amounts to"; شكرا thanks.
    assert _said("وأبلغت أسرة الطفل الشرطة بعد الظهر أن سيارتها اختفت.") == []
    assert _said("يبلغ عدد سكان البلاد نحو خمسة ملايين. شكرا لكم على الاستضافة.") == []
    # One name before what is said is the one thanked; the verb's pronoun speaks.
    assert _said(
        "بدوره، عبر الأمير وليام عن سعادته بالزيارة. وشكر الرئيس عباس على الاستقبال الحار."
    ) == [("الأمير وليام", "عبر"), ("الأمير وليام", "شكر")]
    # The officials of a nisba are the ones told, and name no speaker.
    assert _said("وأبلغ الكرملين مسؤولين إسرائيليين أن الضربات تضر بالمصالح الروسية.") == []


def test_speaker_named_before_a_switch_cue_or_after_amma():
    said = _said(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن الهجوم مدان. "
        "ورئيسة المجلس ميغاواتي سوكارنو، من جانبها، أعربت عن دعمها للمبادرة. "
        "أما المدعي العام الفرنسي، فرانسوا مولان، فقد قال للصحيفة إن الهجمات لا تكلف الكثير."
    )
    assert said == [
        ("إيمانويل ماكرون", "قال"),
        ("ميغاواتي سوكارنو", "أعربت"),
        ("فرانسوا مولان", "قال"),
    ]


def test_subject_in_latin_letters_is_not_the_last_speaker():
    said = _said(
        "وقال الرئيس الأمريكي السابق بيل كلينتون إنه يرغب في المشاركة. "
        "وذكرت CNN بطلبها بأن هذه السجلات قد تظهر الحقيقة."
    )
    assert said == [("بيل كلينتون", "قال")]


def test_groups_and_sentence_opening_sources_are_attributions():
    # A group quoted as a source speaks; the ل of "وفقا ل" is not part of its name.
    assert _said("وقتل العشرات في القصف وفقا لناشطين سوريين.") == [("ناشطين سوريين", "وفقا")]
    assert _said("وتهدف الشحنات إلى دعم الحليف، وفقا للمسؤولين.") == [("المسؤولين", "وفقا")]
    # A source that opens the sentence: what was said follows it.
    said = extract_text(
        "وقال المتحدث باسم الرئاسة المصرية بسام راضي إن اللقاء مهم. "
        "وبحسب شهود عيان، فإن المهاجم استخدم بندقية. وأضاف أن مصر أرسلت قافلة."
    ).statements
    assert [(s.speaker_name_ar, s.verb_ar) for s in said] == [
        ("بسام راضي", "قال"),
        ("شهود عيان", "بحسب"),
        ("بسام راضي", "أضاف"),  # the group is not who the next pronoun is
    ]
    assert said[1].text_ar == "فإن المهاجم استخدم بندقية"
    # The preposition keeps its own و ("وفقا"), and loses the conjunction before it.
    for text in ("وفقا لمراقبين، فإن العقوبات ستشتد.", "ووفقا لمراقبين، فإن العقوبات ستشتد."):
        assert _said(text) == [("مراقبين", "وفقا")], text
    # The issuer of an opening communiqué is named before what was said, not in it: with
    # none named, the communiqué itself is the source.
    said = _said("وبحسب البيان فإن الرئيس الفرنسي إيمانويل ماكرون يدعم المشروع.")
    assert said == [("البيان", "بحسب")]


def test_a_two_letter_east_asian_family_name_is_a_short_form():
    said = _said(
        "عرض الرئيس الصيني شي جين بينغ تمويلا جديدا لأفريقيا. "
        "وتعهد شي بتنمية يراها المواطنون."
    )
    assert said == [("شي جين بينغ", "تعهد")]


def test_a_relay_with_the_masdar_of_describing_or_stressing():
    said = _said(
        "ونقلت وكالات أنباء روسية عن نائب وزير الخارجية ألكسندر غروشكو وصفه للتسميم بأنه "
        "استفزاز."
    )
    assert said == [("ألكسندر غروشكو", "وصفه")]


def test_an_object_in_bi_ends_an_unnamed_subject_after_a_verb_governing_bi():
    assert _said("ورحبت الكنيسة القبطية بالزيارة التاريخية لولي العهد.") == [
        ("الكنيسة القبطية", "رحبت")
    ]
    # After other verbs a word in بال may place the speaker.
    assert _said("وأعلن مسؤول بالبيت الأبيض أن الرئيس سيسافر.") == [("مسؤول بالبيت الأبيض", "أعلن")]


def test_a_relay_on_the_tongue_of_the_one_quoted():
    said = _said(
        "ونقلت وكالة الأنباء السعودية على لسان وزير المالية محمد الجدعان قوله إن الاتفاقية "
        "تأتي امتدادا للدعم."
    )
    assert said == [("محمد الجدعان", "قوله")]


def test_the_authorities_of_a_state_speak_for_it():
    assert _said("وذكرت السلطات السعودية أن الصحفي غادر القنصلية.") == [
        ("المملكة العربية السعودية", "ذكرت")
    ]
    # A person named after "the authorities" is what they announced, not a speaker.
    said = _said("أعلنت السلطات الأوكرانية مقتل الصحافي الروسي البارز أركادي بابتشينكو أمس.")
    assert said == [("أوكرانيا", "أعلنت")]


def test_a_common_noun_after_a_definite_subject_is_the_verbs_object():
    assert _said("وأعلن الرئيس الفرنسي حالة الطوارئ والحداد لمدة ثلاثة أيام.") == [
        ("الرئيس الفرنسي", "أعلن")
    ]
    # A name after a definite title goes on the subject: أحمد is a common noun too.
    said = _said("وأفاد المتحدث باسم دائرة الصحة أحمد الكناني بأن المستشفيات استقبلت المصابين.")
    assert said and "أحمد الكناني" in said[0][0]


def test_a_capital_right_after_the_verb_is_its_government():
    assert _said("ونفت موسكو بشدة مسؤوليتها عن تسميمه.") == [("روسيا", "نفت")]
    # Not the capital as a place, nor a newspaper named after it.
    assert _said("وقال في موسكو إن العقوبات ستستمر.") == []
    assert _said("وقالت واشنطن بوست إن العقوبات ستستمر.") == [("واشنطن بوست", "قالت")]


def test_a_verb_followed_by_in_it_is_said_by_the_one_who_wrote_it():
    said = _said("وكتب الرئيس الأمريكي دونالد ترامب تغريدة الأسبوع الماضي قال فيها إنه سعيد.")
    assert said == [("دونالد ترامب", "قال")]
    # The subject of the sentence, not the one called; after a relative, the nearest.
    said = _said(
        "أجرى الملك سلمان بن عبد العزيز اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، "
        "وعبر فيه عن شكره."
    )
    assert said == [("سلمان بن عبد العزيز", "عبر")]
    said = _said(
        "ورد الرئيس الإيراني حسن روحاني على تغريدة الرئيس الأمريكي دونالد ترامب التي قال "
        "فيها إن الاتفاق سيئ."
    )
    assert said == [("دونالد ترامب", "قال")]


def test_a_person_after_that_and_a_comma_speaks_the_verb_after_the_comma():
    said = _said(
        "وقال المتحدث باسم الكنيسة بولس حليم إن الزيارة مهمة. وأشار إلى أن الأمير محمد بن "
        "سلمان، أشاد بدور الكنيسة."
    )
    assert ("الأمير محمد بن سلمان", "أشاد") in said


def test_threats_and_revelations_are_statements():
    said = _said("هدد الرئيس الأمريكي دونالد ترامب، الخميس، بفرض رسوم جديدة على الواردات.")
    assert said == [("دونالد ترامب", "هدد")]
    said = _said("يكشف وزير الخارجية سامح شكري أن المفاوضات تعثرت.")
    assert said and said[0][1] == "يكشف"


def test_a_capital_or_seat_of_government_after_an_attribution_is_its_state():
    assert _said("وبحسب الإليزيه فإن الاتفاق سيوقع قريبا.") == [("فرنسا", "بحسب")]
    assert _said("وأغلقت الحدود، وفقا لموسكو.") == [("روسيا", "وفقا")]
    # also as the issuer of the document named: "a statement of the Kremlin"
    said = _said("وناقش الرئيسان الخطوات التالية في سوريا، حسب إعلان الكرملين.")
    assert said == [("روسيا", "حسب")]


def test_a_document_whose_issuer_is_not_named_is_kept_as_the_source():
    assert _said("وبحسب البيان فإن الاتفاق سيوقع قريبا.") == [("البيان", "بحسب")]
    said = _said("وارتفعت الصادرات إلى 3 مليارات يورو، بحسب تقرير لمرصد التسلح.")
    assert said == [("تقرير", "بحسب")]


def test_an_envoy_sent_to_a_state_speaks_not_the_body_that_sent_him():
    text = "وقال مبعوث الأمم المتحدة إلى اليمن مارتن غريفيثس إن التصعيد خطير."
    assert _said(text) == [("مارتن غريفيثس", "قال")]


def test_a_feminine_form_is_known_for_a_verb_with_a_hamza():
    # أكدت is أكد + ت: the lemma is compared in its normalized form.
    text = (
        "قالت وزارة الصحة إن عدد الضحايا ارتفع.\n"
        "وقال المتحدث باسم الوزارة أشرف القدرة إن المستشفيات مكتظة.\n"
        "وأكدت في بيانها أن الجيش استخدم القوة المفرطة."
    )
    assert _said(text)[-1] == ("وزارة الصحة", "أكدت")


def test_the_people_steps_role_titles_head_a_speaker():
    # القيادي، الناشط، الطبيب … are titles of the people step: the named person speaks.
    text = "قال القيادي في حركة النهضة رفيق عبد السلام إن إقحام الحزب خطأ."
    assert _said(text) == [("رفيق عبد السلام", "قال")]
    # a role does not speak for the body in its title, as an office's spokesman does
    text = "وأكد القيادي بحزب العمال أن الحكومة ستسقط."
    assert _said(text) == [("القيادي بحزب العمال", "أكد")]


def test_a_consulate_speaks_as_an_embassy_does():
    assert _said("وأكدت القنصلية أن الصحفي غادر المبنى.") == [("القنصلية", "أكدت")]


def test_directing_thanks_criticism_or_an_invitation_is_a_statement():
    # وجه speaks only with a speech object (الشكر، انتقادات، دعوة …), which is no part of
    # the speaker's name; charges (اتهامات) are left out, often passive (وُجّهت).
    assert _said(
        "ووجه الرئيس الأميركي دونالد ترامب انتقادات لاذعة لشركات الأدوية بسبب الأسعار."
    ) == [("دونالد ترامب", "وجه")]
    assert _said("كما وجه الرئيس الفرنسي إيمانويل ماكرون دعوة للعاهل الأردني لزيارة فرنسا.") == [
        ("إيمانويل ماكرون", "وجه")
    ]
    assert _said("ووجه الرئيس الفرنسي إيمانويل ماكرون مدير حملته إلى باريس.") == []
    assert _said("ووجهت إلى المتهم اتهامات بالخيانة.") == []


def test_a_relay_without_a_saying_masdar_has_the_relay_verb_as_its_verb():
    assert _said("ونقلت وكالة أسوشيتد برس عن مسؤول أمني أن مهاجمين أطلقوا النار.") == [
        ("مسؤول أمني", "نقلت")
    ]
    text = (
        "ونقلت شبكة إيه بي سي نيوز عن المتحدثة باسم البيت الأبيض، سارة ساندرز، إن الرئيس "
        "سيلتقي الزعيم الكوري."
    )
    assert _said(text) == [("سارة ساندرز", "نقلت")]
    # With "قوله", the masdar is the verb; "نقلا عن" only credits a source.
    assert _verbs("ونقلت وكالة رويترز عن مسؤول صيني قوله إن غوغل أجرت اتصالات.") == ["قوله"]
    text = "وقال وزير الإعلام يماني جبر ميسكيل نقلا عن بيان مشترك إن حالة الحرب انتهت."
    assert _said(text) == [("يماني جبر ميسكيل", "قال")]


def test_noting_that_is_a_statement_and_noticing_a_thing_is_not():
    said = _said("ولاحظ السفير الفرنسي أن معدلات رفض التأشيرة ضعيفة.")
    assert said == [("السفير الفرنسي", "لاحظ")]
    assert _said("ولاحظ السفير الفرنسي تسربا للمياه أمام المنزل.") == []


def test_a_verb_followed_by_saying_says_what_the_participle_says():
    # "وتابع قائلا: «…»": the verb said nothing of its own before the participle, yet it is
    # a statement too (both are listed), with the participle's words.
    text = (
        "التقى سالم الراشدي جون سميث. وقال الراشدي إن التعاون مهم. "
        'وتابع قائلا: "العلاقات متينة". وأردف الراشدي قائلا إن الزيارة ناجحة.'
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [
        ("قال", "p1"), ("تابع", "p1"), ("قائلا", "p1"), ("أردف", "p1"), ("قائلا", "p1")
    ]
    assert s[1].text_ar == s[2].text_ar == '"العلاقات متينة"'
    assert s[3].text_ar == "إن الزيارة ناجحة"


def test_a_headline_subject_before_its_verb_speaks():
    # A state named like a nisba, or a capital, opening the clause is the subject of the
    # verb after it; an adjective after a noun is not (the body it qualifies speaks).
    assert _said_by_id("السعودية ترحب بتجاوب تركيا مع طلب تشكيل فريق مشترك.") == [
        ("SAU", "ترحب")
    ]
    assert _said("وكانت موسكو أعلنت تزويد الدفاعات الجوية السورية بالصواريخ.") == [
        ("روسيا", "أعلنت")
    ]
    text = "وقالت الحكومة السعودية إن الزيارة مهمة. والحكومة السعودية ترحب بالقرار."
    assert _said(text)[1:] == [("الحكومة السعودية", "ترحب")]
    # A verb with a nominal reading (شكر، علق، جدد) follows a subject opening its clause;
    # a state before توقع signs (تُوقّع).
    text = "وقال وزير الخارجية الأمريكي مايك بومبيو إن الاتصال مثمر. بومبيو يشكر السعودية."
    assert _said(text)[1:] == [("مايك بومبيو", "يشكر")]
    assert _said("فرنسا توقع مبادرة التدخل الأوروبية مع ثماني دول.") == []


def test_a_speaker_named_by_one_of_a_persons_names_alone_is_that_person():
    # "كيم" (a family name written first) and "آبي" (a given name used alone) are not the
    # people step's short forms; an Arabic given name alone names no one.
    specs = [
        ("person", "p1", [("كيم هيونغ سو", "name")]),
        ("person", "p2", [("مصطفى وزيري", "name")]),
    ]
    s = _run("التقى الوزير كيم هيونغ سو الوفد. وقال كيم إن المحادثات جيدة.", specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1")]
    s = _run("وصل مصطفى وزيري أمس. وقال مصطفى إن المعرض افتتح.", specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", None)]


def test_a_report_or_data_speaks_but_a_news_outlets_report_is_attribution():
    s = _run("وأوضح التقرير الأممي أن الحوثيين يحتجزون أفرادا.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("التقرير الأممي", "أوضح")]
    s = _run("كشفت بيانات رسمية أن تركيا سحبت مليار دولار. وأوضحت البيانات أن الاحتياطي تراجع.", [])
    assert [x.verb_ar for x in s] == ["كشفت", "أوضحت"]
    # A report of a news agency, and that report named again, are the agency's reporting.
    text = "أفاد تقرير لوكالة الأنباء الصينية بأن السياح زادوا. وأشار التقرير إلى أن العدد تضاعف."
    assert _run(text, []) == []
    assert _run("وذكرت تقارير إعلامية أن مسلحا أطلق النار.", []) == []


def test_showing_is_said_by_data_or_a_document_and_footage_says_nothing():
    text = "وأظهرت بيانات المركزي القطري ارتفاع الودائع. وأظهرت وثيقة حكومية أن الضريبة زادت."
    s = _run(text, [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("بيانات المركزي القطري", "أظهرت"), ("وثيقة حكومية", "أظهرت")
    ]
    assert _run("وأظهرت لقطات تلفزيونية الرئيس وهو يصافح ضيفه.", []) == []
    assert _run("وقالت الوزارة إن الوضع هادئ. وأظهرت صور أن الطريق مغلق.", [])[1:] == []


def test_wishing_praising_condemning_proposing_doubting_and_tweeting_are_statements():
    assert _verbs("وتمنى الرئيس البشير أن تشهد العلاقات مزيدا من التطور.") == ["تمنى"]
    assert _verbs("وأثنى الرئيس أردوغان على موقف قطر.") == ["أثنى"]
    assert _verbs("وأدانت الجامعة العربية الهجوم الإرهابي على المسجد.") == ["أدانت"]
    assert _verbs("واقترحت فرنسا وإسبانيا إقامة مراكز استقبال في أوروبا.") == ["اقترحت"]
    assert _verbs("وشككت المستشارة الألمانية أنغيلا ميركل في جدوى العقوبات.") == ["شككت"]
    assert _verbs('وغرد وزير الخارجية جبران باسيل على تويتر: "إجراءاتنا تبدأ غدا".') == ["غرد"]
    assert _verbs("ويأمل العراق أن يجمع المبلغ من المؤتمر.") == ["يأمل"]
    # Ruling out a possibility is a statement; leaving a player out, or a court's
    # conviction, is an act.
    assert _verbs("واستبعد المستشار التجاري بيتر نافارو حدوث تصعيد للتوترات.") == ["استبعد"]
    assert _verbs("واستبعد المدرب موراتا وروبيرتو من قائمة المونديال.") == []
    assert _verbs("وأدانت محكمة بريطانية الجمعة رجلا بتجنيد الأطفال.") == []


def test_a_plural_in_un_after_the_verb_is_its_subject_not_the_last_speaker():
    text = (
        "وقال سالم الراشدي إن الاتفاق مهم. ونفى المسلحون أنفسهم التوصل إلى اتفاق. "
        "واعتبر اقتصاديون مصريون خطة الحكومة خطوة جيدة."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("سالم الراشدي", "قال"), ("المسلحون", "نفى"), ("اقتصاديون مصريون", "اعتبر")
    ]
    # A singular in ون (قانون) is no plural subject.
    s = _run("وقال سالم الراشدي إن الاتفاق مهم. وأكد قانون الانتخابات الجديد حق التصويت.", PEOPLE)
    assert [x.speaker for x in s] == ["p1", "p1"]


def test_observatories_coalitions_groups_and_commands_speak_but_not_for_a_state():
    text = (
        "وأكد المرصد السوري لحقوق الإنسان أن البلدتين خاليتان. "
        "وأعلن التحالف أن الصاروخ استهدف مناطق مدنية. "
        "وذكرت الجماعة أن الهجوم قتل أربعة. "
        "وأوضحت القيادة أن قوات مشتركة انطلقت."
    )
    specs = [("country", "SYR", [("سوريا", "name"), ("السوري", "nisba"), ("السورية", "nisba")])]
    s = _run(text, specs)
    assert [(x.speaker, x.verb_ar) for x in s] == [
        (None, "أكد"), (None, "أعلن"), (None, "ذكرت"), (None, "أوضحت")
    ]
    assert s[0].speaker_name_ar == "المرصد السوري لحقوق الإنسان"
    # after a state's own body the nisba still names the state
    s = _run("وقالت الحكومة السورية إن الوضع هادئ.", specs)
    assert [x.speaker for x in s] == ["SYR"]


def test_a_study_or_documents_are_a_source_and_a_study_speaks():
    s = _run("وبحسب الدراسة فإن قيادات في التنظيم تلقت دعما.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("الدراسة", "بحسب")]
    s = _run("وحسب الوثائق، فإن الشحنات هي الأولى من نوعها.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("الوثائق", "حسب")]
    s = _run("كشفت دراسة حديثة أن الخلايا تبقى نشطة.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("دراسة حديثة", "كشفت")]


def test_a_law_or_an_agreement_that_provides_is_a_statement_of_the_document():
    text = (
        "وينص الاتفاق الموقع بين البلدين على إلغاء الرسوم الجمركية. كما ينص على خفض الضرائب. "
        "وأبرمت روسيا والفصائل اتفاقا لوقف إطلاق النار، ينص على إجلاء المقاتلين."
    )
    s = _run(text, [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("الاتفاق الموقع بين البلدين", "ينص"),
        ("الاتفاق الموقع بين البلدين", "ينص"),
        ("اتفاقا لوقف إطلاق النار", "ينص"),
    ]
    assert s[0].text_ar == "إلغاء الرسوم الجمركية"
    # "نص" is also the noun 'text': only a verb at the head of its clause provides.
    assert _run("ووافق البرلمان على نص الاتفاق على الفور.", []) == []
    s = _run("ونصت الخطة على تشكيل حكومة انتقالية.", [])
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("الخطة", "نصت")]


def test_a_communique_after_the_verb_speaks_for_the_body_that_issued_it():
    specs = PEOPLE + [("org", "o1", [("وزارة الدفاع", "name")])]
    text = (
        "وقال سالم الراشدي إن الوضع هادئ. وأفاد بيان لوزارة الدفاع أن القوات انسحبت. "
        "وقال بيان صادر عن بنك باركليز إن الهيئتين لم تعتبرا سلوكه مخلا."
    )
    s = _run(text, specs)
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("سالم الراشدي", "قال"), ("وزارة الدفاع", "أفاد"), ("بنك باركليز", "قال")
    ]
    # the communiqué alone after a person spoke is the communiqué's, not the person's
    s = _run("وقال سالم الراشدي إن الوضع هادئ. وأوضح البيان أن القوات انسحبت.", specs)
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("سالم الراشدي", "قال"), ("البيان", "أوضح")
    ]
    # and after a body spoke, that body's
    s = _run("وأفاد بيان لوزارة الدفاع أن القوات انسحبت. وأضاف البيان أن الوضع هادئ.", specs)
    assert [x.speaker for x in s] == ["o1", "o1"]


def test_what_a_communique_or_a_letter_says_is_its_issuers_statement():
    specs = [("org", "o1", [("وزارة الدفاع", "name")])]
    text = "وجاء في بيان لوزارة الدفاع أن القوات انسحبت من المدينة."
    s = _run(text, specs)
    assert [(x.speaker, x.verb_ar, x.text_ar) for x in s] == [
        ("o1", "جاء", "أن القوات انسحبت من المدينة")
    ]
    s = _run("وأصدرت وزارة الدفاع بيانا جاء فيه، أن البارجة دخلت البحر الأسود.", specs)
    assert [(x.speaker, x.verb_ar) for x in s] == [("o1", "جاء")]
    # what follows is no statement, and "حسب ما جاء في" credits a source
    assert _run("وجاء في المرتبة الثانية المنتخب السعودي برصيد 3 نقاط.", specs) == []
    s = _run("وأكد سالم الراشدي أهمية الاتفاق، وفق ما جاء في البلاغ.", PEOPLE + specs)
    assert [x.verb_ar for x in s] == ["أكد"]


def test_a_source_named_again_or_a_persons_name_after_the_verb_is_its_subject():
    # the source again is the source that spoke, not the person who spoke last
    text = (
        "وقال مصدر عسكري إن القوات تقدمت. وأكد سالم الراشدي أهمية الاتفاق. "
        "وكشف المصدر الأمني أن الهجوم فشل."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("مصدر عسكري", "قال"), ("سالم الراشدي", "أكد"), ("المصدر الأمني", "كشف")
    ]
    s = _run("وقال مصدر عسكري إن القوات تقدمت. وأضاف المصدر أن الهجوم فشل.", PEOPLE)
    assert [x.speaker_name_ar for x in s] == ["مصدر عسكري", "مصدر عسكري"]
    # media sources named again stay attribution
    s = _run("وذكرت مصادر إعلامية أن القوات تقدمت. وأضافت المصادر أن الهجوم فشل.", [])
    assert s == []
    # one of a known person's names right after the verb, with no أن after it
    people = PEOPLE + [("person", "p3", [("يركي كاتاينن", "name")])]
    text = "التقى يركي كاتاينن سالم الراشدي. وقال الراشدي إن اللقاء مثمر. ودعا كاتاينن إلى الحوار."
    s = _run(text, people)
    assert [(x.speaker, x.verb_ar) for x in s] == [("p1", "قال"), ("p3", "دعا")]


def test_a_reply_in_words_is_a_statement_and_a_reply_in_deeds_or_a_mention_is_not():
    specs = [
        ("country", "PRK", [("بيونغيانغ", "name")]),
        ("country", "TUR", [("تركيا", "name")]),
    ]
    text = (
        "وألغى الرئيس القمة، فيما ردت بيونغيانغ بأنها ترغب في منح الوقت للمحادثات. "
        "وردت تركيا على العقوبات بالمثل. وورد في التقرير بأن الخسائر كبيرة."
    )
    s = _run(text, specs)
    assert [(x.speaker, x.verb_ar) for x in s] == [("PRK", "ردت")]
    assert s[0].text_ar == "بأنها ترغب في منح الوقت للمحادثات"


def test_a_body_a_person_heads_speaks_not_the_person():
    text = (
        "وقال سالم الراشدي إن الوضع هادئ. وتقول إدارة الراشدي إنها اختارت موقعا جديدا. "
        "وأفادت المنظمة أن سميث اعتقل."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker, x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("p1", "سالم الراشدي", "قال"),
        (None, "إدارة الراشدي", "تقول"),
        (None, "المنظمة", "أفادت"),
    ]


def _titled(doc: Document, key: str, name: str, title: str, country: str | None) -> Entity:
    """A person entity with a title and a country, named once in ``doc``."""
    mentions = [
        Mention(m.start, m.end, m.first, m.last, doc.tokens[m.first].sentence, m.value)
        for m in Gazetteer([(name, "name")]).find(doc.tokens)
    ]
    fact = Person(
        id=key, name_ar=name, name_en=key.upper(), title_ar=title, country=country,
        role="principal", evidence=[doc.evidence(mentions[0].start, mentions[0].end)],
    )
    return Entity(fact, mentions)


def test_an_office_and_a_nationality_name_a_counterpart_and_a_king_his_title():
    text = (
        "التقى خميس الجهيناوي نظيره البريطاني بوريس جونسون. "
        "وأكد وزير الخارجية البريطاني أهمية الشراكة. واستقبل عبد الله الثاني الوزيرين. "
        "وشدد الملك على ضرورة الحوار."
    )
    doc = Document.build("t", text)
    speakers = [
        _titled(doc, "p1", "خميس الجهيناوي", "وزير الشؤون الخارجية", "TUN"),
        _titled(doc, "p2", "بوريس جونسون", "نظيره البريطاني", "GBR"),
        _titled(doc, "p3", "عبد الله الثاني", "ملك الأردن", "JOR"),
    ]
    gbr = Gazetteer([("البريطاني", "nisba")]).find(doc.tokens)
    speakers.append(
        Entity(
            Country(iso3="GBR", name_en="GBR", name_ar="بريطانيا", role="participant",
                    evidence=[doc.evidence(gbr[0].start, gbr[0].end)]),
            [Mention(m.start, m.end, m.first, m.last, doc.tokens[m.first].sentence, m.value)
             for m in gbr],
        )
    )
    s = find_statements(doc, speakers)
    assert [(x.speaker, x.verb_ar) for x in s] == [("p2", "أكد"), ("p3", "شدد")]


def test_an_office_and_a_nationality_name_the_one_whose_title_begins_with_the_office():
    text = "التقى طارق قابيل الوفد. وقال وزير التجارة المصري إن الصادرات زادت."
    doc = Document.build("t", text)
    egy = Gazetteer([("المصري", "nisba")]).find(doc.tokens)
    speakers = [
        _titled(doc, "p1", "طارق قابيل", "وزير التجارة والصناعة", None),
        Entity(
            Country(iso3="EGY", name_en="EGY", name_ar="مصر", role="participant",
                    evidence=[doc.evidence(egy[0].start, egy[0].end)]),
            [Mention(m.start, m.end, m.first, m.last, doc.tokens[m.first].sentence, m.value)
             for m in egy],
        ),
    ]
    s = find_statements(doc, speakers)
    assert [(x.speaker, x.verb_ar) for x in s] == [("p1", "قال")]


def test_a_relative_clause_whose_verb_has_its_own_subject_is_that_subjects_statement():
    specs = [("country", "USA", [("واشنطن", "capital")])]
    text = (
        "وقال سالم الراشدي إن الرسوم عالية، لمكافحة ما تقول واشنطن إنه انتهاكات تجارية. "
        "وأضاف أن القمة ستعقد في مايو."
    )
    s = _run(text, PEOPLE + specs)
    assert [(x.speaker, x.verb_ar) for x in s] == [("p1", "قال"), ("USA", "تقول"), ("p1", "أضاف")]
    assert s[1].text_ar == "إنه انتهاكات تجارية"
    # "الذي يصف X بأنه": X is the one described; a negation opens no relative clause
    s = _run("ونشر التقرير الذي يصف الراشدي بأنه خطر. ولم يقل سميث إن الاتفاق انتهى.", PEOPLE)
    assert s == []


def test_people_quoted_as_a_group_say_it_too_in_a_sentence_with_a_statement():
    text = (
        "وكان سالم الراشدي ذكر أنه سيطلق عملية ردا على الهجوم الذي أسفر عن مقتل العشرات "
        "وفقا لناشطين سوريين."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [
        ("سالم الراشدي", "ذكر"), ("ناشطين سوريين", "وفقا")
    ]
    # a communiqué there is where the words were reported
    s = _run("وأكد سالم الراشدي أهمية الاتفاق، حسب بلاغ للرئاسة.", PEOPLE)
    assert [x.verb_ar for x in s] == ["أكد"]


def test_a_participle_opening_the_sentence_after_a_quote_continues_its_speaker():
    text = (
        'وقال سالم الراشدي إن المحادثات كانت "ناجحة جدا". مضيفا أن الاتفاق قريب. '
        'وقال سميث: "سنشهد عودة الرفات. ذلك هو الالتزام"، مضيفا أن القضية مهمة.'
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker, x.verb_ar, x.form) for x in s] == [
        ("p1", "قال", "verb"), ("p1", "مضيفا", "participle"),
        ("p2", "قال", "verb"), ("p2", "مضيفا", "participle"),
    ]
    assert s[1].continues == s[0].id and s[1].text_ar == "أن الاتفاق قريب"
    # a sentence of its own before the participle has its own subject
    s = _run("وقال الراشدي إن المحادثات ناجحة. وتراجع الرئيس عن قراره، معلنا أن القمة ستعقد.",
             PEOPLE)
    assert [x.verb_ar for x in s] == ["قال"]


def test_a_verb_with_an_object_pronoun_after_a_noun_or_opening_a_clause_is_a_statement():
    specs = [("country", "RUS", [("موسكو", "capital")])]
    text = (
        "وتأتي الخطوة بعد مبادرة سلام أعلنها سالم الراشدي الشهر الماضي. "
        "وأثنى سميث على الوزير ووصفه بأنه صديق. وهو اتهام نفته موسكو بشدة."
    )
    s = _run(text, PEOPLE + specs)
    assert [(x.speaker, x.verb_ar) for x in s] == [
        ("p1", "أعلنها"), ("p2", "أثنى"), ("p2", "وصفه"), ("RUS", "نفته")
    ]
    # a word in ة is a noun (إشارة، إضافة), and a noun after a noun no verb (تشددهم)
    s = _run("وقال سميث إن الخطة جيدة. وفي إشارة إلى الاتفاق، موقف أكثر اعتدالا تشددهم.",
             PEOPLE)
    assert [x.verb_ar for x in s] == ["قال"]


def test_a_verb_with_a_resumptive_pronoun_after_it_does_not_change_the_next_speaker():
    text = (
        "وقال سميث إن الأمر خطير. وأجرى اتصالا هاتفيا مع ولي العهد، أخبره خلاله سالم "
        "الراشدي بأن لا علم له، وكشف أنه بدأ تحقيقا."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker, x.verb_ar) for x in s] == [
        ("p2", "قال"), ("p1", "أخبره"), ("p2", "كشف")
    ]


def test_a_verb_after_but_he_or_after_it_happened_before_that_opens_a_clause():
    text = (
        "وتمنى سالم الراشدي النجاح لبوتين، لكنه حث موسكو على التحقيق. "
        "وسبق أن اتهم سميث الدوحة بتمويل الإرهاب."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker, x.verb_ar) for x in s] == [("p1", "تمنى"), ("p1", "حث"), ("p2", "اتهم")]


def test_believing_is_a_statement_of_a_subject_written_after_it_but_being_believed_is_not():
    text = (
        "وتعتقد الشرطة البريطانية أنه التقى عطا في الجامعة. كان صديقا لسالم الراشدي، الذي "
        "يعتقد أنه قاد إحدى الطائرات. ويعتقد أن هناك بعض القلق."
    )
    s = _run(text, PEOPLE)
    assert [(x.speaker_name_ar, x.verb_ar) for x in s] == [("الشرطة البريطانية", "تعتقد")]


def test_a_participle_after_a_clause_opened_by_a_state_continues_the_state():
    specs = [("country", "QAT", [("قطر", "name")]), ("country", "TUN", [("تونس", "name")])]
    s = _run("ورفضت قطر المطالب، قائلة إنها لن توافق على إجراءات تهدد سيادتها.", specs)
    assert [(x.speaker, x.verb_ar) for x in s] == [("QAT", "قائلة")]
    # a state after a preposition is no subject
    assert _run("وفي تونس، مشيرا إلى أن الزيارة ناجحة.", specs) == []


def test_going_on_saying_is_a_statement_and_time_passing_is_not():
    s = _run('وقال الراشدي إن الخطة جيدة. ومضى قائلا "على الجميع أن يتعاونوا". ومضى عام على ذلك.',
             PEOPLE)
    assert [(x.speaker, x.verb_ar) for x in s] == [
        ("p1", "قال"), ("p1", "مضى"), ("p1", "قائلا")
    ]
    assert s[1].text_ar == s[2].text_ar == '"على الجميع أن يتعاونوا"'


def test_quote_closer_is_looked_for_from_the_statements_first_token_on():
    # Found by bisecting the document's tokens on their starts: the closer before the
    # statement ("وفق تعبيره." of the previous sentence) does not cut it.
    text = "وفق تعبيره. وقال الوزير إن الاتفاق مهم، وفق تعبيره، وأضاف."
    doc = Document.build("q", text)
    cues = load_statement_cues()
    start, closer = text.index("إن"), text.index("وفق", 5)
    assert _cut_quote_closer(doc, start, len(text), cues) == closer
    assert _cut_quote_closer(doc, start, closer, cues) == closer  # past the end: not cut
    assert _cut_quote_closer(doc, closer + 1, len(text), cues) == len(text)


def test_quote_closers_are_tried_only_where_their_first_word_is():
    # على opens three closers and many phrases that close nothing ("على أن", "على الصعيد"):
    # at each candidate word only the closers it opens are tried, in the list's order.
    cues = load_statement_cues()
    by_first = _closers_by_first(cues.quote_closers)
    assert [c for group in by_first.values() for c in group] == sorted(
        cues.quote_closers, key=lambda c: list(by_first).index(c[0])
    )
    assert all(c[0] == word for word, group in by_first.items() for c in group)
    text = "وقال الوزير إنه حرص على أن يكون التعاون على الصعيد الاقتصادي، على حد تعبيره."
    doc = Document.build("q", text)
    start = text.index("إنه")
    assert _cut_quote_closer(doc, start, len(text), cues) == text.index("على حد")


def test_statements_are_built_without_the_validator_when_their_values_pass(monkeypatch):
    # _finish has checked the id, the text and its evidence; _statement checks the rest and
    # builds the model the validator would, or lets the validator say what is wrong.
    text = "وقال الوزير إن الاتفاق مهم."
    doc = Document.build("s", text)
    evidence = doc.evidence(0, len(text))
    said = text[text.index("الاتفاق") : -1]
    values = ("s1", "p1", "الوزير", None, "قال", "verb", None, said, evidence)
    validated = Statement(
        id="s1", speaker="p1", speaker_name_ar="الوزير", speaker_name_en=None, verb_ar="قال",
        form="verb", continues=None, text_ar=said, evidence=[evidence],
    )

    class Refuse:
        def validate_python(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the validator ran")

    monkeypatch.setattr(Statement, "__pydantic_validator__", Refuse())
    statement = _statement(*values)
    with pytest.raises(AssertionError):
        _statement("s1", "p1", "", None, "قال", "verb", None, said, evidence)
    monkeypatch.undo()
    assert statement == validated and statement.model_dump_json() == validated.model_dump_json()
    assert statement.model_fields_set == validated.model_fields_set
    assert statement.__pydantic_private__ is validated.__pydantic_private__ is None
    assert statement.topics == [] and statement.topics is not _statement(*values).topics
    for bad in ({2: ""}, {4: ""}, {5: "quote"}):
        wrong = [bad.get(k, v) for k, v in enumerate(values)]
        with pytest.raises(ValueError):
            _statement(*wrong)


def test_switch_cues_are_tried_only_after_a_word_a_cue_ends_on():
    class Counted(tuple):
        tried = 0

        def __iter__(self):
            Counted.tried += 1
            return super().__iter__()

    cues = load_statement_cues()
    cues = dataclasses.replace(cues, switch_cues=Counted(cues.switch_cues))
    doc = Document.build("c", "ومن جهته، قال الوزير. وبدوره أكد السفير. وقال النائب.")
    tokens = doc.tokens
    assert _switch_cue_start(tokens, 2, cues) == 0  # "ومن جهته، قال"
    assert _switch_cue_start(tokens, 5, cues) == 4  # "وبدوره أكد"
    Counted.tried = 0
    assert _switch_cue_start(tokens, 7, cues) is None  # "وقال" after the sentence's end
    assert _switch_cue_start(tokens, 3, cues) is None  # "الوزير" after "قال"
    assert Counted.tried == 0


def test_reporting_verb_in_a_past_time_clause_is_background():
    # "بعد أن / منذ أن / بعدما" + verb: what happened before the news, not listed as a
    # statement; a main clause still is.
    text = (
        "وتراجعت الأسهم بعد أن قال سميث إن الشركة تخسر. "
        "فمنذ أن أعلن الراشدي أن الاتفاق انتهى، يرفض الجانبان الحوار. "
        "وقال الراشدي إن الحوار مغلق."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p1")]


def test_news_agency_subject_is_attribution_but_a_public_agency_speaks():
    # A news agency's reporting verb relays the wire's words, whether its name says news
    # (أنباء) or is a credited wire name (فرانس برس); the EU's medicines agency speaks.
    text = (
        "وذكرت وكالة السودان للأنباء أن الوزير وصل. وقالت وكالة فرانس برس إن اللقاء انتهى. "
        "وحذرت الوكالة الأوروبية للأدوية من أن الدواء خطر."
    )
    specs = [
        ("org", "o1", [("وكالة السودان للأنباء", "name")]),
        ("org", "o2", [("وكالة فرانس برس", "name")]),
        ("org", "o3", [("الوكالة الأوروبية للأدوية", "name")]),
    ]
    s = _run(text, specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [("حذرت", "o3")]


def test_attribution_to_a_news_agency_is_a_credit_not_a_statement():
    # "بحسب وكالة …" credits the wire; "بحسب الشرطة" is the police's statement.
    text = (
        "وارتفعت أسعار النفط أمس بحسب وكالة السودان للأنباء. "
        "وقتل ثلاثة أشخاص في الهجوم بحسب الشرطة."
    )
    s = _run(text, [("org", "o1", [("وكالة السودان للأنباء", "name")])])
    assert [x.verb_ar for x in s] == ["بحسب"]
    assert s[0].speaker_name_ar == "الشرطة"


def test_subject_named_after_a_resumptive_pronoun_speaks():
    # "وثيقة تعهدت فيها كوريا الشمالية …": فيها/خلالها refer back to the noun, so the word
    # is a verb of a relative clause and the one named after the pronoun (a capital too)
    # is its subject; one followed by the accusation's ب is the one accused, and a person
    # of the other gender is the object.
    specs = PEOPLE + [
        ("country", "PRK", [("كوريا الشمالية", "name"), ("بيونغ يانغ", "capital")]),
    ]
    text = (
        "ووقع الزعيمان وثيقة تعهدت فيها كوريا الشمالية نزع سلاحها. "
        "وأجرى مسؤولون اتصالات أكدت خلالها بيونغ يانغ بشكل مباشر استعدادها للقمة. "
        "وبعث سميث رسالة، اتهم فيها كوريا الشمالية باستغلال المباراة. "
        "ونشر المحتجون عريضة انتقدت فيها الراشدي الحكومة."
    )
    s = _run(text, specs)
    assert [(x.verb_ar, x.speaker) for x in s] == [
        ("تعهدت", "PRK"), ("أكدت", "PRK"), ("اتهم", "p2")
    ]


def test_an_official_agency_is_the_state_news_agency():
    # "الوكالة الرسمية" is how the news names a state's news agency: attribution.
    text = "وقالت الوكالة الرسمية في كوريا الشمالية إن الزعيمين قبلا الدعوة."
    assert _run(text, [("org", "o1", [("الوكالة الرسمية", "name")])]) == []


def test_media_written_before_the_verb_make_it_attribution():
    # "من تقارير أفادت …", "وكانت تقارير تحدثت عن …": the media report; but a definite
    # noun after a preposition is not the subject ("وفي تعليقه على التقارير قال سميث").
    text = (
        "وقال سميث إن الاتفاق قريب. وكانت تقارير أفادت بأنه انهار. "
        "وفي تعليقه على التقارير قال الراشدي إن الاتفاق قائم."
    )
    s = _run(text, PEOPLE)
    assert [(x.verb_ar, x.speaker) for x in s] == [("قال", "p2"), ("قال", "p1")]


def _headlined(title: str, body: str) -> list[tuple[str | None, str]]:
    """(speaker as named, verb) of the statements of an article with a headline."""
    text = f"<DOC>\n<DOCNO>a1</DOCNO>\n<TITLE>{title}</TITLE>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n"
    return [(s.speaker_name_ar, s.verb_ar) for s in extract_text(text).statements]


def test_a_present_verb_after_the_headlines_subject_is_its_statement():
    # A headline is written subject first with a present verb: an office or a body as
    # written, after a colon too; not a thing, nor a negated verb, nor a dual verb, whose
    # two speakers are not the one word before it.
    body = "وقال المتحدث إن الاجتماع عقد أمس في العاصمة."
    said = _headlined("البيت الأبيض يعلن موعد القمة", body)
    assert ("البيت الأبيض", "يعلن") in said
    said = _headlined("حرائق الغابات: الحكومة تعلن الطوارئ", body)
    assert ("الحكومة", "تعلن") in said
    assert [v for _, v in _headlined("دراسة تكشف أسباب الأرق", body)] == ["قال"]
    assert [v for _, v in _headlined("الحكومة لا تعلن الطوارئ", body)] == ["قال"]
    assert [v for _, v in _headlined("البشير والسيسي يؤكدان العمل المشترك", body)] == ["قال"]
