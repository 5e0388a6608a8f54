"""Statement files: YAML front matter and a Markdown body; every problem names its line and key."""

from datetime import UTC, date, datetime

import pytest

from signon.services.errors import StatementFileError
from signon.services.statements.statement_files import AddresseeInput, StatementInput, parse_statement_file

BODY = "The undersigned organizations are gravely concerned.\n"

# Modelled on the joint letter of 27 June 2019 (/work/shared/seeds) and the addressees of
# Urgent Action 93.19.
JOINT_LETTER = """\
---
title: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border
slug: national-guard-migration-enforcement
date: 2019-06-27
deadline: 2019-07-03
timezone: America/New_York
language: en
salutation: Dear President López Obrador and Ambassador Bárcena,
closing: Sincerely,
contact_email: coalition@example.org
status: open
addressees:
  - name: Andrés Manuel López Obrador
    title: Presidente Constitucional de los Estados Unidos Mexicanos
    address: |
      Palacio Nacional Edificio 10, Planta baja
      Colonia Centro, Delegación Cuauhtémoc
      CP 06060 Ciudad de México, México
    twitter: "@lopezobrador_"
  - name: Martha Bárcena Coqui
    title: Ambassador
    organization: Embassy of Mexico
    address:
      - 1911 Pennsylvania Avenue NW
      - Washington DC 20006
    email: mexembusa@sre.gob.mx
    phone: 202 728 1600
    twitter: "@Martha_Barcena"
categories:
  - National
  - Border Region
  - Faith-based
background: >
  On 23 June 2019, National Guard members attempted to enter the migrant shelter
  CAME in Agua Prieta, Sonora.
---

The undersigned organizations are gravely concerned by the recent actions of the Mexican
National Guard in migration enforcement efforts at the U.S.-Mexico border. The Mexican
government agreed to the deployment of 6,000 National Guard members.[^1]

Since then, the Mexican government confirmed the deployment of an additional 15,000
National Guard members to the U.S.-Mexico border.[^2] CAME staff contacted Mexico's
National Human Rights Commission during the incident.[^3]

[^1]: United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019. www.state.gov/u-s-mexico-join-declaration/
[^2]: AFP, "15 mil elementos de la Guardia Nacional impedirán el cruce de migrantes hacia EU", Animal Político, 24 June 2019. http://bit.ly/2xfX610
[^3]: Interview with CAME staff, 24 June 2019.
"""

JOINT_LETTER_BODY = JOINT_LETTER.split("---\n", 2)[2].strip() + "\n"


def statement_file(*front_matter: str, body: str = BODY) -> str:
    """A file whose front matter lines are numbered from 2: line 1 is the opening '---'."""
    return "---\n" + "".join(line + "\n" for line in front_matter) + "---\n" + body


def error_of(text: str) -> str:
    with pytest.raises(StatementFileError) as error:
        parse_statement_file(text)
    return str(error.value)


def assert_error(text: str, line: int, *words: str) -> None:
    message = error_of(text)
    assert message.startswith(f"line {line}: "), message
    for word in words:
        assert word in message, message


# A valid file


def test_a_full_statement_file_is_read_into_a_statement() -> None:
    statement = parse_statement_file(JOINT_LETTER)

    assert statement == StatementInput(
        title="U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border",
        slug="national-guard-migration-enforcement",
        body=JOINT_LETTER_BODY,
        date=date(2019, 6, 27),
        deadline=datetime(2019, 7, 4, 3, 59, tzinfo=UTC),
        timezone="America/New_York",
        language="en",
        salutation="Dear President López Obrador and Ambassador Bárcena,",
        closing="Sincerely,",
        background="On 23 June 2019, National Guard members attempted to enter the migrant shelter "
        "CAME in Agua Prieta, Sonora.",
        contact_email="coalition@example.org",
        status="open",
        addressees=(
            AddresseeInput(
                name="Andrés Manuel López Obrador",
                title="Presidente Constitucional de los Estados Unidos Mexicanos",
                address="Palacio Nacional Edificio 10, Planta baja\n"
                "Colonia Centro, Delegación Cuauhtémoc\n"
                "CP 06060 Ciudad de México, México",
                social_handle="@lopezobrador_",
            ),
            AddresseeInput(
                name="Martha Bárcena Coqui",
                title="Ambassador",
                organization="Embassy of Mexico",
                address="1911 Pennsylvania Avenue NW\nWashington DC 20006",
                email="mexembusa@sre.gob.mx",
                phone="202 728 1600",
                social_handle="@Martha_Barcena",
            ),
        ),
        categories=("National", "Border Region", "Faith-based"),
    )


def test_the_body_keeps_its_footnotes() -> None:
    statement = parse_statement_file(JOINT_LETTER)

    assert "[^3]: Interview with CAME staff, 24 June 2019." in statement.body
    assert statement.body.startswith("The undersigned organizations")


def test_a_deadline_given_as_a_bare_date_means_the_end_of_that_day_where_the_statement_is_run() -> None:
    statement = parse_statement_file(
        statement_file("title: Letter", "timezone: America/New_York", "deadline: 2019-08-15")
    )

    # 23:59 in New York in August (EDT, UTC-4) is 03:59 UTC the next day.
    assert statement.deadline == datetime(2019, 8, 16, 3, 59, tzinfo=UTC)


def test_a_deadline_given_as_a_quoted_date_also_means_the_end_of_that_day() -> None:
    statement = parse_statement_file(
        statement_file("title: Letter", "timezone: America/New_York", "deadline: '2019-08-15'")
    )

    assert statement.deadline == datetime(2019, 8, 16, 3, 59, tzinfo=UTC)


def test_a_bare_date_deadline_follows_winter_time() -> None:
    statement = parse_statement_file(
        statement_file("title: Letter", "timezone: America/New_York", "deadline: 2019-12-15")
    )

    # EST is UTC-5.
    assert statement.deadline == datetime(2019, 12, 16, 4, 59, tzinfo=UTC)


def test_a_deadline_with_a_time_and_an_offset_keeps_that_offset() -> None:
    statement = parse_statement_file(
        statement_file("title: Letter", "timezone: Europe/London", "deadline: 2019-08-15T17:00:00-04:00")
    )

    assert statement.deadline == datetime(2019, 8, 15, 21, 0, tzinfo=UTC)


def test_a_deadline_with_a_time_and_no_offset_is_in_the_statements_time_zone() -> None:
    statement = parse_statement_file(
        statement_file("title: Letter", "timezone: America/New_York", "deadline: 2019-08-15 17:00")
    )

    assert statement.deadline == datetime(2019, 8, 15, 21, 0, tzinfo=UTC)


def test_the_default_categories_are_national_state_and_local_international() -> None:
    statement = parse_statement_file(statement_file("title: Letter"))

    assert statement.categories == ("National", "State and Local", "International")


def test_the_slug_is_derived_from_the_title_when_absent() -> None:
    statement = parse_statement_file(statement_file("title: Déclaration conjointe sur la Garde nationale (2019)"))

    assert statement.slug == "declaration-conjointe-sur-la-garde-nationale-2019"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        # 80 characters would end "...-migrant-shel": the last whole word ends the address.
        (
            "Joint statement of civil society organizations on the protection of migrant shelters along the border",
            "joint-statement-of-civil-society-organizations-on-the-protection-of-migrant",
        ),
        # The 80th character is a hyphen: it never ends the address.
        ("Forty " * 13 + "a b c", "forty-" * 13 + "a"),
        # One word longer than the limit can only be cut short.
        ("Letter-" + "x" * 100, "letter"),
        ("X" * 100, "x" * 80),
    ],
)
def test_a_slug_from_a_long_title_ends_on_a_whole_word(title: str, slug: str) -> None:
    statement = parse_statement_file(statement_file(f"title: {title}"))

    assert statement.slug == slug
    assert len(statement.slug) <= 80 and not statement.slug.endswith("-")


def test_a_file_with_only_a_title_takes_the_defaults() -> None:
    statement = parse_statement_file(statement_file("title: Letter"))

    assert (statement.timezone, statement.language, statement.status) == ("UTC", "en", "open")
    assert (statement.date, statement.deadline, statement.contact_email, statement.addressees) == (None, None, None, ())


def test_windows_line_endings_are_accepted() -> None:
    statement = parse_statement_file(statement_file("title: Letter", "slug: letter").replace("\n", "\r\n"))

    assert (statement.title, statement.slug) == ("Letter", "letter")
    assert statement.body.strip() == BODY.strip()


# Malformed files: each message names the line and the key


def test_a_file_without_front_matter_is_refused_on_line_1() -> None:
    assert_error("title: Letter\n\n" + BODY, 1, "---")


def test_front_matter_that_is_never_closed_is_refused_on_line_1() -> None:
    assert_error("---\ntitle: Letter\n\n" + BODY, 1, "never closed")


def test_invalid_yaml_is_refused_on_the_line_of_the_problem() -> None:
    text = statement_file("title: Letter", "language: en", "  timezone: America/New_York", "status: open")

    assert_error(text, 4, "not valid YAML")


def test_an_unclosed_list_is_refused_on_the_line_where_yaml_notices() -> None:
    text = statement_file("title: Letter", "categories: [National, International", "date: 2019-06-27")

    assert_error(text, 4, "not valid YAML")


def test_front_matter_that_is_not_keys_and_values_is_refused() -> None:
    assert_error(statement_file("- title: Letter"), 2, "keys and values")


def test_an_unknown_key_is_refused_on_its_line() -> None:
    text = statement_file("title: Letter", "date: 2019-06-27", "deadine: 2019-08-15", "timezone: UTC")

    assert_error(text, 4, "unknown key 'deadine'", "deadline")


def test_a_key_given_twice_is_refused_on_its_second_line() -> None:
    text = statement_file("title: Letter", "language: en", "date: 2019-06-27", "language: es")

    assert_error(text, 5, "'language'", "twice")


def test_a_missing_title_is_refused() -> None:
    assert_error(statement_file("language: en"), 1, "'title'", "missing")


def test_an_empty_title_is_refused_on_its_line() -> None:
    assert_error(statement_file("language: en", "title: ''"), 3, "'title'", "empty")


def test_a_title_that_is_a_list_is_refused_on_its_line() -> None:
    text = statement_file("language: en", "title:", "  - U.S. NGOs Denounce", "  - National Guard Actions")

    assert_error(text, 3, "'title'", "must be text")


def test_an_overlong_title_is_refused_on_its_line() -> None:
    assert_error(statement_file("language: en", "title: " + "x" * 301), 3, "'title'", "300")


@pytest.mark.parametrize("slug", ["Not A Slug", "national_guard", "-leading-hyphen", "double--hyphen", "'café'"])
def test_a_bad_slug_is_refused_on_its_line(slug: str) -> None:
    assert_error(statement_file("title: Letter", f"slug: {slug}"), 3, "'slug'")


@pytest.mark.parametrize("value", ["June 27, 2019", "27/06/2019", "2019-02-30", "2019-13-01"])
def test_a_bad_date_is_refused_on_its_line(value: str) -> None:
    assert_error(statement_file("title: Letter", "language: en", f"date: {value}"), 4, "'date'")


@pytest.mark.parametrize("value", ["next Friday", "15 August", "2019-02-30", "2019-08-15 25:00:00"])
def test_a_bad_deadline_is_refused_on_its_line(value: str) -> None:
    assert_error(statement_file("title: Letter", "timezone: America/New_York", f"deadline: {value}"), 4, "'deadline'")


@pytest.mark.parametrize("zone", ["America/Nowhere", "EST5EDT/Mexico", "../../etc/passwd", "''"])
def test_an_unknown_timezone_is_refused_on_its_line(zone: str) -> None:
    assert_error(statement_file("title: Letter", f"timezone: {zone}"), 3, "'timezone'")


@pytest.mark.parametrize("language", ["English", "EN", "e", "en_US"])
def test_a_bad_language_is_refused_on_its_line(language: str) -> None:
    assert_error(statement_file("title: Letter", "date: 2019-06-27", f"language: {language}"), 4, "'language'")


def test_a_bad_status_is_refused_on_its_line() -> None:
    assert_error(statement_file("title: Letter", "status: published"), 3, "'status'", "draft, open, closed")


def test_a_bad_contact_email_is_refused_on_its_line() -> None:
    assert_error(statement_file("title: Letter", "contact_email: coalition.example.org"), 3, "'contact_email'")


def test_an_addressee_without_a_name_is_refused_on_the_line_of_that_addressee() -> None:
    text = statement_file(
        "title: Letter",
        "addressees:",
        "  - name: Andrés Manuel López Obrador",
        "  - title: Ambassador",
        "    organization: Embassy of Mexico",
    )

    assert_error(text, 5, "addressee 2", "'name'")


def test_an_addressee_with_an_unknown_key_is_refused_on_the_line_of_that_key() -> None:
    text = statement_file(
        "title: Letter",
        "addressees:",
        "  - name: Martha Bárcena Coqui",
        "    title: Ambassador",
        "    fax: 202 728 1698",
    )

    assert_error(text, 6, "addressee 1", "unknown key 'fax'")


def test_an_addressee_with_a_bad_email_is_refused_on_the_line_of_the_email() -> None:
    text = statement_file(
        "title: Letter",
        "addressees:",
        "  - name: Andrés Manuel López Obrador",
        "  - name: Martha Bárcena Coqui",
        "    email: mexembusa.sre.gob.mx",
    )

    assert_error(text, 6, "addressee 2", "'email'")


def test_addressees_that_are_not_a_list_are_refused_on_their_line() -> None:
    text = statement_file("title: Letter", "addressees:", "  name: Martha Bárcena Coqui")

    assert_error(text, 3, "'addressees'")


def test_categories_that_are_not_a_list_are_refused_on_their_line() -> None:
    assert_error(statement_file("title: Letter", "categories: National, International"), 3, "'categories'")


def test_an_empty_list_of_categories_is_refused_on_its_line() -> None:
    assert_error(statement_file("title: Letter", "categories: []"), 3, "'categories'")


def test_duplicate_categories_are_refused_on_their_line() -> None:
    text = statement_file("title: Letter", "categories:", "  - National", "  - International", "  - national")

    assert_error(text, 3, "'categories'", "same")


def test_an_empty_body_is_refused_on_the_line_where_the_body_starts() -> None:
    assert_error(statement_file("title: Letter", "language: en", body="\n   \n"), 5, "no text")


def test_a_footnote_cited_but_never_defined_is_refused_on_the_line_of_the_citation() -> None:
    body = "Six thousand members were deployed.[^1]\n\nFifteen thousand more followed.[^2]\n\n[^1]: State.\n"
    text = statement_file("title: Letter", body=body)

    # Lines: 1 ---, 2 title, 3 ---, 4 first paragraph, 5 blank, 6 second paragraph.
    assert_error(text, 6, "[^2]")


def test_a_nul_byte_is_refused_on_its_line() -> None:
    text = statement_file("title: Letter", body="First line.\nSecond\x00line.\n")

    assert_error(text, 5, "NUL")


@pytest.mark.parametrize("filler", ["a", "é"], ids=["ascii", "two-byte characters"])
def test_a_file_over_one_megabyte_is_refused(filler: str) -> None:
    size = 1024 * 1024 // len(filler.encode()) + 1
    assert_error(statement_file("title: Letter", body=filler * size + "\n"), 1, "larger than")


def test_a_file_just_under_one_megabyte_is_accepted() -> None:
    head = statement_file("title: Letter", body="")
    text = head + "a" * (1024 * 1024 - len(head) - 1) + "\n"

    assert len(parse_statement_file(text).body) > 1000 * 1000


@pytest.mark.parametrize(
    "value",
    ["[" * 10_000 + "]" * 10_000, "{a: " * 10_000 + "b" + "}" * 10_000],
    ids=["nested lists", "nested mappings"],
)
def test_deeply_nested_yaml_is_refused_not_a_crash(value: str) -> None:
    message = error_of(statement_file("title: Letter", f"background: {value}"))

    assert message.startswith("line ")
    assert "YAML" in message
