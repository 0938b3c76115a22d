"""Countries and cities of the demo corpus, with the local details ads mention.

Postcodes are real formats (and mostly real districts: they name areas, not people). The
weights are rough shares of classified-ad volume, not statistics.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str  # ISO 3166-1 alpha-2
    lang: str  # language local sites write in
    slug: str
    weight: float
    areas: tuple[str, ...]
    postcodes: tuple[str, ...]


def _c(
    name: str, country: str, lang: str, slug: str, weight: float, areas: str, postcodes: str
) -> City:
    return City(
        name, country, lang, slug, weight, tuple(areas.split("|")), tuple(postcodes.split("|"))
    )


CITIES: tuple[City, ...] = (
    # United Kingdom
    _c(
        "London",
        "GB",
        "en",
        "london",
        6.0,
        "Paddington|Kensington|Shoreditch|Canary Wharf|Mayfair",
        "W2 1HB|SW7 2AR|E1 6AN|E14 5AB|W1K 2PP",
    ),
    _c(
        "Manchester",
        "GB",
        "en",
        "manchester",
        2.0,
        "City Centre|Salford Quays|Didsbury",
        "M1 4BT|M50 3AZ|M20 2RN",
    ),
    _c(
        "Birmingham",
        "GB",
        "en",
        "birmingham",
        2.0,
        "Digbeth|Edgbaston|Jewellery Quarter",
        "B5 6DR|B15 3TN|B18 6HA",
    ),
    _c(
        "Leeds",
        "GB",
        "en",
        "leeds",
        1.2,
        "City Centre|Headingley|Holbeck",
        "LS1 4DY|LS6 3AA|LS11 5QN",
    ),
    _c(
        "Glasgow",
        "GB",
        "en",
        "glasgow",
        1.2,
        "Merchant City|West End|Finnieston",
        "G1 1HD|G12 8QQ|G3 8LB",
    ),
    _c(
        "Bristol",
        "GB",
        "en",
        "bristol",
        0.9,
        "Clifton|Harbourside|Bedminster",
        "BS8 4AB|BS1 5DB|BS3 4HG",
    ),
    _c(
        "Liverpool",
        "GB",
        "en",
        "liverpool",
        1.0,
        "City Centre|Anfield|Baltic Triangle",
        "L1 8JQ|L4 0TH|L1 0AH",
    ),
    _c(
        "Edinburgh",
        "GB",
        "en",
        "edinburgh",
        0.8,
        "Leith|New Town|Haymarket",
        "EH6 6QU|EH2 4AD|EH12 5HE",
    ),
    _c(
        "Newcastle",
        "GB",
        "en",
        "newcastle",
        0.7,
        "Quayside|Jesmond|Gateshead",
        "NE1 3DX|NE2 1DB|NE8 2AT",
    ),
    # France
    _c(
        "Paris",
        "FR",
        "fr",
        "paris",
        5.0,
        "Paris 11e|Paris 17e|Pigalle|Bastille|La Défense",
        "75011|75017|75009|75012|92060",
    ),
    _c("Lyon", "FR", "fr", "lyon", 1.5, "Part-Dieu|Croix-Rousse|Villeurbanne", "69003|69004|69100"),
    _c(
        "Marseille",
        "FR",
        "fr",
        "marseille",
        1.5,
        "Vieux-Port|Castellane|La Joliette",
        "13001|13006|13002",
    ),
    _c(
        "Toulouse",
        "FR",
        "fr",
        "toulouse",
        1.0,
        "Capitole|Compans-Caffarelli|Saint-Cyprien",
        "31000|31300|31500",
    ),
    _c(
        "Nice",
        "FR",
        "fr",
        "nice",
        1.0,
        "Promenade des Anglais|Libération|Port",
        "06000|06300|06200",
    ),
    _c("Lille", "FR", "fr", "lille", 0.8, "Vieux-Lille|Wazemmes|Euralille", "59000|59800|59777"),
    _c(
        "Bordeaux",
        "FR",
        "fr",
        "bordeaux",
        0.8,
        "Chartrons|Saint-Michel|Mériadeck",
        "33000|33300|33800",
    ),
    _c(
        "Strasbourg",
        "FR",
        "fr",
        "strasbourg",
        0.6,
        "Petite France|Neudorf|Krutenau",
        "67000|67100|67200",
    ),
    # Belgium (French- and Dutch-speaking sites)
    _c(
        "Bruxelles",
        "BE",
        "fr",
        "bruxelles",
        1.6,
        "Ixelles|Saint-Gilles|Schaerbeek|Gare du Nord",
        "1050|1060|1030|1210",
    ),
    _c("Liège", "BE", "fr", "liege", 0.6, "Guillemins|Outremeuse|Carré", "4000|4020|4000"),
    _c(
        "Charleroi",
        "BE",
        "fr",
        "charleroi",
        0.4,
        "Ville-Basse|Marcinelle|Gosselies",
        "6000|6001|6041",
    ),
    _c(
        "Antwerpen",
        "BE",
        "nl",
        "antwerpen",
        1.0,
        "Schipperskwartier|Berchem|Zuid",
        "2000|2600|2018",
    ),
    _c("Gent", "BE", "nl", "gent", 0.6, "Sint-Pieters|Ledeberg|Dampoort", "9000|9050|9040"),
    # Germany
    _c(
        "Berlin",
        "DE",
        "de",
        "berlin",
        4.0,
        "Charlottenburg|Kreuzberg|Mitte|Schöneberg|Friedrichshain",
        "10585|10997|10115|10777|10245",
    ),
    _c(
        "Hamburg",
        "DE",
        "de",
        "hamburg",
        2.0,
        "St. Pauli|Altona|Wandsbek|Eppendorf",
        "20359|22765|22041|20249",
    ),
    _c(
        "München",
        "DE",
        "de",
        "muenchen",
        1.8,
        "Schwabing|Maxvorstadt|Sendling|Giesing",
        "80801|80333|81369|81539",
    ),
    _c("Köln", "DE", "de", "koeln", 1.4, "Ehrenfeld|Deutz|Nippes|Kalk", "50823|50679|50733|51103"),
    _c(
        "Frankfurt am Main",
        "DE",
        "de",
        "frankfurt",
        1.4,
        "Bahnhofsviertel|Sachsenhausen|Bockenheim",
        "60329|60594|60487",
    ),
    _c(
        "Stuttgart",
        "DE",
        "de",
        "stuttgart",
        0.9,
        "Bad Cannstatt|Feuerbach|Degerloch",
        "70372|70469|70597",
    ),
    _c("Düsseldorf", "DE", "de", "duesseldorf", 0.9, "Oberbilk|Bilk|Flingern", "40227|40225|40233"),
    _c("Dortmund", "DE", "de", "dortmund", 0.7, "Nordstadt|Hörde|Innenstadt", "44145|44263|44137"),
    _c("Leipzig", "DE", "de", "leipzig", 0.7, "Plagwitz|Gohlis|Zentrum", "04229|04155|04109"),
    _c("Hannover", "DE", "de", "hannover", 0.6, "Linden|List|Mitte", "30449|30163|30159"),
    _c(
        "Nürnberg", "DE", "de", "nuernberg", 0.6, "Gostenhof|Südstadt|Altstadt", "90443|90459|90403"
    ),
    # Austria
    _c(
        "Wien",
        "AT",
        "de",
        "wien",
        2.0,
        "Leopoldstadt|Favoriten|Mariahilf|Brigittenau",
        "1020|1100|1060|1200",
    ),
    _c("Graz", "AT", "de", "graz", 0.6, "Lend|Gries|Jakomini", "8020|8020|8010"),
    _c("Linz", "AT", "de", "linz", 0.5, "Urfahr|Kleinmünchen|Innere Stadt", "4040|4030|4020"),
    _c("Salzburg", "AT", "de", "salzburg", 0.4, "Lehen|Gnigl|Maxglan", "5020|5023|5020"),
    _c("Innsbruck", "AT", "de", "innsbruck", 0.3, "Wilten|Pradl|Hötting", "6020|6020|6020"),
    # Spain
    _c(
        "Madrid",
        "ES",
        "es",
        "madrid",
        4.0,
        "Chamberí|Salamanca|Tetuán|Arganzuela|Centro",
        "28010|28006|28020|28045|28013",
    ),
    _c(
        "Barcelona",
        "ES",
        "es",
        "barcelona",
        3.0,
        "Eixample|Gràcia|Sants|Raval|Poblenou",
        "08011|08012|08014|08001|08005",
    ),
    _c("Valencia", "ES", "es", "valencia", 1.2, "Ruzafa|Benimaclet|El Carmen", "46006|46020|46003"),
    _c("Sevilla", "ES", "es", "sevilla", 1.0, "Triana|Nervión|Macarena", "41010|41005|41009"),
    _c("Málaga", "ES", "es", "malaga", 1.0, "Centro|Teatinos|El Palo", "29008|29010|29017"),
    _c("Bilbao", "ES", "es", "bilbao", 0.6, "Abando|Deusto|Indautxu", "48001|48014|48011"),
    _c("Zaragoza", "ES", "es", "zaragoza", 0.6, "Delicias|Centro|Actur", "50017|50004|50015"),
    _c(
        "Alicante",
        "ES",
        "es",
        "alicante",
        0.6,
        "Centro|San Blas|Playa de San Juan",
        "03001|03005|03540",
    ),
    _c(
        "Palma",
        "ES",
        "es",
        "palma",
        0.6,
        "Santa Catalina|Son Armadams|Playa de Palma",
        "07013|07014|07610",
    ),
    # Italy
    _c(
        "Roma",
        "IT",
        "it",
        "roma",
        3.0,
        "Termini|Prati|EUR|Tiburtina|Monteverde",
        "00185|00192|00144|00159|00152",
    ),
    _c(
        "Milano",
        "IT",
        "it",
        "milano",
        3.0,
        "Centrale|Navigli|Città Studi|Porta Romana",
        "20124|20143|20133|20135",
    ),
    _c(
        "Napoli",
        "IT",
        "it",
        "napoli",
        1.2,
        "Vomero|Fuorigrotta|Centro Direzionale",
        "80129|80125|80143",
    ),
    _c("Torino", "IT", "it", "torino", 1.2, "San Salvario|Crocetta|Lingotto", "10125|10129|10126"),
    _c(
        "Bologna",
        "IT",
        "it",
        "bologna",
        1.0,
        "Bolognina|San Donato|Centro storico",
        "40128|40127|40126",
    ),
    _c(
        "Firenze",
        "IT",
        "it",
        "firenze",
        0.9,
        "Campo di Marte|Novoli|Santa Croce",
        "50136|50127|50122",
    ),
    _c("Verona", "IT", "it", "verona", 0.6, "Borgo Roma|Veronetta|San Zeno", "37134|37129|37123"),
    _c("Genova", "IT", "it", "genova", 0.6, "Sampierdarena|Foce|Centro", "16149|16129|16121"),
    _c("Bari", "IT", "it", "bari", 0.5, "Poggiofranco|Murat|Japigia", "70124|70122|70126"),
    # Netherlands
    _c(
        "Amsterdam",
        "NL",
        "nl",
        "amsterdam",
        2.5,
        "De Pijp|Oost|West|Zuidoost|Noord",
        "1072 AB|1091 GH|1053 RT|1102 BR|1021 JT",
    ),
    _c(
        "Rotterdam",
        "NL",
        "nl",
        "rotterdam",
        1.4,
        "Centrum|Kralingen|Feijenoord|Delfshaven",
        "3011 AB|3062 CA|3071 XB|3024 CE",
    ),
    _c(
        "Den Haag",
        "NL",
        "nl",
        "den-haag",
        1.2,
        "Centrum|Scheveningen|Laak",
        "2511 CV|2586 BH|2521 AA",
    ),
    _c(
        "Utrecht",
        "NL",
        "nl",
        "utrecht",
        0.9,
        "Lombok|Overvecht|Binnenstad",
        "3531 EK|3564 BB|3511 AB",
    ),
    _c(
        "Eindhoven",
        "NL",
        "nl",
        "eindhoven",
        0.6,
        "Strijp|Woensel|Centrum",
        "5616 LC|5625 AA|5611 AB",
    ),
    _c(
        "Groningen",
        "NL",
        "nl",
        "groningen",
        0.5,
        "Oosterpoort|Paddepoel|Binnenstad",
        "9724 AA|9742 AB|9711 AB",
    ),
    # Poland
    _c(
        "Warszawa",
        "PL",
        "pl",
        "warszawa",
        2.5,
        "Mokotów|Wola|Praga-Południe|Śródmieście|Ursynów",
        "02-516|01-249|03-901|00-950|02-786",
    ),
    _c(
        "Kraków",
        "PL",
        "pl",
        "krakow",
        1.2,
        "Podgórze|Krowodrza|Nowa Huta|Kazimierz",
        "30-547|31-154|31-923|31-064",
    ),
    _c(
        "Wrocław",
        "PL",
        "pl",
        "wroclaw",
        1.0,
        "Krzyki|Psie Pole|Stare Miasto",
        "53-234|51-127|50-077",
    ),
    _c("Poznań", "PL", "pl", "poznan", 0.8, "Jeżyce|Wilda|Grunwald", "60-349|61-558|60-166"),
    _c("Gdańsk", "PL", "pl", "gdansk", 0.8, "Wrzeszcz|Oliwa|Przymorze", "80-264|80-344|80-397"),
    _c("Łódź", "PL", "pl", "lodz", 0.6, "Bałuty|Widzew|Polesie", "91-071|92-415|90-506"),
    _c(
        "Katowice", "PL", "pl", "katowice", 0.6, "Ligota|Śródmieście|Brynów", "40-750|40-001|40-534"
    ),
    # Romania
    _c(
        "București",
        "RO",
        "ro",
        "bucuresti",
        3.0,
        "Sector 1|Sector 3|Militari|Titan|Floreasca",
        "010011|030167|061344|031213|014142",
    ),
    _c(
        "Cluj-Napoca",
        "RO",
        "ro",
        "cluj-napoca",
        1.0,
        "Mănăștur|Gheorgheni|Zorilor|Centru",
        "400638|400347|400370|400001",
    ),
    _c(
        "Timișoara",
        "RO",
        "ro",
        "timisoara",
        0.8,
        "Complexul Studențesc|Fabric|Iosefin",
        "300645|300063|300254",
    ),
    _c("Iași", "RO", "ro", "iasi", 0.8, "Copou|Tătărași|Nicolina", "700506|700381|700706"),
    _c(
        "Constanța",
        "RO",
        "ro",
        "constanta",
        0.7,
        "Mamaia|Tomis Nord|Faleză",
        "900001|900350|900178",
    ),
    _c(
        "Brașov",
        "RO",
        "ro",
        "brasov",
        0.6,
        "Tractorul|Astra|Centrul Istoric",
        "500260|500330|500030",
    ),
)

CITIES_BY_COUNTRY: dict[str, tuple[City, ...]] = {}
for _city in CITIES:
    CITIES_BY_COUNTRY[_city.country] = CITIES_BY_COUNTRY.get(_city.country, ()) + (_city,)

# Rough shares of ad volume per country for sex ads and for local (legit) job ads.
SEX_COUNTRY_WEIGHTS: dict[str, float] = {
    "GB": 16,
    "FR": 11,
    "BE": 5,
    "DE": 16,
    "AT": 4,
    "ES": 13,
    "IT": 12,
    "NL": 8,
    "PL": 7,
    "RO": 8,
}
JOB_COUNTRY_WEIGHTS: dict[str, float] = {
    "GB": 17,
    "FR": 12,
    "BE": 5,
    "DE": 17,
    "AT": 4,
    "ES": 11,
    "IT": 11,
    "NL": 8,
    "PL": 8,
    "RO": 7,
}
# Deceptive recruiters post mostly where workers are recruited, not where they will work.
RECRUIT_COUNTRY_WEIGHTS: dict[str, float] = {
    "RO": 30,
    "PL": 22,
    "ES": 8,
    "IT": 8,
    "FR": 6,
    "GB": 8,
    "DE": 6,
    "NL": 5,
    "BE": 4,
    "AT": 3,
}
# Where deceptive "work abroad" offers say the work is.
DESTINATIONS: tuple[str, ...] = ("GB", "DE", "NL", "BE", "AT", "FR", "ES", "IT", "DK", "NO")

COUNTRY_LANG: dict[str, str] = {
    "GB": "en",
    "FR": "fr",
    "BE": "fr",
    "DE": "de",
    "AT": "de",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PL": "pl",
    "RO": "ro",
}

CURRENCY: dict[str, str] = {"GB": "GBP", "PL": "PLN", "RO": "RON"}  # others: EUR

# Streets for employer addresses (house numbers are added as 1-2 digits).
STREETS: dict[str, tuple[str, ...]] = {
    "GB": (
        "Station Road",
        "Wharf Street",
        "Commercial Road",
        "Mill Lane",
        "Victoria Street",
        "Canal Side",
        "Park Royal Road",
        "Trafford Way",
    ),
    "FR": (
        "rue de la République",
        "avenue Jean Jaurès",
        "rue du Faubourg",
        "boulevard Voltaire",
        "rue des Entrepreneurs",
        "allée des Tilleuls",
        "quai de la Gare",
    ),
    "BE": (
        "rue de l'Industrie",
        "avenue Louise",
        "chaussée de Mons",
        "Havenlaan",
        "Industrieweg",
        "rue du Canal",
    ),
    "DE": (
        "Hafenstraße",
        "Industriestraße",
        "Am Güterbahnhof",
        "Lindenallee",
        "Gewerbering",
        "Daimlerstraße",
        "Kanalstraße",
    ),
    "AT": ("Gewerbepark", "Hauptstraße", "Industriezeile", "Lagerhausstraße", "Wiener Straße"),
    "ES": (
        "Calle Mayor",
        "Avenida de América",
        "Polígono Industrial Las Mercedes, nave",
        "Calle de Alcalá",
        "Carrer de Pallars",
        "Calle Industria",
    ),
    "IT": (
        "Via Roma",
        "Via dell'Industria",
        "Viale Monza",
        "Via Tiburtina",
        "Corso Francia",
        "Via Emilia",
    ),
    "NL": (
        "Havenstraat",
        "Industrieweg",
        "Stationsplein",
        "Keizersgracht",
        "Nijverheidsweg",
        "Distributieweg",
    ),
    "PL": (
        "ul. Przemysłowa",
        "ul. Marszałkowska",
        "ul. Logistyczna",
        "al. Jerozolimskie",
        "ul. Fabryczna",
        "ul. Kolejowa",
    ),
    "RO": (
        "Strada Industriilor",
        "Bulevardul Unirii",
        "Calea Victoriei",
        "Strada Fabricii",
        "Șoseaua de Centură",
        "Strada Depozitelor",
    ),
}


def street_address(country: str, street: str, number: int) -> str:
    """Write an address line the local way (number before or after the street)."""
    if country in ("GB", "FR"):
        return f"{number} {street}"
    if country == "ES" and not street.endswith("nave"):
        return f"{street}, {number}"
    if country == "RO":
        return f"{street} nr. {number}"
    return f"{street} {number}"
