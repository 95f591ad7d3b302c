// Fresh-set ads that ask for AI skills, most of them hard for recall: one method term in the tasks, neutral titles.
import { ad, type BoardAd } from '../board-ads/ad.js';

export const FRESH_POSITIVES: BoardAd[] = [
  ad(
    'research-gnn',
    'ai',
    'Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter (m/w/d) Moleküldesign',
    `
An der Universität Regensburg, Fakultät für Chemie und Pharmazie, ist ab sofort eine Stelle (E 13 TV-L, 75 %) befristet für drei Jahre zu besetzen.

Ihre Aufgaben: Sie entwickeln Graph Neural Networks, die Bindungsaffinitäten kleiner Moleküle vorhersagen, kombinieren sie mit quantenchemischen Rechnungen und testen die Vorschläge gemeinsam mit dem Labor von Prof. Wendlinger. Die Stelle dient der Promotion.

Ihr Profil: Master in Chemie, Informatik oder Physik, Programmiererfahrung in Python, Interesse an interdisziplinärer Arbeit.

Bewerbungen bitte als ein PDF bis 31. Januar.
`,
  ),
  ad(
    'research-rl',
    'ai',
    'Doktorand (m/w/d) Energiemanagement in Quartieren',
    `
Das Institut für Gebäudeenergetik der Hochschule Biberach sucht zum Frühjahr einen Doktoranden in einem kooperativen Promotionsverfahren mit der Universität Ulm.

Sie trainieren Agenten mit bestärkendem Lernen, die Wärmepumpen, Batteriespeicher und Ladepunkte eines Quartiers in Laupheim gemeinsam steuern, und vergleichen sie im Feldtest mit einer modellprädiktiven Regelung.

Voraussetzung ist ein Master in Energietechnik, Informatik oder Elektrotechnik. Kenntnisse in Python und Regelungstechnik erwarten wir.
`,
  ),
  ad(
    'speech',
    'ai',
    'Softwareentwickler (m/w/d) Sprachsteuerung Landmaschinen',
    `
Die Agrotronik Hohenlohe GmbH in Crailsheim baut Bedienterminals für Traktoren und Erntemaschinen.

Fahrer sollen die Maschine künftig per Stimme bedienen, auch bei Motorlärm und mit schwäbischem Zungenschlag. Du trainierst dafür akustische Modelle zur Spracherkennung auf unseren Aufnahmen aus der Kabine, bringst sie auf ein eingebettetes Board und misst Wortfehlerraten im Feld.

Du hast Informatik oder Elektrotechnik studiert und programmierst in Python und C++. Geräte zum Testen stehen auf unserem Versuchshof.
`,
  ),
  ad(
    'recommender',
    'ai',
    'Software Engineer (m/w/d) Personalisierung',
    `
Kochkiste ist ein Rezept- und Lieferdienst aus Leipzig mit 200.000 Kundinnen und Kunden.

Aufgaben
– Du entwickelst unser Empfehlungssystem weiter, das jede Woche passende Rezepte vorschlägt
– Du baust Offline-Auswertungen und A/B-Tests auf
– Du arbeitest mit Produkt und Küche an neuen Signalen

Profil
– Gute Kenntnisse in Python und SQL
– Erfahrung mit Produktionssystemen
– Deutsch oder Englisch

Wir bieten 30 Tage Urlaub, ein Deutschlandticket und jede Woche eine Kochkiste.
`,
  ),
  ad(
    'forecasting',
    'ai',
    'Analyst (w/m/d) Absatzplanung',
    `
Die Molkerei Allgäuer Land eG in Kempten verarbeitet täglich 1,2 Millionen Liter Milch.

Sie entwickeln Prognosemodelle für den Absatz von rund 300 Artikeln, trainieren sie mit Gradient Boosting auf Kassendaten, Wetter und Feiertagen und bringen die Vorhersagen in die Produktionsplanung. Die Modelle überwachen Sie selbst und verbessern sie laufend.

Sie haben Statistik, Mathematik oder Wirtschaftsinformatik studiert und arbeiten sicher mit Python.
`,
  ),
  ad(
    'anomaly',
    'ai',
    'Ingenieur (m/w/d) Zustandsüberwachung Windenergie',
    `
Nordwind Service GmbH, Husum: wir warten 900 Windenergieanlagen an Land und auf See.

In dieser Stelle erkennst du Schäden an Getrieben und Lagern, bevor sie teuer werden. Du entwickelst Verfahren der Anomalieerkennung mit maschinellem Lernen auf Schwingungs- und SCADA-Daten, validierst sie an dokumentierten Schadensfällen und übergibst sie an die Leitwarte.

Studium Maschinenbau, Elektrotechnik oder Data Science, sicher in Python, keine Höhenangst für gelegentliche Anlagenbesuche.
`,
  ),
  ad(
    'vision',
    'ai',
    'Entwicklungsingenieur (m/w/d) optische Prüfung',
    `
Die Glaswerke Rhön GmbH in Fulda fertigt Pharmafläschchen.

Du entwickelst die Bildverarbeitung unserer Inspektionsanlagen weiter: Du trainierst neuronale Netze, die Risse, Einschlüsse und Verformungen erkennen, sammelst und labelst dafür Bilder von der Linie und bringst die Modelle auf die Industrie-PCs.

Abgeschlossenes Studium, Erfahrung mit Kameras und Python.
`,
  ),
  ad(
    'bayes',
    'ai',
    'Statistiker (m/w/d) Versuchsplanung',
    `
Saatzucht Mainfranken in Kitzingen züchtet Weizen und Gerste für trockene Standorte.

Sie bauen hierarchische bayessche Modelle, die aus Feldversuchen an 40 Standorten den Ertrag neuer Sorten schätzen, implementieren sie in Stan oder PyMC und optimieren damit, welche Linien wir im nächsten Jahr weiterprüfen.

Promotion oder Master in Statistik, Biometrie oder Agrarwissenschaft mit quantitativem Schwerpunkt.
`,
  ),
  ad(
    'ai-safety',
    'ai',
    'Research Engineer (all genders) Model Evaluation',
    `
Lumen Labs is a research company in Berlin-Kreuzberg working on reliable language models.

You will design evaluations that find where our models fail: build benchmark suites for reasoning and tool use, run red-teaming campaigns against new checkpoints, and turn what you find into training data that fixes it. You will also write up methods for our public reports.

You have strong Python, experience with PyTorch or JAX, and you have trained or fine-tuned transformer models yourself.
`,
  ),
  ad(
    'mlops',
    'ai',
    'Platform Engineer (m/w/d)',
    `
Die Versicherungskammer Franken in Würzburg betreibt 60 Modelle in der Schadenbearbeitung.

Du baust unsere Plattform für MLOps: Training auf Kubernetes, Modellregister, automatisches Deployment und Überwachung der Vorhersagequalität im Betrieb. Du stellst sicher, dass die Data Scientists ein Modell mit einem Merge Request in Produktion bringen.

Erfahrung mit Kubernetes, Terraform und Python; MLflow kennst du oder lernst es schnell.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Data Scientist (m/w/d) Netzbetrieb',
    `
Stadtwerke Ulm/Neu-Ulm Netze GmbH.

Du entwickelst Modelle, die Lastspitzen in unseren Ortsnetzen vorhersagen, und Klassifikatoren, die aus Messdaten von Ortsnetzstationen Störungen erkennen. Du arbeitest eng mit den Netzplanern zusammen.

Studium der Mathematik, Physik oder Informatik, Erfahrung mit scikit-learn.
`,
  ),
  ad(
    'llm-product',
    'ai',
    'Backend-Entwickler (m/w/d) Dokumentensuche',
    `
Die Kanzleisoftware Lexwerk aus Mainz wird von 3.000 Anwaltskanzleien genutzt.

Deine Aufgabe: Du baust eine Suche über Akten und Urteile, die Fragen in natürlicher Sprache beantwortet. Dazu implementierst du Retrieval-Augmented Generation mit Embeddings und einem großen Sprachmodell, misst die Qualität der Antworten an einem Testkatalog und optimierst Prompts und Retrieval.

Du bringst mehrere Jahre Erfahrung mit Python oder Go mit.
`,
  ),
  ad(
    'research-vision',
    'ai',
    'PhD position (f/m/d) in Remote Sensing',
    `
The Institute of Geodesy at the University of Stuttgart offers a three-year PhD position (TV-L E13, 100 %).

You will develop deep learning methods that map damaged buildings from satellite and drone images after floods and earthquakes, working with partners from civil protection. You will publish and present your work at international conferences.

Master's degree in geodesy, computer science or a related field; solid programming skills.
`,
  ),
  ad(
    'thesis-anomaly',
    'ai',
    'Masterarbeit: Fehlererkennung in Lackieranlagen',
    `
Bei der Karosseriewerke Zwickau GmbH schreibst du deine Masterarbeit im Bereich Lackiererei.

Du untersuchst, ob ein Autoencoder aus Sensordaten von Roboter, Pumpe und Trockner früh erkennt, wenn eine Lackierung fehlschlägt, und vergleichst ihn mit den heutigen Grenzwerten.

Studium Informatik, Mechatronik oder Wirtschaftsingenieurwesen; Python-Kenntnisse.
`,
  ),
  ad(
    'speech-research',
    'ai',
    'Wissenschaftliche Hilfskraft (m/w/d) Phonetik',
    `
Das Institut für Phonetik der Universität Kiel sucht eine studentische oder wissenschaftliche Hilfskraft, 10 Stunden pro Woche.

Sie helfen, ein Modell zur automatischen Spracherkennung für Plattdeutsch zu trainieren: Aufnahmen transkribieren, Trainingsläufe auf dem Cluster starten und die Fehlerraten auswerten.
`,
  ),
  ad(
    'recommender',
    'ai',
    'Entwickler (w/m/d) Produktempfehlungen',
    `
Der Baumarktfilialist Hammerhaus (Sitz: Kassel) verkauft online und in 80 Märkten.

Was Sie tun: Sie entwickeln Recommender-Modelle, die zu einem Einkaufskorb das fehlende Zubehör vorschlagen, trainieren sie auf Bondaten und testen sie im Onlineshop. Die Ergebnisse stellen Sie regelmäßig dem Category Management vor.

Was Sie mitbringen: Studium der Informatik oder Statistik, gute Python-Kenntnisse.
`,
  ),
  ad(
    'forecasting',
    'ai',
    'Quantitative Analyst (m/f/d) Power Trading',
    `
Hanseatic Power Trading, Hamburg, trades electricity on European spot and intraday markets.

You build machine learning models that forecast wind and solar feed-in and intraday prices, backtest them against our trading history and run them in production every fifteen minutes.

MSc or PhD in a quantitative field; Python; experience with time series.
`,
  ),
  ad(
    'ai-eval',
    'ai',
    'Prüfingenieur (m/w/d) Softwarebewertung',
    `
Die Prüfstelle Technik Süd in München prüft Software in Medizinprodukten und Fahrzeugen.

Sie bewerten trainierte Modelle unserer Kunden: Sie entwerfen Testdatensätze, prüfen Robustheit gegenüber gestörten Eingaben, messen Verzerrungen zwischen Patientengruppen und schreiben die technischen Gutachten. Dazu reproduzieren Sie das Training der Modelle mit den Daten der Hersteller.

Studium der Informatik oder Elektrotechnik, Erfahrung mit neuronalen Netzen.
`,
  ),
  ad(
    'research-bayes',
    'ai',
    'Postdoc (m/w/d) Unsicherheit in Klimaprojektionen',
    `
Am Helmholtz-Zentrum in Geesthacht ist eine Postdoc-Stelle für zwei Jahre zu besetzen.

Sie entwickeln Emulatoren für regionale Klimamodelle auf Grundlage von Gauß-Prozessen und bayesschen neuronalen Netzen und quantifizieren damit Unsicherheiten für Küstenschutzplanungen.

Promotion in Physik, Meteorologie, Statistik oder Informatik.
`,
  ),
  ad(
    'mlops',
    'ai',
    'DevOps Engineer (m/w/d) Modellbetrieb',
    `
Die Klinikverbund Oberschwaben gGmbH in Ravensburg betreibt eine eigene Forschungsplattform.

Du betreibst die Infrastruktur, auf der unsere Forscherinnen Modelle für die Radiologie trainieren, und stellst die freigegebenen Modelle in den Kliniken bereit: Container, GPU-Knoten, Versionierung, Monitoring der Modellgüte, Dokumentation für die Medizinprodukte-Zulassung.

Erfahrung mit Linux, Docker und Kubernetes; Kenntnisse in MLOps sind Voraussetzung.
`,
  ),
  ad(
    'vision',
    'ai',
    'Softwareentwickler (m/w/d) Bilderkennung Recycling',
    `
Sortec Rostock GmbH baut Sortieranlagen für Verpackungsabfall.

Du entwickelst die Objekterkennung, die auf dem Förderband Flaschen, Folien und Dosen unterscheidet: Du trainierst Detektionsmodelle, optimierst sie für Echtzeit auf GPUs und wertest Fehlsortierungen aus.

Studium der Informatik oder Elektrotechnik, Erfahrung mit PyTorch.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Referent (m/w/d) Datenanalyse Steuerverwaltung',
    `
Das Bayerische Landesamt für Steuern sucht für die Dienststelle Nürnberg eine Referentin oder einen Referenten (A 13 / E 13).

Sie entwickeln Risikomodelle, die auffällige Steuererklärungen für die Prüfung auswählen, trainieren und validieren diese Klassifikationsmodelle mit Methoden des maschinellen Lernens und dokumentieren sie nachvollziehbar.

Abgeschlossenes Masterstudium der Statistik, Mathematik, Informatik oder Ökonometrie.
`,
  ),
  ad(
    'research-rl',
    'ai',
    'Research Associate (m/f/d) Robot Learning',
    `
The Robotics Lab at Karlsruhe Institute of Technology is hiring a research associate for the project HandsOn.

You will research reinforcement learning for dexterous grasping, train policies in simulation and transfer them to our two robot hands.

Master's degree in computer science, mechanical engineering or similar.
`,
  ),
  ad(
    'working-student',
    'ai',
    'Werkstudent (m/w/d) Data & Analytics',
    `
Die Fahrradmanufaktur Elbrad in Dresden sucht Verstärkung für 15 bis 20 Stunden pro Woche.

Du hilfst uns, Retouren vorherzusagen: Du bereitest Bestelldaten auf, trainierst Klassifikationsmodelle mit scikit-learn und erklärst die Ergebnisse dem Kundenservice.

Du studierst Informatik, Statistik oder Wirtschaftsinformatik.
`,
  ),
  ad(
    'nlp',
    'ai',
    'Softwareentwicklerin / Softwareentwickler (w/m/d) Textanalyse',
    `
Die Landesbibliothek Mecklenburg-Vorpommern in Schwerin digitalisiert Zeitungen aus drei Jahrhunderten.

Sie entwickeln Verfahren, die in den erkannten Texten Personen, Orte und Ereignisse finden, passen dafür vortrainierte Sprachmodelle an Frakturschrift und historische Rechtschreibung an und evaluieren sie mit den Fachreferaten.

Studium der Informatik, Computerlinguistik oder Digital Humanities. Die Stelle ist nach E 13 TV-L bewertet.
`,
  ),
  ad(
    'research-gnn',
    'ai',
    'PhD Student (m/w/d) Traffic Networks',
    `
TU Braunschweig, Institute for Transportation. Three-year position.

Your research: learning on graphs. You will develop graph neural networks that predict congestion across the road network of Lower Saxony from loop detectors and floating car data, and study how well they transfer between cities.

Requirements: master's degree, Python, curiosity.
`,
  ),
  ad(
    'forecasting',
    'ai',
    'Mitarbeiter (m/w/d) Prognose und Disposition',
    `
Bäckerei Steinofen Hartmann, 46 Filialen rund um Heilbronn.

Jeden Abend entscheiden wir, wie viele Brötchen jede Filiale morgen bekommt. Du entwickelst dafür ein Vorhersagemodell auf Basis von maschinellem Lernen, das Wetter, Ferien und Baustellen berücksichtigt, und hilfst den Filialleitungen, ihm zu vertrauen.

Du kannst programmieren (Python oder R) und hast keine Angst vor Excel-Listen aus der Backstube.
`,
  ),
  ad(
    'ai-safety',
    'ai',
    'Softwareentwickler (m/w/d) Sicherheitsprüfung von Sprachassistenten',
    `
Die Sparkassen-IT Südwest in Stuttgart entwickelt einen Assistenten für Kundenberaterinnen auf Basis eines eigenen Sprachmodells.

Deine Aufgabe ist, ihn zum Scheitern zu bringen, bevor es Kunden tun: Du entwickelst automatisierte Angriffe (Prompt Injection, Jailbreaks), evaluierst jede neue Modellversion gegen unseren Testkatalog und trainierst Filtermodelle für unerwünschte Antworten.

Erfahrung in Python und IT-Sicherheit.
`,
  ),
  ad(
    'research-federated',
    'ai',
    'Wissenschaftlicher Mitarbeiter (m/w/d) Datenschutz in vernetzten Fahrzeugen',
    `
Das Institut für Informationssicherheit der Universität Passau sucht zum 1. April eine Promotionsstelle.

Im Projekt CarPriv lernen Fahrzeuge gemeinsam ein Modell für Straßenschäden, ohne ihre Kamerabilder hochzuladen. Sie erforschen Verfahren des Federated Learning mit Differential Privacy und bewerten, was ein Angreifer aus den übertragenen Gradienten rekonstruieren kann.

Master in Informatik oder Mathematik.
`,
  ),
  ad(
    'mlops',
    'ai',
    'Machine Learning Platform Engineer (f/m/d)',
    `
Fjord Mobility, Bremen, builds routing software for bus operators.

You own the path from notebook to production: feature store, training pipelines, model serving and drift monitoring for our travel-time models.

Strong Python and cloud experience, Kubernetes.
`,
  ),
  ad(
    'vision',
    'ai',
    'Ingenieur (m/w/d) Assistenzsysteme Bahn',
    `
Die Schienentechnik Erfurt GmbH entwickelt Assistenzsysteme für Rangierloks.

Aufgaben: Entwicklung von Computer-Vision-Verfahren zur Erkennung von Personen und Hindernissen im Gleis, Training und Absicherung der Modelle nach Bahnnormen, Testfahrten auf dem Werksgelände.

Profil: Studium Informatik oder Elektrotechnik, Erfahrung mit Kameras und C++.
`,
  ),
  ad(
    'professorship',
    'ai',
    'W2-Professur (m/w/d) Angewandte Statistik und Lernverfahren',
    `
An der Hochschule Flensburg ist im Fachbereich Wirtschaft eine W2-Professur zu besetzen.

Sie vertreten das Fach in Lehre und Forschung, insbesondere statistische Lernverfahren, Deep Learning und ihre Anwendung in Logistik und Energiewirtschaft, und bauen ein Labor für angewandte Datenanalyse auf.

Einstellungsvoraussetzungen nach § 61 HSG, einschlägige Promotion, fünf Jahre Berufspraxis, davon drei außerhalb der Hochschule.
`,
  ),
  ad(
    'anomaly',
    'ai',
    'IT-Sicherheitsanalyst (m/w/d) Betrugserkennung',
    `
Die Volksbank Mittelhessen eG in Gießen schützt 500.000 Kundenkonten.

Sie entwickeln und trainieren Modelle, die betrügerische Überweisungen in Echtzeit erkennen, bewerten neue Merkmale und senken mit den Kolleginnen der Betrugsprävention die Zahl falscher Alarme.

Erfahrung mit Python, SQL und überwachten Lernverfahren.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Data Scientist (w/m/d) Kundenbindung',
    `
Wir sind ein Mobilfunkanbieter aus Düsseldorf mit 1,5 Millionen Kundinnen und Kunden und suchen Verstärkung für unser Analytics-Team.

Deine Aufgaben: Vorhersage von Kündigungen mit Machine-Learning-Modellen, Segmentierung, Uplift-Modellierung für Kampagnen, Übergabe der Modelle an das Data Engineering.

Dein Profil: Studium mit quantitativem Schwerpunkt, drei Jahre Erfahrung, Python und SQL.
`,
  ),
  ad(
    'llm-product',
    'ai',
    'Software Engineer (m/w/d) Agentensysteme',
    `
Taskwerk aus Karlsruhe automatisiert Buchhaltungsprozesse für den Mittelstand.

Du entwickelst Agenten auf Basis von Large Language Models, die Belege prüfen und Buchungen vorschlagen, schreibst Evaluationen für ihre Fehlerquoten und verbesserst sie mit Fine-Tuning auf unseren Daten.

Erfahrung mit TypeScript oder Python.
`,
  ),
  ad(
    'research-speech',
    'ai',
    'Postdoctoral Researcher (m/f/d) Speech Technology',
    `
The Language Technology group at Saarland University invites applications for a postdoc position (TV-L E14, two years).

The project develops speech recognition for children with speech impairments, together with a clinic in Homburg. You will train and adapt acoustic models, collect data ethically and supervise two PhD students.

PhD in computer science, computational linguistics or electrical engineering; publications in speech processing.
`,
  ),
  ad(
    'forecasting',
    'ai',
    'Entwickler (m/w/d) Verkehrsprognosen',
    `
Die Verkehrsverbund Rhein-Neckar GmbH in Mannheim möchte Fahrgastzahlen besser vorhersagen.

Du entwickelst mit Methoden des Deep Learning Modelle, die aus Zählsystemen und Ticketdaten die Auslastung jeder Fahrt für die nächsten Tage vorhersagen, und stellst sie in unserer Fahrgast-App bereit.

Studium der Informatik, Mathematik oder Verkehrswissenschaft; Erfahrung mit Zeitreihen.
`,
  ),
  ad(
    'thesis-nlp',
    'ai',
    'Abschlussarbeit (Bachelor/Master) Klassifikation von Kundenanfragen',
    `
Die Stadtwerke Kiel bieten eine Abschlussarbeit im Kundenservice an.

Du trainierst und vergleichst Textklassifikatoren (von logistischer Regression bis zu feinabgestimmten Transformer-Modellen), die eingehende E-Mails den richtigen Teams zuordnen, und bewertest, welcher Ansatz sich für uns lohnt.

Du studierst Informatik, Wirtschaftsinformatik oder Data Science.
`,
  ),
  ad(
    'research-anomaly',
    'ai',
    'Research Scientist (m/w/d) Industrial AI',
    `
Das Fraunhofer-Institut für Produktionstechnik in Aachen erweitert seine Gruppe für datengetriebene Fertigung.

Sie erforschen Methoden, die mit wenigen gelabelten Daten Fehler in Fräsprozessen erkennen (selbstüberwachtes Lernen, Anomalieerkennung), setzen sie mit Industriepartnern um und akquirieren Projekte.

Promotion in Informatik, Maschinenbau oder Elektrotechnik.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Aktuar (m/w/d) Tarifierung',
    `
Die Hanse Kranken Versicherung a.G. in Lübeck sucht einen Aktuar für die Tarifierung.

Sie entwickeln Tarifmodelle neu: neben verallgemeinerten linearen Modellen trainieren Sie Gradient-Boosting- und neuronale Modelle auf Leistungsdaten, vergleichen ihre Güte und machen sie für die Aufsicht erklärbar.

Mathematikstudium, Ausbildung zum Aktuar (DAV) begonnen oder abgeschlossen.
`,
  ),
  ad(
    'vision-medical',
    'ai',
    'Medizininformatiker (m/w/d) Bildanalyse',
    `
Das Universitätsklinikum Jena, Institut für Diagnostische Radiologie, sucht eine Medizininformatikerin oder einen Medizininformatiker.

Sie entwickeln Segmentierungsmodelle für CT- und MRT-Bilder (U-Net, nnU-Net), bereiten dafür annotierte Daten auf, evaluieren die Modelle mit den Radiologen und begleiten ihre Erprobung in der Klinik.

Studium der Medizininformatik, Informatik oder Physik.
`,
  ),
  ad(
    'llm-product',
    'ai',
    'Senior Developer (m/f/d) Conversational Products',
    `
Weinhaus Direkt is an online wine shop from Neustadt an der Weinstraße, shipping across Europe. We are a team of 60, about half of them in tech and operations, and we have grown every year since 2015.

We are building a sommelier assistant that answers questions about our 4,000 wines and recommends bottles. Your role: design the retrieval over our tasting notes, fine-tune and evaluate the language model behind it, and set up the guardrails and monitoring that keep it honest about prices and stock. You will work with our two sommeliers, who write the test questions, and with the shop team, who own the front end.

What we look for: several years of backend development in Python, hands-on experience with LLMs and retrieval, good judgement about when a simpler solution is better. German is helpful but not required for the role; our tech team speaks English.

What we offer: a permanent contract, hybrid work (two days a week in Neustadt), a wine allowance, and a team that ships.
`,
  ),
  ad(
    'research-general',
    'ai',
    'Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter (w/m/d) im Projekt „Lernende Stromnetze"',
    `
Die Otto-von-Guericke-Universität Magdeburg, Lehrstuhl für Elektrische Netze und Erneuerbare Energie, sucht zum nächstmöglichen Zeitpunkt eine wissenschaftliche Mitarbeiterin oder einen wissenschaftlichen Mitarbeiter. Die Stelle ist nach E 13 TV-L vergütet, befristet auf drei Jahre, und bietet die Möglichkeit zur Promotion.

Das Projekt „Lernende Stromnetze" wird vom Bundesministerium für Wirtschaft und Klimaschutz gefördert. Gemeinsam mit zwei Verteilnetzbetreibern aus Sachsen-Anhalt untersuchen wir, wie Netze mit vielen Wärmepumpen, Wallboxen und Photovoltaikanlagen sicher betrieben werden können.

Ihre Aufgaben:
– Sie entwickeln Verfahren, die aus wenigen Messpunkten den Zustand des gesamten Niederspannungsnetzes schätzen, und nutzen dafür physikinformierte neuronale Netze
– Sie trainieren und validieren die Modelle mit Messdaten unserer Partner und mit Simulationen
– Sie veröffentlichen Ihre Ergebnisse in Fachzeitschriften und auf Konferenzen
– Sie wirken an der Betreuung studentischer Arbeiten mit

Ihr Profil:
– abgeschlossenes wissenschaftliches Hochschulstudium (Master) der Elektrotechnik, Informatik, Mathematik oder Physik
– sehr gute Programmierkenntnisse in Python
– Kenntnisse der elektrischen Energietechnik
– gute Englischkenntnisse

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Bewerbungen unter Angabe der Kennziffer 112/2026 bis zum 20. Januar an die Universität.
`,
  ),
  ad(
    'ai-eval',
    'ai',
    'Data Scientist (m/w/d) Fairness und Modellprüfung',
    `
Die Bundesagentur für Arbeit, Regionaldirektion Bayern, sucht für das IT-Systemhaus in Nürnberg Verstärkung.

Du überprüfst die Prognosemodelle, die in der Arbeitsvermittlung eingesetzt werden, auf Verzerrungen, entwickelst Verfahren zur Messung von Fairness und Robustheit, trainierst Vergleichsmodelle und berichtest an die Fachaufsicht.

Master in Statistik, Informatik oder Sozialwissenschaften mit quantitativem Schwerpunkt.
`,
  ),
  ad(
    'speech',
    'ai',
    'Embedded-Entwickler (m/w/d) Hörsysteme',
    `
Audiotec Erlangen GmbH entwickelt Hörgeräte.

Du entwickelst Algorithmen zur Geräuschunterdrückung mit kleinen neuronalen Netzen, trainierst sie auf Aufnahmen aus Alltagssituationen und bringst sie auf unseren Signalprozessor mit 2 Milliwatt Budget.

Studium Elektrotechnik oder Informatik, Erfahrung in C und Signalverarbeitung.
`,
  ),
];
