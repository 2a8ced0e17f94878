# spiegel — Nederlands
#
# Alle teksten die gebruikers zien. Berichtnamen zijn in elk taalbestand
# gelijk; een test faalt als een taal een bericht mist of andere
# { $variabelen } gebruikt. Codes (lost-own-need, in-person, …) worden
# nooit vertaald.
#
# Woorden uit de methode: hulpverlener, cliënt, belangrijke anderen,
# weerstand, systeemgesprek, supervisie, intervisie. Spreek de lezer aan
# met "je".

language-name = Nederlands

## De eigen woorden van de opdrachtregel

help-usage = Gebruik
help-heading-commands = Opdrachten
help-heading-arguments = Argumenten
help-heading-options = Opties
help-options-value = OPTIES
help-command-value = OPDRACHT
help-default = standaard
help-possible-values = mogelijke waarden
help-bad-language = gebruik een van: { $languages }

# Fouten op de opdrachtregel zelf.
usage-value-missing = bij '{ $arg }' hoort een waarde, maar die ontbreekt
usage-invalid-value = '{ $value }' is geen geldige waarde voor '{ $arg }'
usage-unknown-argument = onbekend argument '{ $arg }'
usage-unknown-command = onbekende opdracht '{ $command }'
usage-missing-arguments = { $count ->
        [one] dit argument ontbreekt: { $arguments }
       *[other] deze argumenten ontbreken: { $arguments }
    }
usage-missing-command = '{ $command }' heeft een opdracht nodig, maar die ontbreekt
usage-repeated = '{ $arg }' mag maar één keer
usage-conflict = '{ $arg }' kan niet samen met '{ $other }'
usage-too-many-values = onverwachte waarde '{ $value }' voor '{ $arg }'; er werd er geen meer verwacht
usage-no-equals = bij '{ $arg }' hoort een isgelijkteken voor de waarde
usage-write = schrijf { $values }
usage-hint = schrijf { $usage }
usage-more = zie `spiegel --help`

## Wat elke opdracht en elk argument doet (`spiegel --help`). Het
## attribuut .value noemt de waarde: `--note <TEKST>`.

cmd-spiegel = Een reflectiedagboek voor supervisie, voor systemisch werkende hulpverleners
cmd-spiegel-long =
    spiegel is een persoonlijk reflectiedagboek voor hulpverleners die de belangrijke anderen van hun cliënten bij de hulp betrekken. Noteer direct na een gesprek per casus bij welke stap van de methode het vastliep en waarom; bekijk vóór je supervisie of intervisie de patronen over je casussen heen.

    Stappen: 0 = de belangrijke anderen aan tafel krijgen; 1-7 = het gesprek tussen de cliënt en een belangrijke ander (zie `spiegel steps`).

    Het dagboek is één SQLite-bestand op deze computer: --db PAD, anders $SPIEGEL_DB, anders `journal` in het instellingenbestand (`spiegel config show`), anders de gegevensmap van je systeem. Er gaat niets van deze computer af.
cmd-spiegel--db = Het dagboekbestand [standaard: $SPIEGEL_DB, anders `journal` in het instellingenbestand, anders de gegevensmap van je systeem]
    .value = PAD
cmd-spiegel--lang = De taal waarin spiegel spreekt: en of nl [standaard: $SPIEGEL_LANG, anders `language` in het instellingenbestand, anders de taal van je systeem]
    .value = TAAL
cmd-spiegel--no_pager = Toon lange overzichten direct in de terminal, niet via de pager ($SPIEGEL_PAGER, anders `pager` in het instellingenbestand, anders $PAGER, anders less -FRX)
cmd-spiegel--help = Toon de hulp
cmd-spiegel--version = Toon de versie
cmd-help = Toon deze hulp, of de hulp bij de gegeven opdracht(en)

cmd-case = Casussen beginnen, bekijken, afsluiten, heropenen of hernoemen
cmd-case-add = Begin een casus onder een pseudoniem
cmd-case-add--name = Het pseudoniem van de cliënt (uniek; hoofdletters tellen niet mee)
    .value = NAAM
cmd-case-add--setting = Waar je de cliënt ziet, bijv. "verslavingskliniek"
    .value = SETTING
cmd-case-add--cohabiting = Of de cliënt met een vaste partner samenwoont
cmd-case-add--opened = Wanneer de casus begon: JJJJ-MM-DD, vandaag, gisteren, een weekdag of "3 dagen geleden" [standaard: vandaag]
    .value = DATUM
cmd-case-list = Open casussen met hun reflecties (--all: ook de afgesloten)
cmd-case-list--all = Ook afgesloten casussen
cmd-case-list--json = Eén JSON-document in plaats van tabellen
cmd-case-show = De gegevens, belangrijke anderen en tijdlijn van een casus
cmd-case-show--name = Het pseudoniem van de casus
    .value = NAAM
cmd-case-show--json = Eén JSON-document in plaats van tabellen
cmd-case-edit = Wijzig de setting van een casus, of de cliënt met een partner samenwoont, of wanneer hij begon
cmd-case-edit--name = Het pseudoniem van de casus
    .value = NAAM
cmd-case-edit--setting = Waar je de cliënt ziet ("" maakt het leeg)
    .value = SETTING
cmd-case-edit--cohabiting = Of de cliënt met een vaste partner samenwoont
cmd-case-edit--opened = Wanneer de casus begon (niet na het eerste gesprek)
    .value = DATUM
cmd-case-close = Sluit een casus af, met de uitkomst
cmd-case-close--name = Het pseudoniem van de casus
    .value = NAAM
cmd-case-close--outcome = Hoe de casus afliep
    .value = UITKOMST
cmd-case-close--date = Wanneer de casus afgesloten is [standaard: vandaag]
    .value = DATUM
cmd-case-reopen = Heropen een afgesloten casus
cmd-case-reopen--name = Het pseudoniem van de casus
    .value = NAAM
cmd-case-rename = Geef een casus een ander pseudoniem
cmd-case-rename--old = Het pseudoniem dat de casus nu heeft
    .value = OUD
cmd-case-rename--new = Het nieuwe pseudoniem
    .value = NIEUW

cmd-case-forget = Wis een casus en elk spoor ervan (kan niet ongedaan worden gemaakt; vraagt je de naam te typen)
cmd-case-forget--name = Het pseudoniem van de casus
    .value = NAAM
cmd-case-forget--yes = Vraag niet om bevestiging

cmd-other = De belangrijke anderen van een casus toevoegen, bekijken of corrigeren
cmd-other-add = Voeg een belangrijke ander toe aan een casus
cmd-other-add--case = Het pseudoniem van de casus
    .value = CASUS
cmd-other-add--name = De naam van de ander (ook een pseudoniem)
    .value = NAAM
cmd-other-add--role = Wie de ander voor de cliënt is
    .value = ROL
cmd-other-add--named = Wanneer de cliënt de ander noemde: JJJJ-MM-DD, vandaag, gisteren, een weekdag of "3 dagen geleden" [standaard: vandaag]
    .value = DATUM
cmd-other-list = De belangrijke anderen van een casus, en hoe vaak ieder erbij was
cmd-other-list--case = Het pseudoniem van de casus
    .value = CASUS
cmd-other-list--json = Eén JSON-document in plaats van tabellen
cmd-other-edit = Wijzig wie een belangrijke ander voor de cliënt is
cmd-other-edit--case = Het pseudoniem van de casus
    .value = CASUS
cmd-other-edit--name = De naam van de ander
    .value = NAAM
cmd-other-edit--role = Wie de ander voor de cliënt is
    .value = ROL
cmd-other-rename = Geef een belangrijke ander een andere naam; de sessies waarbij die was, houden hem of haar
cmd-other-rename--case = Het pseudoniem van de casus
    .value = CASUS
cmd-other-rename--name = De naam die de ander nu heeft
    .value = NAAM
cmd-other-rename--new = De nieuwe naam
    .value = NIEUW
cmd-other-remove = Verwijder een belangrijke ander die per vergissing is toegevoegd
cmd-other-remove--case = Het pseudoniem van de casus
    .value = CASUS
cmd-other-remove--name = De naam van de ander
    .value = NAAM
cmd-other-remove--force = Ook als de ander bij sessies was: die verdwijnt dan uit die reflecties
cmd-invite = Stap 0 per persoon: leg vast dat een belangrijke ander is uitgenodigd, en het antwoord
cmd-invite--case = Het pseudoniem van de casus
    .value = CASUS
cmd-invite--name = De naam van de belangrijke ander (zie `spiegel other list`)
    .value = NAAM
cmd-invite--by = Wie uitnodigde: de cliënt, of jij. Zonder: het antwoord op de laatste uitnodiging die op antwoord wacht
    .value = cliënt|ik
cmd-invite--date = Wanneer de ander is uitgenodigd: JJJJ-MM-DD, vandaag, gisteren, een weekdag of "3 dagen geleden" [standaard: vandaag]
    .value = DATUM
cmd-invite--medium = Hoe de ander is uitgenodigd
    .value = MEDIUM
cmd-invite--answer = Wat de ander antwoordde [standaard bij een nieuwe uitnodiging: nog geen antwoord]
    .value = ja|nee|open
cmd-invite--resistance = De weerstand die je tegenkwam: een code of het begin van het label (zie `spiegel steps 0`)
    .value = CODE
cmd-invite--note = Een notitie bij de uitnodiging (komt onder een eerdere); `-` leest hem van stdin
    .value = TEKST

cmd-add = Leg een reflectie op een gesprek vast (toont het nummer)
cmd-add--case = Het pseudoniem van de casus. Geef geen opties om in een terminal door de reflectie geleid te worden (met of zonder casus)
    .value = CASUS
cmd-add--date = De datum van het gesprek: JJJJ-MM-DD, vandaag, gisteren, een weekdag (vrijdag = de laatste vrijdag, vandaag meegeteld) of "3 dagen geleden"; Engels mag ook [standaard: vandaag]
    .value = DATUM
cmd-add--with = Een belangrijke ander die erbij was (herhaal voor meer)
    .value = NAAM
cmd-add--medium = Hoe het gesprek plaatsvond [standaard: face-to-face]
    .value = VORM
cmd-add--resistance = Een weerstandsreactie die je tegenkwam, met het begin van de omschrijving: "ik heb niemand", "ze willen niet", "het is mijn probleem" (of de code; herhaalbaar)
    .value = CODE
cmd-add--stall = Waar het vastliep en waarom: de stap en het begin van de omschrijving van de reden, bijv. 7:meegegaan, of de code (herhaalbaar; zie `spiegel reasons`)
    .value = STAP:REDEN[,REDEN…]
cmd-add--completed = Alle zeven stappen zijn doorlopen
cmd-add--note = Wat er gebeurde en wat jij nodig had; `-` leest het van stdin, dan blijft het buiten je shellgeschiedenis
    .value = TEKST
cmd-add--went_well = Wat goed ging in het gesprek (wat werkte, om vast te houden); `-` leest het van stdin
    .value = TEKST
cmd-add--ask = Een vraag voor supervisie; `-` leest hem van stdin
cmd-add--for_group = Met --ask: een vraag voor je intervisiegroep (`spiegel prep --group` noemt hem; `export --anonymize --as CODE` deelt hem)
    .value = TEKST

cmd-list = Bekijk reflecties, nieuwste eerst
cmd-list--case = Alleen deze casus
    .value = CASUS
cmd-list--step = Alleen reflecties die bij deze stap vastliepen (0-7)
cmd-list--why = Alleen reflecties met deze reden, als code of begin van de omschrijving (bij --step, als je die geeft)
    .value = CODE
cmd-list--since = Vanaf deze datum
    .value = DATUM
cmd-list--until = Tot en met deze datum
    .value = DATUM
cmd-list--limit = Hoogstens zoveel, nieuwste eerst; 0 = alle
cmd-list--json = Eén JSON-document in plaats van tabellen

cmd-search = Zoek woorden in notities, wat goed ging, vragen, antwoorden en notities van bijeenkomsten, nieuwste eerst
cmd-search--words = De woorden om te zoeken: elk vindt de woorden die ermee beginnen; "tussen aanhalingstekens": precies dat woord of die zin; AND, OR, NOT en ( ) combineren ze
    .value = WOORDEN
cmd-search--case = Alleen de reflecties van deze casus
    .value = CASUS
cmd-search--since = Vanaf deze datum
    .value = DATUM
cmd-search--until = Tot en met deze datum
    .value = DATUM
cmd-search--limit = Hoogstens zoveel, nieuwste eerst; 0 = alle
cmd-search--json = Eén JSON-document in plaats van tekst

cmd-show = Toon één reflectie helemaal
cmd-show--id = Het nummer van de reflectie (zie `spiegel list`)
    .value = NR
cmd-show--json = Eén JSON-document in plaats van tabellen

cmd-edit = Wijzig een reflectie: de opties die je geeft vervangen wat erin staat; zonder opties in je editor
cmd-edit--id = Het nummer van de reflectie (zie `spiegel list`)
    .value = NR
cmd-edit--date = De datum van het gesprek: JJJJ-MM-DD, vandaag, gisteren, een weekdag (vrijdag = de laatste vrijdag, vandaag meegeteld) of "3 dagen geleden"; Engels mag ook
    .value = DATUM
cmd-edit--with = Een belangrijke ander die erbij was (herhaal voor meer)
    .value = NAAM
cmd-edit--medium = Hoe het gesprek plaatsvond
    .value = VORM
cmd-edit--resistance = Een weerstandsreactie die je tegenkwam, met het begin van de omschrijving: "ik heb niemand", "ze willen niet", "het is mijn probleem" (of de code; herhaalbaar)
    .value = CODE
cmd-edit--stall = Waar het vastliep en waarom: de stap en het begin van de omschrijving van de reden, bijv. 7:meegegaan, of de code (herhaalbaar; zie `spiegel reasons`)
    .value = STAP:REDEN[,REDEN…]
cmd-edit--completed = Alle zeven stappen zijn doorlopen
cmd-edit--note = Wat er gebeurde en wat jij nodig had; `-` leest het van stdin, dan blijft het buiten je shellgeschiedenis
    .value = TEKST
cmd-edit--went_well = Wat goed ging in het gesprek (wat werkte, om vast te houden); `-` leest het van stdin
    .value = TEKST
cmd-edit--ask = Een vraag voor supervisie; `-` leest hem van stdin
cmd-edit--for_group = Met --ask: een vraag voor je intervisiegroep (`spiegel prep --group` noemt hem; `export --anonymize --as CODE` deelt hem)
    .value = TEKST
cmd-edit--not_completed = De zeven stappen zijn toch niet doorlopen
cmd-edit--alone = Er was verder niemand bij: haal iedereen weg die met --with is gegeven
cmd-edit--no_resistance = Haal alle weerstandsreacties weg
cmd-edit--no_stalls = Haal weg waar het vastliep

cmd-delete = Verwijder een reflectie (vraagt het eerst, tenzij --yes)
cmd-delete--id = Het nummer van de reflectie (zie `spiegel list`)
    .value = NR
cmd-delete--yes = Vraag niet om bevestiging

cmd-steps = De stappen 0-7 van de methode
cmd-steps--json = Eén JSON-document in plaats van tabellen

cmd-reasons = De redenen waarom een stap vastloopt; voeg je eigen redenen toe, zet ze buiten gebruik of verwijder ze
cmd-reasons--side = Alleen redenen aan deze kant
    .value = KANT
cmd-reasons--all = Ook redenen die buiten gebruik zijn
cmd-reasons--json = Eén JSON-document in plaats van tabellen
cmd-reasons-add = Voeg een eigen reden toe
cmd-reasons-add--code = Kleine letters, cijfers en streepjes, bijv. rushed-the-ending
cmd-reasons-add--side = Over wiens kant het gaat
    .value = KANT
cmd-reasons-add--label = De omschrijving in de taal die je spreekt (de andere taal krijgt dezelfde woorden, tot je die een eigen omschrijving geeft)
    .value = TEKST
cmd-reasons-add--en = De omschrijving in het Engels
    .value = TEKST
cmd-reasons-add--nl = De omschrijving in het Nederlands
cmd-reasons-add--steps = De stappen waarbij het meestal speelt, bijv. 1,4,5: over die gesprekken telt `spiegel patterns` het
    .value = TEKST
cmd-reasons-retire = Bied een reden niet meer aan; reflecties die hem al geven, houden hem
cmd-reasons-retire--code = De code van de reden, of het begin van de omschrijving
cmd-reasons-restore = Bied een reden die buiten gebruik is weer aan
cmd-reasons-restore--code = De code van de reden, of het begin van de omschrijving
cmd-reasons-remove = Verwijder een eigen reden die nergens gebruikt wordt
cmd-reasons-remove--code = De code van de reden, of het begin van de omschrijving

cmd-patterns = Patronen over je casussen heen: waar het vastloopt, waarom, wat terugkomt en wat volgde
cmd-patterns--since = Vanaf deze datum
    .value = DATUM
cmd-patterns--until = Tot en met deze datum
    .value = DATUM
cmd-patterns--case = Alleen deze casus
    .value = NAAM
cmd-patterns--side = Naar wiens redenen je kijkt
    .value = KANT
cmd-patterns--min_cases = Een reden die in minstens zoveel casussen voorkomt, is een terugkerend patroon
cmd-patterns--when = Alleen sessies waarin deze weerstandsreactie speelde
cmd-patterns--by = In een dagboek met de gedeelde records van een intervisiegroep: elk patroon per collega (jij: "ik")
    .value = WAT
cmd-patterns--group = Welke patronen de groepsleden delen, en welke van één collega zijn
cmd-patterns--json = Eén JSON-document in plaats van tabellen

cmd-prep = De pagina om mee te nemen naar supervisie: alles sinds de laatste bijeenkomst (Markdown of HTML)
cmd-prep--since = Waar de pagina begint: een datum, of `last` voor de dag na de laatst vastgelegde supervisiebijeenkomst
    .value = DATUM|last
cmd-prep--format = Markdown of HTML
    .value = VORM
cmd-prep--output = Schrijf naar dit nieuwe bestand (privé: modus 0600) in plaats van naar stdout (`-` = stdout)
cmd-prep--force = Vervang een eerdere pagina in BESTAND (nooit het dagboek, een reservekopie, een export of een koppeling)
    .value = BESTAND
cmd-prep--min_cases = Een reden die in minstens zoveel casussen voorkomt, is een terugkerend patroon
cmd-prep--json = De cijfers van de pagina als één JSON-document (de gegevens die de pagina toont)
cmd-prep--group = De pagina voor de bijeenkomst van je intervisiegroep: gedeelde patronen, ieders vaakste patroon aan de eigen kant, de vragen aan de groep (alle records, of vanaf --since DATUM)

cmd-questions = Vragen voor supervisie; beantwoord of verbeter ze
cmd-questions--open = Alleen open vragen (standaard)
cmd-questions--all = Ook beantwoorde vragen
cmd-questions--json = Eén JSON-document in plaats van tabellen
cmd-questions-answer = Leg vast wat een vraag opleverde, en sluit hem af
cmd-questions-answer--id = Het nummer van de vraag (zie `spiegel questions`)
    .value = NR
cmd-questions-answer--note = Wat het opleverde; `-` leest het van stdin
    .value = TEKST
cmd-questions-answer--date = Wanneer de vraag beantwoord is [standaard: vandaag]
    .value = DATUM
cmd-questions-answer--replace = Vervang een eerder antwoord
cmd-questions-edit = Verbeter een vraag, het antwoord, of wanneer hij beantwoord is
cmd-questions-edit--id = Het nummer van de vraag (zie `spiegel questions --all`)
    .value = NR
cmd-questions-edit--text = De vraag, in plaats van wat er nu staat
    .value = TEKST
cmd-questions-edit--answer = Wat het opleverde, in plaats van het antwoord (beantwoordt een open vraag); `-` leest het van stdin
    .value = TEKST
cmd-questions-edit--answered = Wanneer de vraag beantwoord is
cmd-questions-edit--for_group = Een vraag voor je intervisiegroep (`spiegel prep --group` noemt hem)
cmd-questions-edit--not_for_group = Niet meer voor je intervisiegroep: voor je eigen supervisie
    .value = DATUM

cmd-supervision = Supervisiebijeenkomsten vastleggen, bekijken en corrigeren
cmd-supervision-add = Leg een supervisie- of intervisiebijeenkomst vast
cmd-supervision-add--date = Wanneer de bijeenkomst was [standaard: vandaag]
    .value = DATUM
cmd-supervision-add--kind = Wat voor bijeenkomst
    .value = SOORT
cmd-supervision-add--with = De supervisor of de groep
    .value = NAAM
cmd-supervision-add--note = Wat je eraan overhoudt; `-` leest het van stdin
    .value = TEKST
cmd-supervision-list = De bijeenkomsten, meest recente eerst
cmd-supervision-list--json = Eén JSON-document in plaats van tabellen
cmd-supervision-edit = Verbeter een bijeenkomst: de datum, de soort, de supervisor of groep, of de notitie
cmd-supervision-edit--id = Het nummer van de bijeenkomst (zie `spiegel supervision list`)
    .value = NR
cmd-supervision-edit--date = Wanneer de bijeenkomst was
    .value = DATUM
cmd-supervision-edit--kind = Wat voor bijeenkomst
    .value = SOORT
cmd-supervision-edit--with = De supervisor of de groep ("" maakt het leeg)
    .value = NAAM
cmd-supervision-edit--note = Wat je eraan overhoudt, in plaats van de notitie; `-` leest het van stdin
    .value = TEKST
cmd-supervision-delete = Verwijder een bijeenkomst (vraagt het eerst; `spiegel undo` brengt hem terug)
cmd-supervision-delete--id = Het nummer van de bijeenkomst (zie `spiegel supervision list`)
    .value = NR
cmd-supervision-delete--yes = Vraag niet om bevestiging

cmd-goal = Leerdoelen, en of hun reden minder vaak voorkomt
cmd-goal-add = Stel een leerdoel, gekoppeld aan de reden die minder vaak moet voorkomen
cmd-goal-add--text = Waar je aan werkt, bijv. "bij stap 3 in de stilte blijven"
    .value = TEKST
cmd-goal-add--reason = De reden die minder vaak moet voorkomen: het begin van de omschrijving, bijv. "te snel gegaan", of de code
    .value = CODE
cmd-goal-add--since = Wanneer je ermee begon [standaard: vandaag]
    .value = DATUM
cmd-goal-list = Leerdoelen, met hoe vaak hun reden voorkwam, ervoor en sindsdien
cmd-goal-list--all = Ook afgeronde leerdoelen
cmd-goal-list--when = Alleen sessies waarin deze weerstandsreactie speelde
cmd-goal-list--json = Eén JSON-document in plaats van tabellen
cmd-goal-done = Rond een leerdoel af
cmd-goal-done--id = Het nummer van het leerdoel (zie `spiegel goal list`)
    .value = NR
cmd-goal-done--date = Wanneer [standaard: vandaag]
    .value = DATUM
cmd-goal-edit = Verbeter een leerdoel: de tekst, de reden, wanneer het begon of afgerond is
cmd-goal-edit--id = Het nummer van het leerdoel (zie `spiegel goal list --all`)
    .value = NR
cmd-goal-edit--text = Waar je aan werkt
    .value = TEKST
cmd-goal-edit--reason = De reden die minder vaak moet voorkomen (of het begin van de omschrijving)
    .value = CODE
cmd-goal-edit--since = Wanneer je ermee begon
    .value = DATUM
cmd-goal-edit--done = Wanneer het afgerond is
    .value = DATUM
cmd-goal-edit--not_done = Toch niet afgerond: weer open
cmd-goal-delete = Verwijder een leerdoel (vraagt het eerst; `spiegel undo` brengt het terug)
cmd-goal-delete--id = Het nummer van het leerdoel (zie `spiegel goal list --all`)
    .value = NR
cmd-goal-delete--yes = Vraag niet om bevestiging

cmd-demo = Vul een nieuw dagboek met voorbeeldcasussen en toon hun patronen (een tijdelijk dagboek, tenzij --db)
cmd-demo--reflections = Maak in plaats van de demo een dagboek met zoveel reflecties (voor benchmarks)
cmd-demo--seed = Het startgetal van de generator: hetzelfde getal geeft hetzelfde dagboek

cmd-config = Het instellingenbestand: standaardtaal, editor, dagboek en pager
cmd-config-path = Toon waar het instellingenbestand staat (het hoeft nog niet te bestaan)
cmd-config-show = Toon de instellingen en het dagboek dat in gebruik is
cmd-config-show--json = Eén JSON-document in plaats van tabellen
cmd-config-set = Wijzig een instelling: language (en of nl), editor (een opdracht), journal (een volledig pad) of pager (een opdracht, of false)
cmd-config-set--key = language, editor, journal of pager
    .value = SLEUTEL
cmd-config-set--value = De nieuwe waarde
    .value = WAARDE
cmd-config-unset = Verwijder een instelling, zodat de standaard weer geldt
cmd-config-unset--key = language, editor, journal of pager
    .value = SLEUTEL

cmd-export = Schrijf het dagboek naar een bestand: JSON (zonder verlies), CSV of Markdown
cmd-export--format = Het bestandsformaat
    .value = FORMAAT
cmd-export--anonymize = Vervang namen van casussen en anderen door codes (C01, P01) en laat vrije tekst weg
cmd-export--keep_notes = Met --anonymize: houd notities, wat goed ging, vragen en settings (er kunnen nog namen in staan)
cmd-export--as_code = Met --anonymize: label je records met je code in een intervisiegroep (1-8 letters of cijfers, bijv. P3)
    .value = CODE
cmd-export--since = Alleen reflecties vanaf deze datum (en hun casussen)
    .value = DATUM
cmd-export--output = Schrijf naar dit nieuwe bestand (afgeschermd: 0600) in plaats van naar stdout
    .value = BESTAND
cmd-import = Voeg een JSON-export samen met het dagboek (op UUID; de nieuwste kant wint)
cmd-import--file = Een JSON-bestand geschreven door `spiegel export` (`-` = standaardinvoer)
    .value = BESTAND
cmd-import--dry_run = Controleer het bestand en vertel wat er zou veranderen, zonder iets te schrijven
cmd-undo = Maak de laatste wijziging ongedaan (herhaal om verder terug te gaan; niet `case forget`)
cmd-init = Maak het dagboek aan (--encrypt: versleuteld), of vertel wat voor dagboek er is
cmd-init--encrypt = Versleutel het nieuwe dagboek met een wachtwoord (getypt, of SPIEGEL_PASSPHRASE)
cmd-status = Waar het dagboek staat, of het versleuteld is, hoe groot het is en de reservekopieën
cmd-status--json = Eén JSON-document in plaats van tabellen
cmd-encrypt = Versleutel het dagboek met een wachtwoord (SQLCipher, AES-256)
cmd-decrypt = Haal de versleuteling van het dagboek af
cmd-rekey = Geef een versleuteld dagboek een nieuw wachtwoord
cmd-backup = Kopieer het dagboek naar een reservekopie, in één keer, ook als het in gebruik is
cmd-backup--path = Waar hij heen moet (een nieuw bestand) [standaard: een nieuw bestand in `backups` naast het dagboek]
    .value = PAD
cmd-restore = Vervang het dagboek door een reservekopie (het dagboek zoals het was blijft bewaard)
cmd-restore--path = Een reservekopie geschreven door `spiegel backup` (of vóór een upgrade)
    .value = PAD
cmd-check = Controleer of het dagboek heel is en elke verwijzing klopt
cmd-check--repair = Bouw eerst het overzicht van de vastgelopen stappen (dat `patterns` leest) opnieuw op uit de reflecties zelf, en de zoekindex uit de teksten
cmd-check--full = Lees ook elke index tegen zijn tabel, elke verwijzing, de samenvattingen rij voor rij en de zoekindex tegen de teksten (trager)
cmd-completions = Toon het script waarmee je shell opdrachten, casusnamen en redencodes aanvult
cmd-completions--shell = De shell die moet aanvullen
cmd-completions-after =
    Laad de aanvullingen als je shell start: zet de regel onder je shell in het
    bestand dat erbij staat.

      bash (~/.bashrc):
        source <(spiegel completions bash)
      zsh (~/.zshrc):
        source <(spiegel completions zsh)
      fish (~/.config/fish/config.fish):
        spiegel completions fish | source
      PowerShell ($PROFILE):
        spiegel completions powershell | Out-String | Invoke-Expression

    Het script vraagt spiegel om de casusnamen en redencodes in je dagboek, dus maak het bij elke start opnieuw in plaats van het op te slaan: dan past het altijd bij de spiegel die je hebt.
cmd-man = Toon de handleidingpagina van spiegel (roff); -o BESTAND schrijft hem naar een bestand, --dir MAP één pagina per opdracht
cmd-man--output = Schrijf de pagina naar dit nieuwe BESTAND in plaats van naar stdout
    .value = BESTAND
cmd-man--dir = Schrijf één pagina per opdracht (spiegel.1, spiegel-case-add.1, …) in MAP, om te verpakken
cmd-man--force = Vervang eerder geschreven pagina's (nooit het dagboek, een reservekopie of een koppeling)
    .value = MAP

## Fouten: telkens één regel, wat er mis is — wat je kunt doen

error-prefix = fout
error-did-you-mean = bedoel je '{ $suggestion }'?
error-no-journal = geen dagboek in { $path } — begin er een met `spiegel case add NAAM`, of kijk rond met `spiegel demo`
error-newer-journal = { $path } is geschreven door een nieuwere spiegel (dagboekversie { $found }, deze spiegel kent tot en met { $known }) — werk spiegel bij; het dagboek is niet aangeraakt
error-not-a-journal = { $path } is geen dagboek van spiegel ({ $detail }) — controleer het pad bij --db of SPIEGEL_DB
error-not-a-journal-other-data = er staan andere gegevens in
error-bad-date = '{ $input }' is geen datum — schrijf JJJJ-MM-DD (bijv. 2026-03-14), vandaag, gisteren, een weekdag (maandag) of 3 dagen geleden; in het Engels today, yesterday, monday, 3 days ago
error-future-date = { $date } ligt in de toekomst — geef de datum waarop het gesprek was
error-unknown-language = SPIEGEL_LANG is '{ $code }', een taal die spiegel niet spreekt — zet hem op { $languages }, of haal hem weg
error-date-too-early = { $date } ligt vóór 1900 — geef een datum vanaf 1900-01-01
error-bad-practitioner = '{ $input }' is geen code van een collega — geef 1 tot 8 letters of cijfers, zoals P3
error-date-conflict = { $who }: { $problem } — { $fix }
error-date-conflict-opened = { $who }: { $problem } — geef een datum op of na { $bound }, of verschuif het begin van de casus met `spiegel case edit { $name } --opened { $date }`
who-case = casus '{ $name }'
who-goal = leerdoel { $id }
who-question = vraag { $id }
conflict-closed-before-opened = afsluitdatum { $date } ligt vóór het begin van de casus ({ $bound })
conflict-closed-before-session = afsluitdatum { $date } ligt vóór het laatste gesprek van de casus ({ $bound })
conflict-opened-after-session = begindatum { $date } ligt na het eerste gesprek van de casus ({ $bound })
conflict-opened-after-closed = begindatum { $date } ligt na de afsluiting van de casus ({ $bound })
conflict-session-before-opened = gespreksdatum { $date } ligt vóór het begin van de casus ({ $bound })
conflict-session-after-closed = gespreksdatum { $date } ligt na de afsluiting van de casus ({ $bound })
conflict-done-before-since = afgerond op { $date } ligt vóór het begin van het leerdoel ({ $bound })
conflict-answered-before-session = antwoorddatum { $date } ligt vóór het gesprek waar de vraag uit kwam ({ $bound })
conflict-named-before-opened = datum van noemen { $date } ligt vóór het begin van de casus ({ $bound })
conflict-named-after-closed = datum van noemen { $date } ligt na het afsluiten van de casus ({ $bound })
conflict-invited-before-named = uitnodigingsdatum { $date } ligt vóór de dag dat de cliënt deze persoon noemde ({ $bound })
conflict-invited-before-opened = uitnodigingsdatum { $date } ligt vóór het begin van de casus ({ $bound })
conflict-invited-after-closed = uitnodigingsdatum { $date } ligt na het afsluiten van de casus ({ $bound })
conflict-fix-later = geef een datum op of na { $bound }
conflict-fix-earlier = geef een datum op of vóór { $bound }
error-empty-name = { $what ->
        [case] het pseudoniem van een casus
        [other] de naam van een belangrijke ander
        [label-en] de Engelse omschrijving
       *[label-nl] de Nederlandse omschrijving
    } mag niet leeg zijn — geef een naam
error-no-case = geen casus '{ $name }' — begin hem met `spiegel case add { $name }` of bekijk `spiegel case list --all`
error-no-case-suggest = geen casus '{ $name }' — bedoel je '{ $suggestion }'?
error-duplicate-case = er is al een casus '{ $name }' — pseudoniemen zijn uniek (hoofdletters tellen niet mee); kies een ander
error-case-closed = casus '{ $name }' is afgesloten — heropen hem eerst met `spiegel case reopen { $name }`
error-case-already-closed = casus '{ $name }' is al afgesloten — heropen hem met `spiegel case reopen { $name }` om de uitkomst te wijzigen
error-case-not-closed = casus '{ $name }' is open — er valt niets te heropenen
error-no-other = '{ $name }' is geen belangrijke ander van { $case } — voeg deze toe met `spiegel other add { $case } { $name } --role ROL`
error-no-other-suggest = '{ $name }' is geen belangrijke ander van { $case } — bedoel je '{ $suggestion }'?
error-duplicate-other = { $case } heeft al een belangrijke ander die '{ $name }' heet — kies een andere naam (zet er bijv. een initiaal achter)
error-invitation-needs-by = zeg wie { $name } uitnodigde: --by cliënt of --by ik — om het antwoord op een al vastgelegde uitnodiging vast te leggen, geef --answer (en geen --date)
error-no-invitation-waiting = { $name } van { $case } heeft geen uitnodiging die op antwoord wacht — leg een nieuwe vast met --by cliënt of --by ik
error-unknown-reason = geen reden '{ $code }' — zie `spiegel reasons --all`, of voeg je eigen reden toe met `spiegel reasons add`
error-unknown-reason-suggest = geen reden '{ $code }' — bedoel je '{ $suggestion }'?
error-ambiguous-reason = '{ $typed }' past bij meer dan één reden: { $candidates } — typ meer van de omschrijving, of de code
error-unknown-resistance = geen weerstandsreactie '{ $code }' — gebruik { $codes }
error-unknown-resistance-suggest = geen weerstandsreactie '{ $code }' — bedoel je '{ $suggestion }'?
error-ambiguous-resistance = '{ $typed }' past bij meer dan één weerstandsreactie: { $candidates } — typ meer van de omschrijving, of de code
error-unknown-step = geen stap '{ $step }' — de stappen lopen van 0 (de belangrijke anderen aan tafel krijgen) tot en met 7; zie `spiegel steps`
error-stall-without-reason = bij stap { $step } staat niet waarom het vastliep — schrijf --stall { $step }:REDEN[,REDEN…]; zie `spiegel reasons`
error-bad-reason-code = '{ $code }' is geen geldige code — gebruik kleine letters, cijfers en streepjes, bijv. 'rushed-the-ending'
error-duplicate-reason = er is al een reden '{ $code }' — kies een andere code, of zie `spiegel reasons --all`
error-builtin-reason = '{ $code }' hoort bij de methode en kan niet weg — zet hem buiten gebruik met `spiegel reasons retire { $code }`
error-reason-in-use = '{ $code }' is { $uses ->
        [one] 1 keer
       *[other] { $uses } keer
    } gegeven en kan niet weg — zet hem buiten gebruik met `spiegel reasons retire { $code }`
error-no-reflection = geen reflectie { $id } — zie `spiegel list` voor de nummers
error-nothing-to-edit = niets te wijzigen — geef minstens één optie, bijv. --note TEKST (zie `spiegel edit --help`)
error-nothing-to-change-case = niets gewijzigd aan casus { $name } — geef --setting TEKST, --cohabiting yes|no of --opened DATUM (zie `spiegel case edit --help`)
error-stall-without-step = '{ $reason }' heeft geen stap — schrijf STAP:REDEN, bijv. --stall 0:{ $reason }
error-confirmation-needed = reflectie { $id } wordt niet verwijderd zonder bevestiging — doe het in een terminal, of voeg --yes toe
error-no-editor = geen editor om reflectie { $id } in te openen — stel $EDITOR in (of `spiegel config set editor nano`), of wijzig met opties, bijv. `spiegel edit { $id } --note TEKST`
error-editor-failed = de editor ({ $editor }) stopte met { $status } — er is niets gewijzigd; controleer de editor in $VISUAL, $EDITOR of `spiegel config show`
error-edited-not-text = de bewerkte tekst is geen UTF-8 — er is niets gewijzigd; sla hem op als UTF-8
error-form-bad-line = '{ $line }' is geen regel van het formulier — schrijf VELD: WAARDE, of STAP: reden, reden; begin een opmerking met #
error-form-unknown-field = het formulier heeft geen veld '{ $field }' — de velden zijn date, with, medium, resistance, completed, question, went-well en note, en STAP: reden, reden voor waar het vastliep
error-form-missing-field = de regel '{ $field }:' ontbreekt in het formulier — zet hem terug (of maak het bestand leeg om de wijziging af te breken)
error-form-duplicate-field = '{ $field }:' staat twee keer in het formulier — houd er één over
error-bad-form-value = { $field }: '{ $value }' klopt niet — { $expected }
error-unknown-config-key = geen instelling '{ $key }' — de instellingen zijn { $keys }
error-bad-config-value = '{ $value }' is geen geldige { $key } — { $expected }
error-bad-config-file = { $path } is geen geldig instellingenbestand: { $problem } — verbeter of verwijder die regel (zie `spiegel config --help`)
error-config-syntax = regel { $line }: { $message }
error-config-unknown-key = onbekende instelling '{ $key }' (de instellingen zijn { $keys })
error-config-not-text = { $key } moet een tekst tussen aanhalingstekens zijn
error-config-bad-value = { $key } = "{ $value }" ({ $error })
error-no-question = geen vraag { $id } — zie `spiegel questions --all` voor de nummers
error-already-answered = vraag { $id } is al beantwoord op { $date } — voeg --replace toe om dat antwoord te vervangen
error-no-goal = geen leerdoel { $id } — zie `spiegel goal list --all` voor de nummers
error-goal-already-done = leerdoel { $id } was al afgerond op { $date }
error-empty-text = { $what ->
        [answer] het antwoord
       *[goal] een leerdoel
    } mag niet leeg zijn — schrijf het als tekst, of `-` om het van stdin te lezen
error-demo-needs-empty-journal = { $path } bevat al een dagboek; de demo vult alleen een nieuw — geef --db een pad dat nog niet bestaat
error-both-from-stdin = maar één van --note, --went-well en --ask kan van stdin lezen — geef de andere als tekst
error-empty-stdin = er kwam niets binnen op standaardinvoer — stuur er een export naartoe, bijv. `spiegel export | spiegel --db ANDER.db import -`, of geef de naam van het exportbestand
error-no-case-given = geen casus gegeven — schrijf `spiegel add CASUS [opties]`, of start `spiegel add` zonder meer in een terminal om erdoor geleid te worden
error-nothing-to-add = niets gegeven over het gesprek met { $case } — geef opties, bijv. `spiegel add { $case } --note TEKST --stall STAP:REDEN`, of start `spiegel add { $case }` in een terminal om erdoor geleid te worden
error-stopped = gestopt — er is niets opgeslagen
error-nothing-to-undo = er valt niets ongedaan te maken — de geschiedenis is leeg (spiegel onthoudt de laatste 100 wijzigingen; `case forget` wist ze)
error-wrong-passphrase = verkeerd wachtwoord, of geen dagboek van spiegel: { $path } — controleer het wachtwoord (getypt, of in SPIEGEL_PASSPHRASE) en het pad; het bestand is niet aangeraakt
error-locked = { $path } is versleuteld, of is geen dagboek van spiegel — start spiegel in een terminal om het wachtwoord te typen, of stel SPIEGEL_PASSPHRASE in
error-new-passphrase-needed = geen nieuw wachtwoord gegeven — start spiegel in een terminal om het te typen, of stel { $var } in
error-short-passphrase = het wachtwoord is te kort — gebruik minstens { $min } tekens (een paar losse woorden werkt het best)
error-passphrase-mismatch = de twee wachtwoorden verschillen — typ twee keer hetzelfde
error-already-encrypted = { $path } is al versleuteld — geef het een nieuw wachtwoord met `spiegel rekey`
error-already-plain = { $path } bevat al een dagboek dat niet versleuteld is — versleutel het met `spiegel encrypt`
error-not-encrypted = { $path } is niet versleuteld — versleutel het met `spiegel encrypt`
error-journal-busy = { $path } is in gebruik door een ander programma (misschien een andere spiegel die het versleutelt of ontsleutelt) — laat het klaar zijn of sluit het, en probeer het dan opnieuw
error-journal-open-elsewhere = een ander programma heeft het dagboek open ({ $path }), waardoor de gewiste tekst in het logboek zou kunnen blijven — sluit het en probeer het opnieuw; er is niets veranderd
error-passphrase-not-utf8 = { $var } is ingesteld, maar is geen geldige UTF-8-tekst — zet het wachtwoord er in UTF-8 in, of haal de variabele weg om het wachtwoord in een terminal te typen
error-summary-drift = het overzicht van de vastgelopen stappen dat `patterns` leest klopt niet op { $rows } { $rows ->
    [one] punt
   *[other] punten
 } — bouw het opnieuw op met `spiegel check --repair` (geen notitie of reflectie wordt aangeraakt)
error-session-summary-drift = het overzicht van de sessies dat `patterns` leest klopt niet op { $rows } { $rows ->
    [one] sessie
   *[other] sessies
 } — bouw het opnieuw op met `spiegel check --repair` (geen notitie of reflectie wordt aangeraakt)
error-damaged = { $path } is beschadigd ({ $detail }) — zet een reservekopie terug met `spiegel restore PAD`; `spiegel check` vertelt meer
error-bad-backup = { $path } kan niet worden teruggezet: { $detail } — kies een andere reservekopie; het dagboek is niet aangeraakt
error-restore-mismatch = { $path } en het dagboek verschillen in versleuteling — maak het dagboek gelijk met `spiegel encrypt` of `spiegel decrypt`, en zet dan terug
error-read-only = { $path } is alleen-lezen — controleer de rechten (ook die van de map); er is niets geschreven
error-disk-full = de schijf met { $path } is vol — maak wat ruimte vrij en probeer het opnieuw; er is niets geschreven
error-forget-needs-confirmation = casus '{ $name }' wordt niet vergeten zonder bevestiging — doe het in een terminal, of voeg --yes toe
error-forget-not-confirmed = je typte '{ $typed }', niet '{ $name }' — er is niets vergeten
error-output-exists = { $path } bestaat al — kies een nieuwe bestandsnaam (spiegel overschrijft nooit een bestand)
error-bad-import = { $path } kan niet worden geïmporteerd: { $detail } — er is niets geschreven; exporteer het bestand opnieuw, of verbeter het

# Bestanden die spiegel schrijft, en het bestand van het dagboek zelf (src/fsx/).
error-output-exists-force = { $path } bestaat al — kies een nieuwe bestandsnaam, of voeg --force toe om het te vervangen
error-never-replaced = { $path } is { $what } — spiegel vervangt dat nooit, ook niet met --force; kies een andere bestandsnaam
error-journal-not-a-file = { $path } is { $what }, geen dagboekbestand — geef het pad van een dagboekbestand met --db of SPIEGEL_DB
error-journal-not-yours = { $path } is van een andere gebruiker, die je er niet in laat schrijven — gebruik spiegel als die gebruiker, of geef je eigen dagboek met --db; er is niets geschreven
error-settings-not-a-file = { $path } is { $what } — spiegel schrijft zijn instellingen alleen naar een gewoon bestand, nooit via een koppeling; zet het bestand zelf daar
error-journal-folder-not-writable = { $path } kan niet worden geopend: je mag geen bestanden maken in de map { $folder }, waar het dagboek zijn write-ahead-logboek bewaart — controleer de rechten en de eigenaar van de map (`chmod u+w { $folder }`); er is niets geschreven
error-untrusted-settings = { $path } of de map ervan kan door anderen worden gewijzigd, dus spiegel start de editor die erin staat niet — voer `chmod 600 { $path }` en `chmod 700 { $folder }` uit, en zorg dat beide van jou zijn
file-kind-journal = het dagboek
file-kind-journal-log = het write-ahead-logboek van het dagboek
file-kind-backup = in de map met reservekopieën van het dagboek
file-kind-database = een database
file-kind-export = een spiegel-export
file-kind-binary = geen tekstbestand (misschien een versleuteld dagboek of een reservekopie)
file-kind-symlink = een symbolische koppeling
file-kind-folder = een map
file-kind-pipe = een named pipe
file-kind-device = een apparaat
file-kind-socket = een socket
file-kind-special = geen gewoon bestand

# Wat een instelling of een veld van het formulier verwacht (het deel na het streepje).
expect-language = gebruik { $languages }
expect-editor = geef de opdracht van de editor, bijv. nano of "code --wait"
expect-journal = geef het volledige pad, bijv. ~/Documenten/dagboek.db of /home/ik/dagboek.db
expect-pager = geef de opdracht van de pager, bijv. "less -S", of false voor geen
expect-medium = schrijf face-to-face, video of telefoon
expect-yes-no = schrijf ja of nee

# Onverwachte fouten: waar spiegel mee bezig was (de oorzaak volgt na een dubbele punt).
io-no-home = je thuismap is niet te vinden — geef het pad van het dagboek met --db PAD of SPIEGEL_DB
io-no-home-settings = je thuismap is niet te vinden, dus er is geen instellingenbestand
io-could-not-open = kon { $path } niet openen
io-could-not-read = kon { $path } niet lezen
io-could-not-write = kon { $path } niet schrijven
io-could-not-write-in = kon niet schrijven in { $path }
io-could-not-create = kon { $path } niet aanmaken
io-could-not-create-folder = kon de map { $path } niet aanmaken
io-could-not-open-trace = kon het SPIEGEL_TRACE_SQL-bestand { $path } niet openen
io-settings-no-folder = het instellingenbestand heeft geen map
io-wal = kon het dagboek niet in WAL-modus zetten
io-lock-write = kon het dagboek niet vergrendelen om te schrijven
io-lock-upgrade = kon het dagboek niet vergrendelen om het bij te werken
io-upgrade = kon het dagboek niet bijwerken naar versie { $version }
io-save = kon de wijziging niet opslaan
io-add-case = kon de casus niet toevoegen
io-change-case = kon de casus niet wijzigen
io-add-other = kon de belangrijke ander niet toevoegen
io-add-reflection = kon de reflectie niet toevoegen
io-change-reflection = kon de reflectie niet wijzigen
io-delete-reflection = kon de reflectie niet verwijderen
io-add-reason = kon de reden niet toevoegen
io-remove-reason = kon de reden niet verwijderen
io-save-answer = kon het antwoord niet opslaan
io-record-meeting = kon de bijeenkomst niet vastleggen
io-add-goal = kon het leerdoel niet toevoegen
io-record-invitation = kon de uitnodiging niet vastleggen
io-read-stdin = kon de tekst niet van stdin lezen
io-demo-folder = kon geen map maken voor het demodagboek
io-editor-start = kon de editor niet starten ({ $editor })
io-editor-read-back = kon de bewerkte tekst niet teruglezen
io-editor-folder = kon geen afgeschermde map voor de editor maken
io-terminal = kon niet naar de terminal schrijven
io-prompt = de vraag liep mis
io-in-memory = kon geen dagboek in het geheugen openen
io-no-answer = geen antwoord op de vraag
io-no-passphrase = geen wachtwoord getypt
io-remove = kon { $path } niet verwijderen
io-undo-start = kon niet beginnen de wijziging vast te leggen voor ongedaan maken
io-undo-close = kon het vastleggen voor ongedaan maken niet afronden
io-undo-clear = kon de geschiedenis voor ongedaan maken niet wissen
io-undo-stop = kon het vastleggen voor ongedaan maken niet stoppen
io-undo-unknown = de geschiedenis voor ongedaan maken bevat een onbekende wijziging
io-undo-change = kon een wijziging in { $table } niet ongedaan maken
io-erase-case = kon de casus niet wissen
io-copy-journal = kon het dagboek niet kopiëren
io-locked-too-long = het dagboek bleef te lang vergrendeld door een ander proces
io-backup-damaged = de reservekopie is beschadigd: { $detail }
io-write-backup = kon de reservekopie { $path } niet schrijven
io-restore = kon de reservekopie niet terugzetten
io-appeared = { $path } verscheen terwijl het werd aangemaakt
io-path-not-utf8 = het pad van het dagboek is geen geldige UTF-8
io-convert-lock = kon het dagboek niet vastleggen voor de omzetting — er is niets veranderd; probeer het opnieuw, of voer `spiegel check` uit
io-convert-create = kon het omgezette dagboek niet aanmaken
io-convert-finish = kon het omgezette dagboek niet afronden
io-convert-damaged = het omgezette dagboek is beschadigd: { $detail }
io-convert-rows = het omgezette dagboek bevat { $after } rijen van { $table }, niet { $before }
io-wipe-old = het dagboek is omgezet, maar het oude bestand kon niet met nullen worden overschreven voordat het verdween — er is niets verloren; als het niet versleuteld was, kunnen de blokken op de schijf blijven tot ze opnieuw worden gebruikt
io-convert-put = kon het omgezette dagboek niet neerzetten op { $path }
io-import-reason = kon reden { $code } niet importeren
io-import-case = kon casus { $name } niet importeren
io-import-other = kon { $name } niet importeren
io-import-reflection = kon een reflectie niet importeren
io-import-question = kon een vraag niet importeren
io-import-meeting = kon een bijeenkomst niet importeren
io-import-goal = kon een leerdoel niet importeren
io-import-invitation = kon een uitnodiging niet importeren

## Woorden die overal terugkomen

yes = ja
no = nee
unknown = –
none = geen
decimal-mark = ,
and = en
or = of
date-long = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-month-short = { $month ->
    [1] jan.
    [2] feb.
    [3] mrt.
    [4] apr.
    [5] mei
    [6] jun.
    [7] jul.
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] dec.
}
date-month-long = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}

## De grafieken van de supervisiepagina (prep)

prep-months-caption = Per maand: de reflecties, en hoeveel daarvan elk van de meest gegeven redenen noemen.
prep-months-one = Deze hele periode valt in { $month }: { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    }, waarvan { $list }.
prep-months-one-reason = { $count } met ‘{ $label }’
prep-chart-y = Reflecties met deze reden
prep-chart-x = Maand (aantal reflecties)
prep-goal-months = Per maand (van alle reflecties)
prep-goal-month = { $month }: { $count } van { $reflections }
prep-goal-month-none = { $month }: –

## Kolommen van tabellen

col-id = Nr
col-case = Casus
col-setting = Setting
col-partner = Samenwonend
col-opened = Geopend
col-closed = Afgesloten
col-outcome = Uitkomst
col-reflections = Reflecties
col-last-session = Laatste gesprek
col-other-took-part = Ander was erbij
col-date = Datum
col-medium = Vorm
col-with = Met
col-stalls = Vastgelopen bij
col-note = Notitie
col-name = Naam
col-role = Rol
col-sessions = Gesprekken
col-named = Genoemd
col-first-session = Eerste gesprek
col-invited-by = Uitgenodigd door
col-reaction = Reactie
col-step = Stap
col-title = Wat je doet
col-pitfall = Waar het meestal vastloopt
col-code = Code
col-side = Kant
col-label = Omschrijving
col-label-other = Engels
col-usual-steps = Vooral bij
col-uses = Gegeven
col-retired = Buiten gebruik
col-asked = Gevraagd
col-question = Vraag
col-answer = Antwoord
col-kind = Soort
col-goal = Leerdoel
col-reason = Reden
col-since = Sinds
col-before = Ervoor
col-since-then = Sindsdien
col-per-month = Per maand
col-done = Afgerond

## Wat `case show`, `show` en `config show` laten zien

label-case = Casus
label-setting = Setting
label-cohabiting = Woont samen met een partner
label-opened = Geopend
label-status = Status
label-open = open
label-closed-on = afgesloten { $date }: { $outcome }
label-date = Datum
label-medium = Vorm
label-present = Aanwezig
label-alone = alleen de cliënt
label-resistance = Weerstand
label-stalls = Vastgelopen
label-stall-at = stap { $step }: { $reasons }
label-completed = Zeven stappen doorlopen
label-went-well = Wat goed ging
label-question = Vraag voor supervisie
label-answer = Antwoord
label-config-file = instellingenbestand
label-not-set = niet ingesteld
label-journal-in-use = dagboek in gebruik
heading-others = Belangrijke anderen
heading-invitations = Uitnodigingen
step0-not-known = onbekend
step0-not-yet = nog niet
heading-timeline = Tijdlijn

## Wat opdrachten zeggen als ze klaar zijn

case-added = casus { $name } toegevoegd
case-updated = casus { $name } bijgewerkt
case-closed = casus { $name } afgesloten: { $outcome }
case-reopened = casus { $name } heropend
case-renamed = casus { $old } heet nu { $new }
other-added = { $name } ({ $role }) toegevoegd aan { $case }
invite-recorded = uitnodiging van { $name } ({ $case }) vastgelegd: { $what }
invite-answered = antwoord van { $name } ({ $case }) vastgelegd: { $what }
invite-summary = { $date }, door { $by }: { $answer }
invite-summary-medium = { $date }, door { $by }, { $medium }: { $answer }
invite-answer-reaction = { $answer } ({ $reaction })
reflection-added = reflectie { $id } opgeslagen ({ $case }, { $date })
reflection-updated = reflectie { $id } bijgewerkt
edit-nothing-changed = niets gewijzigd in reflectie { $id }
edit-abandoned = wijziging afgebroken; reflectie { $id } is gebleven zoals hij was
reflection-deleted = reflectie { $id } verwijderd — maak het ongedaan met `spiegel undo`
confirm-delete = Reflectie { $id } ({ $case }, { $date }) verwijderen? (`spiegel undo` brengt hem terug)
not-deleted = niets verwijderd
reason-added = reden { $code } toegevoegd
reason-retired = reden { $code } buiten gebruik: spiegel biedt hem niet meer aan; eerdere reflecties houden hem
reason-restored = reden { $code } wordt weer aangeboden
reason-removed = reden { $code } verwijderd
search-nothing = Niets gevonden voor { $words }. Elk woord vindt de woorden die ermee beginnen; met minder woorden, of zonder --since en --case, vind je meer.
search-hit = { $date } · { $case } · #{ $id } · { $kind }
search-hit-meeting = { $date } · supervisiebijeenkomst { $id }
search-kind = { $kind ->
        [note] notitie
        [went-well] wat goed ging
        [question] vraag
        [answer] antwoord
       *[other] notitie van de bijeenkomst
    }
more-than = de { $shown } nieuwste getoond; er zijn er meer — bekijk ze met --limit N (0 = alle)
no-reflections = Geen reflecties gevonden. Leg er een vast met `spiegel add CASUS --stall STAP:REDEN --note TEKST`.
no-cases = Nog geen casussen. Begin met `spiegel case add NAAM`.
no-open-cases = Geen open casussen. `spiegel case list --all` toont ook de afgesloten; `spiegel case add NAAM` begint een nieuwe.
config-file-missing = { $path } (nog niet aangemaakt)
config-set = { $key } ingesteld op { $value } in { $path }
config-unset = { $key } verwijderd uit { $path }
config-was-not-set = { $key } was niet ingesteld; er is niets gewijzigd
man-pages-written = handleidingpagina's geschreven naar { $path }
demo-written = Demodagboek met { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    } en { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    } geschreven naar { $path }
demo-generated = { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    } in { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    } gemaakt in { $path } ({ $seconds } s)
demo-explore = Kijk rond:
demo-folder = Het demodagboek staat in { $folder }; een latere `spiegel demo` ruimt het op zodra het een dag niet is gebruikt.
demo-old-removed = { $count ->
    [one] Eén oud demodagboek
   *[other] { $count } oude demodagboeken
} opgeruimd (meer dan een dag niet gebruikt).

## spiegel patterns (en de patronen in spiegel prep)

patterns-steps = Waar het vastloopt
patterns-reasons = Waarom
patterns-together = Wat samengaat
patterns-followed = Wat volgde
patterns-resistance = Na weerstand
patterns-baseline-heading = Ter vergelijking
table-heading = Het systeem aan tafel
table-nothing = Geen dag van noemen of uitnodiging van een belangrijke ander vastgelegd in deze periode (`spiegel other add … --named`, `spiegel invite`).
table-named-unknown = Gesprekken tot de eerste persoon genoemd werd: onbekend (geen casus van de periode heeft iemand met een bekende dag van noemen).
table-named-one = Gesprekken tot de eerste persoon genoemd werd: { $sessions } (1 casus).
table-named = Gesprekken tot de eerste persoon genoemd werd ("er is altijd één"): mediaan { $median }, van { $min } tot { $max }, over { $cases } casussen.
table-col-invitations = Uitnodigingen
table-col-came = Kwam
table-col-refusals = Weigeringen
table-no-reaction = geen vastgelegd
table-refused-then-came = Eerst geweigerd en later toch gekomen: { $came } { $refused ->
        [one] persoon die weigerde
       *[other] mensen die weigerden
    }.
patterns-col-stalls = Vastgelopen
patterns-col-cases = Casussen
patterns-col-share = Van de sessies waarin het speelde
patterns-col-count = Keer
patterns-col-first = Eerste keer
patterns-col-last = Laatste keer
patterns-col-trend = Trend
patterns-col-with = Samen met
patterns-col-cases-with = Casussen met deze reden
patterns-col-cases-without = Casussen zonder
patterns-col-resistance = Weerstand
patterns-col-joined = Later was er een ander bij
patterns-col-sessions-before = Individuele gesprekken ervoor (mediaan)
patterns-side = { $side ->
        [self] in je eigen handelen
        [client] aan de kant van de cliënt
        [other] aan de kant van de ander
       *[all] aan alle kanten
    }
patterns-trend-rising = neemt toe
patterns-trend-falling = neemt af
patterns-trend-steady = stabiel
patterns-step = stap { $step }
patterns-steps-list = { $count ->
        [one] stap { $list }
       *[other] stappen { $list }
    }
patterns-scope = { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    } over { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    }, { $from } – { $to }
patterns-recurring-intro = Terugkerende patronen { $side } (in minstens { $min ->
        [one] 1 casus
       *[other] { $min } casussen
    })
patterns-recurring-line = { $label } — { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    }
patterns-recurring-mostly = vooral bij { $steps }
patterns-recurring-with = samen met '{ $resistance }'
patterns-recurring-legend = ★ = terugkerend (≥ { $min ->
        [one] 1 casus
       *[other] { $min } casussen
    })
patterns-no-recurring = Nog geen reden { $side } komt terug in { $min } of meer casussen.
patterns-empty = Nog geen reflecties in deze periode. Patronen verschijnen zodra je een paar gesprekken hebt vastgelegd: `spiegel add CASUS --stall STAP:REDEN --note TEKST`.
patterns-tiny = { $reflections ->
        [one] Pas 1 reflectie — te weinig om iets een patroon te noemen, maar dit is wat erin staat.
       *[other] Pas { $reflections } reflecties — te weinig om iets een patroon te noemen, maar dit is wat erin staat.
    }
patterns-no-stalls = In deze periode liep het nergens vast met een reden { $side }.
patterns-no-pairs = Nog niets komt vaker dan één keer samen voor.
patterns-reached = { $reached } van { $cases } met het systeem erbij
patterns-followed-note = Het systeem kwam erbij: afgesloten als systeem betrokken, of een belangrijke ander was bij een gesprek vanaf de eerste keer dat de reden werd gegeven (bij casussen zonder de reden: vanaf hun eerste reflectie).
patterns-baseline-unknown = Bij geen van deze casussen staat dat de cliënt met een vaste partner samenwoont (`spiegel case edit NAAM --cohabiting yes`).
patterns-baseline = Van { $cohabiting ->
        [one] 1 casus
       *[other] { $cohabiting } casussen
    } waarin de cliënt met een vaste partner samenwoont, zijn er { $individual } ({ $percent }) alleen individueel geholpen: er was nooit een belangrijke ander bij. De bron van de methode noemt { $source }.

# issue 12: elk percentage noemt waarover het telt.
patterns-base = { $base ->
        [step-zero] sessies zonder iemand uit het systeem of waarin weerstand speelde
        [conversation] sessies met iemand uit het systeem erbij
        [given] sessies waarin het speelde (geen gebruikelijke stappen)
       *[all] sessies
    }
patterns-base-when = { $base ->
        [conversation] sessies met iemand uit het systeem erbij waarin '{ $resistance }' speelde
       *[other] sessies waarin '{ $resistance }' speelde
    }
rate-of = { $count } van { $total }
rate-of-percent = { $count } van { $total } ({ $percent })
rate-in = { $count } van { $total } { $sessions }
rate-in-percent = { $count } van { $total } { $sessions } ({ $percent })
patterns-trend-unknown = te weinig om te zeggen
patterns-too-few-to-compare = te weinig om te vergelijken ({ $with } met, { $without } zonder)
patterns-col-rate = In de sessies waarin het kon gebeuren
patterns-col-pair-rate = Van de sessies waarin het speelde
patterns-rate-line = { $label }: { $rate }
patterns-when = Alleen sessies waarin '{ $resistance }' speelde.
patterns-bases-legend = Elk percentage telt alleen de sessies waarin die stap kon vastlopen: stap 0 in sessies zonder iemand uit het systeem of waarin weerstand speelde, stap 1–7 in sessies met iemand uit het systeem erbij. Een trend vraagt 8 zulke sessies in elke helft en een verschil dat groter is dan toeval (exacte toets van Fisher, p < 0,10).
patterns-baseline-closed = Van je { $cohabiting } afgesloten casussen waarin de cliënt met een partner samenwoont, bleven er { $individual } ({ $percent }) alleen individueel; de bron van de methode noemt { $source }.
patterns-baseline-too-few = { $cohabiting ->
        [one] Pas 1 afgesloten casus
       *[other] Pas { $cohabiting } afgesloten casussen
    } waarin de cliënt met een partner samenwoont: te weinig om met de bron van de methode ({ $source }) te vergelijken; daarvoor zijn er minstens 10 nodig.
patterns-baseline-open = { $open ->
        [one] 1 casus die nog loopt telt niet mee: er kan nog iemand bij komen.
       *[other] { $open } casussen die nog lopen tellen niet mee: er kan nog iemand bij komen.
    }
goal-situation = leerdoel { $id }, waar '{ $resistance }' speelde: { $before } → { $after }

## spiegel questions, supervision en goal

no-questions = Nog geen vragen. Voeg er een toe aan een reflectie met --ask TEKST.
no-open-questions = Geen open vragen. `spiegel questions --all` toont ook de beantwoorde.
question-answered = vraag { $id } beantwoord en afgesloten
meeting-added = bijeenkomst { $id } vastgelegd ({ $date }, { $kind })
no-meetings = Nog geen supervisiebijeenkomsten. Leg er een vast met `spiegel supervision add`.
goal-added = leerdoel { $id } toegevoegd: { $text }
goal-done = leerdoel { $id } afgerond op { $date }
no-goals = Nog geen leerdoelen. Voeg er een toe met `spiegel goal add TEKST --reason CODE`.
no-open-goals = Geen open leerdoelen. `spiegel goal list --all` toont ook de afgeronde.
goal-legend = Ervoor / Sindsdien: de sessies met de reden van het leerdoel, van de sessies waarin die kon spelen (stap 0: zonder iemand uit het systeem of waarin weerstand speelde; stap 1–7: met iemand uit het systeem erbij). Per maand: het deel van alle reflecties, vanaf het begin van het leerdoel (· = geen reflecties).

## spiegel prep: de pagina voor supervisie

prep-title = Voorbereiding supervisie
prep-patterns = Patronen in beeld (mijn eigen handelen)
prep-questions = Open vragen
prep-goals = Leerdoelen
prep-steps = Waar het vastliep, per stap (mijn eigen handelen)
prep-months = Meest gegeven redenen per maand
prep-cases = Casussen
prep-month = Maand
prep-reflections = Reflecties
prep-step = Stap
prep-stalls = Vastgelopen
prep-no-questions = Geen open vragen.
prep-went-well = Wat goed ging
prep-no-went-well = Niets vastgelegd als goed gegaan in deze periode (`spiegel edit NR --went-well TEKST` voegt het toe).
prep-went-well-more = … en nog { $more } in deze periode.
prep-no-goals = Geen open leerdoelen.
prep-no-stalls = In deze periode liep het nergens vast in mijn eigen handelen.
prep-period = { $from } – { $to }
prep-period-since-meeting = { $from } – { $to }, sinds de supervisie van { $meeting }
prep-period-open = tot en met { $to }
prep-counts = { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    } · { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    } · { $stalls ->
        [one] 1 keer
       *[other] { $stalls } keer
    } vastgelopen in mijn eigen handelen
prep-no-recurring = In deze periode komt geen reden in mijn eigen handelen terug in { $min } of meer casussen.
prep-empty = Nog geen reflecties in deze periode.
prep-generated = Gemaakt met spiegel op { $date }. De namen van casussen zijn pseudoniemen; behandel deze pagina vertrouwelijk.
prep-last-meeting = De vorige bijeenkomst
prep-meeting = { $date } · { $kind }
prep-meeting-with = { $date } · { $kind } met { $with }
prep-kind-individual = individuele supervisie
prep-kind-group = groepssupervisie
prep-kind-peer = intervisie
prep-agreed = Wat er is afgesproken:
prep-no-note = Er is geen notitie bij vastgelegd.
prep-no-meeting = Nog geen supervisiebijeenkomst vastgelegd; leg er een vast met:
prep-answered = Beantwoord sinds { $date }
prep-answered-all = Beantwoorde vragen
prep-no-answered = Sindsdien is er geen vraag beantwoord.
prep-answer = Antwoord
prep-more-cases = en nog { $count }
prep-why = In beeld vanwege: { $reasons }
prep-why-recurring = komt terug in { $min } of meer casussen
prep-why-open-question = een open vraag
prep-why-goal = een leerdoel
prep-why-last-meeting = stond op de pagina van de vorige bijeenkomst
prep-not-given = { $label } — in deze periode niet gegeven
prep-more-sessions = { $n ->
    [one] Nog één sessie geeft deze reden
   *[other] Nog { $count } sessies geven deze reden
}:
prep-more-patterns = { $n ->
    [one] Nog één patroon blijft buiten beeld
   *[other] Nog { $count } patronen blijven buiten beeld
}; de patronen van de periode:
prep-more-questions = { $n ->
    [one] Nog één open vraag
   *[other] Nog { $count } open vragen
}:
prep-more-answered = { $n ->
    [one] Nog één beantwoorde vraag
   *[other] Nog { $count } beantwoorde vragen
}:
prep-earlier-months = De grafiek toont de laatste { $shown } maanden; { $earlier } eerdere maanden blijven buiten beeld.

## spiegel edit NR: de reflectie als formulier in de editor. De veldnamen
## voor de dubbele punten (date:, with: …) horen bij het formaat, net als
## codes, en blijven zoals ze zijn.

form-title = spiegel: reflectie { $id } ({ $case }, { $date })
form-intro =
    Wijzig wat je wilt, sla op en sluit de editor. Regels die met '#' beginnen
    tellen niet mee, behalve in de notitie. Wil je niets wijzigen, sluit dan
    zonder op te slaan; afbreken na een fout: sla ongewijzigd op of maak het
    bestand leeg.
form-date = De datum van het gesprek: JJJJ-MM-DD, vandaag, gisteren, een weekdag of 3 dagen geleden
form-with = Wie er naast de cliënt bij waren, gescheiden door komma's; leeg: alleen de cliënt
form-no-others = { $case } heeft nog geen belangrijke anderen (voeg ze toe met `spiegel other add`)
form-others = Belangrijke anderen van { $case }: { $others }
form-medium = Hoe het gesprek plaatsvond: { $media }
form-resistance = Weerstand die je tegenkwam, gescheiden door komma's: { $codes }
form-stalls =
    Waar het vastliep: één regel per stap, als STAP: reden, reden
    (stappen 0-7, zie `spiegel steps`; de redenen, zie `spiegel reasons`):
form-reasons = { $side ->
        [self] je eigen handelen
        [client] de kant van de cliënt
       *[other] de kant van de ander
    }: { $codes }
form-completed = Zijn alle zeven stappen doorlopen? ja of nee
form-question = Een vraag voor supervisie, op één regel; leeg: geen vraag
form-went-well = Wat goed ging: wat werkte, om vast te houden, op één regel; leeg: niets genoteerd
form-note = Wat er gebeurde en wat jij nodig had: alles onder deze regel
form-fix-or-abandon = Verbeter het en sla op, of sla ongewijzigd (of leeg) op om de wijziging af te breken.

## spiegel add in een terminal: de begeleide reflectie. Kort en vriendelijk —
## je leest het vlak na een gesprek — en in de woorden van de methode (de
## titels en aanwijzingen van de stappen komen uit de catalogus).

guided-welcome = Laten we terugkijken op het gesprek. Met Esc of Ctrl-C stop je wanneer je wilt; er wordt pas aan het eind iets opgeslagen.
guided-select-help = ↑↓ om te bewegen, Enter om te kiezen, typ om te filteren
guided-choose-help = ↑↓ om te bewegen, Enter om te kiezen
guided-yes-no-default-yes = J/n
guided-yes-no-default-no = j/N
guided-yes-no-error = Dat is geen antwoord; typ 'j' voor ja of 'n' voor nee
guided-needs-text = een paar woorden graag
guided-case = Welke casus?
guided-case-help = ↑↓ om te bewegen, typ om te filteren, Enter om te kiezen
guided-new-case = een nieuwe casus…
guided-last-session = laatste gesprek { $date }
guided-no-open-cases = Nog geen open casussen, dus we beginnen er een.
guided-new-case-name = Het pseudoniem van de nieuwe casus:
guided-new-case-name-help = een naam die niet de echte naam van de cliënt is
guided-setting = Waar zie je de cliënt?
guided-setting-help = bijv. verslavingskliniek; Enter om over te slaan
guided-cohabiting = Woont de cliënt samen met een vaste partner?
guided-cohabiting-yes = ja
guided-cohabiting-no = nee
guided-cohabiting-skip = weet ik niet (overslaan)
guided-date = Wanneer was het gesprek?
guided-date-help = vandaag, gisteren, een weekdag (maandag), 3 dagen geleden of JJJJ-MM-DD
guided-date-default = vandaag
guided-present = Wie waren er naast de cliënt bij?
guided-present-help = spatie om te kiezen, Enter als je klaar bent; niemand = een individueel gesprek
guided-someone-new = iemand nieuws…
guided-individual = niemand: een individueel gesprek
guided-anyone = Was er naast de cliënt nog iemand bij?
guided-anyone-no = nee, een individueel gesprek
guided-anyone-yes = ja, iemand nieuws…
guided-other-name = Hoe heet deze persoon (een pseudoniem)?
guided-other-role = Wie is dit voor de cliënt?
guided-another-new = Nog iemand nieuws?
guided-medium = Hoe vond het gesprek plaats?
guided-resistance = Welke weerstand kwam je tegen?
guided-resistance-help = spatie om te kiezen, Enter als je klaar bent; geen is ook goed
guided-invite-new = Stap 0: vastleggen hoe { $name } is uitgenodigd?
guided-invite-refusal = Stap 0: weigerde iemand een uitnodiging? Vastleggen?
guided-invite-who = Wie weigerde?
guided-invite-by = Wie nodigde uit?
guided-invite-medium = Hoe?
guided-invite-medium-skip = niet vastgelegd
guided-invite-answer = Wat antwoordde de ander?
guided-invite-reaction = Met welke reactie?
guided-stalled = Waar liep het vast?
guided-stalled-help = spatie om de stappen te kiezen, Enter als je klaar bent; geen als het nergens vastliep
guided-nowhere = nergens
guided-step-heading = Stap { $step } · { $title }
guided-pitfall = Waar het meestal vastloopt: { $pitfall }
guided-why = Waarom liep het vast bij stap { $step }?
guided-why-help = spatie om te kiezen, Enter als je klaar bent; je eigen handelen eerst
guided-pick-a-reason = kies minstens één reden, of 'een andere reden…'
guided-another-reason = een andere reden…
guided-reason-label = De reden, in een paar woorden:
guided-reason-label-help = bijv. Te snel afgerond
guided-reason-code = Een korte code ervoor:
guided-reason-code-help = kleine letters, cijfers en streepjes
guided-reason-other-language = Hetzelfde in het Engels:
guided-reason-other-language-help = Enter houdt de Nederlandse woorden
guided-reason-side = Aan wiens kant ligt het?
guided-side = { $side ->
        [self] mijn eigen handelen
        [client] de kant van de cliënt
       *[other] de kant van de belangrijke ander
    }
guided-completed = Heb je alle zeven stappen doorlopen?
guided-note = Wat gebeurde er, en wat had jij nodig?
guided-note-help = een regel of twee; Enter om over te slaan
guided-note-in-editor = Wat gebeurde er, en wat had jij nodig? { $editor } gaat open voor de notitie…
guided-note-template =
    Wat gebeurde er, en wat had jij nodig? Schrijf het hieronder, sla op en
    sluit de editor. Regels die met '#' beginnen vallen weg; een lege notitie mag ook.
guided-went-well = Wat ging er goed, wat werkte?
guided-went-well-help = een regel, om het vast te houden; Enter om over te slaan
guided-question = Een vraag om mee te nemen naar supervisie?
guided-question-help = Enter om over te slaan
guided-for-group = Is het een vraag voor je intervisiegroep?
guided-preview = Je reflectie
guided-save = Opslaan?
guided-not-saved = niets opgeslagen

## spiegel demo: de notities, vragen en bijeenkomsten van het demodagboek.
## $client en $other zijn de verzonnen pseudoniemen.

demo-note-accepted-refusal-1 = { $client } zei dat er echt niemand was, en na één vraag liet ik het los.
demo-note-accepted-refusal-2 = Toen { $client } zei dat ze niet zouden komen, knikte ik en ging ik door met de agenda.
demo-note-accepted-refusal-3 = Ik nam het eerste nee als antwoord. Achteraf besefte ik dat ik het geen tweede keer had gevraagd.
demo-note-lost-own-need-1 = Ik was zo bezig voorzichtig te zijn met { $client } dat ik vergat waarom ik er iemand bij nodig heb.
demo-note-lost-own-need-2 = Halverwege dacht ik alleen nog aan wat { $client } aankon, niet aan wat ik nodig heb om mijn werk te doen.
demo-note-focused-on-objections-1 = We hebben het hele gesprek besteed aan waarom de familie van { $client } erbuiten moet blijven.
demo-note-focused-on-objections-2 = Ik bleef de bezwaren van { $client } een voor een beantwoorden, in plaats van te zeggen wat ik nodig heb.
demo-note-how-before-why-1 = Ik begon te plannen hoe ik { $other } zou uitnodigen voordat ik ervan overtuigd was dat ik { $other } nodig heb.
demo-note-how-before-why-2 = Data en tijden voor een gezamenlijk gesprek besproken; { $client } voelde mijn twijfel.
demo-note-resistance-unexplored-1 = { $client } zei 'nee' en ik vroeg niet waar dat nee over ging.
demo-note-resistance-unexplored-2 = Niet onderzocht wat het voor { $client } zo moeilijk maakt om iemand te betrekken.
demo-note-shame-and-guilt-1 = { $client } schaamt zich voor de terugval en wil niet dat { $other } het weet.
demo-note-shame-and-guilt-2 = Veel schuldgevoel naar de kinderen; { $client } wil het eerst zelf oplossen.
demo-note-no-room-for-position-1 = { $other } heeft hierin geen eigen plek: alles draait om { $client }.
demo-note-no-room-for-position-2 = Het lijkt erop dat { $other } weigert omdat niemand ooit heeft gevraagd wat { $other } ervan vindt.
demo-note-spoke-for-them-1 = Ik legde { $other } uit hoe moeilijk het voor { $client } is, in plaats van het { $client } zelf te laten zeggen.
demo-note-spoke-for-them-2 = Betrapte mezelf erop dat ik het voor { $other } zei. { $other } knikte mee.
demo-note-did-not-stoke-1 = { $other } bleef beleefd: 'het is echt goed zo'. Ik hielp { $other } niet te zeggen wat er dwarszit.
demo-note-did-not-stoke-2 = { $other } liet doorschemeren zich buitengesloten te voelen, en ik liet het moment voorbijgaan.
demo-note-went-too-fast-1 = Na de woorden van { $other } ging ik meteen door. Geen stilte voor { $client } om het te laten binnenkomen.
demo-note-went-too-fast-2 = Vulde de stilte zelf op; { $client } had geen ruimte om de verwarring te voelen.
demo-note-laughed-along-1 = { $client } maakte een grap ('het lijkt wel relatietherapie, ha ha') en ik lachte mee.
demo-note-laughed-along-2 = Het gesprek dreef af naar voetbal en ik ging erin mee.
demo-note-did-not-mirror-1 = { $other } ging mee in het andere onderwerp en ik benoemde het niet.
demo-note-did-not-mirror-2 = Het moment gemist om { $other } te vragen of het prettig was dat we het nu over iets anders hadden.
demo-note-feels-a-burden-1 = { $client } blijft zeggen { $other } niet tot last te willen zijn.
demo-note-other-too-cautious-1 = { $other } wacht af en blijft heel voorzichtig; { $other } wil { $client } niet onder druk zetten.
demo-note-unclear = Moeilijk te zeggen wat er gebeurde; nog eens naar kijken.
demo-question-1 = Waarom geef ik het zo snel op als een cliënt zegt dat er niemand is?
demo-question-2 = Hoe blijf ik bij mijn eigen behoefte als de bezwaren van de cliënt zo overtuigend zijn?
demo-question-3 = Hoe laat ik bij stap 3 meer stilte zonder dat het ongemakkelijk voelt?
demo-question-4 = Wat doe ik als de ander beleefd blijft en er niets gezegd wordt?
demo-question-5 = Hoe spiegel ik het gedrag van een partner zonder die te beschamen?
demo-setting-addiction-clinic = verslavingskliniek
demo-setting-mental-health-team = ambulant GGZ-team
demo-setting-youth-care = jeugdzorg
demo-setting-neighbourhood-team = sociaal wijkteam
demo-setting-social-work = maatschappelijk werk
demo-john-1 = { $client } (43): dertig jaar blowen en drinken, en ook in de kliniek weer volledig in gebruik. 'Ik heb niemand meer.' Dat nam ik niet als antwoord: er is altijd één persoon voor wie je belangrijk bent. We liepen zijn jaren door: school, werk, de vrienden die stopten en een partner vonden. Nog niemand; veel schaamte.
demo-john-1-went-well = Me niet laten afschepen met 'ik heb niemand'; gezegd dat ik iemand uit zijn leven nodig heb om hem goed te kunnen helpen.
demo-john-2 = Tweede gesprek op zoek naar die ene. Weer 'ik heb niemand', en 'het is mijn probleem, ik wil het ZELF oplossen'. Dat onderzocht: hij schaamt zich voor de jaren dat hij zich terugtrok en wil niemand lastigvallen. Ik bleef vragen wie het zou merken als hij er niet meer was.
demo-john-2-went-well = Contact gehouden met wat ik zelf nodig heb: die ene persoon, om diagnostische, behandeltechnische en praktische redenen. En dat ook gezegd.
demo-john-2-question = Hoe lang blijf ik zoeken naar 'die ene' zonder het vertrouwen van de cliënt te verliezen?
demo-john-3 = Derde gesprek. Helemaal aan het eind vertelde hij wie die ene is: Maarten, docent Engels en zijn vriend van school. '…maar die woont en werkt in Dubai.' Hij keek wat ik zou zeggen. 'Perfect! Het volgende gesprek is een videogesprek met Maarten.' Hij krabbelde geschrokken terug; na vijf minuten verzet gaf hij zich over. Hij neemt zelf contact op met Maarten, na meer dan acht jaar zonder contact.
demo-john-3-went-well = Er is altijd één: drie gesprekken blijven vragen, en hij noemde Maarten. Dubai niet laten uitgroeien tot een reden om het niet te doen.
demo-john-4 = Videogesprek met Maarten in Dubai, de laptop op een stoel alsof hij erbij zat. { $client } begon te vertellen hoe ongelofelijk moeilijk hij het vindt om hulp te vragen; Maarten onderbrak hem: juist door zich steeds terug te trekken en troost te zoeken bij drank en drugs in plaats van te bellen, belast { $client } hem. Ik vroeg Maarten wat het voor hem zou betekenen als { $client } hem op een moeilijk moment belde. 'Dat zou me opgelucht maken. Dan zou ik voelen dat ik belangrijk voor je ben.' { $client }: 'Maar je hebt toch ook een eigen gezin. Je zit toch niet op mij te wach…' Maarten: 'Grote eikel dat je er bent. Ik kan hier zo pissig om worden. Of ik op jou zit te wachten, dat bepaal ik zelf wel. Ik kan het niet uitstaan dat jij dat voor mij bepaalt en dan maar jaren geen contact opneemt, je terugtrekt en je suf blowt en zuipt. Lul!!' { $client }, verbijsterd, zijn ogen stralen. Liefdevolle pissigheid: het keerpunt.
demo-john-4-went-well = Maarten laten onderbreken en het { $client } recht in zijn gezicht laten zeggen, en zijn boosheid niet afgezwakt: zo zei hij dat { $client } belangrijk voor hem is.
demo-john-5 = Zeven stappen met { $client } en zijn vriend Levi (54). Bij stap 2 moest ik een beetje stoken voordat Levi het zei: 'Wanneer je niet reageert op mijn telefoontjes, voel ik me in de kou staan. Dan ben ik bang dat je weer aan het zuipen bent.' De stilte laten staan. { $client }: 'Hè?? Ik schrik me rot als ik hoor hoeveel last jij ervaart wanneer ik me terugtrek in mijn flat.' Levi: 'Dan zou ik me vereerd voelen.' Bij stap 6 werd het { $client } te heet onder de voeten: 'Het lijkt wel of we relatietherapie hebben. Ha, ha, ha!' Levi lachte meteen mee.
demo-john-5-went-well = Niet meegelachen: Levi meteen gespiegeld. 'Vind je het prettig dat we het nu over iets anders hebben?' Dat vond hij niet. 'Als je van betekenis wilt zijn, moet je hem op zo'n moment niet laten glippen en wat jij wilt veel serieuzer nemen.' En tegen { $client }: 'Hoe irritant zou het zijn als Levi je de volgende keer niet weg laat komen met je geintjes?'
demo-john-5-question = Hoe voorkom ik dat Levi en Maarten weer gaan afwachten?
demo-peer-group = intervisiegroep noord
demo-supervisor = supervisor
demo-meeting-1 = Twee casussen ingebracht waarin niemand kwam. De groep zag hoe snel ik een nee accepteer.
demo-meeting-2 = John: van 'ik heb niemand' naar Maarten. Het verschil: 'er is altijd één', en blijven vragen tot hij hem noemde.
demo-answer = Blijven vragen zo lang als nodig is: zeggen wat ik nodig heb ('Ik heb iemand uit je leven nodig om mijn werk goed te doen') en de schaamte onderzoeken zonder dat die het zoeken stopt.
demo-goal-1 = Bij stap 3 in de stilte blijven
demo-goal-2 = Een tweede keer vragen voordat ik een nee accepteer

## De vastleggingen naast de reflecties corrigeren (issue 16.7): other
## edit/rename/remove, supervision edit/delete, goal edit/delete, questions edit
other-updated = { $name } ({ $case }) bijgewerkt: { $role }
other-renamed = { $old } ({ $case }) heet nu { $new }{ $sessions ->
        [0] {""}
        [one] , ook in de 1 sessie waarbij die was
       *[other] , ook in de { $sessions } sessies waarbij die was
    }
other-removed = { $name } verwijderd uit { $case }{ $sessions ->
        [0] {""}
        [one] , en uit de 1 sessie waarbij die was (de notities blijven)
       *[other] , en uit de { $sessions } sessies waarbij die was (de notities blijven)
    } — maak het ongedaan met `spiegel undo`
meeting-updated = bijeenkomst { $id } bijgewerkt
meeting-deleted = bijeenkomst { $id } verwijderd — maak het ongedaan met `spiegel undo`
goal-updated = leerdoel { $id } bijgewerkt: { $text }
goal-deleted = leerdoel { $id } verwijderd — maak het ongedaan met `spiegel undo`
question-updated = vraag { $id } bijgewerkt
confirm-delete-meeting = Supervisiebijeenkomst { $id } ({ $date }, { $kind }) verwijderen? (`spiegel undo` brengt hem terug)
confirm-delete-goal = Leerdoel { $id } ('{ $text }') verwijderen? (`spiegel undo` brengt het terug)
error-no-meeting = geen supervisiebijeenkomst { $id } — zie `spiegel supervision list` voor de nummers
error-empty-question = vraag { $id } mag niet leeg zijn — verwijder hem via de reflectie: `spiegel edit { $reflection } --ask ""`
error-not-answered = vraag { $id } heeft geen antwoord om te dateren — geef ook het antwoord, met --answer TEKST
error-nothing-to-change-other = niets gewijzigd aan { $name } ({ $case }) — geef --role ROL; een andere naam geef je met `spiegel other rename { $case } { $name } NIEUW`
error-nothing-to-change-meeting = niets gewijzigd aan bijeenkomst { $id } — geef --date DATUM, --kind SOORT, --with NAAM of --note TEKST (zie `spiegel supervision edit --help`)
error-nothing-to-change-goal = niets gewijzigd aan leerdoel { $id } — geef --text TEKST, --reason CODE, --since DATUM, --done DATUM of --not-done (zie `spiegel goal edit --help`)
error-nothing-to-change-question = niets gewijzigd aan vraag { $id } — geef --text TEKST, --answer TEKST, --answered DATUM, --for-group of --not-for-group (zie `spiegel questions edit --help`)
error-delete-needs-confirmation = { $what ->
        [supervision] supervisiebijeenkomst
       *[goal] leerdoel
    } { $id } wordt niet verwijderd zonder bevestiging — doe het in een terminal, of voeg --yes toe
error-other-took-part = { $name } was bij { $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    } van { $case }; verwijderen wist dat uit die reflecties — een naam verbeter je met `spiegel other rename { $case } { $name } NIEUW`; wil je toch verwijderen, voeg dan --force toe
meeting-form-title = spiegel: supervisiebijeenkomst { $id } ({ $date }, { $kind })
meeting-form-date = Wanneer de bijeenkomst was: JJJJ-MM-DD, vandaag, gisteren, een weekdag of 3 dagen geleden
meeting-form-kind = Wat voor bijeenkomst: { $kinds }
meeting-form-with = De supervisor of de groep; leeg: niemand genoemd
meeting-form-note = Wat je eraan overhoudt: alles onder deze regel
meeting-edit-nothing-changed = niets gewijzigd aan bijeenkomst { $id }
meeting-edit-abandoned = wijziging afgebroken; bijeenkomst { $id } is gebleven zoals hij was
expect-meeting-kind = schrijf individueel, groep of intervisie
error-no-meeting-editor = geen editor om bijeenkomst { $id } in te openen — stel $EDITOR in (of `spiegel config set editor nano`), of wijzig met opties, bijv. `spiegel supervision edit { $id } --note TEKST`
conflict-started-after-done = begindatum { $date } ligt na de afronding van het leerdoel ({ $bound })
io-change-record = kon de wijziging niet opslaan
io-delete-record = kon het niet verwijderen

## Ongedaan maken, reservekopieën, versleuteling, export en import

undo-undone = ongedaan gemaakt: { $changes }
undo-more = en nog { $count }
undo-change = { $op ->
        [insert] { $what } toegevoegd
        [update] { $what } gewijzigd
       *[delete] { $what } verwijderd
    }
undo-table = { $table ->
        [case] casus
        [other] belangrijke ander
        [reflection] reflectie
        [reason] reden
        [meeting] supervisiebijeenkomst van
        [goal] leerdoel
        [invitation] de uitnodiging van
        [question] de vraag van reflectie
        [stall] waar het vastliep in reflectie
        [presence] wie er bij waren in reflectie
        [reflection_resistance] de weerstand in reflectie
       *[unknown] { $table }
    }
backup-written-encrypted = reservekopie geschreven naar { $path } (versleuteld met het wachtwoord van het dagboek)
backup-written-plain = reservekopie geschreven naar { $path } (niet versleuteld: bewaar hem op een veilige plek)
backup-restored = { $path } teruggezet; het dagboek zoals het was staat in { $kept }
backup-no-file = dat bestand bestaat niet
backup-encrypted-journal-not = het is geen dagboek van spiegel, of het is versleuteld en dit dagboek niet
backup-wrong-passphrase = het gaat niet open met het wachtwoord van dit dagboek
backup-not-a-journal = het is geen dagboek van spiegel
backup-newer = het is geschreven door een nieuwere spiegel (versie { $version })
backup-damaged = het is beschadigd ({ $detail })
check-search-rebuilt = de zoekindex opnieuw opgebouwd uit de teksten ({ $texts } { $texts ->
    [one] tekst
   *[other] teksten
 })
error-search-drift = de zoekindex klopt niet voor { $texts } { $texts ->
    [one] tekst
   *[other] teksten
 } — bouw hem opnieuw op met `spiegel check --repair` (geen notitie of reflectie wordt aangeraakt)
check-summary-rebuilt = het overzicht van de vastgelopen stappen opnieuw opgebouwd uit de reflecties ({ $rows } { $rows ->
    [one] regel
   *[other] regels
 })
check-healthy = alles in orde: het dagboek is heel en elke verwijzing klopt (versie { $version }, { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    }, { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    })
check-healthy-quick = alles in orde: het dagboek is heel en de samenvattingen kloppen in totaal (versie { $version }, { $cases ->
        [one] 1 casus
       *[other] { $cases } casussen
    }, { $reflections ->
        [one] 1 reflectie
       *[other] { $reflections } reflecties
    }); `spiegel check --full` leest ook elke verwijzing, de samenvattingen rij voor rij en de zoekindex
table-name = { $table ->
        [case] casus
        [other] belangrijke ander
        [reflection] reflectie
        [reason] reden
        [meeting] supervisiebijeenkomst
        [goal] leerdoel
        [invitation] uitnodiging
        [question] vraag
        [stall] vastgelopen stap
        [presence] aanwezigheid
        [reflection_resistance] ontmoete weerstand
        [resistance] weerstandsreactie
        [step] stap
        [stall_fact] overzicht van vastgelopen stappen
        [session_fact] sessieoverzicht
        [undo_batch] geschiedenis voor ongedaan maken
        [undo_step] geschiedenis voor ongedaan maken
       *[unknown] { $table }
    }
check-missing-reference = rij { $row } van { $table } verwijst naar een { $parent } die er niet is
forget-warning = Dit wist casus { $name }: de belangrijke anderen, reflecties en vragen, en de geschiedenis voor ongedaan maken. Dit kan niet ongedaan worden gemaakt. Reservekopieën en exports die je maakte, houden hun kopie.
forget-prompt = Typ de naam van de casus ({ $name }) om hem te wissen
forget-done = { $reflections ->
        [0] casus { $name } is uit het dagboek gewist
        [one] casus { $name } en zijn ene reflectie zijn uit het dagboek gewist
       *[other] casus { $name } en zijn { $reflections } reflecties zijn uit het dagboek gewist
    }
crypt-prompt = Wachtwoord voor { $path }
crypt-new-prompt = Nieuw wachtwoord
crypt-confirm-prompt = Hetzelfde wachtwoord nog eens
crypt-mismatch = De twee verschillen; probeer het opnieuw.
crypt-journal = Dagboek
crypt-encrypted = Versleuteld
crypt-size-label = Grootte
crypt-backups = Reservekopieën
crypt-already-encrypted = { $path } bevat al een versleuteld dagboek
crypt-already-plain = { $path } bevat al een dagboek dat niet versleuteld is (`spiegel encrypt` versleutelt het)
crypt-created-encrypted = versleuteld dagboek aangemaakt in { $path } — bewaar het wachtwoord goed: zonder kan niemand het dagboek lezen, jij ook niet
crypt-created-plain = dagboek aangemaakt in { $path } (niet versleuteld; `spiegel encrypt` versleutelt het)
crypt-encryption-yes = ja (SQLCipher: AES-256, sleutel afgeleid van je wachtwoord)
crypt-encryption-no = nee (`spiegel encrypt` versleutelt het)
crypt-size = { $kb } kB
crypt-size-wal = { $kb } kB (en { $wal } kB nog niet samengevoegd, in het -wal-bestand)
crypt-backups-in = { $count } in { $path }
crypt-access = Toegang
crypt-access-owner = alleen jij (bestandsmodus { $mode })
crypt-access-others = anderen kunnen het ook lezen (bestandsmodus { $mode }) — `chmod 600 { $path }` houdt het bij jou
crypt-access-windows = wie de map toelaat: spiegel zet op Windows zelf geen rechten; je map %LOCALAPPDATA% is alleen van jou tenzij een beheerder dat veranderde, een dagboek elders heeft de rechten van zijn map — `spiegel encrypt` beschermt het waar het ook staat
crypt-leftovers = Restant
crypt-leftover-wiped = { $path }, achtergelaten door een onderbroken versleuteling of ontsleuteling, is met nullen overschreven en verwijderd
crypt-leftover-held = { $path } hoort bij een versleuteling of ontsleuteling die nog bezig is; de eerstvolgende opdracht daarna wist het als het blijft liggen
crypt-leftover-note = let op: { $line }
crypt-now-encrypted = { $path } is nu versleuteld; het onversleutelde bestand is overschreven en verwijderd — bewaar het wachtwoord goed
crypt-decrypted = { $path } is niet meer versleuteld
crypt-rekeyed = { $path } heeft een nieuw wachtwoord; eerdere reservekopieën houden het oude
export-written = geëxporteerd naar { $path } (alleen voor jou leesbaar; niet versleuteld — verwijder het als het gediend heeft)
export-written-windows = geëxporteerd naar { $path } (met de rechten van zijn map, niet versleuteld — verwijder het als het gediend heeft)
export-notes-may-name-people = let op: de notities, vragen en settings zijn bewaard; er kunnen nog namen in staan — lees ze voordat je het bestand deelt
export-md-title = spiegel-dagboek
export-md-anonymized = Geanonimiseerd: namen zijn vervangen door codes (C01 voor casussen, P01 voor belangrijke anderen).
export-md-meetings = Supervisiebijeenkomsten
export-md-stall = Vastgelopen bij stap { $step }: { $reasons }
export-md-since = sinds { $date }
export-md-done = afgerond { $date }
import-count = { $kind ->
        [case] { $count ->
            [one] 1 casus
           *[other] { $count } casussen
        }
        [other] { $count ->
            [one] 1 belangrijke ander
           *[other] { $count } belangrijke anderen
        }
        [reflection] { $count ->
            [one] 1 reflectie
           *[other] { $count } reflecties
        }
        [reason] { $count ->
            [one] 1 reden
           *[other] { $count } redenen
        }
        [question] { $count ->
            [one] 1 vraag
           *[other] { $count } vragen
        }
        [meeting] { $count ->
            [one] 1 bijeenkomst
           *[other] { $count } bijeenkomsten
        }
        [invitation] { $count ->
            [one] 1 uitnodiging
           *[other] { $count } uitnodigingen
        }
       *[goal] { $count ->
            [one] 1 leerdoel
           *[other] { $count } leerdoelen
        }
    }
import-added = { $records } toegevoegd
import-updated = { $records } bijgewerkt (nieuwer in het bestand)
import-unchanged = { $count } ongewijzigd
import-done = { $path } geïmporteerd: { $parts }
import-would = { $path } zou worden geïmporteerd: { $parts }
import-kept-local = { $kind ->
        [case] casus
        [other] belangrijke ander
        [reflection] reflectie
        [reason] reden
        [question] vraag
        [meeting] bijeenkomst
        [invitation] uitnodiging
       *[goal] leerdoel
    } { $what } van dit dagboek gehouden: die is hier later gewijzigd dan in het bestand
import-renamed = { $kind ->
        [case] casus
        [other] belangrijke ander
        [reflection] reflectie
        [reason] reden
        [question] vraag
        [meeting] bijeenkomst
       *[goal] leerdoel
    } { $from } heet hier { $to }: de naam was al in gebruik
import-dry-run = proefrun: er is niets geschreven
import-not-json = geen geldige JSON ({ $error })
import-not-format = niet "{ $format }"
import-newer-format = formaatversie { $version }; deze spiegel leest versie { $known }
import-no-version = ontbreekt, of is geen getal
import-not-uuid = { $value } is geen UUID
import-twice = { $value } staat er twee keer in
import-not-timestamp = { $value } is geen tijdstip zoals 2026-03-15T09:30:00.000Z
import-not-date = { $value } is geen datum (JJJJ-MM-DD)
import-too-early = { $value } ligt vóór 1900
import-future = { $value } ligt in de toekomst
import-updated-before-created = updated_at { $updated } ligt vóór created_at { $created }
import-unknown-code = onbekende code { $value }
import-bad-practitioner = { $value } is geen code van een collega: 1 tot 8 hoofdletters of cijfers, zoals P3
import-bad-name = leeg, of met spaties eromheen
import-empty = leeg
import-no-step = geen stap { $step }
import-closed-case = een afgesloten casus heeft zowel closed_on als outcome nodig
import-not-an-other = { $value } is geen van de belangrijke anderen van deze casus
import-stall-without-reason = waar het vastliep heeft een reden nodig
import-unknown-reason = { $value } staat niet bij de redenen in het bestand
# Tekst die het dagboek aanneemt (journal::text); een probleem volgt op het veld waar het om gaat.
error-search-empty = er is geen woord om te zoeken — geef een of meer woorden, bijvoorbeeld `spiegel search Karim`
error-search-quote = een dubbel aanhalingsteken is niet gesloten — sluit het, bijvoorbeeld `spiegel search '"lachte mee"'`, of laat de aanhalingstekens weg
error-search-parenthesis = een haakje is niet gesloten, of sluit niets — zet bij elke ( een ), of laat ze weg
error-search-dangling = de woorden eindigen op AND, OR of NOT — zet er een woord achter (`Karim NOT Levi`), of schrijf het met kleine letters om het als woord te zoeken
error-search-near = de woorden zijn niet te lezen bij { $word } — zet AND, OR en NOT tussen twee woorden (`Karim OR Levi`), of zet { $word } tussen dubbele aanhalingstekens om het als woord te zoeken
error-bad-text = { $field } { $problem }
text-field = { $field ->
        [case] het pseudoniem van de casus
        [other] de naam van de belangrijke ander
        [label-en] het Engelse label
        [label-nl] het Nederlandse label
        [setting] de setting
        [note] de notitie
        [went-well] wat goed ging
        [question] de vraag
        [answer] het antwoord
        [goal] het doel
        [invitation-note] de notitie bij de uitnodiging
       *[with] de deelnemers
    }
text-control = bevat een stuurteken ({ $char }) — haal het weg; tekst mag tabs en nieuwe regels bevatten, geen andere stuurtekens
text-control-in-line = bevat een stuurteken ({ $char }) — haal het weg; een naam of een veld van één regel bevat geen tabs, nieuwe regels of andere stuurtekens
text-direction = bevat een schrijfrichtingsteken ({ $char }) waardoor lijsten iets anders kunnen tonen dan erin staat — haal het weg
text-too-long = is { $size }, meer dan de { $limit } die een tekst mag bevatten — maak hem korter, of verdeel hem over meerdere items
text-name-too-long = is langer dan { $limit } tekens — maak hem korter
text-invisible = toont niets: er staan alleen spaties of onzichtbare tekens in — geef een naam die te lezen is
import-answer-date = een antwoord heeft de datum nodig waarop het kwam, en een datum zijn antwoord
import-builtin-changed = { $value } verandert de ingebouwde reden { $code }; de redenen van de methode houden hun woorden en kant — voeg een eigen reden toe

cmd-brief = Eén scherm voor de volgende sessie met een cliënt: de casus, de laatste sessies, waar het vastloopt, de stap waar het volgende keer om draait
cmd-brief--case = Het pseudoniem van de casus
    .value = CASUS
cmd-brief--format = Tekst voor de terminal of Markdown
    .value = VORM
cmd-brief--json = De briefing als één JSON-document (codes, geen labels)

cmd-casus = Eén pagina om een casus in te brengen in de intervisiegroep: de vraag, de casus in het kort, waar het vastliep, wat geprobeerd is en wat goed ging
cmd-casus--case = Het pseudoniem van de casus (van een groepslid: P3·C01 of P3:C01)
    .value = CASUS
cmd-casus--question = De vraag aan de groep [standaard: de laatste open vraag van de casus]
    .value = TEKST
cmd-casus--format = Markdown of HTML
    .value = VORM
cmd-casus--output = Schrijf naar dit nieuwe bestand (afgeschermd: 0600) in plaats van naar stdout
    .value = BESTAND

## spiegel brief: één scherm voor de volgende sessie met een cliënt

brief-title = { $case }: voor de volgende sessie
brief-duration = { $unit ->
        [days] { $n ->
            [one] 1 dag
           *[other] { $n } dagen
        }
        [weeks] { $n } weken
        [months] { $n } maanden
       *[years] { $n } jaar
    }
brief-open = Loopt al { $duration }, sinds { $opened }
brief-closed = Afgesloten op { $closed } ({ $outcome }), { $duration } na de start op { $opened }
brief-sessions = { $sessions ->
        [0] Nog geen sessies
        [one] 1 sessie tot nu toe, op { $last }
       *[other] { $sessions } sessies tot nu toe, de laatste op { $last }
    }
brief-took-part = Deden mee: { $people }
brief-person-came = { $name } ({ $role }, { $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    })
brief-person = { $name } ({ $role })
brief-not-yet = Genoemd, nog niet gekomen: { $people }
brief-nobody-came = Nog niemand uit het systeem heeft meegedaan
brief-nobody-named = Nog niemand uit het systeem genoemd
brief-no-sessions = Nog geen sessie van deze casus vastgelegd.
brief-last = Laatste sessie: { $date }, { $who }
brief-before = De sessie daarvoor: { $date }, { $who }
brief-with = met { $names }
brief-stalled = Vastgelopen bij stap { $step } ({ $title }): { $reasons }
brief-no-stall = Niet vastgelopen
brief-resistance = Weerstand: { $resistance }
brief-note = Notitie: { $note }
brief-went-well = Ging goed: { $text }
brief-question = Vraag { $id }: { $question }
brief-answer = Beantwoord op { $date }: { $answer }
brief-usual = Waar het in deze casus meestal vastloopt
brief-usual-none = Het liep in geen van de { $sessions } sessies vast.
brief-usual-stalled = Het liep vast in { $count } van de { $total } sessies, het vaakst bij:
brief-usual-step = stap { $step } ({ $title }): { $count } van de { $total } sessies
brief-usual-reason = { $label }: { $count } van de { $total } sessies
brief-more = en nog { $count }
brief-at-stake = Waar het volgende keer om draait: stap { $step } · { $title }
brief-why-nobody-yet = Er is nog niemand uit het systeem gekomen.
brief-why-last-stalled = Hier liep het het laatst vast, op { $date }.
brief-instruction = Wat je doet: { $text }
brief-pitfall = Waar het meestal vastloopt: { $text }
brief-questions = Open vragen bij deze casus
brief-open-question = { $date }, vraag { $id }: { $text }
brief-no-questions = Geen open vragen bij deze casus.
brief-goals = Leerdoelen die in deze casus speelden
brief-goal = Leerdoel { $id }: { $text } — { $reason }
brief-usual-why = Meestal omdat:
brief-goal-figures = in deze casus, vóór { $since }: { $before }; sindsdien: { $after } ({ $sessions })
brief-no-goals = Geen open leerdoel waarvan de reden in deze casus speelde.

## De waarden van de vaste lijsten (rollen, vormen, afloop, soorten
## bijeenkomsten, kanten): value-… is wat voor een code wordt getoond;
## value-…-words noemt, met komma's, meer woorden die je ervoor kunt typen.
## Invoer neemt de code, het getoonde woord en deze woorden in elke taal aan.

value-role = { $code ->
        [partner] partner
        [friend] vriend(in)
        [parent] ouder
        [child] kind
        [sibling] broer of zus
        [relative] familielid
        [neighbour] buur
        [colleague] collega
       *[other] iemand anders
    }
value-role-words = { $code ->
        [friend] vriend, vriendin
        [parent] vader, moeder
        [child] zoon, dochter
        [sibling] broer, zus
        [relative] familie
        [neighbour] buurman, buurvrouw
        [other] ander, anders
       *[none] {""}
    }
value-medium = { $code ->
        [in-person] face-to-face
        [video] video
       *[phone] telefoon
    }
value-medium-words = { $code ->
        [in-person] persoonlijk, live, fysiek
        [video] beeldbellen, videobellen
        [phone] telefonisch
       *[none] {""}
    }
value-outcome = { $code ->
        [system-involved] systeem betrokken
        [individual-only] individueel
       *[dropped-out] voortijdig gestopt
    }
value-outcome-words = { $code ->
        [individual-only] alleen individueel
        [dropped-out] gestopt, uitgevallen
       *[none] {""}
    }
value-meeting-kind = { $code ->
        [individual] individueel
        [group] groep
       *[peer] intervisie
    }
value-meeting-kind-words = { $code ->
        [individual] individuele supervisie
        [group] groepssupervisie
       *[none] {""}
    }
value-side = { $code ->
        [self] eigen
        [client] cliënt
       *[other] ander
    }
value-side-words = { $code ->
        [self] zelf, mijn eigen handelen
        [all] alle, alle kanten
       *[none] {""}
    }
# De weerstandsreacties bij stap 0, in de woorden van de methode (het
# dagboek houdt dezelfde woorden voor `--json` en de export).
value-invited-by = { $code ->
        [client] de cliënt
       *[me] mij
    }
value-invited-by-words = { $code ->
        [client] cliënt
        [me] ik, zelf, hulpverlener
       *[none] {""}
    }
value-invite-medium = { $code ->
        [in-person] face-to-face
        [video] video
        [phone] telefoon
       *[message] bericht
    }
value-invite-medium-words = { $code ->
        [in-person] persoonlijk, live, fysiek
        [video] beeldbellen, videobellen
        [phone] telefonisch, gebeld
        [message] berichtje, app, mail, brief
       *[none] {""}
    }
value-answer = { $code ->
        [yes] ja
        [no] nee
       *[pending] nog geen antwoord
    }
value-answer-words = { $code ->
        [yes] komt, akkoord
        [no] weigert, geweigerd
        [pending] afwachten, open
       *[none] {""}
    }
value-resistance = { $code ->
        [no-one-left] Ik heb niemand (meer) in mijn netwerk
        [they-wont-come] Ze willen niet betrokken worden
        [my-own-problem] Het is mijn probleem, ik wil het zelf oplossen
       *[other] { $code }
    }

## De redenen van de methode, op code: hoe `reasons`, `patterns`, `prep`, de brief
## en de exports ze noemen. Een reden die je zelf toevoegt houdt zijn eigen labels.
value-reason = { $code ->
        [lost-own-need] Contact met mijn eigen behoefte kwijtgeraakt
        [accepted-refusal] Me te snel laten afschepen
        [focused-on-objections] Te veel gericht op de bezwaren van de cliënt
        [how-before-why] Met het "hoe" bezig voordat ik overtuigd was dat ik de ander nodig heb
        [resistance-unexplored] Weerstand niet onderzocht
        [spoke-for-them] Voor hen gepraat in plaats van het ze tegen elkaar te laten zeggen
        [did-not-stoke] De ander niet geholpen zijn ongenoegen te uiten (niet 'gestookt')
        [went-too-fast] Te snel gegaan; geen ruimte voor stilte
        [laughed-along] Meegegaan in de grap of het andere onderwerp
        [did-not-mirror] Niet-helpend gedrag van de ander niet gespiegeld
        [feels-a-burden] Cliënt voelt zich een last
        [shame-and-guilt] Schaamte en schuld
        [no-room-for-position] Geen ruimte voor de eigen positie van de ander
        [other-too-cautious] De ander is te afwachtend en voorzichtig
       *[other] {""}
    }

## De stappen van de methode, op nummer (`spiegel steps`, de begeleide
## reflectie, de brief, patronen en prep). Het dagboek houdt de eerste
## formulering van elke stap voor `--json` en de export.

step-title = { $step ->
        [0] De belangrijke anderen aan tafel krijgen
        [1] De cliënt vertelt hoe moeilijk hij het vindt de ander om hulp te vragen
        [2] De ander vertelt wat het betekent dat de cliënt hem niets vraagt
        [3] De cliënt staat stil bij de woorden van de ander
        [4] De cliënt spreekt zijn verwarring uit naar de ander
        [5] De ander vertelt wat het zou betekenen als de cliënt hem wél om hulp vraagt
        [6] De cliënt staat erbij stil en reageert
       *[7] Spiegel het niet-helpende gedrag van de ander
    }
step-instruction = { $step ->
        [0] Maak jezelf verantwoordelijk voor hun aanwezigheid. Ga er nooit van uit dat de cliënt niemand heeft: er is altijd één. De anderen komen in eerste instantie om jou te helpen, zodat jij de cliënt beter kunt helpen: je hebt hen nodig om diagnostische, behandeltechnische en praktische redenen, en de cliënt hoeft hen nog niet zelf om hulp te vragen. Onderzoek de weerstand zonder je te laten afschepen, en houd contact met wat jij nodig hebt.
        [1] Laat de cliënt de ander rechtstreeks vertellen hoe moeilijk hij het vindt om de ander om hulp te vragen (of de ander te belasten).
        [2] Laat de ander vertellen wat het voor hem of haar betekent dat de cliënt hem niets durft te vragen; help de ander zijn ongenoegen zo duidelijk mogelijk te uiten.
        [3] Help de cliënt stil te staan bij de woorden van de ander: ga niet te snel, in stilte.
        [4] Laat de cliënt zijn verwarring uitspreken naar de ander: een soort reality check.
        [5] Laat de ander de cliënt vertellen wat het voor hem zou betekenen als de cliënt hem wél om hulp vraagt.
        [6] Help de cliënt hierbij stil te staan en laat hem dan reageren; kijk goed hoe beiden reageren op het nauwere contact.
       *[7] Spiegel het niet-helpende gedrag van de ander ('Vind je het prettig dat we het nu over iets anders hebben?') en zeg hem: 'neem wat jij wil veel serieuzer.' Geef ruimte aan de weerstand van de cliënt ('Hoe irritant zou het zijn als hij je de volgende keer niet weg laat komen met je grapjes?').
    }
step-pitfall = { $step ->
        [0] Je richten op de bezwaren van de cliënt tot je eigen behoefte vervaagt.
        [1] Erover praten in plaats van het de cliënt tegen de ander te laten zeggen.
        [2] De ander blijft beleefd en wordt niet geholpen zijn ongenoegen te uiten (niet 'gestookt').
        [3] Te snel gaan; de stilte opvullen.
        [4] De verwarring wordt overgeslagen of weggepraat.
        [5] Jij zegt het in hun plaats.
        [6] Een uitwijking (een grap, een ander onderwerp) blijft onopgemerkt.
       *[7] Meelachen, of niet spiegelen.
    }

## `--help` geordend (issue 16.5): de groepen opdrachten, de kop van de
## algemene opties en de voorbeelden bij elke opdracht (een regel die met
## `spiegel ` begint is een opdracht, elke andere zegt wat die doet).
help-heading-global = Algemene opties
help-heading-examples = Voorbeelden
help-group-record = Vastleggen
help-group-look-back = Terugkijken
help-group-supervision = Supervisie
help-group-catalogue = Casussen en redenen
help-group-journal = Dagboek en privacy
help-group-shell = Shell
help-examples-spiegel =
    Begin met een kijkje in de demo:
      spiegel demo
    Noteer na een gesprek waar het vastliep en waarom:
      spiegel add John --stall 0:accepted-refusal --note "Ik nam het eerste nee."
    Vóór de supervisie: de pagina om mee te nemen:
      spiegel prep
help-examples-add =
    Laat je stap voor stap door de reflectie leiden:
      spiegel add
    Waar het vastliep en waarom, met een notitie:
      spiegel add John --stall 0:accepted-refusal --note "Ik nam het eerste nee."
    Een gesprek van gisteren, via video, met Levi erbij:
      spiegel add John --date gisteren --medium video --with Levi --completed
    Een vraag voor de supervisie:
      spiegel add John --stall 3:went-too-fast --ask "Hoe vertraag ik?"
help-examples-list =
    De laatste reflecties, nieuwste eerst:
      spiegel list
    Eén casus, al zijn reflecties:
      spiegel list --case John --limit 0
    Waar stap 0 vastliep omdat je het eerste nee aannam:
      spiegel list --step 0 --why accepted-refusal
    Dit jaar, als JSON:
      spiegel list --since 2026-01-01 --json
help-examples-show =
    Eén reflectie volledig:
      spiegel show 12
    Als JSON:
      spiegel show 12 --json
help-examples-search =
    Waar schreef ik over meelachen met Karim?
      spiegel search meelachen Karim
    Woorden die zo beginnen, in één casus, dit jaar:
      spiegel search lach grap --case John --since 2026-01-01
    Een zin precies, of een van twee namen:
      spiegel search "lachte mee"
      spiegel search "Karim OR Levi"
    Als JSON:
      spiegel search ouder --json
help-examples-edit =
    Open reflectie 12 in je editor:
      spiegel edit 12
    Wijzig alleen de notitie, of de datum:
      spiegel edit 12 --note "Levi kwam toch."
      spiegel edit 12 --date 2026-03-02
    Vervang waar het vastliep:
      spiegel edit 12 --stall 0:lost-own-need
help-examples-delete =
    Verwijder reflectie 12 (eerst wordt het gevraagd):
      spiegel delete 12
    Zonder te vragen; `spiegel undo` haalt hem terug:
      spiegel delete 12 --yes
help-examples-undo =
    Draai de laatste wijziging terug:
      spiegel undo
help-examples-patterns =
    Waar het vastloopt en waarom, over alle casussen:
      spiegel patterns
    Sinds het begin van het jaar, één casus:
      spiegel patterns --since 2026-01-01 --case John
    Gesprekken waarin de ander niet wilde komen:
      spiegel patterns --when they-wont-come
help-examples-brief =
    Eén scherm vóór het volgende gesprek met John:
      spiegel brief John
    Als Markdown, om in notities te plakken:
      spiegel brief John --format md
help-examples-steps =
    De stappen van de methode en waar elke stap meestal vastloopt:
      spiegel steps
help-examples-prep =
    Alles sinds de laatste supervisiebijeenkomst:
      spiegel prep
    Een pagina om te printen, vanaf een datum:
      spiegel prep --since 2026-01-01 --format html -o prep.html
help-examples-questions =
    De open vragen voor de supervisie:
      spiegel questions
    Leg vast wat er van vraag 3 kwam:
      spiegel questions answer 3 --note "Opnieuw vragen, in andere woorden."
    Formuleer vraag 3 anders:
      spiegel questions edit 3 --text "Hoe blijf ik bij de stilte?"
help-examples-questions-edit =
    Formuleer vraag 3 anders:
      spiegel questions edit 3 --text "Hoe blijf ik bij de stilte?"
    Verbeter het antwoord, of wanneer de vraag beantwoord is:
      spiegel questions edit 3 --answer "Tot tien tellen voor ik praat."
      spiegel questions edit 3 --answered 2026-03-10
    De nummers, ook van beantwoorde vragen:
      spiegel questions --all
help-examples-supervision =
    Leg de bijeenkomst van vandaag vast en wat je meeneemt:
      spiegel supervision add --kind group --note "Blijf bij de stilte."
    De bijeenkomsten tot nu toe:
      spiegel supervision list
    Verbeter de datum van bijeenkomst 2, of verwijder hem:
      spiegel supervision edit 2 --date 2026-03-10
      spiegel supervision delete 2
help-examples-supervision-edit =
    Het was afgelopen dinsdag, in de groep:
      spiegel supervision edit 2 --date dinsdag --kind groep
    Een nieuwe notitie, uit een bestand:
      spiegel supervision edit 2 --note - < notitie.txt
    Toch geen supervisor genoemd:
      spiegel supervision edit 2 --with ""
help-examples-supervision-delete =
    Verwijder bijeenkomst 2 (vraagt het eerst):
      spiegel supervision delete 2
    Zonder te vragen; `spiegel undo` brengt hem terug:
      spiegel supervision delete 2 --yes
    De nummers:
      spiegel supervision list
help-examples-goal =
    Een leerdoel, verbonden aan de reden die zeldzamer moet worden:
      spiegel goal add "Een tweede keer vragen" --reason accepted-refusal
    Hoe vaak die reden ervoor en sindsdien voorkwam:
      spiegel goal list
    Verbeter leerdoel 1, of verwijder het:
      spiegel goal edit 1 --since 2026-02-01
      spiegel goal delete 1
help-examples-goal-edit =
    Formuleer leerdoel 1 anders:
      spiegel goal edit 1 --text "Een tweede keer vragen, rustig"
    Koppel het aan een andere reden, met een eerder begin:
      spiegel goal edit 1 --reason went-too-fast --since 2026-02-01
    Per vergissing afgerond:
      spiegel goal edit 1 --not-done
help-examples-goal-delete =
    Verwijder leerdoel 1 (vraagt het eerst):
      spiegel goal delete 1
    Zonder te vragen; `spiegel undo` brengt het terug:
      spiegel goal delete 1 --yes
    De nummers, ook van afgeronde leerdoelen:
      spiegel goal list --all
help-examples-case =
    Begin een casus onder een pseudoniem:
      spiegel case add John --setting verslavingszorg --cohabiting no
    De open casussen, en één volledig:
      spiegel case list
      spiegel case show John
    Sluit hem af met de uitkomst:
      spiegel case close John --outcome system-involved
help-examples-other =
    Voeg Levi toe, een vriend van John:
      spiegel other add John Levi --role vriend
    Maarten, die John na drie gesprekken noemde:
      spiegel other add John Maarten --role vriend --named 2026-02-16
    De belangrijke anderen van John:
      spiegel other list John
    Levi is toch de partner van John:
      spiegel other edit John Levi --role partner
    Verbeter een naam, of verwijder iemand die per vergissing is toegevoegd:
      spiegel other rename John Levi Lev
      spiegel other remove John Maarten
help-examples-other-edit =
    Levi is de partner van John, geen vriend:
      spiegel other edit John Levi --role partner
    Ook met Nederlandse woorden:
      spiegel other edit John Levi --role broer
    De naam verander je met rename:
      spiegel other rename John Levi Lev
help-examples-other-rename =
    Een tikfout in een naam; de sessies waarbij Levi was, noemen hem Lev:
      spiegel other rename John Levi Lev
    Alleen hoofdletters:
      spiegel other rename John levi Levi
    Maak het ongedaan:
      spiegel undo
help-examples-other-remove =
    Verwijder iemand die per vergissing is toegevoegd:
      spiegel other remove John Maarten
    Iemand die bij sessies was, verdwijnt ook uit die reflecties:
      spiegel other remove John Levi --force
    Toch niet:
      spiegel undo
help-examples-invite =
    Je belde Maarten, "in eerste instantie om mij te helpen"; hij denkt erover na:
      spiegel invite John Maarten --by ik --medium telefoon
    Een week later zegt hij ja (het antwoord op de uitnodiging die wacht):
      spiegel invite John Maarten --answer ja
    Kees weigerde toen Sem het hem vroeg:
      spiegel invite Sem Kees --by cliënt --answer nee --resistance they-wont-come
help-examples-reasons =
    De redenen, met hun codes:
      spiegel reasons
    Een eigen reden:
      spiegel reasons add afgeraffeld --side self --label "Het einde afgeraffeld"
help-examples-export =
    Alles, zonder verlies, om elders te importeren:
      spiegel export -o dagboek.json
    Zonder namen of vrije tekst, om te delen:
      spiegel export --anonymize --format csv -o dagboek.csv
help-examples-import =
    Bekijk wat een bestand zou wijzigen, en voeg het dan samen:
      spiegel import dagboek.json --dry-run
      spiegel import dagboek.json
help-examples-backup =
    Een reservekopie naast het dagboek:
      spiegel backup
    Naar een bestand naar keuze:
      spiegel backup /media/usb/dagboek-kopie.db
help-examples-restore =
    Ga terug naar een reservekopie (het dagboek zoals het was blijft bewaard):
      spiegel restore /media/usb/dagboek-kopie.db
help-examples-status =
    Waar het dagboek staat, of het versleuteld is, de reservekopieën:
      spiegel status
help-examples-encrypt =
    Versleutel het dagboek (vraagt om een nieuw wachtwoord):
      spiegel encrypt
    Wijzig het wachtwoord later:
      spiegel rekey
help-examples-config =
    Standaard Nederlands spreken:
      spiegel config set language nl
    Lange overzichten nooit via de pager:
      spiegel config set pager false
    De instellingen en het dagboek in gebruik:
      spiegel config show
help-examples-demo =
    Een tijdelijk dagboek met voorbeeldcasussen:
      spiegel demo

## spiegel man: de eigen secties van de handleiding (issue 16.6). Koppen in
## hoofdletters, zoals in man-pagina's.

man-heading-name = NAAM
man-heading-synopsis = OVERZICHT
man-heading-description = BESCHRIJVING
man-heading-options = OPTIES
man-heading-commands = OPDRACHTEN
man-heading-examples = VOORBEELDEN
man-heading-exit-status = AFSLUITSTATUS
man-heading-environment = OMGEVING
man-heading-files = BESTANDEN
man-heading-see-also = ZIE OOK
man-heading-version = VERSIE
man-method = De methode: de meeste cliënten komen alleen en willen niemand betrekken. Stap 0 is de belangrijke anderen van de cliënt (een partner, vrienden, familie, buren) aan tafel krijgen: onderzoek de weerstand zonder je te laten afschepen, en houd contact met waarom jij hen nodig hebt — er is altijd één. Stap 1 tot en met 7 zijn het gesprek tussen de cliënt en een belangrijke ander: de cliënt vertelt de ander hoe moeilijk hij het vindt hem om hulp te vragen (1); de ander vertelt wat het voor hem betekent dat de cliënt niets vraagt (2); de cliënt staat stil bij die woorden, langzaam, in stilte (3) en spreekt zijn verwarring uit naar de ander (4); de ander vertelt wat het zou betekenen als de cliënt wél vraagt (5); de cliënt staat daarbij stil en reageert, terwijl beiden het nauwere contact voelen (6); de hulpverlener spiegelt het niet-helpende gedrag van de ander en geeft ruimte aan de weerstand van de cliënt (7). Na elke sessie legt spiegel vast bij welke stap het vastliep en waarom, eerst aan de eigen kant van de hulpverlener: daar werkt supervisie aan.
man-exit-0 = Gelukt; ook als het programma dat de uitvoer leest (een pager, head) eerder stopte.
man-exit-1 = De opdracht kon niet in de toestand van het dagboek: geen dagboek, geen zo'n casus of reflectie, een verkeerd wachtwoord, een bestand dat nooit wordt overschreven. Er is niets veranderd: elke opdracht is één transactie.
man-exit-2 = Verkeerd gebruik: een onbekende opdracht of optie, of een onjuiste of onbekende waarde (een datum, een stap, een redencode). Er is niets veranderd.
man-env-db = Het dagboekbestand, als --db niet is gegeven.
man-env-passphrase = Het wachtwoord van een versleuteld dagboek, in plaats van erom te vragen (voor scripts; een vraag houdt het buiten de omgeving).
man-env-new-passphrase = Het nieuwe wachtwoord voor encrypt en rekey, in plaats van erom te vragen.
man-env-lang = De taal die spiegel spreekt (en of nl) als --lang niet is gegeven; anders de taal uit het instellingenbestand, anders LC_ALL, LC_MESSAGES of LANG.
man-env-today = De datum die spiegel als vandaag neemt (JJJJ-MM-DD), om dingen uit te proberen en voor tests.
man-env-pager = De pager voor lange weergaven op een terminal; anders de pager uit het instellingenbestand, anders PAGER, anders less -FRX. Leeg of cat: geen pager.
man-env-editor = De editor voor `spiegel edit ID` zonder opties: VISUAL, anders EDITOR, anders de editor uit het instellingenbestand, anders nano of vi op een terminal.
man-env-no-color = Gezet (op wat dan ook): geen kleuren, ook niet op een terminal.
man-env-columns = De breedte waarop tabellen worden afgebroken als de uitvoer geen terminal is.
man-env-complete = Gezet door het aanvulscript dat een shell inleest (`spiegel completions SHELL`): spiegel antwoordt met aanvullingen.
man-env-trace-sql = Voegt elke SQL-opdracht die een opdracht uitvoert toe aan dit bestand (privé aangemaakt), voor benchmarks. Het bevat wat de opdrachten bevatten, ook notities.
man-file-journal = Het dagboek als --db, SPIEGEL_DB noch het instellingenbestand er een noemt: de gegevensmap van het platform ($XDG_DATA_HOME, anders ~/.local/share, op Linux; ~/Library/Application Support op macOS; %LOCALAPPDATA% op Windows).
man-file-settings = Het instellingenbestand (`spiegel config path`): taal, editor, dagboek en pager; in $XDG_CONFIG_HOME, anders ~/.config, op Linux; ~/Library/Application Support op macOS; %APPDATA% op Windows.
man-file-backups = De map naast het dagboek waarin `spiegel backup` schrijft, alleen voor de gebruiker leesbaar.
man-file-demo = De tijdelijke dagboeken van `spiegel demo`; een latere demo ruimt ze op als ze meer dan een dag niet zijn gebruikt.
man-see-also-help = De hulp bij elke opdracht: `spiegel OPDRACHT --help`. Een pagina per opdracht: `spiegel man --dir MAP`.

## Voortgang bij lang werk (issue 16.4): op stderr, alleen op een terminal.

progress-left = over
progress-reflections = reflecties
progress-cases = casussen
progress-importing = Importeren
progress-generating = Genereren
progress-exporting = Exporteren
progress-encrypting = Dagboek versleutelen…
progress-decrypting = Versleuteling verwijderen…
progress-rekeying = Wachtwoord wijzigen…
progress-backing-up = Reservekopie maken…
progress-checking = Dagboek controleren…
progress-stopped-import = gestopt — niets geïmporteerd (een import is één transactie: het dagboek is zoals het was)
progress-stopped-demo = gestopt — geen reflecties gemaakt

## De gedeelde blik van een intervisiegroep (issue 17)
group-pooled-left-out = Alleen je eigen records: dit dagboek bevat ook { $reflections } gedeelde { $reflections ->
        [one] reflectie
       *[other] reflecties
    } in { $cases } { $cases ->
        [one] casus
       *[other] casussen
    } van { $codes }, hier niet meegeteld — bekijk ze met `spiegel patterns --by practitioner` of `--group`
group-export-left-out = de gedeelde records van { $codes } zijn weggelaten ({ $reflections } { $reflections ->
        [one] reflectie
       *[other] reflecties
    } in { $cases } { $cases ->
        [one] casus
       *[other] casussen
    }, en hun bijeenkomsten en leerdoelen): die delen zij zelf — elk lid exporteert de eigen records met `spiegel export --anonymize --as CODE`
group-me = ik
group-col-practitioner = { $whom } ({ $reflections } { $reflections ->
        [one] sessie
       *[other] sessies
    })
group-never = nooit
group-by-legend = Elk getal telt over de eigen kansen van die collega: de sessies waarin de reden kon spelen. "ik" ben jij; de anderen zijn de codes waarmee de groepsleden exporteerden.
group-shared = Gedeeld: in de casussen van meer dan één collega
group-one-member = Van één collega
group-whom-cases = { $whom } ({ $cases } { $cases ->
        [one] casus
       *[other] casussen
    })
group-spread-line = { $reason } — { $practitioners } van { $members } collega's: { $who }

## spiegel casus: een casus inbrengen in de intervisiegroep
casus-title = Casusinbreng: { $case }
casus-written = Casusinbreng geschreven naar { $path } (alleen voor jou leesbaar)
casus-question = De vraag aan de groep
casus-no-question = Nog geen vraag — geef er een met --question TEKST, of stel er een met `spiegel add CASUS --ask TEKST`
casus-brief = De casus in het kort
casus-pseudonym = Pseudoniem: { $name }
casus-setting = Setting: { $setting }
casus-cohabiting = Woont samen met een partner: { $answer }
casus-open = Open sinds { $opened }
casus-closed = Geopend { $opened }, gesloten { $closed }: { $outcome }
casus-sessions = { $count } { $count ->
        [one] sessie
       *[other] sessies
    }, { $first } – { $last }
casus-no-sessions = Nog geen sessies vastgelegd
casus-system = Wie uit het systeem
casus-no-others = Nog niemand uit het systeem van de cliënt genoemd
casus-other = { $name } ({ $role }): { $what }
casus-named = genoemd { $date }
casus-named-unknown = niet bekend wanneer genoemd
casus-invited = uitgenodigd door { $by } op { $date }: { $answer }
casus-came = kwam vanaf { $date } ({ $sessions } { $sessions ->
        [one] sessie
       *[other] sessies
    })
casus-not-came = is nog niet gekomen
casus-stalled = Waar het vastliep, sessie voor sessie
casus-stall-line = { $date } — stap { $stalls }
casus-never-stalled = Geen sessie vastgelegd als vastgelopen
casus-tried = Wat geprobeerd is
casus-nothing-tried = Geen notities vastgelegd
casus-went-well = Wat goed ging
casus-nothing-went-well = Niets vastgelegd als goed gegaan
casus-dated = { $date }: { $text }

## De gedeelde records van een collega (issue 17): alleen zij wijzigen ze
error-theirs-case = casus '{ $case }' is van { $code }, gedeeld in je intervisiegroep: alleen { $code } wijzigt die of voegt eraan toe — schrijf in je eigen casussen; om hem uit je dagboek te halen: `spiegel case forget { $case }`
error-theirs-reflection = reflectie { $id } is van { $code } (casus '{ $case }'), gedeeld in je intervisiegroep: de woorden blijven zoals { $code } ze schreef — { $code } wijzigt die in het eigen dagboek en exporteert opnieuw; om de casus uit het jouwe te halen: `spiegel case forget { $case }`
error-theirs-meeting = bijeenkomst { $id } is van { $code }, gedeeld in je intervisiegroep: die blijft zoals { $code } hem bijhoudt — { $code } wijzigt hem in het eigen dagboek en exporteert opnieuw
error-theirs-goal = leerdoel { $id } is van { $code }, gedeeld in je intervisiegroep: dat blijft zoals { $code } het bijhoudt — { $code } wijzigt het in het eigen dagboek en exporteert opnieuw
error-theirs-question = vraag { $id } is van { $code } (casus '{ $case }'), gedeeld in je intervisiegroep: de woorden blijven zoals { $code } ze schreef — { $code } legt in het eigen dagboek vast wat ermee gedaan is; stel je eigen vraag met `spiegel add CASUS --ask TEKST`

## Questions asked of the peer-supervision group (issue 17)
col-for-group = Voor
question-for-group = de intervisiegroep

## spiegel prep --group: de pagina voor een intervisiebijeenkomst
group-prep-title = Intervisiebijeenkomst
group-prep-who = Wiens records
group-prep-practitioners = { $count } { $count ->
        [one] collega
       *[other] collega's
    }: { $who }. Elk getal telt alleen ieders eigen records; "ik" ben jij.
group-prep-none-shared = Nog geen gedeeld patroon: elke reden is van één collega (zie `spiegel patterns --group`)
group-prep-own-side = Ieders vaakste patroon aan de eigen kant
group-prep-own-line = { $whom }: { $reason } — { $rate } sessies waarin het kon gebeuren
group-prep-own-none = { $whom }: geen vastlopen aan de eigen kant vastgelegd ({ $reflections } { $reflections ->
        [one] sessie
       *[other] sessies
    })
group-prep-questions = Vragen aan de groep
group-prep-no-questions = Geen open vragen aan de groep — stel er een met `spiegel add CASUS --ask TEKST --for-group`
group-prep-question = { $case }, { $date }: { $text }

## sync: meerdere apparaten via een gesynchroniseerde map
sync-init-new = Dit apparaat ({ $device }) is gekoppeld aan { $dir }; de sleutel van de map is gemaakt. Op elk ander apparaat: `spiegel sync init` met deze map en hetzelfde wachtwoord.
sync-init-joined = Dit apparaat ({ $device }) is gekoppeld aan { $dir }; de sleutel van de map is gelezen. `spiegel sync` wisselt nu de wijzigingen uit.
sync-sent = Verstuurd: { $records ->
    [one] 1 gewijzigd gegeven
   *[other] { $records } gewijzigde gegevens
} en { $deletions ->
    [one] 1 verwijdering
   *[other] { $deletions } verwijderingen
}, in één nieuw bestand.
sync-nothing-to-send = Hier is niets veranderd sinds de vorige synchronisatie.
sync-nothing-new = Geen nieuwe bestanden van andere apparaten.
sync-read = { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
} van andere apparaten verwerkt: { $added } toegevoegd, { $updated } bijgewerkt, { $deleted } verwijderd.
sync-forgotten = Casus { $case } gewist: die is op een ander apparaat vergeten (`case forget`).
sync-forget-warning = Een ander apparaat heeft casus { $cases } gewist (`case forget`): synchroniseren wist die hier ook, met de geschiedenis voor ongedaan maken.
sync-forget-prompt = { $cases } hier ook wissen?
sync-skip-unreadable = waarschuwing: { $name } van apparaat { $device } is niet te lezen (wordt nog gekopieerd, of is beschadigd); bij de volgende synchronisatie opnieuw geprobeerd
sync-skip-bad = waarschuwing: { $name } van apparaat { $device } bevat iets wat spiegel niet kan verwerken (geschreven door een nieuwere spiegel?); er is niets van verwerkt, bij de volgende synchronisatie opnieuw geprobeerd
sync-skip-forget = waarschuwing: casus { $case } is op een ander apparaat gewist maar hier voorlopig bewaard — voer `spiegel sync` uit in een terminal om de vraag te krijgen, of `spiegel sync --yes`
sync-left = waarschuwing: { $count ->
    [one] 1 bestand wacht
   *[other] { $count } bestanden wachten
} op de volgende synchronisatie (de tijd was op)
sync-auto-unreachable = waarschuwing: de synchronisatiemap { $dir } antwoordde niet op tijd; je wijziging is bewaard en gaat mee bij de volgende synchronisatie
sync-auto-failed = waarschuwing: synchroniseren mislukt ({ $error }); je wijziging is bewaard — voer `spiegel sync` uit om te zien waarom
sync-status-device = Dit apparaat
sync-status-folder = Map
sync-status-unreachable = { $dir } (nu niet bereikbaar)
sync-status-to-send = Te versturen
sync-status-pending = { $records ->
    [one] 1 gewijzigd gegeven
   *[other] { $records } gewijzigde gegevens
}, { $deletions ->
    [one] 1 verwijdering
   *[other] { $deletions } verwijderingen
}
sync-status-to-read = Te verwerken
sync-status-files = { $count ->
    [one] 1 bestand van andere apparaten
   *[other] { $count } bestanden van andere apparaten
}
sync-col-device = Apparaat
sync-col-files = Bestanden
sync-col-last-write = Laatst geschreven (UTC)
sync-col-unread = Niet verwerkt
sync-this-device = { $device } (dit apparaat)
error-sync-not-set-up = dit dagboek is niet aan een synchronisatiemap gekoppeld — voer `spiegel sync init MAP` uit met de map die je synchronisatiedienst bijhoudt
error-sync-no-folder = geen map op { $path } — maak die aan (of laat je synchronisatiedienst dat doen) en voer de opdracht opnieuw uit
error-sync-journal-inside = het dagboek staat in de synchronisatiemap { $path } — houd het dagboek erbuiten (`--db` ergens anders) en synchroniseer alleen via `spiegel sync`
error-sync-wrong-passphrase = verkeerd wachtwoord voor de sleutel van de synchronisatiemap { $path } — geef het wachtwoord dat het eerste apparaat gebruikte (getypt, of in SPIEGEL_PASSPHRASE; een versleuteld dagboek gebruikt het eigen wachtwoord)
error-sync-bad-key-file = { $path } is geen sleutelbestand van spiegel — zet het elders neer als het niet van jou is, of kopieer het opnieuw van het eerste apparaat
error-sync-other-folder = dit dagboek is al gekoppeld aan de synchronisatiemap { $path } — gebruik die map, of een ander dagboek voor een andere map
expect-sync = geef auto (synchroniseren na elke wijziging) of manual (alleen `spiegel sync`)
cmd-sync = Houd het dagboek gelijk op meerdere apparaten via een gesynchroniseerde map (init, status)
cmd-sync--yes = Wis de casussen die andere apparaten vergaten zonder te vragen (voor scripts)
cmd-sync-init = Koppel het dagboek aan een map die een synchronisatiedienst bijhoudt (Syncthing, Nextcloud, een USB-stick …)
cmd-sync-init--dir = De map (die moet bestaan; het dagboek mag er niet in staan)
cmd-sync-status = Dit apparaat, de map, de bekende apparaten en wat nog wacht
cmd-sync-status--json = Eén JSON-document in plaats van tabellen
sync-auto-locked = waarschuwing: sync = auto kan het versleutelde dagboek niet nog eens openen zonder SPIEGEL_PASSPHRASE; je wijziging is bewaard — voer `spiegel sync` uit om die te versturen
