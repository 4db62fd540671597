"""Tests for analysis.extract.sources: wire agencies, outlet, republisher."""

import pytest

from analysis.extract.cleaning import prepare
from analysis.extract.sources import find_source_chain


def _wire(text: str, meta: dict | None = None) -> str | None:
    chain = find_source_chain(prepare("t", text, meta or {}))
    if chain.wire is not None:
        for evidence in chain.wire.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
    return chain.wire.code if chain.wire else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("الدوحة : واس\nبحث الوزير مع ضيفه سبل التعاون.", "SPA"),
        ("القاهرة- (أ ش أ): استقبل الوزير سفير اليابان.", "MENA"),
        ("التقى الوزير نظيره، وفقا لما نقلته وكالة أنباء البحرين (بنا).", "BNA"),
        ("رحب ولي العهد بالضيف، حسبما أوردت وكالة الأنباء الإماراتية (وام).", "WAM"),
        ("ووفق ما ذكرته وكالة الأنباء السعودية، جرى بحث العلاقات.", "SPA"),
        ("بحث الجانبان التعاون الأمني. نقلا عن واس", "SPA"),
        ("قال المتحدث في تصريح لكونا إن الزيارة ناجحة.", "KUNA"),
        ("أعلنت الحكومة ذلك بحسب وكالة فرانس برس.", "AFP"),
        ("ذكرت رويترز أن الاجتماع انتهى.", "REUTERS"),
        ("مسقط (العمانية) - استقبل الوزير ضيفه.", "ONA"),
        ("تونس (وات) - أكد الوزير أهمية الزيارة.", "TAP"),
        ("قالت وكالة دوغان التركية للأنباء إن المحكمة قررت.\nوقالت دوغان إن الجلسة أرجئت.", "DHA"),
    ],
)
def test_agency_credits(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "رحب الوزير بنا في مكتبه وقال إن الزيارة مهمة.",
        "زار الوفد مدينة قنا في صعيد مصر.",
        "أكدت الشركة العمانية أن المشروع يسير وفق الخطة.",
        "تقع مدينة بترا في جنوب الأردن.",
    ],
)
def test_short_forms_as_ordinary_words_are_not_credits(text):
    assert _wire(text) is None


def test_disclaimer_gives_outlet_and_republisher():
    text = (
        "قال الوزير إن التعاون مهم.\n"
        "ملحوظة: مضمون هذا الخبر تم كتابته بواسطة اليوم السابع ولا يعبر عن وجهة نظر منقول "
        "وانما تم نقله بمحتواه كما هو"
    )
    chain = find_source_chain(prepare("s", text, {}))
    assert chain.outlet is not None and chain.outlet.name_en == "Youm7"
    assert chain.outlet.evidence[0].text == "اليوم السابع"
    assert chain.republisher is not None and chain.republisher.name_ar == "منقول"
    assert chain.disclaimer is not None and chain.disclaimer.text.startswith("ملحوظة")


def test_outlet_from_metadata_has_no_evidence():
    chain = find_source_chain(prepare("s", "قال الوزير إن التعاون مهم.", {"outlet": "skynews"}))
    assert chain.outlet is not None and chain.outlet.name_en == "Sky News Arabia"
    assert chain.outlet.evidence == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an agency cited for one item, as the subject of its own reporting verb
        ("عقد الزعيمان قمة تاريخية.\nوتعهدا بالسلام.\nونقلت وكالة رويترز عن مسؤول قوله إن "
         "النقاش كان جادا.", None),
        ("منعت الشرطة الوزير من الزيارة.\nوذكرت وكالة وفا الرسمية للأنباء أن وزيرة رافقته.",
         None),
        # "كما" opening a sentence is "also"; a relative clause cites one item
        ("هبطت الليرة أمام الدولار.\nكما نقلت وكالة الأناضول عن الرئيس أن الاقتصاد قوي.",
         None),
        ("هبطت الليرة أمام الدولار.\nوقال الخبير في تصريحات نشرتها رويترز إن الأسواق تنتظر.",
         None),
        # an interview given to an agency; a citing verb before "وكالة أنباء"; a name and
        # its abbreviation are one credit
        ("فرضت كندا رسوما على الواردات.\nوقال الوزير في مقابلة مع رويترز إن الخيارات "
         "مفتوحة.", None),
        ("بدأت سول تفكيك مكبرات الصوت.\nوأوردت وكالة أنباء يونهاب أن بيونغيانغ فعلت المثل.",
         None),
        ("شاركت إيران في المعرض.\nوقال القائد في تصريحات نشرتها وكالة الأنباء الإيرانية "
         'الرسمية "إرنا" إن التعاون ممكن.', None),
        # ... is the wire when it reports the lead, or is credited again
        ("ذكرت وكالة الأنباء السعودية (واس) أن المجلس كلف اللجنة بالمهمة.", "SPA"),
        ("استقبل الملك ضيفه.\nونقلت وكالة رويترز عن مسؤول قوله.\nوأضافت رويترز أن الزيارة "
         "ناجحة.", "REUTERS"),
        # the outlet's own dateline: a later single credit is a side item
        ("أتلانتا، الولايات المتحدة (CNN) – وصل الوزير إلى الرياض.\nوقال الوزير إن الزيارة "
         "مهمة.\nأعلنت الوزارة سقوط طائرة، حسبما نقلت وكالة الأنباء السعودية.", None),
        # a single credit far down the story is a side item's, even a national agency's
        ("استقبل الرئيس وزير الخارجية.\nوبحث الجانبان العلاقات.\nوأكد الرئيس أهمية التعاون."
         "\nودعا إلى الحوار.\nوقتل ثلاثة شبان في غزة، حسبما نقلت وكالة الأنباء الفلسطينية.",
         None),
        # ... but the paragraph after its one-sentence lead carries the main item on
        ("دبي، الإمارات العربية المتحدة (CNN) – استقبلت الملكة ولي العهد في قصرها.\n"
         "وأفادت وكالة الأنباء السعودية بأن ولي العهد نقل تحيات الملك.", "SPA"),
    ],
)
def test_cited_agency_is_not_always_the_wire(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the agency's short name in quotes after "وكالة الأنباء …"
        ("دعا الملك إلى الحوار.\nوبحسب ما نقلته وكالة الأنباء الحكومية \"بترا\"، شدد الملك "
         "على أهمية المشاركة.", "PETRA"),
        # a website or paper of the same name is no wire credit
        ("تتعرض المشجعات لضغوط، وفق ما ذكر موقع \"بلومبيرغ\".", None),
        # a press conference an agency broadcast is one item it carried, not its report
        ("استقبل الوزير نظيره.\nوقال الوزير في مؤتمر صحافي بثته وكالة فارس للأنباء إن "
         "اللقاء مثمر.", None),
    ],
)
def test_quoted_names_media_nouns_and_relative_citations(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a foreign agency credited once after the lead is cited for one item
        ("أعلن الوزير خطة لتجنب الأزمة.\nوقال الوزير إن الاقتصاد يتعافى، وفق ما نقلت "
         '"رويترز".', None),
        ("التقى الزعيمان في سنغافورة.\nووصف المسؤول الرسوم بأنها مؤسفة، وفق ما ذكرت وكالة "
         "أسوشييتد برس.", None),
        # ... but in the lead it is the wire, and so is a national agency credited once
        ("قال الوزير إن الاقتصاد يتعافى، وفق ما نقلت رويترز.\nوأضاف أن الخطة جاهزة.",
         "REUTERS"),
        ("استقبل الملك رئيس الوزراء.\nووفق ما ذكرته وكالة الأنباء السعودية، جرى خلال اللقاء "
         "استعراض العلاقات.", "SPA"),
    ],
)
def test_a_single_foreign_credit_after_the_lead_is_no_wire(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "وذكرت الوكالة" credits the agency named before it again
        ("قدم الزعيم التعازي.\nوذكرت وكالة الأنباء المركزية الكورية أن الزعيم زار السفارة.\n"
         "وذكرت الوكالة أن الزعيم زار المستشفى أيضا.", "KCNA"),
        # ... not another agency named in between, nor one named by its adjective
        ("هبطت الليرة.\nوذكرت وكالة رويترز أن التداول ضعيف.\nوخفضت وكالة موديز التصنيف.\n"
         "وأعلنت الوكالة أن التخفيض مرده التراجع.", None),
        ("انتهى إطلاق النار.\nونقلت وكالة الصحافة الفرنسية عن مسؤول أن المشتبه فيه محتجز.\n"
         "وأفادت الوكالة الفدرالية بأن هناك تحقيقا.", None),
    ],
)
def test_the_agency_referred_back_to_is_credited_again(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A sign-off line closing the story credits it, a foreign agency too.
        ("أعلنت إثيوبيا وإريتريا استئناف العلاقات.\nوقال رئيس الوزراء إن السلام تحقق.\n"
         "وأضاف أن الحدود ستفتح.\nفرانس 24/أ ف ب", "AFP"),
        # A credit in a long closing paragraph is a side item's.
        ("أعلنت إثيوبيا وإريتريا استئناف العلاقات.\nوقال رئيس الوزراء إن السلام تحقق.\n"
         "وأضاف أن الحدود ستفتح.\nونقلت وكالة فرانس برس عن مسؤول أن المعابر ستفتح الأسبوع "
         "المقبل أمام الشاحنات.", None),
    ],
)
def test_a_sign_off_credits_the_story(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("وصل الوفد إلى دمشق.\nوقال رئيس الوفد إن الزيارة مهمة، وفق ما ذكرته وكالة الأنباء "
         'الرسمية السورية "سانا".\nوأضاف أن العلاقات قوية.', "SANA"),
        ("استقبل الرئيس الوزير، حسبما ذكرت وكالة الأنباء الرسمية العراقية.", "INA"),
        # a two-word nisba: الرسمية before "الكورية الشمالية"
        ("التقى كيم الوزير الروسي، بحسب ما ذكرت وكالة الأنباء الرسمية الكورية الشمالية.",
         "KCNA"),
    ],
)
def test_the_official_news_agency_of_a_state(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "نما الاقتصاد 7.4% متجاوزا التوقعات لنمو 7% في استطلاع أجرته رويترز.",
        "ارتفعت المبيعات 0.5% بينما توقع خبراء شملهم استطلاع لرويترز زيادة 0.3%.",
        "أظهر مسح لرويترز أن إنتاج أوبك انخفض في أبريل.",
        "وذلك وفقا لاستطلاع رأي أجرته وكالة رويترز.",
    ],
)
def test_an_agency_that_ran_a_survey_is_not_credited(text):
    assert _wire(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قال المسؤول إن الرجل كان يعاني من انخفاض حرارة الجسم.\nوأوضح أن البحث متواصل في "
         "هذه المناطق النائية منذ يومين. (أ ف ب)", "AFP"),
        ("أبرمت الجمعية اتفاقية مع وزارة الشؤون الدينية.\nوستنطلق الدورات بعد رمضان. -وات-",
         "TAP"),
    ],
)
def test_a_bracketed_credit_closing_the_story_is_its_sign_off(text, code):
    assert _wire(text) == code


def test_a_credit_inside_the_last_sentence_is_no_sign_off():
    text = (
        "بحث الرئيسان التحضير للقمة.\nوكان المبعوثان قد عقدا خمس جولات من المحادثات، "
        "حسبما ذكرت وكالة أنباء كوريا الجنوبية (يونهاب)."
    )
    assert _wire(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # two agencies credited once each at the top of the story, each for its own part
        ("توجه الزعيم الكوري الشمالي إلى الحدود للقاء نظيره، بحسب ما أفادت وكالة الأنباء "
         "الكورية الشمالية الرسمية.\nوأضاف أن القمة تاريخية.\nوحسب رويترز، توجه أيضا الرئيس "
         "الكوري الجنوبي إلى المنطقة.", None),
        ("قال الوزير إن بلاده دعت الرئيس إلى زيارة موسكو، وفق ما نقلت وكالة \"إنترفاكس\".\n"
         "وذكرت وكالة الأنباء السورية \"سانا\" أن الرئيس استقبل الضيف.", None),
        # ... but an agency someone spoke to is no second credit
        ("ذكرت وكالة الأنباء السعودية (واس) أن مجلس الوزراء كلف اللجنة بتنفيذ المبادرة.\n"
         "وقال مسؤول لرويترز إن أولى الصفقات ستشمل المدارس.", "SPA"),
        # ... and a dateline credits the story whatever follows
        ("الرياض (واس) - استقبل الملك الوزير في قصره.\nوحسب رويترز، بحث الجانبان العلاقات.",
         "SPA"),
    ],
)
def test_two_agencies_sharing_the_top_of_the_story_make_no_wire(text, code):
    assert _wire(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # credited twice, but only from the third paragraph after the lead on: a side item
        ("بدأ وزير الخارجية الإيراني زيارة إلى دمشق.\nوبحث مع الرئيس العلاقات.\n"
         "وأكد الجانبان التنسيق.\nوحذرت واشنطن من هجوم.\nوأفادت وكالة فارس الإيرانية للأنباء "
         "بأن الوزير السوري طلب الدعم.\nونقلت وكالة فارس عنه قوله إن الأرض ستحرر.", None),
        # ... while two credits, one of them near the top, still make the wire
        ("بدأ وزير الخارجية الإيراني زيارة إلى دمشق.\nوأفادت وكالة فارس الإيرانية للأنباء "
         "بأن الوزير التقى الرئيس.\nوأكد الجانبان التنسيق.\nوحذرت واشنطن من هجوم.\n"
         "ونقلت وكالة فارس عنه قوله إن الأرض ستحرر.", "FARS"),
    ],
)
def test_an_agency_credited_only_far_down_is_no_wire(text, code):
    assert _wire(text) == code
