"""Tests for analysis.extract.cleaning: wrappers, boilerplate, disclaimer, spans."""

from analysis.extract.cleaning import (
    _boilerplate,
    _first_word,
    _has_disclaimer_hint,
    _key,
    prepare,
)

WRAPPED = (
    "<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>https://example.org/a</URL>\n<SRC>skynews</SRC>\n"
    "<TITLE>وزير الخارجية يلتقي نظيره</TITLE>\n<TIME>Mon, 01 Jan 2018 10:00:00 GMT</TIME>\n"
    "<AUTHOR>القاهرة - سكاي نيوز عربية</AUTHOR>\n<ABSTRACT>\nالتقى وزير الخارجية نظيره في القاهرة"
    " لبحث\n</ABSTRACT>\n<TEXT>\nالتقى وزير الخارجية نظيره في القاهرة لبحث العلاقات.\n"
    "اقرأ أيضا: خبر آخر لا علاقة له\nزر الذهاب إلى الأعلى\n"
    "2018-03-09 12:00:00 وأكد الجانبان أهمية التعاون.\n"
    "</TEXT>\n</DOC>\n"
)


def _region_texts(doc):
    return [doc.text[a:b] for a, b in doc.regions]


def test_wrapper_fields_go_to_meta_with_spans():
    doc = prepare("x-1", WRAPPED, {})
    assert doc.meta["title"] == "وزير الخارجية يلتقي نظيره"
    assert doc.meta["outlet"] == "skynews"
    assert doc.meta["url"] == "https://example.org/a"
    assert doc.meta["dateline"] == "القاهرة"
    assert doc.meta["byline_credit"] == "سكاي نيوز عربية"
    for key, (start, end) in doc.meta["spans"].items():
        assert WRAPPED[start:end] == doc.meta[key]
    assert doc.title_span is not None
    assert WRAPPED[slice(*doc.title_span)] == doc.meta["title"]


def test_abstract_repeating_the_lead_is_skipped_and_boilerplate_dropped():
    doc = prepare("x-1", WRAPPED, {})
    texts = _region_texts(doc)
    assert texts[0] == "وزير الخارجية يلتقي نظيره"
    assert sum("التقى وزير الخارجية" in t for t in texts) == 1  # the abstract is a repeat
    assert not any("اقرأ أيضا" in t or "زر الذهاب" in t for t in texts)
    assert "وأكد الجانبان أهمية التعاون." in texts
    assert not any(t.startswith("2018") for t in texts)


def test_abstract_that_adds_text_is_kept():
    repeated = "التقى وزير الخارجية نظيره في القاهرة لبحث\n</ABSTRACT>"
    text = WRAPPED.replace(repeated, "ملخص مختلف تماما عن النص\n</ABSTRACT>")
    doc = prepare("x-1", text, {})
    assert "ملخص مختلف تماما عن النص" in _region_texts(doc)


def test_disclaimer_gets_sentences_but_no_tokens():
    text = (
        "قال الوزير إن التعاون مهم.\n"
        "ملحوظة: مضمون هذا الخبر تم كتابته بواسطة صحيفة الغد ولا يعبر عن وجهة نظر موقعنا"
    )
    doc = prepare("d", text, {})
    assert doc.disclaimer_span is not None
    start, end = doc.disclaimer_span
    assert text[start:end].startswith("ملحوظة:")
    assert any(s.start == start for s in doc.sentences)
    assert all(t.end <= start for t in doc.tokens)
    assert doc.evidence(start, end).text == text[start:end]


def test_plain_text_and_non_arabic():
    assert prepare("p", "استقبل الرئيس ضيفه.", {}).tokens
    empty = prepare("e", "", {})
    assert empty.tokens == [] and empty.sentences == []
    english = prepare("e", "The minister met his counterpart.", {})
    assert english.tokens == []


def test_meta_from_a_metadata_file_is_kept():
    doc = prepare("m", "نص عربي قصير.", {"outlet": "Youm7", "date": "2020-01-01"})
    assert doc.meta["outlet"] == "Youm7" and doc.meta["date"] == "2020-01-01"


def test_first_word_shortcut_agrees_with_the_full_key():
    # _clean_regions reads only a line's first word to rule furniture out; whenever that
    # word is known it must be the first word of the line's full key, and every furniture
    # line and prefix must pass the first-word test.
    furniture = _boilerplate()
    lines = [
        "وَزِيـــرُ الدَّاخِلِيَّةِ يستقبل السفير",
        "المنامة في 12 مارس / بنا / استقبل",
        "«اقرأ أيضا»: خبر آخر",
        "...   ",
        "كلمة_طويلة_جدا_جدا_جدا_جدا_بلا_مسافة بعدها",
        "الاستراتيجيةالطويلةجدابلامسافات",
        "أ",
        *furniture.lines,
        *furniture.prefixes,
    ]
    for line in lines:
        first = _first_word(line)
        key = _key(line[:80])
        if first is not None:
            assert key.split()[0] == first, line
    for key in (*furniture.lines, *furniture.prefixes):
        if not key:
            continue
        first = key.split()[0]
        assert first in furniture.openers or first.startswith(furniture.word_prefixes), key


def test_disclaimer_hint_is_a_label_a_disclaimer_opens_with():
    # The substrings the old pattern مل[اح]ح?وظ|ملاحظ|تنويه|تنبيه|إخلاء|اخلاء matched.
    for label in ("ملحوظة:", "ملاحظة :", "ملاحوظة", "تنويه:", "تنبيه -", "إخلاء مسؤولية"):
        assert _has_disclaimer_hint("نص الخبر. " + label + " مضمون هذا الخبر")
    assert not _has_disclaimer_hint("قال الوزير إن التعاون مهم ولاحظ تحسنا")
