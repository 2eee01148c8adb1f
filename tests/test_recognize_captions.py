"""recognize/captions.py: splitting a caption's credit off, lone credit lines, and caption word counts."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.recognize.captions import caption_words, split_credit

# Hostile input must be read fast (see test_recognize_datelines.py for the bound's reason).
MAX_SECONDS = 1.0

# caption line -> (caption text, credit)
SPLITS: list[tuple[str, tuple[str, str]]] = [
    # credits in parentheses
    (
        "A utility crew works to restore power lines in Decatur, Ga., on Sunday. (AP Photo/Jordan Pike)",
        ("A utility crew works to restore power lines in Decatur, Ga., on Sunday.", "AP Photo/Jordan Pike"),
    ),
    (
        "Aliyev has raised his nation's flag over the capital. (Azerbaijani Presidential Press Office via AP)",
        ("Aliyev has raised his nation's flag over the capital.", "Azerbaijani Presidential Press Office via AP"),
    ),
    (
        "A farmer sorts avocados for export in Murang'a county. (Photo: Brian Otieno/The Continental)",
        ("A farmer sorts avocados for export in Murang'a county.", "Brian Otieno/The Continental"),
    ),
    (
        "Lacey Dunmore showed off her ring on the red carpet on Saturday night (Image: Getty Images)",
        ("Lacey Dunmore showed off her ring on the red carpet on Saturday night", "Getty Images"),
    ),
    (
        "The couple have been together for three years (Image: Instagram/@laceydunmore)",
        ("The couple have been together for three years", "Instagram/@laceydunmore"),
    ),
    (
        "Conservators at work in the Louvre museum in Paris. (Julien Rosset/AFP via Getty Images)",
        ("Conservators at work in the Louvre museum in Paris.", "Julien Rosset/AFP via Getty Images"),
    ),
    (
        "Un panneau d'affichage en gare de Lyon à Paris, le 2 mars 2023. (JULIEN MARCHAND / AFP)",
        ("Un panneau d'affichage en gare de Lyon à Paris, le 2 mars 2023.", "JULIEN MARCHAND / AFP"),
    ),
    (
        "Roasting the grapes turns them jammy. (Tom Ridley for The Kitchen Table; food styling by Ana Moss)",
        ("Roasting the grapes turns them jammy.", "Tom Ridley for The Kitchen Table; food styling by Ana Moss"),
    ),
    ("La sala del teatro dopo il restauro (foto: Luca Neri)", ("La sala del teatro dopo il restauro", "Luca Neri")),
    (
        "Die zwei Module hängen am Geländer. (Foto: Jonas Keller)",
        ("Die zwei Module hängen am Geländer.", "Jonas Keller"),
    ),
    (
        "Een bouwvakker plaatst isolatiemateriaal in Utrecht. (Foto: ANP / Remko de Waard)",
        ("Een bouwvakker plaatst isolatiemateriaal in Utrecht.", "ANP / Remko de Waard"),
    ),
    ("Een omgewaaide boom op een auto in Haarlem. (Foto: ANP)", ("Een omgewaaide boom op een auto in Haarlem.", "ANP")),
    (
        "Il ministero dell'Economia in via XX Settembre a Roma (ANSA)",
        ("Il ministero dell'Economia in via XX Settembre a Roma", "ANSA"),
    ),
    ("La pigiatura in una cantina di Barolo (Ansa)", ("La pigiatura in una cantina di Barolo", "Ansa")),
    (
        "Vendemmiatori al lavoro all'alba in un vigneto di La Morra (Chiara Ferri)",
        ("Vendemmiatori al lavoro all'alba in un vigneto di La Morra", "Chiara Ferri"),
    ),
    (
        "Un agricultor revisa sus olivos en una finca de Jaén, el pasado septiembre. Carlos Ruiz (EFE)",
        ("Un agricultor revisa sus olivos en una finca de Jaén, el pasado septiembre.", "Carlos Ruiz (EFE)"),
    ),
    (
        "記者会見する横浜市の担当者＝15日、横浜市役所（撮影・佐藤花子）",
        ("記者会見する横浜市の担当者＝15日、横浜市役所", "撮影・佐藤花子"),
    ),
    ("ホワイトハウス＝ワシントン（ロイター＝共同）", ("ホワイトハウス＝ワシントン", "ロイター＝共同")),
    # after a prefix
    (
        "Ballot boxes arrive at the count in Sunderland on Thursday night. Photograph: Owen Hollis/PA",
        ("Ballot boxes arrive at the count in Sunderland on Thursday night.", "Owen Hollis/PA"),
    ),
    (
        "Iris Okonkwo at her home in Bristol. Photograph: Eleanor Vance for The Weekend Review",
        ("Iris Okonkwo at her home in Bristol.", "Eleanor Vance for The Weekend Review"),
    ),
    (
        "Mist rises from Buttermere at dawn. Photo: Ian Crosthwaite/Cumbria Images",
        ("Mist rises from Buttermere at dawn.", "Ian Crosthwaite/Cumbria Images"),
    ),
    (
        "A bumblebee pushes a lid aside to reach a sugar reward. Image: Queen Mary lab handout",
        ("A bumblebee pushes a lid aside to reach a sugar reward.", "Queen Mary lab handout"),
    ),
    (
        "Windräder in einem Windpark in Brandenburg. Foto: Petra Lindner/dpa",
        ("Windräder in einem Windpark in Brandenburg.", "Petra Lindner/dpa"),
    ),
    ("Windräder in Brandenburg. Bild: dpa", ("Windräder in Brandenburg.", "dpa")),
    (
        "Pessoas se refrescam no Parque Ibirapuera, neste sábado (14) — Foto: Ana Souza/m1",
        ("Pessoas se refrescam no Parque Ibirapuera, neste sábado (14)", "Ana Souza/m1"),
    ),
    ("Un ferry à quai à Marseille. Photo : Jean Martin", ("Un ferry à quai à Marseille.", "Jean Martin")),
    (
        "Un ferry à quai à Marseille. Photo\u00a0: Jean Martin/Hans Lucas",
        ("Un ferry à quai à Marseille.", "Jean Martin/Hans Lucas"),
    ),
    # after the last sentence, no prefix
    (
        "A view of the Federal Reserve building in Washington, U.S., October 13, 2023. REUTERS/Kevin Lamont",
        ("A view of the Federal Reserve building in Washington, U.S., October 13, 2023.", "REUTERS/Kevin Lamont"),
    ),
    (
        "Un ferry à quai dans le port de Marseille, le 12 octobre 2023. CLÉMENT VIDAL / AFP",
        ("Un ferry à quai dans le port de Marseille, le 12 octobre 2023.", "CLÉMENT VIDAL / AFP"),
    ),
    (
        "Varias personas se protegen de la lluvia en el centro de Valencia. EFE/Manuel Bruque",
        ("Varias personas se protegen de la lluvia en el centro de Valencia.", "EFE/Manuel Bruque"),
    ),
    (
        "Protesters gather in Berlin on October 15, 2023. Getty Images",
        ("Protesters gather in Berlin on October 15, 2023.", "Getty Images"),
    ),
    (
        "Le glacier d'Argentière, en août 2023. Photo Pierre Lacombe/Hans Lucas",
        ("Le glacier d'Argentière, en août 2023.", "Pierre Lacombe/Hans Lucas"),
    ),
    (
        "Fans wait outside the stadium. Jane Doe/Getty Images",
        ("Fans wait outside the stadium.", "Jane Doe/Getty Images"),
    ),
    # lone credits
    ("Megan Briggs/Getty Images", ("", "Megan Briggs/Getty Images")),
    ("AP Photo/Ian Walton", ("", "AP Photo/Ian Walton")),
    ("REUTERS/Kevin Lamont", ("", "REUTERS/Kevin Lamont")),
    ("Photo: Jane Doe/Reuters", ("", "Jane Doe/Reuters")),
    ("Photograph: Jane Doe/The Guardian", ("", "Jane Doe/The Guardian")),
    ("Foto: Markus Riedl / picture alliance", ("", "Markus Riedl / picture alliance")),
    ("Foto: X", ("", "X")),
    ("Bild: X", ("", "X")),
    ("Photo : X", ("", "X")),
    # the lead photo's credit set apart from its figure
    ("Titelbild: Jane Doe/picture alliance", ("", "Jane Doe/picture alliance")),
    ("Beitragsbild: Jane Doe", ("", "Jane Doe")),
    ("Crédits photos : Jane Doe/Agence X", ("", "Jane Doe/Agence X")),
    ("(AP Photo/Jane Doe)", ("", "AP Photo/Jane Doe")),
    ("(foto: Luca Neri)", ("", "Luca Neri")),
    ("(Image: Jane Doe)", ("", "Jane Doe")),
    ("写真：中村健一", ("", "中村健一")),
    ("Getty Images", ("", "Getty Images")),
    ("Photo by Jane Doe on Unsplash", ("", "Jane Doe on Unsplash")),
    ("Handout via Reuters", ("", "Handout via Reuters")),
]

NO_CREDIT: list[str] = [
    # body paragraphs
    "The Fed left rates unchanged on Wednesday. (Reporting by Ellen Marsh; Editing by Paul Grady)",
    "Reporting by Ellen Marsh in Washington and Tomas Reyes in Charlotte; Editing by Paul Grady",
    "Shares of Apple rose 2% after the results, said the company (AAPL.O).",
    "The company told Reuters on Monday that it would appeal the ruling in a higher court.",
    "Reuters and AFP both reported the explosion, citing local officials.",
    "She showed the photo: a man holding a sign outside the embassy.",
    "Here is the image: A man holding a sign outside the embassy and a crowd behind him.",
    "The talks, the minister said, would resume next week (in Geneva).",
    "He said the plan was approved by the council (5-2).",
    "Matt Allen (Creighton University)",  # a roster line, not a caption
    "Apple AirPods with Charging Case (Latest Model)",
    "1. Torture and the Iraq Constitution (June 24, 2004) (Cass Sunstein)",
    "Excitable (Def Leppard Tribute Show)",
    '"Content-Type": "image/png",',
    "It works with and/or without the plugin.",
    "早朝の嵐山・竹林の小径。午前7時前なら人影はまばらだ",
    "Produktionshalle eines Maschinenbauers in Baden-Württemberg: »Wir planen nur noch von Quartal zu Quartal«",
    "15日、東京都内で記者会見する首相（15日、首相官邸）",  # place and date in parentheses, no credit
    # bylines and agencies alone are not credits
    "Reuters",
    "Agencia EFE",
    "Redazione ANSA",
    "By Jane Doe, Reuters",
    "By Jane Doe/Reuters",
    "Fed holds rates steady - Reuters",
    "Photo:",
    "Photos",
    "",
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_credit(text: str, expected: tuple[str, str]) -> None:
    assert split_credit(text) == expected


@pytest.mark.parametrize("text", NO_CREDIT)
def test_no_credit(text: str) -> None:
    assert split_credit(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ballot boxes arrive at the count", 6),
        ("", 0),
        ("ホワイトハウス＝ワシントン", 5),  # 12 kana at 2.5 characters a word
        ("記者会見する横浜市の担当者＝15日、横浜市役所", 9),
        ("Tokyo 東京", 2),
    ],
)
def test_caption_words(text: str, words: int) -> None:
    assert caption_words(text) == words


HOSTILE: list[str] = [
    " " * 100_000,
    "." * 100_000,
    ". " * 50_000,
    "/" * 100_000,
    "A/" * 50_000,
    "(" * 100_000,
    ")" * 100_000,
    "( " * 50_000 + ")",
    "（" * 100_000 + "）",
    "Photo: " * 15_000,
    "Photo by " * 10_000,
    "x" * 100_000 + " (AP Photo/Jane Doe)",
    "A b. " * 20_000 + "REUTERS/Kevin Lamont",
    "—" * 100_000,
    "Jane Doe " * 10_000,
    "写真：" * 30_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda text: f"{text[:12]!r}x{len(text)}")
def test_hostile_input_is_fast(text: str) -> None:
    for read in (split_credit, caption_words):
        started = time.process_time()
        read(text)
        assert time.process_time() - started < MAX_SECONDS, read.__name__


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AZaz ./:()（）＝・撮影写真0123456789PhotoGetty")), max_size=300))
def test_never_raises(text: str) -> None:
    split = split_credit(text)
    assert split is None or (isinstance(split[0], str) and split[1])
    assert caption_words(text) >= 0
