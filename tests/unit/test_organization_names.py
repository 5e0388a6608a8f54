"""The organization key that makes one organization sign once, and the order of lists of names."""

import unicodedata

import pytest

from signon.names import clean_name, legal_forms, organization_key, sort_key


@pytest.mark.parametrize(
    ("written", "registered"),
    [
        ("AMNESTY INTERNATIONAL USA", "Amnesty International USA"),
        ("amnesty international usa", "Amnesty International USA"),
    ],
)
def test_case_is_ignored_in_the_key(written: str, registered: str) -> None:
    assert organization_key(written) == organization_key(registered)


@pytest.mark.parametrize(
    ("written", "registered"),
    [
        ("Centro de Atencion al Migrante Exodus", "Centro de Atención al Migrante Exodus"),
        ("CENTRO DE ATENCIÓN AL MIGRANTE EXODUS", "Centro de Atención al Migrante Exodus"),
        # The same accent typed as a letter plus a combining mark (as some keyboards do).
        ("Centro de Atencio\u0301n al Migrante Exodus", "Centro de Atención al Migrante Exodus"),
    ],
)
def test_accents_are_ignored_in_the_key(written: str, registered: str) -> None:
    assert organization_key(written) == organization_key(registered)


@pytest.mark.parametrize(
    ("written", "registered"),
    [
        ("Kino Border Initiative, Inc.", "Kino Border Initiative Inc"),
        ("Women's Refugee Commission", "Womens Refugee Commission"),
        ("Women’s Refugee Commission", "Women's Refugee Commission"),
        ("Latin America Working Group - Education Fund", "Latin America Working Group Education Fund"),
        ("Washington Office on Latin America (WOLA)", "Washington Office on Latin America WOLA"),
    ],
)
def test_punctuation_is_ignored_in_the_key(written: str, registered: str) -> None:
    assert organization_key(written) == organization_key(registered)


def test_repeated_and_surrounding_spaces_are_ignored_in_the_key() -> None:
    assert organization_key("  Amnesty   International\t\u00a0USA ") == organization_key("Amnesty International USA")


@pytest.mark.parametrize(
    "written",
    ["The Latin America Working Group", "the Latin America Working Group", "THE  Latin America Working Group"],
)
def test_leading_the_is_ignored_in_the_key(written: str) -> None:
    assert organization_key(written) == organization_key("Latin America Working Group")


def test_the_inside_a_name_is_kept_in_the_key() -> None:
    assert organization_key("Friends of the Earth") != organization_key("Friends of Earth")


def test_a_name_that_starts_with_the_letters_t_h_e_keeps_them() -> None:
    assert organization_key("Theatre for Refugees") != organization_key("atre for Refugees")
    assert organization_key("Theatre for Refugees") == "theatre for refugees"


def test_a_name_that_is_only_the_keeps_it() -> None:
    assert organization_key("The") == "the"
    assert organization_key("The.") == "the"


def test_ampersand_and_the_word_and_give_the_same_key() -> None:
    assert organization_key("Physicians for Human Rights & Justice") == organization_key(
        "Physicians for Human Rights and Justice"
    )
    assert organization_key("Human Rights&Justice") == organization_key("Human Rights and Justice")


def test_dotted_initials_and_plain_initials_give_the_same_key() -> None:
    assert organization_key("A.C.L.U.") == organization_key("ACLU")
    assert organization_key("A.C.L.U. of Texas") == organization_key("ACLU of Texas")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ACLU of Texas", "ACLU of Ohio"),
        ("Amnesty International USA", "Amnesty International UK"),
        ("Human Rights First", "Human Rights Watch"),
        ("Church World Service", "Church World Services"),
    ],
)
def test_different_organizations_get_different_keys(one: str, other: str) -> None:
    assert organization_key(one) != organization_key(other)


def test_sort_key_ignores_case_accents_and_a_leading_the() -> None:
    names = ["the Zeta Fund", "Émigré Aid", "alpha Network", "The Beta Coalition", "Bravo", "eagle Pass Shelter"]

    ordered = sorted(names, key=sort_key)

    assert ordered == [
        "alpha Network",
        "The Beta Coalition",
        "Bravo",
        "eagle Pass Shelter",
        "Émigré Aid",
        "the Zeta Fund",
    ]


def test_sort_key_is_the_same_whatever_order_names_arrive_in() -> None:
    names = ["ACLU", "A.C.L.U.", "aclu"]

    assert sorted(names, key=sort_key) == sorted(reversed(names), key=sort_key)


def test_clean_name_gives_nfc() -> None:
    decomposed = "Centro de Atencio\u0301n al Migrante Exodus"

    cleaned = clean_name(decomposed)

    assert cleaned == "Centro de Atención al Migrante Exodus"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_clean_name_gives_single_spaces_and_no_spaces_at_the_ends() -> None:
    assert clean_name("  Kino   Border\tInitiative\u00a0Inc. \n") == "Kino Border Initiative Inc."


def test_clean_name_keeps_case_and_punctuation() -> None:
    assert clean_name("The A.C.L.U. of Texas") == "The A.C.L.U. of Texas"


# Every legal form the coordinators met, as they were written (issue 12).
LEGAL_FORMS = [
    "A.C.", "S.C.", "I.A.P.", "S.A.", "S.A. de C.V.", "S.L.", "Inc.", "Incorporated", "LLC", "Ltd",
    "Limited", "PLC", "Corp.", "Co.", "e.V.", "gGmbH", "GmbH", "asbl", "vzw", "NGO", "ONG",
]  # fmt: skip


@pytest.mark.parametrize("form", LEGAL_FORMS)
def test_a_legal_form_after_the_name_is_ignored_in_the_key(form: str) -> None:
    name = "Centro de Derechos Humanos del Migrante"
    assert organization_key(f"{name}, {form}") == organization_key(name)
    assert organization_key(f"{name} {form}") == organization_key(name)
    assert organization_key(f"{name} {form.upper().replace('.', '')}") == organization_key(name)


def test_every_legal_form_comes_from_the_data_file() -> None:
    assert {"".join(organization_key(form).split()) for form in LEGAL_FORMS} <= legal_forms()


@pytest.mark.parametrize(
    "written",
    ["Centro Prodh, S. A. de C. V.", "Centro Prodh SA de CV", "Centro Prodh, S.A. de C.V.", "Centro Prodh Co. Ltd"],
)
def test_a_legal_form_is_recognised_however_it_is_spaced_and_stacked(written: str) -> None:
    assert organization_key(written) == organization_key("Centro Prodh")


def test_a_name_that_is_only_a_legal_form_keeps_it() -> None:
    assert organization_key("Inc.") == "inc"
    assert organization_key("ONG") == "ong"


@pytest.mark.parametrize(
    "written",
    [
        "Washington Office on Latin America (WOLA)",
        "Washington Office on Latin America WOLA",
        "Washington Office on Latin America ( WOLA )",
        "Washington Office on Latin America (WOLA), Inc.",
    ],
)
def test_the_names_own_acronym_after_it_is_ignored_in_the_key(written: str) -> None:
    assert organization_key(written) == organization_key("Washington Office on Latin America")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # A section, not an acronym: three different organizations.
        ("Amnesty International (USA)", "Amnesty International (UK)"),
        ("Amnesty International (USA)", "Amnesty International"),
        ("Amnesty International UK", "Amnesty International"),
        # A last word in lower case is a word of the name, even when its letters are initials.
        ("Women Against Rape War", "Women Against Rape"),
        # A word of the name that is a legal form elsewhere, in the middle of the name.
        ("Inc. Watch Project", "Watch Project"),
    ],
)
def test_what_is_not_an_acronym_or_a_legal_form_stays_in_the_key(one: str, other: str) -> None:
    assert organization_key(one) != organization_key(other)
