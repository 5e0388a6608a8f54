"""The domain check at signing: an address at the organization's own registrable domain is
verified, an address at a free mail provider is never, and anything else is a mismatch."""

import pytest

from signon import domains
from signon.services.moderation import duplicates


@pytest.mark.parametrize(
    ("email", "website"),
    [
        ("jane@uk.amnesty.org", "https://www.amnesty.org"),
        ("jane@amnesty.org", "https://amnesty.org/en/"),
        ("jane@amnesty.org", "www.amnesty.org"),  # typed without a scheme
        ("Jane@AMNESTY.ORG", "HTTPS://WWW.Amnesty.org."),
        ("ana@came.example.org", "https://came.example.org"),
        ("info@oxfam.org.uk", "https://www.oxfam.org.uk/about"),
        ("info@news.bbc.co.uk", "https://www.bbc.co.uk"),
    ],
)
def test_the_same_registrable_domain_is_verified(email: str, website: str) -> None:
    assert domains.check(email, website).result == "verified"


@pytest.mark.parametrize(
    ("email", "website"),
    [
        ("x@amnesty.org.uk", "https://amnesty.org"),  # another registrable domain
        ("x@amnesty.org", "https://amnesty.org.uk"),
        ("x@amnesty-international.org", "https://amnesty.org"),
        ("x@a.co.uk", "https://b.co.uk"),  # a shared public suffix is no common owner
        ("x@one.github.io", "https://two.github.io"),  # nor is a private one
        ("x@amnesty.org", ""),  # no website given
        ("x@amnesty.org", "https://127.0.0.1/"),
    ],
)
def test_another_domain_or_no_website_is_a_mismatch(email: str, website: str) -> None:
    assert domains.check(email, website).result == "mismatch"


@pytest.mark.parametrize("email", ["someone@gmail.com", "someone@GMail.com", "a@yahoo.co.uk", "a@mail.ru", "a@qq.com"])
def test_an_address_at_a_free_mail_provider_is_freemail(email: str) -> None:
    assert domains.check(email, "https://example.org").result == "freemail"


def test_a_free_mail_address_is_not_verified_even_with_the_providers_own_website() -> None:
    # Anyone can open jane@gmail.com and type gmail.com as "the organization's" website.
    assert domains.check("jane@gmail.com", "https://gmail.com").result == "freemail"
    assert domains.check("jane@outlook.com", "https://www.outlook.com").result == "freemail"


@pytest.mark.parametrize(
    ("email", "website"),
    [
        ("info@bücher.de", "https://xn--bcher-kva.de"),
        ("info@xn--bcher-kva.de", "bücher.de"),
        ("info@BÜCHER.de", "https://www.bücher.de/impressum"),
        ("info@straße.de", "https://xn--strae-oqa.de"),
        ("info@правозащита.рф", "https://www.правозащита.рф"),
    ],
)
def test_international_domains_meet_in_unicode_or_ascii(email: str, website: str) -> None:
    assert domains.check(email, website).result == "verified"


def test_international_domains_are_compared_by_idna_2008_so_sharp_s_is_not_ss() -> None:
    # IDNA 2003 (Python's own codec) folds straße.de into strasse.de, another owner's domain.
    assert domains.check("info@straße.de", "https://strasse.de").result == "mismatch"


@pytest.mark.parametrize(
    ("email", "website", "why"),
    [
        ("a@gmail.com", "https://bar.org", "email at gmail.com, a free mail provider"),
        ("a@foo.org", "https://www.bar.org", "email at foo.org, website bar.org"),
        ("a@foo.org", "", "email at foo.org, no website given"),
        ("a@uk.amnesty.org", "https://www.amnesty.org", "email and website both at amnesty.org"),
        ("a@xn--bcher-kva.de", "https://bar.org", "email at bücher.de, website bar.org"),
    ],
)
def test_each_result_says_why_in_words_people_read(email: str, website: str, why: str) -> None:
    assert domains.check(email, website).why == why


def test_the_free_mail_list_is_a_data_file_of_many_providers_worldwide() -> None:
    providers = domains.free_mail_domains()
    assert len(providers) >= 60
    assert {"gmail.com", "outlook.com", "yahoo.co.jp", "mail.ru", "uol.com.br", "qq.com", "web.de"} <= providers
    assert domains.FREE_MAIL_FILE.is_file()


def test_the_list_file_reads_comments_blank_lines_and_international_names() -> None:
    lines = ["# providers", "", "Example.COM  # a comment", "bücher.de", "   "]
    assert domains.read_domains(lines) == frozenset({"example.com", "xn--bcher-kva.de"})


def test_the_duplicates_page_reads_the_same_free_mail_list() -> None:
    assert domains.free_mail_domains() == duplicates.FREE_MAIL
    assert duplicates.email_domain("someone@zohomail.com") == ""
