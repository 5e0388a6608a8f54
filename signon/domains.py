"""Whether a contact writes from the organization's own domain: jane@uk.amnesty.org signing for
https://www.amnesty.org is "verified", an address at a free mail provider says nothing about
who its owner speaks for ("freemail"), and any other pair is a "mismatch".

Two hosts belong to one organization when they share a registrable domain by the public suffix
list (uk.amnesty.org and amnesty.org do, amnesty.org.uk and amnesty.org do not). International
domains are compared in their ASCII (IDNA 2008) form, so bücher.de and xn--bcher-kva.de meet.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import idna
from publicsuffixlist import PublicSuffixList

FREE_MAIL_FILE = Path(__file__).parent / "data" / "free_mail_domains.txt"

VERIFIED = "verified"
FREEMAIL = "freemail"
MISMATCH = "mismatch"


@dataclass(frozen=True)
class DomainCheck:
    result: str  # VERIFIED, FREEMAIL or MISMATCH
    why: str  # for the coordinators: "email at gmail.com, a free mail provider"


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


def ascii_host(host: str) -> str:
    """The host in lower-case ASCII (IDNA 2008 with UTS 46 mapping), or "" when it is no domain
    name (an IP address, a bracketed literal, a label that IDNA refuses)."""
    host = host.strip().rstrip(".").lower()
    if not host or host.startswith("["):
        return ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return ""
    if host.isascii():
        # Already ASCII: an xn-- form, or a plain name that IDNA 2008 may find too loose
        # (an underscore) but that the public suffix list reads all the same.
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return ""


def shown_host(host: str) -> str:
    """An ASCII host as people read it: bücher.de, not xn--bcher-kva.de."""
    try:
        return idna.decode(host)
    except (idna.IDNAError, UnicodeError):
        return host


def email_host(address: str) -> str:
    return ascii_host(address.rpartition("@")[2]) if "@" in address else ""


def website_host(url: str) -> str:
    """The website's host without a leading "www.", whether or not a scheme was typed."""
    url = url.strip()
    if not url:
        return ""
    try:
        host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    except ValueError:
        return ""
    return ascii_host(host).removeprefix("www.")


def registrable_domain(host: str) -> str:
    """The part of an ASCII host that one owner registered (amnesty.org for uk.amnesty.org),
    or "" for a public suffix itself (org, co.uk)."""
    return (_suffixes().privatesuffix(host) or "") if host else ""


def read_domains(lines: list[str]) -> frozenset[str]:
    """Domains from a list file: one a line, "#" starts a comment, blank lines skipped."""
    found = (ascii_host(line.partition("#")[0]) for line in lines)
    return frozenset(domain for domain in found if domain)


@cache
def free_mail_domains() -> frozenset[str]:
    """The free mail providers of FREE_MAIL_FILE, in ASCII."""
    return read_domains(FREE_MAIL_FILE.read_text(encoding="utf-8").splitlines())


def is_free_mail(host: str) -> bool:
    """Whether an ASCII email host is a free mail provider's (mail.yahoo.com as yahoo.com)."""
    providers = free_mail_domains()
    return host in providers or registrable_domain(host) in providers


def check(email: str, website: str) -> DomainCheck:
    """How far the email address vouches for the website's organization. A free mail address
    is never verified, whatever website is given: anyone can write from gmail.com."""
    mail_host = email_host(email)
    if mail_host and is_free_mail(mail_host):
        return DomainCheck(FREEMAIL, f"email at {shown_host(mail_host)}, a free mail provider")
    web_host = website_host(website)
    mail_domain = registrable_domain(mail_host)
    if mail_domain and mail_domain == registrable_domain(web_host):
        return DomainCheck(VERIFIED, f"email and website both at {shown_host(mail_domain)}")
    shown_mail = shown_host(mail_host) if mail_host else "an address without a domain name"
    if not website.strip():
        return DomainCheck(MISMATCH, f"email at {shown_mail}, no website given")
    if not web_host:
        return DomainCheck(MISMATCH, f"email at {shown_mail}, a website without a domain name")
    return DomainCheck(MISMATCH, f"email at {shown_mail}, website {shown_host(web_host)}")


def explain(result: str, email: str, website: str) -> str:
    """Why a stored result is what it is, from the stored email and website; "" if not checked.
    Computed again rather than stored, so it follows a later correction of the website."""
    return check(email, website).why if result else ""
