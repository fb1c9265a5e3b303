"""Quotes: speakers and relay chains, on the seeds (read in place) and own sentences."""
from __future__ import annotations

import pytest



from storyline.extract.quotes import extract_quotes
from storyline.models import Article

from conftest import seed_article as seed


def quotes(text: str, lang: str):
    return extract_quotes(Article(id="t", title="", text=text, lang=lang))


def test_seed_000_speakers_and_relays():
    q = extract_quotes(seed("000", "da"))
    kjp = [x for x in q if x.speaker == "Karine Jean-Pierre"]
    assert kjp and kjp[0].kind == "direct" and kjp[0].text == "En reduktion er i gang"
    assert kjp[0].relays == ("CNN", "Ritzau")
    nato = [x for x in q if "kilde i Nato" in x.speaker]
    assert len(nato) >= 3, [(x.speaker, x.text[:30]) for x in q]
    assert all(x.relays[0] == "AFP" for x in nato)
    # the dash quote that ends ", oplyser kilden" is the Nato source's
    assert any(x.text.startswith("De Nato-allierede besluttede") for x in nato)
    assert all(x.relays[-1] == "Ritzau" for x in q)  # the byline is the outermost relay
    ntb = [x for x in q if "NTB" in x.relays]
    assert ntb and ntb[0].speaker == "Natos pressetjeneste"


def test_seed_002_the_source():
    q = extract_quotes(seed("002", "en"))
    begun = [x for x in q if x.text.startswith("The withdrawal has begun")]
    assert begun and "official" in begun[0].speaker.lower()  # "the source" resolved


def test_seed_004_dash_quote():
    q = extract_quotes(seed("004", "da"))
    biden = [x for x in q if x.speaker == "Joe Biden"]
    assert biden and biden[0].text.startswith("Vi opnåede det")


def test_quote_marks_and_reported_speech():
    q = quotes("“We will leave by September,” the spokesman said, according to news agency AFP.", "en")
    assert q and q[0].text == "We will leave by September," or q[0].text.startswith("We will leave")
    q = quotes('Ministeren sagde til avisen Politiken, at aftalen holder.', "da")
    assert q and q[0].kind == "reported" and q[0].speaker == "Ministeren" and q[0].relays == ("Politiken",)
    q = quotes("„Wir ziehen ab“, sagte die Sprecherin Anna Schmidt.", "de")
    assert q and q[0].speaker == "Anna Schmidt" and q[0].text == "Wir ziehen ab"
    q = quotes("- Det er slut nu, siger forsvarsminister Trine Bramsen til DR.\n\n- Vi tager hjem.", "da")
    assert [x.speaker for x in q] == ["Trine Bramsen", "Trine Bramsen"]
    assert q[0].relays == ("DR",)


def test_romance_speaker_before_the_verb_and_the_addressee_is_no_speaker():
    from storyline.extract.quotes import extract_quotes
    from storyline.models import Article, PartialDate

    def speakers(text, lang):
        art = Article(id="q", title="", text=text, lang=lang, published=PartialDate.parse("2011-03-20"))
        return [q.speaker for q in extract_quotes(art)]

    assert speakers("Heitham Gheriani, médico en el hospital de Ras Lanuf, afirmó la semana pasada a The Guardian "
                    "que el régimen usaba francotiradores.", "es") == ["Heitham Gheriani"]
    # "dijo a la cadena CBS": said *to* CBS; no speaker is better than "a la cadena de televisión CBS"
    got = speakers("El 24 de febrero, un libio identificado como Adel, residente en Trípoli, dijo a la cadena de "
                   "televisión CBS que los soldados dispararon.", "es")
    assert not any(s.lower().startswith(("a la", "a ")) for s in got)


def test_an_honorific_with_a_full_stop_does_not_cut_the_speaker():
    from storyline.extract.quotes import extract_quotes
    from storyline.models import Article, PartialDate

    for lang, text, who in [("fr", "« C'est mon ami, mais je crois qu'il est devenu fou », a déclaré M. Kadhafi dimanche.",
                             "Kadhafi"),
                            ("en", "\"We will not deploy any troops on the ground,\" said Mr. Obama on Friday.", "Obama")]:
        art = Article(id="q", title="", text=text, lang=lang, published=PartialDate.parse("2011-03-20"))
        (q,) = extract_quotes(art)
        assert q.speaker == who and "\u2024" not in q.text + q.sentence and text[q.start:q.end].strip("«» \"")


def test_an_inverted_speaker_ends_before_the_circumstances():
    """'a affirmé mardi Nicolas Sarkozy devant les députés': the weekday and what follows the name
    are not the speaker (SPEAKER_END_WORDS per language); Italian reads its own speech verbs."""
    from storyline.extract.quotes import extract_quotes
    from storyline.models import Article, PartialDate

    cases = [
        ("fr", "« La situation est grave », a affirmé mardi Nicolas Sarkozy devant les députés.", "Nicolas Sarkozy"),
        ("fr", "« Nous ne laisserons pas faire », a déclaré le ministre des Affaires étrangères Alain Juppé lors "
               "d'une conférence de presse à Paris.", "le ministre des Affaires étrangères Alain Juppé"),
        ("es", "«No vamos a permitirlo», afirmó el presidente Barack Obama en una rueda de prensa en Washington.",
         "Barack Obama"),
        ("it", "«Non lo permetteremo», ha dichiarato il ministro degli Esteri Franco Frattini durante una "
               "conferenza stampa.", "il ministro degli Esteri Franco Frattini"),
    ]
    for lang, text, who in cases:
        art = Article(id="q", title="", text=text, lang=lang, published=PartialDate.parse("2011-03-20"))
        (q,) = extract_quotes(art)
        assert q.speaker == who, (lang, q.speaker)


def test_a_sentence_opener_before_the_verb_is_no_speaker():
    # Italian "È quanto ha detto X" (that is what X said): the speaker follows the verb
    assert [q.speaker for q in quotes("E' quanto afferma il portavoce Luca Bianchi.", "it")] == ["Luca Bianchi"]
    direct = quotes('E’ quanto ha dichiarato Giulia Verdi: "Non lasceremo la città senza acqua né luce".', "it")
    assert [(q.speaker, q.kind) for q in direct] == [("Giulia Verdi", "direct")]
    assert [q.speaker for q in quotes("Así lo dijo el alcalde Pedro Gómez en la plaza mayor.", "es")] == [
        "el alcalde Pedro Gómez"]
    # a conjunction or adverb and no named subject: nobody is named, so no speaker is made up
    assert quotes("Ma dice che la riforma non passerà mai in questa forma.", "it") == []
    assert quotes("También añadió que los camiones con ayuda no podrán entrar hasta el lunes.", "es") == []


def test_a_clause_after_the_verb_is_no_speaker():
    # "says that ...", "indicó que ...": what was said, never who said it
    assert quotes("The lawyer Mark Jones, who has defended many officials, says that the trial could "
                  "last for years.", "en") == []
    es = quotes("El portavoz del ejército, Juan Pérez, indicó que cientos de soldados vigilan la "
                "frontera norte.", "es")
    assert [q.speaker for q in es] == ["Juan Pérez"]  # the name between commas, not "que cientos ..."


def test_a_clitic_before_the_verb_is_not_part_of_the_speaker():
    q = quotes("L'ex sindaco di Torino lo ha detto in un'intervista alla radio locale.", "it")
    assert [x.speaker for x in q] == ["L'ex sindaco di Torino"]


def test_an_ordinal_secondo_is_not_according_to():
    assert quotes("Ieri è atterrato a Ciampino il secondo C-130 con cinquanta passeggeri a bordo.", "it") == []
    q = quotes("Sono morte dodici persone, secondo Medici Senza Frontiere.", "it")
    assert [x.speaker for x in q] == ["Medici Senza Frontiere"]
    # after a conjunction or a noun, "secondo"/"selon"/"según" is still "according to"
    q = quotes("Ci sono stati dieci morti e, secondo Amnesty International, trenta feriti.", "it")
    assert [x.speaker for x in q] == ["Amnesty International"]
    q = quotes("La guerre a fait des milliers de morts selon Jean Dupont, et des milliers de blessés.", "fr")
    assert [x.speaker for x in q] == ["Jean Dupont"]


def test_a_phrase_between_the_verb_and_the_speaker_is_no_part_of_the_speaker():
    def one(text, lang):
        q = quotes(text, lang)
        return [(x.speaker, x.relays) for x in q]

    # the outlet the statement was given to relays it
    assert one('"La situazione è grave", ha detto all\'Ansa Marco Bellini, portavoce della Croce Rossa.', "it") == [
        ("Marco Bellini", ("Ansa",))]
    assert one('"Non ci sono feriti", ha riferito alla Reuters una fonte della polizia.', "it") == [
        ("una fonte della polizia", ("Reuters",))]
    assert one('« Pas de sortie », a affirmé à l\'AFP un diplomate occidental.', "fr") == [
        ("un diplomate occidental", ("AFP",))]
    # where or how it was said
    assert one('"Il porto resta chiuso", ha spiegato in una nota Giulia Ferraro.', "it") == [("Giulia Ferraro", ())]
    assert one('"La ciudad está sitiada", dijo en un comunicado Pedro Alvarez.', "es") == [("Pedro Alvarez", ())]
    assert one('"Domani si vota", ha annunciato in conferenza stampa il premier.', "it") == [("il premier", ())]
    assert one('« Nous ne partirons pas », a déclaré à la presse le chef des rebelles.', "fr") == [
        ("le chef des rebelles", ())]
    # a name after an outlet noun is the outlet's; the speaker follows
    assert one('"No hay salida", dijo a la cadena CBS el portavoz Juan Pérez.', "es") == [("Juan Pérez", ("CBS",))]
    # an outlet of two names; a correspondent of an outlet; a place is where, not who relayed it
    assert one('"Servono subito altre medicine", ha dichiarato alla France Presse il direttore dell\'ospedale.', "it") == [
        ("il direttore dell'ospedale", ("France Presse",))]
    assert one('"Qui adesso è tutto calmo", ha detto all\'inviata dell\'Ansa uno dei soldati di guardia.', "it") == [
        ("uno dei soldati di guardia", ("Ansa",))]
    assert one('"Il vertice è utile", ha detto a Parigi il ministro Paolo Conti.', "it")[0][1] == ()
    # said to someone, speaker not named here: no invented speaker
    assert one('"Non c\'è via d\'uscita", ha detto ai giornalisti.', "it") == []


def test_a_gerund_ends_the_speaker():
    assert [x.speaker for x in quotes('"Siamo pronti a trattare", ha detto Luca Moretti parlando ai giornalisti.',
                                      "it")] == ["Luca Moretti"]
    assert [x.speaker for x in quotes('"No habrá elecciones", afirmó Ana Ruiz hablando con la prensa local.',
                                      "es")] == ["Ana Ruiz"]


def test_a_pronoun_speaker_is_cut_before_the_place_and_resolved():
    """'sagte sie in Berlin', 'siger hun i Folketinget': a pronoun, then where it was said (a
    capitalised place after i/in is part of a name only when the name itself is capitalised)."""
    de = quotes("Verteidigungsministerin Annegret Kramp-Karrenbauer sagte am Montag, die Lage sei schwierig. "
                "„Wir werden unsere Ortskräfte nicht im Stich lassen“, sagte sie in Berlin.", "de")
    assert [q.speaker for q in de] == ["Annegret Kramp-Karrenbauer"] * 2
    da = quotes("Forsvarsminister Trine Bramsen siger til Ritzau, at tilbagetrækningen går efter planen.\n\n"
                "- Vi lader ikke nogen i stikken, siger hun i Folketinget.", "da")
    assert [q.speaker for q in da] == ["Trine Bramsen"] * 2 and da[1].relays[0] == "Ritzau"
    # a name that holds "of"/"i" before a capital keeps it
    en = quotes('"The rate stays where it is," said Governor Andrew Bailey of the Bank of England.', "en")
    assert en and en[0].speaker.startswith("Governor Andrew Bailey")


def test_a_name_between_commas_after_its_description_is_the_speaker():
    es = quotes("El ministro de Defensa, Carlos Pérez, dijo a la agencia Efe que la retirada avanza.", "es")
    assert [(q.speaker, q.relays) for q in es] == [("Carlos Pérez", ("Efe",))]
    en = quotes("The head of the Arab League, Nabil al-Araby, said on Friday that monitors would stay.", "en")
    assert [q.speaker for q in en] == ["Nabil al-Araby"]


def test_pro_drop_attribution_takes_the_speaker_named_just_before():
    es = quotes("El ministro de Defensa, Carlos Pérez, dijo a la agencia Efe que la retirada avanza. "
                "\"No dejaremos a nadie atrás\", afirmó el jueves en Madrid.", "es")
    assert [q.speaker for q in es] == ["Carlos Pérez", "Carlos Pérez"] and es[1].kind == "direct"
    it = quotes("Il portavoce Marco Rossi ha confermato la notizia. \"Le truppe partiranno entro agosto\", "
                "ha aggiunto in serata.", "it")
    assert it and it[-1].speaker == "Marco Rossi"
    bare = quotes("El ministro de Defensa, Carlos Pérez, dijo que la retirada avanza. \"No dejaremos a nadie "
                  "atrás\", añadió.", "es")  # the verb alone
    assert [(q.kind, q.speaker) for q in bare] == [("reported", "Carlos Pérez"), ("direct", "Carlos Pérez")]
    # far from any named speaker, an unattributed verb names nobody: the quote is dropped
    far = quotes("Il portavoce Marco Rossi ha confermato la notizia. " + "Altre frasi senza citazioni qui. " * 20
                 + "\"Le truppe partiranno entro agosto\", ha aggiunto in serata.", "it")
    assert all(q.text != "Le truppe partiranno entro agosto" for q in far)
    # English is no pro-drop language
    en = quotes('Officials met on Monday. "We will leave by August," said on Tuesday.', "en")
    assert all(q.text != "We will leave by August," for q in en)


def test_german_dative_outlet_is_the_relay_and_a_dative_title_is_not():
    q = quotes("Verteidigungsministerin Annegret Kramp-Karrenbauer sagte der Deutschen Presse-Agentur, "
               "die Lage sei schwierig.", "de")
    assert [(x.speaker, x.relays) for x in q] == [("Annegret Kramp-Karrenbauer", ("Deutschen Presse-Agentur",))]
    q = quotes("„Wir bleiben hier, solange es nötig ist“, sagte der Minister.", "de")
    assert q and q[0].speaker == "der Minister" and q[0].relays == ()


def test_a_fronted_phrase_puts_the_speaker_after_the_verb_and_its_outlet_relays():
    cases = [("de", "Am Montag sagte Bundeskanzler Olaf Scholz, die Lage sei ernst.", "Olaf Scholz", ()),
             ("de", "Laut der Nachrichtenagentur Reuters sagte Scholz, er sei zufrieden.", "Scholz", ("Reuters",)),
             ("da", "Ifølge Reuters siger Mette Frederiksen, at situationen er alvorlig.", "Mette Frederiksen", ("Reuters",)),
             ("da", "I Bruxelles siger Mette Frederiksen, at situationen er alvorlig.", "Mette Frederiksen", ()),
             ("en", "According to Reuters, Scholz said the situation was serious.", "Scholz", ("Reuters",))]
    for lang, text, speaker, relays in cases:
        q = quotes(text, lang)
        assert [(x.speaker, x.relays) for x in q] == [(speaker, relays)], (text, q)


def test_an_outlet_told_or_trailing_the_speaker_is_the_relay():
    q = quotes('"We are ready to leave," Kirby told Reuters on Tuesday.', "en")
    assert [(x.speaker, x.relays) for x in q] == [("Kirby", ("Reuters",))]
    q = quotes('"Siamo pronti a partire", ha detto il ministro Guido Crosetto all\'Ansa.', "it")
    assert [(x.speaker, x.relays) for x in q] == [("Guido Crosetto", ("Ansa",))]
    q = quotes('"Siamo pronti a partire", ha detto il ministro Guido Crosetto a Roma.', "it")
    assert [(x.speaker, x.relays) for x in q] == [("Guido Crosetto", ())]  # a place is no outlet
    q = quotes("Sheikh Hamad told US television that the talks had failed.", "en")
    assert q and q[0].relays == ()  # a country's acronym is no outlet


def test_a_described_source_before_the_verb_is_the_speaker():
    q = quotes('"We are ready to leave," a senior official told the Associated Press.', "en")
    assert [x.speaker for x in q] == ["a senior official"]
    q = quotes('"We are ready to leave," the defence official said.', "en")
    assert [x.speaker for x in q] == ["the defence official"]
    q = quotes('- Vi er klar til at rejse, siger en unavngiven kilde.', "da")
    assert [x.speaker for x in q] == ["en unavngiven kilde"]


def test_an_inverted_description_gives_way_to_the_name_after_it():
    q = quotes("« Nous sommes prêts à partir », a déclaré le porte-parole du Pentagone, John Kirby, à l'AFP.", "fr")
    assert [(x.speaker, x.relays) for x in q] == [("John Kirby", ("AFP",))]
    q = quotes('"Estamos listos para partir", dijo el portavoz del ministerio, Carlos Pérez, a la agencia Efe.', "es")
    assert [(x.speaker, x.relays) for x in q] == [("Carlos Pérez", ("Efe",))]
    # a place after the comma is where, not who
    q = quotes('"We are ready to leave," said a spokesman in Kabul, Afghanistan.', "en")
    assert [x.speaker for x in q] == ["a spokesman"]  # and "in Kabul" is where he said it


def test_an_article_and_a_title_before_the_verb_are_a_speaker():
    assert [(x.speaker, x.relays) for x in quotes("Der Minister sagte dem Bayerischen Rundfunk, man werde handeln.", "de")] \
        == [("Der Minister", ("Bayerischen Rundfunk",))]
    assert [x.speaker for x in quotes("A Red Cross spokesman said the camps were full.", "en")] == ["A Red Cross spokesman"]
    assert quotes("The company said profits rose.", "en") == []  # no title, no source noun: not taken


def test_reported_speech_keeps_what_was_said_without_its_attribution():
    cases = [
        ("da", "De tre broer i Bayern blev fredag genåbnet, oplyser myndighederne ifølge nyhedsbureauet Ritzau.",
         "myndighederne", "De tre broer i Bayern blev fredag genåbnet"),
        ("it", "Circa 1.200 persone sono state evacuate in Baviera, ha detto martedì il ministro dell'Interno "
               "Joachim Herrmann.", "il ministro dell'Interno Joachim Herrmann",
         "Circa 1.200 persone sono state evacuate in Baviera"),
        ("en", "Authorities said the three bridges would reopen by Friday at the latest.", "Authorities",
         "the three bridges would reopen by Friday at the latest"),
        ("da", "Ministeren sagde til avisen Politiken, at aftalen holder.", "Ministeren", "aftalen holder"),
        ("en", "MUNICH (Reuters) - About 1,200 people were evacuated, the state interior ministry said.",
         "the state interior ministry", "About 1,200 people were evacuated"),
        ("en", "Mike Godfrey told CNN it looked like a blanket over the city.", "Mike Godfrey",
         "it looked like a blanket over the city"),
    ]
    for lang, text, speaker, said in cases:
        q = quotes(text, lang)
        assert [(x.kind, x.speaker, x.text) for x in q] == [("reported", speaker, said)], (text, q)
        assert text[q[0].start:q[0].end] == said  # the offsets are the said span's
        assert q[0].sentence == text  # the whole sentence stays with it


def test_a_dative_outlet_after_the_speaker_is_cut_off_as_the_relay():
    q = quotes("„Die Lage bleibt angespannt“, sagte Innenminister Joachim Herrmann der Deutschen Presse-Agentur.", "de")
    assert [(x.speaker, x.relays, x.text) for x in q] == [
        ("Joachim Herrmann", ("Deutschen Presse-Agentur",), "Die Lage bleibt angespannt")]
    q = quotes("„Die Lage bleibt angespannt“, sagte Herrmann dem Bayerischen Rundfunk am Dienstag.", "de")
    assert [(x.speaker, x.relays) for x in q] == [("Herrmann", ("Bayerischen Rundfunk",))]


def test_a_lower_case_title_and_name_after_the_quote_is_the_speaker():
    q = quotes('About 1,200 people were evacuated, the ministry said.\n\n'
               '"The situation remains tense," state interior minister Joachim Herrmann told reporters.', "en")
    direct = [x for x in q if x.kind == "direct"]
    # the comma English puts inside the quote marks belongs to the sentence, not the quote
    assert [(x.speaker, x.text) for x in direct] == [("state interior minister Joachim Herrmann",
                                                      "The situation remains tense")]


def test_det_oplyser_x_reports_the_sentence_before():
    text = ("En kraftig stormflod har torsdag ramt den jyske vestkyst. Det oplyser Midt- og Vestjyllands Politi.\n\n"
            "Regeringens hjælpepakke bliver først præsenteret i midten af april.\n\n"
            "Det bekræfter erhvervsminister Morten Bødskov (S) over for Ritzau.")
    q = quotes(text, "da")
    assert [(x.speaker, x.relays, x.text) for x in q] == [
        ("Midt- og Vestjyllands Politi", (), "En kraftig stormflod har torsdag ramt den jyske vestkyst"),
        ("Morten Bødskov", ("Ritzau",), "Regeringens hjælpepakke bliver først præsenteret i midten af april")]
    assert all(text[x.start:x.end] == x.text for x in q)


@pytest.mark.parametrize("lang, text, expected", [
    # passive: the subject is not a speaker
    ("en", "One Briton is confirmed dead in the disaster, with another still missing.", []),
    ("en", "Hundreds of residents in Cairns are being told to evacuate their homes.", []),
    # a gerund with no subject is nobody; a pronoun after a gerund phrase is the subject
    ("it", "Lo afferma intervenendo a Tolmezzo nel corso di un incontro pubblico.", []),
    # "told" names whom it was said to
    ("en", "Liu Guijin, the special envoy, told reporters on Thursday that China had done a lot of work.",
     [("Liu Guijin", "China had done a lot of work")]),
    # a speaker after a dash; a sentence that says nothing; one that announces the quote to come
    ("en", "Police have only one clue -- a witness said they saw a car leave the parking lot.",
     [("a witness", "they saw a car leave the parking lot")]),
    ("en", "Mr Davutoglu clearly had a lot to say.", []),
    ("fr", "Andishe dit [en farsi] :", []),
    # a long clause after the verb is no inverted speaker
    ("en", "In his turn, Mr Davutoglu said the pair discussed concrete steps for Damascus to halt the killing of "
           "civilians in the central city of Hama.", []),
    ("en", "Across Syria, 24 people were killed on Wednesday, said activists.",
     [("activists", "Across Syria, 24 people were killed on Wednesday")]),
])
def test_who_is_not_a_speaker(lang, text, expected):
    assert [(q.speaker, q.text) for q in quotes(text, lang) if q.kind == "reported"] == expected


def test_tokenised_quotes_and_an_attribution_on_the_next_line():
    text = ("The unrest has paralyzed daily life.\n"
            "`` Everything is running out .\nI have three children and food for two more days . ''\n"
            "school administrator Gamalat Gadalla told CNN .\n"
            "`` We see them as enemies of the revolution , '' Revolutionary Guard Cmdr. Hossein Hamedani told IRNA .")
    q = quotes(text, "en")
    assert [(x.speaker, x.relays) for x in q] == [("school administrator Gamalat Gadalla", ("CNN",)),
                                                 ("Revolutionary Guard Cmdr. Hossein Hamedani", ("IRNA",))]
    assert q[0].text.startswith("Everything is running out")


def test_a_name_that_ends_like_a_gerund_is_still_the_speaker():
    # "Fernando" ends in "-ando" but is capitalised: a name, no gerund opening a clause
    q = quotes('"La situación es grave", dijo Fernando Vaz a la cadena SER.', "es")
    assert [(x.speaker, x.relays) for x in q] == [("Fernando Vaz", ("SER",))]


def test_a_source_phrase_may_open_the_sentence_and_hold_a_description():
    q = quotes("Según Fernando Vaz, la huelga va a durar.\n\n"
               "Según el enviado especial Pablo Ruiz, el acuerdo está cerca.\n\n"
               "Según han informado a Europa Press fuentes diplomáticas, la reunión fue breve.", "es")
    assert [(x.speaker, x.text) for x in q] == [("Fernando Vaz", "la huelga va a durar"),
                                                ("Pablo Ruiz", "el acuerdo está cerca")]


def test_a_speaker_named_by_a_title_alone_is_the_one_that_title_named_before():
    q = quotes('El ministro de Defensa, Carlos Pérez, dijo que el plan está listo. "No hay riesgo", '
               'afirmó el ministro en Madrid.', "es")
    assert [(x.kind, x.speaker) for x in q] == [("reported", "Carlos Pérez"), ("direct", "Carlos Pérez")]


def test_an_opening_source_phrase_after_a_time_or_dateline_leaves_what_was_said():
    from storyline.extract import extract

    got = [(q.speaker, q.text) for q in extract(Article(
        id="t", title="", lang="es", text="16.03h: Según la agencia AFP, se han producido disparos en la ciudad.")).quotes]
    assert got == [("AFP", "se han producido disparos en la ciudad")]


def test_a_two_word_title_is_no_part_of_the_speaker():
    from storyline.extract import extract

    text = '"We all have a responsibility," said UN Secretary General Ban Ki-moon.'
    assert [q.speaker for q in extract(Article(id="t", title="", lang="en", text=text)).quotes] == ["Ban Ki-moon"]


@pytest.mark.parametrize("text", [
    "KHARKIV - According to Reuters, the power plant was hit twice overnight.",
    "KHARKIV, May 2 - According to Reuters, the power plant was hit twice overnight.",
    "KHARKIV (AP) - According to Reuters, the power plant was hit twice overnight.",
])
def test_an_opening_source_phrase_after_any_dateline_leaves_what_was_said(text):
    # datelines are textclean.strip_wire_prefix's: bare, dated and with an agency alike
    assert [(q.speaker, q.text) for q in quotes(text, "en")] == [("Reuters", "the power plant was hit twice overnight")]


def test_an_organisation_in_capitals_before_a_dash_is_no_dateline():
    q = quotes("NATO - According to Reuters, the alliance moved two frigates into the Baltic.", "en")
    assert [x.speaker for x in q] == ["Reuters"] and q[0].text.startswith("NATO - According to Reuters")


@pytest.mark.parametrize("text, lang", [
    ("Very well said, Laura, and thank you for raising the question of the budget.", "en"),
    ("The finance minister smiled. Very well said, Laura, she told the presenter before the break.", "en"),
    ("Some of them said the curfew had been lifted far too early.", "en"),
    ("If approved, said the clerk, the new bridge toll would apply from June.", "en"),
])
def test_adverbs_conjunctions_and_quantifiers_before_a_speech_verb_name_nobody(text, lang):
    # quotes.rules.v10: a speaker phrase of stop words alone ("Very well", "Some of them", "If") is none
    speakers = [q.speaker for q in quotes(text, lang)]
    assert not any(s.split()[0].lower() in ("very", "some", "if") for s in speakers if s), speakers


@pytest.mark.parametrize("text, lang, speaker", [
    ("Police said the coastal road would reopen on Monday.", "en", "Police"),  # a noun, however common
    ("Folk sier at brua må stenges før vinteren.", "nb", "Folk"),  # a noun spaCy lists as a stop word
    ("US officials said the carrier group would stay in the Gulf until March.", "en", "US officials"),
])
def test_common_nouns_and_acronyms_stay_speakers(text, lang, speaker):
    assert [q.speaker for q in quotes(text, lang)] == [speaker]


def test_a_pronoun_is_still_a_speaker_and_takes_the_name_before():
    q = quotes('"We found no fault in the design," Anna Berg said on Tuesday. "The report will be out in June," '
               'she said.', "en")
    assert [x.speaker for x in q] == ["Anna Berg", "Anna Berg"]
    assert [x.speaker for x in quotes('"The report will be out in June," she said.', "en")] == ["she"]


def _per(text: str, sentence: str):
    from storyline.models import EntityMention

    return EntityMention("t", text, "PER", 0, len(text), sentence)


def test_a_surname_is_not_extended_to_a_headline_verb_before_it():
    from storyline.extract import _whole_speaker
    from storyline.models import Quote

    title = "Targeting Assad: rebels say the offensive on Aleppo has begun"
    text = (title + "\nAssad said the army would restore order in the north. Rebel commanders said they would "
            "target supply lines first.")
    q = Quote("t", "the army would restore order in the north", "Assad", 0, 10, text.split("\n")[1], "reported")
    # an English model's PER span that starts with the headline's verb
    assert _whole_speaker(q, [_per("Targeting Assad", title)], text, "en").speaker == "Assad"
    # the stem is written in lower case in neither form: the span may be a name after all
    plain = title + "\nAssad said the army would restore order in the north."
    assert _whole_speaker(q, [_per("Targeting Assad", title)], plain, "en").speaker == "Targeting Assad"
    # a stop word of the article's language is no first name either ("Very Brown said ...")
    assert _whole_speaker(replace_speaker(q, "Brown"), [_per("Very Brown", title)], plain, "en").speaker == "Brown"


def test_a_surname_is_still_extended_to_a_full_name():
    from storyline.extract import _whole_speaker
    from storyline.models import Quote

    text = ("Irving Kessler, the port's director, spoke on Monday. Kessler said the cranes were back in service "
            "and that shipping lines were targeting a full timetable by June.")
    q = Quote("t", "the cranes were back in service", "Kessler", 0, 10, text, "reported")
    assert _whole_speaker(q, [_per("Irving Kessler", text)], text, "en").speaker == "Irving Kessler"


def replace_speaker(q, speaker):
    from dataclasses import replace

    return replace(q, speaker=speaker)
