// Hand-written hard negatives (part 2): AI tools used on the job, AI as "a plus", AI in recruiting, AI in footers.
import { ad, type BoardAd } from './ad.js';

export const HARD_NEGATIVES_2: BoardAd[] = [
  ad(
    'marketing',
    'hard',
    'Content Marketing Manager (m/w/d)',
    `
Die Ruhrperle Reisen GmbH aus Essen organisiert Gruppenreisen für Vereine und Senioren.

Deine Aufgaben
• Du planst Inhalte für Website, Newsletter und Social Media.
• Du schreibst Reiseberichte, Produkttexte und Anzeigen – gern mit Unterstützung von KI-Tools wie ChatGPT oder DeepL, die du souverän einsetzt und kritisch prüfst.
• Du erstellst Bilder und kurze Videos mit Canva und Adobe Express (inklusive der KI-Funktionen).
• Du wertest Kampagnen mit Google Analytics aus.

Dein Profil
• Abgeschlossenes Studium oder Ausbildung im Bereich Marketing, Kommunikation oder Tourismus
• Stilsicheres Deutsch
• Erfahrung im Umgang mit generativer KI für Text und Bild

Wir bieten: 30 Tage Urlaub, eine Freireise im Jahr, Homeoffice an zwei Tagen.
`,
  ),
  ad(
    'accounting',
    'hard',
    'Buchhalter (m/w/d) – Finanzbuchhaltung',
    `
Die Steuerberatungsgesellschaft Altenbeck & Partner mbB in Bochum betreut 600 Mandanten aus Handwerk und Mittelstand.

Ihre Aufgaben:
– Laufende Finanzbuchhaltung und Lohnbuchhaltung unserer Mandanten
– Vorbereitung von Jahresabschlüssen
– Arbeit mit DATEV Unternehmen online, inklusive der KI-gestützten Belegerkennung
– Ansprechpartner*in für Mandanten bei Rückfragen

Ihr Profil:
– Ausbildung als Steuerfachangestellte*r oder Finanzbuchhalter*in
– Sicherer Umgang mit DATEV
– Offenheit für digitale Arbeitsweisen und künstliche Intelligenz im Kanzleialltag

Wir bieten: 4-Tage-Woche möglich, mobiles Arbeiten, Fortbildungen über DATEV und die Steuerberaterkammer.

Über uns
Wir sind eine Kanzlei mit 42 Mitarbeitenden, zwei Steuerberaterinnen und einem Steuerberater. Unsere Mandanten sind Handwerksbetriebe, Arztpraxen und kleine Industrieunternehmen aus Bochum und Umgebung. Seit einigen Jahren arbeiten wir weitgehend papierlos: Belege kommen digital, Auswertungen gehen digital raus, und unsere Mandanten sehen ihre Zahlen tagesaktuell.

Was uns wichtig ist
Wir nehmen uns Zeit für die Einarbeitung, bezahlen Fortbildungen bis zum Steuerfachwirt oder Bilanzbuchhalter und sprechen offen über Gehalt. Feste Ansprechpartner in der Kanzlei, kurze Wege zu den Berufsträgern und ein Team, das sich auch nach Feierabend mal trifft.

Ihre Bewerbung richten Sie bitte an Frau Altenbeck, gerne per E-Mail. Wir melden uns innerhalb einer Woche.
`,
  ),
  ad(
    'software-developer',
    'hard',
    'Java-Entwickler (m/w/d) Backend',
    `
Die Kontorsoft GmbH entwickelt ERP-Software für den Großhandel. Unser Entwicklungsstandort ist Dortmund-Phoenix-West.

Aufgaben
- Weiterentwicklung unserer Microservices in Java 21 und Spring Boot
- Entwurf von REST-Schnittstellen, Performance-Optimierung auf PostgreSQL
- Code-Reviews und Pair Programming; GitHub Copilot steht allen Entwicklerinnen und Entwicklern zur Verfügung
- Betrieb in Kubernetes gemeinsam mit dem Plattform-Team

Profil
- Mehrjährige Erfahrung mit Java und Spring
- Gute Kenntnisse in SQL
- Erfahrung mit KI-Assistenten in der Entwicklung ist ein Plus

Wir bieten: 30 Tage Urlaub, 38 Stunden, Remote bis 100 %, Weiterbildungsbudget.
`,
  ),
  ad(
    'customer-service',
    'hard',
    'Kundenservice-Mitarbeiter (m/w/d) – Telefon und Chat',
    `
Die Stadtwerke Witten suchen Verstärkung für das Kundencenter.

Sie beantworten Anfragen zu Strom- und Gasverträgen per Telefon, E-Mail und Chat. Einfache Fragen beantwortet inzwischen unser KI-Chatbot – Sie übernehmen, wenn es komplizierter wird, und prüfen die Vorschläge, die das System für Antworten macht.

Voraussetzungen: Kaufmännische Ausbildung, Freude am Kundenkontakt, sicherer Umgang mit dem PC.

Wir bieten: TV-V, Gleitzeit, keine Wochenenddienste, Homeoffice nach Einarbeitung.
`,
  ),
  ad(
    'sales-ai-product',
    'hard',
    'Account Executive (m/w/d) – KI-Software für den Mittelstand',
    `
Ruhrgeist AI GmbH entwickelt eine KI-Plattform, die Angebote und Rechnungen für Handwerksbetriebe automatisch erstellt. Wir sind 40 Leute in Essen und wachsen schnell.

Deine Aufgaben
• Du gewinnst Neukunden im Handwerk und im Mittelstand – vom ersten Anruf bis zum Vertrag.
• Du präsentierst unsere KI-Lösung in Demos vor Ort und online.
• Du pflegst die Pipeline in HubSpot.

Dein Profil
• 3+ Jahre Erfahrung im B2B-Vertrieb von Software (SaaS)
• Verhandlungsstärke und Abschlussfreude
• Technisches Verständnis – künstliche Intelligenz musst du nicht programmieren können, aber verständlich erklären

Wir bieten: Fixum 55 T€ plus Provision, Firmenwagen, Aktienoptionen.

Über Ruhrgeist AI
Wir wurden 2022 von zwei Informatikerinnen und einem Dachdeckermeister gegründet, die nicht länger zusehen wollten, wie Handwerksbetriebe ihre Abende mit Angeboten verbringen. Heute nutzen über 1.500 Betriebe unsere Software. Wir haben im letzten Jahr eine Series-A-Finanzierung abgeschlossen und bauen nun Vertrieb, Kundenservice und Entwicklung aus.

Was dich erwartet
Ein Vertriebsteam von acht Leuten, das sich gegenseitig hilft, eine klare Gebietsaufteilung (du übernimmst das südliche Ruhrgebiet und das Bergische Land), qualifizierte Leads aus unserem Marketing und eine Provision ohne Deckel. Du bist etwa zwei Tage pro Woche bei Kundinnen und Kunden unterwegs – auf Baustellen, in Werkstätten, in Büros über der Halle.

Wie es weitergeht
Schick uns deinen Lebenslauf, ein Anschreiben brauchen wir nicht. Nach einem ersten Telefonat laden wir dich zu einer Probe-Demo ein: Du präsentierst uns unser Produkt, als wären wir ein Malerbetrieb aus Hattingen.
`,
  ),
  ad(
    'office-ai-startup',
    'hard',
    'Office Manager (m/w/d) – KI-Start-up',
    `
Wir sind Tiefenschacht AI, ein Start-up aus Bochum, das Sprachmodelle für die Industrie entwickelt. 25 Leute, ein Loft im alten Bergwerksgebäude, zu viele Kaffeemaschinen.

Als Office Manager hältst du den Laden zusammen: Du organisierst Büro, Einkauf und Events, betreust Gäste, unterstützt die Geschäftsführung bei Terminen und Reisen und hilfst beim Onboarding neuer Kolleginnen und Kollegen.

Du bringst eine kaufmännische Ausbildung oder Erfahrung im Office Management mit, bist organisiert und behältst den Überblick, auch wenn alle gleichzeitig etwas wollen. Programmierkenntnisse brauchst du nicht.

Teilzeit (30 Std.) oder Vollzeit, 30 Tage Urlaub, Jobrad.
`,
  ),
  ad(
    'recruiting',
    'hard',
    'Talent Acquisition Partner (m/w/d) – Tech & AI',
    `
Die Westfalenring Versicherungsgruppe (Dortmund) baut ihre Teams für Data Science, Machine Learning und Softwareentwicklung aus.

Deine Aufgaben
• Du verantwortest die Besetzung von Stellen für Machine Learning Engineers, Data Scientists und Softwareentwickler*innen.
• Du sprichst Kandidatinnen und Kandidaten aktiv an (LinkedIn, GitHub, Meetups).
• Du führst Interviews gemeinsam mit den Fachbereichen.
• Du nutzt unser Bewerbermanagementsystem mit KI-gestütztem Matching.

Dein Profil
• Erfahrung im Tech-Recruiting
• Grundverständnis für Rollen rund um KI und Daten

Wir bieten: Tarif, Hybrid-Arbeit, 30 Tage Urlaub.

Über die Westfalenring Versicherungsgruppe
Seit über 120 Jahren versichern wir Menschen und Betriebe in Westfalen – heute mit 3.200 Mitarbeitenden, 1,2 Millionen Kundinnen und Kunden und einem Netz von 400 Agenturen. Wir investieren in Daten, Cloud und Automatisierung und wollen unsere Teams dafür in den nächsten drei Jahren deutlich ausbauen.

Was dich im Team erwartet
Du arbeitest in einem Team aus fünf Recruiterinnen und Recruitern, das eng mit dem Employer Branding zusammenarbeitet. Gemeinsam organisieren wir Meetups im Dortmunder U, Hackathons mit Hochschulen aus der Region und Karrieretage. Du hast eigene Budgets für Stellenanzeigen und Active Sourcing und gestaltest mit, wie wir Interviews fair und strukturiert führen.

Unser Bewerbungsprozess
Nach deiner Bewerbung führen wir ein 30-minütiges Kennenlerngespräch per Video, danach ein Fachgespräch mit deiner künftigen Führungskraft und einer Kollegin aus dem Team. Die Entscheidung fällt innerhalb von zwei Wochen.

Die Westfalenring Versicherungsgruppe ist Unterzeichnerin der Charta der Vielfalt.
`,
  ),
  ad(
    'nurse',
    'hard',
    'Pflegefachkraft (m/w/d) – Intensivstation',
    `
Das Evangelische Krankenhaus Lünen sucht Pflegefachkräfte für die interdisziplinäre Intensivstation (14 Betten).

Ihre Aufgaben: Pflege beatmeter und schwerstkranker Patientinnen und Patienten, Überwachung mit modernem Monitoring, Zusammenarbeit mit dem ärztlichen Dienst.

Ihr Profil: Examen in der Pflege, Fachweiterbildung Intensiv und Anästhesie wünschenswert.

Wir bieten: TVöD-K, Intensivzulage, Fachweiterbildung mit Freistellung.

Hinweis zu unserem Bewerbungsverfahren: Wir nutzen eine KI-gestützte Software, die Ihre Unterlagen strukturiert erfasst. Jede Entscheidung trifft ein Mensch.

Über uns
Das Evangelische Krankenhaus Lünen ist ein Haus der Schwerpunktversorgung mit 410 Betten, 14 Fachabteilungen und rund 1.300 Beschäftigten. Wir bilden in unserer eigenen Pflegeschule jedes Jahr 60 Auszubildende aus und sind akademisches Lehrkrankenhaus. Unser Leitbild ist christlich geprägt; wir begegnen Patientinnen, Patienten und Mitarbeitenden mit Respekt, unabhängig von Herkunft, Religion und Lebensform.

So läuft Ihre Bewerbung
1. Sie senden uns Ihre Unterlagen über unser Bewerbungsportal oder per E-Mail.
2. Innerhalb von fünf Werktagen melden wir uns bei Ihnen.
3. Sie lernen Station und Team bei einem Hospitationstag kennen.
4. Wenn es passt, erhalten Sie innerhalb einer Woche ein Angebot.

Datenschutz: Ihre Daten verarbeiten wir ausschließlich zum Zweck des Bewerbungsverfahrens und löschen sie sechs Monate nach Abschluss des Verfahrens. Weitere Informationen finden Sie in unserer Datenschutzerklärung für Bewerberinnen und Bewerber.
`,
  ),
  ad(
    'electrician',
    'hard',
    'Elektroniker (m/w/d) für Energie- und Gebäudetechnik',
    `
Elektro Schürmann GmbH & Co. KG, Kamen – 32 Mitarbeitende, Elektroinstallation, PV und Wallboxen.

Aufgaben: Installation in Neubau und Bestand, Montage von PV-Anlagen und Speichern, Prüfung nach DGUV V3, Kundendienst.

Profil: Gesellenbrief Elektroniker*in, Führerschein B.

Wir bieten: übertarifliche Bezahlung, eigenes Servicefahrzeug, Werkzeug von Festool und Knipex.

Schnell bewerben: Über unseren KI-Bewerbungsassistenten auf WhatsApp dauert es nur drei Minuten – Lebenslauf nicht nötig!

Über uns
Wir sind ein Familienbetrieb in dritter Generation mit Sitz in Kamen-Methler. Unsere Kundinnen und Kunden sind Privathaushalte, Wohnungsgesellschaften und Gewerbebetriebe im Kreis Unna. In den letzten Jahren haben wir über 600 Photovoltaikanlagen installiert; dazu kommen Wärmepumpen-Anschlüsse, Smart-Home-Installationen und klassische Elektroinstallation.

Was dich bei uns erwartet
Du arbeitest in festen Zweierteams, bist abends zu Hause und hast jeden Freitag ab 13 Uhr frei. Wir planen unsere Baustellen realistisch und bezahlen Überstunden oder geben Freizeitausgleich. Einmal im Jahr geht es mit dem ganzen Team für ein Wochenende ins Sauerland.

Datenschutzhinweis: Bei der Nutzung unseres WhatsApp-Bewerbungsassistenten werden Ihre Angaben an einen Dienstleister in der EU übermittelt. Alternativ können Sie sich jederzeit per E-Mail oder Post bewerben.
`,
  ),
  ad(
    'teacher-ai-tools',
    'hard',
    'Dozent (m/w/d) „KI im Büroalltag“ – Erwachsenenbildung',
    `
Die Bildungsakademie Emscher (Träger der Weiterbildung, AZAV-zertifiziert) sucht für Kurse in Gelsenkirchen und online freiberufliche Dozentinnen und Dozenten.

Inhalte unserer Kurse:
- Texte, E-Mails und Protokolle mit ChatGPT und Microsoft Copilot erstellen
- Datenschutz und Urheberrecht beim Einsatz von KI-Tools
- Präsentationen und Bilder mit KI-Werkzeugen erstellen

Sie bringen Erfahrung in der Erwachsenenbildung und im praktischen Einsatz generativer KI im Büro mit. Programmierkenntnisse sind nicht erforderlich.

Honorar: 45–55 €/UE, Kurse vormittags oder abends.
`,
  ),
  ad(
    'bi-analyst',
    'hard',
    'BI-Analyst (m/w/d) Vertriebscontrolling',
    `
Die Getränke Haase GmbH in Hamm beliefert Gastronomie und Handel in ganz Westfalen.

Aufgaben:
• Aufbau und Pflege von Dashboards in Power BI für Vertrieb und Geschäftsführung
• Monatliche Auswertung von Umsätzen, Margen und Außendienstbesuchen
• Datenmodellierung in SQL Server, DAX
• Ad-hoc-Analysen

Profil:
• Studium der Wirtschaftswissenschaften oder Wirtschaftsinformatik
• Erfahrung mit Power BI und SQL
• Kenntnisse in Python oder im Bereich künstliche Intelligenz sind wünschenswert

Wir bieten: Tarif, 30 Tage Urlaub, Firmenfeiern.
`,
  ),
  ad(
    'data-engineer',
    'hard',
    'Data Engineer (m/w/d) – Datenplattform',
    `
Die Ruhrstrom Netz GmbH digitalisiert ihre Netzdaten. Für unsere Datenplattform suchen wir Verstärkung.

Deine Aufgaben
• Du entwickelst ETL-Strecken aus SAP, Netzleittechnik und GIS in unseren Data Lake (Azure, Databricks).
• Du sorgst für Datenqualität, Historisierung und Berechtigungen.
• Du stellst Daten für Controlling, Netzplanung und unser Data-Science-Team bereit.

Dein Profil
• Erfahrung mit Spark, SQL und Python
• Kenntnisse in Datenmodellierung (Data Vault oder Kimball)
• Erfahrung mit CI/CD

Wir bieten: TV-V, 38 Stunden, mobiles Arbeiten.
`,
  ),
  ad(
    'sales-ai-product',
    'hard',
    'Außendienstmitarbeiter (m/w/d) Medizintechnik – KI-gestützte Ultraschallsysteme',
    `
Wir sind ein internationaler Hersteller bildgebender Systeme und suchen für das Gebiet Ruhrgebiet/Münsterland eine*n Außendienstmitarbeiter*in.

Sie betreuen Krankenhäuser und Praxen, präsentieren unsere Ultraschallsysteme mit KI-gestützter Bildoptimierung und automatischer Messung, führen Produktschulungen durch und verhandeln Angebote.

Voraussetzungen: Ausbildung oder Studium im medizinischen oder technischen Bereich, Vertriebserfahrung im Krankenhausmarkt.

Wir bieten: Firmenwagen auch zur privaten Nutzung, attraktives Bonussystem, Homeoffice.
`,
  ),
  ad(
    'retail',
    'hard',
    'Verkäufer (m/w/d) Unterhaltungselektronik',
    `
Elektro Gesing, Ihr Fachmarkt in Gelsenkirchen-Buer, sucht Verkäuferinnen und Verkäufer für die Abteilungen Smartphones, TV und Haushaltsgeräte.

Sie beraten Kundinnen und Kunden zu Smartphones mit KI-Kamera, Fernsehern mit KI-Bildprozessor und Saugrobotern mit KI-Hinderniserkennung, erklären Verträge und sorgen für eine ordentliche Fläche.

Sie haben eine Ausbildung im Einzelhandel und Freude an Technik.

Vollzeit oder Teilzeit, Provision, Personalrabatt.

Bewerben Sie sich online oder direkt bei der Marktleitung, Herrn Gesing junior.
`,
  ),
  ad(
    'project-manager',
    'hard',
    'Projektmanager (m/w/d) Digitalisierung im Rathaus',
    `
Die Stadt Hattingen sucht eine*n Projektmanager*in für die Digitalisierung der Verwaltung (EG 11 TVöD).

Sie steuern Projekte wie die Einführung der E-Akte, die Online-Terminvergabe und den Ausbau des Bürgerportals. Sie koordinieren Dienstleister, schreiben Ausschreibungen und schulen Beschäftigte. Zudem begleiten Sie die Pilotierung eines KI-Assistenten, den unser kommunaler IT-Dienstleister bereitstellt – von der Kommunikation bis zur Rückmeldung der Nutzerinnen und Nutzer.

Profil: Studium der Verwaltungswissenschaften, Wirtschaftsinformatik oder vergleichbar; Erfahrung im Projektmanagement.
`,
  ),
  ad(
    'graphic-designer',
    'hard',
    'Grafikdesigner*in (m/w/d)',
    `
Kreativbüro Schwarzgold, Essen – Werbeagentur für Kultur und Mittelstand.

Du gestaltest Kampagnen, Plakate, Broschüren und Social-Media-Posts. Neben Adobe InDesign, Illustrator und Photoshop arbeitest du mit Midjourney und Firefly für Moodboards und erste Entwürfe.

Du hast ein abgeschlossenes Studium oder eine Ausbildung im Grafikdesign und ein starkes Portfolio. KI-Bildgeneratoren kennst du, vertraust aber deinem eigenen Auge.

Vollzeit, 30 Tage Urlaub, Agenturhund.
`,
  ),
  ad(
    'hr',
    'hard',
    'Personalreferent (m/w/d)',
    `
Die Lippe Armaturen GmbH in Dinslaken (260 Beschäftigte) sucht eine Personalreferentin oder einen Personalreferenten.

Aufgaben:
– Betreuung der Beschäftigten von der Einstellung bis zum Austritt
– Erstellung von Arbeitsverträgen und Zeugnissen
– Mitarbeit bei der Einführung eines neuen Bewerbermanagementsystems mit KI-Funktionen zur Vorauswahl
– Zusammenarbeit mit dem Betriebsrat

Profil: Studium mit Schwerpunkt Personal oder Ausbildung mit Weiterbildung zur Personalfachkauffrau/zum Personalfachkaufmann; Kenntnisse im Arbeitsrecht.
`,
  ),
  ad(
    'software-developer',
    'hard',
    'Frontend-Entwickler (m/w/d) React – KI-Plattform',
    `
Zollverein Labs entwickelt einen Compliance-Assistenten für Banken auf Basis großer Sprachmodelle.

Für unser Produktteam suchen wir eine Frontend-Entwicklerin oder einen Frontend-Entwickler. Du baust die Oberfläche, in der Sachbearbeiterinnen und Sachbearbeiter mit dem Assistenten arbeiten: Chat-Ansicht, Quellenanzeige, Freigabe-Workflows. Die Modelle entwickelt unser ML-Team; du arbeitest mit dessen API.

Dein Profil: Mehrjährige Erfahrung mit React, TypeScript und Barrierefreiheit (WCAG), Blick für Usability.

Wir bieten: Hybrid in Essen, 60–75 T€, 30 Tage Urlaub.
`,
  ),
  ad(
    'accounting',
    'hard',
    'Lohnbuchhalter (m/w/d) – Teilzeit',
    `
Wir sind ein Pflegedienst mit 180 Beschäftigten in Recklinghausen und suchen eine Lohnbuchhalterin oder einen Lohnbuchhalter (20–25 Std./Woche).

Sie erstellen die monatlichen Entgeltabrechnungen, pflegen Stammdaten und bearbeiten Meldungen an Sozialversicherungsträger.

Kenntnisse in Lexware oder DATEV setzen wir voraus. KI-Kenntnisse sind nicht erforderlich, aber wir freuen uns über jede*n, der oder die Lust hat, neue Werkzeuge auszuprobieren.

Wir bieten feste Arbeitszeiten am Vormittag und ein sehr kollegiales Büro.
`,
  ),
  ad(
    'marketing',
    'hard',
    'Social Media Manager (m/w/d) – Teilzeit',
    `
Das Café & Rösterei Bohnenzeche in Witten sucht jemanden, der unsere Kanäle auf Instagram und TikTok betreut (15–20 Std./Woche).

Du fotografierst und filmst im Laden, schneidest Reels, schreibst Texte (ChatGPT darf helfen, unser Ton muss es trotzdem sein) und beantwortest Kommentare.

Wichtig: ein gutes Auge, Humor, Zuverlässigkeit. Erfahrung mit KI-Tools für Bildbearbeitung ist nice to have.
`,
  ),
  ad(
    'it-support',
    'hard',
    'IT-Support (m/w/d) 1st/2nd Level',
    `
Die Emscher Wohnen eG (4.800 Wohnungen) sucht Verstärkung für die IT.

Aufgaben: Benutzerbetreuung, Einrichtung von Arbeitsplätzen und Smartphones, Verwaltung von Microsoft 365, Einführung und Schulung von Microsoft 365 Copilot für die Beschäftigten, Pflege der Netzwerk- und Druckerlandschaft.

Profil: Ausbildung als Fachinformatiker*in Systemintegration oder vergleichbar.

Wir bieten: Tarif der Wohnungswirtschaft, 37 Stunden, Gleitzeit.

Bewerbungen bitte über unser Portal.
`,
  ),
  ad(
    'sales-ai-product',
    'hard',
    'Vertriebsinnendienst (m/w/d) – Maschinen mit KI-Steuerung',
    `
Die Hanning Industrieroboter GmbH in Hagen vertreibt kollaborative Roboter und Kamerasysteme, deren KI-Bildverarbeitung Teile ohne Programmierung erkennt.

Ihre Aufgaben: Angebotserstellung, Auftragsabwicklung, Betreuung von Bestandskunden, Organisation von Vorführungen im Showroom.

Ihr Profil: Kaufmännische oder technische Ausbildung, Erfahrung im Innendienst, gute Englischkenntnisse.

Wir bieten: 37,5 Std., Gleitzeit, Weihnachts- und Urlaubsgeld.

Wir sind ein Familienunternehmen mit 120 Beschäftigten in der dritten Generation. Ihre Ansprechpartnerin ist Frau Hanning.
`,
  ),
  ad(
    'office-ai-startup',
    'hard',
    'Buchhaltung & Administration (m/w/d) – Teilzeit, KI-Start-up',
    `
Steigerwerk ist ein KI-Start-up aus Dortmund. Unsere Software prüft Baupläne automatisch.

Für unsere Verwaltung suchen wir Unterstützung (20 Std./Woche): vorbereitende Buchhaltung, Rechnungsstellung, Reisekostenabrechnung, Zusammenarbeit mit dem Steuerbüro, Verwaltung von Verträgen.

Du brauchst eine kaufmännische Ausbildung und Erfahrung in der Buchhaltung. Mit KI musst du dich nicht auskennen – unsere Ingenieure erklären es dir beim Mittagessen trotzdem gerne.
`,
  ),
  ad(
    'nurse',
    'hard',
    'Medizinische Fachangestellte (m/w/d) Radiologie',
    `
Die Radiologische Gemeinschaftspraxis am Marktplatz in Unna sucht MFA in Voll- oder Teilzeit.

Ihre Aufgaben: Patientenannahme, Terminvergabe, Vorbereitung der Untersuchungen, Mitarbeit am MRT und CT nach Einarbeitung. Unsere Befundung wird von KI-Software unterstützt – Sie lernen die Bedienung bei uns.

Voraussetzung: Ausbildung als MFA oder MTR.

Wir bieten: keine Notdienste, Fortbildung zur Röntgenkunde, übertarifliche Bezahlung.

Sprechen Sie uns an – gern auch telefonisch.
`,
  ),
  ad(
    'lawyer',
    'hard',
    'Rechtsanwalt (m/w/d) IT-Recht und KI-Verordnung',
    `
Die Kanzlei Berghaus Rechtsanwälte PartG mbB in Düsseldorf und Essen berät Unternehmen im IT- und Datenschutzrecht.

Sie beraten Mandanten zu Softwareverträgen, Datenschutz und zur europäischen KI-Verordnung (AI Act), prüfen Compliance-Anforderungen für KI-Systeme und vertreten Mandanten gegenüber Behörden.

Sie haben zwei Prädikatsexamina und Interesse an Technologie. Berufsanfänger*innen sind willkommen.

Wir bieten ein Einstiegsgehalt von 95.000 €, eine strukturierte Ausbildung, Fachanwaltskurse und eine realistische Partnerperspektive. Homeoffice ist an zwei Tagen pro Woche möglich.
`,
  ),
  ad(
    'warehouse',
    'hard',
    'Staplerfahrer (m/w/d) – Logistikzentrum',
    `
Das Logistikzentrum der Kanalhafen Spedition in Dortmund sucht Staplerfahrerinnen und Staplerfahrer (Vollzeit, Schicht).

Aufgaben: Be- und Entladung, Ein- und Auslagerung mit Schubmaststapler, Arbeiten mit Handscanner. Unsere Lagerplätze werden von einer KI-basierten Software vergeben – Sie folgen den Anweisungen am Terminal.

Voraussetzung: Staplerschein, Erfahrung im Lager.

16,20 €/Std., Schichtzulagen, Jobticket.

Bewerben Sie sich einfach per Telefon oder kommen Sie werktags zwischen 9 und 15 Uhr an unsere Pforte.
`,
  ),
  ad(
    'teacher',
    'hard',
    'Lehrkraft (m/w/d) Informatik an einem Berufskolleg – Seiteneinstieg',
    `
Das Berufskolleg Emscher-Ost in Herne sucht Lehrkräfte im Seiteneinstieg für das Fach Informatik.

Sie unterrichten angehende Fachinformatikerinnen und Fachinformatiker und kaufmännische Assistentinnen und Assistenten in Programmierung, Datenbanken und Netzwerken. Zum Lehrplan gehört auch der verantwortungsvolle Umgang mit KI-Anwendungen im Unterricht.

Voraussetzung: Master oder Diplom (Uni) in Informatik oder verwandtem Fach, mind. zwei Jahre Berufserfahrung.

Einstellung nach A13 bzw. E13 nach pädagogischer Einführung.
`,
  ),
  ad(
    'office',
    'hard',
    'Assistenz der Geschäftsführung (m/w/d)',
    `
Die Hellweg Logistik Services GmbH, Kamen.

Sie unterstützen unsere Geschäftsführung in allen organisatorischen Fragen: Termine, Korrespondenz, Präsentationen, Protokolle, Vorbereitung von Gesellschafterversammlungen.

Sie bringen eine kaufmännische Ausbildung, sehr gute MS-Office-Kenntnisse und Diskretion mit. Sie nutzen gerne KI-Tools wie Copilot, um Protokolle und Präsentationen schneller zu erstellen.

Vollzeit, unbefristet, Parkplatz, Kantine.

Ihre Bewerbung richten Sie bitte an Frau Vogt in der Personalabteilung.
`,
  ),
  ad(
    'project-manager',
    'hard',
    'Product Owner (m/w/d) – KI-Chatbot Kundenservice',
    `
Die Stadtwerke Lippe-Emscher AG führen einen KI-Chatbot für den Kundenservice ein. Die Lösung kommt von einem externen Anbieter.

Als Product Owner sammeln Sie Anforderungen aus dem Kundenservice, priorisieren das Backlog, stimmen sich mit dem Dienstleister ab und messen, ob Kundinnen und Kunden mit dem Chatbot zufrieden sind. Sie schreiben Antworttexte, pflegen Wissensartikel und schulen Kolleginnen und Kollegen.

Profil: Erfahrung als Product Owner oder im Kundenservice-Management, Scrum-Zertifizierung wünschenswert.

TV-V, Gleitzeit, mobile Arbeit.
`,
  ),
  ad(
    'logistics',
    'hard',
    'Disponent (m/w/d) Nahverkehr',
    `
Spedition Brockhoff in Bottrop sucht eine Disponentin oder einen Disponenten für den Nahverkehr (25 Lkw).

Sie planen Touren, betreuen Fahrerinnen und Fahrer und Kunden und bearbeiten Reklamationen. Unsere Tourenplanung läuft mit einer KI-gestützten Software, die Vorschläge macht – die Entscheidung treffen Sie.

Ausbildung als Speditionskaufmann/-frau, Erfahrung in der Disposition.

Wir bieten: 40 Stunden, Weihnachtsgeld, Parkplatz.

Kontakt: Frau Brockhoff, 02041 77 20 10.
`,
  ),
  ad(
    'recruiting',
    'hard',
    'Recruiter (m/w/d) – Personalberatung IT & KI',
    `
Die Personalberatung Schacht 7 vermittelt Fach- und Führungskräfte in IT, Data und künstlicher Intelligenz an Unternehmen in NRW.

Sie identifizieren passende Kandidatinnen und Kandidaten, führen Interviews, beraten Kunden zu Gehältern und Profilen und begleiten Prozesse bis zur Vertragsunterschrift.

Sie bringen Vertriebsgeschick und erste Erfahrung im Recruiting mit. Technisches Interesse ist gern gesehen.

Fixum plus Bonus, Büro in Dortmund, Homeoffice.
`,
  ),
  ad(
    'translator',
    'hard',
    'Übersetzer (m/w/d) Englisch–Deutsch, Technische Dokumentation',
    `
Das Übersetzungsbüro Wortwerk Ruhr in Bochum übersetzt Betriebsanleitungen und Software für Maschinenbauer.

Sie übersetzen und lektorieren Texte, bearbeiten maschinelle Vorübersetzungen (Post-Editing mit DeepL und unseren KI-Werkzeugen) und pflegen Terminologiedatenbanken in Trados.

Voraussetzung: Studium der Übersetzungswissenschaft oder vergleichbar; technisches Verständnis.

Vollzeit oder Teilzeit, Homeoffice möglich.

Wir sind ein Team von elf Übersetzerinnen und Übersetzern, zwei Projektmanagerinnen und einem Bürohund. Wir bieten 30 Tage Urlaub, Gleitzeit und regelmäßige Fortbildungen.
`,
  ),
  ad(
    'software-developer',
    'hard',
    'PHP-Entwickler (m/w/d) Shopware',
    `
Die E-Commerce-Agentur Pottshop in Oberhausen setzt Onlineshops für den Mittelstand um.

Aufgaben: Entwicklung von Shopware-Plugins, Anbindung an ERP-Systeme, Performance-Optimierung. Außerdem integrierst du fertige KI-Funktionen von Shopware (automatische Produkttexte, KI-Suche) in Kundenshops.

Profil: PHP, Symfony, MySQL; Erfahrung mit Shopware 6.

Wir bieten: 30 Tage Urlaub, 4-Tage-Woche optional, Remote.

Wir sind 14 Leute, arbeiten agil und treffen uns einmal die Woche im Büro am CentrO. Bewirb dich mit einem Link zu deinem GitHub-Profil oder zu Projekten.
`,
  ),
  ad(
    'bi-analyst',
    'hard',
    'Controller (m/w/d) mit Schwerpunkt Reporting',
    `
Die Maschinenfabrik Ruhrtal GmbH in Witten sucht eine Controllerin oder einen Controller.

Sie erstellen Monats- und Quartalsberichte, begleiten Budgetplanung und Forecasts, analysieren Abweichungen und automatisieren Berichte mit Power BI. Erfahrung im Umgang mit Copilot in Excel ist von Vorteil.

Studium der BWL mit Schwerpunkt Controlling, 3 Jahre Berufserfahrung, SAP CO.

Wir bieten ein tarifliches Gehalt nach IG Metall, 35 Stunden, Gleitzeit und mobiles Arbeiten.
`,
  ),
];
