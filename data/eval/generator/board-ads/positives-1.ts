// Hand-written ads that ask for AI skills (part 1): ML engineering, data science with ML, computer vision, NLP.
import { ad, type BoardAd } from './ad.js';

export const POSITIVES_1: BoardAd[] = [
  ad(
    'ml-engineer',
    'ai',
    'Machine Learning Engineer (m/w/d) – Predictive Maintenance',
    `
Die Rheinbogen Antriebstechnik GmbH in Duisburg-Hochfeld fertigt seit über 60 Jahren Getriebe für Kräne, Förderanlagen und Schiffe. Rund 480 Kolleginnen und Kollegen arbeiten bei uns – vom Zerspaner bis zur Softwareentwicklerin.

Deine Aufgaben
• Du entwickelst Modelle, die aus Schwingungs- und Temperaturdaten den Verschleiß unserer Getriebe vorhersagen.
• Du baust Feature-Pipelines auf Zeitreihen von mehreren tausend Sensoren auf.
• Du trainierst, validierst und überwachst die Modelle im Betrieb und sprichst mit dem Service über Fehlalarme.
• Du bringst die Modelle gemeinsam mit unserer IT in eine containerisierte Umgebung (Docker, Kubernetes).

Dein Profil
• Studium der Informatik, Mathematik, Elektrotechnik oder vergleichbar
• Mindestens zwei Jahre Berufserfahrung mit maschinellem Lernen auf Zeitreihen
• Sehr gute Kenntnisse in Python, pandas und scikit-learn; Erfahrung mit PyTorch
• Gute Deutsch- und Englischkenntnisse

Wir bieten
• 30 Tage Urlaub, Tarifvertrag IG Metall
• Mobiles Arbeiten bis zu 3 Tage pro Woche
• Jobrad und Kantine mit Blick auf den Rhein

Fragen beantwortet dir Frau Yildiz unter 0203 5589-214. Wir freuen uns auf deine Bewerbung!

Über uns
Die Rheinbogen Antriebstechnik GmbH gehört zu einer mittelständischen Unternehmensgruppe mit Standorten in Deutschland, Polen und Brasilien. Unsere Getriebe laufen in Containerhäfen, Stahlwerken und auf Offshore-Plattformen – und sie sollen das 30 Jahre lang zuverlässig tun. Seit 2021 statten wir sie mit Sensorik aus und bieten unseren Kundinnen und Kunden Zustandsüberwachung als Service an. Das Daten-Team sitzt im neuen Technologiezentrum direkt neben der Montagehalle.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) Energiehandel',
    `
Die Stadtwerke Lippe-Emscher AG versorgen rund 300.000 Menschen zwischen Recklinghausen und Lünen mit Strom, Gas und Wärme.

Ihre Aufgaben:
- Entwicklung und Pflege von Prognosemodellen für Last, Einspeisung aus Photovoltaik und Spotmarktpreise
- Auswahl geeigneter Verfahren (Gradient Boosting, neuronale Netze, klassische Zeitreihenmodelle) und deren Evaluierung
- Überführung der Modelle in den täglichen Betrieb des Handels in enger Abstimmung mit dem IT-Betrieb
- Beratung der Händlerinnen und Händler zur Aussagekraft der Prognosen

Ihr Profil:
- Abgeschlossenes Studium (Master) in Statistik, Physik, Informatik oder Wirtschaftsmathematik
- Fundierte Erfahrung mit Machine Learning in Python (scikit-learn, LightGBM, PyTorch)
- Sicherer Umgang mit SQL und großen Datenmengen
- Interesse an der Energiewirtschaft

Wir bieten:
- Vergütung nach TV-V, betriebliche Altersvorsorge
- Gleitzeit ohne Kernarbeitszeit
- Ein Deutschlandticket als Jobticket

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.

Über uns
Die Stadtwerke Lippe-Emscher AG sind ein kommunales Unternehmen mit 1.100 Beschäftigten. Wir betreiben Netze, Kraftwerke, Bäder und den öffentlichen Nahverkehr in fünf Städten. Unser Handelsbereich beschafft Strom und Gas für unsere Kundinnen und Kunden und vermarktet die Erzeugung aus unseren Wind- und Solarparks. Seit zwei Jahren bauen wir ein eigenes Team für Datenanalysen und Prognosen auf, das inzwischen aus sieben Kolleginnen und Kollegen besteht.

Wie wir arbeiten
Wir arbeiten eng mit den Händlerinnen und Händlern zusammen, sitzen mit ihnen auf einer Etage und stellen jede Woche neue Ergebnisse vor. Code wird bei uns reviewt, Modelle werden versioniert und gegen einfache Referenzverfahren geprüft, bevor sie in den Handel gehen.

Ihre Bewerbung
Bitte bewerben Sie sich über unser Karriereportal. Ansprechpartner ist Dr. Frank Terbeck, Leiter Handel und Beschaffung. Wir nutzen für die Terminvereinbarung im Bewerbungsprozess ein Online-Tool; über Ihre Bewerbung entscheiden Menschen.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Ingenieur (m/w/d) Bildverarbeitung und Deep Learning für die Qualitätsprüfung',
    `
Wer wir sind: Die Kaltwalzwerk Hagen-Haspe GmbH stellt Präzisionsbandstahl für die Automobilindustrie her. Jeder Meter Band wird von Kameras geprüft – und genau da kommst du ins Spiel.

Was du machst:
▪ Du entwickelst und trainierst Deep-Learning-Modelle zur Erkennung von Oberflächenfehlern (Kratzer, Einschlüsse, Walzmarken).
▪ Du baust mit der Qualitätssicherung einen sauberen Datensatz auf und organisierst die Annotation.
▪ Du optimierst die Modelle für die Inferenz auf Industrie-PCs mit GPU (ONNX, TensorRT).
▪ Du misst die Erkennungsleistung im laufenden Betrieb und verbesserst sie kontinuierlich.

Was du mitbringst:
▪ Abgeschlossenes Studium mit Schwerpunkt Computer Vision, Informatik oder Elektrotechnik
▪ Praktische Erfahrung mit CNNs oder Vision Transformern in PyTorch
▪ Spaß an der Arbeit in der Produktion – Sicherheitsschuhe stellen wir

Was wir bieten:
▪ Unbefristete Stelle, 35-Stunden-Woche
▪ Schichtfreie Arbeitszeit, Gleitzeit
▪ Betriebsrestaurant und Werksarzt

Bewerbung bitte an karriere@kaltwalzwerk-haspe.example
`,
  ),
  ad(
    'nlp-llm',
    'ai',
    'NLP Engineer (m/w/d) – Dokumentenverarbeitung für Versicherungen',
    `
Die Ruhrdocs GmbH aus Essen entwickelt Software, die Schadenmeldungen, Gutachten und Arztbriefe für Versicherer automatisch ausliest. Wir sind 35 Leute, davon zwölf im Data-Team.

Deine Aufgaben
– Du entwickelst Modelle zur Klassifikation von Dokumenten und zur Extraktion von Entitäten aus deutschen Texten.
– Du feintunst Transformer-Modelle (BERT-Varianten, kleinere offene LLMs) auf unseren annotierten Daten.
– Du baust Evaluationssets und Metriken auf und vergleichst Ansätze systematisch.
– Du arbeitest mit dem Backend-Team daran, die Modelle skalierbar bereitzustellen.

Das bringst du mit
– Erfahrung im Natural Language Processing, idealerweise mit deutschsprachigen Texten
– Sehr gute Python-Kenntnisse, Hugging Face Transformers, PyTorch
– Verständnis für Datenschutz bei sensiblen Daten

Das bieten wir
– Remote-first mit Büro in Essen-Rüttenscheid
– 60.000–78.000 € Jahresgehalt, je nach Erfahrung
– 2.000 € Weiterbildungsbudget pro Jahr
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Wissenschaftliche*r Mitarbeiter*in (m/w/d) – Maschinelles Lernen für Materialforschung (E 13 TV-L, 75 %)',
    `
An der Fakultät für Maschinenbau der Universität Emscher-Lippe ist am Lehrstuhl für Werkstoffinformatik zum nächstmöglichen Zeitpunkt eine Stelle zu besetzen. Die Stelle ist auf drei Jahre befristet; die Gelegenheit zur Promotion ist gegeben.

Aufgaben:
1. Entwicklung von Verfahren des maschinellen Lernens zur Vorhersage mechanischer Eigenschaften aus Gefügebildern
2. Aufbau einer Datenbank aus Mikroskopaufnahmen und Versuchsergebnissen
3. Veröffentlichung der Ergebnisse in Fachzeitschriften und auf Konferenzen
4. Mitwirkung in der Lehre (2 SWS)

Einstellungsvoraussetzungen:
1. Abgeschlossenes wissenschaftliches Hochschulstudium (Master oder Diplom) in Werkstoffwissenschaft, Physik, Informatik oder verwandten Fächern
2. Kenntnisse in Python und in mindestens einem Framework für Deep Learning
3. Bereitschaft zur interdisziplinären Zusammenarbeit

Die Universität strebt eine Erhöhung des Anteils von Frauen in Wissenschaft an und fordert Frauen ausdrücklich zur Bewerbung auf. Bewerbungen geeigneter schwerbehinderter und gleichgestellter Menschen sind erwünscht.

Bewerbungsschluss: 15.01. Kennziffer 412/26.
`,
  ),
  ad(
    'mlops',
    'ai',
    'MLOps Engineer (m/w/d)',
    `
Wir sind die Datenplattform-Einheit der Westfalenring Versicherungsgruppe in Dortmund. Unser Data-Science-Team hat über 40 Modelle im Einsatz – von der Betrugserkennung bis zur Tarifierung. Damit die auch in Zukunft zuverlässig laufen, suchen wir Verstärkung.

Aufgaben
* Aufbau und Betrieb unserer ML-Plattform (MLflow, Kubernetes, Airflow) in der Azure-Cloud
* Automatisierung von Training, Deployment und Monitoring von Machine-Learning-Modellen
* Einführung von Model-Drift-Überwachung und Reproduzierbarkeit für die Aufsicht (BaFin)
* Unterstützung der Data Scientists beim Weg vom Notebook in die Produktion

Profil
* Mehrjährige Erfahrung als DevOps-, Data- oder ML-Engineer
* Gute Kenntnisse in Python, Docker, Terraform und CI/CD
* Verständnis für den Lebenszyklus von ML-Modellen

Benefits
* 38-Stunden-Woche, Gleitzeit, bis zu 80 % mobiles Arbeiten
* Tarifvertrag der Versicherungswirtschaft
* Betriebliche Krankenversicherung
`,
  ),
  ad(
    'working-student-ai',
    'ai',
    'Werkstudent*in Machine Learning (m/w/d) – 20 Std./Woche',
    `
Hey! Wir sind Kumpelcode, ein Software-Start-up aus Bochum mit 18 Leuten. Wir bauen eine App, die Handwerksbetrieben hilft, Angebote schneller zu schreiben.

Was du bei uns machst:
→ Du hilfst beim Training eines Modells, das aus Fotos von Baustellen Materialmengen schätzt.
→ Du bereitest Bilddaten auf, schreibst Trainingsskripte und wertest Experimente aus.
→ Du präsentierst deine Ergebnisse im Team-Weekly.

Was du mitbringst:
→ Eingeschriebenes Studium in Informatik, Data Science oder ähnlichem
→ Erste Erfahrungen mit PyTorch oder TensorFlow (Uni-Projekte zählen!)
→ Mindestens noch 12 Monate Studium vor dir

Was wir bieten:
→ 17 €/Stunde, flexible Zeiten rund um deine Klausuren
→ Büro direkt an der U35
→ Gutes Team, gute Snacks

Ein paar Worte zu uns: Kumpelcode wurde 2023 von drei Leuten gegründet, die selbst aus Handwerksfamilien kommen. Wir haben inzwischen 300 Betriebe als Kundinnen und Kunden, eine Seed-Finanzierung und ein Büro im Bochumer Westend, in dem freitags gemeinsam gekocht wird. Wenn du dich bewirbst, schick uns einfach deinen Lebenslauf und ein, zwei Sätze dazu, was dich an dem Thema reizt – ein klassisches Anschreiben brauchen wir nicht. Wir melden uns innerhalb einer Woche und laden dich zu einem lockeren Gespräch ein, bei dem du auch unsere Entwicklerinnen und Entwickler kennenlernst.
`,
  ),
  ad(
    'phd-ai',
    'ai',
    'PhD Position (f/m/d) in Reinforcement Learning for Energy Systems',
    `
The Institute for Energy Systems Engineering at Ruhr Technical University Dortmund-Nord invites applications for a fully funded PhD position (TV-L E13, 100 %, 3 years).

About the project
The project GRIDMIND develops reinforcement learning agents that control batteries and heat pumps in distribution grids. You will work with two utility partners from the Ruhr area and have access to real grid measurements.

Your tasks
- Design and implement reinforcement learning algorithms for multi-agent control
- Build simulation environments for training and benchmarking
- Publish at international venues (NeurIPS, ICLR, e-Energy)
- Supervise student theses

Your profile
- Excellent master's degree in computer science, electrical engineering, mathematics or related field
- Solid background in machine learning; experience with deep RL is a strong asset
- Strong programming skills in Python (PyTorch or JAX)
- Very good English; German is not required

We offer an international team, flexible working hours and a generous travel budget. Please send your CV, transcripts and a one-page research statement by 31 January.

About the institute
The Institute for Energy Systems Engineering has 45 researchers working on grids, storage and sector coupling. We run a laboratory with real batteries, heat pumps and a grid emulator, so your algorithms can leave the simulator. The university is located in the north of Dortmund and can be reached by tram from the main station in 15 minutes.

Equal opportunities
The university is committed to equal opportunities and diversity. Applications from women are particularly welcome and will be given preference in case of equal qualification, aptitude and professional performance, unless there are overriding reasons in favour of another candidate. Applications from suitable severely disabled persons are also welcome.

Data protection
By submitting your application you agree that we store and process your data for the purpose of the selection procedure. Your data will be deleted after the procedure has been completed.
`,
  ),
  ad(
    'ai-product-engineer',
    'ai',
    'AI Engineer (m/w/d) – LLM-Anwendungen',
    `
Die Kanalhafen Software GmbH entwickelt seit 2009 Branchensoftware für Speditionen. Jetzt bauen wir einen Assistenten, der Frachtaufträge aus E-Mails und PDFs automatisch erfasst.

Deine Aufgaben
• Konzeption und Entwicklung von LLM-basierten Pipelines (Extraktion, Retrieval-Augmented Generation, Tool Calling)
• Aufbau von Evaluationsdatensätzen und automatisierten Tests für die Antwortqualität
• Auswahl, Fine-Tuning und Betrieb offener Sprachmodelle auf eigener Hardware
• Zusammenarbeit mit Produktmanagement und Kunden-Pilotprojekten

Dein Profil
• Mehrjährige Erfahrung in der Softwareentwicklung mit Python
• Praktische Erfahrung mit LLMs, Embeddings und Vektordatenbanken (z. B. pgvector, Qdrant)
• Verständnis für die Grenzen von Sprachmodellen und für saubere Evaluation

Wir bieten
• Unbefristeter Vertrag, 30 Urlaubstage
• Arbeitsplatz in Gelsenkirchen oder 100 % remote innerhalb Deutschlands
• Moderne Hardware, eigene GPU-Server

Bewerbung gerne ohne Anschreiben – ein kurzer Hinweis auf ein Projekt, auf das du stolz bist, genügt.
`,
  ),
  ad(
    'robotics-perception',
    'ai',
    'Robotics Perception Engineer (m/w/d)',
    `
Grubenlicht Robotics entwickelt autonome Inspektionsroboter für Kanäle, Tunnel und stillgelegte Schächte. Unser Team in Bochum wächst.

Aufgaben:
- Entwicklung von Algorithmen zur 3D-Wahrnehmung aus Lidar- und Kameradaten
- Training und Evaluation neuronaler Netze zur Erkennung von Rissen, Korrosion und Hindernissen
- Integration in ROS 2 und Test auf unseren Robotern im Feld
- Sensorfusion und Lokalisierung in GPS-freien Umgebungen

Profil:
- Studium in Robotik, Informatik, Elektrotechnik oder vergleichbar
- Erfahrung mit Deep Learning für Computer Vision (PyTorch), Punktwolken und C++
- Bereitschaft zu gelegentlichen Feldtests (mit Schutzausrüstung, versteht sich)

Wir bieten faire Bezahlung, eine Werkstatt voller Spielzeug und ein Team, das gern Probleme löst.
`,
  ),
  ad(
    'medical-imaging-research',
    'ai',
    'Postdoc (m/w/d) KI in der medizinischen Bildgebung',
    `
Das Institut für Diagnostische und Interventionelle Radiologie des Klinikums Essen-Nord sucht zum 01.04. eine Postdoktorandin / einen Postdoktoranden.

Ihre Aufgaben
• Entwicklung und Validierung von Deep-Learning-Verfahren zur Segmentierung von Tumoren in CT- und MRT-Daten
• Aufbau multizentrischer Datensätze gemeinsam mit Partnerkliniken
• Leitung von Teilprojekten und Betreuung von Doktorandinnen und Doktoranden
• Einwerbung von Drittmitteln (DFG, BMBF)

Ihr Profil
• Promotion in Informatik, Medizininformatik, Physik oder Medizin mit technischem Schwerpunkt
• Publikationen im Bereich Medical Image Analysis
• Sehr gute Kenntnisse in Python, PyTorch und MONAI

Wir bieten
• Vergütung nach TV-L E 14
• Befristung auf zunächst 3 Jahre
• Zugang zu einem GPU-Cluster und zu klinischen Daten unter Einhaltung des Datenschutzes

Bitte bewerben Sie sich über unser Online-Portal unter Angabe der Kennziffer RAD-2026-07.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Senior Data Scientist (m/w/d) Customer Analytics',
    `
Bei Kaufhaus Kettwig Online, dem Onlineshop für Wohnaccessoires mit Sitz in Essen, kaufen jedes Jahr über eine Million Kundinnen und Kunden ein.

Deine Aufgaben:
✓ Du entwickelst Modelle zur Abwanderungsprognose und zum Customer Lifetime Value.
✓ Du baust unser Empfehlungssystem für Produktvorschläge weiter aus und testest es in A/B-Tests.
✓ Du führst jüngere Data Scientists fachlich.
✓ Du übersetzt Ergebnisse in Empfehlungen für Marketing und Einkauf.

Dein Profil:
✓ 5+ Jahre Erfahrung in Data Science mit Machine-Learning-Modellen in Produktion
✓ Python, SQL, Spark; Erfahrung mit Recommender Systems
✓ Souveräne Kommunikation gegenüber Fachbereichen

Unser Angebot:
✓ Hybrides Arbeiten, Büro am Essener Hauptbahnhof
✓ 30 Tage Urlaub, 25 % Mitarbeiterrabatt
✓ Firmenfeiern, die ihren Namen verdienen
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Machine Learning Engineer (all genders) – Remote möglich',
    `
Über uns: Halde Analytics ist ein SaaS-Anbieter für Einzelhändler. Unsere Software plant Bestellmengen für über 2.000 Filialen in Europa.

Deine Mission
- Du verbesserst unsere Absatzprognose-Modelle (Gradient Boosting, Deep Learning für Zeitreihen).
- Du entwickelst Feature Engineering für Wetter, Feiertage und Aktionen.
- Du betreibst die Trainingspipelines auf AWS und sorgst für stabile tägliche Läufe.
- Du teilst Wissen in Code-Reviews und Paper-Clubs.

Was du mitbringst
- Erfahrung mit Python, scikit-learn, LightGBM oder PyTorch
- Kenntnisse in Statistik und in der Evaluation von Prognosen
- Freude an sauberem, getestetem Code

Was wir dir bieten
- Gehalt 65–85 T€
- Remote in Deutschland, Teamtreffen einmal im Monat in Dortmund
- Urlaubsgeld und 4.000 € Homeoffice-Budget beim Start
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Computer Vision Engineer (m/w/d) – Logistikautomatisierung',
    `
Die Paketweg Systems GmbH aus Unna entwickelt Roboterzellen, die Pakete aus Gitterboxen greifen und sortieren.

Aufgaben:
• Entwicklung von Modellen zur Objekterkennung und Instanzsegmentierung für unbekannte Packstücke
• Generierung synthetischer Trainingsdaten und Domänenadaption
• Optimierung der Modelle für Echtzeit auf NVIDIA-Jetson-Modulen
• Inbetriebnahme bei Kunden gemeinsam mit dem Servicetechniker

Anforderungen:
• Studium der Informatik, Mechatronik oder vergleichbar
• Erfahrung mit Computer Vision, PyTorch und OpenCV
• Grundkenntnisse in C++ und ROS
• Reisebereitschaft ca. 10 %

Wir bieten eine unbefristete Anstellung, Firmenwagen bei Reisetätigkeit und 30 Tage Urlaub.
`,
  ),
  ad(
    'nlp-llm',
    'ai',
    'Senior LLM Engineer (m/f/d)',
    `
Zollverein Labs is a 60-person software company in Essen building a compliance assistant for banks.

What you'll do
• Own the retrieval and generation pipeline of our assistant (RAG, re-ranking, guardrails)
• Fine-tune open-weight language models with LoRA on domain data
• Build offline and online evaluation for factuality and citation accuracy
• Work with our security team to keep customer data inside the EU

What you bring
• 4+ years of software engineering, 2+ years with NLP or LLM systems in production
• Python, PyTorch, Hugging Face, vector search
• Clear written communication in English; German is a plus, not a must

What we offer
• €80k–€100k + virtual shares
• Hybrid: 2 days a week in our office in the former colliery
• 30 days of vacation, visa support and relocation help
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Wissenschaftlicher Mitarbeiter (m/w/d) Erklärbare künstliche Intelligenz',
    `
Das Fraunhofer-ähnliche Forschungsinstitut für Produktionsdaten (FPD) in Dortmund betreibt anwendungsorientierte Forschung für die Industrie.

Was Sie bei uns tun
In unserer Abteilung »Lernende Systeme« entwickeln Sie Methoden, mit denen Entscheidungen von Modellen der künstlichen Intelligenz für Fachkräfte in der Produktion nachvollziehbar werden. Sie implementieren Verfahren wie SHAP oder kontrafaktische Erklärungen, übertragen sie auf Industrieprojekte und evaluieren sie in Nutzerstudien. Sie schreiben Projektanträge mit und präsentieren Ergebnisse bei Kunden und auf Tagungen.

Was Sie mitbringen
Abgeschlossenes Masterstudium in Informatik oder Data Science, fundierte Kenntnisse im maschinellen Lernen, Programmiererfahrung in Python, Freude an der Zusammenarbeit mit Industriepartnern.

Was Sie erwarten können
Vergütung nach TVöD Bund, flexible Arbeitszeiten, die Möglichkeit zur Promotion in Kooperation mit einer Universität.

Wir wertschätzen und fördern die Vielfalt der Kompetenzen unserer Mitarbeitenden.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (w/m/d) im Gesundheitswesen',
    `
Die Betriebskrankenkasse Emscher-Ruhr (BKK ER) versichert rund 200.000 Menschen. In unserem Team Versorgungsanalytik bauen wir Modelle, die Versicherte mit erhöhtem Risiko früh erkennen, damit wir ihnen passende Präventionsangebote machen können.

Ihre Aufgaben:
· Entwicklung, Validierung und Dokumentation von Risikomodellen mit Verfahren des maschinellen Lernens
· Prüfung der Modelle auf Verzerrungen (Fairness) und Erklärbarkeit
· Zusammenarbeit mit Datenschutz und Medizinischem Dienst
· Aufbereitung der Ergebnisse für Vorstand und Fachabteilungen

Ihr Profil:
· Studium der Statistik, Epidemiologie, Data Science oder vergleichbar
· Erfahrung mit R oder Python und mit Klassifikationsmodellen
· Kenntnisse von Routinedaten der GKV sind hilfreich

Wir bieten:
· Sicherer Arbeitsplatz, Vergütung nach BKK-Tarif
· 39 Stunden, Gleitzeit, mobiles Arbeiten
· Standort Bochum-Mitte, 5 Minuten vom Bahnhof
`,
  ),
  ad(
    'working-student-ai',
    'ai',
    'Studentische Hilfskraft (SHK/WHK) Deep Learning – 8 bis 10 Std./Woche',
    `
Die Arbeitsgruppe Maschinelles Sehen der Hochschule Westliches Ruhrgebiet in Mülheim an der Ruhr sucht studentische Unterstützung.

Aufgaben: Implementierung und Training von Segmentierungsnetzen für Luftbilder von Dachflächen, Durchführung von Experimenten auf unserem GPU-Server, Dokumentation.

Voraussetzungen: Immatrikulation in einem Bachelor- oder Masterstudiengang, Python-Kenntnisse, erste Erfahrung mit PyTorch oder Keras.

Vergütung nach den Sätzen für studentische Hilfskräfte. Die Arbeit ist gut mit einer Abschlussarbeit kombinierbar.

Kurze Bewerbung (Lebenslauf, Notenübersicht) per E-Mail an Prof. Dr. Brenner.
`,
  ),
  ad(
    'mlops',
    'ai',
    'Platform Engineer (m/w/d) Machine Learning Infrastructure',
    `
Wer wir sind
Die Ruhrstrom Netz GmbH betreibt das Stromverteilnetz in 14 Kommunen zwischen Herne und Hamm. Unser Team „Daten & Algorithmen“ entwickelt Modelle für Netzplanung und Störungsprognose.

Deine Aufgaben
• Du betreibst unsere Trainings- und Inferenzinfrastruktur (GPU-Knoten on premises, Kubeflow, MLflow).
• Du baust automatisierte Pipelines für Retraining, Validierung und Rollout neuer Modellversionen.
• Du sorgst für Monitoring von Datenqualität und Modellgüte.
• Du bist Ansprechpartner der Data Scientists für alle Fragen rund ums Deployment.

Dein Profil
• Erfahrung mit Kubernetes, Linux und Infrastructure as Code
• Erfahrung im Betrieb von Machine-Learning-Systemen
• Sicherheitsbewusstsein (KRITIS)

Wir bieten
• TV-V, 38 Stunden, 30 Tage Urlaub + 24.12. und 31.12. frei
• Unbefristete Anstellung
• Betriebliche Altersversorgung
`,
  ),
  ad(
    'ai-developer',
    'ai',
    'KI-Entwickler (m/w/d) für Sprachassistenz in der Pflege',
    `
Die Pflegesoftware Ruhr GmbH aus Herne entwickelt Dokumentationssoftware für ambulante Pflegedienste. Unser nächstes Projekt: Pflegekräfte sollen Einträge per Sprache erfassen können.

Ihre Aufgaben
- Entwicklung der Spracherkennung und der Extraktion pflegerischer Fachbegriffe mit Deep-Learning-Modellen
- Anpassung offener Modelle (z. B. Whisper) an Dialekte und Fachsprache durch Fine-Tuning
- Aufbau eines Testkorpus gemeinsam mit Pflegekräften
- Betrieb der Modelle datenschutzkonform in einem deutschen Rechenzentrum

Ihr Profil
- Studium der Informatik, Computerlinguistik oder vergleichbar
- Erfahrung mit Spracherkennung oder NLP
- Python, PyTorch

Wir bieten einen sinnvollen Job, ein kleines Team und 32 Stunden bei vollem Gehalt.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Junior Data Scientist (m/w/d)',
    `
Wir, die Hellweg Logistik Services GmbH in Kamen, steuern jeden Tag 900 Lkw durch Europa. Für unsere neue Data-Science-Einheit suchen wir eine Einsteigerin oder einen Einsteiger.

Aufgaben
- Du entwickelst mit uns Modelle, die Ankunftszeiten und Standzeiten an Rampen vorhersagen.
- Du testest verschiedene Verfahren des maschinellen Lernens und vergleichst sie mit unseren heutigen Faustregeln.
- Du visualisierst Ergebnisse für die Disposition.

Profil
- Abgeschlossenes Studium (Bachelor oder Master) mit quantitativem Schwerpunkt
- Python, SQL; erste Projekte mit scikit-learn oder XGBoost
- Lust auf Logistik und auf Menschen, die seit 30 Jahren disponieren

Wir bieten: Einarbeitung mit Mentor, Weiterbildung, unbefristeter Vertrag, Kantine, kostenfreie Parkplätze.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Machine Learning Engineer (m/w/d) Fraud Detection',
    `
Die Zahlwerk Payment GmbH mit Sitz in Dortmund verarbeitet Kartenzahlungen für über 15.000 Händler.

Aufgaben:
— Entwicklung von Modellen zur Betrugserkennung in Echtzeit (Graph-Features, Gradient Boosting, Anomalieerkennung)
— Optimierung von Latenz und Durchsatz der Inferenz im Zahlungsfluss
— Zusammenarbeit mit dem Risikoteam bei der Analyse neuer Betrugsmuster
— Überwachung der Modellgüte und regelmäßiges Retraining

Anforderungen:
— Mehrjährige Erfahrung mit Machine Learning in Produktion
— Python und Java oder Kotlin
— Kenntnisse im Umgang mit unbalancierten Daten

Benefits: 40 Stunden, 30 Tage Urlaub, Hybrid-Arbeit, Bonus, Jobrad.

Über uns
Zahlwerk wurde 2011 in Dortmund gegründet und beschäftigt heute 260 Menschen an drei Standorten. Wir sind von der BaFin als Zahlungsinstitut zugelassen und verarbeiten jedes Jahr mehr als 400 Millionen Transaktionen. Unser Risk-Engineering-Team besteht aus elf Leuten aus sieben Ländern, die Teamsprache ist Englisch.

Wie wir arbeiten
Wir deployen mehrmals am Tag, Modelle werden in Shadow Mode getestet, bevor sie Entscheidungen treffen. Jede Woche gibt es ein Review der Fehlalarme mit dem Betrugsteam, und einmal im Quartal eine Hack-Week, in der jede und jeder an eigenen Ideen arbeitet.

Bewerbungsprozess
Ein Gespräch mit unserer Recruiterin, ein technisches Gespräch mit zwei Engineers (kein Leetcode, sondern ein Gespräch über ein Modell, das du gebaut hast) und ein Kennenlernen im Team. Wir verwenden bei der Vorauswahl keine automatisierten Verfahren.
`,
  ),
  ad(
    'phd-ai',
    'ai',
    'Doktorandin / Doktorand (m/w/d) – Graph Neural Networks für Verkehrsprognosen',
    `
Im Graduiertenkolleg „Mobilität im Ballungsraum“ der Universität Duisburg-Rheinhausen ist eine Promotionsstelle (TV-L E13, 75 %, 3 Jahre) zu besetzen.

Sie entwickeln Graph Neural Networks, die aus Zählstellen-, Ticket- und Wetterdaten Verkehrsaufkommen im Straßen- und Nahverkehr vorhersagen. Dabei arbeiten Sie eng mit einem regionalen Verkehrsverbund zusammen, der die Modelle erproben möchte.

Wir erwarten einen überdurchschnittlichen Masterabschluss in Informatik, Mathematik, Verkehrswesen oder Data Science, Erfahrung mit Deep Learning (PyTorch Geometric oder DGL) sowie sehr gute Englischkenntnisse.

Wir bieten strukturierte Promotionsbetreuung, Konferenzreisen und ein Kolleg mit 14 Promovierenden aus sechs Ländern.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Entwicklungsingenieur (m/w/d) KI-basierte Bildverarbeitung',
    `
Die Schweißtechnik Witten GmbH ist Hersteller von Schweißrobotern für den Stahlbau.

Ihre Aufgaben:
- Entwicklung KI-basierter Verfahren zur Nahterkennung und Nahtverfolgung aus Kamerabildern
- Training neuronaler Netze mit Daten aus Kundenanlagen
- Integration in die Robotersteuerung in C++
- Validierung der Verfahren im Versuchsfeld

Ihr Profil:
- Studium Elektrotechnik, Informatik oder Mechatronik
- Erfahrung mit Computer Vision und Deep Learning
- Hands-on-Mentalität

Unser Angebot: Tarifbindung, Weiterbildungsakademie, betriebliche Altersvorsorge, Kantine mit Subventionen.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Research Scientist (m/w/d) Large Language Models',
    `
Das Institut für Angewandte Sprachtechnologie (IAS) e. V. in Bochum forscht an vertrauenswürdigen Sprachmodellen für Verwaltung und Justiz.

Aufgaben:
• Sie entwickeln Methoden zur Verbesserung der Faktentreue großer Sprachmodelle (Retrieval, Kalibrierung, Attribution).
• Sie trainieren und evaluieren Modelle auf deutschen Verwaltungs- und Rechtstexten.
• Sie leiten ein kleines Team aus Doktorandinnen und Doktoranden fachlich an.
• Sie publizieren auf ACL, EMNLP und NAACL.

Anforderungen:
• Promotion in Informatik, Computerlinguistik oder verwandtem Fach
• Publikationen im Bereich NLP
• Erfahrung mit verteiltem Training auf GPU-Clustern

Wir bieten TV-L E14, eine unbefristete Perspektive nach zwei Jahren und flexible Arbeitszeiten.
`,
  ),
  ad(
    'ai-product-engineer',
    'ai',
    'Software Engineer (m/w/d) – KI-Funktionen in unserer Plattform',
    `
Die Lohnbüro24 GmbH entwickelt Lohnabrechnungssoftware für kleine und mittlere Unternehmen. Hauptsitz ist Oberhausen, das Team arbeitet verteilt.

Was dich erwartet
Wir integrieren KI-Funktionen in unser Produkt: Belege werden automatisch erkannt, Rückfragen von Kundinnen beantwortet ein Assistent, der auf unseren Hilfeartikeln beruht. Du entwirfst und entwickelst diese Funktionen: Du baust die Retrieval-Pipeline, entwickelst Prompts und Evaluationen, trainierst kleinere Klassifikationsmodelle für Belegarten und misst, ob die Modelle im Alltag wirklich helfen.

Was du mitbringst
Mehrjährige Erfahrung in TypeScript oder Python, Erfahrung mit ML-Modellen oder LLM-Anwendungen in Produktion, einen kritischen Blick auf Fehlerquoten.

Was wir bieten
Remote-Arbeit, vier Teamwochen im Jahr, 30 Tage Urlaub, 68–82 T€.
`,
  ),
  ad(
    'robotics-perception',
    'ai',
    'Ingenieur*in (m/w/d) Umfelderkennung für autonome Landmaschinen',
    `
Die Feldwerk Automation GmbH mit Sitz in Haltern am See entwickelt autonome Feldroboter für Gemüsebaubetriebe.

Ihr Aufgabengebiet
1) Entwicklung und Training von Modellen zur Erkennung von Pflanzen, Unkraut und Hindernissen
2) Fusion von Kamera-, Radar- und GNSS-Daten
3) Planung von Datenaufnahmen auf dem Feld, Annotation und Qualitätskontrolle der Trainingsdaten
4) Absicherung der Erkennungsleistung für die funktionale Sicherheit

Ihr Profil
1) Studium der Informatik, Robotik oder Agrartechnik
2) Erfahrung mit Deep Learning (PyTorch) und ROS 2
3) Führerschein Klasse B

Wir bieten ein junges Team auf einem alten Bauernhof, Bezahlung nach Erfahrung, 30 Tage Urlaub und frisches Gemüse.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) Produktion – Schwerpunkt Machine Learning',
    `
Die Chemiepark Marl Services GmbH betreibt Infrastruktur für 20 Unternehmen im Chemiepark.

Ihre Aufgaben
– Analyse von Prozessdaten aus Leitsystemen und Laboren
– Entwicklung von Machine-Learning-Modellen zur Vorhersage von Produktqualität (Soft Sensors)
– Validierung der Modelle mit Verfahrensingenieuren, Überführung in den Betrieb
– Schulung von Kolleginnen und Kollegen in datengetriebenen Methoden

Ihr Profil
– Promotion oder Master in Verfahrenstechnik, Chemie, Physik oder Data Science
– Erfahrung mit Python (pandas, scikit-learn) und mit Prozessdaten
– Teamfähigkeit und Durchsetzungsvermögen

Wir bieten: Tarif Chemie, 37,5 Stunden, Werksfeuerwehr in der Nähe, Sportangebote im Werk.
`,
  ),
  ad(
    'working-student-ai',
    'ai',
    'Working Student AI Engineering (m/f/d)',
    `
Steigerwerk is a Dortmund start-up building AI software that checks construction plans against building codes.

As a working student you will:
- help train and evaluate our models for reading floor plans (object detection, OCR)
- write data-cleaning and labelling tools
- run experiments and present results to the team

You have:
- enrolment in computer science, data science or similar
- Python and basic deep learning knowledge (PyTorch)
- 15–20 hours per week

We pay €18/hour and offer flexible hours and a desk near Dortmund's main station.
`,
  ),
  ad(
    'nlp-llm',
    'ai',
    'Computerlinguist*in (m/w/d) – Sprachmodelle für die Kundenkommunikation',
    `
Die Verkehrsbetriebe Ruhr-Mitte (VRM) wollen Fahrgastanfragen schneller beantworten. Dafür bauen wir ein eigenes Team auf.

Was Sie tun:
• Sie entwickeln und trainieren Modelle zur Klassifikation von Fahrgastanfragen und zur Erkennung von Anliegen.
• Sie bauen ein Frage-Antwort-System auf Basis eines Sprachmodells auf, das unsere Tarif- und Fahrplaninformationen nutzt.
• Sie legen Testfragen an und bewerten regelmäßig die Antwortqualität.
• Sie arbeiten mit dem Kundenservice, dem Datenschutz und der IT zusammen.

Was Sie mitbringen:
• Studium der Computerlinguistik, Informatik oder vergleichbar
• Kenntnisse in NLP, Python und Transformer-Modellen

Was wir bieten: TV-N NW, Deutschlandticket kostenlos, Gleitzeit.
`,
  ),
  ad(
    'ml-engineer',
    'ai',
    'Senior Machine Learning Engineer (m/w/d) – Recommendation',
    `
Stadionfunk ist die Streaming-App für Amateurfußball im Ruhrgebiet: 800 Vereine, jedes Wochenende tausende Spiele.

Aufgaben:
→ Entwicklung unseres Empfehlungssystems für Spiele, Clips und Vereine
→ Aufbau von Embeddings aus Nutzerverhalten und Videoinhalten
→ Offline-Evaluation und Online-Experimente
→ Mentoring von zwei Junior-Engineers

Anforderungen:
→ 5+ Jahre Erfahrung mit Recommender Systems oder Ranking
→ Python, PyTorch, Spark
→ Freude am Amateurfußball hilft, ist aber kein Muss

Wir bieten: VSOP, Remote oder Büro in Gelsenkirchen, Tickets für Spiele deiner Wahl.
`,
  ),
  ad(
    'ai-research',
    'ai',
    'Juniorprofessur (W1 mit Tenure Track nach W2) für Maschinelles Lernen',
    `
An der Fakultät für Informatik der Universität Emscher-Lippe ist eine Juniorprofessur für Maschinelles Lernen zu besetzen.

Die Stelleninhaberin / der Stelleninhaber soll das Fach in Forschung und Lehre vertreten. Gesucht wird eine Persönlichkeit mit ausgewiesener Forschung in einem Gebiet des maschinellen Lernens, z. B. statistische Lerntheorie, Deep Learning, probabilistische Modelle oder Lernen mit wenigen Daten. Erwartet werden Beteiligung an den Bachelor- und Masterstudiengängen der Informatik und Data Science sowie die Bereitschaft zur Zusammenarbeit im Forschungsschwerpunkt „Vertrauenswürdige KI“.

Einstellungsvoraussetzungen nach § 36 HG NRW: abgeschlossenes Hochschulstudium, pädagogische Eignung, besondere Befähigung zu wissenschaftlicher Arbeit, nachgewiesen durch eine herausragende Promotion.

Bewerbungen mit Lebenslauf, Schriftenverzeichnis, Lehrkonzept und Forschungskonzept bis zum 28.02. an die Dekanin.
`,
  ),
  ad(
    'ai-developer',
    'ai',
    'KI-Ingenieur (m/w/d) Energie und Gebäude',
    `
Die Quartierswärme Bottrop GmbH plant und betreibt Wärmenetze. Wir wollen unsere Netze mit lernenden Regelungen effizienter fahren.

Aufgaben: Sie entwickeln und trainieren Modelle, die den Wärmebedarf von Quartieren vorhersagen, und erproben modellprädiktive und lernende Regelungen für Pumpen und Speicher. Sie werten Messdaten aus, validieren die Modelle mit unseren Netzmeistern und bringen sie auf die Leittechnik.

Profil: Studium der Energietechnik, Informatik oder Regelungstechnik; Erfahrung mit maschinellem Lernen und Python; Freude an Anlagen, die man anfassen kann.

Wir bieten: 39 Stunden, TV-V, Dienstfahrrad, ein sinnvolles Projekt für die Wärmewende.
`,
  ),
  ad(
    'data-scientist',
    'ai',
    'Data Scientist (m/w/d) – Teilzeit möglich',
    `
Das Marktforschungsinstitut Panorama Ruhr mit Sitz in Hattingen befragt jedes Jahr über 100.000 Menschen für Handel und Kommunen.

Aufgaben:
- Entwicklung von Modellen zur automatischen Kodierung offener Antworten (Textklassifikation mit Sprachmodellen)
- Aufbau von Modellen zur Gewichtung und Imputation
- Qualitätssicherung der Kodierung gegen manuell kodierte Stichproben

Profil:
- Studium der Statistik, Sozialwissenschaften mit Methodenschwerpunkt oder Informatik
- Erfahrung mit Textklassifikation und maschinellem Lernen in R oder Python
- Sorgfalt

Wir bieten: 20 bis 39 Stunden, Gleitzeit, kleine Teams, Kaffee aus der Rösterei nebenan.
`,
  ),
  ad(
    'mlops',
    'ai',
    'DevOps Engineer (m/w/d) für KI-Modelle in der Radiologie',
    `
Die Radiologienetz Westfalen GmbH betreibt 22 radiologische Praxen und entwickelt eigene Software zur Befundunterstützung.

Deine Aufgaben
• Du betreibst unsere Inferenzserver für Deep-Learning-Modelle (Triton, Kubernetes) in unseren Praxisrechenzentren.
• Du automatisierst Training, Versionierung und Freigabe der Modelle nach den Vorgaben der Medizinprodukteverordnung (MDR).
• Du überwachst Modellgüte und Datenverschiebungen zwischen Gerätetypen.

Dein Profil
• Erfahrung mit Kubernetes, GPU-Betrieb und CI/CD
• Verständnis für den Lebenszyklus von ML-Modellen; Erfahrung mit regulierten Umgebungen ist hilfreich

Wir bieten: Arbeitsplatz in Dortmund, mobiles Arbeiten, Weiterbildung, 30 Tage Urlaub.
`,
  ),
];
