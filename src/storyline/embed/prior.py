"""Generic news-style sentences (written for this project) whose mean embedding is the
starting point of every language's running mean in the clusterer.

A multilingual embedder gives every text a large shared component (two unrelated news
sentences still score a cosine around 0.7 with e5). The clusterer removes it by subtracting
running per-language means, but those need a few dozen articles per language to settle;
until then the mean of these sentences stands in. The topics are deliberately scattered so
that the mean carries "news text" and not any one story.
"""
from __future__ import annotations

PRIOR_TEXTS = (
    "The central bank left interest rates unchanged on Thursday and said inflation was slowing.",
    "Heavy rain caused flooding in several villages and hundreds of residents were moved to shelters.",
    "The football club confirmed that its coach will leave at the end of the season.",
    "Parliament approved the budget after a long debate over spending on schools and hospitals.",
    "Researchers said the new vaccine reduced hospital admissions in a trial with 3,000 volunteers.",
    "Police arrested two men after a robbery at a jewellery shop in the city centre.",
    "The company reported higher quarterly profits and plans to hire 500 new workers.",
    "Thousands of people marched through the capital to protest against the new labour law.",
    "The film festival opened with a premiere attended by actors and directors from around the world.",
    "A train derailed near the border, injuring twelve passengers, the railway operator said.",
    "El Gobierno anunció nuevas ayudas para los agricultores afectados por la sequía.",
    "La selección nacional ganó el partido por dos goles a uno en el último minuto.",
    "Miles de personas se manifestaron en la plaza principal para exigir mejores salarios.",
    "Le président a rencontré les syndicats pour discuter de la réforme des retraites.",
    "Un incendie a détruit plusieurs hectares de forêt dans le sud du pays cet été.",
    "Les élections municipales auront lieu au printemps, a annoncé le ministère de l'Intérieur.",
    "Il consiglio comunale ha approvato il nuovo piano per il traffico nel centro storico.",
    "Un terremoto di magnitudo 4,2 è stato avvertito dalla popolazione senza causare danni.",
    "La squadra ha presentato il nuovo allenatore in una conferenza stampa a Milano.",
    "Die Regierung will die Steuern für kleine Unternehmen im nächsten Jahr senken.",
    "Nach dem Sturm waren tausende Haushalte stundenlang ohne Strom.",
    "Der Minister kündigte eine Untersuchung der Vorwürfe gegen die Behörde an.",
    "Regeringen vil bruge flere penge på sygehuse og ældrepleje i det nye budget.",
    "Politiet efterlyser vidner til et færdselsuheld på motorvejen natten til søndag.",
    "Virksomheden forventer at åbne en ny fabrik i Jylland inden udgangen af året.",
    "O governo anunciou um novo programa de habitação para famílias de baixa renda.",
    "De gemeente opent volgende maand een nieuwe bibliotheek in het centrum.",
    "Rząd zapowiedział podwyżki dla nauczycieli od przyszłego roku szkolnego.",
    "Правительство объявило о новых мерах поддержки малого бизнеса.",
    "The minister resigned after a report criticised the handling of the contract.",
    "A new study says sea levels along the coast have risen faster than expected.",
    "Voters in the region will choose a new governor in a runoff next month.",
)
