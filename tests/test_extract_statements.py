"""Statements: reporting verbs, participles, speaker resolution, wire attribution."""

from __future__ import annotations

import pytest

from analysis.extract.document import Document, Gazetteer
from analysis.extract.entities import Entity, Mention
from analysis.extract.statements import find_statements
from analysis.schema import Country, Organization, Person


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


@pytest.mark.parametrize("text", ["", "   ", "abc", "قال", "، معربا"])
def test_degenerate_inputs(text):
    assert _run(text, PEOPLE) == []
