// Hand-written hard negatives (part 3): abbreviations (KI, AI), "…AI GmbH" employers, English ads, data roles without ML.
import { ad, type BoardAd } from './ad.js';

export const HARD_NEGATIVES_3: BoardAd[] = [
  ad(
    'police',
    'hard',
    'Tarifbeschäftigte (m/w/d) Sachbearbeitung Kriminalinspektion 2 (KI 2)',
    `
Das Polizeipräsidium Ruhr-Nord sucht für die Kriminalinspektion 2 (KI 2) in Recklinghausen eine Tarifbeschäftigte oder einen Tarifbeschäftigten (EG 6 TV-L).

Aufgaben in der KI 2: Führung der Vorgangsverwaltung, Schreibarbeiten, Aktenverwaltung, Unterstützung der Ermittlungskommissariate bei Recherchen in polizeilichen Systemen.

Voraussetzung: Abgeschlossene Ausbildung als Verwaltungsfachangestellte*r, Kauffrau/Kaufmann für Büromanagement oder vergleichbar; Zuverlässigkeit und Verschwiegenheit.

Eine Sicherheitsüberprüfung ist Voraussetzung für die Einstellung.
`,
  ),
  ad(
    'printing',
    'hard',
    'Mediengestalter (m/w/d) Druckvorstufe',
    `
Druckerei Lennartz & Söhne, Gevelsberg – Offset- und Digitaldruck seit 1924.

Ihre Aufgaben:
• Prüfung und Aufbereitung von Kundendaten (PDF, AI, EPS, INDD) für den Druck
• Ausschießen, Farbmanagement, Plattenbelichtung
• Kleine Gestaltungsaufträge für Stammkunden

Ihr Profil: Ausbildung als Mediengestalter*in Digital und Print, sicher in Adobe Illustrator, InDesign und Acrobat.

Wir bieten: 38 Stunden, Tarif Druckindustrie, Gleitzeit.

Wir freuen uns auf Ihre Unterlagen.
`,
  ),
  ad(
    'industrial-clerk',
    'hard',
    'Ausbildung Industriekaufmann/-frau (m/w/d) 2027 – AI/IK',
    `
Die Rheinbogen Antriebstechnik GmbH bildet jedes Jahr Industriekaufleute aus. Intern heißt der Ausbildungsgang „AI/IK“ (Ausbildung Industriekaufleute), und genau dafür suchen wir dich.

Du lernst Einkauf, Vertrieb, Personal, Buchhaltung und Controlling kennen, verbringst sechs Wochen in unserer Niederlassung in Polen und besuchst das Berufskolleg in Duisburg.

Du hast Fachoberschulreife oder Abitur, Spaß an Zahlen und an Menschen.

Ausbildungsvergütung nach IG Metall: 1.150 € im ersten Jahr.
`,
  ),
  ad(
    'ngo',
    'hard',
    'Fundraiser (m/w/d) – Amnesty-International-Gruppe Ruhr (Honorar)',
    `
Die regionalen Gruppen von Amnesty International (AI) im Ruhrgebiet suchen eine Honorarkraft für Fundraising und Veranstaltungen (10 Std./Woche).

Du planst Benefizkonzerte und Infostände, schreibst Förderanträge an Stiftungen und betreust ehrenamtliche Helferinnen und Helfer. Die Arbeit der AI-Gruppen kennst du idealerweise schon.

Honorar nach Vereinbarung, Arbeit im Büro in Bochum und von zuhause.

Bitte schreib uns, warum dir Menschenrechte wichtig sind.
`,
  ),
  ad(
    'facility',
    'hard',
    'Hausmeister (m/w/d) – Kaiser AI Facility GmbH',
    `
Die Kaiser AI Facility GmbH (AI = Ausbau & Instandhaltung) betreut Wohn- und Gewerbeimmobilien in Essen und Mülheim.

Ihre Aufgaben: Kleinreparaturen, Kontrollgänge, Gartenpflege, Winterdienst, Betreuung von Handwerkern, Ansprechpartner für Mieterinnen und Mieter.

Ihr Profil: Handwerkliche Ausbildung, Führerschein B, Zuverlässigkeit.

Wir bieten: Vollzeit, Firmenwagen, Diensthandy, unbefristeter Vertrag.

Wir sind ein mittelständischer Familienbetrieb mit 35 Beschäftigten. Bewerbungen bitte an Herrn Kaiser, gern auch telefonisch unter 0201 84 90 33.
`,
  ),
  ad(
    'office-ai-startup',
    'hard',
    'Empfangsmitarbeiter (m/w/d) – Nordstern AI GmbH',
    `
Die Nordstern AI GmbH in Gelsenkirchen entwickelt KI-Software für Stadtwerke. Für unseren Empfang suchen wir eine freundliche Persönlichkeit (Teilzeit, vormittags).

Sie begrüßen Gäste, nehmen Telefonate an, bearbeiten Post und Paketeingänge, pflegen den Besprechungsraumkalender und bestellen Büromaterial.

Voraussetzungen: Erfahrung am Empfang oder im Sekretariat, gute Deutsch- und Englischkenntnisse.

Arbeitszeit Mo–Fr 8–13 Uhr. Wir bieten ein freundliches Team, ein helles Büro und ein Deutschlandticket. Bewerbungen an people@nordstern.example.
`,
  ),
  ad(
    'bi-analyst',
    'hard',
    'Data Analyst (m/w/d) Marketing',
    `
Kaufhaus Kettwig Online sucht eine Datenanalystin oder einen Datenanalysten für das Marketing.

Aufgaben
– Auswertung von Kampagnen, Newsletter-Öffnungen und Warenkörben
– Aufbau von Dashboards in Looker Studio und Tableau
– Definition von KPIs und regelmäßiges Reporting an die Bereichsleitung
– Zusammenarbeit mit unserem Data-Science-Team, das Prognosemodelle bereitstellt, die du in deinen Reports verwendest

Profil
– Studium mit analytischem Schwerpunkt
– SQL, Tableau oder Looker; Excel beherrschst du im Schlaf

Homeoffice, 30 Tage Urlaub, Mitarbeiterrabatt.
`,
  ),
  ad(
    'data-engineer',
    'hard',
    'Data Engineer (m/f/d) – Analytics Platform',
    `
Ruhrmobil, the car-sharing service of the Ruhr area, is looking for a data engineer.

You will build batch and streaming pipelines (Kafka, dbt, Snowflake), model our core data (trips, cars, customers), and make sure finance and operations get correct numbers every morning. You will work next to our data scientists, who use your tables for their forecasting models.

You bring 3+ years of data engineering, strong SQL, Python and experience with orchestration (Airflow or Dagster). Experience with ML pipelines is a plus.

Hybrid in Essen, €65–80k.
`,
  ),
  ad(
    'software-developer',
    'hard',
    'Senior Software Engineer (m/f/d) – Backend',
    `
At Koksofen.io we build an AI agent for maintenance teams. Our ML engineers train and evaluate the models; you will build everything around them.

Your tasks: design and build APIs for user management, permissions and document import; run our PostgreSQL database; keep the system secure and fast.

You have: 5+ years of backend experience (Go or Python), PostgreSQL, AWS. Interest in AI is welcome, but you will not work on models.

Remote in the EU or office in Bochum.
`,
  ),
  ad(
    'it-admin',
    'hard',
    'Systemadministrator (m/w/d) Linux',
    `
Das Rechenzentrum der Hochschule Westliches Ruhrgebiet in Mülheim sucht eine*n Systemadministrator*in (EG 11 TV-L, unbefristet).

Sie betreiben unsere Linux-Server, das Speichersystem und den neuen GPU-Cluster, den Forschungsgruppen für KI-Projekte nutzen. Sie kümmern sich um Installation, Updates, Backups, Monitoring und die Nutzerverwaltung (Slurm).

Profil: Studium der Informatik oder Ausbildung als Fachinformatiker*in mit Berufserfahrung; gute Kenntnisse in Linux, Netzwerken und Automatisierung (Ansible).
`,
  ),
  ad(
    'marketing',
    'hard',
    'Marketing Manager (m/f/d) – AI SaaS',
    `
Zollverein Labs builds a compliance assistant powered by large language models for banks.

You will own our marketing: website, webinars, trade fairs, case studies and LinkedIn. You will write about what our AI does for compliance teams and work with sales on campaigns.

You have 4+ years of B2B marketing experience in software, excellent English and good German. You don't need to know how to train a model – you need to explain why it matters.
`,
  ),
  ad(
    'nurse',
    'hard',
    'Altenpfleger (m/w/d) – ambulanter Dienst',
    `
Pflegedienst Lebensfreude in Castrop-Rauxel – 60 Mitarbeitende, 250 Kundinnen und Kunden.

Sie versorgen pflegebedürftige Menschen zu Hause, führen Behandlungspflege durch und dokumentieren auf dem Tablet. Die Tourenplanung und Teile der Dokumentation unterstützt eine KI-Software.

Examen als Altenpfleger*in oder Pflegefachkraft, Führerschein B.

Wir bieten: Dienstwagen, 3.700 € brutto plus Zuschläge, feste Touren.

Rufen Sie unsere Pflegedienstleitung an oder bewerben Sie sich per E-Mail.
`,
  ),
  ad(
    'retail',
    'hard',
    'Filialleiter (m/w/d) Drogeriemarkt',
    `
Für unsere Filiale in Bochum-Wattenscheid suchen wir eine Filialleitung in Vollzeit.

Sie führen ein Team von zwölf Mitarbeitenden, sind für Umsatz, Personal- und Warenplanung verantwortlich. Die Bestellvorschläge erstellt bei uns eine KI-gestützte Disposition – Sie prüfen und passen an.

Ausbildung im Einzelhandel und mehrjährige Führungserfahrung.

Wir bieten ein Gehalt ab 3.800 €, eine strukturierte Einarbeitung, Weiterbildung zur Bezirksleitung und Personalrabatt. Bitte bewerben Sie sich über unser Karriereportal.
`,
  ),
  ad(
    'teacher-ai-tools',
    'hard',
    'Trainer (m/w/d) Microsoft 365 und Copilot – Inhouse-Schulungen',
    `
Die IT-Akademie Ruhr (Essen) schult Beschäftigte von Unternehmen und Verwaltungen.

Sie konzipieren und halten Schulungen zu Microsoft 365 – Teams, SharePoint, Excel – und zum Einsatz von Microsoft Copilot im Arbeitsalltag. Sie beraten Kunden zu Schulungsbedarf und erstellen Lernmaterial.

Voraussetzungen: Trainererfahrung, sehr gute Kenntnisse von Microsoft 365, idealerweise MCT-Zertifizierung.

Festanstellung, Firmenwagen, Reisetätigkeit in NRW.
`,
  ),
  ad(
    'sales-ai-product',
    'hard',
    'Customer Success Manager (m/w/d) – KI-Dokumentenerkennung',
    `
Die Ruhrdocs GmbH verkauft eine Software, die Dokumente für Versicherer mit künstlicher Intelligenz ausliest.

Als Customer Success Manager betreust du unsere Bestandskunden nach dem Go-live: Du führst Schulungen durch, sammelst Feedback, erkennst Potenzial für Zusatzmodule und sorgst dafür, dass Kunden verlängern.

Du hast Erfahrung im Kundenmanagement bei einem Softwareanbieter und Verständnis für Versicherungsprozesse.

Wir bieten Homeoffice, 30 Tage Urlaub und ein Festgehalt plus Bonus.

Über Ruhrdocs
Ruhrdocs wurde 2019 in Essen gegründet und beschäftigt heute 35 Menschen. Zu unseren Kunden zählen zwölf Versicherer in Deutschland und Österreich. Wir sind profitabel, unabhängig finanziert und wachsen langsam, aber stetig.

Hinweis zum Bewerbungsverfahren: Wir setzen in unserem Bewerbungsprozess keine automatisierten Entscheidungen ein. Ihre Unterlagen werden von der Teamleitung und einer Person aus der Personalabteilung gelesen. Ein kurzes Kennenlernen per Video ist der erste Schritt, danach laden wir Sie zu uns nach Essen-Rüttenscheid ein.
`,
  ),
  ad(
    'electrician',
    'hard',
    'Servicetechniker (m/w/d) Sicherheitstechnik',
    `
Die Torwacht Sicherheitstechnik GmbH (Hamm) sucht Servicetechniker*innen für den Außendienst.

Sie installieren und warten Videoüberwachungsanlagen mit KI-Kameras, Zutrittskontrollen und Schranken bei Kunden im Ruhrgebiet. Sie richten Kameras ein, aktualisieren die Firmware und weisen Kunden ein.

Ausbildung als Elektroniker*in oder IT-Systemelektroniker*in, Führerschein B.

Wir bieten ein Servicefahrzeug auch zur privaten Nutzung, feste Arbeitszeiten, Rufbereitschaft mit Zulage und Schulungen bei unseren Herstellern. Bewerbungen an technik@torwacht.example.
`,
  ),
  ad(
    'teacher',
    'hard',
    'Lehrer (m/w/d) Mathematik/Informatik – Privatschule',
    `
Das Private Gymnasium am Kemnader See in Witten sucht eine Lehrkraft für Mathematik und Informatik (Sek I und II).

Sie unterrichten Mathematik und Informatik, betreuen die Informatik-AG und gestalten unser Medienkonzept mit, das auch den Umgang mit KI im Unterricht regelt.

Voraussetzung: Zweites Staatsexamen.

Vergütung angelehnt an TV-L, kleine Klassen, moderne Ausstattung.

Bewerbungen bitte an die Schulleitung.
`,
  ),
  ad(
    'journalist',
    'hard',
    'Volontär (m/w/d) Lokalredaktion',
    `
Die Medienhaus Westruhr GmbH bildet Volontärinnen und Volontäre für ihre Lokalredaktionen in Essen, Bottrop und Gladbeck aus (24 Monate).

Sie recherchieren, schreiben und fotografieren, produzieren Videos und lernen alle Ressorts kennen. Im Rahmen der Ausbildung besuchen Sie auch ein Modul zum Umgang mit KI-Werkzeugen in der Redaktion.

Voraussetzung: Studium oder abgeschlossene Ausbildung, erste journalistische Erfahrungen.

Das Volontariat wird nach Tarif vergütet.
`,
  ),
  ad(
    'logistics',
    'hard',
    'Lagerleiter (m/w/d) – automatisiertes Lager',
    `
Paketweg Systems betreibt in Unna ein eigenes Demo- und Kundenlager, in dem unsere Greifroboter mit KI-Bildverarbeitung im echten Betrieb laufen.

Sie leiten das Lager mit 20 Mitarbeitenden: Schichtplanung, Wareneingang und -ausgang, Inventuren, Arbeitssicherheit. Bei Störungen der Roboter sind Sie erste Ansprechperson für unser Technikteam.

Erfahrung als Lagerleiter*in, Führungsstärke, Staplerschein.

Wir bieten ein unbefristetes Arbeitsverhältnis, einen Firmenwagen und ein Gehalt, das Ihrer Verantwortung entspricht.
`,
  ),
  ad(
    'call-center',
    'hard',
    'Call-Center-Agent (m/w/d) – Inbound',
    `
Kanalfunk betreibt Sprachassistenten für Stadtwerke. Wenn der Sprachassistent nicht weiterweiß, übernehmen unsere Agentinnen und Agenten.

Ihre Aufgaben: Annahme eingehender Anrufe von Stadtwerke-Kundinnen und -Kunden, Bearbeitung von Zählerständen, Abschlägen und Umzügen, Dokumentation im CRM.

Voraussetzung: gutes Deutsch, freundliche Stimme, PC-Kenntnisse. Quereinsteiger willkommen.

Teilzeit oder Vollzeit, Homeoffice nach Einarbeitung, 14,50 €/Std.

Bewirb dich ganz einfach mit ein paar Zeilen.
`,
  ),
  ad(
    'software-developer',
    'hard',
    'Softwareentwickler (m/w/d) .NET – Versicherung',
    `
Die Westfalenring Versicherungsgruppe sucht .NET-Entwicklerinnen und -Entwickler für das Team Bestandsführung.

Du entwickelst Fachanwendungen in C# und .NET 8, arbeitest in einem Scrum-Team und kümmerst dich um Schnittstellen zu Partnersystemen. Erfahrung mit KI-Assistenten (z. B. GitHub Copilot) ist willkommen.

Profil: Studium oder Ausbildung in der Informatik, Erfahrung mit C#, SQL Server und REST.

Wir bieten Tarif, Gleitzeit und mobiles Arbeiten bis 80 %.
`,
  ),
  ad(
    'bi-analyst',
    'hard',
    'Statistiker*in (m/w/d) für die amtliche Statistik',
    `
Das Amt für Statistik und Wahlen der Stadt Dortmund-Ost sucht eine*n Statistiker*in (EG 11 TVöD).

Aufgaben: Erstellung des Statistischen Jahrbuchs, kleinräumige Auswertungen für Verwaltung und Politik, Durchführung von Bürgerbefragungen, Organisation von Wahlstatistiken. Sie prüfen außerdem, ob Chatbots die Auskunft zu Statistiken verbessern können – die Entwicklung liegt beim IT-Dienstleister.

Profil: Studium der Statistik, Sozialwissenschaften oder Geografie; Kenntnisse in R oder SPSS.
`,
  ),
  ad(
    'consultant',
    'hard',
    'Unternehmensberater (m/w/d) Digitalisierung & KI-Strategie',
    `
Die Zechenring Consulting GmbH berät den Mittelstand in Strategie- und Organisationsfragen.

Als Berater*in führen Sie Workshops zur Digitalstrategie durch, analysieren Prozesse, identifizieren Einsatzfelder für KI und begleiten die Auswahl von Softwareanbietern. Die technische Umsetzung übernehmen unsere Partner.

Sie haben ein abgeschlossenes Studium (BWL, Wirtschaftsingenieurwesen), 3 Jahre Beratungserfahrung und Freude an Präsentationen.

Wir bieten ein Festgehalt plus Bonus, Dienstwagen und 30 Tage Urlaub.
`,
  ),
  ad(
    'admin',
    'hard',
    'Verwaltungsfachangestellte (m/w/d) – Bürgerbüro',
    `
Die Gemeinde Holzwickede sucht eine Verwaltungsfachangestellte oder einen Verwaltungsfachangestellten für das Bürgerbüro (EG 8 TVöD).

Aufgaben: Pass- und Meldewesen, Führungszeugnisse, Beglaubigungen, Auskünfte. Seit diesem Jahr beantwortet ein KI-Chatbot auf unserer Website einfache Fragen; Sie pflegen gemeinsam mit der IT seine Antworten.

Ausbildung als Verwaltungsfachangestellte*r oder Angestelltenlehrgang I.

Wir bieten ein unbefristetes Arbeitsverhältnis, Gleitzeit im Rahmen der Öffnungszeiten und die Zusatzversorgung. Bewerbungen bitte über Interamt.
`,
  ),
  ad(
    'hr',
    'hard',
    'HR Business Partner (m/f/d)',
    `
Koksofen.io is growing from 60 to 120 people this year. We are an AI company, but this is not an AI job.

As HR Business Partner you will support our leads in hiring, onboarding, performance reviews and compensation; build our people processes from scratch; and keep our culture friendly and direct.

You have 4+ years in HR at a tech company, know German labour law and speak English and German fluently.
`,
  ),
  ad(
    'sales',
    'hard',
    'Verkäufer (m/w/d) Autohaus – Neuwagen',
    `
Das Autohaus Bergmann in Schwelm sucht eine Verkäuferin oder einen Verkäufer für Neuwagen.

Sie beraten zu unseren Modellen, deren Assistenzsysteme mit KI-gestützter Verkehrszeichenerkennung und Sprachsteuerung Sie unseren Kundinnen und Kunden bei der Probefahrt erklären; Sie erstellen Angebote und Finanzierungen.

Kaufmännische Ausbildung, Erfahrung im Automobilverkauf, Führerschein B.

Fixum plus Provision, Vorführwagen.

Bewerbungen gern an Herrn Bergmann persönlich.
`,
  ),
  ad(
    'technician',
    'hard',
    'Mechatroniker (m/w/d) Instandhaltung',
    `
Die Wertstoffwerk Herten GmbH sucht Mechatroniker*innen für die Instandhaltung unserer Sortieranlage.

Sie warten Förderbänder, Siebe, Druckluftsysteme und die Sensoren unserer KI-Sortiertechnik, beheben Störungen und nehmen an der Rufbereitschaft teil.

Ausbildung als Mechatroniker*in oder Industrieelektriker*in, Schichtbereitschaft.

Wir bieten Tariflohn, Schicht- und Rufbereitschaftszulagen, einen unbefristeten Vertrag und Weiterbildung zum Techniker oder Meister. Wir freuen uns auf Ihre Bewerbung an personal@wertstoffwerk-herten.example.
`,
  ),
  ad(
    'it-project',
    'hard',
    'IT-Projektleiter (m/w/d) SAP S/4HANA',
    `
Die Chemiepark Marl Services GmbH führt SAP S/4HANA ein.

Sie leiten Teilprojekte (Finanzen, Instandhaltung), steuern externe Berater, planen Tests und Schulungen und berichten an den Lenkungskreis. Kenntnisse zu SAP Business AI (Joule) sind wünschenswert.

Studium der Wirtschaftsinformatik, Erfahrung in SAP-Einführungsprojekten.

Wir bieten Tarif Chemie, 37,5 Stunden, mobiles Arbeiten, betriebliche Altersversorgung und ein Projekt, das Sie über mehrere Jahre prägen können. Ihre Ansprechpartnerin ist Frau Dr. Lenz.
`,
  ),
  ad(
    'office',
    'hard',
    'Sekretärin (m/w/d) Lehrstuhl für Maschinelles Lernen',
    `
Am Lehrstuhl für Maschinelles Lernen der Universität Emscher-Lippe ist die Stelle einer Sekretärin / eines Sekretärs (EG 8 TV-L, 50 %) zu besetzen.

Aufgaben: Organisation des Sekretariats, Terminverwaltung des Lehrstuhlinhabers, Betreuung von Gästen, Abwicklung von Dienstreisen und Beschaffungen, Unterstützung bei der Verwaltung von Drittmittelprojekten.

Voraussetzung: Abgeschlossene Ausbildung als Kauffrau/Kaufmann für Büromanagement, sehr gute Englischkenntnisse.

Die Stelle ist unbefristet.
`,
  ),
];
