"""Tests for analysis.extract.countries: gazetteer, nisba, capitals, roles."""

from analysis.extract.cleaning import prepare
from analysis.extract.countries import assign_roles, country_names, find_countries
from analysis.extract.people import find_people


def _found(text: str) -> dict[str, list[str]]:
    doc = prepare("c", text, {})
    found = {}
    for entity in find_countries(doc):
        for evidence in entity.fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
        found[entity.fact.iso3] = [m.kind for m in entity.mentions]
    return found


def _roles(text: str) -> dict[str, str]:
    doc = prepare("c", text, {})
    countries = find_countries(doc)
    people = find_people(doc, countries)
    return {c.iso3: c.role for c in assign_roles(doc, countries, people, [], [])}


def test_every_iso_country_has_cldr_names():
    names = country_names()
    assert len(names) >= 240
    assert names["ARE"][0] == "United Arab Emirates"
    assert names["KOR"][0] == "South Korea"


def test_names_aliases_and_long_forms():
    found = _found(
        "زار الوفد الولايات المتحدة الأميركية ثم المملكة العربية السعودية وجمهورية مصر العربية "
        "وبريطانيا وكوريا الجنوبية ودولة الإمارات العربية المتحدة."
    )
    assert set(found) == {"USA", "SAU", "EGY", "GBR", "KOR", "ARE"}


def test_nisba_forms_and_egyptian_spelling():
    found = _found(
        "التقى الوزير البحرينى السفير الأمريكى والمسؤولين الإماراتيين "
        "والشركات الصينية والخبير الإريتري."
    )
    assert set(found) == {"BHR", "USA", "ARE", "CHN", "ERI"}
    assert all(kinds == ["nisba"] for kinds in found.values())


def test_traps_are_not_countries():
    found = _found(
        "قدمت الحكومة دعما ماليا وأعلنت ميزانية مالية لدول أمريكا اللاتينية وشبه القارة الهندية."
    )
    assert found == {}


def test_capitals_and_datelines():
    found = _found("الرياض - أعلنت واشنطن دعمها للاتفاق.")
    assert "SAU" not in found  # a dateline, not a mention
    assert found["USA"] == ["capital"]
    assert "ARE" not in _found("التقى حاكم دبي الوفد.")  # an emirate is not the country


def test_roles_participants_and_mentioned():
    roles = _roles(
        "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة.\n"
        "وبحث الجانبان الأوضاع في سوريا واليمن والتحالف بقيادة المملكة العربية السعودية."
    )
    assert roles["EGY"] == "participant" and roles["JOR"] == "participant"
    assert roles["SYR"] != "participant" and roles["YEM"] != "participant"
    assert roles["SAU"] == "mentioned"


def test_roles_between_and_venue():
    roles = _roles(
        "عقد مؤتمر صحفي.\nوأكد المتحدث عمق العلاقات بين تونس والجزائر.\nوعقد الاجتماع في فرنسا."
    )
    assert roles["TUN"] == "participant" and roles["DZA"] == "participant"
    assert roles["FRA"] == "venue"
