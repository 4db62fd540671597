"""Normalization for matching, offset maps and segmentation."""

from __future__ import annotations

from analysis.text import WORD, lines, normalize, normalize_term, segment, words


def test_normalize_unifies_letter_variants_and_keeps_length_when_nothing_is_deleted():
    norm = normalize("البحرينى فى أإآ ة ؤ ئ")
    assert norm.text == "البحريني في ااا ه و ي"
    assert norm.offsets is None


def test_normalize_removes_diacritics_and_tatweel_and_maps_back():
    original = "وَزِيـــرُ الدَّاخِلِيَّةِ"
    norm = normalize(original)
    assert norm.text == "وزير الداخليه"
    start = norm.text.index("الداخليه")
    o_start, o_end = norm.to_original(start, start + len("الداخليه"))
    assert original[o_start:o_end] == "الدَّاخِلِيَّة"
    assert normalize_term(original[o_start:o_end]) == "الداخليه"


def test_normalize_digits_punctuation_and_latin_case():
    assert normalize("٣ مذكرات، ۴ BNA؟").text == "3 مذكرات, 4 bna?"


def test_normalize_term_collapses_white_space():
    assert normalize_term("  عبد   الله\n") == "عبد الله"


def test_segment_paragraphs_and_sentences_keep_original_spans():
    text = "الجملة الأولى. الجملة الثانية!\n\n  فقرة ثانية بقيمة 1.6 مليار دولار  \n"
    sentences = segment(text)
    assert [(s.paragraph, text[s.start : s.end]) for s in sentences] == [
        (0, "الجملة الأولى."),
        (0, "الجملة الثانية!"),
        (1, "فقرة ثانية بقيمة 1.6 مليار دولار"),
    ]
    assert [s.index for s in sentences] == [0, 1, 2]


def test_segment_regions_limit_what_is_read():
    text = "<T>عنوان</T>\n<B>نص الخبر. جملة.</B>"
    regions = [(text.index("عنوان"), text.index("</T>")), (text.index("نص"), text.index("</B>"))]
    assert [text[s.start : s.end] for s in segment(text, regions)] == [
        "عنوان",
        "نص الخبر.",
        "جملة.",
    ]


def test_segment_seed_has_one_paragraph_per_line(seed_text):
    sentences = segment(seed_text)
    assert max(s.paragraph for s in sentences) == 7
    assert seed_text[sentences[-1].start : sentences[-1].end].startswith("ملحوظة:")


def test_translation_table_maps_every_code_point_as_the_replacement_lists_say():
    # The table is a tuple indexed by code point (for speed), with a second pass for the
    # characters past its end. Check it against the lists it is built from.
    from analysis.text import _DELETED, _REPLACED, _translate

    reference = str.maketrans({**_REPLACED, **{c: None for c in _DELETED}})
    for code in range(0x20000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates
        char = chr(code)
        assert _translate(char) == char.translate(reference), hex(code)
        assert _translate(f"ا{char}ب") == f"ا{char}ب".translate(reference), hex(code)


def test_words_keep_diacritics_and_tatweel_inside_their_spans_only():
    text = "قالَ وَزِيـــرُ الخارجيةِ: #محمد_علي"
    found, starts, ends = words(normalize(text), [(0, len(text))])
    assert found == ["قال", "وزير", "الخارجيه", "محمد", "علي"]
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == [
        "قال", "وَزِيـــر", "الخارجية", "محمد", "علي"
    ]
    # Text the code page cannot hold (Arabic-Indic digits) takes the regex path.
    found, starts, ends = words(normalize("٣ مذكراتٍ"), [(0, 9)])
    assert (found, starts, ends) == (["3", "مذكرات"], [0, 2], [1, 8])


def test_normalization_keeps_word_characters_words_and_others_not():
    # analysis.text.words splits the original text where the normalized text has no word
    # character: every character normalization keeps must stay a word character or not.
    from analysis.text import _CHANGES

    for code in range(0x10000):
        char = chr(code)
        new = char.translate(_CHANGES)
        if new:
            assert bool(WORD.fullmatch(char)) == bool(WORD.fullmatch(new)), hex(code)


def test_sentences_unpack_like_tokens_and_take_runs_of_white_space_between_them():
    text = "قال الوزير.   وأكد أهمية التعاون!!\u00a0«نعم.» ثم غادر.\n\n  سطر ثان"
    sentences = segment(text)
    assert [text[s.start : s.end] for s in sentences] == [
        "قال الوزير.", "وأكد أهمية التعاون!!", "«نعم.»", "ثم غادر.", "سطر ثان"
    ]
    index, paragraph, start, end = sentences[-1]
    assert (index, paragraph, text[start:end]) == (4, 1, "سطر ثان")


def test_code_page_functions_agree_with_the_codec():
    from analysis.text import _decode, _encode

    for byte in range(256):
        raw = bytes([byte])
        try:
            char = raw.decode("cp1256")
        except UnicodeDecodeError:
            continue
        assert _decode(raw) == char and _encode(char) == char.encode("cp1256")
    try:
        _encode("٣")
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("the code page has no Arabic-Indic digits")


def test_words_trim_only_the_pieces_that_hold_deleted_marks():
    from analysis.text import _trim_deleted

    text = "شكراً ً وزيـر"
    norm = normalize(text)
    found, starts, ends = words(norm, [(0, len(text))])
    assert found == ["شكرا", "وزير"]
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == ["شكرا", "وزيـر"]
    pieces, starts, ends = [b"a\xf0", b"\xf0", b"c"], [0, 3, 5], [2, 4, 6]  # \xf0: tanween
    _trim_deleted([1, 3], pieces, starts, ends)
    assert (pieces, starts, ends) == ([b"a", b"c"], [0, 5], [1, 6])


def test_lines_are_trimmed_and_blank_lines_left_out():
    text = "  أولا \r\n\n \t\n ثانيا\x85ثالثا  "
    assert [text[a:b] for a, b in lines(text)] == ["أولا", "ثانيا\x85ثالثا"]
    assert lines(text, 3, 7) == [(3, 6)]  # a span may start inside a line


def test_normalize_term_translates_in_one_call_and_matches_the_general_table(monkeypatch):
    from analysis import text

    terms = ["  وَزِيـــرُ   الخارجية\t", "۴ BNA؟ «أ»", "ﷲ أكبر", "", "  \n"]
    expected = [" ".join(t.translate(text._CHANGES).split()) for t in terms]
    # The code page's terms are translated without the _translate helper's Python calls
    # (a term is short: the calls cost more than the translation).
    monkeypatch.setattr(text, "_translate", None)
    assert [normalize_term(t) for t in terms] == expected


def test_normalize_finds_the_deleted_marks_of_code_page_text_in_its_bytes(monkeypatch):
    from analysis import text

    samples = ["قالَ الوزيرُ: شكراً جزيـلاً", "ـــًٌٍَُِّْ", "بلا علامات"]
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية "
    samples += ["".join(letters[(i * 7 + k) % 30] + "َّ"[: k % 3] for k in range(30))
                for i in range(20)]
    expected = [tuple(m.start() for m in text._DELETED_RE.finditer(s)) for s in samples]
    # Text in the Arabic code page is searched as bytes; only other text takes the regex.
    monkeypatch.setattr(text, "_DELETED_RE", None)
    found = [normalize(s) for s in samples]
    assert [n.deleted for n in found] == expected
    assert all(n.encoded is not None for n in found) and any(expected)
    for s, n in zip(samples, found, strict=True):
        assert n.text == s.translate(text._CHANGES)
