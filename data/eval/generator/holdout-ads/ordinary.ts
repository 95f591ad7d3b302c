// Hold-out ordinary negatives: crafts, care, trade, logistics, administration, IT without AI; no AI word, no trap.
import { ad, type BoardAd } from '../board-ads/ad.js';

export const HOLDOUT_ORDINARY: BoardAd[] = [
  ad(
    'crafts',
    'plain',
    'Tischler*in (m/w/d) Möbelbau',
    `
Die Schreinerei Albers in Telgte baut Küchen und Einbaumöbel nach Maß. Wir sind zwölf Leute und suchen Verstärkung in der Werkstatt und auf Montage. Du fertigst Möbel an der CNC und von Hand, montierst beim Kunden und hältst deinen Arbeitsplatz in Schuss. Gesellenbrief als Tischler*in, Führerschein B. Wir zahlen über Tarif, Feierabend ist freitags um 13 Uhr.
`,
  ),
  ad(
    'crafts',
    'plain',
    'Dachdecker (m/w/d) gesucht!',
    `
Dachdeckermeister Rolf Hinrichs, Emsdetten. Wir decken Steildächer, sanieren Flachdächer und montieren Solaranlagen. Gesucht: Geselle oder Helfer mit Erfahrung. Höhentauglichkeit ist Pflicht. Es gibt einen eigenen Transporter fürs Team, pünktlichen Lohn und Urlaubsgeld. Anrufen unter 02572 5550 reicht.
`,
  ),
  ad(
    'crafts',
    'plain',
    'Anlagenmechaniker*in SHK (m/w/d)',
    `
Haustechnik Voss in Lippstadt sucht Anlagenmechaniker*innen für Sanitär, Heizung und Klima. Sie installieren Wärmepumpen und Bäder, warten Heizungen und beheben Störungen im Kundendienst. Wir bieten ein unbefristetes Arbeitsverhältnis, Firmenwagen auch zur privaten Nutzung, Schulungen bei Herstellern und eine faire Rufbereitschaft (jede sechste Woche). Voraussetzung: abgeschlossene Ausbildung im SHK-Handwerk, Führerschein B.
`,
  ),
  ad(
    'care',
    'plain',
    'Pflegehilfskraft (m/w/d) ambulanter Dienst',
    `
Der Pflegedienst Lebensweg in Recklinghausen-Süd versorgt 140 Menschen zu Hause. Sie unterstützen bei der Grundpflege, im Haushalt und beim Einkaufen. Dienstwagen, feste Touren, keine geteilten Dienste. Pflegebasiskurs wünschenswert, Führerschein B erforderlich. Wir freuen uns auch über Wiedereinsteiger*innen.
`,
  ),
  ad(
    'care',
    'plain',
    'Altenpfleger*in (m/w/d) Nachtdienst',
    `
Das Seniorenzentrum Haus Lindenhof in Unna bietet 96 Pflegeplätze.

Ihre Aufgaben im Nachtdienst: Pflege und Betreuung der Bewohner*innen, Medikamentengabe, Dokumentation in unserer Pflegesoftware, Übergabe an den Frühdienst.

Wir bieten: Vergütung nach AVR Caritas, Nachtzuschläge, betriebliche Altersvorsorge, feste Nachtdienstmodelle (7 Nächte arbeiten, 7 Nächte frei).

Sie haben: eine Ausbildung als Altenpfleger*in oder Pflegefachfrau/-mann.
`,
  ),
  ad(
    'medical',
    'plain',
    'Medizinische*r Fachangestellte*r (m/w/d) Hausarztpraxis',
    `
Unsere Hausarztpraxis in Warendorf sucht eine MFA in Vollzeit oder Teilzeit. Empfang, Blutabnahmen, EKG, Impfungen und Abrechnung gehören dazu. Keine Samstagsdienste, Mittwochnachmittag frei. Wir sind ein nettes Team aus zwei Ärztinnen und fünf MFA.
`,
  ),
  ad(
    'retail',
    'plain',
    'Filialleitung (m/w/d) Drogeriemarkt',
    `
Für unseren Drogeriemarkt in Ibbenbüren suchen wir eine Filialleitung. Sie führen ein Team von 14 Mitarbeitenden, verantworten Umsatz, Personalplanung und Warenpräsentation und bilden aus. Erfahrung im Einzelhandel mit Führungsverantwortung setzen wir voraus. Es erwarten Sie ein Gehalt über Tarif, Personalrabatt und ein Dienstfahrrad.
`,
  ),
  ad(
    'retail',
    'plain',
    'Fleischereifachverkäufer*in (m/w/d)',
    `
Landfleischerei Budde, Bad Sassendorf. Wir verkaufen Wurst und Fleisch aus eigener Schlachtung in drei Läden. Sie beraten unsere Stammkunden an der Theke, richten Platten für Feiern an und halten die Theke sauber. Erfahrung an der Frischetheke ist gut, Einarbeitung machen wir. Arbeitszeit 30 bis 40 Stunden, Samstag bis 13 Uhr.
`,
  ),
  ad(
    'logistics',
    'plain',
    'Berufskraftfahrer*in CE (m/w/d) Nahverkehr',
    `
Spedition Wiethölter in Herford sucht Fahrer*innen für den Nahverkehr im Raum Ostwestfalen. Sie beliefern Baumärkte mit Sattelzug, jeden Abend zu Hause. Führerschein CE mit Schlüsselzahl 95, Fahrerkarte. Moderne Fahrzeuge, feste Touren, übertarifliche Bezahlung.
`,
  ),
  ad(
    'logistics',
    'plain',
    'Disponent*in (m/w/d) Lebensmittellogistik',
    `
Die Kühllogistik Weser in Minden bringt Frischware zu Supermärkten in ganz Norddeutschland.

Sie planen die Touren von 45 Kühlfahrzeugen, halten Kontakt zu Fahrern und Kunden, reagieren auf Staus und Verspätungen und achten auf Lenk- und Ruhezeiten. Sie arbeiten mit unserem Transportmanagementsystem und Telematik.

Kaufmännische Ausbildung in Spedition und Logistik, Erfahrung in der Disposition, Belastbarkeit auch im Frühdienst ab 5 Uhr.
`,
  ),
  ad(
    'logistics',
    'plain',
    'Fachkraft für Lagerlogistik (m/w/d)',
    `
Wir sind ein Großhandel für Sanitärartikel in Bünde. Sie nehmen Ware an, prüfen Lieferscheine, lagern ein, kommissionieren und verladen. Staplerschein ist Voraussetzung, Erfahrung mit SAP WM hilfreich. Arbeitszeit 7 bis 16 Uhr, kein Schichtdienst.
`,
  ),
  ad(
    'administration',
    'plain',
    'Sachbearbeiter*in (m/w/d) Bürgerbüro',
    `
Die Stadt Ahlen sucht für das Bürgerbüro eine*n Sachbearbeiter*in (EG 8 TVöD, unbefristet).

Sie bearbeiten Anträge auf Personalausweise und Reisepässe, melden Bürgerinnen und Bürger an und um, stellen Führungszeugnisse und Meldebescheinigungen aus und beraten am Telefon.

Voraussetzung ist eine Ausbildung als Verwaltungsfachangestellte*r oder der Angestelltenlehrgang I. Freundlichkeit auch an vollen Montagen ist uns wichtig.
`,
  ),
  ad(
    'administration',
    'plain',
    'Bauingenieur*in (m/w/d) Tiefbauamt',
    `
Der Kreis Soest sucht für das Straßenbauamt eine*n Bauingenieur*in.

Sie planen und überwachen Sanierungen von Kreisstraßen und Radwegen, schreiben Leistungen aus, prüfen Rechnungen und stimmen sich mit Gemeinden und Versorgern ab. Bachelor oder Diplom (FH) im Bauingenieurwesen, Führerschein B. Eingruppierung bis EG 11 TVöD, Homeoffice an zwei Tagen.
`,
  ),
  ad(
    'gastronomy',
    'plain',
    'Servicekraft (m/w/d) Minijob',
    `
Café Rosenhof in Lemgo sucht Servicekräfte für Wochenende und Feiertage. Kuchen, Kaffee, Frühstück – du bedienst unsere Gäste und räumst ab. 538-Euro-Basis, Trinkgeld bleibt bei dir.
`,
  ),
  ad(
    'gastronomy',
    'plain',
    'Küchenchef (m/w/d) Landgasthof',
    `
Der Landgasthof Zur Linde in Billerbeck hat 80 Plätze innen, 120 im Biergarten und richtet Hochzeiten aus.

Sie leiten die Küche mit vier Köchen und zwei Azubis, planen Karte und Einkauf mit regionalen Lieferanten, kalkulieren und achten auf Hygiene. Wir haben montags und dienstags Ruhetag.

Sie bringen eine Ausbildung als Koch/Köchin, mehrere Jahre Erfahrung als Souschef*in oder Küchenchef*in und Lust auf westfälische Küche mit neuen Ideen mit.
`,
  ),
  ad(
    'it',
    'plain',
    'Fachinformatiker*in Systemintegration (m/w/d)',
    `
Die Kreisverwaltung Borken betreibt 1.200 Arbeitsplätze und zwei Rechenzentren.

Sie betreuen Windows-Server und die Virtualisierung, verwalten Active Directory und Backups, patchen Systeme und arbeiten im Second-Level-Support mit. Rufbereitschaft nach Plan.

Ausbildung als Fachinformatiker*in für Systemintegration, Kenntnisse in VMware und PowerShell.
`,
  ),
  ad(
    'it',
    'plain',
    'Java-Entwickler*in (m/w/d) Banking',
    `
Ein IT-Dienstleister für Volksbanken in Münster sucht Java-Entwickler*innen.

Sie entwickeln Schnittstellen zwischen Kernbankensystem und Onlinebanking in Java 21 und Spring, schreiben Unit- und Integrationstests, arbeiten im Code-Review mit und betreuen den Betrieb Ihrer Services. Gute Kenntnisse in Java, SQL und REST, Erfahrung mit Kafka ist hilfreich. Hybrides Arbeiten, 30 Tage Urlaub, Weiterbildungsbudget.
`,
  ),
  ad(
    'it',
    'plain',
    'IT Security Analyst (m/f/d)',
    `
A manufacturer of medical devices in Tuttlingen is building its own security operations team.

You will monitor alerts in our SIEM, investigate incidents, run vulnerability scans and help our plants harden their networks. You will also write playbooks and train colleagues on phishing.

Experience in a SOC or with incident response, knowledge of Windows and Linux, certifications such as GCIH or OSCP are welcome. Good English; German helps.
`,
  ),
  ad(
    'it',
    'plain',
    'Web Developer (m/w/d) TYPO3',
    `
Die Internetagentur Hafenblick in Emden baut Websites für Kommunen und Vereine. Du entwickelst Extensions und Templates für TYPO3, setzt Designs barrierefrei um und betreust Updates. Erfahrung mit PHP, HTML, CSS und TYPO3, gern auch mit Fluid. Unbefristet, 36-Stunden-Woche, Blick aufs Wasser inklusive.
`,
  ),
  ad(
    'it',
    'plain',
    'SAP-Berater*in (m/w/d) Finanzwesen',
    `
Die Beratung Blankenfeld in Mannheim führt SAP S/4HANA bei Mittelständlern ein. Sie konzipieren und customizen die Module FI und CO, führen Workshops mit Buchhaltung und Controlling, testen und schulen Anwender*innen. Erfahrung aus mindestens zwei Einführungsprojekten, Reisebereitschaft von 30 %.
`,
  ),
  ad(
    'engineering',
    'plain',
    'Elektroingenieur*in (m/w/d) Netzplanung',
    `
Die Westnetz-Partner GmbH in Arnsberg plant Mittel- und Niederspannungsnetze.

Sie planen Netzanschlüsse für Photovoltaik und Wärmepumpen, berechnen Netze mit PowerFactory, erstellen Ausschreibungen und begleiten den Bau vor Ort. Studium der Elektrotechnik mit Schwerpunkt Energietechnik, Führerschein B. Tarifvertrag, 37 Stunden, Gleitzeit.
`,
  ),
  ad(
    'engineering',
    'plain',
    'Qualitätsingenieur*in (m/w/d) Automotive',
    `
Wir fertigen in Olpe Kunststoffspritzgussteile für Autohersteller. Sie betreuen Reklamationen mit 8D-Berichten, planen Erstmusterprüfungen, führen Audits nach IATF 16949 durch und verbessern Prozesse in der Fertigung. Studium Maschinenbau oder Kunststofftechnik, Erfahrung im Qualitätsmanagement Automotive, gutes Englisch.
`,
  ),
  ad(
    'engineering',
    'plain',
    'Technische*r Zeichner*in (m/w/d) Anlagenbau',
    `
Rohrleitungsbau Ostermann in Hamm sucht Verstärkung für die Konstruktion. Sie zeichnen Rohrleitungs-Isometrien und Aufstellungspläne in AutoCAD Plant 3D, erstellen Stücklisten und ändern Zeichnungen nach Baustellenaufmaß. Ausbildung als technische*r Zeichner*in oder Produktdesigner*in, Erfahrung im Anlagenbau.
`,
  ),
  ad(
    'finance',
    'plain',
    'Lohnbuchhalter*in (m/w/d)',
    `
Unsere Kanzlei in Detmold betreut 180 Mandanten in der Lohnabrechnung. Sie rechnen Löhne und Gehälter ab, melden an Sozialversicherung und Finanzamt, beantworten Fragen der Mandanten und bereiten Prüfungen vor. Ausbildung als Steuerfachangestellte*r oder Lohnbuchhalter*in, DATEV LODAS. Teilzeit ab 25 Stunden möglich.
`,
  ),
  ad(
    'finance',
    'plain',
    'Kundenberater*in (m/w/d) Privatkunden',
    `
Die Volksbank im Sauerland sucht eine*n Kundenberater*in für die Geschäftsstelle Eslohe.

Sie beraten Privatkunden zu Konten, Geldanlage und Baufinanzierung, betreuen einen festen Kundenstamm und gewinnen neue Kunden. Ausbildung als Bankkaufmann/-frau, Erfahrung in der Beratung. Wir bieten Tarif der Volks- und Raiffeisenbanken, 13,3 Gehälter und ein Sportangebot.
`,
  ),
  ad(
    'education',
    'plain',
    'Lehrkraft (m/w/d) Deutsch als Zweitsprache',
    `
Die Sprachschule Brücke in Hagen unterrichtet Integrations- und Berufssprachkurse. Sie unterrichten Gruppen bis 20 Personen auf den Niveaus A1 bis B2, bereiten auf Prüfungen vor und arbeiten mit dem Jobcenter zusammen. Zulassung durch das BAMF oder Studium mit DaZ-Zusatzqualifikation. Festanstellung mit 25 Unterrichtseinheiten pro Woche.
`,
  ),
  ad(
    'education',
    'plain',
    'Schulbegleitung (m/w/d) Grundschule',
    `
Der Verein Lebenshilfe Kreis Coesfeld sucht Schulbegleiter*innen für Kinder mit Förderbedarf an Grundschulen in Nottuln und Havixbeck. Sie begleiten ein Kind im Unterricht und in den Pausen. Arbeitszeit an Schultagen 8 bis 13 Uhr, in den Ferien frei. Pädagogische Vorerfahrung ist schön, aber Einarbeitung gibt es für alle.
`,
  ),
  ad(
    'social-work',
    'plain',
    'Sozialarbeiter*in (m/w/d) Wohnungslosenhilfe',
    `
Die Diakonie Wuppertal sucht eine Fachkraft für die Beratungsstelle für Wohnungslose (39 Std./Woche).

Sie beraten Menschen ohne Wohnung, helfen bei Anträgen an Jobcenter und Sozialamt, vermitteln in Unterkünfte und Wohnungen und arbeiten mit Ärzt*innen und Suchtberatung zusammen. Streetwork gehört an zwei Tagen pro Woche dazu.

Studium der Sozialen Arbeit, staatliche Anerkennung, Belastbarkeit und Humor.
`,
  ),
  ad(
    'cleaning',
    'plain',
    'Reinigungskraft (m/w/d) Büroreinigung',
    `
Gebäudereinigung Sauberland in Gütersloh sucht Reinigungskräfte für Büros in Rheda-Wiedenbrück, Montag bis Freitag 17 bis 20 Uhr. Bezahlung nach Tarif, Arbeitskleidung wird gestellt. Deutschkenntnisse für einfache Absprachen reichen.
`,
  ),
  ad(
    'security',
    'plain',
    'Sicherheitsmitarbeiter*in (m/w/d) Objektschutz',
    `
Für ein Industrieunternehmen in Marl suchen wir Sicherheitsmitarbeitende im Objektschutz. Sie kontrollieren Ein- und Ausfahrten, machen Rundgänge und bedienen die Brandmeldeanlage. Sachkundeprüfung nach § 34a GewO, Schichtdienst, einwandfreies Führungszeugnis.
`,
  ),
  ad(
    'agriculture',
    'plain',
    'Landwirt*in (m/w/d) Milchviehbetrieb',
    `
Familienbetrieb mit 220 Kühen und Melkroboter im Münsterland (Nähe Borken) sucht Mitarbeiter*in. Herdenmanagement, Fütterung, Feldarbeit mit moderner Technik. Ausbildung als Landwirt*in, Führerschein T. Wohnung auf dem Hof möglich.
`,
  ),
  ad(
    'hr',
    'plain',
    'Personalsachbearbeiter*in (m/w/d) Entgeltabrechnung',
    `
Eine Möbelhauskette mit Zentrale in Löhne sucht eine*n Personalsachbearbeiter*in.

Sie betreuen die Mitarbeitenden von acht Filialen von der Einstellung bis zum Austritt, bereiten die Entgeltabrechnung in SAP HCM vor, erstellen Bescheinigungen und beantworten Fragen zu Urlaub, Elternzeit und Altersvorsorge.

Kaufmännische Ausbildung mit Weiterbildung zum/zur Personalfachkaufmann/-frau, Erfahrung in der Abrechnung.
`,
  ),
  ad(
    'marketing',
    'plain',
    'Marketing Manager (m/w/d) Tourismus',
    `
Der Tourismusverband Teutoburger Wald in Detmold bewirbt die Region bei Wanderern und Radfahrern.

Sie planen Kampagnen, betreuen Website und Social Media, organisieren Messeauftritte und Pressereisen und arbeiten mit Hotels und Gemeinden zusammen. Studium in Tourismus oder Marketing, Erfahrung in Onlinemarketing, Freude an Natur und Region.
`,
  ),
  ad(
    'construction',
    'plain',
    'Bauleiter*in (m/w/d) Hochbau',
    `
Bauunternehmung Kemper in Hamm baut Wohnhäuser, Praxen und Gewerbehallen. Sie leiten Baustellen von der Einrichtung bis zur Übergabe, steuern Nachunternehmer, führen Bautagebuch und rechnen ab. Studium Bauingenieurwesen oder Polier*in mit Erfahrung. Dienstwagen, auch privat.
`,
  ),
  ad(
    'public-transport',
    'plain',
    'Busfahrer*in (m/w/d) Linienverkehr',
    `
Die Verkehrsbetriebe Paderborn suchen Busfahrerinnen und Busfahrer für den Linienverkehr. Führerschein D wird bei uns auf Kosten des Betriebs gemacht, wenn Sie Klasse B seit drei Jahren haben. Tarifvertrag TV-N, Schichtdienst mit Dienstplan vier Wochen im Voraus.
`,
  ),
  ad(
    'crafts',
    'plain',
    'Kfz-Mechatroniker*in (m/w/d) Nutzfahrzeuge',
    `
Die Nutzfahrzeugwerkstatt Ebbinghaus in Schwelm repariert Lkw, Busse und Anhänger aller Marken.

Sie warten und reparieren Bremsanlagen, Motoren und Elektrik, führen Sicherheitsprüfungen durch und lesen Fehlerspeicher aus. Bereitschaft für den Pannendienst nach Plan wird extra bezahlt.

Ausbildung als Kfz-Mechatroniker*in, Schwerpunkt Nutzfahrzeuge, Führerschein CE von Vorteil.
`,
  ),
  ad(
    'it',
    'plain',
    'Cloud Engineer (m/f/d) AWS',
    `
Our e-commerce group in Hamburg runs 40 shops on AWS.

You will build infrastructure as code with Terraform, run our Kubernetes clusters, improve monitoring and on-call, and help developers ship faster with better pipelines. 3+ years with AWS and Kubernetes, Terraform, a scripting language. English is our working language.
`,
  ),
  ad(
    'admin',
    'plain',
    'Sachbearbeiter*in (m/w/d) Einkauf',
    `
Die Brauerei Iserlohn Quelle sucht eine*n Sachbearbeiter*in Einkauf. Sie bestellen Rohstoffe, Verpackungen und Ersatzteile, holen Angebote ein, überwachen Liefertermine und pflegen Stammdaten im ERP. Kaufmännische Ausbildung, Erfahrung im Einkauf, Verhandlungsgeschick. Haustrunk inklusive.
`,
  ),
  ad(
    'research-non-ai',
    'plain',
    'Wissenschaftliche*r Mitarbeiter*in (m/w/d) Bodenkunde',
    `
Am Institut für Landschaftsökologie der Universität Münster ist eine Stelle (E 13, 65 %, drei Jahre) mit Promotionsmöglichkeit zu besetzen.

Sie untersuchen, wie sich Moorböden nach der Wiedervernässung entwickeln: Sie entnehmen Proben im Gelände, messen Treibhausgasflüsse, werten die Messreihen statistisch aus und schreiben Artikel.

Master in Geographie, Geoökologie oder Umweltwissenschaften, Erfahrung mit Feldarbeit und R, Führerschein B.
`,
  ),
  ad(
    'research-non-ai',
    'plain',
    'Doktorand*in (m/w/d) Werkstofftechnik',
    `
Der Lehrstuhl für Werkstofftechnik der Universität Siegen sucht eine Doktorandin oder einen Doktoranden im Projekt „Leichtbau im Schienenfahrzeug“. Sie untersuchen die Ermüdung von Aluminiumschweißverbindungen in Versuchen, werten Bruchflächen im Elektronenmikroskop aus und simulieren Bauteile mit der Finite-Elemente-Methode. Master in Maschinenbau oder Werkstoffwissenschaft.
`,
  ),
  ad(
    'statistics-non-ai',
    'plain',
    'Statistiker*in (m/w/d) Amtliche Statistik',
    `
Das Landesamt für Statistik in Düsseldorf sucht eine*n Statistiker*in für die Bevölkerungsstatistik.

Sie bereiten Meldedaten auf, prüfen Plausibilitäten, erstellen Tabellen und Veröffentlichungen zur Bevölkerungsentwicklung und beantworten Anfragen von Kommunen und Presse. Studium der Statistik, Mathematik oder Sozialwissenschaften mit Schwerpunkt Methoden, Kenntnisse in SAS oder R.
`,
  ),
  ad(
    'energy',
    'plain',
    'Energieberater*in (m/w/d)',
    `
Die Verbraucherzentrale in Bielefeld sucht Energieberater*innen auf Honorarbasis. Sie beraten Haushalte zu Heizung, Dämmung und Stromsparen, vor Ort und am Telefon. Voraussetzung ist die Eintragung in die Energieeffizienz-Expertenliste.
`,
  ),
  ad(
    'hotel',
    'plain',
    'Front Office Agent (m/w/d)',
    `
Das Hotel am Dom in Paderborn (92 Zimmer) sucht Verstärkung an der Rezeption. Sie checken Gäste ein und aus, nehmen Reservierungen an, beantworten Fragen zur Stadt und bearbeiten Rechnungen. Ausbildung in der Hotellerie, gutes Englisch, Wochenend- und Spätdienste im Wechsel.
`,
  ),
  ad(
    'office',
    'plain',
    'Office Assistant (m/f/d), part-time',
    `
Our engineering consultancy in Cologne (35 people, international projects) needs an office assistant for 25 hours a week. You will handle post, travel bookings, supplies, invoices and the welcome of visitors. Good German and English, experience with Microsoft Office. Flexible hours between 8 am and 4 pm.
`,
  ),
  ad(
    'crafts',
    'plain',
    'Maler und Lackierer (m/w/d)',
    `
Malerbetrieb Dreier, Bad Salzuflen. Innen- und Fassadenarbeiten, Tapezieren, Bodenbeläge. Wir suchen Gesellen und Helfer mit Erfahrung. Faire Bezahlung, Arbeitskleidung, kein Wochenende.
`,
  ),
];
