"""Tests for analysis.extract.organizations: names, kinds, countries, media left out."""

from analysis.extract.cleaning import prepare
from analysis.extract.countries import find_countries
from analysis.extract.organizations import find_organizations


def _orgs(text: str, meta: dict | None = None) -> dict[str, tuple[str, str | None]]:
    doc = prepare("o", text, meta or {})
    found = {}
    for entity in find_organizations(doc, find_countries(doc)):
        fact = entity.fact
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
        found[fact.name_ar] = (fact.kind, fact.country)
    return found


def test_head_and_complement_with_country_from_the_name():
    found = _orgs("وأعلنت وزارة الخارجية الأميركية موقفها. ورحب الاتحاد العام التونسي للشغل بذلك.")
    assert found["وزارة الخارجية الأميركية"] == ("ministry", "USA")
    assert found["الاتحاد العام التونسي للشغل"] == ("other", "TUN")


def test_media_and_agencies_are_left_out():
    found = _orgs("ونقلت وكالة الصحافة الفرنسية وصحيفة الأهرام عن وكالة تونس إفريقيا للأنباء.")
    assert found == {}


def test_ordinary_nouns_after_a_head_are_not_bodies():
    found = _orgs(
        "وأكد الوزير مصلحة البلدين واحتل المنتخب المركز العشرين ورحبت الحكومة بالحوار."
    )
    assert "مصلحة البلدين" not in found
    assert not any(name.startswith("المركز") for name in found)
    assert "الحكومة بالحوار" not in found


def test_rank_after_a_body_opens_a_person_name():
    found = _orgs("وحضر رئيس جهاز المخابرات العامة اللواء ماجد فرج الاجتماع.")
    assert "جهاز المخابرات العامة" in found


def test_closing_quote_does_not_swallow_the_sentence():
    found = _orgs('وقال إن "المطالب رفعت إلى مجلس نواب الشعب"، بحسب قوله. وتشمل الزيارة لقاءات.')
    assert "مجلس نواب الشعب" in found


def test_quoted_company_name():
    found = _orgs('ووقعت شركة "وهج" اتفاقية مع الشركة الفرنسية " FIGEAC ".')
    assert "شركة وهج" in found


def test_a_quotation_after_a_body_is_what_it_said_not_its_name():
    found = _orgs('وأوضحت وزارة العدل الفرنسية "أن هؤلاء الشبان يشكلون نسبة مهمة".')
    assert set(found) == {"وزارة العدل الفرنسية"}


def test_national_body_of_a_national_outlet_gets_its_country():
    found = _orgs("وأعلنت وزارة الصحة ورئاسة الحكومة عن الإجراءات.", {"outlet": "Jawhara FM"})
    assert found["وزارة الصحة"][1] == "TUN"
    assert found["رئاسة الحكومة"][1] == "TUN"
    assert _orgs("وأعلنت وزارة الصحة عن الإجراءات.")["وزارة الصحة"][1] is None


def test_national_organization_is_an_agency_not_international():
    found = _orgs("وقالت منظمة الطاقة الذرية الإيرانية إنها مستعدة.")
    assert found["منظمة الطاقة الذرية الإيرانية"] == ("agency", "IRN")


def test_the_day_after_a_body_is_when_it_acted_not_part_of_its_name():
    text = (
        "أعلنت وزارة الخارجية الأميركية الأربعاء أن الوفد وصل. "
        "وقالت الحكومة البريطانية اليوم إنها ترحب."
    )
    assert set(_orgs(text)) == {"وزارة الخارجية الأميركية", "الحكومة البريطانية"}


def test_the_police_of_a_state_is_a_state_body():
    # Only الشرطة: شرطه is also "his condition" once normalized.
    assert _orgs("قالت الشرطة المغربية إنها تعمل في باريس.")["الشرطة المغربية"][1] == "MAR"
    assert _orgs("وقال في شرطه السابع إن البلاد تحتفظ بحقها.") == {}
