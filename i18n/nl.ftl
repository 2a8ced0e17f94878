# spiegel — Nederlands
#
# Alle teksten die gebruikers zien. Berichtnamen zijn in elk taalbestand
# gelijk; een test faalt als een taal een bericht mist of andere
# { $variabelen } gebruikt. Codes (lost-own-need, in-person, …) worden
# nooit vertaald.

language-name = Nederlands

## De eigen woorden van de opdrachtregel

help-usage = Gebruik
help-heading-commands = Opdrachten
help-heading-arguments = Argumenten
help-heading-options = Opties
