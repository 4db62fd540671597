"""The topic vocabulary and event codes."""

from analysis.vocab import EVENT_CODES, load_topics, topic_labels

ISSUE_LABELS = [
    "counterterrorism", "terrorism_financing", "cybersecurity", "unmanned_aircraft",
    "policing_capacity", "border_security", "intelligence_sharing",
    "security_cooperation_general", "organized_crime", "crime_combating", "narcotics",
    "human_trafficking", "maritime_security", "defence", "judicial_cooperation", "migration",
    "consular_affairs", "economy_trade", "investment", "energy", "industry_mining", "agriculture",
    "labour", "transport", "technology", "health", "education", "culture", "media", "tourism",
    "housing", "environment", "diplomacy_general",
]


def test_vocabulary_is_exactly_the_agreed_labels_in_order():
    assert list(topic_labels()) == ISSUE_LABELS


def test_every_topic_has_english_and_arabic_names():
    for topic in load_topics().values():
        assert topic.name_en and topic.name_ar
        assert any("\u0600" <= ch <= "\u06ff" for ch in topic.name_ar)


def test_event_codes_cover_the_event_types():
    assert set(EVENT_CODES) == {"meeting", "visit", "agreement_signing", "statement", "call"}
    assert EVENT_CODES["agreement_signing"].cameo == "057"
    assert EVENT_CODES["statement"].plover is None
