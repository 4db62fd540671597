"""Topics: lexicon matching, specificity, salience weights, institution names."""

from __future__ import annotations

import json

from analysis.extract import extract_text
from analysis.extract.document import Document
from analysis.extract.topics import _DATA, find_topics, load_topic_lexicon
from analysis.text import normalize_term
from analysis.vocab import topic_labels


def _labels(text: str, **kw) -> dict[str, int]:
    doc = Document.build("t", text, **kw)
    topics = find_topics(doc)
    for t in topics:
        for ev in t.evidence:
            assert text[ev.start : ev.end] == ev.text
    return {t.label: t.mentions for t in topics}


def _extracted_labels(text: str) -> list[str]:
    """The article's topic labels after the whole pipeline (cooperation filter included)."""
    return [t.label for t in extract_text(text).topics]


def test_every_vocabulary_label_has_terms():
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    assert set(data["topics"]) == set(topic_labels())
    assert len(load_topic_lexicon().gazetteer) > 200


def test_specific_label_wins_over_general_term():
    found = _labels("وبحثا مكافحة تمويل الإرهاب ومكافحة الإرهاب.")
    assert found == {"terrorism_financing": 1, "counterterrorism": 1}


def test_clitics_and_spelling_variants_match():
    found = _labels("تعاون فى مجال الأمن السيبرانى والطائرات بدون طيار ولمكافحة الإرهاب")
    assert set(found) == {"cybersecurity", "unmanned_aircraft", "counterterrorism"}


def test_general_security_label_dropped_when_several_specific_areas_cover_it():
    assert "security_cooperation_general" in _labels("أكد أهمية التعاون الأمني بين البلدين.")
    # one specific area beside general security cooperation: both are reported
    found = _labels("أكد أهمية التعاون الأمني وتبادل المعلومات.")
    assert "security_cooperation_general" in found and "intelligence_sharing" in found
    # two areas beside it do not cover it either
    found = _labels("أكد أهمية التعاون الأمني وتبادل المعلومات ومكافحة الإرهاب.")
    assert {"security_cooperation_general", "intelligence_sharing", "counterterrorism"} <= set(
        found
    )
    found = _labels("أكد أهمية التعاون الأمني وتبادل المعلومات ومكافحة الإرهاب وأمن الحدود.")
    assert "security_cooperation_general" not in found
    assert {"intelligence_sharing", "counterterrorism", "border_security"} <= set(found)


def test_office_titles_are_not_topics():
    assert _labels("التقى وزير التنمية والاستثمار والتعاون الدولي نظيره.") == {}


def test_salience_weights_title_more_than_body():
    text = "بحث الطاقة\nوتناول اللقاء الاستثمار."
    doc = Document.build("t", text, title_span=(0, 9))
    topics = {t.label: t.salience for t in find_topics(doc)}
    assert topics["energy"] > topics["investment"]
    assert abs(sum(topics.values()) - 1) < 1e-3


def test_diplomacy_terms():
    found = _labels("واستعرض الجانبان العلاقات الثنائية والقضايا الإقليمية والدولية.")
    assert found == {"diplomacy_general": 2}


def test_lexicon_terms_are_normalizable():
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    for terms in data["topics"].values():
        assert all(normalize_term(t) for t in terms)


def test_adjectives_count_only_after_a_cooperation_head():
    found = _labels("وسيعمل البلدان معا لتشجيع تعاون وثيق في المجالات السياسية والاقتصادية "
                    "والثقافية والأمنية.")
    assert set(found) == {
        "diplomacy_general", "economy_trade", "culture", "security_cooperation_general"
    }
    # a person, a building, a consequence: not topics
    assert _labels("قال الإعلامي السعودي إنه دخل القنصلية السعودية في إسطنبول.") == {}
    assert _labels("وتخشى مصر التبعات الاجتماعية والاقتصادية والبيئية للسد.") == {}
    # deals, agreements and capabilities take the adjective of their field
    assert set(_labels("وبحث الجانبان عقد صفقات تجارية جديدة.")) == {"economy_trade"}
    assert set(_labels("وتعزز الاتفاقية القدرات الدفاعية للمملكة.")) == {"defence"}
    assert set(_labels("وأبرمت قطر صفقة لشراء مقاتلات من الولايات المتحدة.")) == {"defence"}
    assert set(_labels("وبحث الزعيمان نزع السلاح النووي من شبه الجزيرة.")) == {"defence"}


def test_adverbs_and_military_technical_cooperation():
    assert set(_labels("ملتزمة بدعم تونس عسكريا وأمنيا")) == {
        "defence", "security_cooperation_general"
    }
    assert _labels("أكد الجانبان أهمية تطوير التعاون العسكري والتقني.") == {"defence": 1}


def test_an_adverb_alone_says_how_and_counts_only_in_the_headline():
    """"تدخلت عسكريا", "تدعم الأسد عسكريا" say how something is done: alone in the body
    they are no topic; in the headline, after a head, or after an aid noun and its one-word
    object ("دعم الأردن اقتصاديا") they are."""
    assert _labels("وكانت روسيا تدخلت عسكريا في سوريا عام 2015.") == {}
    assert _labels("وروسيا التي تدعم الرئيس السوري بشار الأسد عسكريا.") == {}
    assert _labels("وقال إن بلده لم يعد يتحمل اقتصاديا.") == {}
    title = "روسيا تتدخل عسكريا"
    assert set(_labels(title + "\nوقال المتحدث إن القرار نهائي.", title_span=(0, len(title)))) == {
        "defence"
    }
    assert set(_labels("وبحث الاجتماع سبل دعم الأردن اقتصاديا.")) == {"economy_trade"}
    assert set(_labels("وأكدت استعداد بلادها لمساعدة تونس اقتصاديا وأمنيا.")) == {
        "economy_trade", "security_cooperation_general"
    }


def test_a_field_noun_counts_only_in_a_list_of_fields_after_a_field_head():
    """الأمن and الاتصالات are fields only after "مجال"/"ملف", directly or through a list
    joined by و; elsewhere they are order or stability, and a state's contacts."""
    found = _labels("حيث تسعى الدولتان للتعاون في مجال التكنولوجيا والتعليم والأمن.")
    assert {"technology", "education", "security_cooperation_general"} <= set(found)
    assert "security_cooperation_general" in _labels("لتعزيز التعاون في مجالي الأمن والاقتصاد.")
    assert "security_cooperation_general" in _labels("وسيبحثان ملف الهجرة والأمن.")
    assert _labels("وأكدا حرصهما على حفظ الأمن والاستقرار في المنطقة.") == {}
    assert _labels("وطلب تعاونها في مجال الأمن المائي.") == {}
    assert _labels("وقال إن الاتصالات في مرحلة أولية. وامتنع عن تحديد موعد الاتصالات "
                   "التي جرت بين البلدين.") == {}
    assert "technology" in _labels("وتشمل الاتفاقية مجالي الاتصالات والخدمات المالية.")


def test_a_nisba_in_the_accusative_after_an_indefinite_noun_is_its_adjective():
    """"مطارا عسكريا" is a military airport, not something done militarily; it counts only
    where the noun is a cooperation head ("دعما عسكريا", "اتفاقا تجاريا")."""
    assert _labels("وكانت الغارة استهدفت مطارا عسكريا في سوريا.") == {}
    assert _labels("وشهد البلد نموا اقتصاديا متسارعا.") == {}
    assert _labels("وقال إن فريقا أمنيا احتجز الصحفي.") == {}
    assert set(_labels("وقدمت روسيا دعما عسكريا للجيش.")) == {"defence"}
    assert set(_labels("ووقع البلدان اتفاقا تجاريا.")) == {"economy_trade"}
    assert set(_labels("وتعهدت بدعم تونس أيضا عسكريا.")) == {"defence"}
    assert set(_labels("وبحث الجانبان التعاون سياسيا واقتصاديا.")) == {
        "diplomacy_general", "economy_trade"
    }


def test_terms_in_institution_names_and_single_weak_words_are_not_topics():
    assert _labels("زار السفير غرفة التجارة والصناعة والمركز الثقافي.") == {}
    assert _labels("وأبلغت إيران الوكالة الدولية للطاقة الذرية بذلك.") == {}
    assert _labels("وتم ذلك بالتعاون بين وزارات الدفاع والخارجية والصحة.") == {}
    assert _labels("لتسهيل حركة المواطنين والسلع.") == {}


def test_the_truth_or_a_persons_health_is_no_health_cooperation():
    """Indefinite "صحة" in a construct is the truth of a claim or a person's health; the
    field is "الصحة"."""
    assert _labels("ونفت السلطات التركية صحة التقارير التي أفادت بذلك.") == {}
    assert _labels("وقال إن الرئيس بصحة جيدة ويتماثل للشفاء.") == {}
    assert _labels("ووقع الوزيران اتفاقية للتعاون في مجال الصحة.") == {"health": 1}


def test_spending_and_tunnels_are_no_economic_cooperation():
    """"الإنفاق" is a budget's spending (NATO's military spending, cuts at home) and, written
    alike once normalized, "الأنفاق" are tunnels: neither is economic cooperation."""
    assert _labels("وتوقع مفاوضات صعبة مع حلف الناتو بشأن الإنفاق العسكري.") == {}
    assert _labels("وأعلنت أنها نفذت وعدها بتفكيك الأنفاق في موقع التجارب النووية.") == {}


def test_financing_alone_is_weak_evidence_of_economic_cooperation():
    """"تمويل" finances anything (a campaign, a war, a wall): one mention in the body is no
    topic; named twice, or with another economic term, it is."""
    assert _labels("وقال إنه تلقى أموالا ليبية لتمويل حملته الانتخابية.") == {}
    assert _labels("ونهبوا إيراداته لتمويل عملياتهم.") == {}
    found = _labels("ووقعت الحكومة اتفاقا لتمويل المشروع. وتبلغ قيمة التمويل مليار دولار.")
    assert "economy_trade" in found


def test_general_security_stays_when_it_outweighs_the_specific():
    found = _labels("دعم عسكري وأمني\nأكد دعم بلده في المجالين الأمني والعسكري وبرامج التعاون "
                    "الأمني، ومنظومة المراقبة الإلكترونية للحدود.", title_span=(0, 14))
    assert {"security_cooperation_general", "border_security", "defence"} <= set(found)


def test_a_contact_at_the_political_level_is_diplomacy():
    """A president receiving a foreign minister is diplomacy whatever else they discuss;
    interior ministers signing a security memorandum are not."""
    political = _extracted_labels(
        "استقبل الرئيس التونسي الباجي قائد السبسي اليوم وزير الخارجية النرويجي بورغ برانده، "
        "وبحث الجانبان التعاون في مجال التعليم."
    )
    assert political == ["education", "diplomacy_general"]
    ministers = _extracted_labels(
        "التقى وزير الداخلية البحريني الفريق أول الشيخ راشد بن عبدالله آل خليفة اليوم وزير "
        "الأمن الداخلي الأمريكي، ووقع الجانبان مذكرة تفاهم في مجال مكافحة الإرهاب."
    )
    assert ministers == ["counterterrorism"]


def test_financing_and_loans_are_economy_but_terrorism_financing_is_not():
    # financing is weak alone; with its value stated it is a financial deal (two mentions:
    # the word and the phrase)
    found = _labels("أبرمت القاهرة اتفاقا مع البنك الدولي لإتاحة تمويل بقيمة ثلاثة مليارات دولار.")
    assert set(found) == {"economy_trade"}
    assert _labels("ووقع الجانبان مذكرة لمكافحة تمويل الإرهاب.") == {"terrorism_financing": 1}


def test_a_states_companies_taking_part_are_economic_cooperation():
    found = _labels("ووقع البلدان 19 بروتوكول اتفاق بين شركات فرنسية وسعودية.")
    assert found == {"economy_trade": 1}
    assert _labels("وأكد استعداد بلاده لفتح الباب أمام الشركات التونسية.") == {"economy_trade": 1}
    # a single company, or companies of no state, are not
    assert _labels("وقعت الحكومة عقدا مع شركة روسية.") == {}
    assert _labels("وحضر اللقاء ممثلو شركات عالمية.") == {}


def test_the_nouns_before_a_nisba_are_found_with_their_clitics_by_one_lookup():
    from analysis.extract.topics import _stem_forms, _stems

    nouns = frozenset().union(*load_topic_lexicon().before_nisba.values())
    forms = _stem_forms(nouns)
    # every attached form the stems read back as a noun, and nothing else
    assert {"والشركات", "للشركات", "بشركات", "وبالشركات", "شركاتا"} <= forms
    assert all(_stems(form) & nouns for form in forms)
    assert not {"شركة", "الشركة", "اشركات"} & forms
    assert _labels("ورحب الوزير بالشركات الفرنسية وقال إن للشركات الألمانية دورا.") == {
        "economy_trade": 2
    }


def test_free_exchange_is_free_trade():
    found = _labels("وتسعى واشنطن إلى اتفاق جيد مع كندا والمكسيك حول التبادل الحر.")
    assert found == {"economy_trade": 1}


def test_public_finance_is_economy():
    text = "وتحدثنا عن الإنجازات في القطاع المالي كخفض العجز في الميزانية ورفع الإيرادات."
    assert set(_labels(text)) == {"economy_trade"}


def test_joint_investigations_are_judicial_cooperation():
    found = _labels("رحب الملك بتشكيل فريق عمل مشترك للتحقيق في اختفاء الصحفي.")
    assert found == {"judicial_cooperation": 1}


def test_cooperating_with_an_investigation_is_judicial_cooperation():
    found = _labels("وأبدت السعودية استعدادها للتعاون مع تركيا في التحقيق.")
    assert found == {"judicial_cooperation": 1}
    assert _labels("وقال إن واشنطن مستعدة للمساعدة بأي شكل في التحقيق.") == {
        "judicial_cooperation": 1
    }
    # تحقيق without the article is achieving; an investigation alone is no cooperation
    assert _labels("وتهدف المبادرة إلى المساعدة في تحقيق الأهداف.") == {}
    assert _labels("وتواصل النيابة التحقيق في الحادث.") == {}


def test_external_borders_and_a_states_own_borders_are_border_security():
    assert set(_labels("واتفق القادة على تعزيز الحدود الخارجية للكتلة.")) == {"border_security"}
    assert set(_labels("وعرض مساهمة في حفظ الأمن على طول الحدود بين البلدين.")) == {
        "border_security"
    }
    assert set(_labels("ولن تدخر فرنسا جهدا لمساعدة تونس على تأمين حدودها مع ليبيا.")) == {
        "border_security"
    }


def test_growth_unemployment_travel_advisories_and_joint_security_committees():
    found = _labels(
        "والتزمت النرويج بدعم النمو الاقتصادي وتقليص البطالة ومراجعة تحذير السفر، "
        "وتم الاتفاق على عقد اللجنة الأمنية المشتركة."
    )
    assert found == {
        "economy_trade": 1,
        "labour": 1,
        "consular_affairs": 1,
        "security_cooperation_general": 1,
    }


def test_military_aid_and_grants_are_defence():
    assert "defence" in _labels("أعلنت فرنسا تقديم منحة عسكرية للجيش اللبناني.")
    assert "defence" in _labels("وقدمت الحكومة مساعدة عسكرية بقيمة 14 مليون يورو.")


def test_defending_something_is_no_defence_topic():
    assert "defence" not in _labels("دعا الجانبان إلى الدفاع عن قواعد التجارة الدولية.")
    assert "defence" in _labels("بحث الوزيران التعاون في مجال الدفاع والأمن.")


def test_an_industry_named_by_another_fields_term_is_that_field():
    assert set(_labels("وبحث الوزير تطوير قطاع صناعة الأدوية.")) == {"health"}
    assert _labels("ويمكن للمفاعل إنتاج البلوتونيوم المستخدم في صناعة الأسلحة.") == {}
    assert set(_labels("وأبلغ مؤتمرا سنويا لصناعة النفط في لندن.")) == {"energy"}
    assert set(_labels("وبحث الجانبان التعاون في صناعة السيارات.")) == {"industry_mining"}
    # a list of fields, not a genitive
    assert set(_labels("وتعمل الشركات في قطاعات الصناعة والتجارة.")) == {
        "industry_mining", "economy_trade"
    }


def test_steel_and_aluminium_tariffs_are_trade_not_industry():
    found = _labels("وفرضت واشنطن رسوما على واردات الصلب والألمنيوم، وتوعد الاتحاد بالرد.")
    assert "industry_mining" not in found


def test_chemical_weapons_are_no_defence_cooperation():
    assert _labels("وقالت إن الضربات استهدفت منشآت للأسلحة الكيماوية، وإنها تمنع استخدام "
                   "الأسلحة الكيميائية.") == {}
    assert "defence" in _labels("وبحث الجانبان صفقات الأسلحة والتعاون في مجال الدفاع.")


def test_truth_is_no_health_in_a_denial():
    assert _labels('وقال إن الاتهامات "لا أساس لها من الصحة".') == {}
    assert _labels("وأكد أن الخبر عار عن الصحة.") == {}
    assert set(_labels("وبحث الجانبان التعاون في مجال الصحة.")) == {"health"}


def test_a_political_official_taking_part_makes_cooperation_diplomacy_unless_signing():
    """A letter between leaders is diplomacy with no meeting; crown princes signing
    agreements are about the agreements' areas."""
    letter = _extracted_labels(
        "تلقى الرئيس الأمريكي دونالد ترامب رسالة من الزعيم الكوري الشمالي كيم جونغ أون بشأن "
        "نزع السلاح النووي."
    )
    assert letter == ["defence", "diplomacy_general"]
    signing = _extracted_labels(
        "وقع ولي العهد السعودي الأمير محمد بن سلمان وولي عهد أبوظبي الشيخ محمد بن زايد 20 "
        "اتفاقية في مجالات الطاقة والاستثمار."
    )
    assert signing == ["investment", "energy"]


def test_a_nisba_after_integration_or_a_possessed_cooperation_head_is_topic_evidence():
    found = _labels("واتفق الجانبان على التعاون والتكامل الأمني والعسكري بين البلدين.")
    assert {"security_cooperation_general", "defence"} <= set(found)
    found = _labels("وفي تحرك لتعزيز علاقاتها الدفاعية مع واشنطن وقعت بولندا عقدا.")
    assert "defence" in found


def test_military_drills_arms_deals_and_a_states_nuclear_arsenal_are_defence():
    assert "defence" in _labels("بعد انتهاء تدريبات عسكرية مشتركة بين الولايات المتحدة وكوريا.")
    assert "defence" in _labels("وقعت بولندا أكبر صفقة سلاح في تاريخها.")
    assert "defence" in _labels("وقال إن كوريا الشمالية تريد نزع أسلحتها النووية.")


def test_the_media_as_a_source_are_no_media_topic():
    assert "media" not in _labels("وقالت وسائل الإعلام إن وسائل الإعلام الرسمية نقلت الخبر.")
    assert "media" not in _labels("ونقلت الوزارة إلى وسائل الإعلام بيانا.")
    assert "media" in _labels("وبحث الجانبان التعاون الإعلامي ودور الإعلام في التنمية.")
    assert "media" not in _labels("وقال الإعلام السوري إن الضربات أصابت أهدافا.")
    assert "media" not in _labels("وأكد رفضه لما يوصف إعلاميا بصفقة القرن.")
    assert "media" in _labels("وبحث الوزراء تعزيز التعاون في المجال الإعلامي.")


def test_an_air_force_is_no_air_transport():
    assert "transport" not in _labels("اندلعت الأزمة إثر إسقاط الطيران التركي مقاتلة روسية.")
    assert "transport" in _labels("وبحث الوزيران التعاون في مجال الطيران والنقل البحري.")


def test_terrorism_a_state_is_accused_of_supporting_is_no_counterterrorism():
    assert _labels("واتهمت الدول الأربع قطر بدعم الإرهاب.") == {}
    assert _labels("وقطعت العلاقات معها بسبب دعمها للجماعات الإرهابية.") == {}
    assert _labels("وأبقت واشنطن السودان على لائحة الدول الراعية للإرهاب.") == {}
    assert set(_labels("واتفق الجانبان على دعم جهود مكافحة الإرهاب.")) == {"counterterrorism"}


def test_other_senses_of_topic_words_are_no_evidence():
    # a card, not ب + energy; the energy word alone still counts
    assert _labels("ولم يسلم الكوريون الشماليون سوى بطاقة هوية واحدة.") == {}
    assert "energy" in _labels("واتفق البلدان على تحويل النفايات إلى طاقة.")
    # resorting to something, not asylum; asylum itself still counts
    assert _labels("وتعارض واشنطن اللجوء إلى العنف لحل الخلافات.") == {}
    assert "migration" in _labels("وبحث الوزيران ملف الهجرة وحق اللجوء في أوروبا.")
    # civil defence is a rescue service
    assert _labels("وقال رئيس جهاز الدفاع المدني إن فرق الإنقاذ وصلت.") == {}
    # a party's name (the Workers' Party) is no labour topic
    assert _labels("وتعتبر أنقرة الوحدات امتدادا لحزب العمال الكردستاني.") == {}
    assert "labour" in _labels("وبحث الوزيران أوضاع العمال المصريين في الكويت وحقوق العمال.")


def test_tear_gas_poison_gas_and_an_experts_field_are_no_topics():
    assert _labels("وقتل المحتجون بالرصاص وقنابل الغاز المسيل للدموع.") == {}
    assert _labels("وأكد المختبر أن الغاز المستخدم في الهجوم هو نوفيتشوك.") == {}
    assert _labels("وعمل الجنود بأقنعة واقية من الغاز في الموقع.") == {}
    assert "energy" in _labels("وبحث الوزيران مشروع خط الغاز بين البلدين.")
    assert _labels("وقال محلل CNN للشؤون الأمنية إن الرواية غير مقنعة.") == {}
    assert _labels("وقال الخبير في الشؤون الأمنية إن الهجوم كان متوقعا.") == {}


def test_a_capacity_or_a_mood_is_no_energy():
    assert _labels("وتبلغ الطاقة الاستيعابية للمحطة 1.25 مليون حاوية.") == {}
    assert _labels("ويعتزم المغرب الزيادة من الطاقة الاستيعابية لخمسة ملاعب.") == {}
    assert _labels("وأنتجت المصانع 7 ملايين طن رغم أن الطاقة الإنتاجية القصوى أكبر.") == {}
    assert _labels("وأشار إلى أن العرض يهدف إلى منح طاقة إيجابية للجمهور.") == {}
    assert "energy" in _labels("وبحث الوزيران التعاون في مجال الطاقة المتجددة.")
    assert "energy" in _labels("وبحث الجانبان التعاون في الطاقة والنقل.")

def test_the_un_refugee_agencies_name_no_migration_topic():
    assert _labels("وقالت مفوضية الأمم المتحدة لشؤون اللاجئين إن العدد ارتفع.") == {}
    assert _labels("وقدمت بريطانيا دعما لوكالة غوث وتشغيل اللاجئين (أونروا).") == {}
    assert "migration" in _labels("وبحث الوزيران عودة اللاجئين السوريين إلى بلادهم.")

def test_a_force_named_after_defence_is_no_defence_topic():
    assert _labels("واعترضت قوات الدفاع الجوي السعودي صاروخا أطلق من اليمن.") == {}
    assert _labels("وقال الجيش إن قوات الدفاع الإسرائيلي ترد على الهجوم.") == {}
    assert "defence" in _labels("وبحث الوزيران التعاون في مجال الدفاع والأمن.")

def test_a_trade_named_by_another_fields_term_is_that_field():
    assert set(_labels("وأدين في قضايا تجارة المخدرات والتهريب.")) == {"narcotics"}
    assert "economy_trade" in _labels("وبحث الوزيران سبل تطوير التجارة بين البلدين.")


def test_tariffs_are_trade():
    assert "economy_trade" in _labels("وبحث الرئيسان هاتفيا الرسوم الجمركية الأميركية.")
    assert "economy_trade" in _labels("وهدد ترامب بفرض رسوم جمركية على بضائع صينية.")


def test_warplanes_that_strike_are_no_defence():
    assert _labels("شنت مقاتلات حربية روسية وسورية غارات على ريف درعا.") == {}
    assert _labels("وتقصف المقاتلات الروسية مواقع المعارضة منذ 2015.") == {}
    assert "defence" in _labels("واقتربت السعودية من إبرام صفقة مقاتلات مع بريطانيا.")


def test_terrorism_charges_and_anti_aircraft_units_are_no_topics():
    assert _labels("وطلب ترامب الإفراج عن القس المعتقل بتهم تتعلق بالإرهاب.") == {}
    assert _labels("وحكم عليه بالسجن بتهمة الإرهاب.") == {}
    assert _labels("وجاء الصاروخ من الكتيبة المضادة للطيران المتمركزة في كورسك.") == {}
    assert "transport" in _labels("وبحث الوزيران التعاون في مجال الطيران المدني والنقل البحري.")


def test_financing_named_by_another_fields_term_is_that_field():
    found = _labels("وقال إنها تعمل لوقف أي تمويل للإرهاب. وأكد أن وقف أي تمويل للإرهاب أولوية.")
    assert "economy_trade" not in found and "counterterrorism" in found


def test_a_greetings_good_health_is_no_health_topic():
    assert _labels("ونقل تحيات أمير الكويت وتمنياته بموفور الصحة والعافية.") == {}
    assert _labels("وشكره على ترحيبه الحار، متمنيا للرفيق المحترم الصحة الدائمة.") == {}
    assert "health" in _labels("وبحث الوزيران التعاون في مجال الصحة والتعليم.")


def test_a_political_climate_and_an_agents_treason_are_no_topics():
    assert _labels("وأكد أن المناخ العام في تونس مشجع.") == {}
    assert _labels("وأفرج عن الممثل المتهم بالعمالة لإسرائيل.") == {}
    assert "environment" in _labels("وبحث الوزيران التعاون في مواجهة تغير المناخ وحماية البيئة.")


def test_warplanes_named_by_a_phrase_that_strike_are_no_defence():
    assert _labels("ودعا إلى وقف النار مع شن طائرات حربية سورية غارات جديدة على الغوطة.") == {}
    assert "defence" in _labels("وتعد واشنطن المورد الرئيسي للسعودية من طائرات مقاتلة حديثة.")
