"""Invented people, companies, handles and domains for the demo corpus.

First names are common given names (no surnames for advertised persons, as in real ads);
company names combine common surnames with trade words, so they are generic, not real firms.
Every e-mail and web domain ends in ``.example`` (RFC 2606), so none can be reached.
"""

from __future__ import annotations

# Given names by nationality, as they appear in ads (often shortened or Westernised).
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "RO": ("Andreea", "Bianca", "Ioana", "Alexandra", "Denisa", "Larisa", "Roxana", "Daria",
           "Alina", "Cristina", "Raluca", "Georgiana"),
    "BG": ("Desislava", "Yana", "Kalina", "Viktoria", "Gergana", "Nikol", "Teodora", "Mila"),
    "HU": ("Réka", "Dóra", "Kitti", "Vivien", "Petra", "Zsófi", "Noémi", "Fanni"),
    "MD": ("Doina", "Mihaela", "Victoria", "Cătălina", "Nadejda", "Olesea"),
    "UA": ("Oksana", "Yuliia", "Olena", "Daryna", "Sofiia", "Kateryna", "Alina", "Vika"),
    "AL": ("Ardita", "Elira", "Kejsi", "Xhesika", "Erjona", "Anisa"),
    "NG": ("Blessing", "Joy", "Precious", "Favour", "Esther", "Gift", "Mercy", "Peace"),
    "BR": ("Larissa", "Thaís", "Camila", "Bruna", "Letícia", "Isabela", "Jéssica", "Rafaela"),
    "CO": ("Valentina", "Mariana", "Daniela", "Luisa", "Yuliana", "Karen", "Paola"),
    "VE": ("Génesis", "Oriana", "Andreína", "Yusmary", "Daniela", "Mariángel"),
    "TH": ("Ploy", "Nong", "Mai", "Fah", "Ying", "Nok"),
    "CN": ("Lily", "Mei", "Xiao", "Lin", "Yuki", "Jenny"),
    "PL": ("Kasia", "Ola", "Natalia", "Wiktoria", "Zuzia", "Magda", "Paulina", "Karolina"),
    "GB": ("Jess", "Holly", "Chloe", "Amber", "Sophie", "Lauren", "Becky", "Charlotte"),
    "FR": ("Léa", "Manon", "Chloé", "Inès", "Camille", "Julie", "Océane", "Sarah"),
    "BE": ("Julie", "Marie", "Laura", "Elise", "Lotte", "Noor", "Charlotte"),
    "DE": ("Lena", "Jana", "Nina", "Sandra", "Jenny", "Melanie", "Vanessa", "Lisa"),
    "AT": ("Katharina", "Theresa", "Sabrina", "Nina", "Verena", "Lisa"),
    "ES": ("Lucía", "Carla", "Paula", "Marta", "Alba", "Irene", "Nerea", "Sara"),
    "IT": ("Giulia", "Chiara", "Martina", "Alessia", "Federica", "Sara", "Valentina"),
    "NL": ("Sanne", "Lotte", "Fleur", "Demi", "Iris", "Anouk", "Lisa"),
}

# Working names used regardless of nationality: a realistic source of false name matches.
PSEUDONYMS: tuple[str, ...] = ("Mia", "Bella", "Kira", "Angel", "Vanessa", "Jasmine", "Eva",
                               "Sasha", "Nikki", "Lola", "Gina", "Diana", "Amira", "Alessia",
                               "Barbie", "Candy", "Roxy", "Monica", "Sonia", "Natasha")

# Nationalities of persons advertised by controlled networks (weights: rough, illustrative).
NETWORK_NATIONALITIES: tuple[tuple[str, float], ...] = (
    ("RO", 24), ("BG", 8), ("HU", 7), ("MD", 4), ("UA", 8), ("AL", 5), ("NG", 9), ("BR", 9),
    ("CO", 6), ("VE", 5), ("TH", 4), ("CN", 4), ("PL", 4),
)
# Migrants who work independently (mostly locals; some migrants, incl. the same groups).
MIGRANT_INDEPENDENT: tuple[tuple[str, float], ...] = (
    ("RO", 5), ("BR", 5), ("CO", 3), ("VE", 3), ("UA", 3), ("HU", 2), ("BG", 2), ("PL", 2),
    ("TH", 1), ("NG", 1),
)

# How each language states a woman's nationality in the cue phrases of that language
# (adjective, noun or "from X" form, matching how the phrases in text_sex.py use {nat}).
NATIONALITY: dict[str, dict[str, str]] = {
    "en": {"RO": "Romanian", "BG": "Bulgarian", "HU": "Hungarian", "MD": "Moldovan",
           "UA": "Ukrainian", "AL": "Albanian", "NG": "Nigerian", "BR": "Brazilian",
           "CO": "Colombian", "VE": "Venezuelan", "TH": "Thai", "CN": "Chinese", "PL": "Polish",
           "GB": "English", "FR": "French", "BE": "Belgian", "DE": "German", "AT": "Austrian",
           "ES": "Spanish", "IT": "Italian", "NL": "Dutch"},
    "fr": {"RO": "roumaine", "BG": "bulgare", "HU": "hongroise", "MD": "moldave",
           "UA": "ukrainienne", "AL": "albanaise", "NG": "nigériane", "BR": "brésilienne",
           "CO": "colombienne", "VE": "vénézuélienne", "TH": "thaïlandaise", "CN": "chinoise",
           "PL": "polonaise", "GB": "anglaise", "FR": "française", "BE": "belge",
           "DE": "allemande", "AT": "autrichienne", "ES": "espagnole", "IT": "italienne",
           "NL": "néerlandaise"},
    "de": {"RO": "aus Rumänien", "BG": "aus Bulgarien", "HU": "aus Ungarn", "MD": "aus Moldawien",
           "UA": "aus der Ukraine", "AL": "aus Albanien", "NG": "aus Nigeria",
           "BR": "aus Brasilien", "CO": "aus Kolumbien", "VE": "aus Venezuela",
           "TH": "aus Thailand", "CN": "aus China", "PL": "aus Polen", "GB": "aus England",
           "FR": "aus Frankreich", "BE": "aus Belgien", "DE": "aus Deutschland",
           "AT": "aus Österreich", "ES": "aus Spanien", "IT": "aus Italien",
           "NL": "aus Holland"},
    "es": {"RO": "rumana", "BG": "búlgara", "HU": "húngara", "MD": "moldava", "UA": "ucraniana",
           "AL": "albanesa", "NG": "nigeriana", "BR": "brasileña", "CO": "colombiana",
           "VE": "venezolana", "TH": "tailandesa", "CN": "china", "PL": "polaca",
           "GB": "inglesa", "FR": "francesa", "BE": "belga", "DE": "alemana", "AT": "austriaca",
           "ES": "española", "IT": "italiana", "NL": "holandesa"},
    "it": {"RO": "rumena", "BG": "bulgara", "HU": "ungherese", "MD": "moldava", "UA": "ucraina",
           "AL": "albanese", "NG": "nigeriana", "BR": "brasiliana", "CO": "colombiana",
           "VE": "venezuelana", "TH": "thailandese", "CN": "cinese", "PL": "polacca",
           "GB": "inglese", "FR": "francese", "BE": "belga", "DE": "tedesca", "AT": "austriaca",
           "ES": "spagnola", "IT": "italiana", "NL": "olandese"},
    "nl": {"RO": "Roemeense", "BG": "Bulgaarse", "HU": "Hongaarse", "MD": "Moldavische",
           "UA": "Oekraïense", "AL": "Albanese", "NG": "Nigeriaanse", "BR": "Braziliaanse",
           "CO": "Colombiaanse", "VE": "Venezolaanse", "TH": "Thaise", "CN": "Chinese",
           "PL": "Poolse", "GB": "Engelse", "FR": "Franse", "BE": "Belgische", "DE": "Duitse",
           "AT": "Oostenrijkse", "ES": "Spaanse", "IT": "Italiaanse", "NL": "Nederlandse"},
    "pl": {"RO": "Rumunka", "BG": "Bułgarka", "HU": "Węgierka", "MD": "Mołdawianka",
           "UA": "Ukrainka", "AL": "Albanka", "NG": "Nigeryjka", "BR": "Brazylijka",
           "CO": "Kolumbijka", "VE": "Wenezuelka", "TH": "Tajka", "CN": "Chinka", "PL": "Polka",
           "GB": "Angielka", "FR": "Francuzka", "BE": "Belgijka", "DE": "Niemka",
           "AT": "Austriaczka", "ES": "Hiszpanka", "IT": "Włoszka", "NL": "Holenderka"},
    "ro": {"RO": "din România", "BG": "din Bulgaria", "HU": "din Ungaria", "MD": "din Moldova",
           "UA": "din Ucraina", "AL": "din Albania", "NG": "din Nigeria", "BR": "din Brazilia",
           "CO": "din Columbia", "VE": "din Venezuela", "TH": "din Thailanda", "CN": "din China",
           "PL": "din Polonia", "GB": "din Anglia", "FR": "din Franța", "BE": "din Belgia",
           "DE": "din Germania", "AT": "din Austria", "ES": "din Spania", "IT": "din Italia",
           "NL": "din Olanda"},
}

# Destination countries of job offers: (name, "in <country>" form) per language.
DESTINATION_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"GB": ("UK", "in the UK"), "DE": ("Germany", "in Germany"),
           "NL": ("Netherlands", "in the Netherlands"), "BE": ("Belgium", "in Belgium"),
           "AT": ("Austria", "in Austria"), "FR": ("France", "in France"),
           "ES": ("Spain", "in Spain"), "IT": ("Italy", "in Italy"),
           "DK": ("Denmark", "in Denmark"), "NO": ("Norway", "in Norway")},
    "fr": {"GB": ("Royaume-Uni", "au Royaume-Uni"), "DE": ("Allemagne", "en Allemagne"),
           "NL": ("Pays-Bas", "aux Pays-Bas"), "BE": ("Belgique", "en Belgique"),
           "AT": ("Autriche", "en Autriche"), "FR": ("France", "en France"),
           "ES": ("Espagne", "en Espagne"), "IT": ("Italie", "en Italie"),
           "DK": ("Danemark", "au Danemark"), "NO": ("Norvège", "en Norvège")},
    "de": {"GB": ("England", "in England"), "DE": ("Deutschland", "in Deutschland"),
           "NL": ("Holland", "in Holland"), "BE": ("Belgien", "in Belgien"),
           "AT": ("Österreich", "in Österreich"), "FR": ("Frankreich", "in Frankreich"),
           "ES": ("Spanien", "in Spanien"), "IT": ("Italien", "in Italien"),
           "DK": ("Dänemark", "in Dänemark"), "NO": ("Norwegen", "in Norwegen")},
    "es": {"GB": ("Reino Unido", "en Reino Unido"), "DE": ("Alemania", "en Alemania"),
           "NL": ("Holanda", "en Holanda"), "BE": ("Bélgica", "en Bélgica"),
           "AT": ("Austria", "en Austria"), "FR": ("Francia", "en Francia"),
           "ES": ("España", "en España"), "IT": ("Italia", "en Italia"),
           "DK": ("Dinamarca", "en Dinamarca"), "NO": ("Noruega", "en Noruega")},
    "it": {"GB": ("Regno Unito", "nel Regno Unito"), "DE": ("Germania", "in Germania"),
           "NL": ("Olanda", "in Olanda"), "BE": ("Belgio", "in Belgio"),
           "AT": ("Austria", "in Austria"), "FR": ("Francia", "in Francia"),
           "ES": ("Spagna", "in Spagna"), "IT": ("Italia", "in Italia"),
           "DK": ("Danimarca", "in Danimarca"), "NO": ("Norvegia", "in Norvegia")},
    "nl": {"GB": ("Engeland", "in Engeland"), "DE": ("Duitsland", "in Duitsland"),
           "NL": ("Nederland", "in Nederland"), "BE": ("België", "in België"),
           "AT": ("Oostenrijk", "in Oostenrijk"), "FR": ("Frankrijk", "in Frankrijk"),
           "ES": ("Spanje", "in Spanje"), "IT": ("Italië", "in Italië"),
           "DK": ("Denemarken", "in Denemarken"), "NO": ("Noorwegen", "in Noorwegen")},
    "pl": {"GB": ("Anglia", "w Anglii"), "DE": ("Niemcy", "w Niemczech"),
           "NL": ("Holandia", "w Holandii"), "BE": ("Belgia", "w Belgii"),
           "AT": ("Austria", "w Austrii"), "FR": ("Francja", "we Francji"),
           "ES": ("Hiszpania", "w Hiszpanii"), "IT": ("Włochy", "we Włoszech"),
           "DK": ("Dania", "w Danii"), "NO": ("Norwegia", "w Norwegii")},
    "ro": {"GB": ("Anglia", "în Anglia"), "DE": ("Germania", "în Germania"),
           "NL": ("Olanda", "în Olanda"), "BE": ("Belgia", "în Belgia"),
           "AT": ("Austria", "în Austria"), "FR": ("Franța", "în Franța"),
           "ES": ("Spania", "în Spania"), "IT": ("Italia", "în Italia"),
           "DK": ("Danemarca", "în Danemarca"), "NO": ("Norvegia", "în Norvegia")},
}

# Company names: "<Surname> <Trade> <Form>" or "<Surname> & <Surname> <Trade> <Form>".
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Harrington", "Blake", "Whitfield", "Ashworth", "Pennington", "Hollis", "Marsden",
           "Caldwell", "Fenwick", "Ramsay", "Thornton", "Gilmore", "Hartley", "Kendrick",
           "Lowther", "Mercer", "Norbury", "Oakley", "Prescott", "Radcliffe", "Selby", "Tolland",
           "Upton", "Varley", "Wardle", "Yarwood", "Aldridge", "Brough", "Colbourne", "Dunmore",
           "Elland", "Farrow", "Glossop", "Haworth", "Ingham", "Jolliffe"),
    "fr": ("Lefèvre", "Moreau", "Garnier", "Perrin", "Chevalier", "Roussel", "Fabre", "Gauthier",
           "Marchand", "Lemaire", "Barbier", "Renaud", "Colin", "Vidal", "Aubert", "Brun",
           "Carpentier", "Deschamps", "Fleury", "Guerin", "Hubert", "Jacquet", "Laurent",
           "Mallet", "Noël", "Olivier", "Picard", "Rolland", "Schmitt", "Tessier", "Vasseur",
           "Bouvier", "Charpentier", "Dumont", "Leclerc", "Meunier"),
    "de": ("Brandt", "Wenzel", "Hoffmann", "Krüger", "Lorenz", "Seidel", "Albrecht", "Vogt",
           "Hartmann", "Kaiser", "Franke", "Böhm", "Dietrich", "Engel", "Fuchs", "Graf",
           "Haas", "Jansen", "Keller", "Ludwig", "Martens", "Neumann", "Otto", "Pohl", "Ritter",
           "Schulte", "Thiel", "Ulrich", "Voigt", "Winkler", "Ziegler", "Bauer", "Conrad",
           "Decker", "Eberhardt", "Friedrich"),
    "es": ("Martínez", "Ortega", "Navarro", "Molina", "Castillo", "Rubio", "Serrano", "Delgado",
           "Morales", "Iglesias", "Vidal", "Campos", "Cano", "Prieto", "Herrero", "Pascual",
           "Santana", "Vega", "Lozano", "Caballero", "Nieto", "Gallego", "Fuentes", "Carmona",
           "Aguilar", "Bravo", "Calvo", "Domínguez", "Esteban", "Flores", "Garrido", "Hidalgo",
           "Ibáñez", "Jiménez", "León", "Márquez"),
    "it": ("Bianchi", "Ferri", "Galli", "Conti", "Marino", "Greco", "Lombardi", "Moretti",
           "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Gatti",
           "Leone", "Longo", "Mancini", "Martini", "Monti", "Pellegrini", "Palumbo", "Sala",
           "Testa", "Valentini", "Vitale", "Bellini", "Benedetti", "Colombo", "D'Angelo",
           "Farina", "Grasso", "Orlando", "Parisi", "Sorrentino"),
    "nl": ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
           "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
           "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "Schouten", "Willems",
           "Hoekstra", "Koster", "Prins", "Blom", "Huisman", "Kuipers", "Postma"),
    "pl": ("Nowak", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
           "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
           "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski",
           "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski",
           "Jaworski", "Wróbel", "Malinowski", "Pawlak", "Witkowski", "Walczak", "Stępień",
           "Górski", "Rutkowski"),
    "ro": ("Popescu", "Ionescu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu",
           "Rusu", "Munteanu", "Constantin", "Marin", "Tudor", "Dinu", "Florea", "Barbu",
           "Nistor", "Lazăr", "Cristea", "Toma", "Moldovan", "Dobre", "Ene", "Mihai", "Neagu",
           "Sandu", "Preda", "Voicu", "Zamfir", "Oprea", "Iordache", "Lupu", "Manea", "Radu",
           "Sârbu", "Vasilescu"),
}

# Trade words by sector key (see text_jobs.SECTORS, plus "agency") and language; legal forms.
TRADE: dict[str, dict[str, str]] = {
    "en": {"warehouse": "Logistics", "agriculture": "Fresh Produce", "care": "Care Homes",
           "hotel": "Hotels", "kitchen": "Catering", "construction": "Construction",
           "meat": "Foods", "cleaning": "Cleaning Services", "driver": "Distribution",
           "factory": "Manufacturing",
           "agency": "Recruitment"},
    "fr": {"warehouse": "Logistique", "agriculture": "Primeurs", "care": "Aide à Domicile",
           "hotel": "Hôtellerie", "kitchen": "Restauration", "construction": "Bâtiment",
           "meat": "Viandes", "cleaning": "Propreté", "driver": "Transports",
           "factory": "Industries",
           "agency": "Intérim"},
    "de": {"warehouse": "Logistik", "agriculture": "Obst- und Gemüsebau", "care": "Pflegedienst",
           "hotel": "Hotelbetriebe", "kitchen": "Gastronomie", "construction": "Bau",
           "meat": "Fleischwaren", "cleaning": "Gebäudereinigung", "driver": "Transporte",
           "factory": "Fertigung",
           "agency": "Personalservice"},
    "es": {"warehouse": "Logística", "agriculture": "Agrícola", "care": "Asistencia",
           "hotel": "Hoteles", "kitchen": "Restauración", "construction": "Construcciones",
           "meat": "Cárnicas", "cleaning": "Limpiezas", "driver": "Transportes",
           "factory": "Industrial",
           "agency": "Selección de Personal"},
    "it": {"warehouse": "Logistica", "agriculture": "Agricola", "care": "Assistenza",
           "hotel": "Alberghi", "kitchen": "Ristorazione", "construction": "Costruzioni",
           "meat": "Carni", "cleaning": "Servizi di Pulizia", "driver": "Trasporti",
           "factory": "Industrie",
           "agency": "Risorse Umane"},
    "nl": {"warehouse": "Logistiek", "agriculture": "Tuinbouw", "care": "Thuiszorg",
           "hotel": "Hotels", "kitchen": "Horeca", "construction": "Bouw",
           "meat": "Vleeswaren", "cleaning": "Schoonmaak", "driver": "Transport",
           "factory": "Productie",
           "agency": "Uitzendbureau"},
    "pl": {"warehouse": "Logistyka", "agriculture": "Sady", "care": "Opieka",
           "hotel": "Hotele", "kitchen": "Catering", "construction": "Budownictwo",
           "meat": "Zakłady Mięsne", "cleaning": "Serwis Sprzątający", "driver": "Transport",
           "factory": "Produkcja",
           "agency": "Rekrutacja"},
    "ro": {"warehouse": "Logistic", "agriculture": "Agro", "care": "Îngrijire",
           "hotel": "Hoteluri", "kitchen": "Catering", "construction": "Construct",
           "meat": "Carmangerie", "cleaning": "Curățenie", "driver": "Transport",
           "factory": "Industrie",
           "agency": "Recrutare"},
}
LEGAL_FORM: dict[str, tuple[str, ...]] = {
    "GB": ("Ltd", "Ltd", "Group Ltd"), "FR": ("SAS", "SARL"), "BE": ("SRL", "NV", "BV"),
    "DE": ("GmbH", "GmbH & Co. KG"), "AT": ("GmbH", "KG"), "ES": ("S.L.", "S.A."),
    "IT": ("S.r.l.", "S.p.A."), "NL": ("B.V.",), "PL": ("Sp. z o.o.", "S.A."),
    "RO": ("SRL", "SA"),
}
# Local-part of a company's recruiting address, by language.
HR_MAILBOX: dict[str, tuple[str, ...]] = {
    "en": ("jobs", "careers", "recruitment", "hr"), "fr": ("recrutement", "rh", "emploi"),
    "de": ("bewerbung", "jobs", "karriere", "personal"), "es": ("empleo", "rrhh", "seleccion"),
    "it": ("lavora", "selezione", "hr", "risorseumane"), "nl": ("vacatures", "werken", "hr"),
    "pl": ("rekrutacja", "praca", "kadry"), "ro": ("cariere", "hr", "recrutare"),
}
# Contact people named in job ads (both legitimate and deceptive), by language.
CONTACT_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Sarah Collins", "Mark Ellison", "Jo Hartley", "David Moss", "Priya Shah"),
    "fr": ("Nathalie Roux", "Julien Perrot", "Sandrine Marchal", "Karim Benali"),
    "de": ("Sabine Keller", "Thomas Reuter", "Anja Vogel", "Murat Yilmaz"),
    "es": ("Lucía Romero", "Javier Sanz", "Rocío Vargas", "Andrés Pizarro"),
    "it": ("Francesca Riva", "Luca Bassi", "Silvia Neri", "Marco Donati"),
    "nl": ("Marieke Verhoef", "Joost Kramer", "Linda Scholten", "Sander Wouters"),
    "pl": ("Agnieszka Nowicka", "Tomasz Sowa", "Marta Zawadzka", "Paweł Kubiak"),
    "ro": ("Elena Marinescu", "Cătălin Vlad", "Simona Pîrvu", "Adrian Niculescu"),
}
# Recruiters of deceptive networks sign with a first name only, or a title.
RECRUITER_NAMES: tuple[str, ...] = ("Alex", "Maria", "Dan", "Irina", "Robert", "Ana", "Mihai",
                                    "Kasia", "Marek", "Elena", "George", "Sorin", "Monika")

# Invented free-mail providers: the integrator's free-mail indicator must know these.
FREEMAIL_DOMAINS: tuple[str, ...] = ("mailbox.example", "freemail.example", "inbox.example",
                                     "webpost.example", "correo.example", "posta.example",
                                     "poczta.example", "email.example")

# Word pieces for invented handles, logins and domains.
HANDLE_WORDS: tuple[str, ...] = ("vip", "sweet", "angel", "love", "kiss", "real", "hot", "honey",
                                 "star", "rose", "baby", "queen")
RECRUITER_STEMS: tuple[str, ...] = ("euro_jobs", "work_abroad", "jobs_europe", "munca_afara",
                                    "praca_zagranica", "staff_team", "agency_work", "job_offer",
                                    "good_work", "jobs_now")
AGENCY_NAMES: tuple[str, ...] = ("Euro Work Solutions", "Best Job Europe", "Global Staff Team",
                                 "Work & Travel Partners", "EU Recruit Group", "Fast Job Agency",
                                 "Smart Work International", "Golden Job Europe",
                                 "Prime Staffing EU", "Star Personal Service")
