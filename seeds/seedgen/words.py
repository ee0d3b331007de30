"""Word lists for Swedish- and Finnish-looking municipal text.

Every entry is a (Swedish, Finnish) pair with the same meaning, so that a title or heading
drawn once reads as a translation in both languages. Finnish phrases are stored already
inflected for the slot they fill (a subject in the nominative, an object in the partitive,
an adverbial in its case), since the generator only strings slots together.
"""

# Topics: nouns used in titles and headings ("Avgifter och öppettider").
TOPICS = [
    ("avgifter", "maksut"), ("öppettider", "aukioloajat"), ("ansökningar", "hakemukset"),
    ("tjänster", "palvelut"), ("beslut", "päätökset"), ("stöd", "tuki"),
    ("lokaler", "tilat"), ("tillstånd", "luvat"), ("rådgivning", "neuvonta"),
    ("kurser", "kurssit"), ("anvisningar", "ohjeet"), ("blanketter", "lomakkeet"),
    ("tidsbokning", "ajanvaraus"), ("boende", "asuminen"), ("trafik", "liikenne"),
    ("parkering", "pysäköinti"), ("skolskjutsar", "koulukuljetukset"), ("dagvård", "varhaiskasvatus"),
    ("förskola", "esiopetus"), ("grundskola", "perusopetus"), ("idrottsplatser", "liikuntapaikat"),
    ("simhallen", "uimahalli"), ("vattentjänster", "vesihuolto"), ("avfallshantering", "jätehuolto"),
    ("bygglov", "rakentamisluvat"), ("detaljplaner", "asemakaavat"), ("miljöskydd", "ympäristönsuojelu"),
    ("ungdomsarbete", "nuorisotyö"), ("kultur", "kulttuuri"), ("musikskola", "musiikkiopisto"),
    ("hemvård", "kotihoito"), ("färdtjänst", "kuljetuspalvelu"), ("sysselsättning", "työllisyys"),
    ("näringsliv", "elinkeinoelämä"), ("turism", "matkailu"), ("hamnar", "satamat"),
    ("vägar", "tiet"), ("gatubelysning", "katuvalaistus"), ("snöröjning", "lumityöt"),
    ("parker", "puistot"), ("naturstigar", "luontopolut"), ("badstränder", "uimarannat"),
    ("tomter", "tontit"), ("hyresbostäder", "vuokra-asunnot"), ("räddningstjänst", "pelastustoimi"),
    ("beredskap", "valmius"), ("integration", "kotoutuminen"), ("språkkurser", "kielikurssit"),
    ("föreningsbidrag", "yhdistysavustukset"), ("lokalbokning", "tilavaraus"), ("budget", "talousarvio"),
    ("upphandling", "hankinnat"), ("arkiv", "arkisto"), ("protokoll", "pöytäkirjat"),
    ("val", "vaalit"), ("delaktighet", "osallisuus"), ("äldreomsorg", "vanhuspalvelut"),
    ("skolhälsovård", "kouluterveydenhuolto"), ("eftermiddagsverksamhet", "iltapäivätoiminta"),
    ("fritidsverksamhet", "vapaa-ajan toiminta"), ("bibliotek", "kirjasto"), ("konstsamlingar", "taidekokoelmat"),
    ("kollektivtrafik", "joukkoliikenne"), ("cykelvägar", "pyörätiet"), ("lekparker", "leikkipuistot"),
    ("skolmat", "kouluruoka"), ("elevvård", "oppilashuolto"), ("vuxenutbildning", "aikuiskoulutus"),
    ("energirådgivning", "energianeuvonta"), ("fastigheter", "kiinteistöt"), ("skogar", "metsät"),
    ("fiske", "kalastus"), ("jakt", "metsästys"), ("hundar", "koirat"), ("begravningsplatser", "hautausmaat"),
]

# Qualifiers appended to a topic ("Avgifter för barnfamiljer").
QUALIFIERS = [
    ("för barnfamiljer", "lapsiperheille"), ("för seniorer", "ikäihmisille"), ("för unga", "nuorille"),
    ("för företag", "yrityksille"), ("för föreningar", "yhdistyksille"), ("i skärgården", "saaristossa"),
    ("i centrum", "keskustassa"), ("under sommaren", "kesän aikana"), ("under vintern", "talven aikana"),
    ("på distans", "etänä"), ("för nya invånare", "uusille asukkaille"), ("i byarna", "kylissä"),
    ("för studerande", "opiskelijoille"), ("för arbetsgivare", "työnantajille"), ("vid skolorna", "kouluilla"),
    ("för personer med funktionsnedsättning", "vammaisille henkilöille"), ("på svenska", "ruotsiksi"),
    ("på finska", "suomeksi"), ("för fastighetsägare", "kiinteistönomistajille"), ("för hundägare", "koiranomistajille"),
]

# Headings that stand alone, common on municipal pages.
FIXED_HEADINGS = [
    ("Så här ansöker du", "Näin haet"), ("Vanliga frågor", "Usein kysyttyä"),
    ("Kontaktuppgifter", "Yhteystiedot"), ("Öppettider och adress", "Aukioloajat ja osoite"),
    ("Avgifter och rabatter", "Maksut ja alennukset"), ("Ändringar och avbrott", "Muutokset ja katkot"),
    ("Bakgrund", "Tausta"), ("Tidtabell", "Aikataulu"), ("Ansvariga personer", "Vastuuhenkilöt"),
    ("Lagstiftning", "Lainsäädäntö"), ("Mer information", "Lisätietoja"), ("Ge respons", "Anna palautetta"),
    ("Tillgänglighet", "Saavutettavuus"), ("Så behandlas ärendet", "Näin asia käsitellään"),
    ("Tidigare beslut", "Aiemmat päätökset"), ("Kommande evenemang", "Tulevat tapahtumat"),
]

# Sentence slots: subject, verb, object, adverbial. "Kommunen erbjuder nya tjänster i centrum."
SUBJECTS = [
    ("Kommunen", "Kunta"), ("Biblioteket", "Kirjasto"), ("Nämnden", "Lautakunta"),
    ("Skolan", "Koulu"), ("Förvaltningen", "Hallinto"), ("Personalen", "Henkilökunta"),
    ("Föreningen", "Yhdistys"), ("Kommunstyrelsen", "Kunnanhallitus"), ("Fullmäktige", "Valtuusto"),
    ("Välfärdsområdet", "Hyvinvointialue"), ("Idrottsenheten", "Liikuntayksikkö"), ("Kulturenheten", "Kulttuuriyksikkö"),
    ("Byggnadstillsynen", "Rakennusvalvonta"), ("Miljöinspektören", "Ympäristötarkastaja"), ("Ungdomsgården", "Nuorisotalo"),
    ("Medborgarinstitutet", "Kansalaisopisto"), ("Vattenverket", "Vesilaitos"), ("Tekniska enheten", "Tekninen yksikkö"),
    ("Servicepunkten", "Palvelupiste"), ("Rektorn", "Rehtori"), ("Kommundirektören", "Kunnanjohtaja"),
]

VERBS = [
    ("erbjuder", "tarjoaa"), ("ordnar", "järjestää"), ("ansvarar för", "vastaa"), ("planerar", "suunnittelee"),
    ("utvecklar", "kehittää"), ("stöder", "tukee"), ("informerar om", "tiedottaa"), ("behandlar", "käsittelee"),
    ("följer upp", "seuraa"), ("beviljar", "myöntää"), ("förnyar", "uudistaa"), ("granskar", "tarkastaa"),
    ("förbättrar", "parantaa"), ("samordnar", "koordinoi"), ("utreder", "selvittää"), ("publicerar", "julkaisee"),
    ("upphandlar", "hankkii"), ("underhåller", "ylläpitää"), ("bereder", "valmistelee"), ("godkänner", "hyväksyy"),
]

OBJECTS = [
    ("nya tjänster", "uusia palveluja"), ("ekonomiskt stöd", "taloudellista tukea"), ("avgiftsfri rådgivning", "maksutonta neuvontaa"),
    ("kurser för vuxna", "kursseja aikuisille"), ("trygga skolvägar", "turvallisia koulumatkoja"), ("tillstånd och anmälningar", "lupia ja ilmoituksia"),
    ("lokaler för föreningar", "tiloja yhdistyksille"), ("aktuell information", "ajankohtaista tietoa"), ("digitala tjänster", "sähköisiä palveluja"),
    ("planer för området", "alueen suunnitelmia"), ("ansökningar om bidrag", "avustushakemuksia"), ("vägarnas skick", "teiden kuntoa"),
    ("vattnets kvalitet", "veden laatua"), ("platser i dagvården", "varhaiskasvatuspaikkoja"), ("kommunens budget", "kunnan talousarviota"),
    ("evenemang för hela familjen", "tapahtumia koko perheelle"), ("hjälp i vardagen", "apua arkeen"), ("nya cykelvägar", "uusia pyöräteitä"),
    ("utlåtanden om planerna", "lausuntoja kaavoista"), ("statistik om befolkningen", "väestötilastoja"), ("skötseln av parkerna", "puistojen hoitoa"),
    ("servicenätet", "palveluverkkoa"), ("anvisningar för invånare", "ohjeita asukkaille"), ("tider för rådgivning", "neuvonta-aikoja"),
]

ADVERBIALS = [
    ("i hela kommunen", "koko kunnassa"), ("under hösten", "syksyn aikana"), ("under våren", "kevään aikana"),
    ("enligt lagen", "lain mukaisesti"), ("vid behov", "tarvittaessa"), ("varje vardag", "joka arkipäivä"),
    ("i samarbete med grannkommunerna", "yhteistyössä naapurikuntien kanssa"), ("på båda språken", "molemmilla kielillä"),
    ("i centrum", "keskustassa"), ("i skärgården", "saaristossa"), ("för alla åldrar", "kaikenikäisille"),
    ("utan avgift", "maksutta"), ("i kommunhuset", "kunnantalolla"), ("via e-tjänsten", "asiointipalvelussa"),
    ("före årets slut", "ennen vuoden loppua"), ("redan nu", "jo nyt"), ("tillsammans med invånarna", "yhdessä asukkaiden kanssa"),
    ("under sommarmånaderna", "kesäkuukausina"), ("på kvällstid", "iltaisin"), ("inom en månad", "kuukauden kuluessa"),
]

CONNECTORS = [
    ("Dessutom", "Lisäksi"), ("Därför", "Siksi"), ("Samtidigt", "Samalla"), ("I år", "Tänä vuonna"),
    ("Enligt planen", "Suunnitelman mukaan"), ("Vanligtvis", "Tavallisesti"), ("Nästa år", "Ensi vuonna"),
]

# Whole clauses that need no slots, for variety.
CLAUSES = [
    ("Tjänsten är avgiftsfri för alla invånare", "Palvelu on maksuton kaikille asukkaille"),
    ("Ansökan ska lämnas in senast två veckor i förväg", "Hakemus on jätettävä viimeistään kaksi viikkoa etukäteen"),
    ("Du kan ansöka i e-tjänsten eller på en pappersblankett", "Voit hakea asiointipalvelussa tai paperilomakkeella"),
    ("Beslutet kan överklagas inom trettio dagar", "Päätöksestä voi valittaa kolmenkymmenen päivän kuluessa"),
    ("Kontakta servicepunkten om du behöver hjälp", "Ota yhteyttä palvelupisteeseen, jos tarvitset apua"),
    ("Ändringar meddelas på webbplatsen i god tid", "Muutoksista ilmoitetaan verkkosivuilla hyvissä ajoin"),
    ("Uppgifterna behandlas konfidentiellt", "Tiedot käsitellään luottamuksellisesti"),
    ("Lokalerna är tillgängliga och har hörslinga", "Tilat ovat esteettömiä, ja niissä on induktiosilmukka"),
    ("Avgiften beror på familjens storlek och inkomster", "Maksu riippuu perheen koosta ja tuloista"),
    ("Mer information får du per telefon vardagar", "Lisätietoja saat puhelimitse arkisin"),
]

PLACES = [
    ("Kommunhuset, Torggatan 1", "Kunnantalo, Torikatu 1"), ("Biblioteket, Skolvägen 4", "Kirjasto, Koulutie 4"),
    ("Idrottshallen, Idrottsvägen 3", "Urheiluhalli, Urheilutie 3"), ("Torget", "Tori"),
    ("Festsalen i kommunhuset", "Kunnantalon juhlasali"), ("Ungdomsgården, Strandvägen 9", "Nuorisotalo, Rantatie 9"),
    ("Hembygdsgården", "Kotiseututalo"), ("Hamnen", "Satama"),
]

# "On Mondays", as an adverbial.
WEEKDAYS = [("måndagar", "maanantaisin"), ("tisdagar", "tiistaisin"), ("onsdagar", "keskiviikkoisin"),
            ("torsdagar", "torstaisin"), ("fredagar", "perjantaisin")]
