"""Agreements: instruments, counts, status, areas, dedup of repeated mentions."""

from __future__ import annotations

import pytest

from analysis.extract.agreements import find_agreements, signed_total
from analysis.extract.document import Document


def _run(text: str, **meta):
    doc = Document.build("t", text, meta=meta)
    agreements = find_agreements(doc, [], [], [])
    for a in agreements:
        for ev in a.evidence:
            assert text[ev.start : ev.end] == ev.text
    return agreements


@pytest.mark.parametrize(
    ("text", "total", "instrument"),
    [
        ("ووقع الجانبان 3 مذكرات تفاهم في مجال النقل.", 3, "MOU"),
        ("ووقع الجانبان ٣ اتفاقيات في مجال النقل.", 3, "agreement"),
        ("ووقع البلدان أربع اتفاقيات للتعاون.", 4, "agreement"),
        ("وأبرم الطرفان خمسة عقود.", 5, "contract"),
        ("ووقع الوزيران مذكرتي تفاهم.", 2, "MOU"),
        ("وتم توقيع اتفاقيتين في الصحة.", 2, "agreement"),
        ("وأمضى الجانبان عقدين لتوريد القمح.", 2, "contract"),
        ("وشهد الرئيسان توقيع الـ13 اتفاقية.", 13, "agreement"),
        ("ووقع البلدان خمس وعشرين اتفاقية.", 25, "agreement"),
        ("ووقع البلدان ثلاث عشرة اتفاقية.", 13, "agreement"),
        ("ووقع الطرفان بروتوكول تعاون.", 1, "protocol"),
        ("ووقع البلدان برنامجا تنفيذيا للتعاون الثقافي.", 1, "executive_programme"),
    ],
)
def test_counts_and_instruments(text, total, instrument):
    agreements = _run(text)
    assert signed_total(agreements) == total
    assert {a.instrument for a in agreements if a.status == "signed"} == {instrument}


def test_areas_one_object_per_area_when_count_matches():
    agreements = _run(
        "ووقع الوزيران 3 مذكرات تفاهم لتعزيز التعاون في مكافحة تمويل الإرهاب "
        "والأمن السيبراني وأنظمة الطائرات المسيرة."
    )
    assert [(a.count, a.areas, a.area_ar) for a in agreements] == [
        (1, ["terrorism_financing"], "مكافحة تمويل الإرهاب"),
        (1, ["cybersecurity"], "الأمن السيبراني"),
        (1, ["unmanned_aircraft"], "أنظمة الطائرات المسيرة"),
    ]
    assert agreements[0].evidence[0].text == "وقع الوزيران 3 مذكرات تفاهم"


def test_one_object_with_all_areas_when_count_differs():
    agreements = _run("ووقع البلدان 5 اتفاقيات في مجالات الطاقة والنقل.")
    assert len(agreements) == 1
    assert agreements[0].count == 5 and agreements[0].areas == ["energy", "transport"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ومن المزمع توقيع 3 اتفاقيات خلال الزيارة.", "planned"),
        ("وسيتم توقيع مذكرتي تفاهم غدا.", "planned"),
        ("وبحث الجانبان إمكانية توقيع اتفاقية للنقل الجوي.", "planned"),
        ("وكان البلدان قد وقعا 4 اتفاقيات في مجال الطاقة.", "earlier"),
        ("يذكر أن الجانبين وقعا اتفاقية للتعاون الزراعي.", "earlier"),
        ("وكانت الشركة قد وقعت اتفاقية مع البنك.", "earlier"),
        ("ورحب الاتحاد بمقترح ماي إبرام معاهدة أمنية جديدة.", "planned"),
        ("وقال الوزير إن بلاده تسعى إلى توقيع اتفاق مع قبرص لربط حقل الغاز.", "planned"),
        ("وقضى ذلك على الأمل في إبرام اتفاق مستقبلي للتجارة بين البلدين.", "planned"),
        ("ومن المقرر أيضا أن يوقع البلدان اتفاقية لتطوير منطقة العلا.", "planned"),
        ("ومن المنتظر أن يوقع الرئيس على مذكرات تفاهم تتعلق بالتعاون الاقتصادي.", "planned"),
        ("واتهم ناشطون الحكومة بغض الطرف من أجل إبرام اتفاقيات تجارية.", "planned"),
    ],
)
def test_status_not_signed(text, status):
    agreements = _run(text)
    assert signed_total(agreements) is None
    assert {a.status for a in agreements} == {status}


def test_year_before_article_is_earlier():
    agreements = _run("ولفت إلى توقيع مذكرة تفاهم بين الشركتين في 2014.", date="2018-02-19")
    assert [a.status for a in agreements] == ["earlier"]
    agreements = _run("في 2016 أبرمت باريس وبيروت اتفاق تعاون.", date="2018-03-08")
    assert [a.status for a in agreements] == ["earlier"]
    agreements = _run("في 2018 أبرمت باريس وبيروت اتفاق تعاون.", date="2018-03-08")
    assert [a.status for a in agreements] == ["signed"]
    # the year after the signing verb that follows the instrument
    text = "تقبل فنزويلا النفط بموجب معاهدة وقعها في عام 2000 الرئيسان هوغو تشافيز وفيدل كاسترو."
    assert [a.status for a in _run(text, date="2018-05-16")] == ["earlier"]
    text = "وانهت المواجهات اتفاق سلام أبرم في أغسطس 2015 وسمح لمشار بالعودة."
    assert [a.status for a in _run(text, date="2018-06-20")] == ["earlier"]


def test_a_signing_verb_after_lam_is_a_purpose():
    agreements = _run("وأعلن الرئيس خططا لزيارة الكويت لتوقيع اتفاقية لحماية العمال.")
    assert [a.status for a in agreements] == ["planned"]
    agreements = _run("وشهد الاجتماع إعلان الهيكل، بالإضافة لتوقيع 20 اتفاقية للتعاون.")
    assert [(a.status, a.count) for a in agreements] == [("signed", 20)]
    # "ليبرمان" is a name, not "in order that they conclude"
    assert _run("ونقلت الوزارة في بيان عن ليبرمان قوله إن التفاهم مهم.") == []


def test_numbers_that_are_not_agreements_are_left_out():
    agreements = _run("وتضم الاتفاقية 12 بندا بقيمة 20 مليون دولار. ووقع الجانبان اتفاقية للنقل.")
    assert signed_total(agreements) == 1


def test_repeated_mentions_are_not_added_up():
    text = (
        "وقعت الدولتان عقدين للتنقيب عن النفط، واتفاقية لإقامة سوق تجار كبيرة.\n"
        "ووقعت الشركتان اتفاقية لبناء سوق التجار في المنطقة الحرة.\n"
        "وتهدف الاتفاقية إلى دعم التجارة، ويأتي توقيع عقدي التنقيب بعد أشهر من المفاوضات."
    )
    agreements = _run(text)
    assert signed_total(agreements) == 3
    assert {a.instrument for a in agreements if a.status == "signed"} == {"contract", "agreement"}


def test_stated_count_wins_over_singular_mentions():
    text = (
        "ووقعت 4 اتفاقيات في المعرض. فيما وقعت الشركة اتفاقية لتصنيع الملابس. "
        "كما تم توقيع اتفاقية أخرى مع شركة كورية."
    )
    assert signed_total(_run(text)) == 4


def test_vague_count_is_recorded_as_vague():
    agreements = _run("كما تم توقيع عدد من مذكرات التفاهم لتعميق التعاون.")
    assert [a.status for a in agreements] == ["signed"]
    assert [a.count for a in agreements] == [None]
    assert "عدد غير محدد" not in (agreements[0].area_ar or "")
    assert signed_total(agreements) is None


def test_definite_reference_adds_nothing_and_aqd_meeting_is_not_a_contract():
    text = "وعقد الجانبان اجتماعا. وأكد الوزير أهمية الاتفاقية الموقعة ومذكرة التفاهم."
    assert _run(text) == []


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a signed declaration or joint statement is one agreement
        ("وقع الرئيس الروسي فلاديمير بوتين، وولي عهد أبوظبي الشيخ محمد بن زايد، إعلان شراكة "
         "استراتيجية بين البلدين.", 1),
        ("نقلا عن بيان سلام وصداقة مشترك وقع بين الطرفين.", 1),
        # the same words with no signing are announcements
        ("وجاء ذلك في بيان مشترك عقب القمة.", None),
        ("ويأتي توقيع العقد بعد إعلان مجموعة إعمار عن المشروع.", None),
        # an instrument added with "بالإضافة إلى" shares the signing before it
        ("وتولى الوزيران توقيع مذكرة تفاهم للتشاور السياسي، بالإضافة إلى اتفاق تعاون بين "
         "الاتحادين.", 2),
    ],
)
def test_documents_and_coordinated_instruments(text, total):
    assert signed_total(_run(text)) == total


def test_signing_under_discussion_is_planned():
    agreements = _run("وأجرى الزعيمان نقاشات حول نزع الأسلحة النووية وإبرام اتفاق سلام نهائي.")
    assert [a.status for a in agreements] == ["planned"]
    assert signed_total(agreements) is None


def test_parties_are_the_signers_not_the_setting():
    from analysis.extract import extract_text

    facts = extract_text(
        "وقعت مصر والأردن اتفاقية تحرير تجارة الخدمات على هامش الجلسة الافتتاحية "
        "للمجلس الاقتصادي والاجتماعي لجامعة الدول العربية."
    )
    assert facts.agreements[0].parties == ["EGY", "JOR"]
    assert facts.is_cooperation_news
    facts = extract_text(
        "أعلنت وزيرة الاستثمار المصرية أن القاهرة أبرمت اتفاقا جديدا مع البنك الدولي لإتاحة "
        "تمويل بقيمة ثلاثة مليارات دولار."
    )
    organization = {o.id: o.name_ar for o in facts.organizations}
    assert [organization.get(p, p) for p in facts.agreements[0].parties] == ["EGY", "البنك الدولي"]
    assert facts.is_cooperation_news


def test_abolition_as_the_purpose_of_an_agreement_is_no_cancellation():
    # "لإلغاء الرسوم" after the instrument is what it is for; "إلغاء الاتفاقية" is not signed.
    signed = _run("وقعت كل من اليابان والاتحاد الأوروبي اتفاقا تاريخيا لإلغاء الرسوم الجمركية.")
    assert [(a.status, a.count) for a in signed] == [("signed", 1)]
    assert _run("قررت الحكومة إلغاء الاتفاقية الموقعة مع الشركة.") == []


def test_a_signing_in_recent_times_is_earlier():
    found = _run("وقال الوزير إن التوقيع في الآونة الأخيرة على اتفاق الشراكة تطور مهم.")
    assert [a.status for a in found] == ["earlier"]


def test_the_headline_counts_a_vague_plural_of_the_body():
    text = (
        "توقيع 18 اتفاقية اقتصادية بين جهات سعودية وبريطانية\n"
        "وقعت جهات سعودية اتفاقيات مع شركات بريطانية."
    )
    doc = Document.build("t", text, title_span=(0, text.index("\n")))
    assert signed_total(find_agreements(doc, [], [], [])) == 18
    body = Document.build("t", text.split("\n")[1])
    assert signed_total(find_agreements(body, [], [], [])) is None


def test_a_year_right_before_an_instrument_is_no_count():
    text = "وانهار في تموز/يوليو 2016 اتفاق سلام أبرم في 2015 مع فرار مشار."
    agreements = _run(text, date="2018-06-25")
    assert [a.count for a in agreements] == [1]


def test_a_signed_plural_beside_one_single_makes_the_total_vague():
    text = (
        "ووقع ولي العهد على عدة اتفاقيات اقتصادية مع الرئيس الفرنسي، بالإضافة إلى اتفاقية "
        "تعاون لتطوير المواقع الأثرية."
    )
    assert signed_total(_run(text)) is None
    # a plural that only recalls other signings leaves the single's count alone
    text = (
        "أعلن الفصيل التوصل إلى اتفاق مع الجيش على إخراج مقاتليه. غير أن إدلب كانت وجهة "
        "مقاتلين آخرين وفق اتفاقات سابقة، من بينها اتفاق أبرم بعد استعادة حلب."
    )
    assert signed_total(_run(text)) == 1


@pytest.mark.parametrize(
    "date", ["Sun, 03 Jun 2018 10:00:00 GMT", "03/06/2018", "2018-06-03"]
)
def test_a_signing_dated_to_another_month_is_earlier(date):
    text = "وفي تحرك لتعزيز علاقاتها الدفاعية، وقعت بولندا عقدا بقيمة 4.75 مليار دولار في مارس."
    agreements = _run(text, date=date)
    assert signed_total(agreements) is None
    assert {a.status for a in agreements} == {"earlier"}
    # the article's own month is the reported signing
    text = "ووقع البلدان اتفاقية للتعاون الزراعي في يونيو الجاري."
    assert signed_total(_run(text, date=date)) == 1


def test_a_date_before_the_instrument_dates_its_signing():
    date = "Thu, 21 Jun 2018 10:00:00 GMT"
    text = "وفي ديسمبر 2017، أبرمت لندن وبروكسل اتفاقا لضمان حقوق المواطنين."
    assert {a.status for a in _run(text, date=date)} == {"earlier"}
    text = "ووقع لبنان في فبراير اتفاقا للاستكشاف والإنتاج."
    assert {a.status for a in _run(text, date=date)} == {"earlier"}
    # another clause's date: the coach dismissed in May, the new one signing now
    text = "عين الاتحاد مدربا خلفا للمدرب الذي أقيل من منصبه في مايو، وقد وقع عقدا حتى 2022."
    assert signed_total(_run(text, date=date)) == 1
