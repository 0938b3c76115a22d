"""Spam that lands on classified and job sites: crypto "investment", loans, fake dating,
SEO junk and work-from-home scams. Not trafficking, but it shares phones, links and
templates across many posts, so a linker must not mistake a spam campaign for a network.

Slots: url, phone, order (a reference/order number: decoy), amount, amount2 (prices: decoys),
city, e (emoji), handle.
"""

from __future__ import annotations

SPAM_CATEGORIES: tuple[str, ...] = ("crypto", "loan", "dating", "seo", "homework")
# Where each category is posted: classifieds, jobs or both.
SPAM_FILE: dict[str, tuple[str, ...]] = {
    "crypto": ("classifieds", "jobs"),
    "loan": ("classifieds",),
    "dating": ("classifieds",),
    "seo": ("classifieds", "jobs"),
    "homework": ("jobs",),
}

SPAM_TEXT: dict[str, dict[str, dict[str, list[str]]]] = {
    "en": {
        "crypto": {
            "title": [
                "Turn {amount} into {amount2} with AI trading {e}",
                "Bitcoin profit made easy",
            ],
            "body": [
                "Our AI trading robot made members {amount2} last week. Limited places! Register at {url} "
                "and use bonus code {order}.",
                "Passive income from crypto, no experience. Start with only {amount}, withdraw any time. "
                "Join now: {url} {e}",
            ],
        },
        "loan": {
            "title": ["Fast loan up to {amount}, no credit check", "Cash today - bad credit OK"],
            "body": [
                "Need money fast? Loans up to {amount} without credit check, approval in minutes. "
                "Call {phone} or apply at {url}. Application {order}.",
                "Private lender offers loans from {amount2} to {amount} at low interest. Contact {phone}.",
            ],
        },
        "dating": {
            "title": [
                "Lonely women in {city} want to meet you {e}",
                "Hot singles near you tonight",
            ],
            "body": [
                "Hundreds of lonely women in {city} are online right now. Free registration: {url} {e}",
                "Meet real women tonight, no credit card needed. Profile {order} sent you a message: {url}",
            ],
        },
        "seo": {
            "title": [
                "cheap watches replica best price buy online",
                "best casino bonus free spins",
            ],
            "body": [
                "cheap replica watches best price buy online free shipping {url} replica watches cheap "
                "watches discount watches sale {order}",
                "casino bonus free spins no deposit casino online best casino bonus {url} casino casino",
            ],
        },
        "homework": {
            "title": ["Work from home - earn {amount} a day", "Easy online job, only a smartphone"],
            "body": [
                "Earn {amount} a day liking videos from home! No experience, only a smartphone. "
                "WhatsApp {wa_phone} or Telegram {handle}.",
                "Part-time online job, {amount2} per task, paid daily. Register: {url} (code {order})",
            ],
        },
    },
    "fr": {
        "crypto": {
            "title": [
                "Transformez {amount} en {amount2} grâce au trading IA {e}",
                "Bitcoin : gains faciles",
            ],
            "body": [
                "Notre robot de trading IA a fait gagner {amount2} à nos membres la semaine dernière. "
                "Places limitées ! Inscription sur {url}, code bonus {order}.",
                "Revenus passifs en crypto, sans expérience. Commencez avec {amount}. Rejoignez-nous : {url} {e}",
            ],
        },
        "loan": {
            "title": [
                "Prêt rapide jusqu'à {amount} sans justificatif",
                "Crédit entre particuliers",
            ],
            "body": [
                "Besoin d'argent rapidement ? Prêt jusqu'à {amount} sans justificatif, réponse en quelques "
                "minutes. Appelez le {phone} ou rendez-vous sur {url}. Dossier {order}.",
                "Particulier sérieux propose prêts de {amount2} à {amount} à faible taux. Contact : {phone}.",
            ],
        },
        "dating": {
            "title": [
                "Femmes seules à {city} veulent vous rencontrer {e}",
                "Rencontres ce soir près de chez vous",
            ],
            "body": [
                "Des centaines de femmes seules à {city} sont en ligne maintenant. Inscription gratuite : {url} {e}",
                "Rencontrez de vraies femmes ce soir, sans carte bancaire. Le profil {order} vous a écrit : {url}",
            ],
        },
        "seo": {
            "title": [
                "montre pas cher réplique meilleur prix",
                "meilleur bonus casino tours gratuits",
            ],
            "body": [
                "montre pas cher réplique meilleur prix livraison gratuite {url} réplique montre pas cher "
                "montre promo {order}",
                "bonus casino tours gratuits sans dépôt casino en ligne meilleur casino {url} casino casino",
            ],
        },
        "homework": {
            "title": [
                "Travail à domicile - gagnez {amount} par jour",
                "Job en ligne facile, juste un smartphone",
            ],
            "body": [
                "Gagnez {amount} par jour en aimant des vidéos ! Sans expérience, juste un smartphone. "
                "WhatsApp {wa_phone} ou Telegram {handle}.",
                "Job en ligne à temps partiel, {amount2} par tâche, payé chaque jour. Inscription : {url} "
                "(code {order})",
            ],
        },
    },
    "de": {
        "crypto": {
            "title": [
                "Aus {amount} mach {amount2} mit KI-Trading {e}",
                "Bitcoin-Gewinne ganz einfach",
            ],
            "body": [
                "Unser KI-Trading-Roboter hat Mitgliedern letzte Woche {amount2} gebracht. Nur wenige Plätze! "
                "Jetzt registrieren auf {url}, Bonuscode {order}.",
                "Passives Einkommen mit Krypto, keine Erfahrung nötig. Start mit nur {amount}. "
                "Jetzt mitmachen: {url} {e}",
            ],
        },
        "loan": {
            "title": ["Sofortkredit bis {amount} ohne Schufa", "Kredit trotz negativer Schufa"],
            "body": [
                "Schnell Geld nötig? Kredite bis {amount} ohne Schufa, Zusage in Minuten. Ruf an: {phone} oder "
                "beantrage auf {url}. Vorgangsnummer {order}.",
                "Privater Geldgeber bietet Darlehen von {amount2} bis {amount} zu günstigen Zinsen. Kontakt {phone}.",
            ],
        },
        "dating": {
            "title": [
                "Einsame Frauen aus {city} wollen dich treffen {e}",
                "Heiße Singles in deiner Nähe",
            ],
            "body": [
                "Hunderte einsame Frauen aus {city} sind gerade online. Kostenlos anmelden: {url} {e}",
                "Triff heute echte Frauen, ohne Kreditkarte. Profil {order} hat dir geschrieben: {url}",
            ],
        },
        "seo": {
            "title": [
                "uhren replika günstig kaufen bester preis",
                "bester casino bonus freispiele",
            ],
            "body": [
                "uhren replika günstig kaufen bester preis kostenloser versand {url} replika uhren günstig "
                "uhren angebot {order}",
                "casino bonus freispiele ohne einzahlung online casino bester bonus {url} casino casino",
            ],
        },
        "homework": {
            "title": [
                "Heimarbeit - {amount} am Tag verdienen",
                "Einfacher Online-Job, nur Smartphone nötig",
            ],
            "body": [
                "Verdiene {amount} am Tag mit dem Liken von Videos! Keine Erfahrung, nur ein Smartphone. "
                "WhatsApp {wa_phone} oder Telegram {handle}.",
                "Online-Nebenjob, {amount2} pro Aufgabe, tägliche Auszahlung. Anmeldung: {url} (Code {order})",
            ],
        },
    },
    "es": {
        "crypto": {
            "title": [
                "Convierte {amount} en {amount2} con trading IA {e}",
                "Gana con Bitcoin fácilmente",
            ],
            "body": [
                "Nuestro robot de trading con IA hizo ganar {amount2} a los miembros la semana pasada. "
                "¡Plazas limitadas! Regístrate en {url} con el código {order}.",
                "Ingresos pasivos con cripto, sin experiencia. Empieza con solo {amount}. Únete: {url} {e}",
            ],
        },
        "loan": {
            "title": ["Préstamo rápido hasta {amount} sin consultar ASNEF", "Dinero hoy mismo"],
            "body": [
                "¿Necesitas dinero urgente? Préstamos hasta {amount} sin papeleo, aprobación en minutos. "
                "Llama al {phone} o solicita en {url}. Expediente {order}.",
                "Prestamista particular ofrece préstamos de {amount2} a {amount} con bajo interés. Contacto {phone}.",
            ],
        },
        "dating": {
            "title": [
                "Mujeres solteras en {city} quieren conocerte {e}",
                "Citas esta noche cerca de ti",
            ],
            "body": [
                "Cientos de mujeres solteras de {city} están conectadas ahora. Registro gratis: {url} {e}",
                "Conoce mujeres reales esta noche, sin tarjeta. El perfil {order} te ha escrito: {url}",
            ],
        },
        "seo": {
            "title": ["relojes réplica baratos mejor precio", "mejor bono casino tiradas gratis"],
            "body": [
                "relojes réplica baratos mejor precio envío gratis {url} réplica relojes baratos oferta {order}",
                "bono casino tiradas gratis sin depósito casino online mejor bono {url} casino casino",
            ],
        },
        "homework": {
            "title": [
                "Trabajo desde casa - gana {amount} al día",
                "Empleo online fácil, solo un móvil",
            ],
            "body": [
                "¡Gana {amount} al día dando likes a vídeos! Sin experiencia, solo un móvil. "
                "WhatsApp {wa_phone} o Telegram {handle}.",
                "Trabajo online a tiempo parcial, {amount2} por tarea, pago diario. Registro: {url} (código {order})",
            ],
        },
    },
    "it": {
        "crypto": {
            "title": [
                "Trasforma {amount} in {amount2} con il trading IA {e}",
                "Guadagni facili con Bitcoin",
            ],
            "body": [
                "Il nostro robot di trading IA ha fatto guadagnare {amount2} ai membri la settimana scorsa. "
                "Posti limitati! Registrati su {url} con il codice {order}.",
                "Rendita passiva con le cripto, senza esperienza. Inizia con soli {amount}. Unisciti: {url} {e}",
            ],
        },
        "loan": {
            "title": [
                "Prestito veloce fino a {amount} senza busta paga",
                "Finanziamenti anche a protestati",
            ],
            "body": [
                "Hai bisogno di soldi subito? Prestiti fino a {amount} senza busta paga, risposta in pochi minuti. "
                "Chiama il {phone} o richiedi su {url}. Pratica {order}.",
                "Privato offre prestiti da {amount2} a {amount} a tasso basso. Contatto {phone}.",
            ],
        },
        "dating": {
            "title": [
                "Donne sole a {city} vogliono conoscerti {e}",
                "Incontri stasera vicino a te",
            ],
            "body": [
                "Centinaia di donne sole di {city} sono online adesso. Iscrizione gratuita: {url} {e}",
                "Incontra donne vere stasera, senza carta di credito. Il profilo {order} ti ha scritto: {url}",
            ],
        },
        "seo": {
            "title": [
                "orologi replica economici miglior prezzo",
                "miglior bonus casino giri gratis",
            ],
            "body": [
                "orologi replica economici miglior prezzo spedizione gratuita {url} replica orologi offerta {order}",
                "bonus casino giri gratis senza deposito casino online miglior bonus {url} casino casino",
            ],
        },
        "homework": {
            "title": [
                "Lavoro da casa - guadagna {amount} al giorno",
                "Lavoro online facile, basta uno smartphone",
            ],
            "body": [
                "Guadagna {amount} al giorno mettendo like ai video! Senza esperienza, basta uno smartphone. "
                "WhatsApp {wa_phone} o Telegram {handle}.",
                "Lavoro online part-time, {amount2} per compito, pagamento giornaliero. Iscrizione: {url} "
                "(codice {order})",
            ],
        },
    },
    "nl": {
        "crypto": {
            "title": [
                "Maak van {amount} wel {amount2} met AI-trading {e}",
                "Makkelijk winst met Bitcoin",
            ],
            "body": [
                "Onze AI-tradingrobot leverde leden vorige week {amount2} op. Beperkte plaatsen! "
                "Registreer op {url} met bonuscode {order}.",
                "Passief inkomen met crypto, geen ervaring nodig. Begin met maar {amount}. Doe mee: {url} {e}",
            ],
        },
        "loan": {
            "title": ["Snel lenen tot {amount} zonder BKR-toetsing", "Vandaag nog geld"],
            "body": [
                "Snel geld nodig? Leningen tot {amount} zonder BKR-toetsing, goedkeuring in minuten. "
                "Bel {phone} of vraag aan op {url}. Dossier {order}.",
                "Particuliere geldverstrekker biedt leningen van {amount2} tot {amount} tegen lage rente. Contact {phone}.",
            ],
        },
        "dating": {
            "title": [
                "Eenzame vrouwen in {city} willen je ontmoeten {e}",
                "Vanavond daten bij jou in de buurt",
            ],
            "body": [
                "Honderden eenzame vrouwen uit {city} zijn nu online. Gratis aanmelden: {url} {e}",
                "Ontmoet vanavond echte vrouwen, zonder creditcard. Profiel {order} stuurde je een bericht: {url}",
            ],
        },
        "seo": {
            "title": ["replica horloges goedkoop beste prijs", "beste casino bonus gratis spins"],
            "body": [
                "replica horloges goedkoop beste prijs gratis verzending {url} replica horloges aanbieding {order}",
                "casino bonus gratis spins zonder storting online casino beste bonus {url} casino casino",
            ],
        },
        "homework": {
            "title": [
                "Thuiswerk - verdien {amount} per dag",
                "Makkelijk online werk, alleen een smartphone",
            ],
            "body": [
                "Verdien {amount} per dag met het liken van video's! Geen ervaring, alleen een smartphone. "
                "WhatsApp {wa_phone} of Telegram {handle}.",
                "Online bijbaan, {amount2} per taak, dagelijks uitbetaald. Aanmelden: {url} (code {order})",
            ],
        },
    },
    "pl": {
        "crypto": {
            "title": ["Zamień {amount} w {amount2} dzięki AI {e}", "Łatwy zysk na Bitcoinie"],
            "body": [
                "Nasz robot AI zarobił dla członków {amount2} w zeszłym tygodniu. Ograniczona liczba miejsc! "
                "Zarejestruj się na {url}, kod bonusowy {order}.",
                "Pasywny dochód z krypto, bez doświadczenia. Zacznij od {amount}. Dołącz: {url} {e}",
            ],
        },
        "loan": {
            "title": ["Szybka pożyczka do {amount} bez BIK", "Gotówka jeszcze dziś"],
            "body": [
                "Potrzebujesz pieniędzy? Pożyczki do {amount} bez BIK i zaświadczeń, decyzja w kilka minut. "
                "Dzwoń {phone} lub wejdź na {url}. Wniosek {order}.",
                "Prywatny inwestor udzieli pożyczki od {amount2} do {amount}, niskie oprocentowanie. Kontakt {phone}.",
            ],
        },
        "dating": {
            "title": ["Samotne kobiety z okolicy chcą cię poznać {e}", "Randki dziś wieczorem"],
            "body": [
                "Setki samotnych kobiet z twojej okolicy są teraz online. Darmowa rejestracja: {url} {e}",
                "Poznaj prawdziwe kobiety dziś wieczorem, bez karty. Profil {order} napisał do ciebie: {url}",
            ],
        },
        "seo": {
            "title": [
                "zegarki replika tanio najlepsza cena",
                "najlepszy bonus kasyno darmowe spiny",
            ],
            "body": [
                "zegarki replika tanio najlepsza cena darmowa wysyłka {url} replika zegarki promocja {order}",
                "bonus kasyno darmowe spiny bez depozytu kasyno online najlepszy bonus {url} kasyno kasyno",
            ],
        },
        "homework": {
            "title": [
                "Praca w domu - zarabiaj {amount} dziennie",
                "Łatwa praca online, wystarczy smartfon",
            ],
            "body": [
                "Zarabiaj {amount} dziennie za lajkowanie filmików! Bez doświadczenia, wystarczy smartfon. "
                "WhatsApp {wa_phone} lub Telegram {handle}.",
                "Dorywcza praca online, {amount2} za zadanie, wypłata codziennie. Rejestracja: {url} (kod {order})",
            ],
        },
    },
    "ro": {
        "crypto": {
            "title": [
                "Transformă {amount} în {amount2} cu trading AI {e}",
                "Profit ușor cu Bitcoin",
            ],
            "body": [
                "Robotul nostru de trading AI a adus membrilor {amount2} săptămâna trecută. Locuri limitate! "
                "Înregistrează-te pe {url} cu codul {order}.",
                "Venit pasiv din crypto, fără experiență. Începi cu doar {amount}. Intră acum: {url} {e}",
            ],
        },
        "loan": {
            "title": ["Credit rapid până la {amount} fără biroul de credit", "Bani azi, fără acte"],
            "body": [
                "Ai nevoie de bani urgent? Credite până la {amount} fără verificare, aprobare în câteva minute. "
                "Sună la {phone} sau aplică pe {url}. Dosar {order}.",
                "Persoană fizică ofer împrumut de la {amount2} la {amount}, dobândă mică. Contact {phone}.",
            ],
        },
        "dating": {
            "title": ["Femei singure din {city} vor să te cunoască {e}", "Întâlniri în seara asta"],
            "body": [
                "Sute de femei singure din {city} sunt online acum. Înregistrare gratuită: {url} {e}",
                "Cunoaște femei reale în seara asta, fără card. Profilul {order} ți-a scris: {url}",
            ],
        },
        "seo": {
            "title": [
                "ceasuri replica ieftine cel mai bun pret",
                "cel mai bun bonus casino rotiri gratuite",
            ],
            "body": [
                "ceasuri replica ieftine cel mai bun pret livrare gratuita {url} replica ceasuri oferta {order}",
                "bonus casino rotiri gratuite fara depunere casino online cel mai bun bonus {url} casino casino",
            ],
        },
        "homework": {
            "title": [
                "Muncă de acasă - câștigă {amount} pe zi",
                "Job online ușor, doar cu telefonul",
            ],
            "body": [
                "Câștigă {amount} pe zi dând like la videoclipuri! Fără experiență, doar un telefon. "
                "WhatsApp {wa_phone} sau Telegram {handle}.",
                "Job online part-time, {amount2} pe sarcină, plata zilnic. Înregistrare: {url} (cod {order})",
            ],
        },
    },
}

# Brand stems for invented spam domains (all under .example).
SPAM_BRANDS: dict[str, tuple[str, ...]] = {
    "crypto": ("bit-profit", "ai-trade-pro", "cryptogain", "quantum-yield"),
    "loan": ("fast-credit", "easy-loan", "cash-now", "kredit-sofort"),
    "dating": ("meet-singles", "lonely-hearts", "date-tonight", "hot-match"),
    "seo": ("replica-shop", "best-casino-bonus", "cheap-watches", "spin-bonus"),
    "homework": ("like-and-earn", "task-cash", "home-job-online", "easy-tasks"),
}
