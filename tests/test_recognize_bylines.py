"""recognize/bylines.py: author names in bylines, name-and-date lines, and the person-name check."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.recognize.bylines import (
    find_inline_byline,
    is_name,
    parse_author_value,
    parse_byline,
    parse_credit,
    parse_marked_author,
    parse_name_after_date,
    parse_name_before_date,
    parse_name_between_opener_and_date,
    parse_name_line,
    parse_post_signature,
)

# Hostile input must be read fast (see test_recognize_datelines.py for the bound's reason).
MAX_SECONDS = 1.0

BYLINES: list[tuple[str, tuple[str, ...]]] = [
    # a German role after the comma
    ("Autorin: Uta Staschewski, Projektleiterin der Stiftung in Tunesien.", ("Uta Staschewski",)),
    # the kind of piece before the opener
    ("Review by Rick Lane Contributor", ("Rick Lane",)),
    ("Artikel von Alexa von Heyden", ("Alexa von Heyden",)),
    ("Eine Kolumne von Nils Pickert", ("Nils Pickert",)),
    ("Blog Beitrag von Margarete Kovacs", ("Margarete Kovacs",)),
    ("Gastbeitrag von Jonas Keller", ("Jonas Keller",)),
    ("Ein Blogbeitrag von Anna Berg", ("Anna Berg",)),
    ("Review by the editors", ()),
    # a desk between the name and a job in lower case: the desk is no third name
    ("By Richard Adams Education editor", ("Richard Adams",)),
    ("By Jessica Rendall Wellness Writer", ("Jessica Rendall",)),
    # a rule drawn before the opener; a dash before a bare name is a quote's attribution, no byline
    ("---- by Jane Doe", ("Jane Doe",)),
    ("==== Von Hans Meier", ("Hans Meier",)),
    ("-- Mark Twain", ()),
    ("---- by the way", ()),
    # the outlet after a title-cased "For"
    ("By Jane Doe And John Roe For The Mail On Sunday", ("Jane Doe", "John Roe")),
    ("By Jane Doe For Mailonline", ("Jane Doe",)),
    # a byline that credits the pictures too
    ("Photos and Story By Dana Cole Special Correspondent to THE CAR PAGE", ("Dana Cole",)),
    ("Text & Fotos: Ivan Valent", ("Ivan Valent",)),
    # English
    ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe")),
    ("By Ellen Marsh and Tomas Reyes, Reuters", ("Ellen Marsh", "Tomas Reyes")),
    ("By Amina Odhiambo, East Africa Correspondent", ("Amina Odhiambo",)),
    ("By Gemma Hart, Showbiz Reporter", ("Gemma Hart",)),
    ("By Marcus Dell Staff Writer", ("Marcus Dell",)),
    ("By JANE DOE, Associated Press", ("Jane Doe",)),
    ("By Maria Okafor, Associated Press", ("Maria Okafor",)),
    ("By RALPH D. RUSSO and BOB FERRANTE AP Sports Writers", ("Ralph D. Russo", "Bob Ferrante")),
    ("By Dana Whitfield | Published Aug. 21, 2023", ("Dana Whitfield",)),
    ("By Jane Doe Updated 3:45 PM", ("Jane Doe",)),
    ("By Jane Doe, 3 hours ago", ("Jane Doe",)),
    ("By Jane Doe— Reuters", ("Jane Doe",)),
    ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
    ("By Steve Peoples, MEG KINNARD and Bill Barrow", ("Steve Peoples", "Meg Kinnard", "Bill Barrow")),
    ("By: Jane Doe", ("Jane Doe",)),
    ("by Jane Doe", ("Jane Doe",)),
    ("By Dr. Jane Doe", ("Jane Doe",)),
    ("By Cathryn J. Prince", ("Cathryn J. Prince",)),
    ("By Tara Parker-Pope", ("Tara Parker-Pope",)),
    ("By Jane O’Brien", ("Jane O’Brien",)),
    ("Posted by Alon Zakai.", ("Alon Zakai",)),
    ("Posted by Karen Liu on March 3, 2023", ("Karen Liu",)),
    ("Posted by Andrew Hayden, Software Engineer on Google Play", ("Andrew Hayden",)),
    ("Interview by Sam Whitlock", ("Sam Whitlock",)),
    ("Written by Rob Ewaschuk", ("Rob Ewaschuk",)),
    # German, French, Spanish, Italian, Dutch, Portuguese
    ("Von Hans Meier und Lea Sommer", ("Hans Meier", "Lea Sommer")),
    ("Ein Beitrag von Jonas Keller", ("Jonas Keller",)),
    ("Von Markus Balser, Berlin", ("Markus Balser",)),
    ("Par Marie Dupont (Marseille, correspondante)", ("Marie Dupont",)),
    ("Propos recueillis par Claire Fontaine", ("Claire Fontaine",)),
    ("Par Marie Dupont le 15 octobre 2023", ("Marie Dupont",)),
    ("Por Ana García y Luis Romero", ("Ana García", "Luis Romero")),
    ("Por Ana Souza, m1 SP", ("Ana Souza",)),
    ("Di Marco Rossi e Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi")),
    ("di Chiara Ferri", ("Chiara Ferri",)),
    ("Door Jan de Vries en Sanne Bakker", ("Jan de Vries", "Sanne Bakker")),
    ("Door Anouk Visser en Pieter Jansen", ("Anouk Visser", "Pieter Jansen")),
    ("Postado por Carla Mendes em 3 de março de 2023", ("Carla Mendes",)),
    # unprefixed forms
    ("Priya Raman, science correspondent", ("Priya Raman",)),
    ("Tom Ashby, Environment correspondent", ("Tom Ashby",)),
    ("Rachel Hume (now) and Owen Clarke (earlier)", ("Rachel Hume", "Owen Clarke")),
    ("By Andrew Bosworth, Chief Technology Officer and Head of Reality Labs", ("Andrew Bosworth",)),
    ("By Jane Doe and John Roe of Reuters", ("Jane Doe", "John Roe")),
    ("Geschrieben von Cooper Hale am 25.08.2015 22:30", ("Cooper Hale",)),
    # Japanese
    ("文・中村健一", ("中村健一",)),
    ("文＝中村健一", ("中村健一",)),
    ("取材・文・中村健一", ("中村健一",)),
    ("山田太郎記者", ("山田太郎",)),
    ("鈴木花子特派員", ("鈴木花子",)),
    ("山田太郎 記者", ("山田太郎",)),
]

NOT_BYLINES: list[str] = [
    "Photos by Dana Cole",  # the pictures only: the photographer is no author
    # agencies alone name no person
    "Agencia EFE",
    "Redazione ANSA",
    "Agência Lusa",
    "By Reuters",
    "By Reuters Staff",
    "By the Associated Press",
    "Von dpa",
    "Por EFE",
    "（共同）",
    # sentences and other lines that open like a byline
    "By Sunday, the council had voted to close the branch.",
    "By the time we arrived, the shop had closed.",
    "Byron Smith",
    "Reporting by Ellen Marsh in Washington and Tomas Reyes in Charlotte; Editing by Paul Grady",
    "Environment correspondent",
    "Staff Writer",
    "Jane Doe",  # a bare name is the header stage's call, by position
    "Jane Doe and John Roe",
    "Rachel Hume and Owen Clarke (earlier) are covering the count from 10pm.",
    "Posted by: Frances at May 30, 2005",  # a comment's header: one word is the header stage's call
    "Local Man Named Senior Editor",
    "Jane Doe, Former Editor, Dies at 90",
    "写真：中村健一",  # a photo credit, not a byline
    "記者会見する横浜市の担当者",
    "",
]

NAME_BEFORE_DATE: list[tuple[str, tuple[str, ...]]] = [
    ("Chris Davies - Nov 19, 2019", ("Chris Davies",)),
    ("Chris Davies | 3 hours ago", ("Chris Davies",)),
    ("Lúcia Andrade 3 de março de 2023 21:14", ("Lúcia Andrade",)),
    ("Greg Halvorsen March 3, 2023 at 9:14 pm", ("Greg Halvorsen",)),
    ("Jane Doe on 12 May 2022", ("Jane Doe",)),
    ("Jane Doe and John Roe • Oct 12, 2023", ("Jane Doe", "John Roe")),
    ("Jane Doe said on Monday that she would run", ()),
    ("Karen Liu", ()),  # no date or separator after the name
    ("Oct 12, 2023", ()),
    ("Updated Oct 13, 2023", ()),
    ("Reuters - Oct 12, 2023", ()),
    ("Madonna - Oct 12, 2023", ()),  # one word is too little to call a name here
    ("", ()),
]

NAMES: list[tuple[str, bool]] = [
    ("Jane Doe", True),
    ("Jan de Vries", True),
    ("María José García", True),
    ("J.K. Rowling", True),
    ("Jean-Pierre Dupont", True),
    ("Jane O'Brien", True),
    ("Madonna", True),
    ("JANE DOE", False),  # capitals: a dateline or a label more often than a bare name
    ("NEW YORK", False),
    ("Agencia EFE", False),
    ("Redazione ANSA", False),
    ("Associated Press", False),
    ("Reuters", False),
    ("East Africa Correspondent", False),
    ("Staff Writer", False),
    ("Purchase Licensing Rights", False),
    ("Wake Forest University", False),
    ("Bleacher Report", False),  # an outlet: no person is named "Report"
    ("The Linux Loader", False),
    ("Sunday", False),
    ("jane doe", False),
    ("Jane Doe 2", False),
    ("Jane Doe, Reuters", False),
    ("A" * 60, False),
    ("", False),
]


@pytest.mark.parametrize(("text", "names"), BYLINES)
def test_parse_byline(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) == ()


@pytest.mark.parametrize(("text", "names"), NAME_BEFORE_DATE)
def test_parse_name_before_date(text: str, names: tuple[str, ...]) -> None:
    assert parse_name_before_date(text) == names


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_is_name(text: str, expected: bool) -> None:
    assert is_name(text) is expected


HOSTILE: list[str] = [
    " " * 100_000,
    "." * 100_000,
    "," * 100_000,
    "(" * 100_000,
    "( " * 50_000 + ")",
    "By " * 30_000,
    "By " + "Jane Doe and " * 10_000,
    "By " + "A " * 50_000,
    "A" * 100_000,
    "Jane Doe " * 10_000 + "- Oct 12, 2023",
    "文・" + "中" * 100_000,
    "中" * 100_000 + "記者",
    "—" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda text: f"{text[:12]!r}x{len(text)}")
def test_hostile_input_is_fast(text: str) -> None:
    readers = (parse_byline, parse_name_before_date, is_name, parse_author_value, find_inline_byline)
    for read in (*readers, parse_marked_author, parse_credit):
        started = time.process_time()
        read(text)
        assert time.process_time() - started < MAX_SECONDS, read.__name__


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ByJaneDo ,.&|()-—:文・記者中村0123456789")), max_size=200))
def test_never_raises(text: str) -> None:
    readers = (parse_byline, parse_name_before_date, parse_author_value, find_inline_byline)
    for read in (*readers, parse_marked_author, parse_credit):
        names = read(text)
        assert all(isinstance(name, str) and name for name in names)
    assert isinstance(is_name(text), bool)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ByTara Haelle", ("Tara Haelle",)),  # "<span>By</span><a>Tara Haelle</a>" rendered without a space
        ("VonHans Meier", ("Hans Meier",)),
        ("Byron Smith", ()),  # a first name that starts like the opener
        ("DiMaggio Joe", ()),  # "Di" is not read glued: surnames start with it
    ],
)
def test_an_opener_glued_to_the_name(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Daniel Tannenbaum | Sponsored", ("Daniel Tannenbaum",)),
        ("Javier Espinoza and Patricia Nilsson, Financial Times", ("Javier Espinoza", "Patricia Nilsson")),
        ("By Jane Doe", ("Jane Doe",)),
        ("Krimiblogger", ("Krimiblogger",)),  # one word is enough in metadata
        ("https://example.com/author/jane-doe", ()),
        ("Redaktion", ()),
        ("", ()),
        # names that run into running text are an organisation's or a theme's phrase, not a list of people
        ("Peter Amende und Fuchsy designed", ()),
        ("Landesanstalt für Wald und Forstwirtschaft", ()),
        # a lower-case word after a comma is a role or the outlet; a handle, an agency or a title ends the name
        ("Andrew Bosworth, Chief Technology Officer and Head of Reality Labs", ("Andrew Bosworth",)),
        ("Terry Pluto, cleveland.com", ("Terry Pluto",)),
        ("Jane Doe staff writer", ("Jane Doe",)),
        ("Von Britta Schultejans dpa", ("Britta Schultejans",)),
        # an organisation's legal form after the name
        ("Hanns-Seidel-Stiftung e.V.", ()),
        ("Planet Holz GmbH", ()),
    ],
)
def test_metadata_author_values(value: str, names: tuple[str, ...]) -> None:
    assert parse_author_value(value) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on 21. Juli 2019 by Jan Weber", ("Jan Weber",)),
        ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", ("Loïc Le Clerc",)),
        ("Publiziert am 13. Januar 2014 von uriebe", ()),  # a lower-case handle is not read as a name
        ("Stand: 12.03.2020 von der Redaktion", ()),
        ("Updated by 3 pm", ()),
        # the label of the picture's credit after the name
        ("06.11.2023 13:30 von Olga Symbolbild imago", ("Olga",)),
        ("Von Jan Weber Archivbild: dpa", ("Jan Weber",)),
    ],
)
def test_a_byline_inside_a_date_line(line: str, names: tuple[str, ...]) -> None:
    assert find_inline_byline(line) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("vom Krimiblogger", ("Krimiblogger",)),
        ("| Klaus Quist-Berg", ("Klaus Quist-Berg",)),
        ("By : Joe S.", ("Joe S.",)),
        ("Features By Tom Vance published 9 August 2012", ("Tom Vance",)),
        ("freeman1984", ("freeman1984",)),
        ("责任编辑：孔德明", ("孔德明",)),
        ("Mark von Berg", ("Mark von Berg",)),
        ("Eingestellt von Weinlachgummi", ("Weinlachgummi",)),
        # a user name between the opener and the date
        ("von lupa am 26/10/13, 03:48 pm", ("lupa",)),
        ("Beitrag von r23 » 21.01.2009, 05:42", ("r23",)),
        ("von der Redaktion am 26/10/13", ()),
        ("by admin on March 3, 2023", ()),
        ("by jdoe in News on March 3, 2023", ()),
        ("von lupa am Montag", ()),
        # a desk, a pronoun, a day word or an agency in the user name's place
        ("by editorial on March 3, 2024", ()),
        ("by agencies on March 3, 2024", ()),
        ("by me on March 3, 2024", ()),
        ("von heute am 26.10.2013", ()),
        ("by dpa on March 3, 2024", ()),
        ("Craig Meyer USA TODAY NETWORK", ("Craig Meyer",)),  # the outlet in capitals after the name
        # surnames in capitals, as French, Spanish and Italian sites write them, are no outlet
        ("Marie Claire DE LA HAYE", ("Marie Claire DE LA HAYE",)),
        ("José Luis RODRÍGUEZ ZAPATERO", ("José Luis RODRÍGUEZ ZAPATERO",)),
        ("Mary Ann SMITH JONES", ("Mary Ann SMITH JONES",)),
        ("Jane Doe CNN BUSINESS", ("Jane Doe",)),  # an outlet the list lacks: the whole is no name
        ("Jane Doe NBC SPORTS", ("Jane Doe",)),
        ("JANE DOE", ("Jane Doe",)),  # a name all in capitals is kept whole
        ("Donnerstag", ()),  # a day is no name
        ("Gast", ()),  # a guest post's placeholder
        ("Publiziert am", ()),  # a label, not a name
        ("By", ()),
        ("Posted on", ()),
    ],
)
def test_parse_marked_author(text: str, names: tuple[str, ...]) -> None:
    assert parse_marked_author(text) == names


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Redaktion 1. November 2023 10:29", ("Redaktion",)),
        ("von: Rasender Reporter", ("Rasender Reporter",)),
        ("Author Redaktion", ("Redaktion",)),
        ("By — Associated Press Associated Press", ("Associated Press",)),  # printed twice by the theme
        ("Last Updated: January 7, 2025", ()),
        ("Afficher mon profil complet", ()),
        ("Staff", ()),
        ("https://example.com/staff", ()),
        # a desk of a brand that writes itself in lower case, as its address does
        ("von planet-news.example Redaktion", ("planet-news.example Redaktion",)),
        ("fix-it Webteam", ("fix-it Webteam",)),
        ("example.com Team", ("example.com Team",)),
        # German desks are compounds of a desk word: the local, sports or business desk, the digital team
        ("von planet-news.example Lokalredaktion", ("planet-news.example Lokalredaktion",)),
        ("auto-motor.at Sportredaktion", ("auto-motor.at Sportredaktion",)),
        ("finanz-blick.de Wirtschaftsredaktion", ("finanz-blick.de Wirtschaftsredaktion",)),
        ("stadt-kurier.de Digitalteam", ("stadt-kurier.de Digitalteam",)),
        ("stadt-kurier.de Newsroom-Team", ("stadt-kurier.de Newsroom-Team",)),
        # the desk word is the whole last word, and a bare "Team" needs an address before it
        ("a-b Steam", ()),
        ("x-ray Team", ()),
        ("e-sports Team", ()),
        # a lower-case brand alone, or a lower-case word before a desk word, credits no desk
        ("planet-news.example", ()),
        ("wordpressadmin", ()),
        ("our newsroom", ()),
        # lower-case words of a desk's name, not of a label
        ("Staff and news service reports", ("Staff and news service reports",)),
        ("By Staff and wire reports | May 3, 2023", ("Staff and wire reports",)),
        # an editor's initials with the agency, as German sites sign agency copy
        ("det/dpa", ("det/dpa",)),
        ("Von: ras/AFP", ("ras/AFP",)),
        ("abc/xyz", ()),
        # the date's label or month after the desk ends it
        ("Detroit News wire services Published 3:23 p.m. ET Nov. 9, 2019", ("Detroit News wire services",)),
        ("By ABC NEWS July 24, 2012", ("ABC NEWS",)),
        ("Action-packed day for car manufacturers", ()),  # a headline, not a desk
        ("Rhapsody for Android updated with new features", ()),
    ],
)
def test_parse_credit(text: str, credit: tuple[str, ...]) -> None:
    assert parse_credit(text) == credit


def test_an_agency_with_its_article_is_cut_after_a_name() -> None:
    assert parse_author_value("John O'Connor The Associated Press") == ("John O'Connor",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Daisy-Mae SchmittDec 5, 2023", ("Daisy-Mae Schmitt",)),  # a month glued to the name
        ("Von Tomas Spahn Fr, 18. Oktober 2019", ("Tomas Spahn",)),  # an abbreviated weekday
        ("Johanna Kropfitsch Alle Artikel", ("Johanna Kropfitsch",)),  # a link after the name
        ("Grant Tinsley, PhD", ("Grant Tinsley",)),  # a degree
        ("Lauren Manaker MS, RDN, LD", ("Lauren Manaker",)),
        ("Jack Ma", ("Jack Ma",)),  # "MA" is a degree, "Ma" a surname
        ("Les Moonves", ("Les Moonves",)),
        ("Artikel von:", ()),  # a label
        ("| 19.10.19", ()),  # a date, not a user name
    ],
)
def test_author_values_with_dates_degrees_and_links_around_the_name(text: str, names: tuple[str, ...]) -> None:
    assert parse_marked_author(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Author Andreas Kalt", ("Andreas Kalt",)),  # a theme's label without its colon
        ("Autorin Jana Li", ("Jana Li",)),
        ("About the Author - Jana Li", ("Jana Li",)),  # an author box's heading
        ("About the Author", ()),
        ("About the author Jana Li", ("Jana Li",)),
        ("Über den Autor: Jana Li", ("Jana Li",)),
        # the box runs on into the biography: its heading gives no name of its own
        ("About the author Jana Li Jana covers city hall.", ()),
        ("About the company", ()),
        ("Author", ()),
        # a place after the writer's full name and a comma, not a second writer
        ("Von Markus Balser , Berlin", ("Markus Balser",)),
        ("Von Markus Balser und Klaus Ott, Berlin", ("Markus Balser", "Klaus Ott")),
        ("Jana Li, Ben Ott", ("Jana Li", "Ben Ott")),
    ],
)
def test_a_label_before_the_name_in_author_markup(text: str, names: tuple[str, ...]) -> None:
    assert parse_marked_author(text) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Mobasir hassan", ("Mobasir hassan",)),  # a blogger's own spelling of their surname
        ("Jane Doe reports", ("Jane Doe",)),
        ("Redaktion online", ()),
        ("Peter von", ("Peter",)),
        # a preposition before an agency or a place, or "and" in a language without a lexicon, ends the names
        ("Jane Doe via Reuters", ("Jane Doe",)),
        ("Jane Doe in Berlin", ("Jane Doe",)),
        ("Kari Nordmann og Ola Nordmann", ("Kari Nordmann",)),
        ("Anna Svensson och Sven Svensson", ("Anna Svensson",)),
    ],
)
def test_a_metadata_author_with_lower_case_name_words(value: str, names: tuple[str, ...]) -> None:
    assert parse_author_value(value) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", ("Uta Helkenberg",)),
        ("11.12.2019 - Amelie Loevenich", ("Amelie Loevenich",)),
        ("11.12.2019 - Kultur", ()),  # a section, not a name
        ("May 3, 2021 | Politics | World", ()),
        ("May 3, 2021 Jane Doe", ()),  # no separator
        ("Posted May 3, 2021 - Jane Doe", ()),  # the line must open with the date
    ],
)
def test_a_name_after_the_date_of_a_date_line(line: str, names: tuple[str, ...]) -> None:
    assert parse_name_after_date(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the header's date line may give the writer's name without a separator, after a date said twice
        ("28. Jan. 2022 Paula Balov", ("Paula Balov",)),
        ("6. November 2023 6. November 2023 Octavius Hallenstein", ("Octavius Hallenstein",)),
        ("2. Februar 2020 2. Februar 2020 Alexander Roll 1 Kommentar", ("Alexander Roll",)),
        ("Aug 12, 2021 / Klaus Sieg", ("Klaus Sieg",)),
        # a name of three words may be a name and a category; capitals are a score's teams; labels are no names
        ("30. Oktober 2023 Carola Pönisch Kultur", ()),
        ("01/08/2008 ST LOUIS 6, COLUMBUS 1 -", ()),
        ("21.01.2022 Aktuelle Meldung", ()),
        ("2020-04-26 Deutsche Sprache", ()),
    ],
)
def test_a_name_after_the_date_of_the_headers_date_line(line: str, names: tuple[str, ...]) -> None:
    assert parse_name_after_date(line, unseparated=True) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)", ("Eleanor Ainge Roy",)),
        ("Von Jana Li (Text) und Tom Berg (Fotos)", ("Jana Li",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        # the credit takes its own name only, never the writer's before the "and"
        ("By Jane Doe and Adrian Malloch (photography)", ("Jane Doe",)),
        ("Story by Jane Doe and John Smith (video)", ("Jane Doe",)),
    ],
)
def test_a_photographer_in_the_byline_is_no_author(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


def test_a_job_after_and_is_no_second_author() -> None:
    # a metadata value takes one-word names, so "Head" of "Head of Reality Labs" must be read as a job
    value = "Andrew Bosworth, Chief Technology Officer and Head of Reality Labs"
    assert parse_author_value(value) == ("Andrew Bosworth",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Erstellt von Fabian am Dienstag 6. Mai 2014", ("Fabian",)),
        ("Geschrieben von Cooper am 25.08.2015 22:30", ("Cooper",)),
        ("Posted by Karen on March 3, 2023", ("Karen",)),
        ("By Sunday on the coast, the storm had passed.", ()),  # no date after the word
        ("Von Redaktion am 3. Mai 2014", ()),
        ("Fabian am 6. Mai 2014", ()),  # no opener
    ],
)
def test_parse_name_between_opener_and_date(text: str, names: tuple[str, ...]) -> None:
    assert parse_name_between_opener_and_date(text) == names


@pytest.mark.parametrize("text", ["By Jane on March 3, 2023", "Erstellt von Fabian am 6. Mai 2014"])
def test_an_opener_is_no_first_name_before_a_date(text: str) -> None:
    assert parse_name_before_date(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("FOCUS-Online-Experte Jane Doe", ("Jane Doe",)),  # the outlet's title for its writer, joined
        ("Von Sport-Redakteur Max Mustermann", ("Max Mustermann",)),
        # hyphenated names are no titles, and a title after the first name is not dropped as one before it
        ("Hans-Peter Müller", ("Hans-Peter Müller",)),
        ("Jean-Pierre Roux and Anne-Marie Duval", ("Jean-Pierre Roux", "Anne-Marie Duval")),
    ],
)
def test_a_compound_title_before_a_name_is_dropped(text: str, names: tuple[str, ...]) -> None:
    assert parse_author_value(text) == names


NAME_LINES: list[tuple[str, tuple[str, ...]]] = [
    # a job, an outlet or a handle after the name
    ("Richard Adams Education editor", ("Richard Adams",)),
    ("Miguel Cortina Writer", ("Miguel Cortina",)),
    ("John Garcia Jr. • Rivals.com", ("John Garcia Jr.",)),
    ("Jonathan Wasserman, Bleacher Report", ("Jonathan Wasserman",)),
    ("Evan Orris, NBA.com", ("Evan Orris",)),
    ("Jeremy Schneider | NJ Advance Media For NJ.com", ("Jeremy Schneider",)),
    ("Sharon Goldman @sharongoldman", ("Sharon Goldman",)),
    ("Craig Meyer USA TODAY NETWORK", ("Craig Meyer",)),
    # several writers, and where they write from
    ("Joanna Walters and Edward Helmore in New York", ("Joanna Walters", "Edward Helmore")),
    ("Starr Bowenbank, Rania Aniftos and Anna Chan", ("Starr Bowenbank", "Rania Aniftos", "Anna Chan")),
    # an outlet after a comma is no second writer; a tag row, a topic's handle are no name lines
    ("Jane Smith, Boston Globe", ("Jane Smith",)),
    ("Apple Music • Spotify", ()),
    ("Real Madrid • Barcelona", ()),
    ("Climate Change @guardian", ()),
    # a bare name is `is_name`'s to read
    ("Andrew Woodcock", ()),
    # headlines, menus and calls to act that open with capitalised words
    ("Sparks Fly in Moscow at Finals of Battle of the Robots", ()),
    ("Community GOTY - Vote Here!", ()),
    ("Heinz Erhardt - das Gesicht der Filmstadt Göttingen", ()),
    ("Get Arts and Entertainment Feeds", ()),
    ("In Collaboration with VALENTINO", ()),
    ("Our Foreign Staff", ()),
    ("Orphan Diseases (B Manger, Section Editor)", ()),
    ("Sarah Barnacle Worcester Telegram & Gazette", ()),
    ("SANTA CRUZ", ()),
    ("Haje Jan Kamps 2 months", ()),
    ("Jane Doe is our new editor", ()),
]


@pytest.mark.parametrize(("text", "names"), NAME_LINES)
def test_a_header_name_line_gives_the_names_before_the_job_outlet_place_or_handle(
    text: str, names: tuple[str, ...]
) -> None:
    assert parse_name_line(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", ("rasos",)),
        ("von Marianne1 am 20.09.2020", ("Marianne1",)),
        ("Verfasst von: mitundvoneinander | 31. Dezember 2008", ("mitundvoneinander",)),
        ("Posted by Jane Doe at 10:05 PM", ("Jane Doe",)),
        ("Erstellt von Fabian am 6. Mai 2014", ("Fabian",)),
        ("BeginnersGuide (last edited 2019-11-10 13:28:18 by MatsWichmann)", ("MatsWichmann",)),
        ("Zuletzt geändert am 3. Mai 2020 von Jan Weber", ("Jan Weber",)),
        ("(c) 2006-2008 by Martin Weber", ()),  # a copyright's years, no date
        # no date or time after the writer: a teaser's link or a credit, not a signature
        ("Mehr von Anna Berg", ()),
        ("Photo by Jane Doe on Unsplash", ()),
        ("Posted by Jane Doe on Unsplash", ()),
        ("Sort by date", ()),
        # a word that stands in for a writer
        ("Posted by admin on March 3, 2023", ()),
        ("von heute am 3. Mai 2020", ()),
    ],
)
def test_parse_post_signature(text: str, names: tuple[str, ...]) -> None:
    assert parse_post_signature(text) == names
