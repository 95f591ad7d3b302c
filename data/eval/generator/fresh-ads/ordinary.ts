// Fresh-set ordinary ads: crafts, care, retail, logistics, administration, IT and research without AI; no AI word.
import { ad, type BoardAd } from '../board-ads/ad.js';

const plain = (role: string, title: string, description: string): BoardAd =>
  ad(role, 'plain', title, description);

export const FRESH_ORDINARY: BoardAd[] = [
  plain(
    'craft',
    'Anlagenmechaniker SHK (m/w/d)',
    `
Heizung Sanitär Obermaier, Rosenheim. Sie installieren Heizungen, Wärmepumpen und Bäder bei Privatkunden, übernehmen Kundendienst und Wartung. Gesellenbrief, Führerschein B. Firmenwagen, Tariflohn, 30 Tage Urlaub.

Jeden Morgen geht es vom Betrieb aus los, Überstunden werden bezahlt oder abgefeiert. Bewerbung auch ohne Anschreiben.
`,
  ),
  plain(
    'care',
    'Altenpfleger (m/w/d) Teilzeit',
    `
Das Seniorenzentrum St. Ulrich in Dillingen sucht Pflegefachkräfte in Teilzeit (75 %). Sie pflegen und begleiten unsere Bewohnerinnen und Bewohner, dokumentieren die Pflege und arbeiten mit Angehörigen und Ärzten zusammen. Wir bieten verlässliche Dienstpläne und Zuschläge nach AVR.
`,
  ),
  plain(
    'retail',
    'Verkäuferin / Verkäufer (m/w/d) Bäckerei',
    `
Bäckerei Kornblume, Filiale Fürth-Innenstadt. Sie verkaufen Brot, Brötchen und Kuchen, bereiten Snacks zu und halten die Theke sauber. Frühschicht oder Spätschicht, Vollzeit oder Teilzeit. Erfahrung nicht nötig, wir lernen Sie an.

Mitarbeiterrabatt und kostenloses Frühstück.
`,
  ),
  plain(
    'logistics',
    'Berufskraftfahrer (m/w/d) CE Nahverkehr',
    `
Spedition Kühn Transporte, Neumünster. Tagestouren im Umkreis von 150 km, abends zu Hause. Führerschein CE, Fahrerkarte, Module 95. Moderne Fahrzeuge, pünktliche Bezahlung.

Wir bieten Weihnachts- und Urlaubsgeld, feste Touren und einen Disponenten, der zuhört. Bewerbung gern per WhatsApp.
`,
  ),
  plain(
    'admin',
    'Sachbearbeiter (m/w/d) Bauordnungsamt',
    `
Die Stadt Erlangen sucht für das Bauordnungsamt eine Sachbearbeitung (EG 9c TVöD).

Sie prüfen Bauanträge auf Vollständigkeit und Zulässigkeit, beraten Bauherren und Architekten, führen Ortstermine durch und erlassen Bescheide.

Voraussetzung ist ein Bachelor im Bauingenieurwesen oder der Abschluss als Verwaltungsfachwirt. Wir bieten flexible Arbeitszeiten, mobiles Arbeiten und eine Jahressonderzahlung.
`,
  ),
  plain(
    'gastro',
    'Servicekraft (m/w/d) Biergarten',
    `
Für unseren Biergarten am Ammersee suchen wir von April bis September Servicekräfte, gern auch Studierende. Gute Trinkgelder, Personalessen, Fahrradstellplatz.

Bei schlechtem Wetter schicken wir niemanden ungeplant nach Hause. Bewerbung einfach mit ein paar Zeilen und der Angabe, ab wann und wie oft du arbeiten kannst.
`,
  ),
  plain(
    'it',
    'Fachinformatiker Systemintegration (m/w/d)',
    `
Das Landratsamt Traunstein betreut 900 Arbeitsplätze. Sie installieren und betreuen Clients, Drucker und Telefonie, bearbeiten Tickets im Service Desk und unterstützen bei der Einführung von Windows 11. Ausbildung als Fachinformatiker, Führerschein B für Fahrten zu den Außenstellen.
`,
  ),
  plain(
    'engineering',
    'Konstrukteur (m/w/d) Sondermaschinenbau',
    `
Die Automation Schwarzwald GmbH in Villingen-Schwenningen baut Montageanlagen für die Medizintechnik.

Sie konstruieren Baugruppen in SolidWorks, erstellen Zeichnungen und Stücklisten, stimmen sich mit Fertigung und Einkauf ab und begleiten die Inbetriebnahme beim Kunden.

Techniker oder Ingenieur im Maschinenbau, einige Jahre Konstruktionserfahrung.
`,
  ),
  plain(
    'it',
    'PHP-Entwickler (m/w/d) Onlineshop',
    `
Der Reitsportversand Hufschlag in Verden sucht einen PHP-Entwickler für seinen Shopware-Shop. Du entwickelst Plugins, bindest Zahlungsanbieter und das Warenwirtschaftssystem an und optimierst Ladezeiten. Erfahrung mit PHP, Symfony und MySQL. Pferdekenntnisse nicht erforderlich.

Homeoffice nach Absprache, Stallbesuch inklusive.
`,
  ),
  plain(
    'craft',
    'Tischler (m/w/d) Innenausbau',
    `
Schreinerei Holzmanufaktur Allgäu, Memmingen. Fertigung und Montage von Küchen, Einbauschränken und Ladeneinrichtungen. Abgeschlossene Ausbildung, Teamgeist, Führerschein B.

Wir bieten moderne Maschinen, eine eigene Absauganlage, übertarifliche Bezahlung und eine Vier-Tage-Woche im Sommer. Bewerbung gern formlos an Meister Huber.
`,
  ),
  plain(
    'health',
    'Medizinische Fachangestellte (m/w/d) Hausarztpraxis',
    `
Hausarztpraxis Dr. Sommerfeld, Göttingen. Empfang, Terminvergabe, Blutentnahmen, EKG, Abrechnung. Abgeschlossene Ausbildung als MFA. Keine Wochenenddienste.

Wir sind ein Team aus zwei Ärztinnen und fünf MFA, arbeiten mit einer modernen Praxissoftware und zahlen über Tarif. Vollzeit oder Teilzeit, Einstieg zum 1. März.
`,
  ),
  plain(
    'research',
    'Doktorand (m/w/d) Bodenkunde',
    `
Am Lehrstuhl für Bodenökologie der Universität Bayreuth ist eine Promotionsstelle (E 13, 65 %) zu besetzen. Sie untersuchen, wie Trockenperioden den Kohlenstoffhaushalt von Waldböden verändern: Feldmessungen im Fichtelgebirge, Laboranalysen, statistische Auswertung in R. Master in Geoökologie, Biologie oder Agrarwissenschaft, Führerschein B.
`,
  ),
  plain(
    'it',
    'Backend Developer (m/f/d) Java',
    `
Parcelo, a parcel locker operator from Leipzig, is looking for a backend developer. You build our locker management services in Java and Kotlin, design REST APIs, run them on AWS and are on call one week in six. 3+ years of Java, Spring, PostgreSQL. English or German.
`,
  ),
  plain(
    'finance',
    'Bankkaufmann (m/w/d) Privatkundenberatung',
    `
Die Raiffeisenbank Hallertau sucht Berater für Privatkunden in Mainburg. Sie beraten zu Konten, Finanzierungen und Vorsorge und betreuen einen festen Kundenstamm. Ausbildung als Bankkaufmann, Erfahrung in der Beratung.

Wir bieten Tarifgehalt mit 14 Gehältern, betriebliche Altersvorsorge und Weiterbildung zum Bankfachwirt.
`,
  ),
  plain(
    'logistics',
    'Lagerist (m/w/d) Ersatzteillager',
    `
Landtechnik Brinkmann in Cloppenburg: Warenannahme, Einlagerung und Versand von Ersatzteilen für Traktoren, Inventur, Staplerfahren. Ausbildung als Fachkraft für Lagerlogistik oder Erfahrung im Lager.

Wir bieten einen sicheren Arbeitsplatz in einem Familienunternehmen, feste Arbeitszeiten von 7 bis 16 Uhr und Arbeitskleidung. Ansprechpartner ist Herr Tebben.
`,
  ),
  plain(
    'admin',
    'Verwaltungsfachangestellte (m/w/d) Standesamt',
    `
Gemeinde Timmendorfer Strand. Sie beurkunden Geburten, Eheschließungen und Sterbefälle und führen Trauungen an der Ostsee durch. Ausbildung als Verwaltungsfachangestellte, Freude am Umgang mit Menschen.

Bezahlung nach EG 8 TVöD, Teilzeit möglich. Trauungen an Samstagen werden mit Freizeit ausgeglichen. Bewerbungen bis zum 31. Januar.
`,
  ),
  plain(
    'engineering',
    'Bauleiter (m/w/d) Tiefbau',
    `
Die Bauunternehmung Gebr. Stolz in Siegen sucht einen Bauleiter für Kanal- und Straßenbau.

Sie leiten Baustellen von der Arbeitsvorbereitung bis zur Abrechnung, führen Poliere und Nachunternehmer, überwachen Termine, Kosten und Qualität und vertreten uns gegenüber Auftraggebern aus Kommunen.

Studium Bauingenieurwesen oder Techniker mit Erfahrung im Tiefbau, sicher in VOB und Aufmaß.
`,
  ),
  plain(
    'gastro',
    'Jungkoch (m/w/d) Landgasthof',
    `
Landgasthof Zur Linde in Eschwege. Regionale Küche, Wild aus eigener Jagd. Du arbeitest an allen Posten mit und lernst von unserem Küchenchef. Abgeschlossene Ausbildung, Zimmer kann gestellt werden.

Geteilte Dienste gibt es bei uns nicht, montags und dienstags ist Ruhetag. Bewerbungen bitte an Familie Rettberg.
`,
  ),
  plain(
    'care',
    'Heilerziehungspfleger (m/w/d) Wohngruppe',
    `
Die Lebenshilfe Ostholstein sucht Heilerziehungspfleger für eine Wohngruppe mit acht Erwachsenen in Eutin. Sie begleiten den Alltag, fördern Selbstständigkeit und arbeiten im Schichtdienst. Anerkannte Ausbildung, Führerschein B.

Wir bieten Bezahlung nach AVR, Dienstplanung vier Wochen im Voraus und ein erfahrenes Team.
`,
  ),
  plain(
    'it',
    'Netzwerkadministrator (m/w/d)',
    `
Die Stadtwerke Landshut betreiben ein eigenes Glasfasernetz. Sie planen und betreiben Router, Switches und Firewalls, überwachen das Netz und beheben Störungen, auch in Rufbereitschaft. Erfahrung mit Cisco oder Juniper, CCNA von Vorteil.

Bezahlung nach TV-V, Zulage für die Rufbereitschaft, Weiterbildungen und Zertifizierungen auf unsere Kosten. Ihre Fragen beantwortet Frau Oberhuber.
`,
  ),
  plain(
    'retail',
    'Filialleitung (m/w/d) Drogeriemarkt',
    `
Drogeriemarkt Spiegel, Filiale Wolfenbüttel. Sie führen ein Team von zwölf Mitarbeitenden, planen Personal und Ware, verantworten Umsatz und Inventur. Ausbildung im Einzelhandel und Führungserfahrung.

Wir bieten ein übertarifliches Gehalt, Weiterbildungen in unserer Akademie und einen Dienstwagen auch zur privaten Nutzung. Ihre Bewerbung richten Sie an die Bezirksleitung Nord.
`,
  ),
  plain(
    'engineering',
    'Prüfingenieur (m/w/d) Fahrzeugtechnik',
    `
Die Prüforganisation Mittelrhein sucht Prüfingenieure für Hauptuntersuchungen in Neuwied und Andernach. Studium Fahrzeugtechnik oder Maschinenbau, Führerschein B, Bereitschaft zur Ausbildung als amtlich anerkannter Sachverständiger.

Die Ausbildung zum Sachverständigen bezahlen wir. Wir bieten ein Dienstfahrzeug, leistungsgerechte Bezahlung und ein Team mit viel Erfahrung.
`,
  ),
  plain(
    'education',
    'Grundschullehrkraft (m/w/d) Vertretung',
    `
Die Grundschule am Wasserturm in Lüneburg sucht für ein Jahr eine Vertretungslehrkraft für Deutsch und Sachunterricht, 20 Stunden. Lehramtsstudium oder Erfahrung in der Arbeit mit Kindern im Grundschulalter.

Bezahlung nach TV-L, ein freundliches Kollegium und ein Ganztag mit eigener Mensa.
`,
  ),
  plain(
    'finance',
    'Buchhalter (m/w/d) Anlagenbuchhaltung',
    `
Die Kreiswerke Vogelsberg GmbH in Lauterbach suchen einen Buchhalter. Sie führen die Anlagenbuchhaltung, erstellen Abschreibungen und Investitionsübersichten und unterstützen beim Jahresabschluss nach HGB. Ausbildung zum Bilanzbuchhalter oder vergleichbare Erfahrung, SAP FI/AA.

Wir bieten Bezahlung nach TVöD, Gleitzeit und zwei Tage Homeoffice.
`,
  ),
  plain(
    'craft',
    'Dachdecker (m/w/d)',
    `
Dachdeckerei Lohmann, Cuxhaven. Steil- und Flachdach, Reet, Solaranlagen. Geselle oder erfahrener Helfer. Wir zahlen über Tarif.

Feste Kolonnen, Arbeitskleidung, Werkzeug und Firmenwagen für Vorarbeiter. Winterausfallgeld und Urlaubsgeld sind bei uns selbstverständlich. Ruf einfach an: 04721 000 123, auch am Wochenende.
`,
  ),
  plain(
    'logistics',
    'Disponent (m/w/d) Containerlogistik',
    `
Elbe Container Service, Hamburg-Waltershof. Sie planen Lkw-Touren zwischen den Terminals und den Kunden im Hinterland, kommunizieren mit Reedereien und Fahrern und lösen Probleme im laufenden Betrieb. Kaufmann für Spedition und Logistik, Englisch.

Unbefristeter Vertrag, Schichtzulage für den Spätdienst, HVV-Profiticket. Bewerbungen bitte an jobs@elbe-container.example.
`,
  ),
  plain(
    'it',
    'IT Support Specialist (m/f/d)',
    `
A mid-sized engineering consultancy in Frankfurt is hiring an IT support specialist. You look after 150 laptops, phones and the meeting rooms, handle onboarding and offboarding, and keep our Microsoft 365 tenant tidy. Two years in IT support; German and English.
`,
  ),
  plain(
    'admin',
    'Mitarbeiter (m/w/d) Bürgerbüro',
    `
Stadt Wertheim. Ausstellung von Ausweisen und Pässen, Meldeangelegenheiten, Führungszeugnisse, Fundsachen. Ausbildung als Verwaltungsfachangestellte oder kaufmännische Ausbildung. Teilzeit möglich.

Bezahlung nach EG 6 TVöD, Gleitzeit und ein freundliches Team im Rathaus am Marktplatz. Bewerbungsschluss ist der 15. Februar.
`,
  ),
  plain(
    'research',
    'Technische Assistenz (m/w/d) Zellbiologie',
    `
Das Leibniz-Institut für Alternsforschung in Jena sucht eine biologisch-technische Assistenz. Zellkultur, Western Blots, Mikroskopie, Pflege der Gerätedatenbank. Abgeschlossene Ausbildung als BTA oder MTA.

Die Stelle ist zunächst auf zwei Jahre befristet und nach E 8 TV-L vergütet. Wir bieten flexible Arbeitszeiten und Fortbildungen.
`,
  ),
  plain(
    'care',
    'Hauswirtschafter (m/w/d) Jugendhilfe',
    `
Die Jugendhilfe Rheinhessen sucht für ihre Wohngruppe in Alzey eine Hauswirtschaftskraft. Einkauf, Kochen mit den Jugendlichen, Wäsche, kleine Reparaturen. Minijob oder Teilzeit.

Bezahlung nach TVöD, Arbeitszeiten vormittags, ein Team aus Pädagoginnen, das sich sehr auf dich freut.
`,
  ),
  plain(
    'engineering',
    'Elektroingenieur (m/w/d) Schutztechnik',
    `
Der Übertragungsnetzbetreiber Nordnetz sucht für das Umspannwerk Brunsbüttel einen Elektroingenieur.

Sie projektieren und prüfen Schutzgeräte, werten Störschriebe aus, begleiten Inbetriebnahmen neuer Schaltfelder und beraten die Netzführung.

Studium der Elektrotechnik, Kenntnisse in der Hochspannungstechnik, Bereitschaft zu Dienstreisen innerhalb Schleswig-Holsteins.
`,
  ),
  plain(
    'gastro',
    'Barista (m/w/d)',
    `
Rösterei Kaffeewerk in Münster sucht Baristas für das Café am Hafen. Latte Art lernst du bei uns. Teilzeit, Wochenenden im Wechsel.

Wir zahlen 15 Euro pro Stunde plus Trinkgeld, Kaffee für dich gratis und einmal im Jahr einen Besuch bei unseren Bauern in Kolumbien für das ganze Team. Schreib uns einfach.
`,
  ),
  plain(
    'it',
    'Softwareentwickler (m/w/d) Embedded C',
    `
Die Zählertechnik Lahn GmbH in Wetzlar entwickelt Gaszähler. Du entwickelst Firmware in C für Mikrocontroller, schreibst Treiber für Sensoren und Funkmodule und testest nach Normen der Eichbehörde. Studium Elektrotechnik oder Informatik, Erfahrung mit ARM Cortex-M.

Wir bieten Gleitzeit und Homeoffice.
`,
  ),
  plain(
    'health',
    'Zahnmedizinische Fachangestellte (m/w/d)',
    `
Zahnarztpraxis am Markt, Wismar. Assistenz am Stuhl, Prophylaxe, Hygiene, Abrechnung mit der KZV. Ausbildung als ZFA, gern mit Prophylaxe-Fortbildung.

Wir bieten ein modernes Behandlungszentrum mit fünf Zimmern, Fortbildungen, Fahrtkostenzuschuss und Freitagnachmittage frei. Bewerbungen bitte per E-Mail an die Praxismanagerin.
`,
  ),
  plain(
    'logistics',
    'Postzusteller (m/w/d) Aushilfe',
    `
Für die Zustellung in Meppen suchen wir Aushilfen, die Briefe und kleine Pakete mit dem E-Bike zustellen. Vormittags, 20 Stunden pro Woche.

Du brauchst keine Vorkenntnisse, nur Zuverlässigkeit und Wetterfestigkeit. Wir stellen Rad, Regenkleidung und Handscanner und arbeiten dich zwei Tage ein.
`,
  ),
  plain(
    'admin',
    'Referent (m/w/d) Fördermittel',
    `
Das Ministerium für Wirtschaft in Erfurt sucht einen Referenten für die Förderung von Handwerksbetrieben. Sie prüfen Förderanträge, erarbeiten Richtlinien und beantworten Anfragen aus dem Landtag. Studium der Wirtschafts- oder Verwaltungswissenschaften.

Die Stelle ist nach E 13 TV-L bewertet, eine Verbeamtung ist möglich. Wir bieten Gleitzeit und ein Jobticket.
`,
  ),
  plain(
    'retail',
    'Fachverkäufer (m/w/d) Fahrräder',
    `
Radhaus Oldenburg. Beratung und Verkauf von Alltagsrädern, Pedelecs und Lastenrädern, Probefahrten, Übergabe an Kunden. Technisches Verständnis und Freude am Radfahren.

Wir bieten Dienstrad-Leasing, Schulungen bei den Herstellern und einen Laden mit Werkstatt und zwölf Kolleginnen und Kollegen. Vollzeit, Samstage im Wechsel.
`,
  ),
  plain(
    'research',
    'Research Assistant (m/f/d) Materials Testing',
    `
The Federal Institute for Materials Research in Berlin is hiring a research assistant for fatigue tests on welded steel joints. You prepare specimens, run servo-hydraulic test rigs and document results. Technician or bachelor's degree in materials science.
`,
  ),
  plain(
    'finance',
    'Lohnbuchhalter (m/w/d)',
    `
Personaldienstleister Brandt in Cottbus sucht einen Lohnbuchhalter für 400 Mitarbeitende. Entgeltabrechnung mit DATEV LODAS, Meldungen an Krankenkassen, Auskünfte an Mitarbeitende. Erfahrung in der Entgeltabrechnung.

Wir bieten eine unbefristete Stelle, Gleitzeit, zwei Tage Homeoffice pro Woche und ein eingespieltes Team. Einstieg ab sofort oder nach Absprache.
`,
  ),
  plain(
    'engineering',
    'Verfahrenstechniker (m/w/d) Kläranlage',
    `
Der Abwasserzweckverband Obere Saale betreibt fünf Kläranlagen.

Sie optimieren die biologische Reinigung und die Schlammbehandlung, werten Betriebsdaten und Laborwerte aus, planen Umbauten und führen das Betriebspersonal fachlich an. Gelegentlich übernehmen Sie Rufbereitschaft.

Studium der Verfahrenstechnik oder Siedlungswasserwirtschaft, Erfahrung im Anlagenbetrieb von Vorteil. Wir bieten eine unbefristete Stelle nach TVöD, betriebliche Altersvorsorge und ein Jobrad.
`,
  ),
  plain(
    'craft',
    'Maler und Lackierer (m/w/d)',
    `
Malerbetrieb Farbenfroh in Trier. Innen- und Fassadenarbeiten, Tapezieren, Bodenbeläge. Gesellenbrief oder Berufserfahrung, Führerschein B.

Wir bieten unbefristete Anstellung, pünktlichen Lohn über Tarif, saubere Baustellen und ein gutes Betriebsklima im Team von acht Leuten. Bewerbung gern auch telefonisch bei Frau Becker.
`,
  ),
];
