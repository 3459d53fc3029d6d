"""The published tables: every table and column with its type and description, in one place.

The database is created from this, and metadata.yml's descriptions are generated from it
(`extractor metadata --write`), so the two cannot drift. SCHEMA.md is the public contract:
add tables and columns freely, never rename or drop one without a migration.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    references: str | None = None  # "table.column" for a foreign key


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    pk: str | tuple[str, ...] = "id"
    fts: tuple[str, ...] = ()  # columns indexed for full-text search
    label_column: str | None = None

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, type_: str, description: str, references: str | None = None) -> Column:
    return Column(name, type_, description, references)


DOC = _c("document_id", "TEXT", "The document the row was read from (sha256 of its bytes)", "documents.id")
PAGE = _c("page", "INTEGER", "1-based physical page of the PDF where the row was read")

TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "One input file. Keyed by the sha256 of its bytes, so an unchanged file is never processed twice.",
        (
            _c("id", "TEXT", "sha256 of the file bytes"),
            _c("path", "TEXT", "Path of the file when it was built"),
            _c("filename", "TEXT", "File name"),
            _c("title", "TEXT", "Title as printed on the first page"),
            _c("kind", "TEXT", "minutes, agenda_pack, report, agreement, strategy, plan or other"),
            _c("publisher", "TEXT", "The council or partnership that published it, where printed"),
            _c("published_date", "TEXT", "Date of the document (ISO 8601), where it states one"),
            _c("page_count", "INTEGER", "Number of pages"),
            _c("status", "TEXT", "ok, needs_ocr (no usable text layer) or failed (not readable)"),
            _c("error", "TEXT", "One-line reason when status is not ok"),
            _c("size", "INTEGER", "File size in bytes"),
            _c("built_at", "TEXT", "When the document was last processed (UTC, ISO 8601)"),
            _c("pipeline_version", "TEXT", "extractor version that processed it"),
            _c("ocr_pages", "TEXT", 'Pages read by OCR because their text layer was missing or garbage ("1-3, 7")'),
        ),
        label_column="title",
    ),
    Table(
        "document_parts",
        "One component inside a file: an agenda pack holds minutes, reports, appendices and other bodies' minutes.",
        (
            _c("id", "INTEGER", "Part id"),
            DOC,
            _c("position", "INTEGER", "Order of the part in the document"),
            _c("title", "TEXT", "Title of the part as printed"),
            _c("kind", "TEXT", "agenda, minutes, report, appendix or other"),
            _c("page_start", "INTEGER", "First page"),
            _c("page_end", "INTEGER", "Last page"),
        ),
        label_column="title",
    ),
    Table(
        "pages",
        "One physical page of a document, in reading order with running headers and footers removed.",
        (
            DOC,
            _c("page", "INTEGER", "1-based physical page number"),
            _c("label", "TEXT", 'Printed page label ("Page 10"), where there is one'),
            _c("text", "TEXT", "Page text in reading order; mention offsets index into it"),
            _c("stamps", "TEXT", 'Margin stamps removed from the text ("Agenda Item 4")'),
            _c("width", "REAL", "Page width in points"),
            _c("height", "REAL", "Page height in points"),
            _c("ocr", "TEXT", 'OCR engine and version that read the page ("tesseract 5.3.0"); null for a text layer'),
            _c("ocr_confidence", "REAL", "Mean OCR word confidence on the page, 0-100 (weighted by word length)"),
        ),
        pk=("document_id", "page"),
    ),
    Table(
        "sections",
        'One heading-led section ("2.3", "51.", "Appendix B") with its body text.',
        (
            _c("id", "INTEGER", "Section id"),
            DOC,
            _c("parent_id", "INTEGER", "Enclosing section ('2' encloses '2.3')", "sections.id"),
            _c("number", "TEXT", "Heading number as printed"),
            _c("heading", "TEXT", "Heading text"),
            _c("level", "INTEGER", "Nesting depth, 1 for top level"),
            _c("page_start", "INTEGER", "Page the section starts on"),
            _c("page_end", "INTEGER", "Page the section ends on"),
            _c("text", "TEXT", "Body text of the section"),
        ),
        fts=("heading", "text"),
        label_column="heading",
    ),
    Table(
        "meetings",
        "One meeting whose minutes are in the document.",
        (
            _c("id", "INTEGER", "Meeting id"),
            DOC,
            _c("body", "TEXT", 'The committee or body that met ("Scrutiny Committee")'),
            _c("authority", "TEXT", "The council or organisation the body belongs to"),
            _c("date", "TEXT", "Date of the meeting (ISO 8601)"),
            _c("time", "TEXT", "Time as printed"),
            _c("venue", "TEXT", "Where it was held"),
            PAGE,
            _c("page_end", "INTEGER", "Last page of the minutes"),
            _c("source", "TEXT", "The lines the meeting was read from"),
            _c("year", "INTEGER", "Year of the meeting, for facets"),
        ),
        label_column="body",
    ),
    Table(
        "attendees",
        "One person at a meeting, with their role and how they attended.",
        (
            _c("id", "INTEGER", "Attendee id"),
            _c("meeting_id", "INTEGER", "The meeting", "meetings.id"),
            DOC,
            _c("name", "TEXT", "Name as printed, with honorific"),
            _c("role", "TEXT", "Role (Chairman, Substitute for ..., officer title)"),
            _c("status", "TEXT", "present, virtual, also_present, in_attendance, apologies or absent"),
            PAGE,
        ),
        label_column="name",
    ),
    Table(
        "agenda_items",
        'One numbered item of minutes ("51", ref "Item A4").',
        (
            _c("id", "INTEGER", "Item id"),
            _c("meeting_id", "INTEGER", "The meeting", "meetings.id"),
            DOC,
            _c("number", "TEXT", "Item number as printed"),
            _c("ref", "TEXT", 'Agenda reference ("Item A4")'),
            _c("title", "TEXT", "Item title"),
            PAGE,
        ),
        label_column="title",
    ),
    Table(
        "decisions",
        "One decision closing an agenda item: resolved, agreed, noted or recommended.",
        (
            _c("id", "INTEGER", "Decision id"),
            _c("meeting_id", "INTEGER", "The meeting", "meetings.id"),
            _c("agenda_item_id", "INTEGER", "The agenda item", "agenda_items.id"),
            DOC,
            _c("text", "TEXT", "Whole text of the decision"),
            _c("kind", "TEXT", "resolved, agreed, noted or recommended"),
            PAGE,
        ),
        fts=("text",),
        label_column="text",
    ),
    Table(
        "votes",
        'A recorded vote or outcome ("For (57) Against (0) Abstain (2)", "Motion carried").',
        (
            _c("id", "INTEGER", "Vote id"),
            _c("meeting_id", "INTEGER", "The meeting", "meetings.id"),
            _c("agenda_item_id", "INTEGER", "The agenda item", "agenda_items.id"),
            _c("decision_id", "INTEGER", "The decision it carried, where known", "decisions.id"),
            DOC,
            _c("motion", "TEXT", "What was voted on, where stated"),
            _c("votes_for", "INTEGER", "Votes for"),
            _c("votes_against", "INTEGER", "Votes against"),
            _c("abstentions", "INTEGER", "Abstentions"),
            _c("outcome", "TEXT", "carried or lost"),
            _c("text", "TEXT", "The text the vote was read from"),
            PAGE,
        ),
    ),
    Table(
        "actions",
        "One commitment someone must carry out: from minutes, action plans and strategies.",
        (
            _c("id", "INTEGER", "Action id"),
            DOC,
            _c("meeting_id", "INTEGER", "The meeting, for actions from minutes", "meetings.id"),
            _c("agenda_item_id", "INTEGER", "The agenda item, for actions from minutes", "agenda_items.id"),
            _c("text", "TEXT", "What must be done"),
            _c("owner", "TEXT", "Who must do it, as written"),
            _c("organisation_id", "INTEGER", "The owner's organisation, where known", "organisations.id"),
            _c("due_date", "TEXT", "When it is due (ISO 8601), where stated"),
            _c("due_text", "TEXT", "The due date as printed"),
            _c("status", "TEXT", "Status or RAG rating, where stated"),
            _c("progress", "TEXT", "Progress reported against it"),
            _c("priority", "TEXT", "The priority an action-plan row belongs to"),
            PAGE,
        ),
        fts=("text",),
        label_column="text",
    ),
    Table(
        "priority_lists",
        "One stated list of priorities, cross-cutting themes, strategic priorities, focus areas or objectives.",
        (
            _c("id", "INTEGER", "List id"),
            DOC,
            _c("name", "TEXT", "Name of the list as introduced"),
            _c("kind", "TEXT", "priority, cross_cutting_theme, strategic_priority, focus_area or objective"),
            _c("owner", "TEXT", "Organisation that owns the list, as named"),
            _c("organisation_id", "INTEGER", "The owner's organisation", "organisations.id"),
            _c("period", "TEXT", 'Period as printed ("2024/25")'),
            _c("period_start", "TEXT", "Start of the period (ISO 8601)"),
            _c("period_end", "TEXT", "End of the period (ISO 8601)"),
            PAGE,
            _c("source", "TEXT", "The heading or sentence that introduced the list"),
            _c("parent", "TEXT", "The heading a nested list sits under (a domain and its priority areas)"),
            _c(
                "version_group",
                "TEXT",
                "Whose list this is a version of: the owner's organisation id (or name) and the list's kind, as "
                "JSON; the lists of one group, in date order, are the versions priority_links links",
            ),
        ),
        label_column="name",
    ),
    Table(
        "priorities",
        "One entry of a priority list, in order.",
        (
            _c("id", "INTEGER", "Priority id"),
            _c("list_id", "INTEGER", "The list", "priority_lists.id"),
            DOC,
            _c("position", "INTEGER", "Position in the list, from 1"),
            _c("text", "TEXT", "The priority as printed"),
            _c("lead", "TEXT", "Lead organisation or officer, where a table gives one"),
            _c("canonical_id", "INTEGER", "The same priority across documents: id of its cluster's representative"),
            PAGE,
        ),
        fts=("text",),
        label_column="text",
    ),
    Table(
        "priority_links",
        "Lineage between consecutive versions of an owner's list: "
        "same, renamed, expanded, merged_into, split_into, replaced_by.",
        (
            _c("id", "INTEGER", "Link id"),
            _c("from_priority_id", "INTEGER", "Priority in the earlier version", "priorities.id"),
            _c("to_priority_id", "INTEGER", "Priority in the later version", "priorities.id"),
            _c("relation", "TEXT", "same, renamed, expanded, merged_into, split_into or replaced_by"),
            _c("score", "REAL", "Similarity score (0-100) or 100 where the document states the change"),
            _c("evidence", "TEXT", "The sentence that states the change, where a document does"),
        ),
    ),
    Table(
        "organisations",
        "One real-world organisation after deduplication across all documents.",
        (
            _c("id", "INTEGER", "Organisation id"),
            _c("name", "TEXT", "Canonical name"),
            _c("acronym", "TEXT", "Acronym, where known"),
            _c("kind", "TEXT", "council, police, pcc, csp, nhs, government_department, board, partnership, ..."),
        ),
        label_column="name",
    ),
    Table(
        "organisation_aliases",
        "Every spelling, acronym or misspelling seen for an organisation.",
        (
            _c("organisation_id", "INTEGER", "The organisation", "organisations.id"),
            _c("alias", "TEXT", "A spelling seen in the documents"),
        ),
        pk=("organisation_id", "alias"),
    ),
    Table(
        "organisation_merges",
        "Audit trail of deduplication: each spelling merged into an organisation, with its score and rule.",
        (
            _c("id", "INTEGER", "Merge id"),
            _c("organisation_id", "INTEGER", "The organisation", "organisations.id"),
            _c("alias", "TEXT", "The spelling merged"),
            _c("canonical", "TEXT", "The canonical name it was merged into"),
            _c("score", "REAL", "Similarity score (0-100)"),
            _c("rule", "TEXT", "The rule that made the merge"),
        ),
    ),
    Table(
        "organisation_definitions",
        'An acronym or short form a document defines for an organisation: "Kent County Council (KCC)".',
        (
            _c("id", "INTEGER", "Definition id"),
            DOC,
            _c("name", "TEXT", "The full name as printed"),
            _c("alias", "TEXT", "The acronym or short form"),
            PAGE,
        ),
    ),
    Table(
        "mentions",
        "One entity mention (ORG, PERSON, MONEY, GPE, ...) with character offsets into pages.text.",
        (
            _c("id", "INTEGER", "Mention id"),
            DOC,
            PAGE,
            _c("label", "TEXT", "Entity label: ORG, PERSON, MONEY, GPE, ..."),
            _c("text", "TEXT", "The text as printed"),
            _c("normalized", "TEXT", "Normalised form (organisation name, amount in GBP, ...)"),
            _c("organisation_id", "INTEGER", "The organisation, for ORG mentions", "organisations.id"),
            _c("start", "INTEGER", "Start offset in pages.text"),
            _c("end", "INTEGER", "End offset in pages.text"),
        ),
    ),
    Table(
        "dates",
        "One date or period, normalised (UK financial years run April to March).",
        (
            _c("id", "INTEGER", "Date id"),
            DOC,
            PAGE,
            _c("text", "TEXT", "The date as printed"),
            _c("iso", "TEXT", 'ISO 8601 value; a range is "start/end"'),
            _c("start_date", "TEXT", "Start of the date or period"),
            _c("end_date", "TEXT", "End of the date or period"),
            _c("precision", "TEXT", "day, month, year, financial_year, quarter or range"),
            _c("role", "TEXT", "What the date is, where a cue says (meeting, deadline, period)"),
            _c("start", "INTEGER", "Start offset in pages.text"),
            _c("end", "INTEGER", "End offset in pages.text"),
        ),
    ),
)

TABLES += (
    Table(
        "meeting_duplicates",
        "Minutes printed twice (e.g. again in the next meeting's agenda pack): each later copy linked "
        "to its earlier copy. Search leaves the copy's pages out so a meeting is not counted twice.",
        (
            _c("id", "INTEGER", "Duplicate id"),
            _c("meeting_id", "INTEGER", "The later copy", "meetings.id"),
            DOC,
            _c("page_start", "INTEGER", "First page of the copy in its document"),
            _c("page_end", "INTEGER", "Last page of the copy in its document"),
            _c("original_meeting_id", "INTEGER", "The earlier copy it repeats", "meetings.id"),
            _c("original_document_id", "TEXT", "The document holding the earlier copy", "documents.id"),
            _c("score", "REAL", "Similarity of the two minutes' text (rapidfuzz ratio, 0-100)"),
            _c("rule", "TEXT", "The rule that linked them"),
        ),
    ),
)

# What's new: one row per finished build; the fact tables below carry the build that first saw
# each row (a fact a changed file prints again keeps its first build).
# Not a declared foreign key: declaring one on an existing table rebuilds it (and its search triggers).
BUILD = _c("first_build_id", "INTEGER", "The build that first saw this row (see builds)")
FIRST_SEEN = ("documents", "meetings", "agenda_items", "decisions", "votes", "actions", "priority_lists", "priorities")

TABLES += (
    Table(
        "builds",
        "One finished `extractor build`: when, by which version, and what it read. Rows of the fact tables "
        "carry the build that first saw them (first_build_id), so `extractor changes --since BUILD` and the "
        "Atom feed at /-/feed.atom can say what is new.",
        (
            _c("id", "INTEGER", "Build number, counting up"),
            _c("started_at", "TEXT", "When the build started (UTC, ISO 8601)"),
            _c("finished_at", "TEXT", "When it finished (UTC, ISO 8601)"),
            _c("version", "TEXT", "extractor version"),
            _c("files", "INTEGER", "Files given"),
            _c("processed", "INTEGER", "Files read (new or changed)"),
            _c("unchanged", "INTEGER", "Files skipped as unchanged"),
            _c("failed", "INTEGER", "Files that could not be read"),
            _c("needs_ocr", "INTEGER", "Files without a usable text layer"),
            _c("pages", "INTEGER", "Pages read"),
            _c("new_facts", "INTEGER", "Rows of the fact tables this build saw first"),
            _c(
                "cross_document",
                "TEXT",
                "'ran'; 'incremental' when documents were only added since they last ran, so lineage and duplicate "
                "minutes were looked at again only where the new documents touch them; or 'skipped' when nothing "
                "the cross-document steps read (organisation and priority deduplication, duplicate minutes, search "
                "indexes) had changed since they last ran",
            ),
            _c("cross_document_note", "TEXT", "What the cross-document steps looked at again, in words"),
            _c("documents", "INTEGER", "Documents in the database after the build"),
            _c("settings_sha256", "TEXT", "Fingerprint of the pipeline settings and version the build ran with"),
            _c(
                "inputs_sha256",
                "TEXT",
                "Fingerprint of the documents, pipeline settings and version the cross-document steps are current "
                "for; null when they did not finish",
            ),
        ),
    ),
)
TABLES = tuple(
    Table(t.name, t.description, (*t.columns, BUILD), t.pk, t.fts, t.label_column) if t.name in FIRST_SEEN else t
    for t in TABLES
)

TABLES += (
    Table(
        "files",
        "One file on disk that a build read: every path has a row, even when its bytes equal another "
        "file's (both point at one document). A file deleted since is pruned by the next build, its "
        "document with it when no other file holds the same bytes.",
        (
            _c("path", "TEXT", "Absolute path of the file when it was last built"),
            _c("filename", "TEXT", "File name"),
            _c("size", "INTEGER", "File size in bytes"),
            _c("mtime", "TEXT", "Last modified (UTC, ISO 8601) when it was last built"),
            _c("sha256", "TEXT", "sha256 of the file bytes"),
            _c("document_id", "TEXT", "The document read from these bytes", "documents.id"),
            _c("seen_at", "TEXT", "When a build last found the file (UTC, ISO 8601)"),
        ),
        pk="path",
        label_column="filename",
    ),
)

BY_NAME = {t.name: t for t in TABLES}
