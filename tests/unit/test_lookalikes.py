"""Names that may pass for another signatory: confusable characters, mixed scripts in one word,
and a key one letter from a name already listed."""

import pytest

from signon.lookalikes import lookalike_keys, mixed_script_word, name_warning, one_edit_apart
from signon.names import organization_key

AMNESTY = "Amnesty International"
CYRILLIC_A = "\u0410"  # "А", CYRILLIC CAPITAL LETTER A


def signed(*names: str) -> list[tuple[str, str]]:
    return [(name, organization_key(name)) for name in names]


def test_a_cyrillic_letter_in_a_latin_name_is_flagged_as_confusable_with_the_name_it_imitates() -> None:
    warning = name_warning(f"{CYRILLIC_A}mnesty International", signed("Oxfam", AMNESTY))
    assert "looks like Amnesty International: confusable characters" in warning


def test_a_word_that_mixes_scripts_is_flagged_even_without_a_look_alike() -> None:
    warning = name_warning("M\u0435dicos Sin Fronteras", signed(AMNESTY))  # Cyrillic "е"
    assert warning == "mixed scripts (Cyrillic and Latin in one word)"


def test_a_word_written_wholly_in_greek_capitals_that_look_latin_is_confusable() -> None:
    # "ΚΙΝΟ": one script in each word, so only the skeleton finds it.
    warning = name_warning("\u039a\u0399\u039d\u039f Border Initiative", signed("Kino Border Initiative"))
    assert warning == "looks like Kino Border Initiative: confusable characters"


@pytest.mark.parametrize("typed", ["Amnesty Internationall", "Amnesty Internatonal", "Amnesty Intenational"])
def test_a_key_one_letter_away_from_a_listed_name_is_flagged(typed: str) -> None:
    assert name_warning(typed, signed(AMNESTY)) == "looks like Amnesty International: one letter apart"


def test_a_digit_for_a_letter_is_one_letter_apart() -> None:
    warning = name_warning("Amnesty Intern4tional", signed(AMNESTY))
    assert warning == "looks like Amnesty International: one letter apart"


@pytest.mark.parametrize("typed", ["Arnnesty International", "Amnesty Intemational"])
def test_rn_for_m_and_m_for_rn_are_confusable(typed: str) -> None:
    assert name_warning(typed, signed(AMNESTY)) == "looks like Amnesty International: confusable characters"


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("Amnesty International USA", AMNESTY),  # a section, not a look-alike
        ("ACLJ", "ACLU"),  # short names: one letter is another organization
        ("SEIU Local 1190", "SEIU Local 1199"),  # numbers name different chapters
        ("Oxfam America", AMNESTY),
    ],
)
def test_different_organizations_are_not_flagged(typed: str, listed: str) -> None:
    assert name_warning(typed, signed(listed)) == ""


@pytest.mark.parametrize(
    "name",
    [
        "アムネスティ・インターナショナル日本",  # Katakana and Han written together
        "NGO日本",  # Latin with Han
        "참여연대",  # Hangul
        "منظمة العفو الدولية",
        "Правозащитный центр «Мемориал»",
        "Centro de Atención al Migrante Exodus",
        "Ｗorld Ｖision",  # full-width Latin is Latin
        "Médicos 2030",
    ],
)
def test_names_in_one_script_or_scripts_written_together_are_not_mixed(name: str) -> None:
    assert mixed_script_word(name) is None
    assert name_warning(name, []) == ""


def test_the_first_signature_found_is_named_and_the_confusable_one_wins() -> None:
    existing = signed("Amnesty Internationale", AMNESTY)
    warning = name_warning(f"{CYRILLIC_A}mnesty International", existing)
    assert warning.endswith("looks like Amnesty International: confusable characters")
    assert "one letter apart" not in warning


def test_the_same_key_is_not_a_look_alike_of_itself() -> None:
    assert name_warning("AMNESTY INTERNATIONAL", signed(AMNESTY)) == ""


def test_the_lookalike_keys_map_confusables_to_one_representative() -> None:
    assert lookalike_keys(organization_key(f"{CYRILLIC_A}mnesty")) == lookalike_keys(organization_key("Amnesty"))
    assert set(lookalike_keys("amnesty")).isdisjoint(lookalike_keys("amnestx"))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("amnesty", "amnestyy", True),
        ("amnesty", "amnsty", True),
        ("amnesty", "amnasty", True),
        ("amnesty", "amnesty", False),
        ("amnesty", "amnetsy", False),  # a swap is two edits
        ("amnesty", "annasty", False),
        ("a", "", True),
        ("ab", "ba", False),
    ],
)
def test_one_edit_apart(a: str, b: str, expected: bool) -> None:
    assert one_edit_apart(a, b) is expected
    assert one_edit_apart(b, a) is expected
