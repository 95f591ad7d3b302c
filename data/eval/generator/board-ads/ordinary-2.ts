// Hand-written ordinary ads (part 2): IT and English-language tech ads without AI, long ads with footers, Minijobs.
import { ad, type BoardAd } from './ad.js';

export const ORDINARY_2: BoardAd[] = [
  ad(
    'software-developer',
    'plain',
    'Site Reliability Engineer (m/f/d)',
    `
Ruhrmobil runs car sharing in twelve cities of the Ruhr area. Our apps and backend serve 180,000 customers – and they need to work at 2 a.m. on a Saturday.

What you'll do
• Operate and improve our Kubernetes clusters on AWS
• Build observability (Prometheus, Grafana, OpenTelemetry) and sensible alerting
• Automate infrastructure with Terraform
• Take part in an on-call rotation (paid, one week in six)

What you bring
• 3+ years as SRE, DevOps or platform engineer
• Linux, networking, containers
• Calm under pressure

What we offer
• €70–85k, 30 days of vacation
• Hybrid in Essen or remote in Germany
• Free minutes in our cars, of course

About Ruhrmobil
We started in 2016 with 40 cars in Essen. Today we have 4,000 cars, 220 employees and a tech team of 45 people in Essen and remote across Germany. We are owned by a group of municipal utilities and public transport companies, which means we plan for the long term and do not chase quick exits.

How we hire
1. Send us your CV – no cover letter needed.
2. A 30-minute call with our engineering manager.
3. A practical session: we debug a broken staging system together. No homework.
4. Meet the team over lunch (or a video call if you are remote).

We aim to finish the process within three weeks. We welcome applications from people of all backgrounds, and we are happy to talk about part-time arrangements.
`,
  ),
  ad(
    'software-developer',
    'plain',
    'Frontend Developer (m/f/d) Vue.js',
    `
Stadionfunk – the streaming app for amateur football – is looking for a frontend developer.

You will build our web app and the admin tools clubs use to upload matches (Vue 3, TypeScript, Vite). You care about accessibility, performance on cheap phones and clean component design.

Requirements: 2+ years with Vue or React, TypeScript, CSS you are not afraid of.

Remote or office in Gelsenkirchen. Season tickets included.
`,
  ),
  ad(
    'software-developer',
    'plain',
    'Junior Webentwickler (m/w/d)',
    `
Die Webagentur Förderkorb aus Bochum baut Websites für Handwerk, Vereine und Praxen.

Du setzt Layouts in WordPress und mit eigenen Themes um, pflegst Plugins, kümmerst dich um Ladezeiten und hilfst Kundinnen und Kunden am Telefon, wenn etwas klemmt.

HTML, CSS, etwas PHP und JavaScript solltest du können. Ausbildung oder Studium sind schön, ein gutes Portfolio zählt mehr.

Vollzeit, 2.900–3.400 €, Homeoffice nach Absprache.
`,
  ),
  ad(
    'it-security',
    'plain',
    'IT-Security Analyst (m/w/d) SOC',
    `
Das Security Operations Center der Ruhr Cyberschutz GmbH in Dortmund überwacht die IT von Krankenhäusern und Stadtwerken.

Ihre Aufgaben
• Analyse von Sicherheitsereignissen im SIEM (Splunk, Microsoft Sentinel)
• Erstbewertung und Eskalation von Vorfällen
• Mitarbeit bei der Erstellung von Erkennungsregeln
• Schichtdienst im 24/7-Betrieb (mit Zulagen)

Ihr Profil
• Ausbildung oder Studium in der IT
• Kenntnisse in Netzwerken, Windows und Linux
• Zertifizierungen (z. B. CompTIA Security+) sind gern gesehen

Wir bieten: Schichtzulagen, Zertifizierungen auf Firmenkosten, 30 Tage Urlaub.
`,
  ),
  ad(
    'it-admin',
    'plain',
    'Netzwerkadministrator (m/w/d)',
    `
Das Klinikum Westruhr in Mülheim an der Ruhr sucht eine*n Netzwerkadministrator*in.

Sie betreiben unser Campusnetz (Cisco, 4.000 Ports), WLAN, Firewalls und VPN, planen Erweiterungen für Neubauten und arbeiten mit der Medizintechnik an der Anbindung von Geräten.

Voraussetzung: Studium oder Ausbildung in der IT, Erfahrung mit Cisco und Firewalls (Fortinet oder Palo Alto), CCNA wünschenswert.

TVöD-K, unbefristet, Rufbereitschaft vergütet.

Bewerbungen über unser Portal.
`,
  ),
  ad(
    'software-developer',
    'plain',
    'Softwareentwickler (m/w/d) Embedded C',
    `
Die Messtechnik Lenne GmbH in Hagen entwickelt Durchflussmesser für Wasser und Fernwärme.

Aufgaben: Entwicklung von Firmware in C für Mikrocontroller (ARM Cortex-M), Kommunikationsprotokolle (M-Bus, LoRaWAN), Tests auf unseren Prüfständen, Dokumentation nach MID.

Profil: Studium der Elektrotechnik oder Informatik, Erfahrung mit Embedded C, Oszilloskop und Debugger.

Tarif Metall, 35 Stunden, kleine Teams.

Bewerbungen an Herrn Dr. Sauerland.
`,
  ),
  ad(
    'software-developer',
    'plain',
    'Backend Developer (m/f/d) – Node.js',
    `
Praxisplan builds appointment software for doctors' practices across Germany. Our team of 30 works remotely with an office in Witten.

You will build and maintain our APIs in Node.js and TypeScript, design PostgreSQL schemas, integrate with practice management systems via HL7/FHIR, and help with incidents.

You have 3+ years of backend experience with Node.js, a solid grasp of SQL and an eye for data protection.

€62–78k, four-day week possible, remote in Germany.
`,
  ),
  ad(
    'product-manager',
    'plain',
    'Product Manager (m/w/d) – Mobile App',
    `
Die Verkehrsbetriebe Ruhr-Mitte entwickeln ihre Fahrgast-App selbst weiter.

Als Product Manager*in verantworten Sie die App: Sie sprechen mit Fahrgästen, priorisieren Funktionen wie Ticketkauf, Echtzeitauskunft und Barrierefreiheit, arbeiten mit Design und Entwicklung im Scrum-Team und messen den Erfolg.

Sie haben Erfahrung im Produktmanagement digitaler Produkte und Freude an öffentlichem Nahverkehr.

TV-N NW, Deutschlandticket, Gleitzeit.

Ihre Ansprechpartnerin ist Frau Nowak.
`,
  ),
  ad(
    'data-engineer-plain',
    'plain',
    'Datenbankadministrator (m/w/d) Oracle/PostgreSQL',
    `
Der Zweckverband Kommunale Datenverarbeitung Emscher-Lippe (KDEL) betreibt Fachverfahren für 23 Kommunen.

Ihre Aufgaben: Betrieb, Überwachung und Tuning von Oracle- und PostgreSQL-Datenbanken, Backup und Recovery, Migrationen, Patchmanagement, Rufbereitschaft.

Ihr Profil: Studium oder Ausbildung in der IT, mehrjährige DBA-Erfahrung, Linux-Kenntnisse.

TVöD EG 11, Gleitzeit, 30 Tage Urlaub.

Wir freuen uns auf Ihre Bewerbung über Interamt unter Angabe der Kennziffer 2026-14.
`,
  ),
  ad(
    'bi-analyst-plain',
    'plain',
    'Controller (m/w/d) Kostenrechnung – Krankenhaus',
    `
Das Klinikum Hellweg (Unna) sucht eine*n Controller*in für Kostenträgerrechnung und InEK-Kalkulation.

Sie erstellen Monatsberichte für Chefärztinnen und Chefärzte, begleiten die Budgetverhandlungen mit den Krankenkassen und pflegen unsere Kostenstellenrechnung.

Studium BWL oder Gesundheitsökonomie, Erfahrung im Krankenhauscontrolling, gute Excel- und SQL-Kenntnisse.

TVöD-K, Gleitzeit, Jobticket.

Ihre Bewerbung senden Sie bitte an die Personalabteilung, gern per E-Mail.

Wir freuen uns auf Sie.
`,
  ),
  ad(
    'it-consultant',
    'plain',
    'SAP-Berater (m/w/d) FI/CO',
    `
Die Kohlenpott Beratung GmbH aus Essen ist SAP-Partner für den Mittelstand.

Sie beraten Kunden in Finanzbuchhaltung und Controlling, customizen SAP S/4HANA, schulen Key User und begleiten Go-lives.

Mehrjährige Erfahrung als SAP-FI/CO-Berater*in, Reisebereitschaft ca. 30 %.

Firmenwagen, Bonus, Homeoffice an Nicht-Reisetagen.

Wir sind 45 Beraterinnen und Berater und arbeiten überwiegend für Kunden aus NRW. Bewerbungen an karriere@kohlenpott-beratung.example.

Wir freuen uns auf Sie.
`,
  ),
  ad(
    'software-tester',
    'plain',
    'Softwaretester (m/w/d) – Testautomatisierung',
    `
Die Lohnbüro24 GmbH sucht eine*n Softwaretester*in.

Du schreibst automatisierte Tests (Playwright, Cypress) für unsere Lohnabrechnungssoftware, entwickelst Testfälle mit den Fachexpertinnen und hältst unsere Pipelines grün. Kenntnisse im Lohnsteuerrecht sind ein Vorteil, aber wir bringen sie dir bei.

Remote, 30 Tage Urlaub, 50–62 T€.

Ansprechpartner: Jonas aus dem QA-Team.

Bewirb dich mit ein paar Zeilen und einem Link zu Code, den du geschrieben hast.
`,
  ),
  ad(
    'nurse',
    'plain',
    'Pflegedienstleitung (m/w/d) ambulant',
    `
Die Diakoniestation Ennepe-Süd (Schwelm, Gevelsberg, Ennepetal) sucht eine Pflegedienstleitung in Vollzeit.

Ihre Aufgaben
- Fachliche und organisatorische Leitung von 45 Mitarbeitenden
- Dienst- und Tourenplanung
- Qualitätsmanagement und Vorbereitung der Prüfungen durch den Medizinischen Dienst
- Zusammenarbeit mit Ärztinnen, Ärzten, Krankenhäusern und Angehörigen

Ihr Profil
- Examen in der Pflege und Weiterbildung zur verantwortlichen Pflegefachkraft (460 Std.)
- Führungserfahrung

Wir bieten
- Vergütung nach AVR Diakonie
- Dienstwagen
- Fort- und Weiterbildung

Bei Fragen erreichen Sie unsere Geschäftsführerin Frau Klaas unter 02336 9190-0. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Wir freuen uns auf Bewerbungen von Menschen jeden Geschlechts, jeder Herkunft, jeder Religion und jedes Alters.
`,
  ),
  ad(
    'admin',
    'plain',
    'Verwaltungsangestellte (m/w/d) Standesamt',
    `
Die Stadt Gladbeck sucht zum 1. Juni eine*n Verwaltungsangestellte*n für das Standesamt (EG 9a TVöD).

Beurkundung von Geburten und Sterbefällen, Anmeldung von Eheschließungen, Ausstellung von Urkunden, Beratung von Bürgerinnen und Bürgern. Die Bereitschaft zur Ausbildung als Standesbeamtin/Standesbeamter wird erwartet.

Ausbildung als Verwaltungsfachangestellte*r oder Verwaltungslehrgang I.

Wir bieten ein unbefristetes Arbeitsverhältnis, Gleitzeit und Fortbildungen an der Akademie für Personenstandswesen.
`,
  ),
  ad(
    'restaurant',
    'plain',
    'Spülkraft (m/w/d) – Minijob am Wochenende',
    `
Restaurant Zur alten Zeche, Bochum-Dahlhausen. Wir suchen Spülkräfte für Freitag- und Samstagabend, 17–23 Uhr. 13,90 €/Std., Essen inklusive.

Keine Erfahrung nötig, nur Zuverlässigkeit und Ausdauer. Wir sind ein gemütliches Restaurant mit westfälischer Küche und einem Team, das zusammenhält. Meldet euch bei Küchenchefin Sabine unter 0234 49 11 76 oder kommt einfach vorbei.

Wir freuen uns auf euch!
`,
  ),
  ad(
    'retail',
    'plain',
    'Aushilfe (m/w/d) Buchhandlung – Weihnachtsgeschäft',
    `
Buchhandlung Seitenwind in Essen-Rüttenscheid sucht für November und Dezember Aushilfen (10–20 Std./Woche).

Du berätst Kundinnen und Kunden, packst Geschenke ein, kassierst und hilfst beim Auspacken der Lieferungen. Wer gerne liest, ist bei uns richtig.

Minijob oder kurzfristige Beschäftigung, 14 €/Std.

Bewirb dich mit ein paar Zeilen zu deinem Lieblingsbuch.

Wir sind ein Team von fünf Buchhändlerinnen.
`,
  ),
  ad(
    'cleaning',
    'plain',
    'Hauswirtschaftskraft (m/w/d) Privathaushalt – Minijob',
    `
Ältere Dame in Witten-Bommern sucht eine Haushaltshilfe für zwei Vormittage pro Woche (je 3 Stunden): Putzen, Wäsche, Einkaufen. Anmeldung über die Minijob-Zentrale. 15 €/Std.

Kontakt über die Tochter: 0176 22 91 348.

Die Wohnung liegt im Erdgeschoss, ist gut mit dem Bus erreichbar und es gibt eine Katze. Gewünscht sind Zuverlässigkeit, Freundlichkeit und gute Deutschkenntnisse, damit man sich auch mal unterhalten kann.
`,
  ),
  ad(
    'craft',
    'plain',
    'Dachdecker (m/w/d) – Geselle oder Vorarbeiter',
    `
Dachdeckerei Wolters GmbH, Oer-Erkenschwick: Steildach, Flachdach, Fassade, Solardach.

Wir suchen Gesellen und Vorarbeiter*innen. Wir bieten Tariflohn plus übertarifliche Zulage, Winterbeschäftigung, neue Fahrzeuge und ein Team, das sich aufeinander verlassen kann.

Du hast einen Gesellenbrief, bist schwindelfrei und hast einen Führerschein B (BE von Vorteil).

Bewirb dich telefonisch oder per WhatsApp.

Ansprechpartner: Dachdeckermeister Jörg Wolters.
`,
  ),
  ad(
    'engineer',
    'plain',
    'Elektroingenieur (m/w/d) Netzplanung',
    `
Die Ruhrstrom Netz GmbH sucht Elektroingenieurinnen und -ingenieure für die Planung des Mittel- und Niederspannungsnetzes.

Aufgaben: Netzberechnungen (PowerFactory), Planung von Netzanschlüssen für Wärmepumpen, Wallboxen und PV, Abstimmung mit Bau und Betrieb, Mitarbeit an der Zielnetzplanung.

Profil: Studium Elektrotechnik (Energietechnik), Kenntnisse der VDE-Anwendungsregeln.

TV-V, 38 Stunden, 30 Tage Urlaub, Jobrad.

Bewerbungen bitte online.

Ansprechpartner ist Herr Dr. Kamps, Leiter Netzplanung.
`,
  ),
  ad(
    'chemist',
    'plain',
    'Chemielaborant (m/w/d) Qualitätskontrolle',
    `
Im Chemiepark Marl sucht ein Hersteller von Spezialkunststoffen Chemielaborantinnen und Chemielaboranten für die Qualitätskontrolle (Wechselschicht).

Analytik mit HPLC, GC und Titration, Prüfung von Rohstoffen und Fertigprodukten, Dokumentation nach GMP.

Ausbildung als Chemielaborant*in, Schichtbereitschaft.

Tarif Chemie, Schichtzulagen, Werksbus.

Wir bieten einen unbefristeten Vertrag, Weiterbildung zur Techniker*in und betriebliche Altersvorsorge. Bitte bewerben Sie sich über unser Karriereportal unter Angabe der Kennziffer QK-11.
`,
  ),
  ad(
    'hr',
    'plain',
    'Personalsachbearbeiter (m/w/d) Entgeltabrechnung',
    `
Die Stadtwerke Bottrop suchen eine*n Personalsachbearbeiter*in (Vollzeit, unbefristet).

Sie erstellen die Entgeltabrechnung für 450 Beschäftigte mit SAP HCM, bearbeiten Ein- und Austritte und beantworten Fragen der Beschäftigten.

Ausbildung mit Weiterbildung zur Personalfachkauffrau/zum Personalfachkaufmann oder vergleichbar, Erfahrung in der Entgeltabrechnung im öffentlichen Dienst.

Wir bieten TV-V, Gleitzeit, mobiles Arbeiten und eine betriebliche Altersversorgung. Ihre Ansprechpartnerin ist Frau Hüls.
`,
  ),
  ad(
    'event',
    'plain',
    'Veranstaltungstechniker (m/w/d)',
    `
Die Kulturbetriebe Oberhausen (Theater, Stadthalle, Open Air) suchen eine*n Fachkraft für Veranstaltungstechnik.

Auf- und Abbau von Licht-, Ton- und Bühnentechnik, Betreuung von Gastspielen, Wartung der Anlagen. Abend- und Wochenenddienste gehören dazu.

Ausbildung als Fachkraft für Veranstaltungstechnik, SQQ2 wünschenswert.

TVöD, Zeitzuschläge, Freikarten.

Bewerbungen bitte an die Technische Leitung, Herrn Jankowski, gern per E-Mail.

Wir freuen uns auf Sie. Die Stelle ist unbefristet.
`,
  ),
  ad(
    'postal',
    'plain',
    'Kurierfahrer (m/w/d) Apothekenbelieferung – Teilzeit',
    `
Pharmagroßhandel sucht Fahrerinnen und Fahrer für die Belieferung von Apotheken im Raum Recklinghausen/Herten (Teilzeit, Mo–Fr 13–17 Uhr).

Führerschein B, Ortskenntnisse, Zuverlässigkeit. Fahrzeug wird gestellt.

14,50 €/Std.

Du lieferst täglich rund 25 Apotheken an, die Tour ist fest und gut planbar. Wichtig sind Pünktlichkeit, Sorgfalt und ein freundliches Auftreten. Ruf uns an: 02361 58 20 40.
`,
  ),
  ad(
    'teacher',
    'plain',
    'Musikschullehrer (m/w/d) Klavier',
    `
Die Städtische Musikschule Hamm sucht eine Lehrkraft für Klavier (15 Wochenstunden, TVöD).

Sie unterrichten Kinder, Jugendliche und Erwachsene, bereiten auf Wettbewerbe vor und wirken bei Konzerten mit.

Voraussetzung: abgeschlossenes Musikstudium (Instrumentalpädagogik).

Die Musikschule unterrichtet 2.200 Schülerinnen und Schüler in 40 Fächern und arbeitet mit Grundschulen und Kindergärten zusammen. Bewerbungen bitte bis 30. April an die Leitung der Musikschule.
`,
  ),
  ad(
    'finance',
    'plain',
    'Bankkaufmann (m/w/d) Privatkundenberatung',
    `
Die Volksbank Emscher-Lippe eG sucht Privatkundenberaterinnen und -berater für die Filialen in Dorsten und Haltern am See.

Sie betreuen einen eigenen Kundenstamm, beraten zu Konten, Geldanlage und Baufinanzierung und sind im Ort präsent.

Ausbildung als Bankkaufmann/-frau, idealerweise Weiterbildung zum Bankfachwirt.

Tarif Genossenschaftsbanken, 39 Stunden, 13,5 Gehälter.

Bewerbungen bitte über unser Karriereportal.

Ihre Ansprechpartnerin ist Frau Schwering aus dem Personalbereich.
`,
  ),
  ad(
    'warehouse',
    'plain',
    'Mitarbeiter (m/w/d) Wareneingang – Teilzeit',
    `
Möbelhaus Brinkmann in Hagen sucht Unterstützung im Wareneingang (25 Std., vormittags).

Annahme und Kontrolle von Lieferungen, Einlagerung, Buchung im Warenwirtschaftssystem.

Staplerschein von Vorteil. 14,20 €/Std.

Wir sind ein Familienunternehmen mit drei Häusern und 240 Beschäftigten. Sie arbeiten montags bis freitags, samstags nur in Ausnahmefällen. Bewerbungen bitte an Frau Brinkmann, gern per E-Mail.

Wir freuen uns auf Sie.
`,
  ),
  ad(
    'social-work',
    'plain',
    'Heilerziehungspfleger (m/w/d) Wohngruppe',
    `
Die Lebenshilfe Wesel e. V. sucht Heilerziehungspflegerinnen und -pfleger für eine Wohngruppe von acht Erwachsenen mit geistiger Behinderung in Voerde.

Sie begleiten die Bewohnerinnen und Bewohner im Alltag, unterstützen bei Pflege, Freizeit und Arztbesuchen und arbeiten im Schichtdienst inklusive Nachtbereitschaft.

TVöD SuE, Zuschläge, Supervision.

Auch Erzieher*innen und Pflegefachkräfte sind willkommen.

Bewerbungen bitte an Frau Tenhagen, Bereichsleitung Wohnen.
`,
  ),
  ad(
    'craft',
    'plain',
    'Metallbauer (m/w/d) Konstruktionstechnik',
    `
Stahl- und Metallbau Kessler, Bergkamen. Treppen, Geländer, Vordächer, Hallen.

Sie fertigen in unserer Werkstatt nach Zeichnung, schweißen (MAG, WIG) und montieren beim Kunden.

Gesellenbrief Metallbauer*in, Schweißprüfung von Vorteil.

Tariflohn, Montagezulage, Werkzeug und Arbeitskleidung.

Wir sind ein Betrieb mit 22 Beschäftigten und einer großen, hellen Werkstatt. Unsere Kunden sind Privatleute, Architekten und Gewerbebetriebe aus der Region. Ruf einfach an: 02307 98 11 40, Herr Kessler.
`,
  ),
  ad(
    'office',
    'plain',
    'Office Manager (m/w/d) – Architekturbüro',
    `
Das Architekturbüro Schwarzkopf Rademacher in Dortmund (18 Mitarbeitende) sucht eine*n Office Manager*in (30 Std.).

Sie organisieren das Büro, betreuen Telefon und Empfang, bereiten Rechnungen vor, verwalten Verträge und koordinieren Termine mit Bauherren.

Kaufmännische Ausbildung, Erfahrung im Büromanagement, Organisationsgeschick.

Wir bieten Gleitzeit, ein schönes Büro im Kreuzviertel und ein kollegiales Team. Bewerbungen an Frau Rademacher.

Wir freuen uns!
`,
  ),
  ad(
    'marketing',
    'plain',
    'Marketingreferent (m/w/d) B2B',
    `
Die Fördertechnik Hoesch-Nord GmbH sucht eine*n Marketingreferent*in.

Sie planen Messeauftritte (bauma, Solids), betreuen Website und LinkedIn, erstellen Produktbroschüren mit der Technik und koordinieren Agenturen.

Studium Marketing oder Kommunikation, Erfahrung im Industriemarketing, technisches Verständnis.

Tarif Metall NRW, Gleitzeit.

Ihre Bewerbung senden Sie bitte an personal@hoesch-nord.example. Wir freuen uns darauf, Sie kennenzulernen.

Ansprechpartner ist Herr Lohmann. Wir bieten außerdem 30 Tage Urlaub und ein Jobrad.
`,
  ),
  ad(
    'sports',
    'plain',
    'Fitnesstrainer (m/w/d) – Teilzeit',
    `
Fitnessstudio Kraftwerk in Castrop-Rauxel sucht Trainerinnen und Trainer (B-Lizenz) in Teilzeit oder als Minijob.

Trainingspläne erstellen, Einweisungen, Kurse (Functional, Rücken), Thekendienst.

Freies Training, Fortbildungen, flexible Schichten.

Wir sind ein inhabergeführtes Studio mit 1.400 Mitgliedern und legen Wert auf Betreuung statt Masse. Bezahlung 14 bis 17 € pro Stunde je nach Qualifikation. Schreib uns eine Nachricht oder komm zum Probetraining vorbei.
`,
  ),
  ad(
    'lawyer',
    'plain',
    'Rechtsanwaltsfachangestellte (m/w/d)',
    `
Kanzlei Dr. Kaya & Kollegen, Herne – Familienrecht, Arbeitsrecht, Mietrecht.

Sie führen Akten, überwachen Fristen, schreiben nach Diktat, kümmern sich um das beA und den Kontakt zu Mandanten und Gerichten.

Ausbildung als ReFa oder ReNo. Teilzeit möglich.

Wir bieten eine angenehme Arbeitsatmosphäre, ein übertarifliches Gehalt, Fortbildungen und flexible Arbeitszeiten. Bewerbungen gern per E-Mail an Frau Kaya.

Wir freuen uns auf Sie.
`,
  ),
  ad(
    'engineer',
    'plain',
    'Vermessungstechniker (m/w/d)',
    `
Das Vermessungsbüro Dipl.-Ing. Hülsbusch ÖbVI in Wesel sucht eine*n Vermessungstechniker*in.

Liegenschaftsvermessungen, Gebäudeeinmessungen, Absteckungen auf Baustellen, Auswertung im Innendienst (CAD, GIS).

Ausbildung als Vermessungstechniker*in, Führerschein B.

Wir sind ein Team aus neun Personen und arbeiten mit modernen Tachymetern und GNSS-Empfängern. Wir bieten eine Bezahlung angelehnt an den TVöD, Gleitzeit und ein Dienstfahrzeug für Außeneinsätze. Auch Berufseinsteigerinnen und Berufseinsteiger sind willkommen.
`,
  ),
  ad(
    'driver',
    'plain',
    'Busfahrer (m/w/d) Linienverkehr',
    `
Die Vestische Verkehrsgesellschaft Ruhr-Nord sucht Busfahrerinnen und Busfahrer für den Linienverkehr im Kreis Recklinghausen.

Führerschein D mit Schlüsselzahl 95 – oder wir bilden Sie aus (bezahlt!).

TV-N NW, unbefristet, Dienstplan vier Wochen im Voraus, Deutschlandticket auch für die Familie.

Bewerbungen über unser Karriereportal oder am Tag der offenen Tür im Betriebshof Herten.

Quereinsteigerinnen und Quereinsteiger sind willkommen.
`,
  ),
  ad(
    'hotel',
    'plain',
    'Zimmermädchen / Roomboy (m/w/d) – Minijob',
    `
Stadthotel Lünen sucht Unterstützung im Housekeeping am Wochenende (Sa/So 9–14 Uhr). Minijob, 14 €/Std.

Sie reinigen Zimmer und Bäder, wechseln Bettwäsche und füllen die Minibar auf. Erfahrung ist nicht notwendig, wir arbeiten Sie ein. Wichtig sind Sorgfalt und Zuverlässigkeit. Bitte melden Sie sich an der Rezeption oder telefonisch bei Frau Schulte.

Wir freuen uns auf Sie.
`,
  ),
  ad(
    'software-developer',
    'plain',
    'Mobile Developer (m/w/d) Flutter',
    `
Kumpelcode (Bochum) entwickelt eine App für Handwerksbetriebe: Aufmaß, Angebote, Fotodokumentation.

Du entwickelst die App in Flutter für iOS und Android, baust Offline-Synchronisation und arbeitest eng mit unseren Kundinnen und Kunden aus dem Handwerk.

Erfahrung mit Flutter/Dart, Grundkenntnisse in REST und SQLite. 55–70 T€, hybrid.

Bewirb dich mit einem Link zu einer App, die du gebaut hast.
`,
  ),
  ad(
    'public-transport',
    'plain',
    'Gleisbauer (m/w/d)',
    `
Die Gleisbau Ruhrtal GmbH sucht Gleisbauerinnen und Gleisbauer für Baustellen im Straßenbahn- und Eisenbahnnetz des Ruhrgebiets.

Arbeit auch nachts und am Wochenende (mit Zuschlägen), Sicherheitsunterweisungen, moderne Maschinen.

Ausbildung als Gleisbauer*in oder Erfahrung im Tiefbau.

Wir bieten Tariflohn nach Bauhauptgewerbe, Auslösung, ein unbefristetes Arbeitsverhältnis und Weiterbildung zum Vorarbeiter. Ruf uns an oder schick eine kurze Bewerbung an gleisbau@ruhrtal.example.

Wir freuen uns auf dich.
`,
  ),
  ad(
    'office',
    'plain',
    'Empfangskraft (m/w/d) Arztpraxis – Minijob',
    `
Orthopädische Praxis in Dortmund-Brackel sucht Unterstützung am Empfang: Telefon, Terminvergabe, Patientenaufnahme. Dienstag und Donnerstag nachmittags. Minijob.

Sie sollten freundlich, belastbar und gut organisiert sein; eine Ausbildung als MFA ist von Vorteil, aber keine Voraussetzung. Wir sind ein Team von zwölf Personen und freuen uns über Verstärkung. Bewerbungen bitte per E-Mail an die Praxismanagerin.

Danke! Wir freuen uns auf Sie.
`,
  ),
];
