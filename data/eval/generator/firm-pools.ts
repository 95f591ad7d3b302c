// Hand-written sentence pools of the firm-site generator, per industry and per label (German, as on real sites).

export interface Industry {
  key: string;
  /** Name patterns: {surname}, {town}. */
  names: string[];
  taglines: string[];
  /** Neutral sentences about the firm's work (no digital or AI offering). */
  neutral: string[];
  /** Sentences showing a digital offering or business model of this industry (label: digital-affine). */
  digital: string[];
  /** Sentences showing the firm builds, integrates or offers AI (label: AI-affine); empty where implausible. */
  ai: string[];
  /** Share of generated firms of this industry that are digital-affine / AI-affine. */
  pDigital: number;
  pAi: number;
}

export const INDUSTRIES: Industry[] = [
  {
    key: 'craft-electrical',
    names: [
      'Elektro {surname} GmbH',
      '{surname} Elektrotechnik',
      'Elektro-Service {surname}',
      'Elektrobetrieb {surname} & Sohn',
    ],
    taglines: [
      'Ihr Elektriker in {town}',
      'Elektroinstallation vom Meisterbetrieb',
      'Strom, Licht und Sicherheit',
    ],
    neutral: [
      'Wir sind Ihr Meisterbetrieb für Elektroinstallationen in {town} und Umgebung.',
      'Von der Steckdose bis zur kompletten Hausinstallation erledigen wir alle Arbeiten sauber und termingerecht.',
      'Unser Team besteht aus sechs Gesellen, zwei Auszubildenden und einem Elektromeister.',
      'Wir prüfen Ihre ortsveränderlichen Geräte nach DGUV V3 und erstellen das Prüfprotokoll.',
      'Im Notfall erreichen Sie uns auch am Wochenende unter unserer Servicenummer.',
      'Zu unseren Kunden zählen Privathaushalte, Hausverwaltungen und kleine Gewerbebetriebe.',
      'Wir installieren Wallboxen für Elektroautos und beraten Sie zur Förderung.',
      'Altbausanierung, Zählerschrank-Erneuerung und Beleuchtungskonzepte gehören zu unserem Alltag.',
    ],
    digital: [
      'Als KNX-Partner planen und programmieren wir Ihr Smart Home: Licht, Heizung und Rollläden steuern Sie per App.',
      'Wir vernetzen Photovoltaik, Speicher und Wallbox und richten Ihnen das Energie-Monitoring im Webportal ein.',
      'Für Gewerbekunden bauen wir strukturierte Netzwerkverkabelung, WLAN-Infrastruktur und Serverschränke auf.',
      'Mit unserer Smart-Building-Lösung überwachen Hausverwaltungen Zählerstände und Störungen online.',
    ],
    ai: [],
    pDigital: 0.3,
    pAi: 0,
  },
  {
    key: 'craft-plumbing',
    names: ['{surname} Sanitär & Heizung', 'Haustechnik {surname}', 'Bad und Wärme {surname} GmbH'],
    taglines: ['Bad, Heizung, Sanitär aus einer Hand', 'Ihr Installateur in {town}', 'Wärme für Ihr Zuhause'],
    neutral: [
      'Wir planen und bauen Ihr neues Bad – barrierefrei, modern und zum Festpreis.',
      'Wartung Ihrer Gas- oder Ölheizung übernehmen wir zuverlässig einmal im Jahr.',
      'Seit Jahren vertrauen uns Kunden in {town} bei Rohrbruch und verstopften Abflüssen.',
      'Wir beraten Sie zum Umstieg auf eine Wärmepumpe und zu den aktuellen Fördermitteln.',
      'Unsere Monteure sind sauber, pünktlich und hinterlassen keine Baustelle.',
      'Wir sind Innungsbetrieb und bilden jedes Jahr aus.',
    ],
    digital: [
      'Mit unserer 3D-Badplanung sehen Sie Ihr neues Bad schon vor dem ersten Handgriff – Termine buchen Sie online.',
      'Über unsere Fernwartung überwachen wir Wärmepumpen digital und erkennen Störungen, bevor es kalt wird.',
      'Ersatzteile und Armaturen bestellen Sie rund um die Uhr in unserem Online-Shop mit Versand am nächsten Tag.',
    ],
    ai: [],
    pDigital: 0.25,
    pAi: 0,
  },
  {
    key: 'craft-painter',
    names: ['Malermeister {surname}', 'Malerbetrieb {surname} GmbH', 'Farbe & Raum {surname}'],
    taglines: ['Farbe für {town}', 'Malerarbeiten mit Meisterqualität', 'Wir bringen Farbe in Ihr Leben'],
    neutral: [
      'Wir streichen, tapezieren und gestalten Fassaden für private und gewerbliche Kunden.',
      'Bodenbeläge, Vollwärmeschutz und Schimmelsanierung gehören ebenfalls zu unseren Leistungen.',
      'Vor jedem Auftrag besichtigen wir das Objekt und erstellen ein verbindliches Angebot.',
      'Unsere Farben sind emissionsarm und für Allergiker geeignet.',
      'Ein Kunde schrieb uns: Pünktlich, sauber und freundlich – gerne wieder!',
    ],
    digital: [
      'Mit unserem digitalen Aufmaß per Laserscan und der Farbsimulation in unserer App sehen Sie Ihre Wunschfarbe direkt an der eigenen Wand.',
      'Unsere Handwerkersoftware verbinden wir mit einem Kundenportal: Angebote, Fotos und Rechnungen finden Sie jederzeit online.',
    ],
    ai: [],
    pDigital: 0.15,
    pAi: 0,
  },
  {
    key: 'bakery',
    names: ['Bäckerei {surname}', 'Backhaus {surname}', 'Landbäckerei {surname}'],
    taglines: ['Handwerklich gebacken in {town}', 'Frisch aus dem Ofen', 'Brot mit Tradition'],
    neutral: [
      'Jeden Morgen ab fünf Uhr backen wir Brot und Brötchen nach alten Familienrezepten.',
      'In unseren vier Filialen erhalten Sie auch Kaffee, belegte Brötchen und hausgemachten Kuchen.',
      'Wir verwenden Mehl aus der Region und verzichten auf Fertigmischungen.',
      'Torten für Hochzeiten und Geburtstage fertigen wir nach Ihren Wünschen.',
      'Sonntags haben unsere Filialen von 7 bis 11 Uhr geöffnet.',
    ],
    digital: [
      'Brötchen vorbestellen und kontaktlos abholen: In unserer Bäckerei-App bestellen Sie bis 22 Uhr für den nächsten Morgen.',
      'Unsere Dauerbackwaren und Stollen verschicken wir über unseren Onlineshop deutschlandweit.',
    ],
    ai: [],
    pDigital: 0.2,
    pAi: 0,
  },
  {
    key: 'retail-fashion',
    names: ['Modehaus {surname}', 'Boutique {surname}', '{surname} Mode & Accessoires'],
    taglines: ['Mode für jeden Anlass', 'Ihr Modehaus in {town}', 'Stil, der zu Ihnen passt'],
    neutral: [
      'Auf 800 Quadratmetern finden Sie Damen- und Herrenmode ausgewählter Marken.',
      'Unser Team berät Sie persönlich und nimmt sich Zeit für Sie.',
      'Änderungen erledigt unsere hauseigene Schneiderei innerhalb weniger Tage.',
      'Zweimal im Jahr laden wir Stammkundinnen zu unserem Modeabend ein.',
      'Parkplätze finden Sie direkt hinter dem Haus.',
    ],
    digital: [
      'Die neue Kollektion gibt es auch in unserem Online-Shop – mit kostenlosem Versand und Click & Collect in der Filiale.',
      'Über unseren Webshop und die großen Marktplätze verkaufen wir inzwischen mehr als im Laden.',
      'Mit unserer Omnichannel-Lösung sehen Sie online, welche Größe in welcher Filiale vorrätig ist.',
    ],
    ai: [],
    pDigital: 0.4,
    pAi: 0,
  },
  {
    key: 'retail-electronics',
    names: ['{surname} Elektronik', 'Technikwelt {surname}', 'TV & Hifi {surname}'],
    taglines: ['Technik mit Beratung', 'Ihr Fachhändler in {town}', 'Fernsehen, Hifi, Haushalt'],
    neutral: [
      'Wir sind Ihr Fachhändler für Fernseher, Hifi-Anlagen und Haushaltsgeräte.',
      'Lieferung, Aufbau und Entsorgung des Altgeräts übernehmen wir für Sie.',
      'In unserer Werkstatt reparieren wir auch Geräte, die nicht bei uns gekauft wurden.',
      'Als Mitglied einer Einkaufsgemeinschaft bieten wir faire Preise mit persönlicher Beratung.',
    ],
    digital: [
      'Alle Geräte können Sie auch in unserem Online-Shop bestellen und am selben Tag in der Filiale abholen.',
      'Wir richten Ihr Smart Home ein und vernetzen Fernseher, Lautsprecher und Beleuchtung.',
    ],
    ai: [],
    pDigital: 0.4,
    pAi: 0,
  },
  {
    key: 'manufacturer',
    names: [
      '{surname} Maschinenbau GmbH',
      '{surname} Metallverarbeitung',
      '{surname} Kunststofftechnik GmbH & Co. KG',
      '{surname} Antriebstechnik AG',
    ],
    taglines: [
      'Präzision aus dem Ruhrgebiet',
      'Maschinenbau seit Generationen',
      'Lösungen aus Stahl und Kunststoff',
    ],
    neutral: [
      'Wir fertigen Baugruppen und Einzelteile für den Anlagenbau nach Kundenzeichnung.',
      'Unser Maschinenpark umfasst CNC-Drehzentren, Fräsmaschinen und eine eigene Härterei.',
      'Qualität sichern wir nach DIN EN ISO 9001 und mit einem eigenen Messraum.',
      'Mit 120 Mitarbeitenden beliefern wir Kunden in ganz Europa.',
      'Wir bilden Industriemechaniker, Zerspanungsmechaniker und technische Produktdesigner aus.',
      'Sonderlösungen entwickeln wir gemeinsam mit unseren Kunden vom Prototyp bis zur Serie.',
    ],
    digital: [
      'Unsere Anlagen sind IoT-fähig: Sensordaten laufen in eine Cloud-Plattform, über die Kunden den Zustand jederzeit sehen.',
      'Im Sinne von Industrie 4.0 ist unsere Fertigung vollständig vernetzt, vom ERP bis zur Maschine.',
      'Mit Predictive Maintenance und Fernwartung senken wir die Stillstandszeiten unserer Kunden.',
      'Für jede ausgelieferte Maschine erstellen wir einen digitalen Zwilling, der Umbauten vorab simuliert.',
    ],
    ai: [
      'Unsere Software erkennt Oberflächenfehler per Computer Vision; die neuronalen Netze dafür trainieren wir selbst mit eigenen Bilddaten.',
      'Gemeinsam mit einer Hochschule entwickeln wir Verfahren des maschinellen Lernens, die Werkzeugverschleiß vorhersagen.',
      'Wir bieten eine KI-Lösung für die Prozessoptimierung an, die auf den Maschinendaten unserer Kunden trainiert wird.',
    ],
    pDigital: 0.45,
    pAi: 0.2,
  },
  {
    key: 'it-services',
    names: [
      '{surname} IT-Service GmbH',
      'Netzwerk {surname}',
      '{surname} Systemhaus',
      'ruhrIT {surname}',
      'Bits & Bytes {town}',
    ],
    taglines: [
      'Ihr IT-Partner für den Mittelstand',
      'IT, die einfach läuft',
      'Sicher. Vernetzt. Zuverlässig.',
    ],
    neutral: [
      'Wir betreuen rund 200 kleine und mittlere Unternehmen aus {town} und der Region.',
      'Unser Team ist persönlich für Sie da – ohne Warteschleife.',
      'Als zertifizierter Partner großer Hersteller liefern wir Hardware und Lizenzen.',
    ],
    digital: [
      'Wir sind Ihr IT-Systemhaus für Netzwerke, Server, Backup und Microsoft 365.',
      'Managed Services, IT-Sicherheit und Cloud-Migration aus einer Hand.',
      'Unsere Techniker überwachen Ihre IT-Infrastruktur rund um die Uhr und reagieren, bevor etwas ausfällt.',
      'Wir entwickeln Individualsoftware und Schnittstellen zwischen Warenwirtschaft, Shop und Buchhaltung.',
      'Mit Penetrationstests und Awareness-Schulungen schützen wir Sie vor Cyberangriffen.',
      'Wir hosten Ihre Anwendungen in unserem zertifizierten Rechenzentrum in Deutschland.',
    ],
    ai: [
      'Wir integrieren KI-Assistenten auf Basis großer Sprachmodelle in Ihre Geschäftsprozesse, datenschutzkonform auf eigenen Servern.',
      'Unser Data-Science-Team entwickelt Machine-Learning-Modelle für Absatzprognosen und Qualitätskontrolle.',
      'Mit Retrieval-Augmented Generation machen wir Ihr Firmenwissen per Chat durchsuchbar.',
    ],
    pDigital: 1,
    pAi: 0.45,
  },
  {
    key: 'software-house',
    names: [
      '{surname} Software GmbH',
      'Codewerk {town}',
      '{surname} & Partner Softwareentwicklung',
      'Pixelwerk {surname}',
    ],
    taglines: [
      'Software, die Ihr Geschäft versteht',
      'Individuelle Anwendungen für den Mittelstand',
      'Wir bauen Software',
    ],
    neutral: [
      'Unser Team besteht aus 25 Menschen mit Erfahrung aus Handel, Logistik und Industrie.',
      'Wir arbeiten eng mit unseren Kunden zusammen, in kurzen Abstimmungsschleifen.',
      'Kurze Wege und feste Ansprechpartner sind uns wichtig.',
    ],
    digital: [
      'Wir entwickeln Web-Anwendungen und mobile Apps für iOS und Android.',
      'Von der Idee über das UX-Konzept bis zum Betrieb in der Cloud begleiten wir Ihr Softwareprojekt.',
      'Unsere SaaS-Lösung für Handwerksbetriebe nutzen über 3.000 Kunden.',
      'Wir modernisieren Altanwendungen und bauen saubere APIs für Ihre Partner.',
      'Full-Stack-Entwicklung mit TypeScript, Java und Kotlin ist unser Handwerk.',
    ],
    ai: [
      'Wir entwickeln KI-Anwendungen, vom Prototyp bis zum produktiven Betrieb, inklusive MLOps.',
      'Für Versicherer haben wir eine Dokumentenerkennung mit Natural Language Processing gebaut.',
      'Wir trainieren und evaluieren Sprachmodelle für die automatische Klassifikation von Kundenanfragen.',
    ],
    pDigital: 1,
    pAi: 0.5,
  },
  {
    key: 'agency',
    names: [
      '{surname} Kommunikation',
      'Agentur {surname}',
      'Studio {surname}',
      'Werbeagentur {town}',
      'Kreativbüro {surname}',
    ],
    taglines: ['Ideen, die wirken', 'Kommunikation mit Haltung', 'Marken sichtbar machen'],
    neutral: [
      'Wir entwickeln Markenauftritte, Logos und Kampagnen für Unternehmen aus dem Ruhrgebiet.',
      'Print, Messe und Events gehören seit jeher zu unserem Repertoire.',
      'Unsere Kunden kommen aus Handel, Industrie und dem Gesundheitswesen.',
      'Wir sind ein kleines Team aus Grafikdesignerinnen, Textern und Projektmanagern.',
    ],
    digital: [
      'Als Digitalagentur setzen wir Websites, Onlineshops und Online-Marketing-Kampagnen um.',
      'Suchmaschinenoptimierung, SEA und Social-Media-Marketing steuern wir datenbasiert.',
      'Wir konzipieren E-Commerce-Plattformen auf Basis von Shopware und Shopify.',
      'Unsere Performance-Marketing-Dashboards zeigen Ihnen jeden Tag, was Ihre Kampagnen bringen.',
    ],
    ai: [
      'Wir bauen für Kunden KI-Chatbots, die auf deren Produktdaten trainiert sind, und betreuen sie im Betrieb.',
      'Unsere KI-Beratung hilft Marketingabteilungen, generative KI sicher in eigene Prozesse zu integrieren.',
    ],
    pDigital: 0.65,
    pAi: 0.3,
  },
  {
    key: 'startup',
    names: [
      '{surname}Labs GmbH',
      'Flowly GmbH',
      'Datavio GmbH',
      'Ruhrbyte UG',
      'Kumo Analytics GmbH',
      'Loopline GmbH',
      'Fahrwerk Mobility UG',
    ],
    taglines: ['Wir machen {town} smarter', 'Built in the Ruhr', 'Die Plattform für den Mittelstand'],
    neutral: [
      'Gegründet von drei Freundinnen aus dem Ruhrgebiet, finanziert von regionalen Business Angels.',
      'Wir sitzen im Gründerzentrum in {town} und wachsen jeden Monat.',
      'Unser Team vereint Erfahrung aus Wissenschaft und Mittelstand.',
    ],
    digital: [
      'Unsere Plattform verbindet Handwerksbetriebe mit Auftraggebern – digital, transparent und ohne Papier.',
      'Mit unserer App buchen Pendler Fahrgemeinschaften in Echtzeit.',
      'Wir digitalisieren die Lieferkette kleiner Lebensmittelhersteller mit einer Cloud-Software.',
      'Unser Software-as-a-Service-Angebot automatisiert die Buchhaltung von Freelancern.',
    ],
    ai: [
      'Unsere KI-Plattform prognostiziert mit maschinellem Lernen den Energiebedarf von Gebäuden.',
      'Wir entwickeln Computer-Vision-Modelle, die Schäden an Fahrzeugen auf Fotos erkennen.',
      'Mit unseren eigenen Large Language Models beantworten Stadtwerke Kundenanfragen automatisch.',
      'Unser Deep-Learning-Verfahren wertet Ultraschallbilder für die zerstörungsfreie Prüfung aus.',
    ],
    pDigital: 1,
    pAi: 0.65,
  },
  {
    key: 'doctor',
    names: [
      'Praxis Dr. {surname}',
      'Hausarztpraxis {surname}',
      'Zahnarztpraxis Dr. {surname}',
      'Gemeinschaftspraxis {surname} & {surname2}',
    ],
    taglines: [
      'Ihre Gesundheit in guten Händen',
      'Hausärztliche Versorgung in {town}',
      'Moderne Zahnmedizin',
    ],
    neutral: [
      'Wir bieten die gesamte hausärztliche Versorgung einschließlich Vorsorge und Impfungen.',
      'Unsere Sprechzeiten: Montag bis Freitag 8 bis 12 Uhr, Montag, Dienstag und Donnerstag auch 15 bis 18 Uhr.',
      'Hausbesuche machen wir für Patientinnen und Patienten, die die Praxis nicht aufsuchen können.',
      'Die Praxis ist barrierefrei erreichbar, ein Aufzug ist vorhanden.',
      'Bitte bringen Sie zu jedem Besuch Ihre Versichertenkarte mit.',
      'Wir sind eine Lehrpraxis der Universität Duisburg-Essen.',
    ],
    digital: [
      'Als Telemedizin-Praxis bieten wir Videosprechstunden an und haben dafür eine eigene digitale Patientenplattform aufgebaut.',
    ],
    ai: [],
    pDigital: 0.05,
    pAi: 0,
  },
  {
    key: 'restaurant',
    names: [
      'Restaurant {surname}',
      'Trattoria da {first}',
      'Gasthaus {surname}',
      'Café am Markt',
      'Imbiss {first}',
      'Brauhaus {town}',
    ],
    taglines: ['Gute Küche in {town}', 'Genuss mit Herz', 'Regional und saisonal'],
    neutral: [
      'Unsere Küche ist regional und saisonal, die Karte wechselt jeden Monat.',
      'Für Feiern bis 60 Personen steht Ihnen unser Saal zur Verfügung.',
      'Im Sommer sitzen Sie auf unserer Terrasse mit Blick auf den Kanal.',
      'Mittags gibt es ein wechselndes Tagesgericht für 9,90 Euro.',
      'Reservierungen nehmen wir telefonisch gerne entgegen.',
      'Dienstag ist Ruhetag.',
    ],
    digital: [
      'Bestellen Sie über unseren eigenen Online-Shop mit Lieferservice – und verfolgen Sie Ihre Bestellung live in der App.',
    ],
    ai: [],
    pDigital: 0.1,
    pAi: 0,
  },
  {
    key: 'logistics',
    names: ['Spedition {surname}', '{surname} Logistik GmbH', 'Kurierdienst {town}', '{surname} Transporte'],
    taglines: ['Wir bewegen das Ruhrgebiet', 'Transport und Lager aus einer Hand', 'Pünktlich ans Ziel'],
    neutral: [
      'Mit 40 eigenen Lkw transportieren wir Stückgut und Komplettladungen in ganz Europa.',
      'Unser Lager in {town} bietet 12.000 Palettenstellplätze.',
      'Gefahrguttransporte nach ADR führen wir mit geschulten Fahrern durch.',
      'Wir suchen laufend Berufskraftfahrer (m/w/d).',
      'Kurzfristige Sonderfahrten organisieren wir auch am Wochenende.',
    ],
    digital: [
      'Über unser Kundenportal verfolgen Sie jede Sendung in Echtzeit; die Telematik unserer Flotte meldet Ankunftszeiten automatisch.',
      'Unsere digitale Frachtbörse vermittelt freie Laderaumkapazitäten an Verlader.',
      'Die Anbindung an Ihr ERP erfolgt per EDI oder API.',
    ],
    ai: [
      'Unsere selbst entwickelte Tourenplanung nutzt maschinelles Lernen, um Lieferzeitfenster vorherzusagen.',
      'Mit einem eigenen KI-Modell optimieren wir die Lagerplatzvergabe anhand historischer Auftragsdaten.',
    ],
    pDigital: 0.4,
    pAi: 0.15,
  },
  {
    key: 'tax-advisor',
    names: [
      'Steuerberatung {surname}',
      'Kanzlei {surname} & Partner',
      '{surname} Steuerberatungsgesellschaft mbH',
    ],
    taglines: ['Steuern mit Weitblick', 'Ihre Kanzlei in {town}', 'Beratung, die sich rechnet'],
    neutral: [
      'Wir beraten Privatpersonen, Freiberufler und mittelständische Unternehmen.',
      'Jahresabschlüsse, Lohnbuchhaltung und Steuererklärungen sind unser Kerngeschäft.',
      'Bei Betriebsprüfungen stehen wir Ihnen zur Seite.',
      'Unsere Kanzlei beschäftigt zwölf Mitarbeitende, darunter drei Steuerberater.',
    ],
    digital: [
      'Wir beraten Mandanten bei der Digitalisierung ihrer Buchhaltung und richten dafür Schnittstellen zu Shop- und Kassensystemen ein.',
    ],
    ai: [],
    pDigital: 0.15,
    pAi: 0,
  },
  {
    key: 'consulting',
    names: ['{surname} Consulting', '{surname} Unternehmensberatung', 'Beratungshaus {town}'],
    taglines: ['Wir begleiten Veränderung', 'Strategie und Umsetzung', 'Beratung für den Mittelstand'],
    neutral: [
      'Wir begleiten Unternehmen bei Nachfolge, Wachstum und Restrukturierung.',
      'Unsere Beraterinnen und Berater kommen selbst aus dem Mittelstand.',
      'Workshops und Coachings führen wir vor Ort oder in unseren Räumen durch.',
    ],
    digital: [
      'Wir begleiten die digitale Transformation mittelständischer Unternehmen – von der Strategie bis zur Einführung neuer Software.',
      'Unsere Schwerpunkte sind Prozessdigitalisierung, ERP-Auswahl und Datenanalyse.',
    ],
    ai: [
      'Unsere KI-Beratung prüft Anwendungsfälle, baut Prototypen mit maschinellem Lernen und begleitet die Einführung.',
    ],
    pDigital: 0.5,
    pAi: 0.25,
  },
];

/** Sentences that look digital but show no digital offering (label stays: not digital-affine). */
export const DIGITAL_TRAPS: string[] = [
  'Folgen Sie uns auf Facebook und Instagram!',
  'Besuchen Sie uns auf Instagram, dort zeigen wir Bilder unserer Arbeiten.',
  'Webdesign by Pixelfabrik Bochum.',
  'Diese Website wurde erstellt mit einem Homepage-Baukasten.',
  'Kartenzahlung und kontaktlos Bezahlen sind bei uns möglich.',
  'Für unsere Gäste gibt es kostenloses WLAN.',
  'Terminanfragen gerne auch per WhatsApp oder über unser Kontaktformular.',
  'Unser Newsletter informiert Sie über Angebote und Neuigkeiten.',
  'Wir arbeiten mit moderner Planungssoftware.',
  'Ihre Rechnung erhalten Sie auf Wunsch per E-Mail.',
  'Bewertungen unserer Kunden finden Sie bei Google.',
  'Die Online-Terminvereinbarung erfolgt über Doctolib.',
  'Unsere Speisekarte finden Sie auch online als PDF.',
  'Bestellen Sie bequem über Lieferando.',
  'Aktuelle Infos auch auf unserer Facebook-Seite.',
  'Digitalröntgen mit geringer Strahlenbelastung gehört bei uns zum Standard.',
  'Moderne Technik: unsere Maschinen sind auf dem neuesten Stand.',
];

/** Legal boilerplate placed on privacy pages (mentions servers, cloud, analytics; never evidence). */
export const PRIVACY_TEXTS: string[] = [
  'Datenschutzerklärung. Diese Website nutzt Google Analytics, einen Webanalysedienst. Die durch das Cookie erzeugten Informationen werden an einen Server von Google in den USA übertragen.',
  'Hosting: Unsere Website wird bei einem externen Dienstleister gehostet (Cloud-Server in Frankfurt). Personenbezogene Daten, die auf dieser Website erfasst werden, werden auf den Servern des Hosters gespeichert.',
  'Wir verwenden Cookies und vergleichbare Technologien. Ihre Einwilligung können Sie jederzeit widerrufen. Mit dem Anbieter haben wir einen Vertrag zur Auftragsverarbeitung geschlossen.',
  'Die Europäische Kommission stellt eine Plattform zur Online-Streitbeilegung (OS) bereit. Wir sind nicht bereit oder verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.',
];

/** Words that contain the letters K-I or A-I but are no AI (Kita, Ski, Kiosk, mascot KIKI …): hard negatives. */
export const KI_LOOKALIKES: string[] = [
  'Unser Maskottchen KIKI begleitet Kinder durch den Tag.',
  'Die Kita Sonnenschein liegt gleich um die Ecke.',
  'Im Winter verleihen wir Ski und Snowboards, im Sommer E-Bikes.',
  'Am Kiosk neben dem Eingang gibt es Zeitungen, Getränke und Tabakwaren.',
  'KIKI, unser Hofhund, freut sich auf jeden Besuch.',
  'Der Aikido-Verein trainiert dienstags in unserer Halle.',
  'Im Mai feiern wir wieder unser Sommerfest mit Kinderschminken.',
  'Besuchen Sie uns auf der Kirmes in {town}!',
  'Wir liefern auch an Skihallen und Kinos.',
  'Frag nach bei Maik oder Kai in der Werkstatt.',
];

/** Firms that use or sell AI-enabled things without building or offering AI (label: not AI-affine). */
export const AI_USE_TRAPS: { text: string; industries: string[] }[] = [
  {
    text: 'Neu im Sortiment: Smartphones mit KI-Kamera und Fernseher mit AI-Upscaling.',
    industries: ['retail-electronics'],
  },
  {
    text: 'Saugroboter mit KI-Hinderniserkennung jetzt bei uns erhältlich.',
    industries: ['retail-electronics'],
  },
  { text: 'Die Texte auf dieser Website wurden mit Unterstützung von ChatGPT erstellt.', industries: [] },
  { text: 'Symbolbild: KI-generiert.', industries: [] },
  {
    text: 'Wir nutzen KI-gestützte Diagnostik-Software zur Auswertung von Röntgenbildern.',
    industries: ['doctor'],
  },
  {
    text: 'Unsere Buchhaltung verwenden wir mit einer KI-gestützten Belegerkennung.',
    industries: ['tax-advisor', 'craft-electrical', 'craft-plumbing'],
  },
  {
    text: 'Hörgeräte mit künstlicher Intelligenz passen sich automatisch Ihrer Umgebung an – wir beraten Sie gern.',
    industries: ['retail-electronics', 'doctor'],
  },
  {
    text: 'Für Social-Media-Texte nutzen wir KI-Tools wie ChatGPT, die Beratung bleibt menschlich.',
    industries: ['agency', 'consulting'],
  },
  {
    text: 'Unser Kassensystem mit KI-Prognose der Verkaufsmengen hilft uns, weniger wegzuwerfen.',
    industries: ['bakery', 'restaurant'],
  },
  {
    text: 'Die neuen Mähroboter mit AI-Kamera haben wir im Angebot der Woche.',
    industries: ['retail-electronics'],
  },
];

export const FOUNDING_TEMPLATES: { text: string; strength: 'founded' | 'since' | 'register' }[] = [
  { text: 'Gegründet {year} von {first} {surname}, heute in zweiter Generation.', strength: 'founded' },
  { text: 'Das Unternehmen wurde {year} in {town} gegründet.', strength: 'founded' },
  { text: 'Gründungsjahr: {year}.', strength: 'founded' },
  { text: 'Seit {year} sind wir für unsere Kunden in {town} da.', strength: 'since' },
  { text: 'Tradition seit {year}.', strength: 'since' },
  { text: 'Im Jahr {year} gegründet, sind wir heute ein Team von {staff} Menschen.', strength: 'founded' },
];
