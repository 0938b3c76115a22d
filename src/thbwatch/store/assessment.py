"""The assessment's queries: questionnaires, rounds, respondents, submissions, theme codes.

Every write that belongs together is one transaction: an import goes in whole or not at
all, and a submission is submitted once (the status moves draft -> submitted only by a
conditional UPDATE, so two clicks racing cannot both win).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, case, delete, func, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError

from thbwatch.assess.form import Form
from thbwatch.assess.model import ImportedAnswers, NewRespondent, Round, Submission
from thbwatch.errors import UserError
from thbwatch.store.database import utcnow
from thbwatch.store.schema import (
    assess_codes,
    assess_questionnaires,
    assess_respondents,
    assess_rounds,
    assess_submissions,
    cluster_members,
    clusters,
    entities,
    indicator_hits,
    mentions,
    records,
    sources,
)

DRAFT = "draft"
SUBMITTED = "submitted"
# A person decided that an answer raises no theme: kept as a row, so that keyword coding
# does not take the answer back.
NO_THEME = ""


class AssessmentStore:
    """Reads and writes the assessment tables of a store (`Store.engine`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- questionnaires and rounds ----------------------------------------------------

    def save_questionnaire(self, form: Form, filename: str, content: bytes) -> int:
        """Keep the workbook; the same version again is the same questionnaire."""
        with self.engine.begin() as connection:
            found = connection.execute(
                select(assess_questionnaires.c.id, assess_questionnaires.c.sha256).where(
                    assess_questionnaires.c.form_id == form.form_id,
                    assess_questionnaires.c.version == form.version,
                )
            ).first()
            if found is not None:
                if found.sha256 != form.sha256:
                    raise UserError(
                        f"{filename}: form {form.form_id} version {form.version} is already "
                        "stored with other content; give the changed form a new version"
                    )
                return found.id
            return connection.execute(
                insert(assess_questionnaires)
                .values(
                    form_id=form.form_id,
                    version=form.version,
                    title=form.title,
                    filename=filename,
                    content=content,
                    sha256=form.sha256,
                    created_at=utcnow(),
                )
                .returning(assess_questionnaires.c.id)
            ).scalar_one()

    def create_round(
        self,
        name: str,
        questionnaire_id: int,
        period_start: datetime | None = None,
        period_end: datetime | None = None,
    ) -> int:
        try:
            with self.engine.begin() as connection:
                return connection.execute(
                    insert(assess_rounds)
                    .values(
                        name=name,
                        questionnaire_id=questionnaire_id,
                        period_start=period_start,
                        period_end=period_end,
                        created_at=utcnow(),
                    )
                    .returning(assess_rounds.c.id)
                ).scalar_one()
        except IntegrityError:
            raise UserError(f"a round named {name!r} already exists") from None

    def round(self, name: str) -> Round:
        with self.engine.connect() as connection:
            row = connection.execute(_round_query().where(assess_rounds.c.name == name)).first()
        if row is None:
            raise UserError(f"no round named {name!r} (see 'thbwatch assess rounds')")
        return _row_round(row)

    def round_by_id(self, round_id: int) -> Round:
        with self.engine.connect() as connection:
            row = connection.execute(_round_query().where(assess_rounds.c.id == round_id)).one()
        return _row_round(row)

    def rounds(self) -> list[dict[str, Any]]:
        """Every round with its questionnaire and how many respondents answered so far."""
        counts = (
            select(
                assess_submissions.c.round_id,
                func.count().filter(assess_submissions.c.status == SUBMITTED).label("submitted"),
                func.count().filter(assess_submissions.c.status == DRAFT).label("drafts"),
            )
            .group_by(assess_submissions.c.round_id)
            .subquery()
        )
        invited = (
            select(assess_respondents.c.round_id, func.count().label("invited"))
            .where(assess_respondents.c.token_sha256.is_not(None))
            .group_by(assess_respondents.c.round_id)
            .subquery()
        )
        query = (
            select(
                assess_rounds.c.name,
                assess_questionnaires.c.form_id,
                assess_questionnaires.c.version,
                assess_rounds.c.period_start,
                assess_rounds.c.period_end,
                assess_rounds.c.created_at,
                func.coalesce(invited.c.invited, 0).label("invited"),
                func.coalesce(counts.c.submitted, 0).label("submitted"),
                func.coalesce(counts.c.drafts, 0).label("drafts"),
            )
            .join(assess_questionnaires)
            .join(counts, counts.c.round_id == assess_rounds.c.id, isouter=True)
            .join(invited, invited.c.round_id == assess_rounds.c.id, isouter=True)
            .order_by(assess_rounds.c.created_at, assess_rounds.c.id)
        )
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    # -- respondents and the token flow -----------------------------------------------

    def add_respondents(self, round_id: int, respondents: list[NewRespondent]) -> None:
        now = utcnow()
        with self.engine.begin() as connection:
            connection.execute(
                insert(assess_respondents),
                [
                    {
                        "round_id": round_id,
                        "respondent_type": respondent.respondent_type,
                        "country": respondent.country,
                        "label": respondent.label,
                        "token_sha256": respondent.token_sha256,
                        "created_at": now,
                    }
                    for respondent in respondents
                ],
            )

    def respondent_labels(self, round_id: int) -> set[tuple[str, str, str | None]]:
        """(type, country, label) of the round's invited respondents."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(
                    assess_respondents.c.respondent_type,
                    assess_respondents.c.country,
                    assess_respondents.c.label,
                ).where(
                    assess_respondents.c.round_id == round_id,
                    assess_respondents.c.token_sha256.is_not(None),
                )
            ).all()
        return {tuple(row) for row in rows}

    def respondent_by_token(self, token_sha256: str) -> dict[str, Any] | None:
        """The respondent a token belongs to, with the state of its submission."""
        query = (
            select(
                assess_respondents.c.id,
                assess_respondents.c.round_id,
                assess_respondents.c.respondent_type,
                assess_respondents.c.country,
                assess_respondents.c.label,
                assess_submissions.c.status,
                assess_submissions.c.answers,
                assess_submissions.c.submitted_at,
            )
            .join(assess_submissions, isouter=True)
            .where(assess_respondents.c.token_sha256 == token_sha256)
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).mappings().first()
        return dict(row) if row else None

    def save_draft(self, respondent_id: int, round_id: int, answers: dict[str, Any]) -> bool:
        """Keep a draft; False if the respondent has already submitted."""
        return self._write(respondent_id, round_id, answers, DRAFT)

    def submit(self, respondent_id: int, round_id: int, answers: dict[str, Any]) -> bool:
        """Submit once; False if the respondent has already submitted."""
        return self._write(respondent_id, round_id, answers, SUBMITTED)

    def _write(
        self, respondent_id: int, round_id: int, answers: dict[str, Any], status: str
    ) -> bool:
        now = utcnow()
        values = {
            "status": status,
            "answers": answers,
            "updated_at": now,
            "submitted_at": now if status == SUBMITTED else None,
        }
        try:
            with self.engine.begin() as connection:
                changed = connection.execute(
                    update(assess_submissions)
                    .where(
                        assess_submissions.c.respondent_id == respondent_id,
                        assess_submissions.c.status == DRAFT,
                    )
                    .values(**values)
                ).rowcount
                if changed:
                    return True
                exists = connection.scalar(
                    select(func.count()).where(assess_submissions.c.respondent_id == respondent_id)
                )
                if exists:
                    return False  # submitted already
                connection.execute(
                    insert(assess_submissions).values(
                        round_id=round_id, respondent_id=respondent_id, created_at=now, **values
                    )
                )
                return True
        except IntegrityError:  # a concurrent first write won the unique respondent_id
            return False

    # -- imports ----------------------------------------------------------------------

    def import_submissions(self, round_id: int, rows: list[ImportedAnswers]) -> int:
        """Store checked export rows as submitted answers, all in one transaction; rows
        already imported (same external id) are skipped. Returns how many went in."""
        now = utcnow()
        with self.engine.begin() as connection:
            known = set(
                connection.scalars(
                    select(assess_submissions.c.external_id).where(
                        assess_submissions.c.round_id == round_id
                    )
                )
            )
            new = [row for row in rows if row.external_id not in known]
            for row in new:
                respondent_id = connection.execute(
                    insert(assess_respondents)
                    .values(
                        round_id=round_id,
                        respondent_type=row.respondent_type,
                        country=row.country,
                        created_at=now,
                    )
                    .returning(assess_respondents.c.id)
                ).scalar_one()
                connection.execute(
                    insert(assess_submissions).values(
                        round_id=round_id,
                        respondent_id=respondent_id,
                        status=SUBMITTED,
                        answers=row.answers,
                        external_id=row.external_id,
                        created_at=now,
                        updated_at=now,
                        submitted_at=row.submitted_at or now,
                    )
                )
        return len(new)

    # -- reading a round for analysis, and coding ---------------------------------------

    def submissions(self, round_id: int, status: str = SUBMITTED) -> list[Submission]:
        query = (
            select(
                assess_submissions.c.id,
                assess_submissions.c.answers,
                assess_submissions.c.status,
                assess_submissions.c.submitted_at,
                assess_respondents.c.respondent_type,
                assess_respondents.c.country,
            )
            .join(assess_respondents)
            .where(assess_submissions.c.round_id == round_id, assess_submissions.c.status == status)
            .order_by(assess_submissions.c.id)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [
            Submission(
                id=row.id,
                respondent_type=row.respondent_type,
                country=row.country,
                answers=row.answers,
                status=row.status,
                submitted_at=row.submitted_at,
            )
            for row in rows
        ]

    def staff_codes(self, round_id: int) -> dict[tuple[int, str], tuple[tuple[str, ...], str]]:
        """(submission id, question) -> (themes, coder) as staff coded them."""
        query = (
            select(assess_codes)
            .join(assess_submissions)
            .where(assess_submissions.c.round_id == round_id)
            .order_by(assess_codes.c.id)
        )
        found: dict[tuple[int, str], tuple[tuple[str, ...], str]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                themes, _ = found.get((row.submission_id, row.question), ((), ""))
                if row.theme != NO_THEME:
                    themes = (*themes, row.theme)
                found[(row.submission_id, row.question)] = (themes, row.coder)
        return found

    def set_codes(
        self, round_id: int, submission_id: int, question: str, themes: list[str], coder: str
    ) -> None:
        """Replace the themes of one answer by a person's coding."""
        now = utcnow()
        with self.engine.begin() as connection:
            in_round = connection.scalar(
                select(func.count()).where(
                    assess_submissions.c.id == submission_id,
                    assess_submissions.c.round_id == round_id,
                )
            )
            if not in_round:
                raise UserError(f"submission {submission_id} is not in this round")
            connection.execute(
                delete(assess_codes).where(
                    assess_codes.c.submission_id == submission_id,
                    assess_codes.c.question == question,
                )
            )
            connection.execute(
                insert(assess_codes),
                [
                    {
                        "submission_id": submission_id,
                        "question": question,
                        "theme": theme,
                        "coder": coder,
                        "coded_at": now,
                    }
                    for theme in themes or [NO_THEME]
                ],
            )


def _round_query() -> Any:
    return select(
        assess_rounds.c.id,
        assess_rounds.c.name,
        assess_rounds.c.period_start,
        assess_rounds.c.period_end,
        assess_questionnaires.c.form_id,
        assess_questionnaires.c.version,
        assess_questionnaires.c.filename,
        assess_questionnaires.c.content,
        assess_questionnaires.c.sha256,
    ).join(assess_questionnaires)


def _row_round(row: Any) -> Round:
    return Round(
        id=row.id,
        name=row.name,
        form_id=row.form_id,
        version=row.version,
        filename=row.filename,
        content=bytes(row.content),
        sha256=row.sha256,
        period_start=row.period_start,
        period_end=row.period_end,
    )


# -- the landscape: monitoring data per month -------------------------------------------


def _month(dialect_name: str, column: Any) -> Any:
    if dialect_name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def landscape_counts(
    engine: Engine,
    categories: dict[str, str],
    messaging_platforms: frozenset[str],
    start: datetime | None = None,
    end: datetime | None = None,
) -> dict[str, list[tuple[Any, ...]]]:
    """Per-month counts from the monitoring tables, for assess.landscape to shape.

    A record's month is when it was posted, else captured, else ingested; `start` is
    inclusive and `end` exclusive. `categories` maps indicator ids to their categories.
    Each list holds (month, key, count) rows, or (month, count) for "records",
    "messaging" and "networks".
    """
    when = func.coalesce(records.c.posted_at, records.c.captured_at, records.c.ingested_at)
    month = _month(engine.dialect.name, when).label("month")
    window = [when >= start] if start else []
    window += [when < end] if end else []

    def grouped(key: Any, source: Any, *where: Any, distinct: Any = None) -> Any:
        counted = func.count(distinct.distinct()) if distinct is not None else func.count()
        columns = [month, key] if key is not None else [month]
        return (
            select(*columns, counted)
            .select_from(source)
            .where(*window, *where)
            .group_by(*columns)
            .order_by(*columns)
        )

    handle = entities.c.type == "handle"
    on_messaging = or_(
        *(entities.c.value.like(f"{name}:%") for name in sorted(messaging_platforms))
    )
    category = (
        case(categories, value=indicator_hits.c.indicator, else_="other")
        if categories
        else literal("other")
    )
    queries = {
        "records": grouped(None, records),
        "kind": grouped(records.c.kind, records),
        "language": grouped(func.coalesce(records.c.language, "unknown"), records),
        "source": grouped(sources.c.name, records.join(sources)),
        "messaging": grouped(
            None,
            records.join(mentions).join(entities),
            handle,
            on_messaging,
            distinct=records.c.id,
        ),
        "categories": grouped(category, records.join(indicator_hits), distinct=records.c.id),
        "networks": grouped(
            None,
            records.join(cluster_members).join(clusters),
            clusters.c.size >= 2,
            distinct=cluster_members.c.cluster_id,
        ),
    }
    with engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(query)]
            for name, query in queries.items()
        }
