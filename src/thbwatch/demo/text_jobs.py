"""Job-ad text: legitimate employers and deceptive recruiters, per language.

Legitimate ads follow local job-board conventions: "(m/w/d)", "(H/F)", CDI/CDD, GLAA or
KRAZ licence numbers, market pay, a company domain, an address and an application route.
Some of them honestly mention housing, visas or "no experience" (indicator false positives).
Deceptive ads carry the red flags that IOM/ILO fair-recruitment guidance and the
recruitment-fraud literature describe (fees, "deducted later", pay far above market, no
language, messenger-only contact, passport copies, urgency, vague employer), but each ad
only a subset of them. Slots are filled by the providers in jobs.py; digits in the text come
only through slots, so the truth can list every number-like string.
"""

from __future__ import annotations

SECTORS: tuple[str, ...] = (
    "warehouse",
    "agriculture",
    "care",
    "hotel",
    "kitchen",
    "construction",
    "meat",
    "cleaning",
    "driver",
    "factory",
)
# "hostess" appears only in deceptive ads (recruitment into sexual exploitation).
DECEPTIVE_SECTORS: tuple[str, ...] = SECTORS + ("hostess", "hostess")

JOB_TITLES: dict[str, dict[str, str]] = {
    "en": {
        "warehouse": "Warehouse Operative",
        "agriculture": "Fruit Picker",
        "care": "Care Assistant",
        "hotel": "Hotel Housekeeper",
        "kitchen": "Kitchen Porter",
        "construction": "Construction Labourer",
        "meat": "Meat Processing Operative",
        "cleaning": "Cleaner",
        "driver": "Delivery Driver",
        "factory": "Production Operative",
        "hostess": "Hostess / Dancer",
    },
    "fr": {
        "warehouse": "Préparateur de commandes",
        "agriculture": "Cueilleur de fruits",
        "care": "Auxiliaire de vie",
        "hotel": "Femme de chambre / Valet de chambre",
        "kitchen": "Plongeur",
        "construction": "Manœuvre BTP",
        "meat": "Opérateur en agroalimentaire",
        "cleaning": "Agent d'entretien",
        "driver": "Chauffeur-livreur",
        "factory": "Opérateur de production",
        "hostess": "Hôtesse",
    },
    "de": {
        "warehouse": "Lagerhelfer",
        "agriculture": "Erntehelfer",
        "care": "Pflegehelfer",
        "hotel": "Zimmermädchen / Roomboy",
        "kitchen": "Küchenhilfe",
        "construction": "Bauhelfer",
        "meat": "Produktionshelfer Fleischverarbeitung",
        "cleaning": "Reinigungskraft",
        "driver": "Auslieferungsfahrer",
        "factory": "Produktionshelfer",
        "hostess": "Hostess / Tänzerin",
    },
    "es": {
        "warehouse": "Mozo de almacén",
        "agriculture": "Temporero agrícola",
        "care": "Cuidadora de personas mayores",
        "hotel": "Camarera de pisos",
        "kitchen": "Ayudante de cocina",
        "construction": "Peón de obra",
        "meat": "Operario de industria cárnica",
        "cleaning": "Limpiador/a",
        "driver": "Repartidor",
        "factory": "Operario de producción",
        "hostess": "Azafata / Bailarina",
    },
    "it": {
        "warehouse": "Magazziniere",
        "agriculture": "Raccoglitore di frutta",
        "care": "Badante",
        "hotel": "Cameriera ai piani",
        "kitchen": "Lavapiatti",
        "construction": "Manovale edile",
        "meat": "Addetto lavorazione carni",
        "cleaning": "Addetto/a alle pulizie",
        "driver": "Autista consegne",
        "factory": "Operaio di produzione",
        "hostess": "Hostess / Ballerina",
    },
    "nl": {
        "warehouse": "Orderpicker",
        "agriculture": "Oogstmedewerker",
        "care": "Zorghulp",
        "hotel": "Housekeeping medewerker",
        "kitchen": "Keukenhulp",
        "construction": "Bouwplaatsmedewerker",
        "meat": "Productiemedewerker vleesverwerking",
        "cleaning": "Schoonmaker",
        "driver": "Pakketbezorger",
        "factory": "Productiemedewerker",
        "hostess": "Hostess",
    },
    "pl": {
        "warehouse": "Pracownik magazynu",
        "agriculture": "Pracownik przy zbiorach",
        "care": "Opiekunka osób starszych",
        "hotel": "Pokojówka",
        "kitchen": "Pomoc kuchenna",
        "construction": "Pomocnik budowlany",
        "meat": "Pracownik zakładu mięsnego",
        "cleaning": "Pracownik sprzątający",
        "driver": "Kierowca kurier",
        "factory": "Pracownik produkcji",
        "hostess": "Hostessa / Tancerka",
    },
    "ro": {
        "warehouse": "Lucrător depozit",
        "agriculture": "Culegător căpșuni",
        "care": "Îngrijitoare bătrâni",
        "hotel": "Cameristă hotel",
        "kitchen": "Ajutor de bucătar",
        "construction": "Muncitor construcții",
        "meat": "Muncitor fabrică de carne",
        "cleaning": "Lucrător curățenie",
        "driver": "Șofer livrări",
        "factory": "Operator producție",
        "hostess": "Hostess / Dansatoare",
    },
}

TASKS: dict[str, dict[str, str]] = {
    "en": {
        "warehouse": "Picking and packing orders, loading and unloading, using handheld scanners.",
        "agriculture": "Harvesting soft fruit and packing in the field, outdoor work in all weathers.",
        "care": "Supporting residents with personal care, meals and daily activities.",
        "hotel": "Cleaning guest rooms and public areas to brand standards.",
        "kitchen": "Washing up, basic food preparation and keeping the kitchen clean.",
        "construction": "General site labouring, moving materials and keeping the site tidy. CSCS card preferred.",
        "meat": "Working on the production line cutting and packing meat products in a chilled environment.",
        "cleaning": "Office and commercial cleaning, early morning and evening shifts.",
        "driver": "Delivering parcels on a set route with a company van. Full UK licence required.",
        "factory": "Operating machinery on the production line, quality checks and packing.",
    },
    "fr": {
        "warehouse": "Préparation de commandes, chargement et déchargement, utilisation du scanner.",
        "agriculture": "Récolte des fruits et conditionnement, travail en extérieur.",
        "care": "Accompagnement des personnes âgées dans les actes de la vie quotidienne.",
        "hotel": "Nettoyage des chambres et des parties communes selon les standards de l'hôtel.",
        "kitchen": "Plonge, préparations simples et entretien de la cuisine.",
        "construction": "Aide sur chantier, manutention des matériaux et nettoyage du chantier.",
        "meat": "Travail en ligne de production, découpe et conditionnement de viande en milieu réfrigéré.",
        "cleaning": "Entretien de bureaux et locaux commerciaux, horaires décalés.",
        "driver": "Livraison de colis sur une tournée définie avec véhicule de l'entreprise. Permis B exigé.",
        "factory": "Conduite de machines sur ligne de production, contrôle qualité et emballage.",
    },
    "de": {
        "warehouse": "Kommissionierung, Be- und Entladen, Arbeiten mit dem Handscanner.",
        "agriculture": "Ernte von Obst und Gemüse, Sortieren und Verpacken, Arbeit im Freien.",
        "care": "Unterstützung von Senioren bei der Grundpflege und im Alltag.",
        "hotel": "Reinigung der Gästezimmer und öffentlichen Bereiche nach Hotelstandard.",
        "kitchen": "Spülen, einfache Vorbereitung von Speisen und Sauberhalten der Küche.",
        "construction": "Mithilfe auf der Baustelle, Materialtransport und Baustellenreinigung.",
        "meat": "Arbeit am Band, Zerlegen und Verpacken von Fleischprodukten in gekühlter Umgebung.",
        "cleaning": "Unterhaltsreinigung von Büros und Gewerbeflächen, Früh- und Spätschicht.",
        "driver": "Auslieferung von Paketen auf fester Tour mit Firmenfahrzeug. Führerschein Klasse B erforderlich.",
        "factory": "Bedienung von Maschinen, Qualitätskontrolle und Verpackung.",
    },
    "es": {
        "warehouse": "Preparación de pedidos, carga y descarga, manejo de escáner.",
        "agriculture": "Recolección y envasado de fruta, trabajo al aire libre.",
        "care": "Atención a personas mayores en su aseo, comidas y actividades diarias.",
        "hotel": "Limpieza de habitaciones y zonas comunes según los estándares del hotel.",
        "kitchen": "Fregado, preparación de alimentos y limpieza de cocina.",
        "construction": "Ayuda en obra, transporte de materiales y limpieza.",
        "meat": "Trabajo en línea de producción, despiece y envasado de carne en ambiente refrigerado.",
        "cleaning": "Limpieza de oficinas y locales, turnos de mañana y tarde.",
        "driver": "Reparto de paquetes en ruta fija con furgoneta de empresa. Carné B imprescindible.",
        "factory": "Manejo de máquinas en línea de producción, control de calidad y embalaje.",
    },
    "it": {
        "warehouse": "Preparazione ordini, carico e scarico merci, uso del palmare.",
        "agriculture": "Raccolta e confezionamento della frutta, lavoro all'aperto.",
        "care": "Assistenza ad anziani nell'igiene personale, nei pasti e nelle attività quotidiane.",
        "hotel": "Pulizia delle camere e delle aree comuni secondo gli standard dell'hotel.",
        "kitchen": "Lavaggio stoviglie, preparazioni semplici e pulizia della cucina.",
        "construction": "Supporto in cantiere, movimentazione materiali e pulizia.",
        "meat": "Lavoro in linea, sezionamento e confezionamento carni in ambiente refrigerato.",
        "cleaning": "Pulizia di uffici e locali commerciali, turni mattina e sera.",
        "driver": "Consegna pacchi su giro fisso con furgone aziendale. Patente B richiesta.",
        "factory": "Conduzione macchine in linea, controllo qualità e imballaggio.",
    },
    "nl": {
        "warehouse": "Orders picken, laden en lossen, werken met een handscanner.",
        "agriculture": "Oogsten, sorteren en inpakken van groente en fruit in de kas.",
        "care": "Ondersteunen van ouderen bij persoonlijke verzorging en dagelijkse activiteiten.",
        "hotel": "Schoonmaken van hotelkamers en algemene ruimtes volgens de hotelnormen.",
        "kitchen": "Afwassen, eenvoudige voorbereiding en de keuken schoonhouden.",
        "construction": "Hand- en spandiensten op de bouwplaats, materiaal verplaatsen.",
        "meat": "Werken aan de productielijn, uitsnijden en verpakken van vlees in een gekoelde omgeving.",
        "cleaning": "Schoonmaken van kantoren en bedrijfspanden, vroege en late diensten.",
        "driver": "Pakketten bezorgen op een vaste route met bedrijfsbus. Rijbewijs B vereist.",
        "factory": "Machines bedienen aan de productielijn, kwaliteitscontrole en inpakken.",
    },
    "pl": {
        "warehouse": "Kompletacja zamówień, załadunek i rozładunek, obsługa skanera.",
        "agriculture": "Zbiór owoców i warzyw, sortowanie i pakowanie.",
        "care": "Pomoc osobom starszym w codziennych czynnościach i higienie.",
        "hotel": "Sprzątanie pokoi hotelowych i części wspólnych zgodnie ze standardami.",
        "kitchen": "Zmywanie, przygotowanie produktów i utrzymanie porządku w kuchni.",
        "construction": "Prace pomocnicze na budowie, przenoszenie materiałów, porządkowanie terenu.",
        "meat": "Praca na linii produkcyjnej, rozbiór i pakowanie mięsa w chłodni.",
        "cleaning": "Sprzątanie biur i lokali usługowych, zmiany poranne i wieczorne.",
        "driver": "Doręczanie paczek na stałej trasie autem firmowym. Wymagane prawo jazdy kat. B.",
        "factory": "Obsługa maszyn na linii produkcyjnej, kontrola jakości i pakowanie.",
    },
    "ro": {
        "warehouse": "Pregătire comenzi, încărcare și descărcare, lucru cu scanerul.",
        "agriculture": "Recoltare și ambalare fructe, muncă în aer liber.",
        "care": "Îngrijirea persoanelor vârstnice, igienă, mese și activități zilnice.",
        "hotel": "Curățenia camerelor și a spațiilor comune conform standardelor hotelului.",
        "kitchen": "Spălat vase, pregătirea alimentelor și curățenia bucătăriei.",
        "construction": "Muncă pe șantier, manipulare materiale și curățenie.",
        "meat": "Muncă pe linia de producție, tranșare și ambalare carne în spațiu frigorific.",
        "cleaning": "Curățenie în birouri și spații comerciale, ture de dimineață și seară.",
        "driver": "Livrare colete pe traseu fix cu duba firmei. Permis categoria B obligatoriu.",
        "factory": "Operare utilaje pe linia de producție, control calitate și ambalare.",
    },
}

CONTRACTS: dict[str, tuple[str, ...]] = {
    "en": ("permanent", "temporary", "full-time", "part-time"),
    "fr": ("CDI", "CDD de six mois", "intérim", "CDI à temps plein"),
    "de": ("Vollzeit", "Teilzeit", "Vollzeit, unbefristet"),
    "es": ("contrato indefinido", "contrato temporal", "jornada completa"),
    "it": (
        "contratto a tempo indeterminato",
        "contratto a tempo determinato",
        "contratto full time",
    ),
    "nl": ("vast contract", "tijdelijk contract met uitzicht op vast", "fulltime"),
    "pl": ("umowę o pracę", "umowę o pracę na czas nieokreślony", "umowę zlecenie"),
    "ro": (
        "contract de muncă pe perioadă nedeterminată",
        "normă întreagă",
        "contract pe perioadă determinată",
    ),
}

# Entry-level gross hourly pay where the job is (local currency), about 2025-2026.
MARKET_HOURLY: dict[str, tuple[float, float]] = {
    "GB": (12.21, 13.60),
    "FR": (11.88, 12.90),
    "BE": (14.20, 15.60),
    "DE": (12.82, 14.80),
    "AT": (12.50, 14.50),
    "ES": (8.60, 10.20),
    "IT": (8.20, 9.80),
    "NL": (14.40, 16.00),
    "PL": (30.50, 36.00),
    "RO": (24.00, 30.00),
    "DK": (18.00, 20.00),
    "NO": (18.50, 21.00),
}
SECTOR_FACTOR: dict[str, float] = {
    "warehouse": 1.03,
    "agriculture": 0.98,
    "care": 1.02,
    "hotel": 1.0,
    "kitchen": 1.0,
    "construction": 1.15,
    "meat": 1.05,
    "cleaning": 1.0,
    "driver": 1.12,
    "factory": 1.03,
    "hostess": 1.0,
}

# Legit pay: {H} hourly, {M} monthly, {Y} yearly money strings.
SALARY_STYLES: dict[str, tuple[str, ...]] = {
    "en": ("{H} per hour", "{Y} per annum", "{H}/hr plus holiday pay"),
    "fr": ("{H} brut de l'heure", "{M} brut mensuel", "{M} brut par mois sur treize mois"),
    "de": ("{H} brutto pro Stunde", "{M} brutto im Monat", "ab {H} brutto/Std."),
    "es": ("{M} brutos al mes", "{H} brutos/hora", "{M} brutos mensuales en catorce pagas"),
    "it": ("{M} netti al mese", "{H} lordi l'ora", "{M} lordi mensili"),
    "nl": ("{H} bruto per uur", "{M} bruto per maand", "vanaf {H} bruto per uur"),
    "pl": ("{H} brutto/h", "{M} brutto miesięcznie", "od {M} brutto"),
    "ro": ("{M} net pe lună", "{M} brut", "{H} brut pe oră"),
}
# Deceptive pay: {M} monthly, {D} daily money strings (in the destination's currency).
WAGE_STYLES: dict[str, tuple[str, ...]] = {
    "en": ("{M} per month NET", "up to {M} a month", "{D} per day cash"),
    "fr": ("{M} net par mois", "jusqu'à {M} par mois", "{D} par jour"),
    "de": ("{M} netto im Monat", "bis zu {M} netto", "{D} pro Tag bar"),
    "es": ("{M} netos al mes", "hasta {M} al mes", "{D} al día"),
    "it": ("{M} netti al mese", "fino a {M} al mese", "{D} al giorno"),
    "nl": ("{M} netto per maand", "tot {M} per maand", "{D} per dag contant"),
    "pl": ("{M} na rękę miesięcznie", "do {M} netto", "{D} dziennie"),
    "ro": ("{M} net pe lună", "până la {M} pe lună", "{D} pe zi"),
}
# Licence or registration numbers that honest agencies print (decoys of type order_number).
REGNO_STYLES: dict[str, str] = {
    "GB": "GLAA licence {n}",
    "PL": "KRAZ {n}",
    "RO": "licența nr. {n}/{y}",
    "ES": "n.º {n}",
    "IT": "Aut. Min. prot. {n}",
    "NL": "KvK {n}",
    "DE": "Az. {n}",
    "AT": "GISA {n}",
    "FR": "n° {n}",
    "BE": "agrément {n}",
}

LEGIT_TEXT: dict[str, dict[str, list[str]]] = {
    "en": {
        "title": [
            "{job} - {city}",
            "{job} | {contract} | {city}",
            "{job} needed in {city}",
            "{job} ({contract})",
        ],
        "intro": [
            "{company} is a growing business based in {city} and we are looking for new colleagues.",
            "Join the team at {company}, an established local employer in {city}.",
            "{company} are recruiting!",
        ],
        "role": [
            "We are looking for a {job} to join us on a {contract} basis.",
            "Position: {job}, {contract}.",
        ],
        "offer": [
            "Pay: {salary}.",
            "We offer {salary}, paid holidays and a company pension.",
            "Salary: {salary} plus overtime at time and a half.",
        ],
        "housing": [
            "Relocating? We can help you find a room nearby; rent is agreed directly with the landlord.",
            "Optional staff accommodation on site at {fee} per week, clearly stated in your contract.",
        ],
        "visa": [
            "We hold a sponsor licence and cover all Skilled Worker visa costs.",
            "Visa sponsorship available for the right candidate; the company pays all fees.",
        ],
        "noexp": [
            "No experience needed - full paid training provided.",
            "Full training given, no previous experience required.",
        ],
        "agency": [
            "Licensed recruitment agency ({regno}). We never charge workers any fees.",
            "We are a licensed agency ({regno}); our service is free for candidates.",
        ],
        "address": [
            "Location: {address}, {city} {postcode}.",
            "Site address: {address}, {postcode}.",
        ],
        "start": ["Start date: {date}.", "Start from {date}."],
        "apply": [
            "Send your CV to {email} quoting {ref}.",
            "Apply online at {url} ({ref}).",
            "Questions? Call {contact} on {phone}.",
            "To apply email {email} or call {phone}.",
        ],
    },
    "fr": {
        "title": [
            "{job} (H/F) - {city}",
            "{job} H/F en {contract}",
            "Recrute {job} (H/F)",
            "{job} H/F - {contract}",
        ],
        "intro": [
            "{company}, entreprise implantée à {city}, renforce ses équipes.",
            "Rejoignez {company}, acteur reconnu à {city}.",
            "{company} recrute !",
        ],
        "role": ["Nous recherchons un(e) {job} en {contract}.", "Poste : {job}, {contract}."],
        "offer": [
            "Rémunération : {salary}.",
            "Nous proposons {salary}, mutuelle et tickets restaurant.",
            "Salaire : {salary} + heures supplémentaires majorées.",
        ],
        "housing": [
            "Possibilité de logement à proximité, loyer de {fee} par mois, bail séparé.",
            "Nous vous aidons dans la recherche d'un logement.",
        ],
        "visa": [
            "Nous prenons en charge les démarches et tous les frais d'autorisation de travail."
        ],
        "noexp": [
            "Débutant accepté, formation assurée en interne.",
            "Aucune expérience requise, vous serez formé(e).",
        ],
        "agency": ["Agence d'emploi autorisée ({regno}). Aucun frais n'est demandé aux candidats."],
        "address": [
            "Lieu de travail : {address}, {postcode} {city}.",
            "Adresse : {address}, {postcode} {city}.",
        ],
        "start": ["Prise de poste : {date}.", "Début du contrat le {date}."],
        "apply": [
            "Envoyez votre CV à {email} ({ref}).",
            "Postulez en ligne sur {url} ({ref}).",
            "Contact : {contact} au {phone}.",
            "Candidature par mail à {email} ou par téléphone au {phone}.",
        ],
    },
    "de": {
        "title": [
            "{job} (m/w/d) in {city}",
            "{job} (m/w/d) - {contract}",
            "Wir suchen: {job} (m/w/d)",
            "{job} (m/w/d) ab sofort",
        ],
        "intro": [
            "Die {company} ist ein erfolgreiches Unternehmen mit Sitz in {city}.",
            "Verstärke unser Team bei der {company} in {city}!",
            "{company} sucht Verstärkung.",
        ],
        "role": [
            "Wir suchen zum nächstmöglichen Zeitpunkt eine/n {job} in {contract}.",
            "Stelle: {job}, {contract}.",
        ],
        "offer": [
            "Vergütung: {salary}.",
            "Wir bieten {salary}, Urlaubsgeld und Zuschläge.",
            "Lohn: {salary} plus Zuschläge für Nacht- und Wochenendarbeit.",
        ],
        "housing": [
            "Eine möblierte Unterkunft kann für {fee} im Monat gemietet werden (separater Mietvertrag, freiwillig).",
            "Wir unterstützen bei der Wohnungssuche.",
        ],
        "visa": ["Wir unterstützen beim Visum und übernehmen alle Kosten der Anerkennung."],
        "noexp": [
            "Quereinsteiger willkommen, Einarbeitung garantiert.",
            "Keine Vorkenntnisse nötig, wir arbeiten dich ein.",
        ],
        "agency": [
            "Zugelassener Personaldienstleister ({regno}). Für Bewerber entstehen keine Kosten."
        ],
        "address": [
            "Arbeitsort: {address}, {postcode} {city}.",
            "Einsatzort: {address}, {postcode} {city}.",
        ],
        "start": ["Eintritt: ab {date}.", "Beginn: {date}."],
        "apply": [
            "Bewerbung bitte an {email} ({ref}).",
            "Jetzt online bewerben: {url} ({ref})",
            "Fragen beantwortet {contact} unter {phone}.",
            "Bewerbung per Mail an {email} oder telefonisch unter {phone}.",
        ],
    },
    "es": {
        "title": [
            "{job} - {city}",
            "Se busca {job} en {city}",
            "{job} ({contract})",
            "Oferta de empleo: {job}",
        ],
        "intro": [
            "{company} es una empresa consolidada con sede en {city}.",
            "Únete al equipo de {company} en {city}.",
            "{company} amplía su plantilla.",
        ],
        "role": ["Buscamos {job} con {contract}.", "Puesto: {job}, {contract}."],
        "offer": [
            "Salario: {salary}.",
            "Ofrecemos {salary}, alta en la Seguridad Social y formación.",
            "Sueldo: {salary} más pagas extra.",
        ],
        "housing": [
            "Habitación cerca del trabajo por {fee} al mes, con contrato de alquiler aparte y voluntario.",
            "Te ayudamos a encontrar alojamiento.",
        ],
        "visa": [
            "Tramitamos la autorización de residencia y trabajo; la empresa asume todos los costes."
        ],
        "noexp": [
            "No se requiere experiencia, formación a cargo de la empresa.",
            "Sin experiencia previa, te formamos.",
        ],
        "agency": [
            "Agencia de colocación autorizada ({regno}). No cobramos nada a los candidatos."
        ],
        "address": [
            "Lugar de trabajo: {address}, {postcode} {city}.",
            "Dirección: {address}, {postcode} {city}.",
        ],
        "start": ["Incorporación: {date}.", "Inicio el {date}."],
        "apply": [
            "Envía tu CV a {email} ({ref}).",
            "Inscríbete en {url} ({ref}).",
            "Más información: {contact}, tel. {phone}.",
            "Candidaturas a {email} o al {phone}.",
        ],
    },
    "it": {
        "title": [
            "{job} - {city}",
            "Cercasi {job} a {city}",
            "{job} ({contract})",
            "Offerta di lavoro: {job}",
        ],
        "intro": [
            "{company} è un'azienda solida con sede a {city}.",
            "Entra nel team di {company} a {city}.",
            "{company} amplia il proprio organico.",
        ],
        "role": ["Cerchiamo {job} con {contract}.", "Posizione: {job}, {contract}."],
        "offer": [
            "Retribuzione: {salary}.",
            "Offriamo {salary}, tredicesima e formazione.",
            "Stipendio: {salary} più straordinari pagati.",
        ],
        "housing": [
            "Possibilità di alloggio vicino al lavoro a {fee} al mese, con contratto d'affitto separato.",
            "Aiutiamo nella ricerca dell'alloggio.",
        ],
        "visa": [
            "Seguiamo noi la pratica del nulla osta; tutti i costi sono a carico dell'azienda."
        ],
        "noexp": [
            "Non è richiesta esperienza, formazione a carico dell'azienda.",
            "Anche prima esperienza, ti formiamo noi.",
        ],
        "agency": ["Agenzia per il lavoro autorizzata ({regno}). Nessun costo per i candidati."],
        "address": [
            "Sede di lavoro: {address}, {postcode} {city}.",
            "Indirizzo: {address}, {postcode} {city}.",
        ],
        "start": ["Inizio: {date}.", "Inserimento dal {date}."],
        "apply": [
            "Invia il CV a {email} ({ref}).",
            "Candidati su {url} ({ref}).",
            "Per informazioni: {contact}, tel. {phone}.",
            "Candidature a {email} o al {phone}.",
        ],
    },
    "nl": {
        "title": [
            "{job} - {city}",
            "Vacature: {job} ({contract})",
            "{job} gezocht in {city}",
            "{job} (m/v) - {city}",
        ],
        "intro": [
            "{company} is een groeiend bedrijf in {city}.",
            "Kom werken bij {company} in {city}!",
            "{company} zoekt versterking.",
        ],
        "role": ["Wij zoeken een {job} ({contract}).", "Functie: {job}, {contract}."],
        "offer": [
            "Salaris: {salary}.",
            "Wij bieden {salary}, vakantiegeld en reiskostenvergoeding.",
            "Loon: {salary} plus toeslagen.",
        ],
        "housing": [
            "Huisvesting mogelijk via een SNF-gecertificeerde partner, {fee} per week, met apart huurcontract.",
            "Wij helpen bij het vinden van woonruimte.",
        ],
        "visa": ["Wij regelen de tewerkstellingsvergunning en betalen alle kosten."],
        "noexp": [
            "Geen ervaring nodig, je krijgt een betaalde training.",
            "Ervaring is niet nodig, wij leiden je op.",
        ],
        "agency": ["Erkend uitzendbureau ({regno}). Kandidaten betalen nooit kosten."],
        "address": [
            "Werklocatie: {address}, {postcode} {city}.",
            "Adres: {address}, {postcode} {city}.",
        ],
        "start": ["Startdatum: {date}.", "Beginnen per {date}."],
        "apply": [
            "Stuur je cv naar {email} ({ref}).",
            "Solliciteer via {url} ({ref}).",
            "Vragen? Bel {contact} op {phone}.",
            "Reageren via {email} of bel {phone}.",
        ],
    },
    "pl": {
        "title": ["{job} - {city}", "Praca: {job}", "Zatrudnię: {job}", "{job} - praca od zaraz"],
        "intro": [
            "{company} to stabilny pracodawca z wieloletnim doświadczeniem.",
            "Dołącz do zespołu {company}!",
            "{company} poszukuje pracowników.",
        ],
        "role": [
            "Poszukujemy osoby na stanowisko: {job}. Oferujemy {contract}.",
            "Zatrudnimy osobę na stanowisko {job}, oferujemy {contract}.",
        ],
        "offer": [
            "Wynagrodzenie: {salary}.",
            "Oferujemy {salary}, premie i szkolenia.",
            "Płaca: {salary} plus nadgodziny.",
        ],
        "housing": [
            "Pokój w pobliżu za {fee} miesięcznie, osobna i dobrowolna umowa najmu.",
            "Pomagamy w znalezieniu mieszkania.",
        ],
        "visa": ["Załatwiamy zezwolenie na pracę, wszystkie koszty pokrywa pracodawca."],
        "noexp": [
            "Nie wymagamy doświadczenia, zapewniamy szkolenie.",
            "Doświadczenie nie jest wymagane, wszystkiego nauczymy.",
        ],
        "agency": [
            "Agencja zatrudnienia wpisana do rejestru ({regno}). Nie pobieramy żadnych opłat od kandydatów."
        ],
        "address": [
            "Miejsce pracy: {address}, {postcode} {city}.",
            "Adres: {address}, {postcode} {city}.",
        ],
        "start": ["Rozpoczęcie pracy: {date}.", "Start od {date}."],
        "apply": [
            "CV prosimy przesyłać na {email} ({ref}).",
            "Aplikuj przez {url} ({ref}).",
            "Informacje: {contact}, tel. {phone}.",
            "Zgłoszenia na {email} lub pod numerem {phone}.",
        ],
    },
    "ro": {
        "title": ["{job} - {city}", "Angajăm {job}", "{job} ({contract})", "Loc de muncă: {job}"],
        "intro": [
            "{company} este o companie solidă cu sediul în {city}.",
            "Alătură-te echipei {company} din {city}!",
            "{company} își mărește echipa.",
        ],
        "role": ["Căutăm {job} cu {contract}.", "Post: {job}, {contract}."],
        "offer": [
            "Salariu: {salary}.",
            "Oferim {salary}, tichete de masă și training.",
            "Salariu {salary} plus ore suplimentare plătite.",
        ],
        "housing": [
            "Cameră în apropiere cu {fee} pe lună, contract de închiriere separat și opțional.",
            "Sprijin pentru găsirea unei locuințe.",
        ],
        "visa": [
            "Ne ocupăm de aviz și permisul de muncă, toate costurile sunt suportate de firmă."
        ],
        "noexp": [
            "Nu este necesară experiență, oferim instruire plătită.",
            "Fără experiență, te instruim noi.",
        ],
        "agency": [
            "Agenție de plasare autorizată ({regno}). Nu percepem niciun comision de la candidați."
        ],
        "address": [
            "Locul de muncă: {address}, {city}, cod {postcode}.",
            "Adresa: {address}, {postcode} {city}.",
        ],
        "start": ["Data începerii: {date}.", "Începere de la {date}."],
        "apply": [
            "Trimite CV-ul la {email} ({ref}).",
            "Aplică pe {url} ({ref}).",
            "Detalii: {contact}, tel. {phone}.",
            "CV la {email} sau la telefon {phone}.",
        ],
    },
}

# Cue keys map to the red flags recorded in the truth (see corpus.JOB_CUES).
DECEPTIVE_TEXT: dict[str, dict[str, list[str]]] = {
    "en": {
        "title": [
            "URGENT!!! {job} {dest_in} - {wage}",
            "Work {dest_in} - {job}, no experience needed",
            "{job} {dest_in}, start immediately",
            "Jobs {dest_in} with free accommodation {e}",
        ],
        "hook": [
            "Big company {dest_in} is looking for workers for {job} positions.",
            "We are recruiting now for {job} jobs {dest_in}.",
            "Good job {dest_in}, many places, couples welcome.",
        ],
        "vague_employer": [
            "Employer details will be given by phone.",
            "Our partner company {dest_in}, very serious.",
        ],
        "pay_above_market": [
            "Salary {wage}!!!",
            "You earn {wage}, paid every week.",
            "Very good pay: {wage}.",
        ],
        "no_experience": ["No experience needed."],
        "no_language": ["No English needed.", "No language required, we have translator."],
        "deducted_later": [
            "Free transport and accommodation, cost deducted from the first salary.",
            "We pay your ticket and house, you pay back from salary later.",
        ],
        "fee_to_worker": [
            "Registration fee {fee} to reserve your place.",
            "Only {fee} for visa and documents, paid before departure.",
            "Training deposit {fee}, returned after three months.",
        ],
        "passport_early": [
            "Send photo of passport or ID on WhatsApp to reserve your place.",
            "To apply send us a copy of your passport and a selfie.",
        ],
        "urgency": [
            "Departure next week!!! Few places left.",
            "We leave on {date}, hurry up!",
            "Start immediately.",
        ],
        "photos_requested": [
            "Send recent full-length photos.",
            "Please send full-length photos with your application.",
        ],
        "housing_by_employer": [
            "Accommodation with the employer, {fee2} per week taken from salary."
        ],
        "hostess": [
            "Looking for girls aged {age}-{age2} for hostess and dancer work {dest_in}.",
            "Hostess job for young girls {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Contact only on WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Call or WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Write on Telegram {handle}"],
        "contact_mail": ["Write to {email}", "Send CV to {email}"],
        "contact_wa": ["WhatsApp me {walink}"],
        "sign": ["Ask for {recruiter}.", "{recruiter}, recruitment team"],
    },
    "fr": {
        "title": [
            "URGENT !!! {job} {dest_in} - {wage}",
            "Travail {dest_in} : {job}, sans expérience",
            "{job} {dest_in}, départ immédiat",
            "Emploi {dest_in} logé {e}",
        ],
        "hook": [
            "Grande entreprise {dest_in} cherche des travailleurs pour poste de {job}.",
            "Nous recrutons maintenant pour du travail {dest_in}.",
            "Bon travail {dest_in}, beaucoup de places, couples acceptés.",
        ],
        "vague_employer": [
            "Le nom de l'employeur sera donné par téléphone.",
            "Entreprise partenaire {dest_in}, très sérieuse.",
        ],
        "pay_above_market": [
            "Salaire {wage} !!!",
            "Vous gagnez {wage}, payé chaque semaine.",
            "Très bien payé : {wage}.",
        ],
        "no_experience": ["Aucune expérience demandée.", "Pas besoin d'expérience."],
        "no_language": [
            "Pas besoin de parler la langue.",
            "Langue pas obligatoire, nous avons un traducteur.",
        ],
        "deducted_later": [
            "Transport et logement gratuits, les frais sont retenus sur le premier salaire.",
            "Nous payons le billet et le logement, vous remboursez plus tard sur le salaire.",
        ],
        "fee_to_worker": [
            "Frais d'inscription {fee} pour réserver votre place.",
            "Seulement {fee} pour le visa et les documents, à payer avant le départ.",
            "Caution de formation {fee}, remboursée après trois mois.",
        ],
        "passport_early": [
            "Envoyez une photo de votre passeport ou carte d'identité sur WhatsApp pour réserver votre place.",
            "Pour postuler, envoyez une copie du passeport et un selfie.",
        ],
        "urgency": [
            "Départ la semaine prochaine !!! Peu de places.",
            "Départ le {date}, dépêchez-vous !",
            "Début immédiat.",
        ],
        "photos_requested": [
            "Envoyez des photos récentes en pied.",
            "Merci de joindre des photos en pied.",
        ],
        "housing_by_employer": [
            "Logement chez l'employeur, {fee2} par semaine retenus sur le salaire."
        ],
        "hostess": [
            "Cherchons filles de {age} à {age2} ans pour travail d'hôtesse et danseuse {dest_in}.",
            "Travail d'hôtesse pour jeunes filles {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Contact uniquement sur WhatsApp {wa_phone}",
            "WhatsApp/Viber : {wa_viber_phone}",
            "Appel ou WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram : {handle}", "Écrivez sur Telegram {handle}"],
        "contact_mail": ["Écrire à {email}", "CV à {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Demandez {recruiter}.", "{recruiter}, équipe recrutement"],
    },
    "de": {
        "title": [
            "DRINGEND!!! {job} {dest_in} - {wage}",
            "Arbeit {dest_in}: {job}, ohne Erfahrung",
            "{job} {dest_in}, sofort Start",
            "Job {dest_in} mit Unterkunft {e}",
        ],
        "hook": [
            "Große Firma {dest_in} sucht Arbeiter als {job}.",
            "Wir suchen jetzt Leute für Arbeit {dest_in}.",
            "Gute Arbeit {dest_in}, viele Plätze, auch Paare.",
        ],
        "vague_employer": [
            "Name der Firma sagen wir am Telefon.",
            "Partnerfirma {dest_in}, sehr seriös.",
        ],
        "pay_above_market": [
            "Lohn {wage}!!!",
            "Du verdienst {wage}, jede Woche bezahlt.",
            "Sehr gute Bezahlung: {wage}.",
        ],
        "no_experience": ["Keine Erfahrung nötig."],
        "no_language": [
            "Keine Sprachkenntnisse nötig.",
            "Sprache nicht wichtig, wir haben Dolmetscher.",
        ],
        "deducted_later": [
            "Fahrt und Unterkunft frei, die Kosten werden vom ersten Lohn abgezogen.",
            "Wir zahlen Ticket und Wohnung, du zahlst später vom Lohn zurück.",
        ],
        "fee_to_worker": [
            "Anmeldegebühr {fee}, um deinen Platz zu sichern.",
            "Nur {fee} für Visum und Papiere, vor Abreise zu zahlen.",
            "Kaution für Schulung {fee}, nach drei Monaten zurück.",
        ],
        "passport_early": [
            "Schick ein Foto von Pass oder Ausweis per WhatsApp, um den Platz zu reservieren.",
            "Für die Bewerbung Passkopie und Selfie schicken.",
        ],
        "urgency": [
            "Abfahrt nächste Woche!!! Nur noch wenige Plätze.",
            "Abfahrt am {date}, schnell melden!",
            "Sofortiger Start.",
        ],
        "photos_requested": [
            "Aktuelle Ganzkörperfotos schicken.",
            "Bitte Ganzkörperfotos mitschicken.",
        ],
        "housing_by_employer": [
            "Unterkunft beim Arbeitgeber, {fee2} pro Woche werden vom Lohn abgezogen."
        ],
        "hostess": [
            "Suchen Mädchen von {age} bis {age2} Jahren für Arbeit als Hostess und Tänzerin {dest_in}.",
            "Hostess-Job für junge Frauen {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Kontakt nur per WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Anruf oder WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Schreib auf Telegram {handle}"],
        "contact_mail": ["Schreib an {email}", "Lebenslauf an {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Frag nach {recruiter}.", "{recruiter}, Recruiting-Team"],
    },
    "es": {
        "title": [
            "¡¡URGENTE!! {job} {dest_in} - {wage}",
            "Trabajo {dest_in}: {job}, sin experiencia",
            "{job} {dest_in}, incorporación inmediata",
            "Empleo {dest_in} con alojamiento {e}",
        ],
        "hook": [
            "Gran empresa {dest_in} busca trabajadores para puesto de {job}.",
            "Contratamos ya para trabajar {dest_in}.",
            "Buen trabajo {dest_in}, muchas plazas, también parejas.",
        ],
        "vague_employer": [
            "El nombre de la empresa se da por teléfono.",
            "Empresa colaboradora {dest_in}, muy seria.",
        ],
        "pay_above_market": [
            "¡Sueldo {wage}!",
            "Ganas {wage}, pago semanal.",
            "Muy bien pagado: {wage}.",
        ],
        "no_experience": ["No hace falta experiencia."],
        "no_language": ["No hace falta idioma.", "Idioma no necesario, tenemos traductor."],
        "deducted_later": [
            "Viaje y alojamiento gratis, se descuenta del primer sueldo.",
            "Pagamos billete y casa, lo devuelves después del sueldo.",
        ],
        "fee_to_worker": [
            "Cuota de inscripción {fee} para reservar tu plaza.",
            "Solo {fee} para visado y papeles, antes de salir.",
            "Depósito de formación {fee}, se devuelve a los tres meses.",
        ],
        "passport_early": [
            "Manda foto del pasaporte o DNI por WhatsApp para reservar plaza.",
            "Para apuntarte envía copia del pasaporte y un selfie.",
        ],
        "urgency": [
            "¡¡Salida la semana que viene!! Quedan pocas plazas.",
            "Salimos el {date}, ¡date prisa!",
            "Incorporación inmediata.",
        ],
        "photos_requested": [
            "Envía fotos recientes de cuerpo entero.",
            "Adjunta fotos de cuerpo entero.",
        ],
        "housing_by_employer": [
            "Alojamiento con la empresa, {fee2} a la semana descontados del sueldo."
        ],
        "hostess": [
            "Buscamos chicas de {age} a {age2} años para trabajo de azafata y bailarina {dest_in}.",
            "Trabajo de azafata para chicas jóvenes {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Contacto solo por WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Llama o WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Escribe por Telegram {handle}"],
        "contact_mail": ["Escribe a {email}", "CV a {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Pregunta por {recruiter}.", "{recruiter}, equipo de selección"],
    },
    "it": {
        "title": [
            "URGENTE!!! {job} {dest_in} - {wage}",
            "Lavoro {dest_in}: {job}, senza esperienza",
            "{job} {dest_in}, partenza immediata",
            "Lavoro {dest_in} con alloggio {e}",
        ],
        "hook": [
            "Grande azienda {dest_in} cerca lavoratori come {job}.",
            "Assumiamo subito per lavoro {dest_in}.",
            "Buon lavoro {dest_in}, tanti posti, anche coppie.",
        ],
        "vague_employer": [
            "Il nome dell'azienda lo diamo al telefono.",
            "Azienda partner {dest_in}, molto seria.",
        ],
        "pay_above_market": [
            "Stipendio {wage}!!!",
            "Guadagni {wage}, pagamento settimanale.",
            "Pagato molto bene: {wage}.",
        ],
        "no_experience": ["Non serve esperienza."],
        "no_language": ["Non serve la lingua.", "Lingua non necessaria, abbiamo traduttore."],
        "deducted_later": [
            "Viaggio e alloggio gratis, i costi si scalano dal primo stipendio.",
            "Paghiamo noi biglietto e casa, poi restituisci dallo stipendio.",
        ],
        "fee_to_worker": [
            "Quota di iscrizione {fee} per prenotare il posto.",
            "Solo {fee} per visto e documenti, da pagare prima della partenza.",
            "Deposito per la formazione {fee}, restituito dopo tre mesi.",
        ],
        "passport_early": [
            "Manda foto del passaporto o della carta d'identità su WhatsApp per prenotare il posto.",
            "Per candidarti invia copia del passaporto e un selfie.",
        ],
        "urgency": [
            "Partenza la settimana prossima!!! Pochi posti.",
            "Partiamo il {date}, sbrigati!",
            "Inizio immediato.",
        ],
        "photos_requested": ["Invia foto recenti a figura intera.", "Allega foto a figura intera."],
        "housing_by_employer": [
            "Alloggio presso il datore di lavoro, {fee2} a settimana trattenuti dallo stipendio."
        ],
        "hostess": [
            "Cerchiamo ragazze dai {age} ai {age2} anni per lavoro come hostess e ballerina {dest_in}.",
            "Lavoro da hostess per ragazze giovani {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Contatto solo WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Chiama o WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Scrivi su Telegram {handle}"],
        "contact_mail": ["Scrivi a {email}", "CV a {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Chiedi di {recruiter}.", "{recruiter}, ufficio selezione"],
    },
    "nl": {
        "title": [
            "SPOED!!! {job} {dest_in} - {wage}",
            "Werk {dest_in}: {job}, geen ervaring",
            "{job} {dest_in}, direct beginnen",
            "Baan {dest_in} met huisvesting {e}",
        ],
        "hook": [
            "Groot bedrijf {dest_in} zoekt werknemers als {job}.",
            "Wij zoeken nu mensen voor werk {dest_in}.",
            "Goed werk {dest_in}, veel plaatsen, ook stellen.",
        ],
        "vague_employer": [
            "Naam van het bedrijf geven we telefonisch.",
            "Partnerbedrijf {dest_in}, heel serieus.",
        ],
        "pay_above_market": [
            "Salaris {wage}!!!",
            "Je verdient {wage}, elke week betaald.",
            "Heel goed betaald: {wage}.",
        ],
        "no_experience": ["Geen ervaring nodig."],
        "no_language": ["Geen taal nodig.", "Taal niet belangrijk, wij hebben tolk."],
        "deducted_later": [
            "Reis en huisvesting gratis, kosten gaan van het eerste loon af.",
            "Wij betalen ticket en huis, je betaalt later terug van je loon.",
        ],
        "fee_to_worker": [
            "Inschrijfkosten {fee} om je plek te reserveren.",
            "Maar {fee} voor visum en papieren, te betalen voor vertrek.",
            "Borg voor training {fee}, terug na drie maanden.",
        ],
        "passport_early": [
            "Stuur een foto van je paspoort of ID via WhatsApp om je plek te reserveren.",
            "Stuur voor aanmelding een kopie van je paspoort en een selfie.",
        ],
        "urgency": [
            "Vertrek volgende week!!! Nog maar een paar plaatsen.",
            "We vertrekken op {date}, snel zijn!",
            "Direct beginnen.",
        ],
        "photos_requested": [
            "Stuur recente foto's van top tot teen.",
            "Graag foto's van je hele lichaam meesturen.",
        ],
        "housing_by_employer": [
            "Huisvesting bij de werkgever, {fee2} per week wordt ingehouden op je loon."
        ],
        "hostess": [
            "Wij zoeken meiden van {age} tot {age2} jaar voor werk als hostess en danseres {dest_in}.",
            "Hostesswerk voor jonge meiden {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Contact alleen via WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Bel of app {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Stuur bericht op Telegram {handle}"],
        "contact_mail": ["Mail naar {email}", "Cv naar {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Vraag naar {recruiter}.", "{recruiter}, recruitment team"],
    },
    "pl": {
        "title": [
            "PILNE!!! {job} {dest_in} - {wage}",
            "Praca {dest_in}: {job}, bez doświadczenia",
            "{job} {dest_in}, wyjazd od zaraz",
            "Praca {dest_in} z zakwaterowaniem {e}",
        ],
        "hook": [
            "Duża firma {dest_in} szuka pracowników na stanowisko {job}.",
            "Rekrutujemy teraz do pracy {dest_in}.",
            "Dobra praca {dest_in}, dużo miejsc, także pary.",
        ],
        "vague_employer": [
            "Nazwę firmy podamy telefonicznie.",
            "Firma partnerska {dest_in}, bardzo poważna.",
        ],
        "pay_above_market": [
            "Zarobki {wage}!!!",
            "Zarabiasz {wage}, wypłata co tydzień.",
            "Bardzo dobra płaca: {wage}.",
        ],
        "no_experience": ["Doświadczenie niepotrzebne.", "Bez doświadczenia."],
        "no_language": ["Znajomość języka niepotrzebna.", "Język niewymagany, mamy tłumacza."],
        "deducted_later": [
            "Darmowy dojazd i zakwaterowanie, koszty potrącane z pierwszej wypłaty.",
            "Płacimy za bilet i mieszkanie, oddajesz później z wypłaty.",
        ],
        "fee_to_worker": [
            "Opłata rekrutacyjna {fee} za rezerwację miejsca.",
            "Tylko {fee} za wizę i dokumenty, płatne przed wyjazdem.",
            "Kaucja szkoleniowa {fee}, zwrot po trzech miesiącach.",
        ],
        "passport_early": [
            "Wyślij zdjęcie paszportu lub dowodu na WhatsApp, żeby zarezerwować miejsce.",
            "Aby aplikować, wyślij skan paszportu i selfie.",
        ],
        "urgency": [
            "Wyjazd w przyszłym tygodniu!!! Zostało kilka miejsc.",
            "Wyjazd {date}, decyduj szybko!",
            "Praca od zaraz.",
        ],
        "photos_requested": [
            "Wyślij aktualne zdjęcia całej sylwetki.",
            "Prosimy o zdjęcia całej sylwetki.",
        ],
        "housing_by_employer": [
            "Zakwaterowanie u pracodawcy, {fee2} tygodniowo potrącane z wypłaty."
        ],
        "hostess": [
            "Szukamy dziewczyn w wieku {age}-{age2} lat do pracy jako hostessa i tancerka {dest_in}.",
            "Praca hostessy dla młodych dziewczyn {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Kontakt tylko przez WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Dzwoń lub WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Pisz na Telegramie {handle}"],
        "contact_mail": ["Pisz na {email}", "CV na {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Pytaj o {recruiter}.", "{recruiter}, dział rekrutacji"],
    },
    "ro": {
        "title": [
            "URGENT!!! {job} {dest_in} - {wage}",
            "Muncă {dest_in}: {job}, fără experiență",
            "{job} {dest_in}, plecare imediată",
            "Loc de muncă {dest_in} cu cazare {e}",
        ],
        "hook": [
            "Firmă mare {dest_in} angajează muncitori pe post de {job}.",
            "Recrutăm acum pentru muncă {dest_in}.",
            "Muncă bună {dest_in}, multe locuri, acceptăm și cupluri.",
        ],
        "vague_employer": [
            "Numele firmei îl spunem la telefon.",
            "Firmă parteneră {dest_in}, foarte serioasă.",
        ],
        "pay_above_market": [
            "Salariu {wage}!!!",
            "Câștigi {wage}, plata săptămânal.",
            "Foarte bine plătit: {wage}.",
        ],
        "no_experience": ["Nu este nevoie de experiență.", "Fără experiență."],
        "no_language": ["Nu este necesară limba străină.", "Nu contează limba, avem translator."],
        "deducted_later": [
            "Transport și cazare gratuite, costurile se rețin din primul salariu.",
            "Plătim noi biletul și casa, dai banii înapoi din salariu.",
        ],
        "fee_to_worker": [
            "Taxă de înscriere {fee} pentru rezervarea locului.",
            "Doar {fee} pentru viză și acte, plătiți înainte de plecare.",
            "Garanție pentru curs {fee}, se returnează după trei luni.",
        ],
        "passport_early": [
            "Trimite poza cu pașaportul sau buletinul pe WhatsApp ca să rezervi locul.",
            "Pentru înscriere trimite copie după pașaport și un selfie.",
        ],
        "urgency": [
            "Plecare săptămâna viitoare!!! Mai sunt puține locuri.",
            "Plecăm pe {date}, grăbiți-vă!",
            "Începere imediată.",
        ],
        "photos_requested": [
            "Trimite poze recente din cap până în picioare.",
            "Atașează poze întregi.",
        ],
        "housing_by_employer": ["Cazare la angajator, {fee2} pe săptămână reținuți din salariu."],
        "hostess": [
            "Căutăm fete între {age} și {age2} ani pentru muncă de hostess și dansatoare {dest_in}.",
            "Job de hostess pentru fete tinere {dest_in}, {wage}.",
        ],
        "contact_phone": [
            "Contact doar pe WhatsApp {wa_phone}",
            "WhatsApp/Viber: {wa_viber_phone}",
            "Sună sau WhatsApp {wa_phone} ({recruiter})",
        ],
        "contact_tg": ["Telegram: {handle}", "Scrie pe Telegram {handle}"],
        "contact_mail": ["Scrie la {email}", "CV la {email}"],
        "contact_wa": ["WhatsApp {walink}"],
        "sign": ["Întreabă de {recruiter}.", "{recruiter}, departament recrutare"],
    },
}
