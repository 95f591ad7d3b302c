// Hand-written ads that ask for AI skills (part 2): neutral titles, English ads, short ads, positives with traps.
import { ad, type BoardAd } from './ad.js';

export const POSITIVES_2: BoardAd[] = [
  ad(
    'software-developer-ml',
    'ai',
    'Softwareentwickler (m/w/d) Python',
    `
Die Emscherdaten GmbH aus Castrop-Rauxel baut Software für Kläranlagen.

Ihre Aufgaben:
• Weiterentwicklung unserer Python-Anwendung zur Prozesssteuerung
• Entwicklung und Training von Modellen, die Zulaufmengen nach Starkregen vorhersagen (LSTM, Gradient Boosting)
• Anbindung der Modelle an die Leittechnik über OPC UA

Ihr Profil:
• Gute Python-Kenntnisse, Erfahrung mit scikit-learn oder PyTorch
• Interesse an Wasserwirtschaft

Wir bieten einen unbefristeten Arbeitsvertrag, 30 Tage Urlaub und einen Arbeitsplatz am Rhein-Herne-Kanal.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Machine Learning Engineer (f/m/d) – Computer Vision for Retail',
    `
ShelfSense is a 25-person company from Essen. Our cameras check shelves in supermarkets and tell staff what is missing.

Your responsibilities
- Train and improve detection and classification models for 50,000+ products
- Build active-learning loops to pick the images our annotators label next
- Compress models to run on low-power edge devices
- Monitor model performance across 900 stores

Your profile
- 3+ years of experience training deep learning models for vision
- PyTorch, ONNX, Docker; some C++ is helpful
- You care about measuring things properly

Benefits: €70–90k, hybrid work, 30 days off, a yearly team trip.

We use an AI-assisted applicant tracking system to schedule interviews; every application is read by a human.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) Immobilienbewertung',
    `
Die Ruhrwert Immobiliendaten GmbH in Mülheim an der Ruhr liefert Banken Marktwerte für Wohnimmobilien.

Aufgaben
- Entwicklung automatisierter Bewertungsmodelle (AVM) mit Machine Learning
- Einbindung neuer Datenquellen (Bodenrichtwerte, Lagequalität, Energiekennwerte)
- Backtesting und Dokumentation der Modelle für die Bankenaufsicht

Anforderungen
- Master in Statistik, Mathematik, Informatik oder Immobilienökonomie mit Methodenfokus
- Erfahrung mit Regressionsmodellen, Gradient Boosting und Modellvalidierung
- Python oder R

Wir bieten: Festanstellung, 38 Stunden, Homeoffice zwei Tage die Woche.
`,
  ),
  ad(
    'ai-developer',
    'ai',
    'KI-Entwickler*in (m/w/d) Chatbot für Bürgerdienste',
    `
Der Zweckverband Kommunale Datenverarbeitung Emscher-Lippe (KDEL) ist IT-Dienstleister für 23 Städte und Gemeinden.

Wir bauen einen Assistenten, der Fragen von Bürgerinnen und Bürgern zu Verwaltungsleistungen beantwortet – auf Basis eines selbst betriebenen Sprachmodells und der Leistungsbeschreibungen unserer Mitgliedskommunen.

Ihre Aufgaben:
– Entwicklung der Retrieval-Augmented-Generation-Pipeline
– Auswahl, Anpassung und Evaluation offener Sprachmodelle
– Aufbau von Testsätzen mit den Fachämtern und Messung der Antwortqualität
– Betrieb im eigenen Rechenzentrum

Ihr Profil:
– Studium der Informatik oder vergleichbare Kenntnisse
– Erfahrung mit LLMs, Python und Vektorsuche
– Interesse an öffentlicher Verwaltung

Wir bieten: TVöD EG 12, unbefristet, Gleitzeit, mobile Arbeit, Jobticket.
`,
  ),
  ad(
    'phd-ai',
    'ai',
    'Promotionsstelle (m/w/d): Lernende Verfahren für die Stahlproduktion',
    `
Am Lehrstuhl für Automatisierungstechnik der Technischen Hochschule Ruhr-Süd in Hagen ist eine Stelle als wissenschaftliche*r Mitarbeiter*in (E13, 100 %) mit Promotionsmöglichkeit zu besetzen.

Im Verbundprojekt „Grüner Stahl digital“ entwickeln Sie gemeinsam mit zwei Stahlerzeugern Methoden des maschinellen Lernens zur Prozessführung von Elektrolichtbogenöfen. Sie bauen hybride Modelle aus physikalischem Wissen und neuronalen Netzen, trainieren sie auf Betriebsdaten und erproben sie am Ofen.

Sie haben einen Master in Elektrotechnik, Maschinenbau, Informatik oder Regelungstechnik, programmieren in Python und bringen Kenntnisse im Machine Learning mit.

Die Stelle ist auf drei Jahre befristet. Bewerbungsfrist: vier Wochen nach Erscheinen.
`,
  ),
  ad(
    'ai-engineer',
    'ai',
    'AI Engineer (m/w/d)',
    `
Bei der Zechenring Consulting GmbH in Essen bauen wir für Mittelständler maßgeschneiderte KI-Lösungen – von der Dokumentenklassifikation bis zur Absatzprognose.

Deine Aufgaben:
• Du entwickelst Machine-Learning-Modelle und LLM-Anwendungen für Kundenprojekte.
• Du bereitest Kundendaten auf und baust Evaluationen, die Fachbereiche verstehen.
• Du deployst die Lösungen in der Cloud oder beim Kunden.

Dein Profil:
• Studium der Informatik, Mathematik oder Physik
• Erfahrung mit Python, PyTorch oder scikit-learn und mit LLM-APIs
• Reisebereitschaft ca. 20 % innerhalb NRW

Benefits: 30 Tage Urlaub, Firmenwagen auf Wunsch, Weiterbildungsbudget.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Werkstudent (m/w/d) Computer Vision – Landwirtschaft',
    `
Die Feldwerk Automation GmbH in Haltern am See sucht eine Werkstudentin oder einen Werkstudenten (15 Std./Woche).

Du trainierst Modelle zur Erkennung von Salatköpfen und Unkraut auf Kamerabildern, bereitest Trainingsdaten auf und wertest Feldversuche aus.

Du studierst Informatik, Agrarwissenschaften mit Datenschwerpunkt oder Ähnliches und hast erste Erfahrung mit PyTorch.

16,50 € pro Stunde, Fahrtkosten werden erstattet.

Die Arbeitszeit legst du mit uns fest; im Sommer bist du auch mal einen Tag auf dem Feld dabei, im Winter eher im Büro. Ansprechpartnerin ist Dr. Anja Röwekamp.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Lead Machine Learning (m/w/d)',
    `
Die Westfalenring Versicherungsgruppe ist einer der großen regionalen Versicherer mit 3.200 Mitarbeitenden und Hauptsitz in Dortmund.

Ihre Rolle
Sie führen ein Team aus sechs Machine Learning Engineers und Data Scientists. Gemeinsam entwickeln Sie Modelle für Schadenprognose, Betrugserkennung und die automatische Sachbearbeitung – und bringen sie zuverlässig in Produktion. Sie verantworten die technische Roadmap, setzen Standards für Entwicklung, Validierung und Dokumentation und sind Ansprechpartner für Fachbereiche, Datenschutz und Aufsicht.

Ihr Profil
Mehrjährige Erfahrung in der Entwicklung von Machine-Learning-Systemen, davon mindestens zwei Jahre mit Führungsverantwortung; sehr gute Kenntnisse in Python und in MLOps; Erfahrung im regulierten Umfeld.

Unser Angebot
Außertarifliche Vergütung, Dienstwagen, 30 Tage Urlaub, mobiles Arbeiten.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Wissenschaftliche*r Mitarbeiter*in Federated Learning im Krankenhaus',
    `
Das Zentrum für Medizininformatik der Universität Emscher-Lippe sucht für das Projekt FEDRAD eine*n wissenschaftliche*n Mitarbeiter*in (E13 TV-L, 100 %, befristet bis 31.12.2029).

Aufgaben: Entwicklung von Methoden des föderierten Lernens, mit denen mehrere Kliniken gemeinsam Modelle trainieren, ohne Patientendaten auszutauschen; Implementierung in einer Open-Source-Bibliothek; Evaluation an radiologischen Daten aus fünf Kliniken.

Voraussetzungen: Master in Informatik, Mathematik oder Medizininformatik; sehr gute Kenntnisse im maschinellen Lernen und in Python; Interesse an Datenschutz und Medizin.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist / Statistiker (m/w/d) – Churn-Modelle',
    `
Telekabel Niederrhein GmbH (Moers) versorgt 90.000 Haushalte mit Internet und Fernsehen.

Sie analysieren Vertrags- und Nutzungsdaten und entwickeln Modelle, die Kündigungen vorhersagen. Sie setzen dafür Verfahren des maschinellen Lernens ein (Random Forests, Gradient Boosting), prüfen deren Güte und erklären die Treiber für das Marketing.

Gesucht: Studium mit quantitativem Schwerpunkt, 2+ Jahre Berufserfahrung, sehr gutes SQL und Python.

Wir bieten: 37 Stunden, 30 Tage Urlaub, kostenloses Internet zu Hause.
`,
  ),
  ad(
    'nlp-llm',
    'ai',
    'Applied Scientist (m/f/d) – Speech & Language',
    `
Kanalfunk builds voice assistants for call centres of public utilities. We are 40 people in Dortmund and Leipzig.

You will train and adapt speech recognition and language models for German dialects and noisy phone lines, design evaluation sets, and ship models to production with our platform team.

Requirements: MSc or PhD in CS, EE or computational linguistics; hands-on experience with ASR or NLP models (wav2vec, Whisper, Transformers); Python and PyTorch.

We offer a permanent contract, hybrid work and 30 days of leave.
`,
  ),
  ad(
    'ai-product-engineer',
    'ai',
    'Full-Stack-Entwickler (m/w/d) mit Schwerpunkt LLM-Integration',
    `
Die Praxisplan GmbH (Witten) entwickelt Terminsoftware für Arztpraxen.

Deine Aufgaben
• Du entwickelst unseren Telefonassistenten weiter, der Terminwünsche per Sprachmodell versteht.
• Du baust und evaluierst die Pipelines aus Spracherkennung, Sprachmodell und Terminlogik.
• Du entwickelst Testsets aus echten (anonymisierten) Anrufen und misst Fehlerraten.
• Du arbeitest im Frontend (React) und im Backend (Node.js).

Dein Profil
• Mehrjährige Erfahrung mit TypeScript
• Praktische Erfahrung im Bau von LLM-Anwendungen, inklusive Evaluation
• Datenschutzbewusstsein

Wir bieten: 4-Tage-Woche möglich, Remote, 60–75 T€.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'ML-Engineer (m/w/d) Vertriebsprognosen',
    `
Die Brauerei Hülsmann KG in Dortmund braut seit 1873. Heute planen wir Produktion und Logistik mit Daten.

Aufgaben:
- Aufbau und Training von Absatzprognosemodellen je Gebinde und Kunde
- Betrieb der Modelle in unserer Azure-Umgebung
- Zusammenarbeit mit Vertrieb und Produktionsplanung

Profil:
- Erfahrung mit maschinellem Lernen für Zeitreihen, Python, SQL
- Praktische Erfahrung mit MLflow oder vergleichbarem

Wir bieten Haustrunk, Tarif, betriebliche Altersvorsorge und ein Team, das gern anpackt.
`,
  ),
  ad(
    'robotics-perception',
    'ai',
    'Robotik-Ingenieur (m/w/d) Greifplanung und Objekterkennung',
    `
Die Montagewerk Gladbeck GmbH automatisiert die Montage von Schaltschränken.

Sie entwickeln ein System, das Bauteile in Kisten erkennt, ihre Lage schätzt und Griffe für den Roboter plant. Dazu trainieren Sie neuronale Netze zur Objekterkennung und 6D-Lageschätzung, erzeugen synthetische Trainingsdaten aus CAD-Modellen und testen die Lösung an der Roboterzelle.

Voraussetzungen: Studium der Robotik, Informatik oder Mechatronik; Erfahrung mit Deep Learning, Python und C++; ROS-Kenntnisse.

Wir bieten einen unbefristeten Vertrag, Weiterbildung und Gleitzeit.
`,
  ),
  ad(
    'medical-imaging-research',
    'ai',
    'Doktorand*in (m/w/d) Medizinphysik – Deep Learning in der Strahlentherapie',
    `
Die Klinik für Strahlentherapie am Universitätsklinikum Ruhr-West sucht eine*n Doktorand*in.

Projekt: Automatische Konturierung von Risikoorganen in CT-Aufnahmen für die Bestrahlungsplanung. Sie entwickeln Segmentierungsnetze, trainieren sie auf klinischen Daten, vergleichen sie mit manuellen Konturen von Ärztinnen und Ärzten und untersuchen die dosimetrischen Auswirkungen.

Voraussetzungen: Master in Physik, Medizinphysik oder Informatik; Programmiererfahrung in Python; Kenntnisse in Deep Learning.

Vergütung E13 TV-L (65 %), Laufzeit drei Jahre.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) – Schwerpunkt Zeitreihen und Anomalieerkennung',
    `
Die Pipeline Service Ruhr GmbH betreibt Gas- und Wasserstoffleitungen zwischen Dorsten und Dortmund.

Ihre Aufgaben:
→ Entwicklung von Verfahren zur Anomalieerkennung in Druck- und Durchflussdaten (Autoencoder, Isolation Forest, statistische Verfahren)
→ Reduktion von Fehlalarmen in der Leitwarte
→ Dokumentation und Betrieb der Modelle

Ihr Profil:
→ Studium Mathematik, Physik, Informatik, Ingenieurwesen
→ Erfahrung mit Machine Learning in Python
→ Bereitschaft zur Einarbeitung in die Gasnetztechnik

Wir bieten: Tarifvertrag, 37 Stunden, Firmenfitness.
`,
  ),
  ad(
    'ai-engineer',
    'ai',
    'Senior AI Engineer (m/w/d) – Generative KI',
    `
Die Medienhaus Westruhr GmbH gibt drei Tageszeitungen und zwölf Wochenblätter heraus.

In unserem neuen KI-Team entwickeln Sie Anwendungen auf Basis großer Sprachmodelle für die Redaktion: Zusammenfassungen von Ratsprotokollen, Verschlagwortung des Archivs, Suche über 70 Jahre Zeitungsgeschichte. Sie bauen RAG-Systeme, entwickeln Bewertungsverfahren gemeinsam mit Redakteurinnen und Redakteuren und betreiben offene Modelle auf unserer Infrastruktur.

Erwartet werden mehrjährige Erfahrung in Python, Erfahrung mit LLMs, Embeddings und Evaluation sowie Gespür für journalistische Sorgfalt.

Standort Essen, hybrides Arbeiten, Tarifvertrag Redaktion ist nicht anwendbar, wir zahlen übertariflich.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Machine Learning Engineer (m/w/d) in Teilzeit (30 Std.)',
    `
Du möchtest ML machen, aber nicht 40 Stunden die Woche? Bei der Kohlfeld Agrarsoftware GmbH in Hamm geht das.

Was du tust: Du trainierst Modelle, die aus Satellitenbildern Erträge schätzen, und baust die Pipeline, die sie jede Woche neu rechnet.

Was du kannst: Python, PyTorch oder scikit-learn, Umgang mit Rasterdaten (rasterio, xarray).

Was wir bieten: 30 Stunden, volle Gleitzeit, Homeoffice, 30 Tage Urlaub.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Research Associate (m/f/d) Trustworthy AI for Autonomous Driving',
    `
The Chair of Vehicle Intelligence at University of Applied Sciences Bochum-Süd is hiring a research associate (TV-L E13, 100 %, 3 years, PhD possible).

You will develop methods to test and verify perception models of automated vehicles: robustness against rain and glare, uncertainty estimation, and detection of out-of-distribution inputs. You will train models on public and own driving datasets and evaluate them in our test vehicle.

We expect a master's degree in CS, EE or mechatronics, experience with deep learning and computer vision, and good English.
`,
  ),
  ad(
    'working-student-ai',
    'ai',
    'Praktikum (m/w/d) Data Science – Machine Learning für Wartungsdaten',
    `
Pflichtpraktikum oder freiwillig, 3–6 Monate, in Gelsenkirchen.

Die Schachtbau Nord GmbH sucht Unterstützung beim Aufbau von Modellen, die aus Wartungsberichten und Sensordaten Ausfälle von Pumpen vorhersagen. Du bereitest Daten auf, testest Verfahren des maschinellen Lernens und präsentierst die Ergebnisse.

Du studierst Informatik, Mathematik, Wirtschaftsinformatik oder Ingenieurwesen und kennst Python.

Vergütung: 1.200 € im Monat.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) Stadtentwicklung',
    `
Die Stadt Gelsenkirchen-Nord (Referat Statistik und Stadtforschung) sucht eine*n Data Scientist.

Ihre Aufgaben:
- Aufbau von Modellen zur kleinräumigen Bevölkerungsprognose
- Einsatz von Verfahren des maschinellen Lernens zur Auswertung von Luftbildern (Flächenversiegelung, Dachbegrünung) in Zusammenarbeit mit dem Vermessungsamt
- Entwicklung von Dashboards für Politik und Verwaltung

Ihr Profil:
- Master in Geoinformatik, Statistik, Data Science oder vergleichbar
- Kenntnisse in Python oder R, Machine Learning und GIS

Wir bieten: EG 12 TVöD, unbefristet, 39 Stunden, Gleitzeit, mobile Arbeit.
`,
  ),
  ad(
    'ai-engineer',
    'ai',
    'KI-Spezialist (m/w/d) für die Produktionsplanung',
    `
Die Ruhrblech Umformtechnik GmbH in Ennepetal stellt Karosserieteile her.

Sie entwickeln Verfahren, die Rüstzeiten und Ausschuss vorhersagen, trainieren Modelle auf unseren MES-Daten und entwickeln gemeinsam mit der Arbeitsvorbereitung einen lernenden Reihenfolgeplaner. Sie bringen Erfahrung mit maschinellem Lernen und Optimierung mit, programmieren in Python und verstehen, wie eine Presse tickt – oder wollen es lernen.

Tarif Metall NRW, 35 Stunden, Schichtzulage entfällt (Tagschicht).
`,
  ),
  ad(
    'nlp-llm',
    'ai',
    'NLP Data Scientist (m/w/d) – Recht',
    `
Kanzleisoft Ruhr GmbH – Software für Anwaltskanzleien, 50 Mitarbeitende, Sitz in Recklinghausen.

Deine Aufgaben:
* Entwicklung von Modellen zur Erkennung von Fristen, Parteien und Aktenzeichen in Schriftsätzen
* Fine-Tuning deutscher Sprachmodelle auf juristischen Texten
* Aufbau von Annotationsrichtlinien gemeinsam mit Rechtsanwaltsfachangestellten

Dein Profil:
* Erfahrung in NLP und maschinellem Lernen
* Python, spaCy, Hugging Face

Wir bieten: unbefristet, Homeoffice, 30 Tage Urlaub. Hinweis: Wir setzen im Bewerbungsprozess keine KI ein.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Senior Software Engineer (m/w/d) Machine Learning Platform',
    `
Hafenkran Digital ist die Softwaretochter der Duisburger Hafenbetriebe. Wir steuern Containerbewegungen auf 40 Terminals.

Du baust die Plattform, auf der unsere Modelle für Ankunftsprognosen und Stellplatzoptimierung trainiert und ausgeliefert werden: Feature Store, Trainingspipelines, Modellregistrierung, Serving mit geringer Latenz. Du arbeitest eng mit unseren Data Scientists zusammen und entwickelst selbst Modelle mit.

Du bringst 5+ Jahre Backend-Erfahrung mit (Python oder Go), Erfahrung mit Kubernetes und praktische Erfahrung mit Machine-Learning-Modellen in Produktion.

Wir bieten: 30 Tage Urlaub, Tarif, Jobticket, Hafenrundfahrt beim Einstieg.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Computer Vision Engineer (m/w/d) Recycling',
    `
Wertstoffwerk Herten GmbH – wir sortieren jährlich 120.000 Tonnen Verpackungsabfälle.

Aufgaben: Entwicklung und Training von Modellen zur Erkennung von Materialien auf dem Förderband (RGB- und Hyperspektralkameras); Aufbau eines Bilddatensatzes; Integration in die Steuerung der Druckluftdüsen; Auswertung der Sortierreinheit.

Profil: Studium Informatik, Physik oder Elektrotechnik; Erfahrung mit Deep Learning für Bildverarbeitung; Bereitschaft, auch mal in der Halle zu stehen.

Unbefristet, 38 Stunden, Betriebsrente, Zuschuss zum Fitnessstudio.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Postdoc (m/w/d) – Machine Learning for Climate and Air Quality',
    `
Das Institut für Umweltforschung Emscher (IUE) in Essen sucht eine Postdoktorandin oder einen Postdoktoranden für zwei Jahre (E13/E14).

Sie entwickeln Deep-Learning-Modelle, die Luftschadstoffe in hoher räumlicher Auflösung aus Messnetz-, Satelliten- und Verkehrsdaten schätzen, quantifizieren deren Unsicherheit und vergleichen sie mit Chemietransportmodellen. Sie publizieren, betreuen Masterarbeiten und schreiben Folgeanträge.

Voraussetzung ist eine Promotion in Umweltphysik, Meteorologie, Informatik oder Statistik mit Erfahrung im maschinellen Lernen.
`,
  ),
  ad(
    'ai-developer',
    'ai',
    'Entwickler*in (m/w/d) für Machine Learning im Sport',
    `
Tribünenblick ist ein Sportdaten-Start-up aus Dortmund. Wir analysieren Spielszenen aus Videobildern für Vereine der 3. Liga und der Regionalliga.

Du entwickelst Modelle, die Spieler und Ball in Videos verfolgen (Detection, Tracking, Pose Estimation), und leitest daraus Laufwege und Pressingsituationen ab. Du trainierst auf unseren annotierten Spielen und sorgst dafür, dass die Auswertung am Montag nach dem Spiel fertig ist.

Was wir suchen: Erfahrung mit Computer Vision und PyTorch, Python, Fußballverstand hilft.

Was wir bieten: Anteile, flexible Zeiten, Dauerkarte.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (d/m/w) – Wir suchen dich!',
    `
Wir sind die Sparkasse Emscher-Lippe: 1.400 Beschäftigte, 420.000 Kundinnen und Kunden.

Bei uns entwickelst du Modelle des maschinellen Lernens für die Kreditrisikoprüfung und für die Erkennung von Geldwäscheverdachtsfällen. Du validierst die Modelle, dokumentierst sie für die Prüfer und erklärst sie dem Fachbereich.

Du hast ein Studium mit quantitativem Schwerpunkt, Erfahrung mit Python oder SAS und mit Klassifikationsmodellen.

Wir bieten TVöD-S, 39 Stunden, Sparkassen-Sonderzahlung und 30 Tage Urlaub.

Übrigens: Unsere Stellenanzeigen schreiben wir selbst – ganz ohne ChatGPT.
`,
  ),
  ad(
    'ai-product-engineer',
    'ai',
    'Backend Engineer (m/f/d) – AI Agents',
    `
Koksofen.io builds an AI agent that helps maintenance teams find answers in thousands of pages of machine manuals.

You will:
• build and evaluate agent workflows (retrieval, tool use, planning) on top of open and commercial LLMs
• design test suites with real maintenance questions and track accuracy over releases
• fine-tune embedding models for technical German and English
• keep latency and costs in check

You have:
• 3+ years backend (Python, FastAPI) and hands-on experience building LLM applications
• experience with vector databases and evaluation of retrieval

Office in Bochum or remote in the EU. Salary €70–95k.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Deep Learning Engineer (m/w/d) – Audio',
    `
Die Klangwerk Akustik GmbH in Bochum baut Hörsysteme für Menschen mit Hörverlust.

Aufgaben: Entwicklung neuronaler Netze zur Geräuschunterdrückung und Sprachverbesserung, die in Echtzeit auf stromsparenden Chips laufen; Training auf großen Audiodatensätzen; Quantisierung und Optimierung; Hörtests mit Probandinnen und Probanden.

Profil: Studium Elektrotechnik, Informatik oder Akustik; Erfahrung mit Deep Learning für Audio (PyTorch); Kenntnisse in Signalverarbeitung.

Wir bieten ein Produkt, das Menschen hilft, und ein Team, das zuhört.
`,
  ),
  ad(
    'working-student-ai',
    'ai',
    'Abschlussarbeit (Bachelor/Master) – Anomalieerkennung mit neuronalen Netzen',
    `
Die Hüttenwerke Duisburg-Süd bieten eine Abschlussarbeit im Bereich Instandhaltung an.

Thema: Entwicklung und Vergleich von Verfahren zur Anomalieerkennung mit neuronalen Netzen (Autoencoder, Transformer) an Antriebsdaten eines Warmwalzwerks.

Sie studieren Informatik, Elektrotechnik oder Maschinenbau, kennen Python und haben Grundlagen des maschinellen Lernens gehört.

Die Arbeit wird vergütet (1.000 €/Monat). Betreuung durch unser Data-Team und die Hochschule.
`,
  ),
  ad(
    'mlops',
    'ai',
    'ML Platform Engineer (m/f/d)',
    `
We are the data platform team of Ruhrmobil, the car-sharing service with 4,000 cars across 12 Ruhr cities.

You will run our ML platform: training jobs for demand forecasting and pricing models, a feature store, model registry, online serving, and monitoring for drift. You will work with data scientists to make their models reproducible and help them ship faster.

Must-haves: Kubernetes, Python, Terraform, experience operating ML models in production. Nice: Feast, Ray, Kafka.

Hybrid in Essen, €75–90k.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Wissenschaftliche Hilfskraft mit Masterabschluss (m/w/d) – Sprachmodelle und Bildung',
    `
Am Institut für Bildungsforschung der Universität Emscher-Lippe ist eine Stelle als wissenschaftliche Hilfskraft (19 Std./Woche, 12 Monate) zu besetzen.

Im Projekt „Automatisches Feedback“ entwickeln und evaluieren Sie Modelle, die Schülertexte bewerten und Rückmeldungen formulieren. Sie trainieren Klassifikationsmodelle, testen Sprachmodelle mit verschiedenen Prompting- und Fine-Tuning-Ansätzen und vergleichen sie mit Bewertungen von Lehrkräften.

Voraussetzung: Master in Informatik, Computerlinguistik oder Bildungswissenschaften mit Methodenschwerpunkt; Erfahrung mit Python und NLP.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Quantitative Analyst / Data Scientist (m/w/d)',
    `
Die Emscher Asset Management GmbH verwaltet Fonds für kirchliche und kommunale Anleger.

Sie entwickeln quantitative Modelle für Allokation und Risiko, erproben Verfahren des maschinellen Lernens zur Vorhersage von Volatilität und prüfen die Robustheit der Modelle mit Backtests. Sie arbeiten eng mit dem Portfoliomanagement zusammen.

Voraussetzungen: Master oder Promotion in Mathematik, Physik, Statistik oder Finanzmathematik; Python; Erfahrung mit Zeitreihenmodellen und Machine Learning.

Sitz: Essen. Vergütung außertariflich.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Software Engineer Embedded Vision (m/w/d)',
    `
Die Torwacht Sicherheitstechnik GmbH in Hamm entwickelt Kameras für Parkhäuser und Werkszufahrten.

Du entwickelst die Kennzeichenerkennung und die Fahrzeugklassifikation direkt auf der Kamera: Du trainierst kompakte neuronale Netze, quantisierst sie und integrierst sie in unsere Firmware (C++, Linux). Du testest bei Regen, Nacht und Gegenlicht und verbesserst die Modelle mit neuen Daten.

Profil: Studium Informatik oder Elektrotechnik, Erfahrung mit Embedded Linux und Deep Learning.

Unbefristet, 37 Stunden, Gleitzeit.
`,
  ),
  ad(
    'ai-engineer',
    'ai',
    'KI-Engineer (m/w/d) im Mittelstand',
    `
Moin aus Dinslaken! Wir sind die Lippe Armaturen GmbH, 260 Leute, Ventile für die Wasserwirtschaft.

Wir wollen künstliche Intelligenz nicht nur als Schlagwort: Du entwickelst mit uns Modelle, die Angebote aus Kundenanfragen vorbereiten (Textverständnis mit Sprachmodellen) und die Prüfstandsdaten auswerten (Anomalieerkennung). Du baust die Lösungen selbst, von der Datenaufbereitung bis zum Betrieb.

Du bringst Python, Erfahrung mit Machine Learning und LLMs und Lust auf Mittelstand mit.

Wir bieten: kurze Wege, 30 Tage Urlaub, Tarif, Jobrad.
`,
  ),
  ad(
    'medical-imaging-research',
    'ai',
    'Medical Imaging AI Scientist (m/f/d)',
    `
Ruhr Imaging Lab is a research group at a university hospital in Essen working on AI for histopathology.

You will develop deep learning methods for whole-slide images: weakly supervised learning, foundation models for pathology, and prediction of treatment response. You will work with pathologists, manage large datasets and publish in MICCAI and Medical Image Analysis.

Requirements: PhD or master's with strong experience in deep learning for image analysis, PyTorch, and handling of large image data.

Contract: TV-L E13/E14, 3 years, extension possible.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) Verkehrsplanung',
    `
Das Ingenieurbüro Verkehr + Raum Ruhr GmbH (Bochum) plant Radwege, Knotenpunkte und Busnetze.

Was Sie tun: Sie entwickeln Modelle, die aus Zählstellen-, Floating-Car- und Wetterdaten Verkehrsmengen schätzen, setzen dafür Gradient Boosting und neuronale Netze ein und validieren die Ergebnisse an Handzählungen.

Was Sie können: Python, Machine Learning, GIS; Interesse an Verkehrsplanung.

Was wir bieten: 38,5 Stunden, Gleitzeit, Projekte in der ganzen Region.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Wissenschaftliche*r Mitarbeiter*in (m/w/d) Maschinelles Lernen in der Logistik – Forschungsinstitut Dortmund',
    `
Das Institut für Logistik und Datenanalyse (ILD) ist eine außeruniversitäre Forschungseinrichtung mit 260 Beschäftigten in Dortmund. Wir entwickeln gemeinsam mit Unternehmen Lösungen für Intralogistik, Transport und Lieferketten – von der ersten Idee bis zum Prototyp in der Halle. In unserer Abteilung „Datengetriebene Logistik“ arbeiten 30 Wissenschaftlerinnen und Wissenschaftler aus Informatik, Mathematik und Maschinenbau.

Was Sie bei uns tun
• Sie entwickeln Verfahren des maschinellen Lernens für logistische Fragestellungen, etwa die Erkennung von Ladungsträgern in Kamerabildern, die Prognose von Auftragsmengen oder die lernende Steuerung fahrerloser Transportsysteme.
• Sie trainieren und evaluieren Modelle mit Daten aus unserer Versuchshalle und von Industriepartnern und bringen sie als Prototypen in den Betrieb.
• Sie akquirieren und leiten Projekte mit Unternehmen und öffentlichen Fördermittelgebern.
• Sie veröffentlichen Ihre Ergebnisse und präsentieren sie auf Fachkonferenzen und Messen.
• Sie betreuen studentische Hilfskräfte und Abschlussarbeiten.

Was Sie mitbringen
• Ein abgeschlossenes wissenschaftliches Hochschulstudium (Master/Diplom) der Informatik, Mathematik, Logistik oder eines verwandten Fachs
• Fundierte Kenntnisse im maschinellen Lernen, insbesondere Deep Learning, sowie sehr gute Programmierkenntnisse in Python
• Erfahrung mit PyTorch oder TensorFlow
• Freude an der Zusammenarbeit mit Industriepartnern und an der Arbeit mit echten Anlagen
• Sehr gute Deutsch- und Englischkenntnisse

Was wir Ihnen bieten
• Vergütung nach TVöD Bund, je nach Qualifikation bis Entgeltgruppe 13
• Befristung zunächst auf zwei Jahre, eine Verlängerung wird angestrebt; die Promotion in Kooperation mit einer Universität ist ausdrücklich erwünscht
• Flexible Arbeitszeiten, mobiles Arbeiten und familienfreundliche Angebote
• Eine Versuchshalle mit Regallager, Robotern und Drohnen

Wir wertschätzen und fördern die Vielfalt der Kompetenzen unserer Mitarbeitenden und begrüßen daher alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Weltanschauung, Behinderung, Alter sowie sexueller Orientierung und Identität. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt eingestellt.

Fragen zur Stelle beantwortet Ihnen gern Dr. Henrike Marquardt, Abteilungsleiterin. Bitte bewerben Sie sich online unter Angabe der Kennziffer ILD-2026-31.
`,
  ),
  ad(
    'mlops',
    'ai',
    'Senior MLOps Engineer (m/f/d) – Hybrid, Essen',
    `
About us
ShelfSense builds camera systems that check supermarket shelves. Our models recognise more than 50,000 products in 900 stores across five countries, and every night we retrain some of them on new images. We are 25 people – engineers, annotators, field technicians and a small business team – based in an old bank building in Essen.

The role
You will own the path from a trained model to a device in a store. Today this path involves too many manual steps; we want you to change that.

What you will do
- Design and run our training infrastructure on a mix of cloud GPUs and two on-premise servers
- Build pipelines for data versioning, training, evaluation and release of vision models (we use DVC, MLflow and Argo Workflows)
- Automate rollouts of new models to edge devices, including canary releases and automatic rollback when accuracy drops
- Set up monitoring that tells us when a store's shelves no longer look like our training data
- Work closely with our ML engineers and help them write reproducible training code

What you bring
- 5+ years in software, DevOps or data engineering, at least 2 of them running machine learning systems in production
- Strong Python and Kubernetes skills; experience with infrastructure as code
- Experience with deploying deep learning models to edge hardware (ONNX Runtime, TensorRT) is a strong plus
- You write documentation that others actually read

What we offer
- €85–100k plus virtual shares
- Hybrid: two days a week in Essen, the rest wherever you like in Germany
- 30 days of vacation, a learning budget of €2,500 per year, and new hardware of your choice

How to apply
Send us your CV and a few lines about a system you built that you are proud of. Our process has three steps: a call with our CTO, a technical conversation with two engineers, and a visit to a store with one of our field technicians.
`,
  ),
  ad(
    'nlp-llm',
    'ai',
    'Junior NLP Engineer (m/w/d)',
    `
Die Kanzleisoft Ruhr GmbH sucht eine Einsteigerin oder einen Einsteiger für unser NLP-Team (vier Personen).

Du trainierst Modelle zur Erkennung von Fristen und Aktenzeichen in Schriftsätzen, pflegst unsere Annotationsdaten und wertest aus, wo die Modelle Fehler machen. Wenn du Erfahrung mit Python, spaCy oder Hugging Face aus dem Studium mitbringst, reicht das für den Anfang.

Wir bieten: unbefristet, Homeoffice, 30 Tage Urlaub, einen Mentor aus dem Team.

Hinweis: Für die Terminplanung der Vorstellungsgespräche nutzen wir einen KI-gestützten Kalenderassistenten.
`,
  ),
];
