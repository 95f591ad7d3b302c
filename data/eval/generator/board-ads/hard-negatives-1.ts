// Hand-written hard negatives (part 1): Kita, Ski, Kiosk, KIKI and other look-alike words; "Ki" as a name.
import { ad, type BoardAd } from './ad.js';

export const HARD_NEGATIVES_1: BoardAd[] = [
  ad(
    'childcare',
    'hard',
    'Erzieher*in (m/w/d) für unsere Kita Sonnenzeche – Teilzeit 30 Std.',
    `
Die Kita Sonnenzeche in Gelsenkirchen-Buer betreut 85 Kinder von einem bis sechs Jahren in fünf Gruppen. Träger ist der Verein Kinderhaus Emscher e. V.

Deine Aufgaben
• Bildung, Betreuung und Erziehung der Kinder nach unserem teiloffenen Konzept
• Beobachtung und Dokumentation der Entwicklung (Bildungsdokumentation, BaSiK)
• Gestaltung der Zusammenarbeit mit Eltern
• Mitarbeit an der Weiterentwicklung der Kita-Konzeption

Dein Profil
• Staatlich anerkannte*r Erzieher*in oder Kindheitspädagog*in
• Freude an der Arbeit mit Kindern unter drei Jahren
• Teamgeist und Humor

Wir bieten
• Vergütung nach TVöD SuE S8a
• 30 Tage Urlaub plus zwei Regenerationstage
• Fachberatung und regelmäßige Fortbildungen
• Ein großes Außengelände mit altem Baumbestand

Bewerbungen bitte an die Kita-Leitung, Frau Kowalski.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Kita-Leitung (m/w/d)',
    `
Der Evangelische Kirchenkreis Hattingen-Witten sucht für die KiTa Regenbogen in Witten-Annen eine Leitung (39 Std./Woche).

Sie leiten eine viergruppige KiTa mit 14 Mitarbeitenden, verantworten die pädagogische Arbeit, die Dienstplanung und das Budget und vertreten die KiTa gegenüber Träger, Jugendamt und Familienzentrum.

Sie bringen mit: Abschluss als Erzieher*in mit Leitungserfahrung oder Studium der Kindheitspädagogik/Sozialpädagogik; Zugehörigkeit zu einer christlichen Kirche.

Wir bieten: Vergütung nach BAT-KF S 15, kirchliche Zusatzversorgung, Supervision.

Über uns
Der Evangelische Kirchenkreis Hattingen-Witten ist Träger von 21 Tageseinrichtungen für Kinder mit über 1.300 Plätzen. Unsere KiTas verstehen sich als Orte, an denen Kinder unabhängig von Herkunft und Religion willkommen sind, an denen sie forschen, spielen und Gemeinschaft erleben.

Die KiTa Regenbogen liegt in einem ruhigen Wohngebiet mit einem großen, naturnah gestalteten Außengelände. Sie ist zertifiziertes Familienzentrum und arbeitet eng mit der Erziehungsberatungsstelle und der benachbarten Grundschule zusammen. Das Team besteht aus 14 pädagogischen Fachkräften, zwei Hauswirtschaftskräften und einer Verwaltungskraft.

Was wir Ihnen zusätzlich bieten
– Eine Einarbeitung durch die Fachberatung und die bisherige Leitung
– Regelmäßige Leitungskonferenzen und kollegiale Beratung
– Fortbildungen zu Personalführung und Qualitätsmanagement
– Ein Dienstfahrrad über Leasing

Für Rückfragen steht Ihnen unsere Fachbereichsleitung Frau Ostermann gern zur Verfügung.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Kinderpfleger/in (m/w/d) in der Kita Kiki & Koko',
    `
Kleine Elterninitiative, großes Herz: Die Kita Kiki & Koko in Bochum-Ehrenfeld (zwei Gruppen, 40 Kinder) sucht ab sofort Verstärkung.

Du unterstützt die Gruppenleitungen im Alltag, begleitest Mahlzeiten und Ruhephasen, gehst mit den Kindern in den Stadtpark und hilfst bei Festen.

Voraussetzung: Ausbildung als Kinderpfleger/in oder Sozialassistent/in.

Wir bieten 25–35 Stunden, Bezahlung angelehnt an TVöD, Eltern, die mit anpacken, und ein Team, das zusammenhält.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Alltagshelfer*in (m/w/d) Kita – Minijob',
    `
Die städtische Kita Am Förderturm (Herne) sucht eine Alltagshelferin oder einen Alltagshelfer auf Minijob-Basis (bis 556 €).

Aufgaben: Unterstützung beim Mittagessen, Tischdecken, Abwasch, kleine hauswirtschaftliche Tätigkeiten, Begleitung bei Ausflügen.

Arbeitszeit: Mo–Fr 11:30–13:30 Uhr. Ein erweitertes Führungszeugnis ist erforderlich.

Wir sind ein Team aus neun Fachkräften und freuen uns über jemanden, der gerne mit anpackt und Kinder mag. Bitte schicken Sie eine kurze Nachricht mit Ihren Kontaktdaten an die Kita-Leitung, Frau Demir.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Pädagogische Fachkraft (m/w/d) – Kita mit Schwerpunkt Sprache',
    `
Kitas der Stadt Oberhausen – Jugendamt

In unserer Kita Tausendfüßler in Oberhausen-Sterkrade ist zum nächstmöglichen Zeitpunkt eine Stelle als pädagogische Fachkraft (39 Std., unbefristet) zu besetzen.

Ihre Aufgaben:
- Alltagsintegrierte Sprachbildung, auch für Kinder mit Deutsch als Zweitsprache
- Zusammenarbeit mit der Sprach-Kita-Fachberatung
- Gestaltung von Bildungsangeboten in Kleingruppen

Ihr Profil:
- Staatliche Anerkennung als Erzieher*in oder vergleichbarer Abschluss nach KiBiz
- Kenntnisse einer weiteren Sprache (z. B. Türkisch, Arabisch, Bulgarisch) sind von Vorteil

Wir bieten: S8a TVöD SuE, betriebliche Altersversorgung (ZVK), Fortbildungen.

Die Stadt Oberhausen fördert die Gleichstellung aller Beschäftigten.
`,
  ),
  ad(
    'ski-instructor',
    'hard',
    'Skilehrer (m/w/d) für die Indoor-Skihalle – Saisonkraft',
    `
Die Skihalle Pottschnee in Bottrop ist die Wintersportarena des Ruhrgebiets – 365 Tage im Jahr.

Für unsere Skischule suchen wir Skilehrerinnen und Skilehrer, die Kindern und Erwachsenen die ersten Schwünge beibringen.

Was du mitbringst:
- Eine Ausbildung als Skilehrer*in (DSLV, Landesverband oder vergleichbar) oder Übungsleiterlizenz Ski alpin
- Gute Laune bei –2 °C
- Verfügbarkeit auch an Wochenenden und in den Ferien

Was wir bieten:
- Stundenlohn ab 16 €, Saisonvertrag oder Minijob
- Freier Eintritt auf der Piste
- Ski-Ausrüstung zum Mitarbeiterpreis
`,
  ),
  ad(
    'ski-instructor',
    'hard',
    'Snowboard- und Ski-Trainer (m/w/d) – Wochenende',
    `
Der Skiclub Hagen 1962 e. V. sucht für seine Kinder- und Jugendgruppen Trainerinnen und Trainer für die Wintersaison (Ausfahrten ins Sauerland und nach Österreich) sowie für das Trockentraining in der Halle.

Du hast eine Trainerlizenz des Westdeutschen Skiverbands oder willst sie mit uns machen. Wir zahlen eine Übungsleiterpauschale und übernehmen Lehrgangskosten.

Kontakt: Jugendwart Tobias, jugend@skiclub-hagen.example

Wir sind ein Verein mit 400 Mitgliedern und einem großen Herz für den Nachwuchs.
`,
  ),
  ad(
    'ski-instructor',
    'hard',
    'Servicekraft Skiverleih (m/w/d)',
    `
Für den Skiverleih in unserer Skihalle in Bottrop suchen wir Servicekräfte in Teilzeit und als Aushilfe.

• Ausgabe und Rücknahme von Skiern, Snowboards, Helmen und Schuhen
• Einstellen von Bindungen nach Tabelle (wir schulen dich)
• Kassieren und Kundenberatung

Gute Deutschkenntnisse, Kundenfreundlichkeit und Schichtbereitschaft setzen wir voraus. Skikenntnisse sind hilfreich.

Wir bieten: 14,50 € pro Stunde, Zuschläge am Sonntag, freie Nutzung der Piste außerhalb deiner Schichten und ein junges Team. Bewerbungen gern per E-Mail oder direkt an der Kasse abgeben.
`,
  ),
  ad(
    'kiosk',
    'hard',
    'Verkäufer*in (m/w/d) für unseren Kiosk am Hauptbahnhof',
    `
Die Bahnhofsbuchhandlung und Kiosk Hellweg GmbH betreibt Verkaufsstellen in acht Bahnhöfen des Ruhrgebiets.

Für den Kiosk im Hauptbahnhof Dortmund suchen wir Verkäufer*innen in Vollzeit und Teilzeit (Früh- und Spätschicht, auch am Wochenende).

Aufgaben: Verkauf von Zeitschriften, Tabakwaren, Getränken und Snacks, Warenannahme, Kasse, Lotto-Annahme.

Wir bieten: 14,20 € Stundenlohn, Zuschläge für Sonn- und Feiertage, Personalrabatt, einen sicheren Arbeitsplatz.
`,
  ),
  ad(
    'kiosk',
    'hard',
    'Aushilfe (m/w/d) Büdchen – Minijob, abends',
    `
Unser Büdchen in Essen-Holsterhausen („Kiosk Eckstein“, seit 1978) sucht eine Aushilfe für den Abend (Mo, Mi, Fr 18–22 Uhr).

Du verkaufst Getränke, Süßes, Zeitungen und Paketmarken, nimmst Pakete für den Paketshop an und hältst den Laden sauber.

Minijob, 14 € die Stunde. Einfach vorbeikommen und nach Hülya fragen!

Deutschkenntnisse brauchst du für die Kundschaft, Erfahrung nicht. Wir arbeiten dich an zwei Abenden ein.
`,
  ),
  ad(
    'kiosk',
    'hard',
    'Kioskmitarbeiter/in (m/w/d) im Freibad – Saison Mai bis September',
    `
Die Bädergesellschaft Recklinghausen sucht für den Kiosk im Freibad Mollbeck Saisonkräfte (Teilzeit oder Minijob).

Aufgaben: Verkauf von Pommes, Eis und Getränken, Zubereitung einfacher Speisen, Reinigung, Kasse.

Voraussetzung: Belehrung nach Infektionsschutzgesetz (kann nachgeholt werden), Zuverlässigkeit, Schönwetterlaune.

Wir bieten 14 € pro Stunde, freien Eintritt ins Bad für dich und deine Familie und ein Team, das sich über jeden Sonnentag freut. Bewerbungen an personal@baeder-re.example.
`,
  ),
  ad(
    'restaurant',
    'hard',
    'Koch / Köchin (m/w/d) – KIKI Ramen & Bao',
    `
KIKI Ramen & Bao in Dortmund-Kreuzviertel sucht eine Köchin oder einen Koch in Vollzeit.

Du kochst Brühen über Nacht, rollst Nudeln selbst und stehst mit deinem Team am Pass, wenn es Freitagabend voll wird. Asiatische Küche musst du nicht können – wir bringen sie dir bei.

Wir bieten: Festanstellung, faire Bezahlung plus Trinkgeld, Sonntag und Montag frei, Familienessen vor dem Service.
`,
  ),
  ad(
    'retail',
    'hard',
    'Verkäufer (m/w/d) Sport Kiwitt – Abteilung Ski & Outdoor',
    `
Sport Kiwitt ist das Sportfachgeschäft in Unna seit drei Generationen.

Für unsere Abteilung Ski & Outdoor suchen wir eine*n Verkäufer*in in Vollzeit. Sie beraten zu Skischuhen, Skiern und Wanderausrüstung, führen Bindungseinstellungen durch und kümmern sich um die Warenpräsentation.

Sie bringen eine kaufmännische Ausbildung und Begeisterung für Wintersport mit.

Wir bieten: 38,5 Stunden, Personalrabatt, Weihnachtsgeld und ein Team mit Leidenschaft für Sport.
`,
  ),
  ad(
    'office',
    'hard',
    'Teamassistenz (m/w/d) – Geschäftsführung Ki Bau GmbH',
    `
Die Ki Bau GmbH (gegründet von Kim Ki-jung, Hochbau und Sanierung, 45 Mitarbeitende, Bochum-Langendreer) sucht eine Teamassistenz in Vollzeit.

Ihre Aufgaben: Terminkoordination, Vorbereitung von Angeboten, Ablage, Telefon, Organisation von Baustellenbesprechungen, Pflege der Lieferantenkontakte.

Ihr Profil: Abgeschlossene kaufmännische Ausbildung, sicherer Umgang mit MS Office, Organisationstalent.

Wir bieten: unbefristete Festanstellung, Firmenhandy, kostenlose Parkplätze.

Ansprechpartnerin ist Frau Ki, Prokuristin. Wir freuen uns auf Ihre Unterlagen per Post oder E-Mail.
`,
  ),
  ad(
    'nurse',
    'hard',
    'Gesundheits- und Kinderkrankenpfleger (m/w/d) – KiKli Kinderklinik',
    `
Die KiKli – Kinderklinik am Stadtgarten in Herne sucht examinierte Pflegefachkräfte für die Stationen Pädiatrie und Neonatologie.

Ihre Aufgaben:
• Pflege von Kindern und Jugendlichen aller Altersstufen
• Anleitung von Eltern
• Mitarbeit in der Praxisanleitung

Ihr Profil: Examen als Gesundheits- und Kinderkrankenpfleger*in oder Pflegefachfrau/-mann mit Vertiefung Pädiatrie.

Wir bieten: TVöD-K, Kinderbetreuung in unserer eigenen KiTa, Zuschlag für Dienste am Wochenende.
`,
  ),
  ad(
    'retail',
    'hard',
    'Verkaufsberater (m/w/d) Küchenstudio – Kikuchi Küchen',
    `
Kikuchi Küchen – japanisches Design, westfälische Handwerkskunst. Unser Studio in Mülheim an der Ruhr sucht eine Verkaufsberaterin oder einen Verkaufsberater.

Sie planen Küchen mit unserer Planungssoftware, beraten Kundinnen und Kunden im Studio und vor Ort und begleiten die Montage.

Ausbildung als Schreiner*in, Tischler*in oder im Möbelhandel; Erfahrung in der Küchenplanung.

Fixum plus Provision, Firmenwagen, 30 Tage Urlaub.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Praktikant (m/w/d) PiA – Praxisintegrierte Ausbildung Erzieher in der Kita',
    `
Du willst Erzieherin oder Erzieher werden und von Anfang an Geld verdienen? Der Kita-Verbund Ruhrkinder (zwölf Kitas in Essen und Mülheim) bietet Plätze für die praxisintegrierte Ausbildung (PiA) ab 1. August.

Drei Jahre, Schule und Kita im Wechsel, Ausbildungsvergütung nach TVAöD.

Voraussetzung: Fachoberschulreife und eine abgeschlossene Berufsausbildung oder Fachhochschulreife.

Du wirst in deiner Kita von einer erfahrenen Praxisanleitung begleitet und lernst alle Altersgruppen kennen. Nach der Ausbildung übernehmen wir dich gern.
`,
  ),
  ad(
    'restaurant',
    'hard',
    'Servicekraft (m/w/d) Après-Ski-Hütte im Alpincenter – Wintersaison',
    `
Die Hütte „Zum Skihaserl“ in der Skihalle Bottrop sucht Servicekräfte für die Wintersaison (November bis März), Minijob oder Teilzeit.

Du bedienst unsere Gäste, zapfst Bier, servierst Kaiserschmarrn und sorgst für Stimmung. Erfahrung in der Gastronomie wünschenswert, aber kein Muss.

Wir zahlen Mindestlohn plus Trinkgeld und Zuschläge für Abende.

Dirndl und Lederhose stellen wir, gute Laune bringst du mit. Ruf einfach an oder komm an einem Freitagabend vorbei.
`,
  ),
  ad(
    'office',
    'hard',
    'Sachbearbeiter/in (m/w/d) Kita-Gebühren – Stadtverwaltung',
    `
Die Stadt Castrop-Rauxel sucht für den Fachbereich Jugend eine*n Sachbearbeiter*in für die Festsetzung der Elternbeiträge (EG 8 TVöD, 39 Std., unbefristet).

Aufgaben:
– Festsetzung und Erhebung der Elternbeiträge für Kitas und Kindertagespflege
– Bearbeitung von Widersprüchen
– Beratung von Eltern am Telefon und im Bürgerbüro
– Pflege der Fachsoftware (KiTa-Planer)

Voraussetzungen: Verwaltungsfachangestellte*r oder vergleichbare kaufmännische Ausbildung.

Wir bieten ein unbefristetes Arbeitsverhältnis, flexible Arbeitszeiten, mobiles Arbeiten und eine betriebliche Altersversorgung. Bewerbungen bitte bis zum 15. des Monats über unser Online-Portal.
`,
  ),
  ad(
    'kiosk',
    'hard',
    'Filialleitung (m/w/d) Kiosk & Lotto – Dorsten',
    `
Unser Geschäft in der Fußgängerzone von Dorsten (Lotto, Tabak, Zeitschriften, Post) sucht eine Filialleitung in Vollzeit.

Sie führen ein Team aus vier Aushilfen, erstellen Dienstpläne, disponieren die Ware und sind verantwortlich für Kassenabrechnung und Inventur.

Erfahrung im Einzelhandel und Führungserfahrung setzen wir voraus.

Bruttogehalt ab 2.900 €, 5-Tage-Woche.

Bitte senden Sie Ihre Bewerbung mit Lebenslauf und Gehaltsvorstellung an Herrn Oltmanns. Wir melden uns innerhalb einer Woche.
`,
  ),
  ad(
    'retail',
    'hard',
    'Verkäufer*in (m/w/d) Skischuhe & Bootfitting – Saison',
    `
Das Alpin-Fachgeschäft Schneebrett in Essen-Kettwig sucht Aushilfen für die Ski-Saison (Oktober bis Februar), besonders für Samstage.

Du berätst beim Skischuhkauf, vermisst Füße und passt Schaumstoffeinlagen an. Wir schulen dich in der Woche vor Saisonstart.

Stundenlohn 15 €, Mitarbeiterrabatt 30 %.

Erfahrung im Verkauf ist schön, Begeisterung für Wintersport wichtiger. Wer selbst Ski fährt, versteht unsere Kundschaft am besten. Bewerbung einfach per Mail an laden@schneebrett.example.
`,
  ),
  ad(
    'social-work',
    'hard',
    'Sozialarbeiter*in (m/w/d) Offener Kinder- und Jugendtreff „KiJu“',
    `
Der Verein Nachbarschaft Hochfeld e. V. (Duisburg) sucht für den Kinder- und Jugendtreff KiJu eine sozialpädagogische Fachkraft (30 Std./Woche).

Sie gestalten offene Angebote für Kinder und Jugendliche zwischen 8 und 17 Jahren, begleiten Hausaufgabenhilfe und Ferienfreizeiten und vernetzen den Treff mit Schulen und Kitas im Stadtteil.

Abschluss als Sozialarbeiter*in/Sozialpädagog*in (B. A.), Erfahrung in der offenen Jugendarbeit.

Vergütung nach TVöD SuE S 11b.
`,
  ),
  ad(
    'cleaning',
    'hard',
    'Reinigungskraft (m/w/d) für Kita und Grundschule – Teilzeit, nachmittags',
    `
Die Gebäudereinigung Blitzblank Herten sucht Reinigungskräfte für eine Kita und eine Grundschule in Herten-Mitte.

Arbeitszeit Mo–Fr 15:00–18:30 Uhr, Teilzeit oder Minijob. Lohn nach Tarif Gebäudereinigung (15,00 €/Std.).

Wir stellen Arbeitskleidung und Reinigungsmittel. Deutschkenntnisse für Sicherheitsunterweisungen notwendig.

Wir sind ein Familienbetrieb mit 80 Beschäftigten und zahlen pünktlich. Rufen Sie einfach an: 02366 30 44 19, Frau Sommer.
`,
  ),
  ad(
    'teacher',
    'hard',
    'Lehrkraft (m/w/d) für Kinderschutz-Kurse „KiSchu“',
    `
Die Familienbildungsstätte Ruhr-Mitte sucht Honorarkräfte für unsere Kursreihe KiSchu – Kinderschutz für Fachkräfte in Kitas und Offenem Ganztag.

Sie leiten Fortbildungen (je 6 Unterrichtseinheiten) zu Kindeswohlgefährdung, Schutzkonzepten und Gesprächsführung mit Eltern.

Voraussetzung: Insoweit erfahrene Fachkraft (§ 8a SGB VIII) mit Erfahrung in der Erwachsenenbildung. Honorar 55 € pro Unterrichtseinheit.

Die Kurse finden in unseren Räumen in Bochum und als Inhouse-Schulungen bei Trägern statt, meist an Vormittagen unter der Woche.
`,
  ),
  ad(
    'warehouse',
    'hard',
    'Lagermitarbeiter (m/w/d) Skiwelt Versand',
    `
Die Skiwelt Versand GmbH in Schwerte verschickt Ski, Snowboards und Bekleidung an Kundinnen und Kunden in ganz Europa.

Aufgaben: Kommissionierung mit Handscanner, Verpackung, Retourenbearbeitung, Wareneingang.

Wir bieten: Vollzeit, Zweischichtbetrieb (6–14:30 / 14–22:30), 14,50 €/Std. plus Schichtzulage, in der Hochsaison (Oktober bis Dezember) Überstunden mit Zuschlag.

Voraussetzung: körperliche Belastbarkeit, Zuverlässigkeit, Grundkenntnisse in Deutsch. Erfahrung im Lager ist gut, aber nicht nötig. Nach der Probezeit gibt es einen unbefristeten Vertrag.
`,
  ),
  ad(
    'kiosk',
    'hard',
    'Quereinsteiger (m/w/d) Kioskbetrieb im Krankenhaus',
    `
Das St.-Barbara-Hospital Gladbeck verpachtet zum 1. März seinen Kiosk im Eingangsbereich und sucht gleichzeitig angestellte Verkaufskräfte für den Übergangsbetrieb (Teilzeit, 20 Std.).

Sie verkaufen Zeitschriften, Blumen, Getränke und Hygieneartikel an Patientinnen, Patienten und Besuchende.

Wir bieten: TVöD, Mitarbeitendenrestaurant, ein freundliches Haus.

Arbeitszeiten: Mo–Fr im Wechsel 7–13 und 13–19 Uhr, jedes zweite Wochenende. Erfahrung im Verkauf ist hilfreich, aber keine Bedingung.
`,
  ),
  ad(
    'retail',
    'hard',
    'Aushilfe (m/w/d) Bäckerei KiBa – Samstag und Sonntag',
    `
Bäckerei KiBa (Kirchhoff Backwaren) in Hamm-Bockum-Hövel sucht Verkäuferinnen und Verkäufer für das Wochenende.

Brötchen einpacken, Kaffee machen, kassieren, Theke sauber halten. Samstag 6–13 Uhr, Sonntag 7–12 Uhr.

Minijob, 14 €/Std. plus Sonntagszuschlag. Einfach in der Filiale melden.

Wir backen noch selbst, jeden Morgen ab zwei Uhr, und freuen uns auf Menschen, die unsere Kundschaft freundlich bedienen. Auch Schülerinnen und Schüler ab 16 Jahren sind willkommen.
`,
  ),
  ad(
    'driver',
    'hard',
    'Busfahrer (m/w/d) Schülerverkehr und Kita-Fahrten',
    `
Reisedienst Lippe-Tours in Datteln sucht Busfahrerinnen und Busfahrer für den Schülerverkehr und für Ausflugsfahrten von Kitas und Schulen.

Führerschein Klasse D/DE mit Schlüsselzahl 95, Fahrerkarte, Freude im Umgang mit Kindern.

Teilzeit (morgens und mittags) oder Vollzeit. 17,50 €/Std.

Wir sind ein Familienunternehmen mit 30 Bussen und fahren seit 1964 im Vest. Sie bekommen einen festen Bus, feste Touren und in den Ferien Urlaub oder Ausflugsfahrten nach Wunsch.
`,
  ),
  ad(
    'childcare',
    'hard',
    'Tagespflegeperson (m/w/d) Großtagespflege „Kleine Kiwis“',
    `
Die Großtagespflege „Kleine Kiwis“ in Moers (bis zu 9 Kinder unter drei Jahren) sucht eine dritte Tagespflegeperson.

Sie brauchen die Qualifizierung nach dem Kompetenzorientierten Qualifizierungshandbuch (QHB) oder eine pädagogische Ausbildung. Wir teilen uns Räume, Garten und Vertretung. Die Abrechnung läuft über das Jugendamt.

Interesse? Rufen Sie Sandra an: 02841 88 71 05.

Wir betreuen montags bis freitags von 7:30 bis 15:00 Uhr.
`,
  ),
  ad(
    'office',
    'hard',
    'Kaufmännische Mitarbeiterin (m/w/d) – Ki-Hwa Asia Import',
    `
Ki-Hwa Asia Import GmbH in Duisburg-Rheinhausen importiert Lebensmittel aus Korea und Japan für den Großhandel.

Ihre Aufgaben: Auftragsbearbeitung, Zollpapiere, Rechnungsprüfung, Kommunikation mit Speditionen (auch auf Englisch).

Ihr Profil: Kaufmännische Ausbildung, idealerweise im Groß- und Außenhandel; gute Englischkenntnisse, Koreanisch ist ein Plus.

Vollzeit, unbefristet, Mittagessen aus unserem Sortiment.

Bewerbungen bitte per E-Mail an Frau Park oder Herrn Weber.
`,
  ),
  ad(
    'teacher',
    'hard',
    'Ski- und Sportlehrer (m/w/d) für Klassenfahrten',
    `
Der Schulsportreisen-Anbieter SchneeKlasse aus Bochum organisiert Skifreizeiten für Schulen aus NRW.

Wir suchen für die Monate Januar bis März Skilehrer*innen, die eine Woche mit einer Schulklasse in den Alpen unterrichten. Reise, Unterkunft und Verpflegung übernehmen wir, dazu ein Tagessatz von 120 €.

Voraussetzung: Skilehrer-Lizenz oder Sportstudium mit Skischein.

Du solltest Freude am Umgang mit Jugendlichen haben und auch abends ansprechbar sein. Erste-Hilfe-Kurs nicht älter als zwei Jahre.
`,
  ),
  ad(
    'cook',
    'hard',
    'Küchenhilfe (m/w/d) Kita-Catering',
    `
Das Catering Ruhrküche in Bochum beliefert 40 Kitas und Schulen mit frisch gekochtem Mittagessen.

Aufgaben: Vorbereitung von Gemüse und Salaten, Portionierung, Spülküche, Reinigung nach HACCP.

Arbeitszeit Mo–Fr 6:30–13:00 Uhr. Keine Wochenenden, kein Abenddienst!

14,50 €/Std., unbefristet.

Du brauchst keine Ausbildung, nur Zuverlässigkeit, Sauberkeit und Lust auf Teamarbeit. Wir arbeiten dich ein und zahlen ab dem ersten Tag nach Tarif. Meld dich einfach bei Küchenchef Marco unter 0234 55 12 07.
`,
  ),
  ad(
    'craft',
    'hard',
    'Maler und Lackierer (m/w/d) – auch für Kita-Neubauten',
    `
Malermeister Brinkhoff GmbH, Bottrop. Wir streichen, spachteln und tapezieren seit 1961 – aktuell vor allem in Schulen und Kitas der Region.

Gesucht: Gesellinnen und Gesellen im Maler- und Lackiererhandwerk. Führerschein B erwünscht.

Wir bieten: Tariflohn plus Zulage, Firmenfahrzeug, pünktliche Bezahlung, Weihnachtsfeier mit Familie.

Auch Helferinnen und Helfer mit Erfahrung sind willkommen. Ein Anruf genügt: 02041 6 33 21.
`,
  ),
];
