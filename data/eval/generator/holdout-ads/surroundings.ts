// Hold-out hard negatives: AI in the surroundings of the role (recruiters, assistants, lawyers, sellers, colleagues).
import { ad, type BoardAd } from '../board-ads/ad.js';

export const HOLDOUT_SURROUNDINGS: BoardAd[] = [
  ad(
    'recruiting',
    'hard',
    'Recruiter*in (m/w/d) Tech & Data',
    `
Die Personalberatung Kopfwerk in Düsseldorf besetzt für Kunden aus Industrie und Handel Stellen in IT und Data.

Du suchst und gewinnst Machine Learning Engineers, Data Scientists und KI-Entwickler: Du führst Interviews, sprichst Kandidaten auf LinkedIn an, verstehst, was einen guten PyTorch-Entwickler von einem mittelmäßigen unterscheidet, und begleitest beide Seiten bis zur Vertragsunterschrift.

Du hast Erfahrung im Recruiting, Freude am Telefonieren und Lust, dich in Technologie einzuarbeiten. Provision ohne Deckel.
`,
  ),
  ad(
    'recruiting',
    'hard',
    'HR Business Partner (w/m/d) für unseren KI-Bereich',
    `
Die Datenfabrik Bielefeld AG hat 400 Mitarbeitende, 120 davon im Bereich Künstliche Intelligenz.

Als HR Business Partner betreust du die Führungskräfte der KI-Teams in allen Personalfragen: Stellenplanung, Gehaltsrunden, Entwicklungsgespräche, Konflikte. Du entwickelst mit ihnen Karrierepfade für Data Scientists und ML-Engineers und planst Weiterbildungen.

Studium mit Schwerpunkt Personal, mehrjährige Erfahrung als HR Business Partner, Kenntnis des Arbeitsrechts.
`,
  ),
  ad(
    'office',
    'hard',
    'Teamassistenz (m/w/d) Forschungsgruppe Deep Learning',
    `
Die Forschungsgruppe Deep Learning am Max-Planck-Institut für Intelligente Systeme in Tübingen sucht eine Teamassistenz in Teilzeit (50 %).

Sie organisieren die Termine der Gruppenleiterin, buchen Dienstreisen zu Konferenzen über maschinelles Lernen, betreuen Gäste, kümmern sich um Bestellungen von Rechnern und die Abrechnung von Drittmitteln.

Abgeschlossene kaufmännische Ausbildung, sehr gutes Englisch, sicherer Umgang mit MS Office und SAP.
`,
  ),
  ad(
    'office',
    'hard',
    'Sachbearbeitung Drittmittel (m/w/d) – Zentrum für KI-Forschung',
    `
Die Universität Bielefeld sucht für das Zentrum für Kognition und Künstliche Intelligenz eine Sachbearbeitung (E 9b).

Sie bewirtschaften die Drittmittel der 14 Forschungsprojekte, prüfen Rechnungen, erstellen Verwendungsnachweise für DFG und BMBF und beraten die Forschenden bei Fragen des Haushaltsrechts.

Verwaltungsfachangestellte*r oder Bachelor in Betriebswirtschaft, Erfahrung mit Drittmitteln von Vorteil.
`,
  ),
  ad(
    'legal',
    'hard',
    'Syndikusrechtsanwalt (m/w/d) Technologie und Daten',
    `
Ein börsennotierter Versicherer mit Sitz in Köln sucht Verstärkung für die Rechtsabteilung.

Sie beraten die Fachbereiche zu Datenschutz, IT-Verträgen und der KI-Verordnung, prüfen Verträge mit Anbietern von KI-Software, bewerten Risiken beim Einsatz von Modellen im Schadenmanagement und schulen Führungskräfte zur Regulierung künstlicher Intelligenz.

Zwei Prädikatsexamina, erste Berufserfahrung in einer Kanzlei oder Rechtsabteilung, Interesse an Technologie.
`,
  ),
  ad(
    'legal',
    'hard',
    'Compliance Officer (m/w/d) AI Governance',
    `
Die Nordbank Hannover AG richtet ihre Governance für künstliche Intelligenz neu aus.

Sie erstellen und pflegen das Register aller KI-Anwendungen der Bank, prüfen neue Anwendungsfälle auf die Anforderungen des AI Act und der BaFin, organisieren Freigaben und berichten an den Vorstand. Die Modelle selbst entwickeln die Fachbereiche.

Studium der Rechts- oder Wirtschaftswissenschaften, Erfahrung in Compliance oder Revision, Verständnis für Datenprozesse.
`,
  ),
  ad(
    'sales',
    'hard',
    'Account Manager (m/w/d) Industriekunden',
    `
Sensorik Lahn GmbH (Wetzlar) verkauft Kamerasysteme mit KI-gestützter Fehlererkennung an Hersteller von Glas und Folien.

Sie betreuen 40 Bestandskunden, gewinnen neue Kunden in Süddeutschland, erstellen Angebote, führen Vorführungen durch und sind erste Ansprechperson für Reklamationen. Die Bildverarbeitung und die Deep-Learning-Modelle entwickelt unser Technikteam in Wetzlar.

Technische Ausbildung oder Studium, Erfahrung im Vertrieb von Investitionsgütern, Reisebereitschaft 40 %.
`,
  ),
  ad(
    'sales',
    'hard',
    'Inside Sales Representative (m/f/d) – SaaS',
    `
Textwerk is a software company in Cologne. Our platform writes product descriptions for online shops with generative AI.

You will qualify inbound leads, run product demos for shop owners, book meetings for our account executives and keep the CRM clean. You learn the product thoroughly so you can explain how our language models fit into a shop's workflow.

First experience in B2B sales, excellent German and good English. Fixed salary plus bonus.
`,
  ),
  ad(
    'marketing',
    'hard',
    'Content Marketing Manager (m/w/d)',
    `
Die Maschinenbau-Beratung Vision Robotics in Augsburg sucht eine*n Content Marketing Manager*in.

Du schreibst Fachartikel, Whitepaper und Fallstudien über unsere Projekte zu Robotik und maschinellem Lernen, interviewst dafür unsere Ingenieure, planst den Redaktionskalender und betreust LinkedIn und den Newsletter.

Studium in Kommunikation, Journalismus oder Technikredaktion, sehr gute Schreibe, Freude an technischen Themen.
`,
  ),
  ad(
    'marketing-analytics',
    'hard',
    'Marketing Analyst (m/w/d) Kampagnen-Reporting',
    `
Das Modehaus Lindner in Aachen verkauft stationär und online.

Du misst, welche Kampagnen wirken: Du pflegst Dashboards in Looker, wertest Newsletter-Öffnungen und Shop-Umsätze aus, baust Auswertungen für die Geschäftsführung und lieferst die Kampagnendaten an unser Data-Science-Team, das damit Kundensegmente per Machine Learning bildet.

Erfahrung mit Google Analytics, SQL und Excel, Freude an Zahlen.
`,
  ),
  ad(
    'data-engineering',
    'hard',
    'Data Engineer (m/w/d) Datenplattform',
    `
Die Stadtwerke Osnabrück bauen eine zentrale Datenplattform.

Ihre Aufgaben: Anbindung von Quellsystemen (SAP, Zählerfernauslesung, Leitstelle), Aufbau von ETL-Strecken mit Airflow und dbt, Datenqualität und Dokumentation. Auf der Plattform trainieren unsere Data Scientists später ihre Prognosemodelle; Sie sorgen dafür, dass die Daten pünktlich und sauber ankommen.

Erfahrung mit SQL, Python, Cloud-Datenbanken; Kenntnisse in Energiewirtschaft von Vorteil.
`,
  ),
  ad(
    'data-engineering',
    'hard',
    'Data Engineer (f/m/d) Event Streaming',
    `
Our logistics platform in Hamburg tracks 50,000 parcels an hour.

You will own the streaming pipelines (Kafka, Flink) that feed our data warehouse and the feature tables used by the machine learning team for delivery-time prediction. You will design schemas, monitor data quality and keep the pipelines cheap and fast.

Strong SQL and Scala or Java, experience with Kafka, some knowledge of cloud infrastructure. You do not need to build models.
`,
  ),
  ad(
    'bi-analyst',
    'hard',
    'BI-Analyst*in (m/w/d) Controlling',
    `
Die Gruppe Westfalen Kliniken (Hamm) sucht eine BI-Analystin oder einen BI-Analysten.

Sie erstellen Berichte zu Belegung, Erlösen und Personal in Power BI, pflegen das Datenmodell, beantworten Ad-hoc-Anfragen der Geschäftsführung und arbeiten mit der neuen Stabsstelle Künstliche Intelligenz zusammen, der Sie Kennzahlen und Datenauszüge bereitstellen.

Studium BWL, Wirtschaftsinformatik oder Gesundheitsökonomie, sichere SQL-Kenntnisse.
`,
  ),
  ad(
    'frontend',
    'hard',
    'Frontend-Entwickler*in (m/w/d) React',
    `
Lernpfad GmbH in Leipzig baut eine Lernplattform für Berufsschulen. Ein Sprachmodell gibt dort Feedback auf Aufgaben.

Du entwickelst die Oberfläche der Plattform in React und TypeScript, baust die Chat-Ansicht, in der Schüler*innen das Feedback des KI-Tutors sehen, achtest auf Barrierefreiheit und schreibst Tests. Das KI-Team nebenan liefert die Antworten über eine REST-Schnittstelle.

Mehrjährige Erfahrung mit React und TypeScript, Auge für gutes Design.
`,
  ),
  ad(
    'backend',
    'hard',
    'Backend Developer (m/w/d) Java',
    `
Das Versicherungsportal Schadenfix in Dortmund verarbeitet 2.000 Schadensmeldungen am Tag.

Du entwickelst unsere Backend-Services in Java und Spring Boot: Schnittstellen zu Versicherern, Dokumentenablage, Zahlungsfreigaben. Die Bilderkennung von Fahrzeugschäden, die unser ML-Team betreibt, bindest du als einen Dienst unter vielen an.

Solide Java-Kenntnisse, Erfahrung mit PostgreSQL und REST, Lust auf sauberen Code.
`,
  ),
  ad(
    'project-management',
    'hard',
    'Projektmanager*in (m/w/d) Förderprojekte',
    `
Das Kompetenzzentrum Mittelstand Digital in Siegen unterstützt kleine Firmen bei der Digitalisierung.

Sie leiten das Projekt „KI für das Handwerk“: Sie planen Veranstaltungen, koordinieren die Partner, berichten an den Fördergeber und werben Betriebe für Pilotprojekte. Die technischen Umsetzungen machen die wissenschaftlichen Mitarbeitenden der Universität.

Abgeschlossenes Studium, Erfahrung im Projektmanagement, gern in öffentlich geförderten Projekten; Führerschein B.
`,
  ),
  ad(
    'project-management',
    'hard',
    'Product Owner (w/m/d) Kundenportal',
    `
Die Baugenossenschaft Rheinufer in Düsseldorf digitalisiert ihren Mieterservice.

Als Product Owner verantwortest du unser Mieterportal: Du sammelst Anforderungen der Mieter und der Hausverwaltung, pflegst das Backlog, priorisierst mit dem Dienstleister und nimmst Funktionen ab. Im nächsten Jahr kommt ein Chatbot eines externen KI-Anbieters dazu, dessen Einführung du begleitest.

Erfahrung als Product Owner, Scrum-Zertifikat, Verständnis für Wohnungswirtschaft.
`,
  ),
  ad(
    'ux',
    'hard',
    'UX Researcher (m/w/d)',
    `
Autonom Mobil in München entwickelt Software für fahrerlose Shuttles.

Du untersuchst, wie Fahrgäste den Shuttles vertrauen: Interviews, Beobachtungen an Haltestellen, Tests von Anzeigen im Fahrzeug. Deine Ergebnisse gibst du an die Teams weiter, die Wahrnehmung und Fahrentscheidungen mit Deep Learning entwickeln.

Studium in Psychologie, HCI oder Design, Erfahrung mit qualitativen und quantitativen Methoden.
`,
  ),
  ad(
    'ux',
    'hard',
    'UI/UX Designer (m/f/d) for an AI Product',
    `
Klarsicht Analytics in Berlin sells an AI platform that reads invoices for accounting firms.

You will design the screens where accountants review what our models extracted, run usability tests, build and maintain our design system in Figma and work closely with front-end developers. You will not train models, but you will help users understand when the model is unsure.

3+ years of product design, a strong portfolio, good German.
`,
  ),
  ad(
    'it-support',
    'hard',
    'Systemadministrator*in (m/w/d) Forschungs-IT',
    `
Das Rechenzentrum der Universität Kassel sucht eine*n Systemadministrator*in (E 11).

Sie betreiben unseren Hochleistungsrechner und den neuen GPU-Cluster, auf dem die Arbeitsgruppen ihre neuronalen Netze trainieren: Installation, Job-Scheduler (Slurm), Benutzerverwaltung, Speicher, Updates. Sie beraten die Forschenden bei technischen Fragen zum Cluster.

Ausbildung als Fachinformatiker*in oder Studium, sehr gute Linux-Kenntnisse, Erfahrung mit HPC.
`,
  ),
  ad(
    'event',
    'hard',
    'Veranstaltungsmanager*in (m/w/d) KI-Konferenz',
    `
Die Messe Essen organisiert im nächsten Herbst zum dritten Mal die „Ruhr AI Days“ mit 3.000 Besuchern.

Sie planen das Programm mit dem Fachbeirat, betreuen Sprecherinnen und Aussteller, organisieren Technik, Catering und Logistik und halten das Budget im Blick.

Ausbildung als Veranstaltungskauffrau/-mann oder Studium im Eventmanagement, mehrjährige Erfahrung mit Kongressen.
`,
  ),
  ad(
    'journalism',
    'hard',
    'Redakteur*in (m/w/d) Technologie',
    `
Das Wirtschaftsmagazin Rheinland Business in Bonn sucht eine Redakteurin oder einen Redakteur für das Ressort Technologie.

Sie berichten über Start-ups, Digitalisierung und künstliche Intelligenz in der Region, führen Interviews, recherchieren Hintergründe zu Chips und Sprachmodellen und produzieren den wöchentlichen Podcast.

Volontariat oder journalistische Ausbildung, sichere Schreibe, Neugier auf Technik.
`,
  ),
  ad(
    'teaching',
    'hard',
    'Lehrkraft (m/w/d) für Informatik am Berufskolleg',
    `
Das Berufskolleg am Wasserturm in Mönchengladbach sucht eine Lehrkraft für Informatik und Wirtschaftsinformatik.

Sie unterrichten Fachinformatiker*innen in Programmierung, Datenbanken und Netzwerktechnik, betreuen Projektarbeiten und gestalten im Bildungsgang „Daten- und Prozessanalyse“ die Lernfelder zu Statistik und einem Einblick in KI-Methoden mit.

Lehramtsbefähigung oder Seiteneinstieg mit Master in Informatik.
`,
  ),
  ad(
    'consulting',
    'hard',
    'Unternehmensberater*in (m/w/d) Digitale Strategie',
    `
Wir sind eine Strategieberatung mit 30 Leuten in Stuttgart und beraten Familienunternehmen.

Sie analysieren Geschäftsmodelle, entwickeln Digitalstrategien und KI-Roadmaps für unsere Kunden, moderieren Workshops mit der Geschäftsführung und steuern externe Umsetzungspartner. Programmieren gehört nicht zu Ihren Aufgaben.

Abgeschlossenes Studium der Wirtschaftswissenschaften, zwei bis vier Jahre Beratungserfahrung, sehr gute Präsentationsfähigkeiten.
`,
  ),
  ad(
    'finance',
    'hard',
    'Controller*in (m/w/d) Forschung & Entwicklung',
    `
Die Automobilzulieferer-Gruppe Brinkhaus in Gütersloh investiert stark in automatisiertes Fahren.

Sie steuern das Budget unserer Entwicklungsbereiche – von der Mechanik bis zu den Teams, die Objekterkennung und Fahrfunktionen mit neuronalen Netzen entwickeln –, erstellen Forecasts und Projektkalkulationen und beraten die Bereichsleitungen.

Studium BWL mit Schwerpunkt Controlling, SAP CO, sehr gute Excel-Kenntnisse.
`,
  ),
  ad(
    'office',
    'hard',
    'Office Manager (m/w/d) – KI-Start-up',
    `
Wir sind Lernkurve, ein Start-up aus Aachen mit 22 Leuten, das Sprachmodelle für Schulen entwickelt.

Du hältst uns den Rücken frei: Büroorganisation, Einkauf, Onboarding neuer Kolleg*innen, Reisen, Teamevents und die Zusammenarbeit mit Steuerberatung und Hausverwaltung.

Kaufmännische Ausbildung oder Erfahrung im Office Management, Organisationstalent, gute Laune.
`,
  ),
  ad(
    'purchasing',
    'hard',
    'Einkäufer*in (m/w/d) IT und Rechenzentrum',
    `
Die Landesdatenzentrale Nordrhein in Düsseldorf beschafft IT für die Landesverwaltung.

Sie führen Vergabeverfahren für Server, GPU-Systeme für KI-Anwendungen und Softwarelizenzen durch, verhandeln Rahmenverträge, bewerten Angebote und halten das Vergaberecht ein.

Studium oder Fortbildung im öffentlichen Einkauf, Kenntnisse der VgV und UVgO, technisches Verständnis.
`,
  ),
  ad(
    'tester',
    'hard',
    'Softwaretester*in (m/w/d) Mobile Apps',
    `
Die App-Agentur Pixelhafen in Kiel entwickelt Apps für Banken und Stadtwerke.

Du testest unsere iOS- und Android-Apps manuell und automatisiert (Appium), schreibst Testfälle und Fehlerberichte und prüfst auch den eingebauten Sprachassistenten, den ein Partner mit KI entwickelt, auf korrekte Bedienabläufe.

ISTQB Foundation, Erfahrung im Testen mobiler Apps, Sorgfalt.
`,
  ),
  ad(
    'hr',
    'hard',
    'Personalreferent*in (m/w/d) Hochschule',
    `
Die Hochschule Rhein-Waal in Kleve sucht eine*n Personalreferent*in.

Sie betreuen das wissenschaftliche Personal der Fakultät Technologie und Bionik, begleiten Berufungsverfahren – derzeit vor allem für die neuen Professuren für Data Science und maschinelles Lernen –, prüfen Arbeitsverträge und beraten zum Wissenschaftszeitvertragsgesetz.

Studium der Rechts- oder Verwaltungswissenschaften, Erfahrung im Personalwesen des öffentlichen Dienstes.
`,
  ),
  ad(
    'backend',
    'hard',
    'Software Engineer (m/f/d) Backend – Payments',
    `
Payhafen, a payment provider in Hannover, processes 10 million transactions a month.

You will build the payment APIs in Kotlin, integrate banks and card schemes, and keep the ledger correct. Your services call the fraud-scoring model that our data science team trains and runs; you make sure the call is fast and fails safely.

Experience with JVM languages, distributed systems and PostgreSQL. Knowledge of PCI DSS is welcome.
`,
  ),
  ad(
    'translation',
    'hard',
    'Übersetzer*in (m/w/d) Englisch–Deutsch, Fachgebiet IT',
    `
Das Übersetzungsbüro Wortlaut in Heidelberg sucht eine festangestellte Übersetzerin oder einen festangestellten Übersetzer.

Sie übersetzen Handbücher, Softwareoberflächen und Fachartikel zu Cloud, Cybersecurity und künstlicher Intelligenz für Softwarehäuser, pflegen Terminologiedatenbanken und lektorieren Übersetzungen von Kolleg*innen.

Abgeschlossenes Übersetzerstudium, sehr gute IT-Terminologie, Erfahrung mit Trados.
`,
  ),
  ad(
    'facility',
    'hard',
    'Haustechniker*in (m/w/d) Rechenzentrum',
    `
Ein Betreiber von Rechenzentren in Frankfurt-Seckbach erweitert seinen Standort um eine Halle für KI-Rechenzentren mit Flüssigkühlung.

Sie warten Kälteanlagen, Notstromaggregate und USV, führen Rundgänge und Prüfungen durch, koordinieren Fremdfirmen und nehmen an der Rufbereitschaft teil.

Ausbildung als Elektroniker*in, Mechatroniker*in oder Kälteanlagenbauer*in, Schichtbereitschaft.
`,
  ),
];
