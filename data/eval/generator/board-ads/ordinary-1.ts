// Hand-written ordinary ads (part 1): crafts, care, retail, logistics, office; no AI words and no traps.
import { ad, type BoardAd } from './ad.js';

export const ORDINARY_1: BoardAd[] = [
  ad(
    'electrician',
    'plain',
    'Elektriker / Elektroniker (m/w/d) – Industrieanlagen',
    `
Die Elektrotechnik Wiemann GmbH aus Bochum ist seit 1958 Partner der Industrie im Ruhrgebiet. Mit 90 Mitarbeitenden planen, bauen und warten wir elektrische Anlagen in Stahlwerken, Chemieparks und Kläranlagen.

Ihre Aufgaben
• Montage, Verdrahtung und Inbetriebnahme von Schaltanlagen und Steuerungen
• Verlegung von Kabeln und Kabeltrassen
• Fehlersuche und Instandsetzung
• Prüfungen nach DGUV Vorschrift 3

Ihr Profil
• Abgeschlossene Ausbildung als Elektroniker*in für Betriebstechnik, Energieanlagenelektroniker*in oder vergleichbar
• Erfahrung im Industrieumfeld
• Führerschein Klasse B
• Bereitschaft zu Montageeinsätzen in NRW

Wir bieten
• Tarifliche Bezahlung nach Elektrohandwerk NRW plus Montagezulage
• Firmenfahrzeug für Montagetrupps
• Betriebliche Altersvorsorge
• Weiterbildung zur Elektrofachkraft oder zum Meister

Ansprechpartner: Herr Wiemann jun., Tel. 0234 778812
`,
  ),
  ad(
    'nurse',
    'plain',
    'Pflegefachfrau / Pflegefachmann (m/w/d) – Innere Medizin',
    `
Das Marienhospital Gelsenkirchen-Horst ist ein Krankenhaus der Grund- und Regelversorgung mit 320 Betten.

Für unsere Station Innere Medizin/Kardiologie suchen wir Pflegefachkräfte in Voll- und Teilzeit.

Ihre Aufgaben:
- Ganzheitliche Pflege von Patientinnen und Patienten mit kardiologischen Erkrankungen
- Mitwirkung bei Diagnostik und Therapie
- Anleitung von Auszubildenden

Ihr Profil:
- Examen als Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger*in oder Altenpfleger*in
- Freude an der Arbeit im Team

Wir bieten:
- AVR Caritas inkl. Zulagen
- Dienstplan mit Wunschdiensten
- Betriebliche Altersvorsorge (KZVK)
- Fahrrad-Leasing und Fitnessangebot

Wir freuen uns auf Ihre Bewerbung – gerne auch per Telefon unter 0209 5040-0.
`,
  ),
  ad(
    'retail',
    'plain',
    'Verkäufer (m/w/d) Lebensmitteleinzelhandel – Minijob',
    `
Für unseren Supermarkt in Lünen-Brambauer suchen wir Aushilfen auf 556-€-Basis.

Deine Aufgaben: Regale auffüllen, Kasse, Pfandautomaten betreuen, Frischetheke nach Einweisung.

Du bist zuverlässig, freundlich und kannst auch samstags.

Stundenlohn 13,90 €, Einsatzplanung nach deinen Wünschen.

Auch Schülerinnen, Schüler, Studierende und Rentner sind herzlich willkommen. Bewirb dich direkt im Markt bei unserem Marktleiter Herrn Ahrens.

Wir freuen uns auf dich!
`,
  ),
  ad(
    'driver',
    'plain',
    'Berufskraftfahrer (m/w/d) CE – Nahverkehr, jeden Abend zu Hause',
    `
Spedition Overbeck GmbH & Co. KG, Dorsten

Wir suchen Lkw-Fahrer*innen für den Nahverkehr im Ruhrgebiet (Baustoffe, Stückgut).

Das bieten wir:
✔ Tagestouren, keine Übernachtungen
✔ Moderne Fahrzeuge (Euro 6, Automatik)
✔ 3.200 € brutto plus Spesen
✔ Pünktliche Bezahlung, Urlaubs- und Weihnachtsgeld

Das bringst du mit:
✔ Führerschein CE mit Schlüsselzahl 95
✔ Fahrerkarte
✔ Deutschkenntnisse für Lieferpapiere

Ruf einfach an: Disposition, 02362 91 45 80

Über uns
Die Spedition Overbeck ist ein Familienunternehmen in vierter Generation. Mit 85 Fahrzeugen und 140 Mitarbeitenden beliefern wir Baustoffhändler, Bauunternehmen und Industriebetriebe zwischen Niederrhein und Sauerland. Unsere Werkstatt am Standort Dorsten hält die Fahrzeuge in Schuss; unsere Disposition plant Touren so, dass du pünktlich Feierabend machst.

Was wir außerdem bieten
✔ Feste Fahrzeugzuordnung – dein Lkw ist dein Lkw
✔ Bezahlte Weiterbildungen nach dem Berufskraftfahrer-Qualifikationsgesetz (Module 1–5)
✔ Zuschuss zur Betriebsrente
✔ Jährliches Sommerfest und Weihnachtsfeier mit Familie

Datenschutzhinweis: Ihre Bewerbungsdaten werden ausschließlich zur Durchführung des Bewerbungsverfahrens verarbeitet und nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben.
`,
  ),
  ad(
    'accounting',
    'plain',
    'Finanzbuchhalter (m/w/d) in Vollzeit',
    `
Die Ruhrtal Immobilienverwaltung GmbH in Essen-Werden verwaltet 2.600 Wohnungen für private und institutionelle Eigentümer.

Ihre Aufgaben:
• Kreditoren- und Debitorenbuchhaltung
• Bankbuchungen und Mahnwesen
• Erstellung von Umsatzsteuervoranmeldungen
• Mitwirkung bei Monats- und Jahresabschlüssen
• Nebenkostenabrechnungen in Zusammenarbeit mit der Objektbetreuung

Ihr Profil:
• Ausbildung als Steuerfachangestellte*r oder kaufmännische Ausbildung mit Weiterbildung zum/zur Bilanzbuchhalter*in
• Kenntnisse in DATEV und in einer Immobiliensoftware
• Sorgfalt und Zuverlässigkeit

Unser Angebot:
• 38 Stunden, Gleitzeit
• 30 Tage Urlaub, Heiligabend und Silvester frei
• Zentral gelegenes Büro mit S-Bahn-Anschluss
`,
  ),
  ad(
    'craft',
    'plain',
    'Anlagenmechaniker SHK (m/w/d)',
    `
Haustechnik Pelzer, Hagen-Hohenlimburg. Heizung – Sanitär – Klima seit 1972.

Wir suchen Gesellen und Gesellinnen für Neubau, Modernisierung und Kundendienst. Schwerpunkt: Wärmepumpen und Badsanierung.

Wir bieten dir ein eigenes Kundendienstfahrzeug, Werkzeug und Arbeitskleidung, Tariflohn plus Leistungsprämie, 30 Tage Urlaub und Schulungen bei Herstellern.

Du hast eine abgeschlossene Ausbildung als Anlagenmechaniker*in SHK und den Führerschein B.

Bewerbung per WhatsApp an 0171 4455 320 – ein Foto deines Gesellenbriefs reicht.
`,
  ),
  ad(
    'logistics',
    'plain',
    'Kommissionierer (m/w/d) – Frühschicht',
    `
Für ein Lebensmittellager in Hamm-Uentrop suchen wir Kommissioniererinnen und Kommissionierer in Vollzeit.

Aufgaben: Zusammenstellen von Bestellungen mit Pick-by-Voice, Bedienen von Elektro-Niederhubwagen, Verpacken und Etikettieren.

Frühschicht 5:00–13:30 Uhr, 14,80 €/Std. plus Leistungsprämie. Flurförderzeugschein wird bei uns gemacht.

Sicherheitsschuhe stellen wir.

Wir suchen zuverlässige Menschen, die körperlich fit sind. Deutschkenntnisse für die Sicherheitsunterweisung reichen. Bewerbungen per Telefon unter 02381 44 90 12.
`,
  ),
  ad(
    'admin',
    'plain',
    'Sachbearbeiter (m/w/d) Wohngeld – Stadt Herne',
    `
Die Stadt Herne sucht für den Fachbereich Soziales zum nächstmöglichen Zeitpunkt mehrere Sachbearbeiterinnen und Sachbearbeiter für das Wohngeld (EG 9a TVöD, unbefristet, Voll- oder Teilzeit).

Ihre Aufgaben:
1. Prüfung und Bescheidung von Anträgen auf Wohngeld
2. Beratung der Antragstellerinnen und Antragsteller
3. Bearbeitung von Rückforderungen und Widersprüchen

Ihr Profil:
1. Abgeschlossener Verwaltungslehrgang I oder Ausbildung als Verwaltungsfachangestellte*r
2. Alternativ: kaufmännische Ausbildung mit Bereitschaft zum Verwaltungslehrgang

Wir bieten:
1. Flexible Arbeitszeiten, Homeoffice an bis zu zwei Tagen
2. Betriebliches Gesundheitsmanagement
3. Zusatzversorgung

Die Stadt Herne setzt sich für die Gleichstellung aller Geschlechter ein. Bewerbungen von Menschen mit Migrationsgeschichte sind ausdrücklich erwünscht.

Hinweise zum Auswahlverfahren
Das Auswahlverfahren besteht aus einem strukturierten Interview, das voraussichtlich in der zweiten Hälfte des kommenden Monats stattfindet. Bitte fügen Sie Ihrer Bewerbung einen Lebenslauf, Ihre Abschlusszeugnisse und, sofern vorhanden, Arbeitszeugnisse bei. Beschäftigte des öffentlichen Dienstes legen bitte außerdem eine Einverständniserklärung zur Einsicht in die Personalakte bei.

Die Stelle ist grundsätzlich teilbar. Bewerbungen schwerbehinderter und ihnen gleichgestellter Menschen sind ausdrücklich erwünscht. Frauen werden bei gleicher Eignung, Befähigung und fachlicher Leistung nach Maßgabe des Landesgleichstellungsgesetzes NRW bevorzugt berücksichtigt, sofern nicht in der Person eines Mitbewerbers liegende Gründe überwiegen.

Für Fragen zum Aufgabengebiet steht Ihnen Frau Kaminski (Fachbereich Soziales) zur Verfügung, für Fragen zum Bewerbungsverfahren Herr Özdemir (Fachbereich Personal). Bitte bewerben Sie sich ausschließlich über unser Online-Bewerbungsportal; Bewerbungen per E-Mail oder Post können leider nicht berücksichtigt werden.
`,
  ),
  ad(
    'restaurant',
    'plain',
    'Servicekraft (m/w/d) – Biergarten am Baldeneysee, Minijob',
    `
Für unseren Biergarten am Baldeneysee suchen wir ab April Servicekräfte auf Minijob-Basis.

Bedienen, Kassieren, Abräumen. Vor allem Wochenenden und Ferien. 13,90 € plus Trinkgeld.

Melde dich bei Jens unter 0201 44 33 12.

Erfahrung im Service ist gut, aber nicht nötig – wir zeigen dir alles am ersten Tag. Du solltest mindestens 18 Jahre alt sein und einen Schirm für die Regentage haben.
`,
  ),
  ad(
    'cleaning',
    'plain',
    'Reinigungskraft (m/w/d) Büroreinigung – abends, Teilzeit',
    `
Wir suchen für die Unterhaltsreinigung von Büroflächen in Dortmund-Hörde Reinigungskräfte. Arbeitszeit Mo–Fr 17–20 Uhr.

Tariflohn (15,00 €), feste Objekte, eingespieltes Team.

Sie brauchen keine Ausbildung; wir arbeiten Sie ein. Arbeitskleidung und Reinigungsmittel stellen wir. Der Arbeitsort ist gut mit Bus und Bahn erreichbar. Bitte rufen Sie unsere Objektleiterin Frau Tomić an: 0231 47 73 20.
`,
  ),
  ad(
    'hairdresser',
    'plain',
    'Friseur/in (m/w/d) – Voll- oder Teilzeit',
    `
Salon Schnittstelle in Mülheim-Saarn ist ein kleiner Salon mit Stammkundschaft und viel Herz.

Wir suchen eine Friseurin oder einen Friseur mit Gesellenbrief. Du kannst Damen- und Herrenschnitte, Farbe und Strähnen und hast Lust auf Beratung.

Wir bieten: 2.600 € Fixgehalt bei Vollzeit plus Umsatzbeteiligung, keine Arbeit nach 18 Uhr, montags frei, Schulungen.

Komm gern auf einen Kaffee vorbei.
`,
  ),
  ad(
    'teacher',
    'plain',
    'Grundschullehrkraft (m/w/d) – Vertretungsstelle',
    `
Die Gemeinschaftsgrundschule Am Wasserturm in Castrop-Rauxel sucht für ein Jahr eine Vertretungslehrkraft (28 Std./Woche) für die Fächer Deutsch und Sachunterricht.

Bewerben können sich Lehrkräfte mit Lehramtsbefähigung sowie Studierende im Master of Education.

Bitte bewerben Sie sich über das Portal VERENA des Landes NRW.

Unsere Schule ist dreizügig, hat ein engagiertes Kollegium von 24 Lehrkräften und einen Offenen Ganztag. Rückfragen beantwortet die Schulleiterin Frau Hellmich gern telefonisch.
`,
  ),
  ad(
    'mechanic',
    'plain',
    'Kfz-Mechatroniker (m/w/d) – Pkw-Technik',
    `
Autohaus Kruse, Bottrop-Kirchhellen. Markenwerkstatt mit 40 Mitarbeitenden.

Deine Aufgaben:
- Inspektionen, Wartung und Reparaturen
- Fehlerdiagnose mit Herstellertestern
- Reifen- und Räderwechsel in der Saison
- Arbeiten an Hybrid- und Elektrofahrzeugen (HV-Schulung bezahlen wir)

Dein Profil:
- Abgeschlossene Ausbildung als Kfz-Mechatroniker*in
- Führerschein B

Wir bieten: Tarif Kfz-Handwerk, Werkstattwagen-Leasing, Mitarbeiterkonditionen beim Autokauf.

Bewerbungen an werkstatt@autohaus-kruse.example.

Ansprechpartner ist Werkstattmeister Uwe Kruse.
`,
  ),
  ad(
    'warehouse',
    'plain',
    'Lagerhelfer (m/w/d) ab sofort – auch ohne Erfahrung',
    `
Lagerhelfer gesucht! Vollzeit, Duisburg-Ruhrort.

• Be- und Entladen von Lkw
• Verpacken und Etikettieren
• Sauberhalten des Lagers

Keine Ausbildung nötig. 14,00 €/Std., nach 6 Monaten 14,80 €. Zweischicht.

Bewerben: einfach vorbeikommen, Mo–Fr 8–14 Uhr, Hafenstraße 22.

Wir sind ein Umschlagbetrieb für Stahlprodukte und Baustoffe direkt am Hafenbecken. Sicherheitsschuhe und Arbeitskleidung bekommst du von uns.
`,
  ),
  ad(
    'social-work',
    'plain',
    'Sozialpädagoge (m/w/d) Schulsozialarbeit',
    `
Die Jugendhilfe Emscher gGmbH sucht für die Schulsozialarbeit an zwei Gesamtschulen in Gelsenkirchen Sozialpädagoginnen und Sozialpädagogen (30–39 Std.).

Ihre Aufgaben: Einzelfallhilfe für Schülerinnen und Schüler, Beratung von Eltern und Lehrkräften, Gruppenangebote zu Konfliktlösung und Berufsorientierung, Vernetzung mit Jugendamt und Beratungsstellen.

Ihr Profil: Studium der Sozialen Arbeit oder Sozialpädagogik (staatliche Anerkennung), Erfahrung mit Jugendlichen.

Wir bieten: TVöD SuE S 11b, Supervision, Fortbildung, ein engagiertes Team.
`,
  ),
  ad(
    'craft',
    'plain',
    'Tischler (m/w/d) – Innenausbau',
    `
Tischlerei Hoppe in Sprockhövel: Möbel, Treppen, Innenausbau für Privatkunden und Arztpraxen.

Wir suchen eine Tischlerin oder einen Tischler für Werkstatt und Montage. CNC-Erfahrung ist schön, aber nicht notwendig.

Du bekommst: 4-Tage-Woche (36 Std.), Tariflohn, moderne Werkstatt, Montagefahrzeug.

Schreib uns oder ruf an: 02324 6 78 90.

Wir sind acht Leute, arbeiten sauber und nehmen uns Zeit für gute Arbeit. Auszubildende sind auch willkommen.
`,
  ),
  ad(
    'insurance',
    'plain',
    'Kaufmann für Versicherungen und Finanzen (m/w/d) – Innendienst',
    `
Die Westfalenring Versicherungsgruppe sucht für den Bereich Kfz-Schaden in Dortmund Sachbearbeiterinnen und Sachbearbeiter.

Sie regulieren Schäden, prüfen Gutachten und Rechnungen, telefonieren mit Werkstätten und Versicherten und entscheiden über Regressmöglichkeiten.

Sie haben eine Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzen oder eine vergleichbare Qualifikation.

Tarifvertrag der Versicherungswirtschaft, 38 Stunden, mobiles Arbeiten bis 60 %.
`,
  ),
  ad(
    'software-developer',
    'plain',
    'Softwareentwickler (m/w/d) C# / .NET – Industriesoftware',
    `
Die Ruhrblick Systemtechnik GmbH in Oberhausen entwickelt Software für Wiegesysteme und Verladeterminals in Häfen, Zementwerken und Schrottplätzen.

Deine Aufgaben
- Entwicklung von Desktop- und Webanwendungen in C#, .NET und Blazor
- Anbindung von Waagen, Schranken und Kennzeichenlesern über serielle und TCP-Schnittstellen
- Inbetriebnahme beim Kunden (ca. 5 Tage im Quartal)

Dein Profil
- Abgeschlossenes Studium oder Ausbildung als Fachinformatiker*in Anwendungsentwicklung
- Mehrjährige Erfahrung mit C#
- SQL-Kenntnisse (MS SQL Server)

Unser Angebot
- 38 Stunden, Gleitzeit
- Homeoffice zwei Tage pro Woche
- Firmenrente, Jobrad, Kaffee und Obst
`,
  ),
  ad(
    'childcare-free',
    'plain',
    'Betreuungskraft (m/w/d) Offener Ganztag',
    `
Die Arbeiterwohlfahrt Unterbezirk Hamm-Warendorf sucht Betreuungskräfte für den Offenen Ganztag an Grundschulen in Hamm (Teilzeit, 19,5 Std., Mo–Fr 11:30–16 Uhr).

Sie begleiten Kinder beim Mittagessen, bei der Hausaufgabenbetreuung und in der Freizeit.

Eine pädagogische Ausbildung ist wünschenswert, aber Quereinsteigerinnen und Quereinsteiger mit Erfahrung sind ebenso willkommen.

Vergütung nach TV AWO NRW.

Wir bieten Fortbildungen, ein gutes Miteinander im Team und Ferienfreizeiten, die Spaß machen.
`,
  ),
  ad(
    'doctor',
    'plain',
    'Assistenzarzt (m/w/d) Allgemeinmedizin – Weiterbildung',
    `
Hausarztpraxis Dres. Lindner & Okafor, Witten-Herbede

Wir bieten eine Weiterbildungsstelle Allgemeinmedizin (volle Weiterbildungsbefugnis, 24 Monate) in einer großen Hausarztpraxis mit breitem Spektrum: Hausbesuche, Geriatrie, kleine Chirurgie, Ultraschall, Psychosomatik.

Förderung nach § 75a SGB V, Vergütung angelehnt an TV-Ärzte/KF, 4-Tage-Woche möglich.

Kontakt: praxis@lindner-okafor.example

Wir sind zwei Fachärztinnen, ein Facharzt, acht MFA und eine Praxismanagerin, betreuen rund 2.400 Patientinnen und Patienten im Quartal und nehmen uns Zeit für die Weiterbildung.

Was Sie bei uns lernen
Neben der ganzen Breite der hausärztlichen Versorgung erhalten Sie bei uns eine strukturierte Weiterbildung nach dem Curriculum der Kompetenzzentren Weiterbildung Allgemeinmedizin: wöchentliche Fallbesprechungen, Supervision bei Hausbesuchen, Rotation in die Palliativversorgung und die Möglichkeit, die Zusatzbezeichnung Sportmedizin zu erwerben. Die Praxis ist Lehrpraxis der Universität Witten/Herdecke-Süd, Sie können sich also auch in der Lehre engagieren. Ein eigenes Sprechzimmer und geregelte Arbeitszeiten von 8 bis 17 Uhr sind selbstverständlich; Bereitschaftsdienste teilen wir fair auf.
`,
  ),
  ad(
    'security',
    'plain',
    'Sicherheitsmitarbeiter (m/w/d) Objektschutz',
    `
Die Wachschutz Ruhr GmbH sucht Sicherheitsmitarbeiterinnen und -mitarbeiter für Objekte in Essen und Bochum (Vollzeit und Teilzeit).

Aufgaben: Empfangsdienst, Zugangskontrolle, Streifengänge, Alarmverfolgung.

Voraussetzung: Sachkundeprüfung nach § 34a GewO oder Unterrichtung, einwandfreies Führungszeugnis.

14,60 €/Std. plus Zuschläge, Dienstkleidung wird gestellt.

Wir bieten unbefristete Verträge, planbare Dienste und die Möglichkeit zur Weiterbildung zur Fachkraft für Schutz und Sicherheit. Bewerbungen per E-Mail oder telefonisch.
`,
  ),
  ad(
    'bakery',
    'plain',
    'Bäcker (m/w/d) – Nachtschicht mit Zuschlägen',
    `
Bäckerei Terhorst aus Dinslaken backt seit 1911 für 14 Filialen.

Wir suchen eine Bäckerin oder einen Bäcker (Gesellenbrief) für die Backstube. Arbeitszeit 2–10 Uhr, fünf Nächte die Woche.

Wir bieten: Tariflohn plus Nachtzuschlag (steuerfrei), Sonntagszuschlag, Freibrot, ein familiäres Team.

Auch Quereinsteigerinnen und Quereinsteiger mit Erfahrung in einer Backstube sind willkommen. Ansprechpartner ist Bäckermeister Thomas Terhorst.
`,
  ),
  ad(
    'construction',
    'plain',
    'Bauleiter (m/w/d) Hochbau',
    `
Die Bauunternehmung Stratmann GmbH aus Recklinghausen realisiert Wohn- und Gewerbebauten mit einem Volumen von 5 bis 25 Mio. €.

Ihre Aufgaben:
• Leitung von Baustellen von der Arbeitsvorbereitung bis zur Abnahme
• Führung von Polieren und Nachunternehmern
• Kosten-, Termin- und Qualitätskontrolle
• Aufmaß und Abrechnung

Ihr Profil:
• Studium Bauingenieurwesen oder Weiterbildung zum staatlich geprüften Bautechniker
• Mehrjährige Erfahrung in der Bauleitung
• Kenntnisse der VOB

Wir bieten: Dienstwagen auch zur privaten Nutzung, leistungsgerechtes Gehalt, Weiterbildung.
`,
  ),
  ad(
    'pharmacy',
    'plain',
    'PTA (m/w/d) – Apotheke am Rathaus',
    `
Die Apotheke am Rathaus in Bergkamen sucht eine PTA in Voll- oder Teilzeit.

Beratung am HV-Tisch, Rezepturherstellung, Warenwirtschaft, Botendienstorganisation. Samstags im Wechsel.

Vergütung über Tarif, Fortbildungen der Apothekerkammer, ein nettes Team.

Wir sind ein Team aus drei Apothekerinnen, vier PTA und zwei PKA und arbeiten gerne zusammen. Bewerbungen bitte an Frau Apothekerin Wessel.

Wir freuen uns auf Sie!
`,
  ),
  ad(
    'gardener',
    'plain',
    'Gärtner (m/w/d) Garten- und Landschaftsbau',
    `
Grünwerk Schulte GmbH, Herten – Gartenbau, Pflasterarbeiten, Grünpflege für Wohnungsgesellschaften.

Wir suchen Landschaftsgärtner*innen und Helfer*innen mit Erfahrung.

Was wir bieten:
- Ganzjährige Beschäftigung, kein Winterloch
- Tarif GaLaBau plus Zulage
- Neue Maschinen (Minibagger, Radlader)

Was du mitbringst: Ausbildung oder Erfahrung im GaLaBau, Führerschein BE von Vorteil.

Ruf einfach an.

Wir freuen uns auf dich – gerne auch per WhatsApp an 0163 7 11 20 45.
`,
  ),
  ad(
    'call-center',
    'plain',
    'Kundenberater (m/w/d) Telefon – Energieversorger',
    `
Für unser Servicecenter in Gelsenkirchen suchen wir Kundenberaterinnen und Kundenberater im Auftrag eines großen Energieversorgers.

Du beantwortest Fragen zu Rechnungen, Abschlägen und Tarifen, nimmst Zählerstände auf und bearbeitest Umzüge.

Vollzeit oder Teilzeit, Schichten zwischen 8 und 20 Uhr, 14,20 €/Std. plus Bonus. Eine vierwöchige bezahlte Schulung bereitet dich vor.

Nach der Einarbeitung ist Homeoffice möglich.
`,
  ),
  ad(
    'it-admin',
    'plain',
    'Fachinformatiker Systemintegration (m/w/d)',
    `
Die IT-Abteilung der Stadtwerke Hattingen (8 Personen) sucht Verstärkung.

Aufgaben:
– Betreuung von 250 Arbeitsplätzen (Windows 11, Microsoft 365)
– Administration von VMware, Active Directory und Firewall
– Pflege von Netzwerk und WLAN an acht Standorten
– Mitarbeit in IT-Sicherheitsprojekten (ISMS nach ISO 27001)

Profil: Ausbildung als Fachinformatiker*in Systemintegration, 2+ Jahre Berufserfahrung.

Wir bieten: TV-V, Rufbereitschaft mit Zulage, Weiterbildung.
`,
  ),
  ad(
    'hotel',
    'plain',
    'Rezeptionist (m/w/d) – Hotel am Kanal',
    `
Das Hotel am Kanal in Datteln (48 Zimmer, Tagungsbereich) sucht eine Rezeptionistin oder einen Rezeptionisten in Vollzeit.

Check-in und Check-out, Reservierungen, Gästebetreuung, Kassenabrechnung. Früh- und Spätdienst im Wechsel, jedes zweite Wochenende frei.

Ausbildung im Hotelfach oder Erfahrung an der Rezeption. Englischkenntnisse.

Wir bieten ein faires Gehalt, Zuschläge für Nacht- und Feiertagsdienste und Vergünstigungen in Partnerhotels. Bewerbungen an Frau Lückenkemper.
`,
  ),
  ad(
    'engineer',
    'plain',
    'Konstrukteur (m/w/d) Maschinenbau',
    `
Die Fördertechnik Hoesch-Nord GmbH in Dortmund konstruiert Förderbänder und Becherwerke für Schüttgut.

Ihre Aufgaben: Konstruktion von Baugruppen und Anlagen mit SolidWorks, Erstellung von Zeichnungen und Stücklisten, Festigkeitsberechnungen, Abstimmung mit Fertigung und Montage.

Ihr Profil: Studium Maschinenbau oder staatlich geprüfte*r Techniker*in, Erfahrung mit 3D-CAD, Kenntnisse im Stahlbau.

Wir bieten: Tarif Metall NRW, 35 Stunden, Gleitzeit, betriebliche Altersvorsorge.

Bewerbungen bitte an personal@hoesch-nord.example.
`,
  ),
  ad(
    'cook',
    'plain',
    'Koch (m/w/d) – Betriebsrestaurant, keine Abende',
    `
Für das Betriebsrestaurant eines Industrieunternehmens in Marl suchen wir eine Köchin oder einen Koch.

Wir kochen täglich 400 Essen, frisch und saisonal. Arbeitszeit Mo–Fr 6–14:30 Uhr.

Ausbildung als Koch/Köchin, Erfahrung in der Gemeinschaftsverpflegung von Vorteil.

Tariflohn, 30 Tage Urlaub, Schließzeit zwischen den Jahren.

Bewerben Sie sich gerne telefonisch bei unserem Küchenleiter Herrn Pohl. Wir freuen uns auf Sie.
`,
  ),
  ad(
    'dental',
    'plain',
    'Zahnmedizinische Fachangestellte (m/w/d)',
    `
Zahnarztpraxis Dr. Petersen, Moers-Repelen.

Wir suchen eine ZFA für Stuhlassistenz und Prophylaxe (gerne mit ZMP). Teilzeit ab 25 Stunden oder Vollzeit.

Moderne Praxis, digitales Röntgen, nettes Team, keine Samstage. Übertarifliche Bezahlung und Fortbildungen.

Unser Team besteht aus zwei Zahnärzten, einer Zahnärztin und neun Mitarbeiterinnen. Wir legen Wert auf ein gutes Miteinander und eine gründliche Einarbeitung. Bewerbungen gern per E-Mail oder persönlich am Empfang.
`,
  ),
  ad(
    'retail',
    'plain',
    'Kassierer (m/w/d) Baumarkt – Teilzeit',
    `
Unser Baumarkt in Kamen sucht Kassiererinnen und Kassierer (20 Std./Woche).

Kassieren, Kundenfragen beantworten, Ware zurücklegen. Arbeitszeit nach Plan zwischen 7 und 20 Uhr, auch samstags.

Wir bieten 14,50 €/Std., Mitarbeiterrabatt und ein sicheres Arbeitsverhältnis.

Erfahrung an der Kasse ist gut, aber wir schulen dich auch. Bewirb dich mit einem kurzen Lebenslauf an der Information im Markt.
`,
  ),
  ad(
    'engineer',
    'plain',
    'Bauingenieur (m/w/d) Tiefbau – Stadtentwässerung',
    `
Die Stadtentwässerung Gladbeck AöR sucht eine*n Bauingenieur*in (EG 11 TVöD).

Sie planen und überwachen Kanalsanierungen, schreiben Leistungen aus, begleiten Baustellen und stimmen sich mit Straßenbau und Versorgern ab.

Studium Bauingenieurwesen (Bachelor/Diplom FH), Kenntnisse der VOB und der HOAI, Führerschein B.

Unbefristet, Gleitzeit, betriebliche Altersversorgung.

Bewerbungen bitte über unser Karriereportal bis zum 31. März.

Rückfragen beantwortet Herr Esser.
`,
  ),
  ad(
    'sales',
    'plain',
    'Außendienstmitarbeiter (m/w/d) Baustoffe',
    `
Baustoffhandel Krüger & Sohn, Witten. Wir beliefern Handwerk und Bauunternehmen mit allem vom Ziegel bis zur Dämmung.

Sie betreuen Bestandskunden im Gebiet Bochum/Hagen/Ennepe-Ruhr, gewinnen neue Kunden und erstellen Angebote.

Kaufmännische Ausbildung im Baustoffhandel oder Erfahrung am Bau, Verkaufstalent.

Firmenwagen, Fixum plus Provision, Tablet und Handy.

Wir sind ein Familienunternehmen mit 60 Beschäftigten an drei Standorten.

Bewerbungen an Herrn Krüger senior.
`,
  ),
  ad(
    'postal',
    'plain',
    'Zusteller (m/w/d) Briefe und Pakete – Minijob',
    `
Für die Zustellung von Briefen und Paketen in Schwerte-Ergste suchen wir Aushilfen (Minijob, 2–3 Tage pro Woche, vormittags).

Du stellst mit unserem E-Bike oder E-Transporter zu. Führerschein B nötig für Transporter.

Bezahlung 14,00 €/Std. plus Wetterzulage im Winter.

Du solltest zuverlässig sein und bei jedem Wetter gern draußen arbeiten. Wir arbeiten dich an zwei Tagen ein.
`,
  ),
  ad(
    'office',
    'plain',
    'Kaufmann/-frau für Büromanagement (m/w/d) – Teilzeit vormittags',
    `
Dachdeckerei Wolters GmbH in Oer-Erkenschwick.

Sie nehmen Anrufe an, vereinbaren Termine, schreiben Angebote und Rechnungen nach Vorlage und kümmern sich um die Ablage.

Mo–Fr 8–12 Uhr. Kaufmännische Ausbildung und Word/Excel-Kenntnisse.

Ein kleines Team, kurze Wege, Kaffee immer frisch.

Bewerbungen an buero@wolters-dach.example.

Wir sind ein Meisterbetrieb mit 16 Beschäftigten und arbeiten seit drei Generationen auf den Dächern im Vest. Die Stelle ist unbefristet und eignet sich gut für Eltern, die vormittags arbeiten möchten.
`,
  ),
  ad(
    'nurse',
    'plain',
    'Pflegehelfer (m/w/d) Seniorenheim – auch Quereinsteiger',
    `
Das Seniorenzentrum Haus Lindenhof in Werne sucht Pflegehelferinnen und Pflegehelfer in Voll- und Teilzeit.

Sie unterstützen Bewohnerinnen und Bewohner bei der Körperpflege, beim Essen und im Alltag. Eine einjährige Ausbildung in der Pflegeassistenz ist gut, Quereinsteiger schulen wir.

Vergütung nach AVR Diakonie, Zeitzuschläge, Jahressonderzahlung.

Wir freuen uns auf Sie.

Rufen Sie einfach unsere Pflegedienstleitung, Frau Berger, an.
`,
  ),
  ad(
    'physio',
    'plain',
    'Physiotherapeut (m/w/d)',
    `
Physiotherapie Ruhrbewegt, Hattingen-Welper.

Du behandelst Patientinnen und Patienten aus Orthopädie, Neurologie und Chirurgie. Hausbesuche im Umkreis von 10 km. Fortbildungen (MT, Lymphdrainage) finanzieren wir mit.

Behandlungstakt 30 Minuten, 4-Tage-Woche möglich, 3.300 € brutto bei Vollzeit.

Wir sind ein Team aus sechs Therapeutinnen und Therapeuten und zwei Rezeptionskräften, die Praxis hat fünf Behandlungsräume und einen Trainingsraum. Bewerbungen gerne per WhatsApp oder E-Mail.
`,
  ),
  ad(
    'logistics',
    'plain',
    'Speditionskaufmann (m/w/d) Export',
    `
Die Hafenlogistik Emmerich-Ruhr GmbH in Duisburg organisiert Seefracht- und Binnenschifftransporte.

Aufgaben: Buchung von Containern, Erstellung von Exportdokumenten, Zollabwicklung (ATLAS), Kommunikation mit Reedereien und Kunden.

Ausbildung als Kaufmann/-frau für Spedition und Logistikdienstleistung, Englisch verhandlungssicher.

38 Stunden, Gleitzeit, Jobticket.

Wir bieten ein unbefristetes Arbeitsverhältnis, ein Gehalt nach Erfahrung, Weihnachtsgeld und einen Arbeitsplatz mit Blick auf den Hafen. Ansprechpartner: Herr van Loon.
`,
  ),
  ad(
    'teacher',
    'plain',
    'Fahrlehrer (m/w/d) Klasse B/BE',
    `
Fahrschule Grüne Welle, Bochum-Querenburg, drei Filialen.

Wir suchen Fahrlehrerinnen und Fahrlehrer (Klasse BE), gern auch Berufseinsteiger. Du unterrichtest Theorie und Praxis, unsere Fahrzeuge sind neu, Automatik und Schaltwagen.

Festgehalt plus Umsatzbeteiligung, planbare Arbeitszeiten, Unterstützung bei der Weiterbildung für A und CE.

Wir freuen uns auf deinen Anruf.

Ansprechpartnerin ist unsere Inhaberin Katrin Lehmkuhl; gern auch per Mail an team@gruene-welle.example.
`,
  ),
];
