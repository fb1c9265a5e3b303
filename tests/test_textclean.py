

def test_display_title_skips_site_navigation_and_browser_notices():
    from storyline.textclean import display_title

    body = "La ville portuaire a connu de nouveaux combats ce matin, selon un médecin de l'hôpital.\n"
    for furniture in ("Boutique le Point", "Les sites éditoriaux", "Menu di navigazione principale",
                      "Please enable javascript to view this site."):
        assert display_title(furniture, furniture + "\n" + body) == body.strip(), furniture
