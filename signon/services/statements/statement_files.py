"""Reading a statement from a Markdown file with YAML front matter.

Every problem is reported as a StatementFileError whose message names the line and the key,
so that a coordinator can fix the file without guessing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from email_validator import EmailNotValidError, validate_email

from signon.markup import footnote_labels, structure_problem
from signon.models.statement import DEFAULT_CATEGORIES
from signon.models.statuses import PaperSize, StatementStatus
from signon.services.errors import StatementFileError

MAX_FILE_BYTES = 1024 * 1024
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
TEXT_KEYS = {
    "title", "slug", "language", "salutation", "closing", "background", "timezone", "contact_email", "status", "paper",
}  # fmt: skip
KEYS = TEXT_KEYS | {"date", "deadline", "addressees", "categories"}
ADDRESSEE_KEYS = ("name", "title", "organization", "address", "email", "phone", "twitter")
# Control characters (a title ends up in email subjects) and the bidi controls that make text
# read backwards; the direction marks (LRM, RLM, ALM) belong to Arabic and Hebrew text and stay.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
MULTILINE_KEYS = {"background", "address"}
LIMITS = {"title": 300, "slug": 80, "salutation": 300, "closing": 300, "timezone": 64, "contact_email": 320}


@dataclass(frozen=True)
class AddresseeInput:
    name: str
    title: str = ""
    organization: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    social_handle: str = ""


@dataclass(frozen=True)
class StatementText:
    """The words of a statement as its coordinators write them (in a file or in the browser):
    what the public page and the live preview render. Each field is the statement's column of
    that name. The addressees and categories are kept apart, each in its own list."""

    title: str
    body: str
    slug: str = ""
    language: str = "en"
    date: date | None = None
    deadline: datetime | None = None
    timezone: str = "UTC"
    salutation: str = ""
    closing: str = ""
    background: str = ""


@dataclass(frozen=True)
class StatementInput(StatementText):
    """A statement file: its words, and what else the front matter sets."""

    contact_email: str | None = None
    status: StatementStatus = StatementStatus.open
    paper: PaperSize = PaperSize.a4
    addressees: tuple[AddresseeInput, ...] = ()
    categories: tuple[str, ...] = field(default=DEFAULT_CATEGORIES)


class _TextDatesLoader(yaml.SafeLoader):
    """YAML without its own date parsing: an impossible date such as 2019-02-30 would crash
    PyYAML's constructor without a line number, so dates arrive as text and are read here."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _fail(line: int, message: str) -> StatementFileError:
    return StatementFileError(f"line {line}: {message}")


def split_front_matter(text: str) -> tuple[str, str, int]:
    """The YAML text, the Markdown body, and the file line on which the body starts."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise _fail(1, "the file must start with a line '---' that opens the front matter")
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    raise _fail(1, "the front matter opened on line 1 is never closed with a line '---'")


def slugify(title: str, max_length: int = LIMITS["slug"]) -> str:
    """Lower-case ASCII words joined by hyphens, at most ``max_length`` characters: a longer one is
    cut after its last whole word, so that a web address never ends mid-word or on a hyphen (only
    a first word longer than the limit is cut short)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = "-".join(words)
    if len(slug) <= max_length:
        return slug
    kept = slug[: max_length + 1].rpartition("-")[0]
    return kept or slug[:max_length]


def _key_lines(node: yaml.Node) -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key = str(key_node.value)
            if key in lines:
                raise _fail(key_node.start_mark.line + 2, f"key '{key}' appears twice")
            lines[key] = key_node.start_mark.line + 2
    return lines


class _Reader:
    def __init__(self, data: dict[str, Any], lines: dict[str, int]) -> None:
        self.data, self.lines = data, lines

    def line(self, key: str) -> int:
        return self.lines.get(key, 1)

    def text(self, key: str, default: str = "", required: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise _fail(1, f"key '{key}' is missing")
            return default
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise _fail(self.line(key), f"key '{key}' must be text")
        value = str(value).strip()
        _check_characters(value, key, self.line(key))
        if required and not value:
            raise _fail(self.line(key), f"key '{key}' is empty")
        limit = LIMITS.get(key)
        if limit and len(value) > limit:
            raise _fail(self.line(key), f"key '{key}' is longer than {limit} characters")
        return value


def _check_characters(value: str, key: str, line: int) -> None:
    if _CONTROL.search(value) or (key not in MULTILINE_KEYS and ("\n" in value or "\r" in value)):
        raise _fail(line, f"key '{key}' holds a line break or an invisible control character: remove it")


def _check_markdown(text: str, key: str, first_line: int) -> None:
    """Markdown Signon can render: no control characters, nothing nested or dense past the
    limits of markup.structure_problem."""
    found = _CONTROL.search(text)
    if found:
        raise _fail(first_line + text[: found.start()].count("\n"), f"{key} holds an invisible control character")
    problem = structure_problem(text)
    if problem is not None:
        raise _fail(first_line + problem[0] - 1, f"{key} has {problem[1]}: simplify it")


def _parse_date(value: Any, line: int) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise _fail(line, f"key 'date' is not a date like 2019-06-27: {value!r}") from None


def _parse_deadline(value: Any, zone: ZoneInfo, line: int) -> datetime:
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise _fail(line, f"key 'deadline' is not a real date: {value!r}") from None
    if isinstance(value, date) and not isinstance(value, datetime):
        # A bare date means the whole of that day, where the statement is run.
        return datetime.combine(value, time(23, 59), tzinfo=zone).astimezone(UTC)
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise _fail(line, f"key 'deadline' is not a date like 2019-08-15 or 2019-08-15 17:00: {value!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _addressees(value: Any, node: yaml.Node | None, line: int) -> tuple[AddresseeInput, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(line, "key 'addressees' must be a list of officials (lines starting with '- name: ...')")
    item_nodes = node.value if isinstance(node, yaml.SequenceNode) else []
    result = []
    for index, item in enumerate(value):
        item_node = item_nodes[index] if index < len(item_nodes) else None
        item_line = item_node.start_mark.line + 2 if item_node is not None else line
        if not isinstance(item, dict):
            raise _fail(item_line, f"addressee {index + 1} must have keys such as name, title, address")
        lines = _key_lines(item_node) if item_node is not None else {}
        unknown = sorted(set(map(str, item)) - set(ADDRESSEE_KEYS))
        if unknown:
            raise _fail(
                lines.get(unknown[0], item_line),
                f"addressee {index + 1}: unknown key '{unknown[0]}' (known: {', '.join(ADDRESSEE_KEYS)})",
            )
        reader = _Reader(item, lines)
        address = item.get("address")
        if isinstance(address, list):
            address = "\n".join(str(part).strip() for part in address)
        elif address is not None and not isinstance(address, str):
            raise _fail(
                lines.get("address", item_line), f"addressee {index + 1}: key 'address' must be text or a list of lines"
            )
        if address:
            _check_characters(address, "address", lines.get("address", item_line))
        email = reader.text("email")
        if email:
            try:
                validate_email(email, check_deliverability=False)
            except EmailNotValidError as exc:
                raise _fail(lines.get("email", item_line), f"addressee {index + 1}: key 'email': {exc}") from None
        try:
            name = reader.text("name", required=True)
        except StatementFileError:
            raise _fail(item_line, f"addressee {index + 1}: key 'name' is missing") from None
        result.append(
            AddresseeInput(
                name=name,
                title=reader.text("title"),
                organization=reader.text("organization"),
                address=(address or "").strip(),
                email=email,
                phone=reader.text("phone"),
                social_handle=reader.text("twitter"),
            )
        )
    return tuple(result)


def _categories(value: Any, line: int) -> tuple[str, ...]:
    if value is None:
        return DEFAULT_CATEGORIES
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(line, "key 'categories' must be a list of labels, such as National, International")
    labels = tuple(" ".join(v.split()) for v in value)
    for label in labels:
        _check_characters(label, "categories", line)
    if len({slugify(label) for label in labels}) != len(labels) or not all(slugify(label) for label in labels):
        raise _fail(line, "key 'categories' has two labels that are the same, or a label without letters")
    return labels


def _background(reader: _Reader) -> str:
    background = reader.text("background")
    _check_markdown(background, "key 'background'", reader.line("background"))
    return background


def parse_statement_file(text: str) -> StatementInput:
    """Read front matter and Markdown body into a StatementInput, or say what is wrong."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise _fail(1, f"the file is larger than {MAX_FILE_BYTES // 1024} kB")
    # Notepad and some editors start UTF-8 files with a byte-order mark.
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise _fail(text[: text.index("\x00")].count("\n") + 1, "the file holds a NUL character")
    front, body, body_line = split_front_matter(text)
    try:
        node = yaml.compose(front, Loader=_TextDatesLoader)
        data = yaml.load(front, Loader=_TextDatesLoader)  # noqa: S506 (a SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        raise _fail(line, f"front matter is not valid YAML: {exc.problem or exc}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise _fail(1, f"front matter is not valid YAML: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise _fail(2, "front matter must be keys and values, such as 'title: ...'")
    lines = _key_lines(node) if node is not None else {}
    unknown = sorted(set(map(str, data)) - KEYS)
    if unknown:
        raise _fail(lines.get(unknown[0], 1), f"unknown key '{unknown[0]}' (known: {', '.join(sorted(KEYS))})")
    reader = _Reader(data, lines)

    title = reader.text("title", required=True)
    slug = reader.text("slug") or slugify(title)
    if not slug:
        message = "key 'title' has no letters or digits to make a web address from: add a 'slug' key"
        raise _fail(reader.line("title"), message)
    if not SLUG.match(slug):
        raise _fail(reader.line("slug"), f"key 'slug' must be lower-case letters, digits and hyphens: {slug!r}")
    language = reader.text("language", "en")
    if not LANGUAGE.match(language):
        raise _fail(reader.line("language"), f"key 'language' must be a language code such as en or es: {language!r}")
    zone_name = reader.text("timezone", "UTC")
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _fail(
            reader.line("timezone"), f"key 'timezone' is not a known time zone such as America/New_York: {zone_name!r}"
        ) from None
    status = reader.text("status", StatementStatus.open)
    if status not in tuple(StatementStatus):
        raise _fail(reader.line("status"), f"key 'status' must be one of {', '.join(StatementStatus)}")
    paper = reader.text("paper", PaperSize.a4).lower()
    if paper not in tuple(PaperSize):
        raise _fail(reader.line("paper"), "key 'paper' must be a4 or letter (US Letter)")
    contact_email = reader.text("contact_email") or None
    if contact_email:
        try:
            contact_email = validate_email(contact_email, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise _fail(reader.line("contact_email"), f"key 'contact_email': {exc}") from None

    if not body.strip():
        raise _fail(body_line, "the statement has no text after the front matter")
    _check_markdown(body, "the text", body_line)
    cited, defined = footnote_labels(body)
    missing = sorted(cited - defined)
    if missing:
        where = body_line + body[: body.index(f"[^{missing[0]}]")].count("\n")
        raise _fail(where, f"footnote [^{missing[0]}] is cited but never defined ('[^{missing[0]}]: source')")

    mapping_node = node if isinstance(node, yaml.MappingNode) else None
    addressee_node = next((v for k, v in mapping_node.value if k.value == "addressees"), None) if mapping_node else None
    return StatementInput(
        title=title,
        slug=slug,
        body=body.strip() + "\n",
        date=_parse_date(data["date"], reader.line("date")) if data.get("date") is not None else None,
        deadline=_parse_deadline(data["deadline"], zone, reader.line("deadline"))
        if data.get("deadline") is not None
        else None,
        timezone=zone_name,
        language=language,
        salutation=reader.text("salutation"),
        closing=reader.text("closing"),
        background=_background(reader),
        contact_email=contact_email,
        status=StatementStatus(status),
        paper=PaperSize(paper),
        addressees=_addressees(data.get("addressees"), addressee_node, reader.line("addressees")),
        categories=_categories(data.get("categories"), reader.line("categories")),
    )
