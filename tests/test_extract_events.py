"""Events and the cooperation verdict."""

from __future__ import annotations

import pytest

from analysis.extract import extract_text
from analysis.extract.document import Document
from analysis.extract.events import filter_topics_for_cooperation, find_events, is_cooperation_news
from analysis.schema import Agreement, Country, Evidence, Organization, TopicFact
from analysis.vocab import EVENT_CODES


def _types(text: str, **kw) -> set[str]:
    """The types of the events found in ``text``."""
    return {e.type for e in _events(text, **kw)[1]}


def _events(text: str, **kw):
    doc = Document.build("t", text, **kw)
    events = find_events(doc, [], [], [], [], [])
    for e in events:
        assert (e.cameo, e.plover) == (EVENT_CODES[e.type].cameo, EVENT_CODES[e.type].plover)
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text
    return doc, events


def _headlined(title: str, body: str):
    """The document and events of an article whose headline is ``title``."""
    return _events(title + body, title_span=(0, len(title)))


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("استقبل الرئيس أمس وزير الخارجية الإيطالي.", {"meeting"}),
        ("التقى الوزير نظيره الفرنسي في باريس.", {"meeting"}),
        ("بحث الوزير مع نظيره سبل التعاون.", {"meeting"}),
        ("وأجرى الرئيس اتصالا هاتفيا مع نظيره التونسي.", {"call"}),
        ("وجاء التصريح في اتصالات هاتفية مع وسائل إعلام.", set()),
        ("وجاء ذلك خلال زيارته الرسمية إلى المغرب.", {"visit"}),
        ("يؤدي الوزير اليوم زيارة رسمية إلى تونس.", {"visit"}),
        ("يؤدي الوزير زيارة رسمية إلى العراق يومي 8 و9 مارس.", set()),
        ("سيزور الرئيس الجزائر الأسبوع المقبل.", set()),
        ("ومن المقرر أن يلتقي الوزير نظيره.", set()),
        ("وتم إلغاء الزيارة التي كان سيقوم بها الوزير.", set()),
        ('وقال الوزير: "استقبلنا الرئيس بكل ترحيب".', set()),
        ("وأضافت أن الزيارة ستشهد عقد اجتماع مجلس رجال الأعمال.", set()),
        ("ويتوقع أن تعقد قمة بين الرئيسين مطلع يونيو.", set()),
        ("وجاء اللقاء غداة زيارة قام بها الكاردينال إلى المركز.", {"visit"}),
        ("وناقش الوزيران العمليات الجارية رغم قطع العلاقات من أجل التهدئة.", {"meeting"}),
        ("ورفض الرئيس استقبال الوزير.", set()),
        ("وأعلن الرئيس استعداده للقاء القادة الإيرانيين.", set()),
        ("وأعرب الرئيس خلال اللقاء عن استعداده لتعزيز التعاون.", {"meeting"}),
        # a word of time inside what was said belongs to it, not to the call
        ("قال الرئيس لنظيره في اتصال هاتفي الخميس إنه يعتزم إرسال مبعوث.", {"call"}),
        ("وقال الرئيس إنه سيجري اتصالا هاتفيا مع نظيره.", set()),
        ("عرض الرئيس الفرنسي خلال محادثة هاتفية مع العاهل الأردني مساهمة فرنسية.", {"call"}),
        # a call: what was discussed was discussed in it; a future verb plans the event
        ("وقالت الوزارة إن رئيسي الأركان تحدثا هاتفيا اليوم وبحثا الوضع في سوريا.", {"call"}),
        ("وقالت واشنطن إن ماي ستكون أول زعيمة تحظى بلقاء الرئيس الجديد.", set()),
        ("وقال إن الزعيمين اتفقا على إجراء أول محادثة هاتفية قبل القمة.", set()),
        ("والتقى الوزير بممثلي المركز الثقافي الذي سيحتضن المعرض.", {"meeting"}),
        ('وقال الرئيس في مستهل لقاء مع نظيره الفرنسي، "سيواجهون مشكلات أكبر".', {"meeting"}),
        ("استقبل الرئيس المستشارة الألمانية اليوم، حيث سيناقشان قضايا أمنية.", {"meeting"}),
        # a given name of the shape of a future verb (سيرجي) plans nothing
        ("وجاء ذلك بعد لقاء بين الوزير ونظيره الروسي سيرجي شويغو في موسكو.", {"meeting"}),
        # a word of time governing another event after the cue is that event's
        (
            "أعلم الوزير نظيره في اتصال هاتفي بتأجيل زيارة العمل التي كان يعتزم أداءها غدا.",
            {"call"},
        ),
    ],
)
def test_event_types(text, types):
    _doc, events = _events(text)
    assert {e.type for e in events} == types


def test_headline_present_tense_is_not_an_event():
    text = "الوزير يستقبل نظيره\nوقال الوزير إن التعاون مهم."
    _doc, events = _events(text, title_span=(0, 20))
    assert events == []


def _country(iso3: str, role: str = "participant") -> Country:
    ev = Evidence(paragraph=0, sentence=0, start=0, end=1, text="x")
    return Country(iso3=iso3, name_en=iso3, name_ar="x", role=role, evidence=[ev])


def test_cooperation_verdicts():
    doc, events = _events("استقبل الرئيس التونسي وزير الخارجية الإيراني وبحثا العلاقات الثنائية.")
    assert is_cooperation_news(doc, [_country("TUN"), _country("IRN")], events, [], [])
    assert not is_cooperation_news(doc, [_country("TUN")], events, [], [])


def test_planned_visit_between_states_is_cooperation_but_statement_alone_is_not():
    doc, events = _events("وأفادت الوزارة بأن الوزير سيزور العراق لتعزيز التعاون بين البلدين.")
    assert events == []
    assert is_cooperation_news(doc, [_country("TUN"), _country("IRQ")], events, [], [])
    doc, events = _events("وقال الوزير إن الوضع في سوريا خطير.")
    assert not is_cooperation_news(doc, [_country("TUN"), _country("SYR")], events, [], [])
    # A visit the lead announces needs no cooperation word; one announced later does.
    states = [_country("TUN"), _country("BEL")]
    lead = "يزور رئيس الوزراء البلجيكي تونس الأسبوع المقبل.\nوقال الوزير إن الديون ستحول."
    doc, events = _events(lead)
    assert is_cooperation_news(doc, states, events, [], [])
    later = "قال الوزير إن الديون ستحول.\nوسيزور رئيس الوزراء البلجيكي تونس الأسبوع المقبل."
    doc, events = _events(later)
    assert not is_cooperation_news(doc, states, events, [], [])


def test_cooperation_the_text_keeps_naming_between_two_states_is_cooperation_news():
    # No meeting, visit or call: a grant, and cooperation named three times.
    text = (
        "قدمت الصين منحة لمصر لاستكمال القمر الصناعي في إطار التعاون بين البلدين.\n"
        "وقال الوزير إن الشراكة مع بكين تتسع."
    )
    doc, events = _events(text)
    states = [_country("CHN"), _country("EGY")]
    assert is_cooperation_news(doc, states, events, [], [])
    # Twice is enough (a grant and cooperation); once is not, on its own.
    doc, events = _events("قدمت الصين منحة لمصر.\nوقال الوزير إن التعاون مستمر.")
    assert is_cooperation_news(doc, states, events, [], [])
    doc, events = _events("قالت الصين إن مصر دولة مهمة.\nوقال الوزير إن التعاون مستمر.")
    assert not is_cooperation_news(doc, states, events, [], [])


def test_sports_is_not_cooperation():
    doc, events = _events(
        "وفاز المنتخب البرازيلي في المباراة الودية على كرواتيا وقال المدرب إن اللاعب جاهز."
    )
    assert not is_cooperation_news(doc, [_country("BRA"), _country("HRV")], events, [], [])


def test_topics_cleared_for_non_cooperation_and_diplomacy_fallback():
    ev = Evidence(paragraph=0, sentence=0, start=0, end=1, text="x")
    topic = TopicFact(label="energy", salience=1.0, mentions=1, evidence=[ev])
    assert filter_topics_for_cooperation([topic], False) == []
    assert filter_topics_for_cooperation([topic], True) == [topic]
    _doc, events = _events("استقبل الرئيس وزير الخارجية.")
    fallback = filter_topics_for_cooperation([], True, events)
    assert [t.label for t in fallback] == ["diplomacy_general"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("واستقبل المستشفى الجهوي 3 مصابين في الحادث.", set()),
        ("واستقبلت المصحة عشرات المرضى منذ الصباح.", set()),
        ("وصل وزير الخارجية الأمريكي، مايك بومبيو إلى الرياض الثلاثاء.", {"visit"}),
        ("وبلغ حجم التبادل التجاري مستوى قياسيا بزيادة وصلت إلى 30 في المائة.", set()),
        ("وقع الرئيسان وثيقة للشراكة الاستراتيجية بين البلدين.", {"agreement_signing"}),
    ],
)
def test_meetings_need_officials_arrivals_and_signed_documents(text, types):
    _doc, events = _events(text)
    assert {e.type for e in events} == types


def test_present_tense_visit_on_a_later_weekday_is_planned():
    text = "يزور وزير الخارجية الفرنسي تونس الخميس لبحث التعاون."
    _doc, events = _events(text, meta={"date": "Wed, 18 Jul 2018 09:57:43 GMT"})
    assert events == []
    _doc, events = _events(text, meta={"date": "2018-07-19T10:00:00+01:00"})
    assert {e.type for e in events} == {"visit"}


def test_head_of_state_receiving_a_club_is_sport_not_cooperation():
    doc, events = _events(
        "استقبل الرئيس التونسي رئيس نادي برشلونة الإسباني وفريق النادي بعد المباراة."
    )
    assert {e.type for e in events} == {"meeting"}
    assert not is_cooperation_news(doc, [_country("TUN"), _country("ESP")], events, [], [])


def test_one_participant_state_is_not_cooperation_even_with_others_mentioned():
    # A UN envoy meeting one government; another state only mentioned (a next stop).
    doc, events = _events("التقى المبعوث الدولي وزير الخارجية اليمني وبحث معه المشاورات.")
    assert not is_cooperation_news(
        doc, [_country("YEM"), _country("OMN", "mentioned")], events, [], []
    )


def test_third_country_conflict_discussed_by_states_is_cooperation():
    doc, events = _events(
        "استقبل الرئيس الروسي وزيري خارجية تركيا وإيران لبحث تسوية النزاع السوري. "
        "وأكدوا أن الأزمة السورية تحتاج حلا لخفض التوتر في سوريا."
    )
    assert {e.type for e in events} == {"meeting"}
    countries = [_country("RUS"), _country("TUR"), _country("IRN"), _country("SYR", "mentioned")]
    assert is_cooperation_news(doc, countries, events, [], [])
    # The same words about a conflict between the participants themselves are not.
    doc, events = _events(
        "التقى وزير الخارجية الروسي نظيره التركي وسط التوتر بين روسيا وتركيا. "
        "وتبادل الطرفان الاتهامات بعد غارات وقصف واشتباكات على الحدود."
    )
    assert not is_cooperation_news(doc, [_country("RUS"), _country("TUR")], events, [], [])


def test_sign_verb_forms_are_the_words_the_stem_rule_accepts():
    from analysis.extract.events import _SIGN_VERB_FORMS, _SIGN_VERBS, _strip_stem

    conjunctions, letters = ("", "و", "ف"), ("", "و", "ف", "ل")
    words = {c + p + v for c in letters for p in conjunctions for v in _SIGN_VERBS}
    words |= {"وقع"[:k] for k in range(4)} | {"ووقع", "فوقع", "وقعه"}
    for word in words:
        assert (word in _SIGN_VERB_FORMS) == (_strip_stem(word) in _SIGN_VERBS), word


def test_counterparts_meeting_at_a_sports_event_is_cooperation_but_teams_are_not():
    text = (
        "التقى الرئيس الفرنسي في الكرملين نظيره الروسي قبل المباراة النهائية لكأس العالم.\n"
        "وهنأ الرئيس الفرنسي المنتخب الروسي على المباراة وعلى البطولة."
    )
    doc, events = _events(text)
    assert is_cooperation_news(doc, [_country("FRA"), _country("RUS")], events, [], [])
    text = (
        "قال رئيس كوريا الجنوبية لنظيره الأميركي في اتصال هاتفي إن الزيارة مهمة.\n"
        "وأعطت دورة الألعاب الأولمبية دفعة للحوار، في الألعاب الأولمبية الشتوية."
    )
    doc, events = _events(text)
    assert is_cooperation_news(doc, [_country("KOR"), _country("USA")], events, [], [])
    text = (
        "ويلتقي المنتخب الأرجنتيني نظيره الإيطالي في المباراة الودية.\n"
        "وقال مدرب المنتخب إن اللاعب جاهز للمباراة والبطولة."
    )
    doc, events = _events(text)
    assert not is_cooperation_news(doc, [_country("ARG"), _country("ITA")], events, [], [])


def test_two_days_that_include_the_publication_day_are_under_way():
    text = "ويؤدي الوزير زيارة رسمية إلى تونس يومي 2 و3 ماي."
    for published, types in (("2017-05-02T22:30:00+01:00", {"visit"}), ("2017-04-20", set())):
        _doc, events = _events(text, meta={"date": published})
        assert {e.type for e in events} == types, published
    _doc, events = _events(text, meta={"date": "Tue, 02 May 2017 10:29:49 +0400"})
    assert {e.type for e in events} == {"visit"}


def test_peace_talks_weigh_against_the_conflict_they_end():
    talks = (
        "التقى المبعوث الأمريكي الرئيس الأفغاني في كابول لبحث محادثات السلام مع طالبان.\n"
        "وأسفرت هجمات الحركة عن قتلى وجرحى.\n"
    )
    sides = [_country("USA"), _country("AFG")]
    doc, events = _events(talks + "ويأمل المبعوث في دفع عملية السلام.")
    assert is_cooperation_news(doc, sides, events, [], [])
    doc, events = _events(talks + "ويأمل المبعوث في وقف القتال.")
    assert not is_cooperation_news(doc, sides, events, [], [])


def test_a_definite_meeting_noun_takes_up_the_meeting_before_it():
    text = "استقبل ولي العهد السعودي ولي عهد أبوظبي.\nوجرى خلال اللقاء تبادل الأحاديث الودية."
    _doc, events = _events(text)
    meeting = next(e for e in events if e.type == "meeting")
    assert [ev.text for ev in meeting.evidence] == ["استقبل", "اللقاء"]


def test_a_meeting_noun_after_a_verb_of_holding_it_was_held():
    text = "وترأس ولي العهد السعودي وولي عهد أبوظبي الاجتماع الأول لمجلس التنسيق."
    _doc, events = _events(text)
    assert {e.type for e in events} == {"meeting"}
    _doc, events = _events("ويشارك في القمة العربية أمير قطر والرئيس السوداني.")
    assert {e.type for e in events} == {"meeting"}


def test_a_letter_between_officials_is_a_contact_between_their_states():
    text = (
        "تلقى وزير الخارجية الأميركي، مايك بومبيو رسالة من الزعيم الكوري الشمالي.\n"
        "وقال الرئيس الأميركي إن المفاوضات مستمرة."
    )
    doc, events = _events(text)
    assert is_cooperation_news(doc, [_country("USA"), _country("PRK")], events, [], [])
    doc, events = _events('وقال الرئيس الأميركي: "تلقيت رسالة جميلة".\nوقال إن المفاوضات مستمرة.')
    assert not is_cooperation_news(doc, [_country("USA"), _country("PRK")], events, [], [])
    # A cable is sent by itself, with no verb of sending.
    doc, events = _events(
        "وقال الأسد، في برقية تهنئة وجهها لبوتن، إن روسيا وقفت ضد الإرهاب."
    )
    assert is_cooperation_news(doc, [_country("SYR"), _country("RUS")], events, [], [])


def test_one_state_signing_with_an_international_organization_is_cooperation():
    ev = Evidence(paragraph=0, sentence=0, start=0, end=1, text="x")
    doc, events = _events("أبرمت مصر اتفاقا جديدا مع البنك الدولي لتمويل المشروعات.")
    bank = Organization(id="o1", name_ar="البنك الدولي", kind="international", evidence=[ev])
    company = bank.model_copy(update={"kind": "company"})
    deal = Agreement(
        id="a1", instrument="agreement", instrument_ar="اتفاقا", status="signed",
        parties=["o1"], evidence=[ev],
    )
    egypt = [_country("EGY")]
    assert is_cooperation_news(doc, egypt, events, [deal], [], [bank])
    assert not is_cooperation_news(doc, egypt, events, [deal], [], [company])
    planned = deal.model_copy(update={"status": "planned"})
    assert not is_cooperation_news(doc, egypt, events, [planned], [], [bank])


def test_a_bilateral_business_forum_is_a_joint_body():
    text = (
        "أكد الوزير التونسي على هامش افتتاح أشغال منتدى الأعمال التونسي السويدي أن التعاون "
        "بين البلدين مهم."
    )
    doc, events = _events(text)
    assert is_cooperation_news(doc, [_country("TUN"), _country("SWE")], events, [], [])


def test_leaders_of_two_states_meeting_at_a_match_is_cooperation():
    text = (
        "التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس الفلسطيني محمود عباس في موسكو قبل "
        "المباراة النهائية لكأس العالم لكرة القدم."
    )
    assert extract_text(text).is_cooperation_news
    text = (
        "التقى رئيس نادي سبارتاك الروسي أليكسي ميلر رئيس نادي الأهلي محمود الخطيب قبل "
        "المباراة النهائية لكأس العالم لكرة القدم."
    )
    assert not extract_text(text).is_cooperation_news


def test_a_compilation_pages_side_items_do_not_weigh_on_its_story():
    story = (
        "التقى الرئيس التركي نظيره الروسي في طهران وبحثا التعاون.\n"
        "وقال الرئيس التركي إن المحادثات مثمرة.\n"
        "وأضاف أن البلدين متفقان.\n"
        "وأكد الرئيس الروسي أهمية اللقاء.\n"
    )
    side = (
        "أعلن الجيش الإسرائيلي شن غارات وقصف مواقع بعد هجمات.\n"
        "أكد مسؤول أن التوتر تصاعد بعد غارات وقصف وهجمات جديدة.\n"
    )
    assert extract_text(story).is_cooperation_news
    assert extract_text(story + side).is_cooperation_news


def test_the_president_elect_is_no_national_team():
    text = (
        "هنأ رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الأميركي المنتخب دونالد ترامب.\n"
        "وقال نتنياهو في برقية إلى الرئيس المنتخب إن الرئيس الأميركي المنتخب صديق.\n"
        "وأضاف أنه سيعمل مع الرئيس المنتخب، واتصل بالرئيس الأميركي المنتخب هاتفيا."
    )
    facts = extract_text(text)
    assert {c.iso3 for c in facts.countries if c.role == "participant"} == {"ISR", "USA"}


def test_a_joint_press_conference_reports_a_meeting():
    doc, events = _events(
        "وتحدثت المستشارة الألمانية في مؤتمر صحفي مشترك مع الرئيس الأميركي دونالد ترامب."
    )
    assert [e.type for e in events] == ["meeting"]
    doc, events = _events("وقال الوزير في مؤتمر صحفي إن الوضع مستقر.")
    assert events == []


@pytest.mark.parametrize(
    "text",
    [
        # a visit noun a word of lasting follows
        "ووصل رئيس الوزراء الإثيوبي إلى الخرطوم في زيارة تستمر ليومين.",
        "استهل الوزير الزيارة الرسمية التي يؤديها إلى العراق بلقاء نظيره.",
        # "تأتي/جاءت (هذه) الزيارة": the visit under way or just made
        "وتأتي زيارة المستشارة الألمانية فيما يبحث الرئيس الانسحاب من الاتفاق.",
        "وتأتي هذه الزيارة بعد أيام قليلة من استقبال الرئيس لنظيره.",
        # an invitation the visit answers does not make it planned
        "وتؤدي الشيخة موزا زيارة إلى تونس بدعوة من رئيس الحكومة.",
        # a day of the visit
        "ويريد الرئيس في اليوم الثالث والأخير من زيارته إلى واشنطن أن يعرض رؤيته.",
    ],
)
def test_a_visit_noun_reported_as_happening(text):
    assert "visit" in _types(text)


def test_an_invitation_to_come_is_still_a_visit_in_prospect():
    assert "visit" not in _types("وجه الرئيس دعوة لنظيره لزيارة تونس في زيارة تستمر يومين.")


@pytest.mark.parametrize(
    "text",
    [
        "وطالب الوزير بزيادة الاستثمارات، وذلك خلال اجتماعه بمفوض الاتحاد الأوروبي للطاقة.",
        "وصل الوفد إلى العاصمة النيجيرية أبوجا، حيث استقبلهم الرئيس النيجيري.",
    ],
)
def test_a_meeting_word_with_an_object_pronoun(text):
    assert "meeting" in _types(text)


def test_a_word_of_intention_puts_what_follows_in_prospect():
    # "يعتزم" as "ينوي": the state named after it takes part only in prospect.
    for verb in ("تنوي", "تعتزم"):
        text = f"وأعلنت كوريا الجنوبية أنها {verb} إرسال مبعوث إلى كوريا الشمالية قريبا."
        roles = {c.iso3: c.role for c in extract_text(text, "t").countries}
        assert roles.get("KOR") == "participant" and roles.get("PRK") != "participant", verb


def test_meetings_agreed_on_are_not_held():
    doc, events = _events("واتفق البلدان على عقد اجتماعات دورية منتظمة.")
    assert events == []


@pytest.mark.parametrize(
    "text",
    [
        "والأربعاء قال ترامب إنه ينوي لقاء كيم خلال أسابيع.",
        "وتتأهب العاصمة المصرية القاهرة اليوم السبت لاستقبال ميلانيا ترامب.",
        "وأوضح البيت الأبيض عن اجتماع قريب للرئيس الأمريكي مع رئيسة الوزراء البريطانية.",
        "ودعت الأمم المتحدة إلى محادثات بين الطرفين.",
    ],
)
def test_a_meeting_intended_prepared_for_near_or_called_for_has_not_happened(text):
    assert "meeting" not in _types(text)


def test_a_press_conference_with_a_counterpart_reports_a_meeting():
    doc, events = _events("وقال لافروف متحدثا في مؤتمر صحفي مع نظيره التركي إن الموقف خاطئ.")
    assert [e.type for e in events] == ["meeting"]
    doc, events = _events("وقال الوزير في مؤتمر صحفي مع الصحفيين إن الوضع مستقر.")
    assert events == []


def test_today_before_a_visit_noun_is_no_day_of_it():
    doc, events = _events("وانخفض عدد الزوار اليوم من زيارة إلى أخرى.")
    assert events == []


def test_a_deposit_grant_or_loan_between_states_is_cooperation_talked_of():
    sides = [_country("SAU"), _country("YEM")]
    deposit = (
        "أودعت السعودية ملياري دولار في البنك المركزي اليمني.\n"
        "وقال السفير إن الوديعة تدعم العملة، وإن الإيداع الجديد يرفع مجموع الوديعة إلى ثلاثة "
        "مليارات."
    )
    doc, events = _events(deposit)
    assert is_cooperation_news(doc, sides, events, [], [])
    doc, events = _events("أعلنت السعودية أن الريال اليمني تراجع.\nوقال السفير إن العملة تعاني.")
    assert not is_cooperation_news(doc, sides, events, [], [])


def test_aid_counts_as_cooperation_only_when_a_state_gives_or_gets_it():
    sides = [_country("EGY"), _country("SDN")]
    aid = (
        "قدمت مصر مساعدات مصرية للسودان لإغاثة المتضررين من الفيضانات.\n"
        "وقال السفير إن المساعدات المصرية ستتواصل، وإن شحنة أخرى من المساعدات المصرية "
        "الطبية تصل غدا."
    )
    doc, events = _events(aid)
    assert is_cooperation_news(doc, sides, events, [], [])
    # Humanitarian aid to civilians in a war zone names no state: not cooperation.
    war = (
        "دخلت المساعدات الإنسانية إلى المدنيين في الغوطة.\n"
        "وقال المسؤول إن المساعدات الغذائية غير كافية وإن المساعدات الطبية نفدت."
    )
    doc, events = _events(war)
    assert not is_cooperation_news(doc, [_country("SYR"), _country("RUS")], events, [], [])


def test_joint_drills_patrols_or_a_joint_team_of_two_states_are_cooperation():
    states = [_country("USA"), _country("KOR")]
    doc, events = _events(
        "وأعلنت الولايات المتحدة أنها ستبدأ التدريبات المشتركة مع كوريا الجنوبية."
    )
    assert is_cooperation_news(doc, states, events, [], [])
    doc, events = _events("ورحبت السعودية بموافقة تركيا على تشكيل فريق عمل مشترك للتحقيق.")
    assert is_cooperation_news(doc, [_country("SAU"), _country("TUR")], events, [], [])
    # A joint inquiry one side demands in a dispute is not.
    doc, events = _events("وطالبت روسيا بإجراء تحقيق مشترك في الحادث، فيما رفضت بريطانيا ذلك.")
    assert not is_cooperation_news(doc, [_country("RUS"), _country("GBR")], events, [], [])


def test_an_action_carried_out_with_another_states_authorities_is_cooperation():
    # A strike amid conflict words, carried out in coordination with the host government.
    strike = (
        "وقالت القيادة الأمريكية إن الغارة قتلت مسلحين في هجوم على معسكر، وإن الضربة نفذت "
        "بالتنسيق مع حكومة الوفاق الوطني الليبية.\nوأضافت أن الغارات ستتواصل بعد القصف."
    )
    doc, events = _events(strike)
    assert is_cooperation_news(doc, [_country("USA"), _country("LBY")], events, [], [])
    # One state taking part: the other side is the authority it worked with.
    cell = "وقالت وزارة الداخلية المغربية إن العملية تمت بالتنسيق مع الشرطة الإسبانية."
    doc, events = _events(cell)
    assert is_cooperation_news(doc, [_country("MAR")], events, [], [])
    # Its own authorities, an army's factions or a bare ally in strikes are no partner.
    for text in (
        "وقالت الشركة إن النشاط يستأنف بالتنسيق مع السلطات التونسية.",
        "وقالت الوزارة إن العملية تمت بالتعاون مع فصائل الجيش السوري الحر.",
        "وقال الرئيس إن عملية عسكرية تجري بالتنسيق مع بريطانيا وفرنسا.",
    ):
        doc, events = _events(text)
        assert not is_cooperation_news(doc, [_country("TUN")], events, [], []), text


def test_a_lead_saying_one_side_acts_together_with_a_state_is_cooperation():
    states = [_country("USA"), _country("TUR"), _country("SAU")]
    doc, events = _events("ترامب: نعمل مع تركيا والسعودية بشأن الصحفي.\nوقال إن التحقيق مستمر.")
    assert is_cooperation_news(doc, states, events, [], [])
    # One state taking part: the state it coordinates with is the other side.
    doc, events = _events("أمريكا تنسق مع فرنسا لعملية في مالي.\nوقال المتحدث إن العملية قريبة.")
    assert is_cooperation_news(doc, [_country("USA")], events, [], [])
    # Denied, or only further down the text: no.
    for text in (
        "كوريا الشمالية تنفي أنها تعاونت مع سوريا.\nوقال المتحدث إن التقارير كاذبة.",
        "قال المتحدث إن التقارير كاذبة.\nوأضاف أن على روسيا أن تتعاون مع بريطانيا.",
    ):
        doc, events = _events(text)
        assert not is_cooperation_news(doc, [_country("PRK")], events, [], []), text


def test_a_lead_handing_over_to_or_receiving_from_another_state_is_cooperation():
    for title, state in (
        ("ألمانيا تسلم بلغاريا مشتبها به في قتل الصحافية", "DEU"),
        ("مصر تتسلم متهما باختطاف طائرة من قبرص", "EGY"),
        ("تونس تتسلّم زورقين عسكريين من أمريكا", "TUN"),
        # The verb, its subject, then its first object: "سلمت الولايات المتحدة تركيا".
        ("سلمت الولايات المتحدة تركيا أول طائرة حربية", "USA"),
    ):
        doc, events = _headlined(title, "\nوقال المتحدث إن الإجراءات انتهت.")
        assert is_cooperation_news(doc, [_country(state)], events, [], []), title
    # Denied, a state that is the verb's subject, or a company are not.
    for title, state in (
        ("تونس لم تتسلم المتهم من ايطاليا", "TUN"),
        ("تتسلم فرنسا رئاسة مجموعة السبع", "FRA"),
        ("إيران تتسلم خمس طائرات من شركة فرنسية", "IRN"),
    ):
        doc, events = _headlined(title, "\nوقال المتحدث إن الإجراءات انتهت.")
        assert not is_cooperation_news(doc, [_country(state)], events, [], []), title


def test_a_lead_meeting_with_a_counterpart_is_cooperation_with_one_state_named():
    body = "\nوبحث الوزير مع وزير الخارجية المصري تطورات الملف الليبي."
    doc, events = _headlined("وزير الخارجية يلتقي نظيره المصري بالقاهرة", body)
    assert is_cooperation_news(doc, [_country("EGY")], events, [], [])
    # A meeting still ahead, or a counterpart named without one, is not.
    for title in ("وزير الخارجية يأمل أن يلتقي نظيره المصري", "وزير الخارجية ينتقد نظيره المصري"):
        doc, events = _headlined(title, "\nوقال المتحدث إن الملف الليبي مطروح.")
        assert not is_cooperation_news(doc, [_country("EGY")], events, [], []), title


def test_two_states_agreeing_together_in_the_lead_is_cooperation():
    states = [_country("CHN"), _country("USA")]
    body = "\nوقال المتحدث إن الرسوم والعقوبات والتوتر والأزمة مستمرة."
    for title in (
        "بكين وواشنطن تتفقان على عدم خوض الحرب التجارية",
        "الصين والولايات المتحدة تتوصلان إلى اتفاق تجاري",
    ):
        doc, events = _headlined(title, body)
        assert is_cooperation_news(doc, states, events, [], []), title
    # Denied, one state with a company, or a joint statement against a third are not.
    for title in (
        "بكين وواشنطن لم تتفقا على شيء",
        "الصين وشركة أبل تتوصلان إلى اتفاق",
        "بكين وواشنطن تتهمان إيران",
    ):
        doc, events = _headlined(title, body)
        assert not is_cooperation_news(doc, states, events, [], []), title


def test_a_joint_activity_named_with_its_qualifiers_is_a_joint_body():
    states = [_country("USA"), _country("KOR")]
    drills = (
        "أوردت الوكالة أن المناورات العسكرية السنوية المشتركة بين سول وواشنطن ستكون محدودة."
    )
    doc, events = _events(drills)
    assert is_cooperation_news(doc, states, events, [], [])
    doc, events = _events("ورحبت السعودية بعمل لجنة التحقيق المشتركة مع تركيا.")
    assert is_cooperation_news(doc, [_country("SAU"), _country("TUR")], events, [], [])
    # A verb or a preposition between the noun and المشتركة: no joint body of the two.
    for text in (
        "أوردت الوكالة أن المناورات ستجري في منطقة مشتركة للحدود بين سول وواشنطن.",
        "وقالت اللجنة إن المصالح المشتركة بين سول وواشنطن كبيرة.",
    ):
        doc, events = _events(text)
        assert not is_cooperation_news(doc, states, events, [], []), text


def test_a_planned_deal_counts_between_two_states_not_with_one():
    ev = Evidence(paragraph=0, sentence=0, start=0, end=1, text="x")
    text = (
        "أعلن الرئيس الأمريكي انسحاب بلاده من الاتفاق النووي مع إيران وفرض عقوبات جديدة.\n"
        "وقالت روسيا إن الانسحاب خطأ وإن العقوبات لن تنفع."
    )
    doc, events = _events(text)
    states = [_country("USA"), _country("RUS"), _country("IRN")]
    deal = Agreement(
        id="a1", instrument="agreement", instrument_ar="الاتفاق", status="planned",
        parties=["IRN"], evidence=[ev],
    )
    assert not is_cooperation_news(doc, states, events, [deal], [])
    # A deal the two sides are to sign is cooperation in prospect.
    between = deal.model_copy(update={"parties": ["USA", "IRN"]})
    assert is_cooperation_news(doc, states, events, [between], [])


def test_a_loan_of_an_international_lender_the_lead_names_is_cooperation():
    tunisia = [_country("TUN")]
    doc, events = _events(
        "وافق صندوق النقد الدولي على صرف الشريحة الثالثة من قرض تونس.\n"
        "وقال الوزير إن الإصلاحات متواصلة."
    )
    assert is_cooperation_news(doc, tunisia, events, [], [])
    # Named further down, the lender is background to a domestic story.
    doc, events = _events(
        "رفعت تونس أسعار الوقود للمرة الرابعة هذا العام.\n"
        "وتأتي الزيادة ضمن برنامج إصلاحات متفق عليه مع صندوق النقد الدولي."
    )
    assert not is_cooperation_news(doc, tunisia, events, [], [])


def test_a_headline_of_dispute_is_no_cooperation_news_whatever_the_body_recalls():
    body = "\nوكان الرئيس الأمريكي قد التقى المستشارة الألمانية في قمة مجموعة السبع."
    sides = [_country("DEU"), _country("USA")]
    title = "ألمانيا ترد على ترامب"
    doc, events = _headlined(title, body)
    assert {e.type for e in events} == {"meeting"}
    assert not is_cooperation_news(doc, sides, events, [], [])
    title = "ميركل تلتقي ترامب"
    doc, events = _headlined(title, body)
    assert is_cooperation_news(doc, sides, events, [], [])


def test_a_headline_of_dispute_in_the_future_is_no_cooperation_news():
    body = "\nوأبلغ الرئيس الفرنسي نظيره الأميركي في اتصال هاتفي بأن القرار خطأ."
    sides = [_country("FRA"), _country("USA")]
    for title in ("ماكرون لترامب: الاتحاد الأوروبي سيرد بحزم", "لندن ستحذر موسكو"):
        doc, events = _headlined(title, body)
        assert {e.type for e in events} == {"call"}
        assert not is_cooperation_news(doc, sides, events, [], []), title
    # A future verb that is no dispute leaves the call.
    title = "ماكرون وترامب سيبحثان التجارة"
    doc, events = _headlined(title, body)
    assert is_cooperation_news(doc, sides, events, [], [])


def test_a_headline_qualifying_an_agreement_with_two_states_nisbas_is_cooperation():
    body = "\nوقالت المصادر إن الهجوم والقصف والغارات مستمرة في المنطقة منذ أشهر."
    sides = [_country("RUS"), _country("ISR")]
    for title in ("تفاهم روسي إسرائيلي بسوريا", "محادثات روسية إسرائيلية في موسكو"):
        doc, events = _headlined(title, body)
        assert is_cooperation_news(doc, sides, events, [], []), title
    # The noun definite, with a preposition, or an initiative.
    for title in (
        "ميركل تشيد بالمبادرة الروسية الإسرائيلية لحل الأزمة",
        "الجولان على طاولة المفاوضات الروسية الإسرائيلية",
    ):
        doc, events = _headlined(title, body)
        assert is_cooperation_news(doc, sides, events, [], []), title
    # One state's nisba, or two that qualify no agreement or meeting, are not.
    for title in ("تفاهم روسي بسوريا", "طائرات روسية إسرائيلية فوق سوريا"):
        doc, events = _headlined(title, body)
        assert not is_cooperation_news(doc, sides, events, [], []), title


def test_a_headline_pair_may_follow_a_qualifier_and_name_a_state_not_found_taking_part():
    body = "\nوقالت المصادر إن المناورات تستمر أسبوعا في البحر الأحمر."
    title = "تدريبات عسكرية مصرية سعودية مشتركة"
    doc, events = _headlined(title, body)
    assert is_cooperation_news(doc, [_country("EGY"), _country("SAU")], events, [], [])
    # The headline's two nisbas name the partner the country roles left as mentioned.
    assert is_cooperation_news(
        doc, [_country("EGY"), _country("SAU", "mentioned")], events, [], []
    )
    # A qualifier and one nisba name no partner.
    doc, events = _headlined("تدريبات عسكرية مصرية في سيناء", body)
    assert not is_cooperation_news(
        doc, [_country("EGY"), _country("SAU", "mentioned")], events, [], []
    )


def test_a_headline_naming_an_agreement_between_two_states_is_cooperation():
    body = "\nوقالت المصادر إن الهجوم والقصف والغارات مستمرة في المنطقة منذ أشهر."
    sides = [_country("IND"), _country("PAK")]
    for title in ("اتفاق بين الهند وباكستان", 'اتفاق "نادر" بين الهند وباكستان'):
        doc, events = _headlined(title, body)
        assert is_cooperation_news(doc, sides, events, [], []), title
    # A crisis between them, or one state and a non-state side, is not.
    for title in ("أزمة بين الهند وباكستان", "اتفاق بين الهند والمتمردين"):
        doc, events = _headlined(title, body)
        assert not is_cooperation_news(doc, sides, events, [], []), title


def test_a_headline_naming_the_meeting_outweighs_the_conflict_words_of_its_body():
    body = (
        "\nوالتقى رئيس الوزراء الإسرائيلي الرئيس الروسي في موسكو.\n"
        "وبحثا الانسحاب من الاتفاق النووي والعقوبات والنزاع والتوتر."
    )
    sides = [_country("ISR"), _country("RUS")]
    title = "نتنياهو يلتقي بوتين في موسكو"
    doc, events = _headlined(title, body)
    assert {e.type for e in events} == {"meeting"}
    assert is_cooperation_news(doc, sides, events, [], [])
    # A summit in the headline may be one still ahead or called off.
    title = "القمة في موسكو"
    doc, events = _headlined(title, body)
    assert not is_cooperation_news(doc, sides, events, [], [])


def test_a_headline_meeting_after_a_word_of_readiness_does_not_outweigh_the_conflict():
    body = (
        "\nوالتقى مسؤول أمريكي دبلوماسيين إيرانيين في جنيف.\n"
        "وبحثا الانسحاب من الاتفاق النووي والعقوبات والنزاع والتوتر."
    )
    sides = [_country("USA"), _country("IRN")]
    doc, events = _headlined("ترامب يلتقي القادة الإيرانيين", body)
    assert is_cooperation_news(doc, sides, events, [], [])
    # Ready to meet: no meeting has taken place, and the conflict words weigh.
    doc, events = _headlined("ترامب يعلن استعداده للقاء القادة الإيرانيين", body)
    assert {e.type for e in events} == {"meeting"}
    assert not is_cooperation_news(doc, sides, events, [], [])


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("حلت المستشارة الألمانية أنغيلا ميركل في بيروت مساء الخميس.", {"visit"}),
        ("حل رئيس الجمهورية صباح اليوم الى روما.", {"visit"}),
        # To dissolve, to solve, to rank: no one alighted anywhere.
        ("حل الرئيس السوداني عمر البشير مساء الأحد الحكومة.", set()),
        ("وقال الرئيس إن لبوتين دورا مهما في حل النزاعين في سوريا وأوكرانيا.", set()),
        ("وقرر رئيس الحكومة حل البرلمان.", set()),
    ],
)
def test_halla_is_a_visit_only_where_its_subject_alighted(text, types):
    assert _types(text) & {"visit"} == types


def test_aid_a_state_sends_to_another_is_cooperation_talked_of():
    sides = [_country("EGY"), _country("SDN")]
    doc, events = _events(
        "أرسلت مصر مساعدات طبية وغذائية ومستلزمات إغاثية للسودان.\nوقال الوزير إن التعاون مستمر."
    )
    assert is_cooperation_news(doc, sides, events, [], [])
    # Aid reaching a country from no state named is not aid between states.
    doc, events = _events(
        "دخلت المساعدات الإنسانية والطبية والغذائية إلى سوريا.\nوقال المسؤول إن التعاون مستمر."
    )
    assert not is_cooperation_news(doc, [_country("SYR"), _country("RUS")], events, [], [])


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وأجرى وزير الخارجية الأمريكي اتصالا مع ولي العهد السعودي.", {"call"}),
        ("وقال الرئيس إنه اتصل بنظيره الروسي لتهنئته.", {"call"}),
        ("وأجرى الرئيس اتصالا الاثنين مع نظيره الإيراني.", {"call"}),
        ("وخرج الوزير من القاعة للاتصال هاتفيا بالرئيس الأميركي.", {"call"}),
        # a contact with no official is private; one to be made or ongoing is no call
        ("وقال الوزير إن والدته اتصلت بالشرطة.", set()),
        ("وأخبرها الوزير بالاتصال بالسفير التركي.", set()),
        ("وقال الرئيس إنه على اتصال بالرئيس الإندونيسي.", set()),
        ("وقال الوزير في اتصال هاتفي بوكالة الأنباء إن الزيارة مهمة.", set()),
    ],
)
def test_a_contact_with_an_official_is_a_call(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("ووصل وزير الخارجية الأمريكي إلى بغداد أمس.", {"visit"}),
        ("وصل إلى مدينة جدة أمس ولي عهد أبوظبي.", {"visit"}),
        ("وقال الرئيس إن الوفد الذي وصل إلى تونس أمس التقى الوزراء.", {"visit", "meeting"}),
        # troops, storms, a team of experts or a currency arrive with no visit of state
        ("ووصلت قوات الجيش إلى مشارف المطار.", set()),
        ("وقال الوزير إن الإعصار وصل إلى الساحل أمس.", set()),
        ("ووصل فريق من خبراء المنظمة إلى بريطانيا.", set()),
        # a solution, and a given name of the shape of a verb, are no arrival
        ("وتدعم الصين حل الخلافات بين البلدين عبر الحوار.", set()),
        ("وقال نائب وزير الخارجية فيصل المقداد إن العودة أولوية.", set()),
    ],
)
def test_an_arrival_is_a_visit_only_of_an_official(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("استقبل الرئيس التونسي اليوم بقصر قرطاج وزير الخارجية الإيطالي.", {"meeting"}),
        ("واستقبل قائد القوات المشتركة الأمين العام للأمم المتحدة.", {"meeting"}),
        # states, hospitals and ports receive refugees, ships and the wounded
        ("وقال الوزير إن ألمانيا استقبلت نحو مليون لاجئ.", set()),
        ("وانتقد الرئيس رفض إيطاليا استقبال سفينة تقل مهاجرين.", set()),
        ("وقال الوزير إن المستشفى استقبل ثلاثة جرحى مدنيين.", set()),
    ],
)
def test_a_reception_is_a_meeting_only_with_an_official(text, types):
    assert _types(text) == types


def _signing_events(text: str, word: str, status: str) -> set[str]:
    """The event types of ``text`` given one agreement of ``status`` at ``word``."""
    doc = Document.build("t", text)
    start = text.index(word)
    deal = Agreement(
        id="a1", instrument="agreement", instrument_ar=word, status=status,
        evidence=[doc.evidence(start, start + len(word))],
    )
    return {e.type for e in find_events(doc, [], [], [], [deal], [])}


def test_a_signing_still_ahead_or_made_earlier_is_no_signing_event():
    ahead = "ومن المنتظر أن يوقع الرئيس على مذكرات تفاهم في فيينا."
    assert "agreement_signing" not in _signing_events(ahead, "يوقع", "signed")
    # a past verb of signing happened, whatever else its sentence calls off
    done = "ووقعت اليابان والاتحاد الأوروبي اتفاقا تاريخيا لإلغاء الرسوم الجمركية."
    assert "agreement_signing" in _signing_events(done, "ووقعت", "signed")
    # an instrument the agreements step dates before the story is no signing of it
    earlier = "وزار الرئيس إريتريا الأسبوع الماضي ووقع اتفاقا مع نظيره."
    assert "agreement_signing" not in _signing_events(earlier, "اتفاقا", "earlier")


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وقال الرئيس خلال استقباله رئيس الوزراء الياباني إن التعاون مهم.", {"meeting"}),
        ("وقال الرئيس الروسي إن ترامب محاور مثير بعد محادثاتهما التي استمرت لساعات.", {"meeting"}),
        ("وبعد مباحثاته مع نظيره الفرنسي تحدث الرئيس عن حل أكبر.", {"meeting"}),
        ("وقال الرئيس إن محادثاته المزمعة مع الزعيم قد تنتهي دون اتفاق.", set()),
    ],
)
def test_a_meeting_noun_with_a_possessive_pronoun(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a word calling off or calling for something bears on the meeting only as its object
        ("واستقبل الرئيس وزير الخارجية الياباني وأعلن إلغاء الرسوم الجمركية على السيارات.",
         {"meeting"}),
        ("ودعا الرئيس خلال لقائه وزير الخارجية الياباني إلى الاستثمار في مصر.", {"meeting"}),
        ("ويزور الرئيس بريطانيا حاليا ومن المقرر أن يلتقي بوتين الاثنين.", {"visit"}),
        ("وألغت كوريا الشمالية الأسبوع الماضي في اللحظة الأخيرة اجتماعا مع مسؤولين.", set()),
        ("واستقبل الرئيس وزير الخارجية الياباني الذي دعا الشركات إلى الاستثمار في مصر.",
         {"meeting"}),
        ("والتقى الموفد الملكي رئيس الوزراء اللبناني وسلمه دعوة رسمية لزيارة المملكة.",
         {"meeting"}),
        ("وألغى الرئيس، الخميس، قمة مع الزعيم الكوري.", set()),
        ("ودعا الرئيس إلى عقد قمة مع الزعيم الكوري.", set()),
        ("وأعلن الرئيس تأجيل زيارته إلى باريس.", set()),
    ],
)
def test_a_word_calling_off_or_for_something_else_leaves_the_meeting_held(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # an event after عقب/إثر/في أعقاب, بعد + a definite noun or بعد أن came before the one
        # the sentence plans; one after قبل comes later
        ("وأعلن الرئيس أن بلاده ستحول جزءا من الديون، في أعقاب لقاء جمعه بوزير الخارجية.",
         {"meeting"}),
        ("وقال إن القمة ستعقد كما كانت مقررة بعد المحادثات التي أجراها مع وزير الخارجية الروسي.",
         {"meeting"}),
        ("التقى الرئيس الصيني الزعيم الكوري الشمالي قبل قمته المرتقبة مع الرئيس الأميركي.",
         {"meeting"}),
        ("وقال إن الحزب سيحسم موقفه بعد لقائه مع رئيس الحكومة.", set()),
        ("وأعلنت سول إمكان عقد قمة بين الرئيسين قبل نهاية مايو المقبل.", set()),
    ],
)
def test_an_event_before_or_after_the_planned_one_is_its_own(text, types):
    assert _types(text) == types



@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a summit or meeting the sentence places something in, or says was held or hosted
        ("وأكد الوزير على هامش اجتماعات الجمعية العامة أن الحل سياسي.", {"meeting"}),
        ("وطالب الأمين العام في افتتاح الاجتماع الطارئ لوزراء الخارجية بتحقيق دولي.", {"meeting"}),
        ("وأكد الوزير على هامش افتتاح أشغال الاجتماع الوزاري أن الخطوة مهمة.", {"meeting"}),
        ("واحتضنت مدينة جدة، الخميس، أول اجتماع للمجلس التنسيقي بحضور الوزير.", {"meeting"}),
        # "في"/"أمام" place it only after a past verb of saying or a speech
        ("وأكد وزير الخارجية في اجتماعه اليوم دعم الطلب الفلسطيني.", {"meeting"}),
        ("وقال مندوب بريطانيا أمام الاجتماع الطارئ للمجلس إن الاتهام قائم.", {"meeting"}),
        ("وشدد الوزير في كلمته أمام القمة على الحل السياسي.", {"meeting"}),
        # a peak, what lies ahead of a summit, a conditional
        ("وأكد الفنان أنه في قمة فخره بعد الحفل.", set()),
        ("وتوقف الوزير عند التحديات أمام القمة.", set()),
        ("وقال الوزير الروسي إن القيود ستخفف إذا رأت أوبك في اجتماع يونيو ذلك.", set()),
    ],
)
def test_held_gathering_is_a_meeting(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a word of time after a summit one prepares for (للقمة) is that summit's
        ("والتقى الوزير نظيره الأسبوع الماضي، تمهيدا للقمة التاريخية المرتقبة.", {"meeting"}),
        ("وانطلقت الاجتماعات بين الوزير ونظيره في نيويورك تمهيدا للقمة المنتظرة.", {"meeting"}),
        # the summit prepared for is no event of its own
        ("وأكد الوزير أن التحضيرات تسير بشكل جيد استعدادا للقمة.", set()),
    ],
)
def test_a_summit_prepared_for_keeps_its_time_to_itself(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a present-tense meeting after عندما/حين is a time still to come
        ("وقال الوزير إن هناك فرصة حقيقية للاتفاق عندما يلتقي الرئيس نظيره الكوري.", set()),
        ("وقال المدرب إن فريقه لن يغير خطته عندما يلتقي الفريقان في كييف.", set()),
        # "في حين" is whereas: the meeting is under way
        ("وتدرس الحكومة الملف، في حين يلتقي الوزير اليوم نظيره الفرنسي.", {"meeting"}),
    ],
)
def test_a_meeting_after_when_is_ahead(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a conference or forum the sentence places something in is a meeting held
        ("وأكد الوزير في كلمة خلال المؤتمر الدولي لدعم الاستثمار في تونس دعم بلاده.",
         {"meeting"}),
        ("وافتتحت أشغال المنتدى الاقتصادي بحضور الرئيس ونظيره.", {"meeting"}),
        # a press conference, a party named for a congress
        ("وأكد الوزير خلال مؤتمر صحفي دعم بلاده للاستثمار.", set()),
        ("ويشارك في تأسيس هذا الحزب حزب المؤتمر من أجل الجمهورية.", set()),
        ("وقال الجنرال في مؤتمر عبر الهاتف لصحافيين في الوزارة إن المقاتلين يسيطرون.", set()),
        ("وتحدث المدرب في مؤتمر صحفي. وقال رئيس النادي خلال المؤتمر إن القرار مفاجئ.", set()),
    ],
)
def test_a_held_conference_is_a_meeting(text, types):
    assert _types(text) == types


def test_a_conference_is_cooperation_only_with_officials_of_two_states():
    # one state's official speaking at a conference about another state
    one = (
        "الجبير: قطر قضية صغيرة جدا\n"
        "وقال وزير الخارجية السعودي عادل الجبير، في كلمة خلال المؤتمر الدولي لدعم دول الساحل "
        "في بروكسل، إن قطر قضية صغيرة جدا. وأضاف الجبير أن لدى السعودية قضايا أكبر مثل "
        "استقرار العراق."
    )
    assert not extract_text(one).is_cooperation_news
    # the host's president and his guests of two other states at its forum
    two = (
        "بوتين في منتدى سان بطرسبورغ\n"
        "وقال الرئيس الروسي فلاديمير بوتين في كلمته أمام المنتدى الاقتصادي بحضور رئيس "
        "وزراء اليابان شينزو آبي والرئيس الفرنسي إيمانويل ماكرون إن العالم بحاجة إلى سلام "
        "تجاري."
    )
    assert extract_text(two).is_cooperation_news


def test_a_conference_hosted_by_another_state_is_cooperation():
    # one state's minister at a conference in another state's capital: guest and host meet
    guest = (
        "لبنان يحصد تعهدات في مؤتمر باريس\n"
        "قال وزير المالية اللبناني علي حسن خليل إن بلاده حصلت على تعهدات بمنح وهبات تتجاوز "
        "عشرة مليارات دولار، خلال مؤتمر بباريس. وقال إن لبنان يحتاج إلى إصلاحات كبيرة "
        "لاقتصاده."
    )
    assert extract_text(guest).is_cooperation_news
    in_capital = guest.replace("خلال مؤتمر بباريس", "خلال مؤتمر دولي في العاصمة الفرنسية باريس")
    assert extract_text(in_capital).is_cooperation_news
    # a president at a conference in his own capital, speaking of another state
    own = (
        "السيسي: تداعيات سلبية لنقل السفارة الأميركية\n"
        "وقال الرئيس المصري عبد الفتاح السيسي خلال مؤتمر شبابي بالقاهرة إن نقل السفارة "
        "الأميركية إلى القدس سيكون له تداعيات سلبية على الرأي العام."
    )
    assert not extract_text(own).is_cooperation_news
    # the state after the venue is what the minister speaks of, not the host
    spoken = (
        "الجبير: فرنسا قضية صغيرة\n"
        "وقال وزير الخارجية السعودي عادل الجبير، في كلمة خلال المؤتمر الدولي في بروكسل، إن "
        "فرنسا قضية صغيرة جدا."
    )
    assert not extract_text(spoken).is_cooperation_news


def test_a_meeting_a_month_ago_is_background_not_the_story():
    # the only visit is dated a month back: a story of a trial, not of cooperation
    old = (
        "تركيا تطالب بسجن قس أميركي\n"
        "طالب الادعاء التركي بسجن القس الأميركي أندرو برانسون 35 عاما. وخلال زيارة لأنقرة في "
        "الشهر الماضي، طالب وزير الخارجية الأميركي ريكس تيلرسون بالإفراج عن برانسون. وتقول "
        "الولايات المتحدة إن التهم باطلة."
    )
    assert not extract_text(old).is_cooperation_news
    # the same visit reported today
    today = old.replace("في الشهر الماضي", "اليوم")
    assert extract_text(today).is_cooperation_news
