"""The final letter of a statement, built from the database as a ``Letter`` that every export
format renders: the text, the addressees and the same signatory list as the public page."""

from __future__ import annotations

from signon.exports.blocks import read_blocks
from signon.exports.letter import Letter, LetterGroup, LetterOptions, LetterSignatory
from signon.markup import render_markdown
from signon.services.statements.signatory_list import SignatoryList, signatory_list
from signon.services.statements.statements import addressee_of, format_long_date, get_by_slug


def _groups(listed: SignatoryList, show_location: bool) -> tuple[LetterGroup, ...]:
    return tuple(
        LetterGroup(
            group.label,
            tuple(LetterSignatory(s.name, s.place if show_location else "", s.individual) for s in group.signatories),
        )
        for group in listed.groups
    )


def build_letter(slug: str, options: LetterOptions | None = None) -> Letter:
    """The final letter of a statement with its signatories, as the options ask."""
    options = options or LetterOptions()
    statement = get_by_slug(slug)
    body, footnotes = read_blocks(render_markdown(statement.body))
    listed = signatory_list(statement.id, options.statuses, alphabetical=options.grouping == "alphabetical")
    addressees = tuple(addressee_of(a) for a in statement.addressees)
    return Letter(
        slug=statement.slug,
        title=statement.title,
        language=statement.language,
        date_text=format_long_date(statement.date, statement.language) if statement.date else "",
        addressees=addressees if options.include_addressees else (),
        salutation=statement.salutation,
        body=body,
        footnotes=footnotes,
        closing=statement.closing,
        groups=_groups(listed, options.show_location),
        count=listed.count,
        paper=options.paper or statement.paper_size,
        show_location=options.show_location,
        revision=statement.revision,
        stamp=f"r{statement.revision}-{listed.stamp}-{options.key}",
        individuals_note=listed.individuals_note,
    )
