// Fresh-set hard negatives: AI in the surroundings, AI tools used, AI as a plus, AI products sold, Ki/KI as names.
import { ad, type BoardAd } from '../board-ads/ad.js';

export const FRESH_HARD_NEGATIVES: BoardAd[] = [
  ad(
    'office',
    'hard',
    'Verwaltungsangestellte (m/w/d) Graduiertenschule',
    `
Die Graduiertenschule für Maschinelles Lernen der Universität Freiburg sucht eine Verwaltungsangestellte in Teilzeit.

Sie betreuen rund 60 Promovierende von der Einschreibung bis zur Disputation, organisieren Auswahlgespräche und Summer Schools und pflegen die Webseite.

Kaufmännische Ausbildung, gute Englischkenntnisse, Organisationstalent.
`,
  ),
  ad(
    'sales',
    'hard',
    'Vertriebsmitarbeiter (m/w/d) Innendienst',
    `
Die Visiotec Vertriebs GmbH in Augsburg vertreibt Kamerasysteme mit KI-Auswertung für Parkhäuser und Tankstellen.

Sie erstellen Angebote, beraten Bestandskunden am Telefon, pflegen das CRM und koordinieren Liefertermine mit der Technik.

Kaufmännische Ausbildung, technisches Verständnis, gute Laune am Telefon.
`,
  ),
  ad(
    'tools',
    'hard',
    'Sachbearbeiter (m/w/d) Kreditorenbuchhaltung',
    `
Die Möbelhaus Brenner KG in Bamberg sucht Unterstützung in der Buchhaltung.

Eingangsrechnungen liest bei uns eine KI-gestützte Belegerfassung aus; Sie prüfen die Vorschläge, kontieren, klären Abweichungen mit Lieferanten und bereiten Zahlläufe vor.

Ausbildung als Steuerfachangestellte oder Buchhalter, Erfahrung mit DATEV.
`,
  ),
  ad(
    'plus',
    'hard',
    'Java-Entwickler (m/w/d) Zahlungsverkehr',
    `
Die Sparda-IT in Nürnberg entwickelt Anwendungen für den Zahlungsverkehr.

Du entwickelst Services in Java und Spring Boot, schreibst Tests, betreibst sie in OpenShift und arbeitest im Scrum-Team.

Erfahrung mit Java, SQL und Kafka. Erste Erfahrungen mit Machine Learning sind ein Plus, aber kein Muss.
`,
  ),
  ad(
    'name',
    'hard',
    'Elektriker (m/w/d) für Ki Elektrotechnik',
    `
Ki Elektrotechnik ist ein Familienbetrieb in Offenbach, gegründet von Minh Ki.

Sie installieren Elektroanlagen in Neubauten und Altbauten, montieren Wallboxen und Photovoltaik und messen Anlagen nach DIN VDE 0100.

Abgeschlossene Ausbildung als Elektroniker, Führerschein Klasse B.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Frontend Developer (m/w/d) Vue.js',
    `
Die Datenwerkstatt Jena GmbH baut eine Plattform, auf der Labore ihre Messreihen mit KI auswerten lassen.

Du entwickelst die Oberfläche in Vue.js und TypeScript: Dashboards, Upload-Strecken, Visualisierungen der Modellergebnisse, die das Data-Science-Team liefert.

Mehrere Jahre Erfahrung mit Vue oder React, Sinn für Barrierefreiheit.
`,
  ),
  ad(
    'recruiting-footer',
    'hard',
    'Pflegefachkraft (m/w/d) Intensivstation',
    `
Das Klinikum Passau sucht Pflegefachkräfte für die interdisziplinäre Intensivstation.

Sie versorgen beatmete Patientinnen und Patienten, arbeiten eng mit dem ärztlichen Dienst zusammen und leiten Auszubildende an.

Examen als Pflegefachkraft, Fachweiterbildung Intensiv wünschenswert.

Hinweis: Zur Vorauswahl der Bewerbungen setzen wir eine KI-Software ein; die Entscheidung trifft immer ein Mensch.
`,
  ),
  ad(
    'tools',
    'hard',
    'Redakteur (m/w/d) Onlineredaktion',
    `
Die Oberpfalz Nachrichten in Weiden suchen eine Redakteurin oder einen Redakteur für die Onlineredaktion.

Du schreibst und planst Artikel, betreust unsere Social-Media-Kanäle und nutzt KI-Tools für Überschriftenvarianten und Transkripte von Interviews.

Volontariat oder journalistische Erfahrung, Ortskenntnis.

Wir bieten Tarifbezahlung und eine Redaktion mitten in der Stadt.
`,
  ),
  ad(
    'kita',
    'hard',
    'Erzieher (m/w/d) KiTa Sonnenhügel',
    `
Die KiTa Sonnenhügel in Landshut betreut 80 Kinder von einem bis sechs Jahren.

Sie gestalten den Alltag in einer Gruppe mit 20 Kindern, führen Entwicklungsgespräche und arbeiten mit dem Elternbeirat zusammen.

Staatlich anerkannte Erzieherin oder anerkannter Erzieher, Freude an der Arbeit mit Kindern.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Event Manager (m/f/d) Conferences',
    `
Hamburg AI Week is one of Germany's largest conferences on artificial intelligence, with 4,000 visitors.

You plan the venue, catering and logistics, coordinate 150 speakers, manage the budget and the volunteer team, and negotiate with sponsors.

Experience in event management, fluent English and German.
`,
  ),
  ad(
    'plus',
    'hard',
    'Werkstudent (m/w/d) Controlling',
    `
Die Brauerei Eichbaum-Hessler in Bayreuth sucht einen Werkstudenten im Controlling.

Du unterstützt bei Monatsabschlüssen, Kostenstellenberichten und der Budgetplanung in Excel und SAP.

Du studierst BWL oder Wirtschaftsmathematik. Erste Berührungspunkte mit künstlicher Intelligenz wären schön.

Bis zu 20 Stunden pro Woche, flexibel.
`,
  ),
  ad(
    'sales',
    'hard',
    'Key Account Manager (m/w/d) Industrie',
    `
Die Prüfsysteme Vogtland GmbH in Plauen bietet Prüfsysteme mit Deep-Learning-Bildauswertung für die Automobilindustrie.

Sie betreuen Großkunden in Süddeutschland, verhandeln Rahmenverträge, gewinnen neue Werke und bringen Kundenanforderungen in die Produktentwicklung ein.

Technisches Studium oder Ausbildung mit Vertriebserfahrung, Reisebereitschaft.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'IT-Systemadministrator (m/w/d) Rechenzentrum',
    `
Das Rechenzentrum der Universität Würzburg betreibt einen GPU-Cluster, auf dem Forschende aus 20 Instituten Modelle für maschinelles Lernen trainieren.

Sie administrieren die Linux-Server und das Speichersystem, planen Updates, betreuen den Scheduler (Slurm) und beantworten Anfragen der Nutzerinnen.

Ausbildung als Fachinformatiker oder Studium, Linux-Erfahrung.
`,
  ),
  ad(
    'name',
    'hard',
    'Koch (m/w/d) Restaurant KIBO',
    `
Das Restaurant KIBO in Mainz verbindet koreanische und pfälzische Küche.

Du bereitest Gerichte à la carte zu, kümmerst dich um Mise en Place und Bestellungen und bringst eigene Ideen in die Karte ein.

Ausbildung als Koch, Erfahrung in der gehobenen Gastronomie.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Rechtsanwalt (m/w/d) IT-Recht',
    `
Kanzlei Dornfeld Partner, Frankfurt am Main.

Sie beraten Softwarehäuser und Industrieunternehmen zu Lizenzverträgen, Haftung für KI-Systeme, Datenschutz und den Pflichten aus dem AI Act und vertreten Mandanten vor Gericht.

Zwei Prädikatsexamina, Interesse an Technologie.

Wir bieten ein attraktives Gehalt, Homeoffice und Zeit für Fachveröffentlichungen.
`,
  ),
  ad(
    'tools',
    'hard',
    'Kundenservice-Mitarbeiter (m/w/d) Energieversorgung',
    `
Stadtwerke Emden, Kundenzentrum.

Du beantwortest Anfragen zu Abschlägen, Zählerständen und Tarifen per Telefon, E-Mail und Chat. Einfache Fragen beantwortet vorab unser KI-Chatbot; du übernimmst, wenn er nicht weiterweiß.

Kaufmännische Ausbildung, Freundlichkeit, Geduld.

Wir bieten Bezahlung nach TV-V, Gleitzeit ohne Wochenenddienste und eine gründliche Einarbeitung von sechs Wochen.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Data Engineer (m/w/d) Datenplattform',
    `
Die Modehaus Lindner AG in Stuttgart baut eine neue Datenplattform.

Du entwickelst ETL-Strecken mit dbt und Airflow, modellierst das Data Warehouse in Snowflake und sorgst für saubere Daten für Reporting und für die Data Scientists, die darauf ihre Prognosemodelle trainieren.

Sicher in SQL und Python.
`,
  ),
  ad(
    'plus',
    'hard',
    'Business Analyst (m/f/d) Supply Chain',
    `
Hafenlogistik Bremerhaven is looking for a business analyst.

You analyse container flows, build dashboards in Power BI and support process improvements at the terminal. Knowledge of machine learning is nice to have.

Degree in business or logistics, strong Excel and SQL.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Projektkoordinator (m/w/d) Forschungsverbund',
    `
Der Forschungsverbund KI-Pflege Sachsen, koordiniert von der TU Chemnitz, sucht eine Projektkoordination.

Sie organisieren Verbundtreffen, betreuen die Kommunikation mit dem Fördermittelgeber, erstellen Zwischenberichte und die Öffentlichkeitsarbeit für die Ergebnisse der beteiligten Forschungsgruppen zu künstlicher Intelligenz in der Pflege.

Abgeschlossenes Hochschulstudium, Erfahrung im Projektmanagement.
`,
  ),
  ad(
    'tools',
    'hard',
    'Grafikdesigner (m/w/d) Verpackung',
    `
Die Süßwarenfabrik Rheinperle in Koblenz gestaltet ihre Verpackungen selbst.

Du entwirfst Verpackungen und Displays, setzt Entwürfe für den Druck um und erstellst Moodboards, gern auch mit Midjourney oder Adobe Firefly.

Ausbildung oder Studium im Grafikdesign, sicher in Illustrator und InDesign.
`,
  ),
  ad(
    'name',
    'hard',
    'Lagerhelfer (m/w/d) – KI Logistik Saar',
    `
Die KI Logistik Saar GmbH (Kraus & Ihle) in Saarlouis sucht Lagerhelfer für Früh- und Spätschicht.

Sie kommissionieren Ware, beladen Lkw und scannen Pakete. Staplerschein von Vorteil.

Wir zahlen 15 Euro pro Stunde plus Schichtzulage, Bewerbungen bitte an Herrn Ihle.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Marketing Manager (m/w/d) Produktkommunikation',
    `
Die Lernwerk GmbH in Potsdam entwickelt eine Lernplattform, deren KI Aufgaben an das Niveau der Schüler anpasst.

Du verantwortest die Kommunikation zu unseren Produkten: Kampagnen, Newsletter, Messeauftritte und Webinare für Schulen, in denen du erklärst, wie unsere adaptive KI funktioniert.

Studium im Marketing oder in der Kommunikation, drei Jahre Berufserfahrung.
`,
  ),
  ad(
    'teaching-tools',
    'hard',
    'Dozent (m/w/d) Digitale Kompetenzen',
    `
Die Volkshochschule Gelsenkirchen sucht Honorardozenten.

Sie geben Kurse für Erwachsene zu Smartphone, Online-Banking und dem sicheren Umgang mit KI-Assistenten wie ChatGPT im Alltag.

Pädagogisches Geschick, Geduld, eigene Erfahrung mit den Themen.

Die Kurse finden abends und samstags statt, das Honorar beträgt 32 Euro je Unterrichtsstunde. Material stellen wir.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Product Owner (m/w/d) Kundenportal',
    `
Die LVM Rechtsschutz in Münster führt einen KI-Assistenten eines externen Anbieters im Kundenportal ein.

Du verantwortest das Backlog des Portals, schreibst User Stories, stimmst Prioritäten mit den Fachbereichen ab und begleitest die Einführung des Assistenten vom Vertrag bis zum Rollout.

Erfahrung als Product Owner, Zertifizierung von Vorteil.
`,
  ),
  ad(
    'recruiting',
    'hard',
    'Talent Sourcer (m/f/d) Research',
    `
DeepFjord, an AI research lab in Berlin, is growing its research team.

You find and approach machine learning researchers and engineers worldwide, screen profiles, schedule interviews and keep candidates warm through our hiring process.

Experience in sourcing for technical roles, fluent English.
`,
  ),
  ad(
    'ski',
    'hard',
    'Skilehrer (m/w/d) Wintersaison',
    `
Die Skischule Oberstdorf sucht für die Wintersaison Skilehrerinnen und Skilehrer.

Sie unterrichten Kinder und Erwachsene in Gruppen und privat, von der Piste bis zum Tiefschnee.

Ausbildung als Skilehrer (DSLV) oder Übungsleiter.

Unterkunft im Ort kann vermittelt werden, der Saisonpass ist inklusive.
`,
  ),
  ad(
    'sales',
    'hard',
    'Verkäufer (m/w/d) Unterhaltungselektronik',
    `
Technikmarkt Saale in Halle sucht Verkäufer für die Abteilung TV und Smartphones.

Sie beraten Kunden zu Fernsehern mit KI-Bildverbesserung und Smartphones mit KI-Kamera, kassieren und verräumen Ware.

Erfahrung im Einzelhandel, Freude an Technik.

Wir bieten Vollzeit oder Teilzeit, Mitarbeiterrabatt und Schulungen der Hersteller. Ihre Bewerbung nimmt die Marktleitung gern auch persönlich entgegen.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Controller (m/w/d) Forschung und Entwicklung',
    `
Die Medizintechnik Tuttlingen AG investiert jährlich 40 Millionen Euro in Entwicklung, davon ein wachsender Anteil in KI-basierte Diagnosesoftware.

Sie planen und steuern die Entwicklungsbudgets, berechnen Projektkosten, bereiten Investitionsentscheidungen vor und berichten an den Vorstand.

Studium der BWL mit Schwerpunkt Controlling.
`,
  ),
  ad(
    'tools',
    'hard',
    'Disponent (m/w/d) Nahverkehr',
    `
Die Regionalbus Oberland GmbH in Weilheim sucht einen Disponenten.

Du planst Fahrer und Fahrzeuge, reagierst auf Ausfälle und nutzt dafür unser neues Dispositionssystem, das mit künstlicher Intelligenz Umläufe vorschlägt.

Erfahrung in der Disposition, Ortskenntnis.

Wir bieten eine unbefristete Stelle und Bezahlung nach TV-N.
`,
  ),
  ad(
    'plus',
    'hard',
    'Mathematiklehrer (m/w/d) Gymnasium',
    `
Das private Gymnasium Schloss Heiligenberg am Bodensee sucht eine Lehrkraft für Mathematik und Informatik.

Sie unterrichten in der Mittel- und Oberstufe und betreuen Projektkurse. Wünschenswert ist, dass Sie eine Arbeitsgemeinschaft zu künstlicher Intelligenz anbieten.

Zweites Staatsexamen für Gymnasien.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Technischer Redakteur (m/w/d) Software',
    `
Die Inspectify GmbH in Darmstadt entwickelt eine Software, die mit Computer Vision Fehler in Leiterplatten findet.

Du schreibst Handbücher, Release Notes und Schulungsunterlagen für die Software, arbeitest mit den Entwicklern zusammen und pflegst unser Redaktionssystem.

Studium der technischen Redaktion, sehr gutes Deutsch und Englisch.
`,
  ),
  ad(
    'kiosk',
    'hard',
    'Aushilfe (m/w/d) Kiosk am Hauptbahnhof',
    `
Für unseren Kiosk am Hauptbahnhof Hannover suchen wir Aushilfen auf Minijob-Basis. Zeitungen, Getränke, Kasse, freundliche Kundschaft. Frühschicht ab 5 Uhr.

Wir zahlen 14 Euro pro Stunde. Kurze Bewerbung an den Inhaber, Herrn Yıldız, oder direkt am Kiosk.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'UX Designer (m/w/d) Sprachassistent',
    `
Die Autohaus-Software Meyer GmbH in Osnabrück baut einen Sprachassistenten für Werkstätten, dessen Sprachmodell ein Partner liefert.

Du gestaltest die Dialoge und die Oberfläche, führst Nutzertests in Werkstätten durch und arbeitest eng mit dem Entwicklungsteam zusammen.

Erfahrung in UX-Design, Figma, Nutzerforschung.
`,
  ),
  ad(
    'recruiting-footer',
    'hard',
    'Elektroniker (m/w/d) Betriebstechnik',
    `
Die Papierfabrik Schongau sucht einen Elektroniker für die Betriebstechnik im Schichtbetrieb.

Sie warten und reparieren Antriebe, Steuerungen und Schaltanlagen und wirken bei Modernisierungen mit.

Ausbildung als Elektroniker für Betriebstechnik.

Über uns: Unser Bewerbungsprozess ist schnell – ein KI-System prüft Ihre Unterlagen auf Vollständigkeit, und Sie hören innerhalb von drei Tagen von uns.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Support Engineer (m/f/d) Customer Success',
    `
Neuralcraft GmbH, Munich, sells an AI platform for predictive maintenance to manufacturers.

You help customers install and configure the platform, answer tickets, reproduce bugs and pass them to engineering, and run onboarding sessions.

Two years of experience in technical support, Linux basics, fluent English and German.
`,
  ),
  ad(
    'name',
    'hard',
    'Physiotherapeut (m/w/d) Praxis Ki-Yun Park',
    `
Die Praxis für Physiotherapie Ki-Yun Park in Bonn sucht Verstärkung.

Sie behandeln Patientinnen und Patienten mit orthopädischen und neurologischen Beschwerden, Manuelle Therapie und Lymphdrainage.

Abgeschlossene Ausbildung als Physiotherapeut.

Wir bieten Fortbildungen, eine faire Bezahlung und 45-Minuten-Takt.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Einkäufer (m/w/d) IT-Hardware',
    `
Die Hochschule Darmstadt bündelt ihren Einkauf von IT-Hardware.

Sie beschaffen Rechner, Server und GPU-Systeme für die Forschung zu künstlicher Intelligenz, führen Ausschreibungen nach Vergaberecht durch und verhandeln mit Lieferanten.

Kaufmännische Ausbildung, Erfahrung mit öffentlichem Vergaberecht.

Bezahlung nach E 9b TV-L, Gleitzeit und mobiles Arbeiten.
`,
  ),
  ad(
    'plus',
    'hard',
    'Softwareentwickler (m/w/d) C# Maschinensteuerung',
    `
Die Maschinenbau Holzgerlingen GmbH entwickelt Steuerungssoftware für Holzbearbeitungsmaschinen.

Du entwickelst Bedienoberflächen in C# und WPF, bindest Steuerungen über OPC UA an und testest an der Maschine.

Erfahrung mit C#. Kenntnisse in Bildverarbeitung oder neuronalen Netzen sind gerne gesehen.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Bürokaufmann (m/w/d) Start-up',
    `
Wir sind ein junges KI-Start-up aus Heidelberg, das Sprachmodelle für Arztpraxen entwickelt, und suchen eine gute Seele fürs Büro.

Du kümmerst dich um Buchhaltung, Verträge, Bestellungen und das Onboarding neuer Kolleginnen.

Kaufmännische Ausbildung, Organisationstalent.

Wir bieten ein kleines Team, flexible Arbeitszeiten, ein Büro in der Altstadt und gutes Gehalt. Schreib uns ein paar Zeilen, warum du zu uns passt.
`,
  ),
  ad(
    'tools',
    'hard',
    'Steuerfachangestellter (m/w/d)',
    `
Steuerkanzlei Albrecht & Wu, Bielefeld.

Sie erstellen Finanzbuchhaltungen, Lohnabrechnungen und Jahresabschlüsse. Wir arbeiten digital mit DATEV Unternehmen online und nutzen die automatische Belegerkennung mit künstlicher Intelligenz.

Abgeschlossene Ausbildung, Erfahrung mit DATEV.

Wir bieten ein kollegiales Team von neun Personen, Gleitzeit, Fortbildungen zum Steuerfachwirt und ein Jobticket.
`,
  ),
  ad(
    'surroundings',
    'hard',
    'Journalist (m/w/d) Wissenschaftsressort',
    `
Das Wissenschaftsmagazin Erkenntnis in Köln sucht eine Redakteurin oder einen Redakteur.

Sie recherchieren und schreiben über Forschung, vor allem über Informatik, Robotik und maschinelles Lernen, führen Interviews mit Forschenden und produzieren einen Podcast.

Studium einer Naturwissenschaft, Volontariat.
`,
  ),
];
