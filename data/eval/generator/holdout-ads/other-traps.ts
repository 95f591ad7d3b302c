// Hold-out hard negatives: AI tools used, AI as a plus, AI in recruiting, AI products sold, Ki/KI/AI/KIKI look-alikes.
import { ad, type BoardAd } from '../board-ads/ad.js';

export const HOLDOUT_OTHER_TRAPS: BoardAd[] = [
  ad(
    'accounting',
    'hard',
    'Buchhalter*in (m/w/d) in Teilzeit',
    `
Die Steuerkanzlei Brockhoff & Lenz in Krefeld sucht Verstärkung.

Sie buchen laufende Geschäftsvorfälle für Mandanten, bereiten Jahresabschlüsse vor und erstellen Umsatzsteuervoranmeldungen. Belege liest bei uns eine KI-gestützte Software aus; Sie prüfen und korrigieren die Vorschläge.

Ausbildung als Steuerfachangestellte*r, DATEV-Kenntnisse, 20–30 Stunden pro Woche.
`,
  ),
  ad(
    'marketing',
    'hard',
    'Social-Media-Redakteur*in (m/w/d)',
    `
Der Zoo Osnabrück sucht eine*n Social-Media-Redakteur*in.

Du erzählst Geschichten aus dem Zoo auf Instagram, TikTok und Facebook, filmst die Tierpfleger bei der Arbeit, beantwortest Kommentare und planst Aktionen. Bildideen und erste Textentwürfe darfst du gern mit ChatGPT und Midjourney entwickeln – am Ende zählt dein Blick.

Erfahrung im Community Management, gutes Gespür für Bild und Sprache.
`,
  ),
  ad(
    'software',
    'hard',
    'PHP-Entwickler*in (m/w/d)',
    `
Die Webagentur Schreiber & Töchter in Bremen entwickelt Onlineshops mit Shopware.

Du entwickelst Plugins und Schnittstellen, pflegst bestehende Shops und berätst Kund*innen bei technischen Fragen. Im Team nutzen wir GitHub Copilot und KI-Assistenten beim Programmieren; wichtiger sind uns saubere Reviews.

Mehrere Jahre Erfahrung mit PHP und Symfony, Git, MySQL.
`,
  ),
  ad(
    'nursing',
    'hard',
    'Pflegefachkraft (m/w/d) Intensivstation',
    `
Das St.-Marien-Hospital Lünen sucht Pflegefachkräfte für die interdisziplinäre Intensivstation.

Sie versorgen beatmete Patient*innen, überwachen Vitalparameter und arbeiten eng mit dem ärztlichen Team. Unser neues Frühwarnsystem mit künstlicher Intelligenz meldet Verschlechterungen; Sie bewerten die Meldungen am Bett.

Examen in der Pflege, Fachweiterbildung Intensivpflege wünschenswert, Schichtdienst.
`,
  ),
  ad(
    'customer-service',
    'hard',
    'Kundenberater*in (m/w/d) im Kundenservice',
    `
Die Stadtwerke Bonn suchen Verstärkung im Kundenservice.

Sie beantworten Anfragen zu Strom, Gas und Wasser am Telefon und per E-Mail. Einfache Fragen beantwortet unser Chatbot auf der Website; schwierige Fälle landen bei Ihnen. Sie erklären Rechnungen, nehmen Zählerstände auf und klären Umzüge.

Kaufmännische Ausbildung, freundliches Auftreten, Teilzeit möglich.
`,
  ),
  ad(
    'it-support',
    'hard',
    'IT-Systemkaufmann/-frau (m/w/d) Support',
    `
Das Autohaus Reiners in Coesfeld betreut 120 Arbeitsplätze an drei Standorten.

Sie lösen Störungen an PCs und Druckern, verwalten Benutzerkonten in Microsoft 365, richten Diagnosegeräte für die Werkstatt ein und schulen Kolleg*innen im Umgang mit Microsoft Copilot und anderen KI-Werkzeugen.

Ausbildung als IT-Systemkaufmann/-frau oder Fachinformatiker*in, Führerschein B.
`,
  ),
  ad(
    'sales',
    'hard',
    'Verkäufer*in (m/w/d) Unterhaltungselektronik',
    `
Elektro Kamps in Bocholt sucht Verstärkung im Verkauf.

Sie beraten Kund*innen zu Fernsehern, Smartphones und Laptops, erklären Funktionen wie KI-Bildoptimierung und Sprachassistenten, verkaufen Garantieverlängerungen und kümmern sich um die Präsentation der Ware.

Ausbildung im Einzelhandel, Begeisterung für Technik, Samstagsarbeit.
`,
  ),
  ad(
    'sales',
    'hard',
    'Autoverkäufer*in (m/w/d) Neuwagen',
    `
Das Autohaus Berning in Rheine ist Vertragshändler einer großen Marke.

Sie verkaufen Neuwagen an Privat- und Gewerbekunden, führen Probefahrten durch und erklären die Assistenzsysteme – vom Spurhalteassistenten bis zur KI-gestützten Sprachsteuerung. Finanzierung und Leasing bieten Sie gleich mit an.

Ausbildung als Automobilkaufmann/-frau, Verkaufserfahrung, Führerschein B.
`,
  ),
  ad(
    'engineering',
    'hard',
    'Konstrukteur*in (m/w/d) Sondermaschinenbau',
    `
Wir sind ein Sondermaschinenbauer in Vreden mit 80 Mitarbeitenden.

Sie konstruieren Montage- und Prüfanlagen in SolidWorks, erstellen Stücklisten und Zeichnungen und begleiten die Inbetriebnahme beim Kunden. Erste Erfahrungen mit KI-basierter Bildverarbeitung in Prüfanlagen sind ein Plus, aber kein Muss.

Studium oder Techniker*in Maschinenbau, mehrjährige Erfahrung in der Konstruktion.
`,
  ),
  ad(
    'software',
    'hard',
    'Softwareentwickler*in (m/w/d) C# / .NET',
    `
Die Logistiksoftware Emsland GmbH in Lingen entwickelt Lagerverwaltungssysteme.

Sie entwickeln neue Funktionen in C# und .NET, schreiben Tests, betreuen Kundeninstallationen und arbeiten im Scrum-Team. Kenntnisse im Bereich Machine Learning sind wünschenswert, aber nicht Voraussetzung.

Studium oder Ausbildung in Informatik, mindestens drei Jahre Erfahrung mit .NET.
`,
  ),
  ad(
    'office',
    'hard',
    'Sekretär*in (m/w/d) Geschäftsführung',
    `
Die Bauunternehmung Gerdes in Oldenburg sucht eine Assistenz der Geschäftsführung.

Sie führen den Kalender der beiden Geschäftsführer, bereiten Sitzungen vor, schreiben Protokolle und Korrespondenz und organisieren Reisen. Offenheit für neue Werkzeuge wie KI-Assistenten zur Protokollerstellung setzen wir voraus.

Kaufmännische Ausbildung, mehrjährige Assistenzerfahrung, sehr gutes Deutsch.
`,
  ),
  ad(
    'warehouse',
    'hard',
    'Lagermitarbeiter*in (m/w/d) Kommissionierung',
    `
Ein Versandhändler für Gartenbedarf in Ahaus sucht Lagermitarbeitende in Vollzeit.

Sie kommissionieren Bestellungen, verpacken Pakete und nehmen Ware an. Die Reihenfolge der Aufträge plant ein KI-System, das Ihnen auf dem Handscanner den kürzesten Weg zeigt.

Keine Ausbildung nötig, Staplerschein von Vorteil, Zweischichtbetrieb.
`,
  ),
  ad(
    'recruiting-footer',
    'hard',
    'Elektroniker*in (m/w/d) für Energie- und Gebäudetechnik',
    `
Elektro Hüsken in Dülmen installiert Photovoltaik, Wallboxen und Gebäudetechnik.

Du installierst Anlagen bei Privat- und Gewerbekunden, prüfst Elektroanlagen nach DGUV V3 und findest Fehler. Firmenwagen, Tablet, Werkzeug und Weiterbildung zur Elektrofachkraft für PV.

Hinweis zum Datenschutz: Für die Vorauswahl der Bewerbungen setzen wir ein KI-gestütztes Bewerbermanagement ein; jede Entscheidung trifft ein Mensch.
`,
  ),
  ad(
    'recruiting-footer',
    'hard',
    'Kaufmännische*r Angestellte*r (m/w/d) Auftragsabwicklung',
    `
Die Metallwarenfabrik Schürmann in Iserlohn liefert Beschläge an Möbelhersteller in ganz Europa.

Sie erfassen Aufträge, stimmen Liefertermine mit der Produktion ab, erstellen Versandpapiere und betreuen Kunden in Frankreich und Belgien.

Kaufmännische Ausbildung, Französisch in Wort und Schrift.

Bewerbungsprozess: Sie sprechen zuerst mit unserem KI-Interview-Assistenten (15 Minuten), danach mit der Fachabteilung.
`,
  ),
  ad(
    'retail',
    'hard',
    'Verkäufer*in (m/w/d) im Buchhandel',
    `
Die Buchhandlung am Prinzipalmarkt in Münster sucht eine Buchhändlerin oder einen Buchhändler.

Sie beraten Kund*innen, bestellen Titel, gestalten Schaufenster und Büchertische – diesen Herbst unter dem Motto „Maschinen, die denken? Bücher über künstliche Intelligenz“ – und organisieren Lesungen.

Ausbildung als Buchhändler*in, Leidenschaft für Literatur.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Erzieher (m/w/d) KiTa Sternschnuppe',
    `
Die KiTa Sternschnuppe in Paderborn-Elsen sucht ab August eine Fachkraft für die U3-Gruppe.

Du begleitest Kinder im Alltag, gestaltest die Eingewöhnung und dokumentierst Entwicklungsschritte. Wir arbeiten nach dem situationsorientierten Ansatz.

Staatliche Anerkennung als Erzieher*in, Teilzeit 30 Std. möglich. Bewerbung an kita-sternschnuppe@example.org.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Kinderpfleger*in (m/w/d) für das Familienzentrum KIKI',
    `
Das Familienzentrum KIKI (Kinder im Kiez) in Köln-Kalk betreut 60 Kinder.

Sie unterstützen die Gruppen im Alltag, helfen beim Mittagessen und bei der Körperpflege und begleiten Ausflüge in den Stadtteil. Das Familienzentrum KIKI bietet außerdem Elternkurse und eine Sprechstunde der Erziehungsberatung an.

Ausbildung als Kinderpfleger*in oder Sozialassistent*in.
`,
  ),
  ad(
    'sports',
    'hard',
    'Skilehrer*in (m/w/d) Wintersaison',
    `
Die Skischule Winterberg-Kappe sucht Skilehrerinnen und Skilehrer für die Saison Dezember bis März.

Sie unterrichten Kinder- und Erwachsenengruppen, betreuen den Skikindergarten und helfen beim Skiverleih aus. Unterkunft im Personalhaus möglich.

Ausbildung als Skilehrer*in (DSLV oder vergleichbar), Freude an der Arbeit mit Menschen.
`,
  ),
  ad(
    'retail',
    'hard',
    'Aushilfe (m/w/d) Kiosk am Aasee',
    `
Unser Kiosk am Aasee in Münster sucht Aushilfen für die Sommersaison, Minijob.

Du verkaufst Eis, Getränke und Zeitungen, füllst Ware auf und hältst den Kiosk sauber. Schichten am Wochenende und abends.

Ab 18 Jahren, zuverlässig, freundlich. Einfach vorbeikommen und nach Herrn Ki fragen.
`,
  ),
  ad(
    'name-look-alike',
    'hard',
    'Koch / Köchin (m/w/d) für das Restaurant Ki-Yoon',
    `
Das koreanische Restaurant Ki-Yoon in Düsseldorf-Immermannstraße sucht eine Köchin oder einen Koch.

Sie bereiten Gerichte der koreanischen Küche zu, kümmern sich um Mise en place, Bestellungen und Hygiene nach HACCP. Inhaberin Ki-Yoon Park arbeitet selbst in der Küche und bringt Ihnen ihre Rezepte bei.

Ausbildung als Koch/Köchin, Erfahrung in asiatischer Küche ist ein Vorteil.
`,
  ),
  ad(
    'name-look-alike',
    'hard',
    'Elektroniker (m/w/d) – KI Kälte- und Klimatechnik GmbH',
    `
Die KI Kälte- und Klimatechnik GmbH (Klaus Imhoff) in Hagen plant und wartet Klimaanlagen für Gewerbe.

Sie montieren Split- und VRF-Anlagen, nehmen sie in Betrieb, führen Wartungen durch und beheben Störungen beim Kunden.

Ausbildung als Mechatroniker*in für Kältetechnik oder Elektroniker*in, Kältemittel-Sachkunde Kategorie I, Führerschein B.
`,
  ),
  ad(
    'name-look-alike',
    'hard',
    'Sachbearbeiter (m/w/d) Abteilung AI – Auftragsinnendienst',
    `
Bei der Armaturenfabrik Wessel in Menden heißt der Auftragsinnendienst intern „Abteilung AI“.

Sie bearbeiten Anfragen, erstellen Angebote und Auftragsbestätigungen in SAP, überwachen Liefertermine und klären Reklamationen mit Kunden und Produktion.

Industriekaufmann/-frau, SAP SD, gutes Englisch.
`,
  ),
  ad(
    'name-look-alike',
    'hard',
    'Mediengestalter*in (m/w/d) Print',
    `
Die Druckerei Hellweg in Soest sucht eine*n Mediengestalter*in Digital und Print.

Sie setzen Broschüren, Plakate und Verpackungen, prüfen Druckdaten (PDF/X, AI- und EPS-Dateien), bereiten Daten für den Digital- und Offsetdruck auf und stimmen Farbproofs mit Kunden ab.

Ausbildung als Mediengestalter*in, sicher in InDesign, Illustrator und Photoshop.
`,
  ),
  ad(
    'name-look-alike',
    'hard',
    'Kriminalbeamt*innen (m/w/d) – Seiteneinstieg Cybercrime',
    `
Das Polizeipräsidium Bielefeld sucht Tarifbeschäftigte für die Kriminalinspektion Cybercrime (KI 5).

Sie sichern und analysieren Datenträger, werten Chatverläufe und Transaktionen aus und unterstützen die Ermittlungsteams der KI 5 bei Durchsuchungen.

Studium der Informatik oder Ausbildung als Fachinformatiker*in, Sicherheitsüberprüfung erforderlich.
`,
  ),
  ad(
    'plus',
    'hard',
    'Junior Business Analyst (m/f/d)',
    `
A mid-sized insurer in Wiesbaden is looking for a junior business analyst.

You will gather requirements from underwriting, write user stories, test releases of our policy system and support the rollout. Familiarity with AI concepts is nice to have but not required.

A degree in business informatics or a similar field, good SQL, fluent German.
`,
  ),
  ad(
    'teaching',
    'hard',
    'Dozent*in (m/w/d) „KI im Büroalltag“ – Honorarbasis',
    `
Die Volkshochschule Gelsenkirchen sucht Dozentinnen und Dozenten für Abendkurse.

Sie zeigen Teilnehmenden in Kursen von vier Abenden, wie sie ChatGPT, Copilot und Bildgeneratoren im Büro sinnvoll nutzen, wo die Grenzen liegen und was beim Datenschutz zu beachten ist.

Praktische Erfahrung mit KI-Werkzeugen, didaktisches Geschick. Honorar 35 € pro Unterrichtsstunde.
`,
  ),
  ad(
    'agency',
    'hard',
    'Texter*in (m/w/d) Werbeagentur',
    `
Die Agentur Funkenflug in Wuppertal sucht eine Texterin oder einen Texter.

Du schreibst Kampagnen, Websites und Social-Media-Posts für Mittelständler. Dabei arbeitest du mit generativer KI für erste Entwürfe und Varianten und machst daraus Texte, die nach Mensch klingen.

Mehrere Jahre Erfahrung als Texter*in, Portfolio, Gefühl für Marken.
`,
  ),
  ad(
    'medical',
    'hard',
    'Medizinische*r Technolog*in für Radiologie (m/w/d)',
    `
Die Radiologische Gemeinschaftspraxis am Markt in Minden sucht eine MTR.

Sie führen CT- und MRT-Untersuchungen durch, betreuen Patient*innen und arbeiten mit unserer neuen Befundsoftware, die mit künstlicher Intelligenz Auffälligkeiten in Lungenaufnahmen markiert.

Ausbildung als MTR, Fachkunde im Strahlenschutz, Teilzeit möglich.
`,
  ),
  ad(
    'sales',
    'hard',
    'Vertriebsingenieur*in (m/w/d) Robotik',
    `
Wir sind Hersteller kollaborativer Roboter aus Bad Oeynhausen.

Sie beraten Kunden aus Metall- und Kunststoffindustrie zu Automatisierungslösungen, planen Zellen mit unseren Applikationsingenieuren und verkaufen unsere Roboter inklusive der KI-Software zur Teileerkennung. Messen und Kundenbesuche gehören dazu.

Studium Maschinenbau oder Elektrotechnik, Vertriebserfahrung, Reisebereitschaft.
`,
  ),
];
