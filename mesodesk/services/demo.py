"""Demo data: a deterministic, realistic clinic, generated as row tuples and bulk-inserted.

The generator (``demo_batches`` / ``demo_rows``) is separate from the writer (``write_rows``)
so that a benchmark can time plain ``sqlite3`` ``executemany`` of exactly the same rows
against ``seed_demo``. Everything comes from ``random.Random(seed)`` and ``today``, never
from the clock or the global random state: the same seed, day and database give the same
rows, timestamps included. Only the one summary audit row carries the real time.

Rows hold values in SQLAlchemy's SQLite storage form: ISO date strings, datetimes as
``YYYY-MM-DD HH:MM:SS.ffffff``, JSON as text, booleans as 0/1 and numerics as floats with
the column's scale (read back as ``Decimal``). ``write_rows`` converts them back to Python
values for other databases.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Boolean, Connection, Date, DateTime, Numeric, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.enums import AuditAction, CourseStatus, SessionStatus, Severity, Technique
from mesodesk.domain.search import list_prefixes
from mesodesk.domain.text import sort_key, words
from mesodesk.services import audit
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.patients import recount_list_prefixes, search_terms
from mesodesk.services.settings import DEFAULTS as SETTING_DEFAULTS
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Base,
    DocumentTemplate,
    Indication,
    Setting,
    SideEffect,
    SolutionType,
    TreatmentArea,
)

Row = tuple[Any, ...]
ProgressFn = Callable[[str, int, int], None]

CHUNK_PATIENTS = 5000
"""Patients generated per batch: keeps memory flat (about 50k sessions per batch)."""
HISTORY_DAYS = 12 * 365
"""How far back the demo clinic's records go."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "practitioner": ("id", "display_name", "title", "created_at", "archived_at"),
    "product": (
        "id",
        "name",
        "manufacturer",
        "solution_type_id",
        "ingredients",
        "notes",
        "created_at",
        "archived_at",
    ),
    "product_lot": (
        "id",
        "product_id",
        "lot_number",
        "expiry_date",
        "quantity",
        "received_on",
        "created_at",
        "archived_at",
    ),
    "patient": (
        "id",
        "given_name",
        "family_name",
        "date_of_birth",
        "sex",
        "phone",
        "email",
        "address",
        "notes",
        "sort_key",
        "created_at",
        "updated_at",
        "archived_at",
        "archive_reason",
    ),
    "patient_search_term": ("term", "patient_id"),
    "patient_list_prefix": ("prefix", "sort_key", "patient_id"),
    "medical_profile": (
        "id",
        "patient_id",
        "recorded_at",
        "recorded_by",
        "allergies_text",
        "allergens",
        "medications_text",
        "on_blood_thinners",
        "autoimmune_disease",
        "autoimmune_notes",
        "keloid_tendency",
        "skin_conditions_text",
        "skin_condition_areas",
        "pregnant_or_breastfeeding",
        "needle_anxiety",
        "notes",
    ),
    "course": (
        "id",
        "patient_id",
        "title",
        "solution_type_id",
        "practitioner_id",
        "indications",
        "areas",
        "planned_sessions",
        "interval_days",
        "maintenance_interval_days",
        "preferred_weekday",
        "preferred_time",
        "start_date",
        "status",
        "notes",
        "created_at",
        "archived_at",
    ),
    "treatment_session": (
        "id",
        "patient_id",
        "course_id",
        "practitioner_id",
        "starts_at",
        "duration_minutes",
        "status",
        "status_reason",
        "anaesthetic_used",
        "anaesthetic_product",
        "immediate_reactions",
        "notes",
        "created_at",
        "updated_at",
        "checklist",
        "consent_template_id",
        "consented_at",
        "screening_findings",
        "override_reason",
        "override_by",
        "override_at",
    ),
    "session_treatment": (
        "id",
        "session_id",
        "position",
        "area_id",
        "solution_type_id",
        "product_id",
        "product_lot_id",
        "volume_ml",
        "technique",
        "depth_mm",
        "needle_gauge",
    ),
    "adverse_event": (
        "id",
        "session_id",
        "patient_id",
        "side_effect_code",
        "onset_date",
        "severity",
        "description",
        "action_taken",
        "follow_up_date",
        "outcome",
        "resolved_date",
        "reported_to_authority",
        "created_at",
    ),
}
"""The columns written per table, in table order and in the order tables must be filled."""

_ID_TABLES = tuple(t for t in COLUMNS if t not in ("patient_search_term", "patient_list_prefix"))


# --- public types ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    sessions: int
    treatments: int
    products: int
    lots: int
    practitioners: int
    courses: int
    adverse_events: int


class RowChunk(NamedTuple):
    """Rows for one table; ``columns`` follow the table's column order."""

    table: str
    columns: tuple[str, ...]
    rows: list[Row]


class DemoBatch(NamedTuple):
    """The chunks of one step, in foreign-key order, and the progress after it."""

    stage: str
    done: int
    total: int
    chunks: tuple[RowChunk, ...]


@dataclass(frozen=True, slots=True)
class SolutionTypeInfo:
    id: int
    name: str
    interval_days: int
    sessions: int
    maintenance_days: int


@dataclass(frozen=True, slots=True)
class DemoContext:
    """What the generator needs from the target database: catalog ids and free ids."""

    solution_types: Mapping[str, SolutionTypeInfo]
    areas: Mapping[str, tuple[int, str, str]]
    """code -> (id, name, region)"""
    indications: Mapping[str, str]
    """code -> name"""
    side_effects: Mapping[str, tuple[str, bool]]
    """code -> (name, expected)"""
    time_zone: str = SETTING_DEFAULTS["clinic.time_zone"]
    first_ids: Mapping[str, int] | None = None
    """table -> first id to use; None or a missing table means 1."""
    consent_template_id: int | None = None
    """The consent text version done demo sessions record (None: no consent recorded)."""


# --- reading the context --------------------------------------------------------------------


def demo_context(s: Session) -> DemoContext:
    """Read the catalog, the clinic's time zone and the next free id of every table."""
    solution_types = {
        r.code: SolutionTypeInfo(
            r.id, r.name, r.default_interval_days, r.default_sessions, r.maintenance_interval_days
        )
        for r in s.scalars(select(SolutionType))
    }
    areas = {
        r.code: (r.id, r.name, r.region)
        for r in s.scalars(select(TreatmentArea).order_by(TreatmentArea.sort_order))
    }
    indications = {code: name for code, name in s.execute(select(Indication.code, Indication.name))}
    side_effects = {
        r.code: (r.name, bool(r.expected))
        for r in s.scalars(select(SideEffect).order_by(SideEffect.sort_order))
    }
    if not solution_types or not areas:
        raise ValidationFailed(
            {"catalog": "The catalog (solution types and areas) must be loaded before a demo."}
        )
    setting = s.get(Setting, "clinic.time_zone")
    zone = str(setting.value) if setting is not None else SETTING_DEFAULTS["clinic.time_zone"]
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = SETTING_DEFAULTS["clinic.time_zone"]
    first_ids = {}
    for table_name in _ID_TABLES:
        table = Base.metadata.tables[table_name]
        first_ids[table_name] = int(s.scalar(select(func.max(table.c.id))) or 0) + 1
    consent_id = s.scalar(
        select(DocumentTemplate.id)
        .where(DocumentTemplate.kind == "consent", DocumentTemplate.key == "general")
        .order_by(DocumentTemplate.version.desc())
        .limit(1)
    )
    return DemoContext(
        solution_types, areas, indications, side_effects, zone, first_ids, consent_id
    )


# --- the invented clinic --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Culture:
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str | tuple[str, str], ...]
    """A family name, or its (male, female) forms where they differ."""
    phones: tuple[str, ...]
    """Phone templates; each # is a random digit."""
    address: str
    streets: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]
    """(postcode, city)"""
    double_family: float = 0.0
    """How often the family name has two parts (Spanish and Portuguese custom)."""


# fmt: off
_CULTURES: tuple[_Culture, ...] = (
    _Culture(  # French
        14,
        female=(
            "Hélène", "Élodie", "Camille", "Chloé", "Léa", "Amélie", "Margaux", "Inès", "Océane",
            "Anaïs", "Céline", "Noémie", "Zoé", "Gaëlle", "Maëlle", "Françoise", "Béatrice",
            "Joséphine", "Marie-Hélène", "Clémence",
        ),
        male=(
            "François", "Jérôme", "Théo", "Loïc", "Benoît", "Raphaël", "Sébastien", "Noël", "Gaël",
            "Hervé", "Cédric", "Jean-François",
        ),
        family=(
            "Lefèvre", "Dubois", "Moreau", "Girard", "Bélanger", "Lemaître", "Fournier",
            "Rousseau", "Mercier", "Garnier", "Chevalier", "Faure", "Lécuyer", "Barthélemy",
            "Delacroix", "Pelletier", "Hébert", "Leroy", "Dupré", "Lefèvre-Martin",
        ),
        phones=("+33 6 ## ## ## ##", "+33 7 ## ## ## ##", "06 ## ## ## ##"),
        address="{number} {street}, {postcode} {city}",
        streets=(
            "rue des Lilas", "avenue Jean-Jaurès", "boulevard Saint-Michel", "rue de l'Église",
            "impasse des Mûriers", "rue du Général-Leclerc", "chemin des Prés",
        ),
        cities=(
            ("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("33000", "Bordeaux"),
            ("31000", "Toulouse"), ("06000", "Nice"),
        ),
    ),
    _Culture(  # German, Austrian, Swiss
        12,
        female=(
            "Jördis", "Käthe", "Anja", "Birgit", "Dörte", "Gesa", "Heike", "Katrin", "Lena",
            "Sünje", "Wiebke", "Mareike", "Ute", "Anna-Lena", "Hannelore", "Sophie",
        ),
        male=(
            "Jürgen", "Jörg", "Björn", "Günther", "Lukas", "Maximilian", "Sören", "Uwe", "Klaus",
            "Matthias", "Till", "Dominik",
        ),
        family=(
            "Müller", "Schäfer", "Schröder", "Köhler", "Weiß", "Groß", "Krüger", "Böhm",
            "Hoffmann", "Schmitt", "Wagner", "Becker", "Fuchs", "Jäger", "Günther", "Lößner",
            "Zimmermann", "Braun", "Strauß", "Vogel", "von Möllendorf",
        ),
        phones=("+49 151 ########", "+49 170 #######", "+43 664 #######", "+41 79 ### ## ##"),
        address="{street} {number}, {postcode} {city}",
        streets=(
            "Lindenstraße", "Am Mühlbach", "Schloßallee", "Bahnhofstraße", "Gartenweg",
            "Königsplatz", "Grüner Weg",
        ),
        cities=(
            ("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
            ("60311", "Frankfurt am Main"), ("1010", "Wien"), ("8001", "Zürich"),
        ),
    ),
    _Culture(  # Polish
        10,
        female=(
            "Małgorzata", "Agnieszka", "Katarzyna", "Zofia", "Joanna", "Łucja", "Magdalena", "Ewa",
            "Grażyna", "Bożena", "Dorota", "Jadwiga", "Urszula", "Weronika",
        ),
        male=(
            "Łukasz", "Paweł", "Michał", "Wojciech", "Krzysztof", "Grzegorz", "Jędrzej", "Tomasz",
            "Przemysław", "Mikołaj",
        ),
        family=(
            ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), "Wójcik",
            ("Lewandowski", "Lewandowska"), ("Dąbrowski", "Dąbrowska"), ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"), "Woźniak", ("Kozłowski", "Kozłowska"),
            ("Jabłoński", "Jabłońska"), "Król", "Mazur", "Kaczmarek", "Piątek",
            ("Sękowski", "Sękowska"), ("Gałęzowski", "Gałęzowska"),
        ),
        phones=("+48 5## ### ###", "+48 6## ### ###", "+48 7## ### ###"),
        address="ul. {street} {number}, {postcode} {city}",
        streets=("Kwiatowa", "Długa", "Świętokrzyska", "Różana", "Żeromskiego", "Ogrodowa"),
        cities=(
            ("00-950", "Warszawa"), ("30-001", "Kraków"), ("50-001", "Wrocław"),
            ("80-001", "Gdańsk"), ("90-001", "Łódź"), ("61-001", "Poznań"),
        ),
    ),
    _Culture(  # Czech
        6,
        female=(
            "Kateřina", "Lucie", "Tereza", "Veronika", "Markéta", "Zdeňka", "Jiřina", "Barbora",
            "Eliška", "Radka", "Šárka", "Božena",
        ),
        male=("Jiří", "Tomáš", "Lukáš", "Ondřej", "Petr", "Radek", "Matěj", "Vojtěch", "Zdeněk"),
        family=(
            ("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
            ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
            ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"),
            ("Růžička", "Růžičková"), ("Šťastný", "Šťastná"), "Krejčí",
        ),
        phones=("+420 6## ### ###", "+420 7## ### ###"),
        address="{street} {number}, {postcode} {city}",
        streets=("Na Příkopě", "Vinohradská", "Husova", "Masarykova", "Křižíkova", "Žitná"),
        cities=(
            ("110 00", "Praha 1"), ("120 00", "Praha 2"), ("602 00", "Brno"), ("301 00", "Plzeň"),
            ("370 01", "České Budějovice"),
        ),
    ),
    _Culture(  # Turkish
        8,
        female=(
            "Ayşe", "Elif", "Zeynep", "Gülşen", "Özlem", "Şule", "Büşra", "Çiğdem", "Derya",
            "Hülya", "İpek", "Nazlı", "Sevgi", "Yağmur",
        ),
        male=(
            "Mehmet", "Ömer", "Çağatay", "İbrahim", "Oğuz", "Barış", "Ertuğrul", "Emre", "Kemal",
            "Uğur",
        ),
        family=(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
            "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Güneş", "Akgül",
        ),
        phones=("+90 5## ### ## ##",),
        address="{street} No:{number}, {postcode} {city}",
        streets=(
            "Atatürk Caddesi", "Çiçek Sokak", "Gül Sokak", "Bağdat Caddesi", "Menekşe Sokak",
        ),
        cities=(
            ("34430", "Beyoğlu/İstanbul"), ("34710", "Kadıköy/İstanbul"),
            ("06420", "Çankaya/Ankara"), ("35210", "Konak/İzmir"),
        ),
    ),
    _Culture(  # Spanish
        10,
        female=(
            "María José", "Lucía", "Sofía", "Martina", "Begoña", "Inés", "Ainhoa", "Nuria",
            "Mónica", "Verónica", "Rocío", "Pilar", "Ángela", "Itziar",
        ),
        male=(
            "José Luis", "Javier", "Álvaro", "Sergio", "Iñaki", "Rubén", "Andrés", "Adrián",
            "Jesús", "Ramón", "Óscar",
        ),
        family=(
            "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Jiménez", "Muñoz", "Álvarez", "Romero", "Núñez", "Ibáñez",
            "Domínguez", "Vázquez", "Peña", "Ortiz", "Cañizares",
        ),
        phones=("+34 6## ### ###", "+34 7## ### ###"),
        address="{street}, {number}, {postcode} {city}",
        streets=(
            "Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Plaza de España",
            "Calle del Álamo", "Paseo de Gràcia",
        ),
        cities=(
            ("28014", "Madrid"), ("08007", "Barcelona"), ("41001", "Sevilla"),
            ("46001", "València"), ("29001", "Málaga"), ("48001", "Bilbao"),
        ),
        double_family=0.6,
    ),
    _Culture(  # Portuguese and Brazilian
        8,
        female=(
            "Conceição", "Inês", "Beatriz", "Leonor", "Margarida", "Mariana", "Joana", "Sónia",
            "Luísa", "Graça", "Fátima", "Antónia", "Lúcia",
        ),
        male=("João", "Gonçalo", "Tomás", "Sebastião", "António", "Simão", "Rui", "Luís", "Vítor"),
        family=(
            "Gonçalves", "Conceição", "Magalhães", "Araújo", "Simões", "Guimarães", "Brandão",
            "Estêvão", "Loureiro", "Fonseca", "Assunção", "Pereira", "Silva", "Ferreira",
            "Carvalho",
        ),
        phones=("+351 91# ### ###", "+351 96# ### ###", "+55 11 9#### ####"),
        address="{street}, {number}, {postcode} {city}",
        streets=(
            "Rua da Conceição", "Avenida da Liberdade", "Rua de São Bento", "Travessa do Carmo",
            "Rua das Flores",
        ),
        cities=(
            ("1100-148", "Lisboa"), ("4000-322", "Porto"), ("3000-214", "Coimbra"),
            ("8000-150", "Faro"),
        ),
        double_family=0.5,
    ),
    _Culture(  # Scandinavian and Icelandic
        8,
        female=(
            "Åsa", "Ingrid", "Solveig", "Märta", "Signe", "Ragnhild", "Linnéa", "Kristín",
            "Astrid", "Frøydis", "Maja", "Björk", "Sigrún",
        ),
        male=(
            "Øyvind", "Bjørn", "Åke", "Søren", "Pål", "Jørgen", "Håkon", "Anders", "Magnús",
            "Þórður", "Göran", "Mårten",
        ),
        family=(
            "Sørensen", "Østergaard", "Åberg", "Lindqvist", "Bjørnstad", "Hägglund", "Ødegård",
            "Nyström", "Jönsson", "Kjærgaard", "Sæther", "Löfgren", "Dahlberg", "Engström",
            ("Guðmundsson", "Guðmundsdóttir"),
        ),
        phones=("+46 70 ### ## ##", "+47 4## ## ###", "+45 ## ## ## ##", "+354 ### ####"),
        address="{street} {number}, {postcode} {city}",
        streets=("Storgatan", "Kungsgatan", "Østerbrogade", "Strandvägen", "Bjørnsons gate"),
        cities=(
            ("114 55", "Stockholm"), ("411 05", "Göteborg"), ("2100", "København Ø"),
            ("0152", "Oslo"), ("8000", "Aarhus C"), ("101", "Reykjavík"),
        ),
    ),
    _Culture(  # Croatian and Serbian (Latin script)
        4,
        female=("Ivana", "Mirjana", "Snježana", "Željka", "Dragana", "Ljiljana", "Maša"),
        male=("Đorđe", "Matija", "Željko", "Dušan", "Luka", "Nikša"),
        family=(
            "Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Đurić", "Knežević", "Petrović",
            "Šimunović",
        ),
        phones=("+385 9# ### ####", "+381 6# ### ####"),
        address="{street} {number}, {postcode} {city}",
        streets=("Ilica", "Vukovarska", "Šetalište Kneza Višeslava", "Knez Mihailova"),
        cities=(("10000", "Zagreb"), ("21000", "Split"), ("51000", "Rijeka"), ("11000", "Beograd")),
    ),
    _Culture(  # Irish and British
        10,
        female=(
            "Siobhán", "Aoife", "Órla", "Niamh", "Róisín", "Emily", "Charlotte", "Sarah", "Chloë",
            "Zoë",
        ),
        male=("Seán", "Ciarán", "Pádraig", "James", "Oliver", "Thomas", "Eoghan"),
        family=(
            "O'Brien", "O'Connor", "Murphy", "Smith", "Taylor", "Walsh", "Brennan", "Byrne",
            "Ó Murchú", "Mac Giolla Phádraig", "Ní Bhriain", "Fitzgerald-Hart",
        ),
        phones=("+44 7### ######", "07### ######", "+353 8# ### ####"),
        address="{number} {street}, {city} {postcode}",
        streets=(
            "Elm Grove", "Church Road", "Victoria Street", "Station Road", "Harcourt Terrace",
        ),
        cities=(
            ("N1 9GU", "London"), ("SE15 4QL", "London"), ("D02 X285", "Dublin"),
            ("M1 1AE", "Manchester"), ("T12 R2NC", "Cork"),
        ),
    ),
    _Culture(  # Greek
        5,
        female=(
            "Γεωργία", "Ελένη", "Μαρία", "Αικατερίνη", "Σοφία", "Δήμητρα", "Αναστασία", "Βασιλική",
        ),
        male=("Γιώργος", "Δημήτρης", "Νίκος", "Κωνσταντίνος", "Γιάννης", "Αλέξανδρος"),
        family=(
            ("Παπαδόπουλος", "Παπαδοπούλου"), "Νικολάου", "Γεωργίου", "Οικονόμου",
            ("Παππάς", "Παππά"), "Βασιλείου", "Αθανασίου", ("Καραγιάννης", "Καραγιάννη"),
        ),
        phones=("+30 69# ### ####",),
        address="{street} {number}, {postcode} {city}",
        streets=("Ερμού", "Πανεπιστημίου", "Αγίου Δημητρίου", "Τσιμισκή"),
        cities=(("105 63", "Αθήνα"), ("546 24", "Θεσσαλονίκη"), ("262 21", "Πάτρα")),
    ),
    _Culture(  # Russian, Ukrainian, Bulgarian (Cyrillic)
        5,
        female=(
            "Наталья", "Екатерина", "Ольга", "Анастасия", "Ирина", "Юлия", "Светлана", "Оксана",
            "Олена", "Йорданка",
        ),
        male=("Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Іван", "Пётр"),
        family=(
            ("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
            ("Попов", "Попова"), ("Соколов", "Соколова"), "Петренко", "Шевченко",
            ("Волков", "Волкова"), ("Фёдоров", "Фёдорова"), ("Георгиев", "Георгиева"),
        ),
        phones=("+380 6# ### ## ##", "+359 88# ### ###", "+7 9## ###-##-##"),
        address="{street}, {number}, {postcode} {city}",
        streets=("ул. Садовая", "ул. Цветочная", "вул. Хрещатик", "бул. Витоша"),
        cities=(("01001", "Київ"), ("1000", "София"), ("190000", "Санкт-Петербург")),
    ),
)

_EMAIL_DOMAINS = (
    "example.com", "example.org", "example.net", "mail.example.com", "post.example.org",
)
_TRANSLIT = str.maketrans(
    {
        # Greek (after accent folding)
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o",
        # Cyrillic (after accent folding)
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    }
)
_NOT_EMAIL = re.compile(r"[^a-z0-9]")

_PATIENT_NOTES = (
    "Prefers afternoon appointments.", "Referred by a friend.", "Please call rather than text.",
    "Interpreter helpful for consent discussions.", "Likes a reminder the day before.",
    "Works shifts; books at short notice.", "Prefers the same practitioner each time.",
)
_ARCHIVE_REASONS = (
    "Moved abroad.", "Asked us to stop contacting her or him.",
    "Duplicate record; the details live in the other record.",
    "Transferred to another clinic at the patient's request.", "No visit for several years.",
)

_PRACTITIONERS = (
    ("Dr Camille Laurent", "Aesthetic physician"), ("Dr Jonas Weiß", "Aesthetic physician"),
    ("Ewa Nowakowska", "Nurse practitioner"), ("Dr Lucía Ortega Núñez", "Dermatologist"),
    ("Dr Sofia Lindqvist", "Aesthetic physician"), ("Ayşe Demirtaş", "Aesthetic nurse"),
    ("Dr Matěj Horák", "Sports medicine physician"), ("Dr Ioanna Papadaki", "Dermatologist"),
)


_STAFF_TITLES = (
    "Aesthetic physician", "Aesthetic physician", "Dermatologist", "Nurse practitioner",
    "Aesthetic nurse", "Aesthetic nurse", "Sports medicine physician",
)
PATIENTS_PER_PRACTITIONER = 2000
"""A chain's staffing: 100k patients (about 1M sessions over ten years) keep 50 practitioners
busy with about ten sessions a working day each; a small clinic keeps its 4 to 6."""


@dataclass(frozen=True, slots=True)
class _ProductSpec:
    name: str
    manufacturer: str
    solution_type: str
    ingredients: tuple[str, ...]
    lot_prefix: str
    focus: str = ""
    """"face", "body", "hair" or "joint": the kind of area it is meant for ("" = any)."""
    notes: str = ""


_PRODUCTS = (
    _ProductSpec(
        "Lipocontour Body Complex", "Laboratoires Aubrac", "lipolytic",
        ("phosphatidylcholine", "sodium deoxycholate"), "LC", "body",
        "Not for the face. Expect swelling for 2-3 days.",
    ),
    _ProductSpec(
        "Silhouette Drain Cocktail", "Nordvik Pharma", "lipolytic",
        ("caffeine", "L-carnitine", "artichoke extract", "organic silicon"), "SD", "body",
    ),
    _ProductSpec(
        "Celluvia Firming Mix", "Castellan Biolabs", "lipolytic",
        ("caffeine", "centella asiatica", "ginkgo biloba", "L-carnitine"), "CF", "body",
    ),
    _ProductSpec(
        "Radiance C+ Revitalising Cocktail", "Laboratoires Aubrac", "vitamin_mineral",
        ("vitamin C", "vitamin B complex", "zinc", "copper", "magnesium"), "RC", "face",
    ),
    _ProductSpec(
        "Polyvita Glow 12", "Helmsford Dermaceuticals", "vitamin_mineral",
        ("vitamin A", "vitamin E", "vitamin B complex", "hyaluronic acid", "trace minerals"),
        "PG", "face",
    ),
    _ProductSpec(
        "Luminelle Tone Even", "Castellan Biolabs", "vitamin_mineral",
        ("tranexamic acid", "glutathione", "vitamin C"), "LT", "face",
    ),
    _ProductSpec(
        "Capillance Hair Vital", "Nordvik Pharma", "vitamin_mineral",
        ("biotin", "D-panthenol", "zinc", "caffeine", "copper peptide"), "CH", "hair",
    ),
    _ProductSpec(
        "Hydralis HA 1.5%", "Vallerin Medical", "hyaluronic_acid",
        ("hyaluronic acid", "glycerin"), "HA", "face",
    ),
    _ProductSpec(
        "Aquabloom Skin Booster", "Helmsford Dermaceuticals", "hyaluronic_acid",
        ("hyaluronic acid", "mannitol", "lidocaine"), "AB", "face",
        "Contains lidocaine: check allergies.",
    ),
    _ProductSpec(
        "Hydralis Neck & Hands", "Vallerin Medical", "hyaluronic_acid",
        ("hyaluronic acid", "amino acids", "vitamin B complex"), "HN",
    ),
    _ProductSpec(
        "AutoPlasma PRP Kit", "Sanguis Devices", "prp", ("sodium citrate",), "AP", "",
        "Single-use tube and separation kit; the plasma is the patient's own.",
    ),
    _ProductSpec(
        "Arnica Calm Complex", "Herbarium Alpin", "homeopathic",
        ("arnica", "calendula", "witch hazel", "echinacea"), "AC",
    ),
    _ProductSpec(
        "AminoDerm Repair", "Castellan Biolabs", "amino_acid",
        ("glycine", "L-proline", "L-lysine", "L-leucine"), "AD",
    ),
    _ProductSpec(
        "Articalm Joint Solution", "Vallerin Medical", "anti_inflammatory",
        ("procaine", "piroxicam"), "AJ", "joint",
    ),
    _ProductSpec(
        "Movenza Meso Relief", "Nordvik Pharma", "anti_inflammatory",
        ("lidocaine", "ketoprofen", "thiocolchicoside"), "MR", "joint",
        "Contains an NSAID and lidocaine: check allergies and medication.",
    ),
    _ProductSpec(
        "Peptilift Matrix", "Helmsford Dermaceuticals", "peptide",
        ("palmitoyl pentapeptide-4", "acetyl hexapeptide-8", "hyaluronic acid"), "PM", "face",
    ),
    _ProductSpec(
        "Densifique Scalp Peptides", "Laboratoires Aubrac", "peptide",
        ("copper peptide", "biotinoyl tripeptide-1", "biotin"), "DS", "hair",
    ),
    _ProductSpec(
        "Botanica Antiox Serum", "Herbarium Alpin", "plant_extract",
        ("centella asiatica", "green tea extract", "ginkgo biloba", "arnica"), "BA",
    ),
)

_THEMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], int], ...] = (
    # (solution type, areas, indications, weight)
    ("lipolytic", ("abdomen", "flanks_hips"), ("localised_fat",), 8),
    ("lipolytic", ("thighs", "buttocks"), ("cellulite",), 9),
    ("lipolytic", ("thighs",), ("cellulite", "localised_fat"), 4),
    ("lipolytic", ("arms",), ("localised_fat",), 2),
    ("lipolytic", ("abdomen", "flanks_hips", "thighs"), ("localised_fat", "cellulite"), 3),
    ("vitamin_mineral", ("forehead", "cheeks", "perioral"), ("skin_rejuvenation", "dull_skin"), 8),
    ("vitamin_mineral", ("cheeks", "forehead"), ("hyperpigmentation", "sun_damaged_skin"), 4),
    ("vitamin_mineral", ("neck", "decolletage"), ("sun_damaged_skin", "skin_rejuvenation"), 3),
    ("vitamin_mineral", ("hands",), ("skin_rejuvenation",), 2),
    ("vitamin_mineral", ("scalp",), ("hair_loss",), 2),
    ("hyaluronic_acid", ("periorbital", "cheeks"), ("fine_lines", "dry_skin"), 7),
    ("hyaluronic_acid", ("perioral",), ("fine_lines",), 4),
    ("hyaluronic_acid", ("neck", "decolletage"), ("sagging_skin", "dry_skin"), 5),
    ("hyaluronic_acid", ("hands",), ("dry_skin", "skin_rejuvenation"), 2),
    ("hyaluronic_acid", ("forehead", "periorbital", "cheeks"), ("skin_rejuvenation",), 3),
    ("prp", ("scalp",), ("hair_loss",), 6),
    ("prp", ("cheeks", "periorbital"), ("skin_rejuvenation", "scars"), 3),
    ("homeopathic", ("joint_lower_back",), ("chronic_pain",), 2),
    ("homeopathic", ("periorbital",), ("under_eye_bags",), 2),
    ("homeopathic", ("thighs", "buttocks"), ("cellulite",), 1),
    ("amino_acid", ("abdomen", "thighs"), ("stretch_marks",), 3),
    ("amino_acid", ("cheeks",), ("scars", "acne"), 2),
    ("amino_acid", ("neck", "decolletage"), ("sagging_skin",), 2),
    ("anti_inflammatory", ("joint_knee",), ("chronic_pain",), 3),
    ("anti_inflammatory", ("joint_shoulder",), ("chronic_pain",), 2),
    ("anti_inflammatory", ("joint_lower_back",), ("chronic_pain",), 2),
    ("anti_inflammatory", ("joint_elbow", "joint_shoulder"), ("chronic_pain",), 1),
    ("peptide", ("forehead", "periorbital"), ("fine_lines",), 4),
    ("peptide", ("neck", "jawline"), ("sagging_skin",), 3),
    ("peptide", ("scalp",), ("hair_loss",), 3),
    ("plant_extract", ("cheeks", "perioral"), ("rosacea",), 2),
    ("plant_extract", ("cheeks", "jawline"), ("acne",), 2),
    ("plant_extract", ("periorbital",), ("under_eye_bags", "dull_skin"), 2),
    ("plant_extract", ("thighs",), ("cellulite",), 2),
)

# Per kind of area: techniques (weighted), volume range in 1/100 ml (low, steps of 0.05 ml),
# needle gauges.
_NAP, _PAP, _PBP, _LIN = (
    Technique.NAPPAGE.value, Technique.PAPULE.value, Technique.POINT_BY_POINT.value,
    Technique.LINEAR_RETROGRADE.value,
)
_AREA_KINDS: dict[str, tuple[tuple[str, ...], int, int, tuple[int, ...]]] = {
    "face": ((_NAP, _NAP, _NAP, _PAP, _PAP, _PBP), 50, 31, (32, 32, 33, 33, 30)),
    "hair": ((_NAP, _NAP, _PBP), 100, 41, (32, 32, 30)),
    "body": ((_PBP, _PBP, _LIN, _LIN, _NAP), 100, 61, (30, 30, 32)),
    "joint": ((_PBP, _PBP, _PBP, _LIN), 100, 41, (30, 30, 32)),
}
_DEPTHS: dict[str, tuple[float, ...]] = {
    _NAP: (1.0, 1.0, 1.5, 2.0),
    _PAP: (1.0, 1.5, 1.5),
    _PBP: (2.0, 2.5, 3.0, 4.0),
    _LIN: (4.0, 4.5, 5.0, 6.0),
}
_ANAESTHETICS = ("Lidocaine 5% cream", "Lidocaine-prilocaine 2.5% cream", "Tetracaine 4% gel")
_REACTIONS = (
    ("redness",), ("redness",), ("bruising",), ("swelling",), ("redness", "swelling"), ("pain",),
    ("bruising", "swelling"), ("itching",),
)
_SESSION_NOTES = (
    "Tolerated well.", "Fewer points near the eyes at the patient's request.",
    "Photos taken for comparison.", "Patient pleased with progress so far.",
    "Slight bleeding at two points; pressure applied.", "Discussed maintenance plan.",
)
_CANCEL_REASONS = (
    "Patient unwell.", "Rescheduled at the patient's request.", "Practitioner unavailable.",
    "Sunburn on the treatment area.", "Started antibiotics; postponed.",
)

# Medical profile material. Allergen names match product ingredient names on purpose.
_ALLERGIES = (
    ("lidocaine", "rash after dental anaesthetic"), ("procaine", "swelling after an injection"),
    ("arnica", "contact dermatitis from arnica gel"), ("ketoprofen", "photosensitive rash"),
    ("caffeine", "palpitations"), ("biotin", "itchy rash"), ("penicillin", "hives"),
    ("latex", "itching and redness"), ("nickel", "contact eczema"),
    ("chlorhexidine", "local redness"), ("hyaluronic acid", "prolonged swelling after a filler"),
    ("vitamin B complex", "flushing"),
)
_THINNERS = (
    "Aspirin 75 mg daily", "Apixaban 5 mg twice daily", "Rivaroxaban 20 mg daily",
    "Warfarin (dose per INR clinic)", "Clopidogrel 75 mg daily",
)
_MEDICATIONS = (
    "Levothyroxine 50 micrograms daily", "Combined oral contraceptive",
    "Metformin 500 mg twice daily", "Vitamin D 1000 IU daily", "Sertraline 50 mg daily",
    "Ramipril 5 mg daily", "Cetirizine 10 mg as needed",
    "Isotretinoin course finished two years ago",
)
_AUTOIMMUNE = (
    "Hashimoto's thyroiditis, stable on treatment", "Lupus (SLE), in remission",
    "Rheumatoid arthritis", "Coeliac disease",
)
_SKIN = (
    ("Rosacea on the cheeks", ("cheeks",)),
    ("Eczema on the hands", ("hands",)),
    ("Psoriasis on elbows and knees", ("joint_elbow", "knees")),
    ("Active acne along the jawline", ("jawline",)),
    ("Seborrhoeic dermatitis of the scalp", ("scalp",)),
)
_PROFILE_NOTES = (
    "Fainted once during a blood test; treat lying down.", "Smoker, about ten a day.",
    "Had a chemical peel three months ago.", "Prefers numbing cream.",
)

_AE_DETAILS: dict[str, tuple[str, str]] = {
    # code -> (description, action taken)
    "bruising": ("Extensive bruising over the treated area.", "Cold compresses; reviewed after three days."),
    "swelling": ("Marked swelling lasting longer than expected.", "Cold compresses; review."),
    "pain": ("Pain beyond the usual few days.", "Paracetamol advised; reviewed by phone."),
    "allergic_reaction": (
        "Itchy wheals around the injection points the same evening.",
        "Oral antihistamine; product ingredients checked against the record.",
    ),
    "infection": (
        "Warm, tender red area with a small pustule at one point.",
        "Seen in clinic; referred to the GP for antibiotics.",
    ),
    "nerve_damage": (
        "Tingling and numbness near the treated area.",
        "Examined; referred for neurological review.",
    ),
    "uneven_results": ("Patient reports an uneven contour.", "Reviewed; touch-up planned."),
    "skin_irregularities": ("Small irregularities in skin texture.", "Massage advice; review."),
    "scarring": ("Small raised mark at one injection point.", "Silicone gel; dermatology review."),
    "lumps": ("Small firm lumps under the skin.", "Massage advice; review in two weeks."),
    "systemic_reaction": (
        "Dizziness and nausea shortly after the session.",
        "Observed lying down until well; advised to eat and drink.",
    ),
}
_AE_CODES = (
    ("bruising", 10), ("swelling", 8), ("allergic_reaction", 8), ("lumps", 8),
    ("pain", 5), ("uneven_results", 5), ("skin_irregularities", 4), ("systemic_reaction", 6),
    ("infection", 3), ("nerve_damage", 1), ("scarring", 1),
)
# fmt: on
_AE_RATE = 0.004
"""Share of done sessions that lead to a recorded adverse event."""


# --- generation -----------------------------------------------------------------------------


def _bag(weighted: Iterable[tuple[Any, int]]) -> tuple[Any, ...]:
    """A tuple with each item repeated by its weight: ``bag[int(random() * len(bag))]``."""
    return tuple(item for item, weight in weighted for _ in range(weight))


def _email_part(name: str, cache: dict[str, str]) -> str:
    part = cache.get(name)
    if part is None:
        folded = "".join(words(name)).replace("ου", "ou")
        part = _NOT_EMAIL.sub("", folded.translate(_TRANSLIT)) or "patient"
        cache[name] = part
    return part


@dataclass(slots=True)
class _Theme:
    solution_type_id: int
    solution_type_name: str
    interval: int
    sessions: int
    maintenance: int
    area_codes: list[str]
    area_ids: list[int]
    area_kinds: list[str]
    indications: list[str]
    title: str
    products: list[int]
    """Indexes into the generator's product list."""
    indications_json: str = "[]"
    areas_json: str = "[]"

    def __post_init__(self) -> None:
        self.indications_json = json.dumps(self.indications)
        self.areas_json = json.dumps(self.area_codes)


class _Generator:
    """Builds the rows; all randomness comes from one ``random.Random(seed)``."""

    def __init__(self, context: DemoContext, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today.toordinal()
        self.ids = dict.fromkeys(_ID_TABLES, 1)
        self.ids.update(context.first_ids or {})
        zone = ZoneInfo(context.time_zone)
        # Day strings and UTC offsets (at local noon, so exact for opening hours) for every
        # day the demo can touch.
        self.base = self.today - HISTORY_DAYS - 400
        last = self.today + 1500
        self.iso: list[str] = []
        self.offset: list[int] = []
        for ordinal in range(self.base, last):
            day = date.fromordinal(ordinal)
            self.iso.append(day.isoformat())
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()
            self.offset.append(int(noon.total_seconds()) // 60 if noon is not None else 0)
        self.hm = [f"{m // 60:02d}:{m % 60:02d}" for m in range(1440)]
        self.email_cache: dict[str, str] = {}
        self.name_terms: dict[tuple[str, str], tuple[list[str], str, list[str]]] = {}
        self.cultures = _bag((c, c.weight) for c in _CULTURES)

        self.context = context
        self.checklist_json = json.dumps(all_ticked())
        self.practitioners: list[tuple[int, str]] = []
        self.product_ids: list[int] = []
        self.product_ingredients: list[frozenset[str]] = []
        self.lot_on: list[list[int | None]] = []
        self.themes: list[_Theme] = []
        self.theme_bag: tuple[int, ...] = ()
        side_effects = context.side_effects
        self.reactions = tuple(
            json.dumps(list(r)) for r in _REACTIONS if all(c in side_effects for c in r)
        ) or ("[]",)
        self.ae_codes: tuple[str, ...] = _bag(
            (code, w) for code, w in _AE_CODES if code in side_effects
        ) or tuple(side_effects)

    # -- helpers ------------------------------------------------------------------------------

    def _next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def stamp(self, day: int, minute: int, salt: int = 0) -> str:
        """Naive-UTC storage text of local ``minute`` on local ``day`` (an ordinal)."""
        index = day - self.base
        total = index * 1440 + minute - self.offset[index]
        utc_index, utc_minute = divmod(total, 1440)
        if not salt:
            return f"{self.iso[utc_index]} {self.hm[utc_minute]}:00.000000"
        return (
            f"{self.iso[utc_index]} {self.hm[utc_minute]}:{salt % 60:02d}."
            f"{salt * 7919 % 1000000:06d}"
        )

    def day_iso(self, day: int) -> str:
        return self.iso[day - self.base]

    # -- clinic: practitioners, products, lots -----------------------------------------------

    def _more_staff(self, count: int, taken: set[str]) -> list[tuple[str, str]]:
        """Further practitioners with names from the patients' cultures, none repeated."""
        r = self.rng.random
        out: list[tuple[str, str]] = []
        while len(out) < count:
            culture: _Culture = self.cultures[int(r() * len(self.cultures))]
            female = r() < 0.7
            names = culture.female if female else culture.male
            given = names[int(r() * len(names))]
            choice = culture.family[int(r() * len(culture.family))]
            family = choice if isinstance(choice, str) else choice[1 if female else 0]
            title = _STAFF_TITLES[int(r() * len(_STAFF_TITLES))]
            name = (
                f"Dr {given} {family}"
                if "physician" in title or title == "Dermatologist"
                else (f"{given} {family}")
            )
            if name not in taken:
                taken.add(name)
                out.append((name, title))
        return out

    def clinic(self, patients: int = 0) -> tuple[RowChunk, RowChunk, RowChunk]:
        rng = self.rng
        opened = self.today - HISTORY_DAYS - 90
        chosen = rng.sample(range(len(_PRACTITIONERS)), rng.randint(4, 6))
        staff = [_PRACTITIONERS[index] for index in sorted(chosen)]
        staff += self._more_staff(
            patients // PATIENTS_PER_PRACTITIONER - len(staff), {n for n, _ in staff}
        )
        practitioner_rows: list[Row] = []
        for k, (name, title) in enumerate(staff):
            pid = self._next_id("practitioner")
            created = self.stamp(opened + 3 * (k % 20), 600 + 7 * (k % 40), pid)
            practitioner_rows.append((pid, name, title, created, None))
            self.practitioners.append((pid, name))

        types = self.context.solution_types
        product_rows: list[Row] = []
        lot_rows: list[list[Any]] = []
        specs = [p for p in _PRODUCTS if p.solution_type in types]
        lot_ranges: list[list[tuple[int, int, int]]] = []  # (received, expiry, lot id)
        for spec in specs:
            product_id = self._next_id("product")
            st = types[spec.solution_type]
            first_received = self.today - 1650 - int(rng.random() * 120)
            created_day = first_received - 20
            product_rows.append(
                (
                    product_id,
                    spec.name,
                    spec.manufacturer,
                    st.id,
                    json.dumps(list(spec.ingredients)),
                    spec.notes,
                    self.stamp(created_day, 660, product_id),
                    None,
                )
            )
            self.product_ids.append(product_id)
            self.product_ingredients.append(frozenset(spec.ingredients))
            count = rng.randint(2, 4)
            step = (self.today - 30 - first_received) // count
            ranges = []
            for j in range(count):
                received = first_received + j * step + int(rng.random() * 40)
                if j == count - 1:
                    received = min(received, self.today - 20)
                made = received - 30 - int(rng.random() * 60)
                shelf = 900 + int(rng.random() * 280)
                expiry = max(made + shelf, received + step + 45)
                lot_id = self._next_id("product_lot")
                lot_number = f"{spec.lot_prefix}{date.fromordinal(made):%y-%m%d}"
                left = 0 if expiry < self.today else 10 + int(rng.random() * 60)
                ranges.append((received, expiry, lot_id))
                lot_rows.append(
                    [
                        lot_id,
                        product_id,
                        lot_number,
                        expiry,
                        float(left),
                        self.day_iso(received),
                        self.stamp(received, 600 + j, lot_id),
                        None,
                    ]
                )
            lot_ranges.append(ranges)
        # A few lots expire within the next 30 days, so the warnings have something to show.
        older = [(i, len(r) - 2) for i, r in enumerate(lot_ranges) if len(r) >= 3]
        for i, j in rng.sample(older, min(3, len(older))):
            received, _expiry, lot_id = lot_ranges[i][j]
            lot_ranges[i][j] = (received, self.today + 3 + int(rng.random() * 25), lot_id)
        by_id = {row[0]: row for row in lot_rows}
        for ranges in lot_ranges:
            for _received, expiry, lot_id in ranges:
                by_id[lot_id][3] = expiry
        # The lot in use on each day: the most recently received one that has not expired.
        span = self.today + 1 - self.base
        for ranges in lot_ranges:
            in_use: list[int | None] = [None] * span
            for received, expiry, lot_id in ranges:
                for day in range(max(received, self.base), min(expiry, self.today) + 1):
                    in_use[day - self.base] = lot_id
            self.lot_on.append(in_use)
        final_lots: list[Row] = []
        for row in lot_rows:
            row[3] = date.fromordinal(row[3]).isoformat()
            final_lots.append(tuple(row))

        self._build_themes(specs)
        return (
            RowChunk("practitioner", COLUMNS["practitioner"], practitioner_rows),
            RowChunk("product", COLUMNS["product"], product_rows),
            RowChunk("product_lot", COLUMNS["product_lot"], final_lots),
        )

    def _build_themes(self, specs: Sequence[_ProductSpec]) -> None:
        ctx = self.context
        weights: list[tuple[int, int]] = []
        for st_code, area_codes, indication_codes, weight in _THEMES:
            st = ctx.solution_types.get(st_code)
            codes = [a for a in area_codes if a in ctx.areas]
            if st is None or not codes:
                continue
            kinds = [self._kind(a) for a in codes]
            focus = "hair" if "hair" in kinds else "joint" if "joint" in kinds else ""
            focus = focus or ("face" if kinds[0] == "face" else "body")
            same_type = [i for i, p in enumerate(specs) if p.solution_type == st_code]
            products = [i for i in same_type if specs[i].focus in (focus, "")] or same_type
            indications = [c for c in indication_codes if c in ctx.indications]
            heading = ctx.indications[indications[0]] if indications else st.name
            title = f"{heading}: {', '.join(ctx.areas[a][1] for a in codes)}"
            weights.append((len(self.themes), weight))
            self.themes.append(
                _Theme(
                    st.id,
                    st.name,
                    max(1, st.interval_days),
                    max(2, st.sessions),
                    st.maintenance_days,
                    codes,
                    [ctx.areas[a][0] for a in codes],
                    kinds,
                    indications,
                    title,
                    products,
                )
            )
        if not self.themes:  # an unfamiliar catalog: one theme per solution type
            first_area = next(iter(ctx.areas))
            for code, st in ctx.solution_types.items():
                same_type = [i for i, p in enumerate(specs) if p.solution_type == code]
                weights.append((len(self.themes), 1))
                self.themes.append(
                    _Theme(
                        st.id, st.name, max(1, st.interval_days), max(2, st.sessions),
                        st.maintenance_days, [first_area], [ctx.areas[first_area][0]],
                        [self._kind(first_area)], [], st.name, same_type,
                    )
                )  # fmt: skip
        self.theme_bag = _bag(weights)

    def _kind(self, area_code: str) -> str:
        if area_code == "scalp":
            return "hair"
        if area_code.startswith("joint_") or area_code == "knees":
            return "joint"
        return "face" if self.context.areas[area_code][2] == "face" else "body"

    # -- patients -----------------------------------------------------------------------------

    def patients(
        self, count: int, chunk_size: int = CHUNK_PATIENTS
    ) -> Iterator[tuple[int, tuple[RowChunk, ...]]]:
        """Batches of (patients done, chunks); the first patient is the 500-session one."""
        done = 0
        while done < count:
            size = min(chunk_size, count - done)
            out: dict[str, list[Row]] = {
                t: [] for t in COLUMNS if t not in ("practitioner", "product", "product_lot")
            }
            for index in range(done, done + size):
                self._patient(out, showcase=index == 0)
            done += size
            yield done, tuple(RowChunk(t, COLUMNS[t], rows) for t, rows in out.items())

    def _session_count(self) -> int:
        r = self.rng.random()
        if r < 0.03:
            return 0
        mean = 27.0 if r > 0.85 else 7.0
        return 1 + int(self.rng.expovariate(1.0 / mean))

    def _patient(self, out: dict[str, list[Row]], *, showcase: bool) -> None:
        rng = self.rng
        r = rng.random
        today = self.today
        pid = self._next_id("patient")

        # Who they are.
        culture: _Culture = self.cultures[int(r() * len(self.cultures))]
        x = r()
        sex = "female" if x < 0.82 else "male" if x < 0.98 else "other" if x < 0.99 else None
        female = sex == "female" or (sex is None and r() < 0.5) or (sex == "other" and r() < 0.5)
        names = culture.female if female else culture.male
        given = names[int(r() * len(names))]
        family_choice = culture.family[int(r() * len(culture.family))]
        family = (
            family_choice if isinstance(family_choice, str) else family_choice[1 if female else 0]
        )
        if culture.double_family and r() < culture.double_family:
            second = culture.family[int(r() * len(culture.family))]
            second_name = second if isinstance(second, str) else second[1 if female else 0]
            if second_name != family:
                family = f"{family} {second_name}"
        if showcase:  # a fixed, findable long-standing patient
            culture = _CULTURES[0]
            given, family, sex, female = "Hélène", "Lefèvre-Dąbrowska", "female", True
        template = culture.phones[int(r() * len(culture.phones))]
        width = template.count("#")
        number = f"{int(r() * 10**width):0{width}d}"
        phone = template.replace("#", "{}").format(*number) if r() > 0.03 else ""

        # Their history: blocks of sessions (courses or single visits), days relative to the
        # first session.
        n = 500 if showcase else self._session_count()
        allergies: list[tuple[str, str]] = []
        has_profile = showcase or r() < 0.86
        if has_profile and r() < 0.15:
            allergies.append(_ALLERGIES[int(r() * len(_ALLERGIES))])
            if r() < 0.25:
                extra = _ALLERGIES[int(r() * len(_ALLERGIES))]
                if extra[0] != allergies[0][0]:
                    allergies.append(extra)
        allergens = frozenset(a for a, _ in allergies)
        main_practitioner = self.practitioners[int(r() * len(self.practitioners))]
        rel_days: list[int] = []
        slots_pref: list[int] = []
        blocks: list[tuple[_Theme, int, tuple[int, str], int, int, int]] = []
        # (theme, product index or -1, practitioner, planned sessions or 0, first, count)
        rel = 0
        themes, theme_bag = self.themes, self.theme_bag
        while len(rel_days) < n:
            theme = themes[theme_bag[int(r() * len(theme_bag))]]
            candidates = theme.products
            if allergens:
                candidates = [
                    p for p in candidates if not (self.product_ingredients[p] & allergens)
                ]
            product = candidates[int(r() * len(candidates))] if candidates else -1
            practitioner = (
                main_practitioner
                if r() < 0.8
                else self.practitioners[int(r() * len(self.practitioners))]
            )
            remaining = n - len(rel_days)
            first = len(rel_days)
            if remaining >= 2 and r() < 0.7:
                planned = max(2, theme.sessions + (-1, 0, 0, 0, 1, 2)[int(r() * 6)])
                count = min(planned, remaining)
                slot = int(r() * 39) if r() < 0.7 else -1
                interval = theme.interval
                for k in range(count):
                    day = rel + k * interval
                    if k and r() < 0.15:
                        day += (-2, -1, 1, 2, 3)[int(r() * 5)]
                    rel_days.append(day)
                    slots_pref.append(slot)
                blocks.append((theme, product, practitioner, planned, first, count))
                rel = rel_days[-1] + 30 + int(r() * 150)
            else:
                rel_days.append(rel)
                slots_pref.append(-1)
                blocks.append((theme, product, practitioner, 0, first, 1))
                rel += 21 + int(r() * 160)
            if showcase:  # a loyal regular: short gaps between her courses
                rel = rel_days[-1] + 7 + int(r() * 10)

        # Where the history sits on the calendar.
        archived = not showcase and r() < 0.02
        span = rel_days[-1] if rel_days else 0
        if span > HISTORY_DAYS:
            scaled: list[int] = []
            for day in rel_days:
                value = day * HISTORY_DAYS // span
                scaled.append(max(value, scaled[-1] + 1) if scaled else value)
            rel_days, span = scaled, scaled[-1]
        if showcase:
            last = today + 21
        elif archived:
            last = today - 60 - int(r() * r() * 1500)
        elif r() < 0.15:  # booked in: their next visit is in the coming three months
            last = today + 1 + int(r() * 90)
        else:  # last seen within five years, more often recently (a falling, spike-free slope)
            last = today - int(1800 * (1 - math.sqrt(1 - r())))
        start = max(last - span, today - HISTORY_DAYS)
        days: list[int] = []
        for rel_day in rel_days:
            day = start + rel_day
            if (day - 1) % 7 == 6:  # closed on Sunday: Monday to Wednesday instead
                day += 1 + int(r() * 3)
            days.append(day)
        created_day = (days[0] - int(r() * 21)) if days else today - int(r() * 120)
        if created_day > today:  # booked ahead: registered in the last few weeks
            created_day = today - int(r() * 30)
        created = self.stamp(created_day, 540 + int(r() * 570), pid)

        # Personal details that depend on the dates.
        years_back = (today - created_day) / 365.2425
        min_age = 18 + math.ceil(years_back)
        age = rng.triangular(min_age, 80.9, max(min_age, 38)) if min_age < 80 else 80.0
        dob = date.fromordinal(today - int(age * 365.2425)).isoformat()
        if r() < 0.88:
            g = _email_part(given, self.email_cache)
            f = _email_part(family, self.email_cache)
            pattern = int(r() * 4)
            local = (
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{g}{f}{dob[2:4]}",
                f"{f}.{g}",
            )[pattern]
            email = f"{local}@{_EMAIL_DOMAINS[int(r() * len(_EMAIL_DOMAINS))]}"
        else:
            email = ""
        address = ""
        if r() < 0.4:
            postcode, city = culture.cities[int(r() * len(culture.cities))]
            address = culture.address.format(
                number=1 + int(r() * 120),
                street=culture.streets[int(r() * len(culture.streets))],
                postcode=postcode,
                city=city,
            )
        notes = _PATIENT_NOTES[int(r() * len(_PATIENT_NOTES))] if r() < 0.08 else ""
        archived_at = None
        archive_reason = ""
        updated = created
        if archived:
            archived_day = min(max(last, created_day) + 30 + int(r() * 400), today - 1)
            archived_at = self.stamp(archived_day, 540 + int(r() * 570), pid + 1)
            archive_reason = _ARCHIVE_REASONS[int(r() * len(_ARCHIVE_REASONS))]
            updated = archived_at

        # Medical profile versions.
        if has_profile:
            self._profiles(out, pid, created_day, created, days, allergies, female, age, archived)

        names_key = (given, family)
        cached = self.name_terms.get(names_key)
        if cached is None:
            # search_terms() is names + phone; the name part repeats, so it is cached.
            name_only = search_terms(given, family, "")
            cached = (name_only, sort_key(family, given), list_prefixes(name_only))
            self.name_terms[names_key] = cached
        terms, key, prefixes = cached
        out["patient"].append(
            (
                pid,
                given,
                family,
                dob,
                sex,
                phone,
                email,
                address,
                notes,
                key,
                created,
                updated,
                archived_at,
                archive_reason,
            )
        )
        term_rows = out["patient_search_term"]
        for term in dict.fromkeys(terms + search_terms("", "", phone)):
            term_rows.append((term, pid))
        if archived_at is None:
            prefix_rows = out["patient_list_prefix"]
            for prefix in prefixes:
                prefix_rows.append((prefix, key, pid))

        if n:
            can_numb = not (allergens & {"lidocaine", "procaine"})
            self._sessions(out, pid, created_day, blocks, days, slots_pref, can_numb)

    def _profiles(
        self,
        out: dict[str, list[Row]],
        pid: int,
        created_day: int,
        created: str,
        days: list[int],
        allergies: list[tuple[str, str]],
        female: bool,
        age: float,
        archived: bool,
    ) -> None:
        r = self.rng.random
        practitioner = self.practitioners[int(r() * len(self.practitioners))][1]
        allergies_text = "; ".join(f"{a.capitalize()}: {what}" for a, what in allergies)
        allergens = json.dumps(sorted(a for a, _ in allergies))
        thinners = r() < 0.05
        medications = []
        if thinners:
            medications.append(_THINNERS[int(r() * len(_THINNERS))])
        if r() < 0.22:
            medications.append(_MEDICATIONS[int(r() * len(_MEDICATIONS))])
        autoimmune = r() < 0.02
        autoimmune_notes = _AUTOIMMUNE[int(r() * len(_AUTOIMMUNE))] if autoimmune else ""
        keloid = int(r() < 0.02)
        skin_text = ""
        skin_areas: tuple[str, ...] = ()
        if r() < 0.06:
            skin_text, skin_areas = _SKIN[int(r() * len(_SKIN))]
        anxiety = int(r() < 0.06)
        notes = _PROFILE_NOTES[int(r() * len(_PROFILE_NOTES))] if r() < 0.05 else ""
        version: list[Any] = [
            self._next_id("medical_profile"),
            pid,
            created,
            practitioner,
            allergies_text,
            allergens,
            "; ".join(medications),
            int(thinners),
            int(autoimmune),
            autoimmune_notes,
            keloid,
            skin_text,
            json.dumps([a for a in skin_areas if a in self.context.areas]),
            0,
            anxiety,
            notes,
        ]
        out["medical_profile"].append(tuple(version))
        # Some patients have a later version: a pregnancy (after the last treatment) or a
        # change of medication.
        last_visit = max([d for d in days if d <= self.today], default=created_day)
        if archived or r() >= 0.12 or last_visit >= self.today - 14:
            return
        day = min(last_visit + 7 + int(r() * 90), self.today - 1)
        recorded = self.stamp(day, 540 + int(r() * 570), pid + 2)
        pregnant = female and age < 45 and all(d < day for d in days) and r() < 0.5
        version[0] = self._next_id("medical_profile")
        version[2] = recorded
        if pregnant:
            version[13] = 1
            version[15] = "Pregnant: no treatment until after pregnancy and breastfeeding."
        else:
            medication = _MEDICATIONS[int(r() * len(_MEDICATIONS))]
            version[6] = "; ".join([*medications, medication]) if medications else medication
        out["medical_profile"].append(tuple(version))

    def _sessions(
        self,
        out: dict[str, list[Row]],
        pid: int,
        created_day: int,
        blocks: list[tuple[_Theme, int, tuple[int, str], int, int, int]],
        days: list[int],
        slots_pref: list[int],
        can_numb: bool,
    ) -> None:
        r = self.rng.random
        today = self.today
        stamp = self.stamp
        base = self.base
        session_rows = out["treatment_session"]
        line_rows = out["session_treatment"]
        course_rows = out["course"]
        event_rows = out["adverse_event"]
        product_ids = self.product_ids
        lot_on = self.lot_on
        reactions = self.reactions
        done_s, planned_s = SessionStatus.DONE.value, SessionStatus.PLANNED.value
        cancelled_s, no_show_s = SessionStatus.CANCELLED.value, SessionStatus.NO_SHOW.value
        ids = self.ids
        checklist_json = self.checklist_json
        consent_template_id = self.context.consent_template_id
        session_id = ids["treatment_session"]
        line_id = ids["session_treatment"]
        for theme, product, practitioner, planned, first, count in blocks:
            course_id = None
            block_days = days[first : first + count]
            if planned:
                course_id = self._next_id("course")
                slot = slots_pref[first]
                first_day = block_days[0]
                last_day = block_days[-1]
                if first_day >= today:
                    status = CourseStatus.PLANNED.value
                elif last_day >= today:
                    status = CourseStatus.IN_PROGRESS.value
                elif count >= planned:
                    status = CourseStatus.COMPLETED.value
                elif today - last_day <= 2 * theme.interval:
                    status = CourseStatus.IN_PROGRESS.value
                else:
                    status = CourseStatus.ABANDONED.value
                booked = min(max(first_day - 1 - int(r() * 10), created_day), today)
                course_rows.append(
                    (
                        course_id,
                        pid,
                        theme.title,
                        theme.solution_type_id,
                        practitioner[0],
                        theme.indications_json,
                        theme.areas_json,
                        planned,
                        theme.interval,
                        theme.maintenance,
                        (first_day - 1) % 7 if slot >= 0 else None,
                        self.hm[540 + 15 * slot] if slot >= 0 else None,
                        self.iso[first_day - base],
                        status,
                        "",
                        stamp(booked, 540 + int(r() * 570), course_id),
                        None,
                    )
                )
            product_id = product_ids[product] if product >= 0 else None
            in_use = lot_on[product] if product >= 0 else None
            n_areas = len(theme.area_ids)
            most_lines = min(3, n_areas)
            for k, day in enumerate(block_days):
                slot = slots_pref[first + k]
                if slot < 0 or r() < 0.15:
                    slot = int(r() * 39)
                weekday = (day - 1) % 7
                if weekday == 5:  # Saturday mornings only
                    slot %= 16
                minute = 540 + 15 * slot
                duration = (30, 45, 45, 60)[int(r() * 4)]
                booked_day = min(max(day - 1 - int(r() * 20), created_day), today)
                created = stamp(booked_day, 540 + int(r() * 570), session_id)
                reason = ""
                reaction = "[]"
                note = ""
                lot_day = -1
                ticked = consent_id = consented = None
                if day < today:
                    x = r()
                    if x < 0.91:
                        status = done_s
                        updated = stamp(day, minute + duration + 5 + int(r() * 20), session_id)
                        if r() < 0.3:
                            reaction = reactions[int(r() * len(reactions))]
                        if r() < 0.05:
                            note = _SESSION_NOTES[int(r() * len(_SESSION_NOTES))]
                        lot_day = day - base
                        # A few records stay incomplete, as in any real clinic's history.
                        if r() < 0.985:
                            ticked = checklist_json
                        if r() < 0.985:
                            consent_id = consent_template_id
                            consented = stamp(day, minute - 5)
                    elif x < 0.96:
                        status = cancelled_s
                        reason = _CANCEL_REASONS[int(r() * len(_CANCEL_REASONS))]
                        cancel_day = max(day - int(r() * 3), booked_day)
                        updated = stamp(cancel_day, 540 + int(r() * 570), session_id + 1)
                        if updated < created:
                            updated = created
                    else:
                        status = no_show_s
                        updated = stamp(day, minute + duration + 30, session_id)
                else:
                    status = planned_s
                    updated = created
                numbed = can_numb and theme.area_kinds[0] == "face" and r() < 0.2
                session_rows.append(
                    (
                        session_id,
                        pid,
                        course_id,
                        practitioner[0],
                        stamp(day, minute),
                        duration,
                        status,
                        reason,
                        int(numbed),
                        _ANAESTHETICS[int(r() * len(_ANAESTHETICS))] if numbed else "",
                        reaction,
                        note,
                        created,
                        updated,
                        ticked,
                        consent_id,
                        consented if consent_id is not None else None,
                        None,
                        "",
                        "",
                        None,
                    )
                )
                lot_id = in_use[lot_day] if in_use is not None and lot_day >= 0 else None
                for position in range(1 + int(r() * most_lines)):
                    kind = theme.area_kinds[position]
                    techniques, low, steps, gauges = _AREA_KINDS[kind]
                    technique = techniques[int(r() * len(techniques))]
                    depths = _DEPTHS[technique]
                    line_rows.append(
                        (
                            line_id,
                            session_id,
                            position,
                            theme.area_ids[position],
                            theme.solution_type_id,
                            product_id,
                            lot_id,
                            (low + 5 * int(r() * steps)) / 100,
                            technique,
                            depths[int(r() * len(depths))],
                            gauges[int(r() * len(gauges))],
                        )
                    )
                    line_id += 1
                if status == done_s and self.ae_codes and r() < _AE_RATE:
                    event_rows.append(self._adverse_event(session_id, pid, day))
                session_id += 1
        ids["treatment_session"] = session_id
        ids["session_treatment"] = line_id

    def _adverse_event(self, session_id: int, pid: int, day: int) -> Row:
        r = self.rng.random
        code = self.ae_codes[int(r() * len(self.ae_codes))]
        description, action = _AE_DETAILS.get(
            code, (f"{self.context.side_effects[code][0]} after the session.", "Reviewed.")
        )
        x = r()
        severity = (
            Severity.MILD.value
            if x < 0.65
            else Severity.MODERATE.value
            if x < 0.95
            else Severity.SEVERE.value
        )
        onset = min(day + int(r() * 3), self.today)
        follow_up = onset + 7 if r() < 0.6 else None
        resolved = None
        outcome = ""
        if onset < self.today - 30 and r() < 0.92:
            resolved = min(onset + 2 + int(r() * 25), self.today - 1)
            outcome = "Resolved fully." if r() < 0.85 else "Resolved with minor residual marks."
        elif onset >= self.today - 30:
            outcome = "Improving." if r() < 0.5 else ""
        reported = 1 if severity == Severity.SEVERE.value else 0 if x >= 0.65 else None
        return (
            self._next_id("adverse_event"),
            session_id,
            pid,
            code,
            self.iso[onset - self.base],
            severity,
            description,
            action,
            self.iso[follow_up - self.base] if follow_up is not None else None,
            outcome,
            self.iso[resolved - self.base] if resolved is not None else None,
            reported,
            self.stamp(onset, 600 + int(r() * 480), session_id),
        )


def demo_batches(
    context: DemoContext,
    *,
    patients: int,
    seed: int = 1,
    today: date | None = None,
    chunk_patients: int = CHUNK_PATIENTS,
) -> Iterator[DemoBatch]:
    """The demo rows in insert order: first the clinic, then one batch per patient chunk."""
    if patients < 0:
        raise ValidationFailed({"patients": "The number of patients cannot be negative."})
    generator = _Generator(context, seed, today or date.today())
    yield DemoBatch("clinic", 1, 1, generator.clinic(patients))
    for done, chunks in generator.patients(patients, max(1, chunk_patients)):
        yield DemoBatch("patients", done, patients, chunks)


def demo_rows(
    context: DemoContext,
    *,
    patients: int,
    seed: int = 1,
    today: date | None = None,
    chunk_patients: int = CHUNK_PATIENTS,
) -> Iterator[RowChunk]:
    """The same rows as ``demo_batches``, one table chunk at a time (for benchmarks)."""
    for batch in demo_batches(
        context, patients=patients, seed=seed, today=today, chunk_patients=chunk_patients
    ):
        yield from batch.chunks


# --- writing --------------------------------------------------------------------------------


def insert_sql(table: str, columns: Sequence[str], dialect: Any = None) -> str:
    """The positional INSERT statement for a chunk (qmark style for SQLite)."""
    from sqlalchemy.dialects import sqlite

    target = Base.metadata.tables[table]
    compiled = insert(target).compile(
        dialect=dialect or sqlite.dialect(), column_keys=list(columns)
    )
    if list(compiled.positiontup or ()) != list(columns):
        raise ValueError(f"{table}: the demo columns are not in table order")
    return str(compiled)


def _converters(table: str, columns: Sequence[str]) -> list[Callable[[Any], Any] | None]:
    """Per column, how to turn the SQLite storage form back into a Python value."""
    target = Base.metadata.tables[table]
    out: list[Callable[[Any], Any] | None] = []
    for name in columns:
        kind = target.c[name].type
        if isinstance(kind, DateTime):
            out.append(datetime.fromisoformat)
        elif isinstance(kind, Date):
            out.append(date.fromisoformat)
        elif isinstance(kind, Numeric):
            out.append(lambda v: Decimal(str(v)))
        elif isinstance(kind, Boolean):
            out.append(bool)
        elif isinstance(kind, JSON):
            out.append(json.loads)
        else:
            out.append(None)
    return out


class RowWriter:
    """Inserts row chunks on one connection, inside the caller's transaction.

    The fast path is SQLite-only: the driver's ``executemany`` of plain tuples in the
    storage form above, which is what SQLAlchemy itself would send. Other databases go
    through a Core ``insert()`` with converted values, slower but portable.
    """

    def __init__(self, conn: Connection, *, raw: bool | None = None) -> None:
        self.conn = conn
        self.raw = conn.dialect.name == "sqlite" if raw is None else raw
        self.sql: dict[str, str] = {}

    def write(self, chunk: RowChunk) -> None:
        if not chunk.rows:
            return
        if self.raw:
            sql = self.sql.get(chunk.table)
            if sql is None:
                sql = self.sql[chunk.table] = insert_sql(
                    chunk.table, chunk.columns, self.conn.dialect
                )
            self.conn.exec_driver_sql(sql, chunk.rows)
            return
        converters = _converters(chunk.table, chunk.columns)
        params = [
            {
                name: (value if convert is None or value is None else convert(value))
                for name, convert, value in zip(chunk.columns, converters, row, strict=True)
            }
            for row in chunk.rows
        ]
        self.conn.execute(insert(Base.metadata.tables[chunk.table]), params)


def write_rows(s: Session, chunks: Iterable[RowChunk], *, raw: bool | None = None) -> Counter[str]:
    """Insert ``chunks`` in the session's transaction; returns the row count per table."""
    writer = RowWriter(s.connection(), raw=raw)
    counts: Counter[str] = Counter()
    for chunk in chunks:
        writer.write(chunk)
        counts[chunk.table] += len(chunk.rows)
    return counts


def _summary(counts: Mapping[str, int]) -> DemoSummary:
    return DemoSummary(
        patients=counts.get("patient", 0),
        sessions=counts.get("treatment_session", 0),
        treatments=counts.get("session_treatment", 0),
        products=counts.get("product", 0),
        lots=counts.get("product_lot", 0),
        practitioners=counts.get("practitioner", 0),
        courses=counts.get("course", 0),
        adverse_events=counts.get("adverse_event", 0),
    )


def seed_demo(
    db: Database,
    *,
    patients: int,
    seed: int = 1,
    progress: ProgressFn | None = None,
    actor: str = "seed-demo",
    today: date | None = None,
) -> DemoSummary:
    """Fill an already migrated database (catalog loaded) with a demo clinic.

    One transaction holds the rows and their single summary audit row: a failure leaves
    nothing behind. ``progress(stage, done, total)`` is called after each batch.
    """
    if patients < 0:
        raise ValidationFailed({"patients": "The number of patients cannot be negative."})
    with db.begin() as s:
        context = demo_context(s)
        writer = RowWriter(s.connection())
        counts: Counter[str] = Counter()
        for batch in demo_batches(context, patients=patients, seed=seed, today=today):
            for chunk in batch.chunks:
                writer.write(chunk)
                counts[chunk.table] += len(chunk.rows)
            if progress is not None:
                progress(batch.stage, batch.done, batch.total)
        recount_list_prefixes(s)
        summary = _summary(counts)
        audit.record(
            s,
            actor=actor,
            action=AuditAction.SEED.value,
            entity="demo",
            entity_id=None,
            after=asdict(summary),
        )
    if progress is not None:
        progress("saved", 1, 1)
    return summary
