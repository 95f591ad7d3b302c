// Hold-out ads that ask for AI skills: the role builds, trains, researches, evaluates or deploys AI systems.
import { ad, type BoardAd } from '../board-ads/ad.js';

export const HOLDOUT_POSITIVES: BoardAd[] = [
  ad(
    'research-federated',
    'ai',
    'Wissenschaftliche*r Mitarbeiter*in (w/m/d) – Verteiltes Lernen in Krankenhausnetzen',
    `
Am Lehrstuhl für Verteilte Systeme der Universität Paderborn ist zum 1. März eine Stelle (E 13 TV-L, 100 %, befristet auf drei Jahre) zu besetzen. Promotion ist ausdrücklich erwünscht.

Im Verbundprojekt MedFed trainieren fünf Kliniken gemeinsam Modelle, ohne Patientendaten auszutauschen. Sie entwerfen Verfahren des föderierten Lernens, die mit sehr unterschiedlich verteilten Daten umgehen, untersuchen Angriffe auf die Modellaktualisierungen (Membership Inference) und setzen Differential Privacy praktisch um. Die Ergebnisse veröffentlichen Sie auf internationalen Konferenzen.

Sie haben ein sehr gut abgeschlossenes Masterstudium in Informatik, Mathematik oder einem verwandten Fach, programmieren sicher in Python und kennen sich mit Optimierungsverfahren aus.

Bewerbungen mit Zeugnissen bis zum 15. Januar an Prof. Dr. Lena Hoffstede.
`,
  ),
  ad(
    'research-rl',
    'ai',
    'Doktorandin / Doktorand (w/m/d) Regelung von Wärmenetzen',
    `
Das Fraunhofer-Institut für Energieinfrastrukturen in Bochum sucht eine Doktorandin oder einen Doktoranden für drei Jahre.

Fernwärmenetze werden heute nach festen Kennlinien gefahren. In Ihrer Promotion lernt ein Agent per Reinforcement Learning, Vorlauftemperaturen und Speicher so zu steuern, dass Verluste sinken. Sie bauen dafür eine Simulationsumgebung auf, trainieren und vergleichen Policies (PPO, SAC, modellbasierte Verfahren) und übertragen das beste Verfahren auf ein reales Netz in Dinslaken.

Mitbringen sollten Sie einen Master in Regelungstechnik, Informatik oder Physik, gute Kenntnisse in Python und Freude am wissenschaftlichen Schreiben.
`,
  ),
  ad(
    'research-bayes',
    'ai',
    'Postdoc (m/w/d) Probabilistische Modelle für Materialprüfung',
    `
Die Arbeitsgruppe Statistische Lernverfahren an der TU Dortmund besetzt eine Postdoc-Stelle (E 14, zwei Jahre).

Wir entwickeln bayessche Modelle, die aus wenigen Ultraschallmessungen auf Risse in Schweißnähten schließen und dabei ihre Unsicherheit angeben. Sie erweitern unsere Gauß-Prozess-Modelle, arbeiten an variationeller Inferenz für große Datensätze, betreuen zwei Doktorandinnen und schreiben an einem DFG-Antrag mit.

Voraussetzung ist eine Promotion in Statistik, Informatik oder Ingenieurwissenschaften mit Schwerpunkt Bayesian Machine Learning; Erfahrung mit Pyro, Stan oder NumPyro.
`,
  ),
  ad(
    'research-speech',
    'ai',
    'Research Engineer (f/m/d) Speech',
    `
Hörwerk Audio is a 40-person company in Oldenburg building hearing aids. Our research team works on speech recognition that runs on the device itself.

You will train and compress acoustic models for German and Turkish, build the evaluation pipeline that measures word error rates in noisy rooms, and work with our DSP engineers to run the models on a chip with 2 MB of memory. You will also read papers, try ideas quickly and throw most of them away.

We expect a degree in computer science or electrical engineering, hands-on experience with end-to-end ASR (CTC, transducers) and PyTorch, and good English.
`,
  ),
  ad(
    'recommender',
    'ai',
    'Senior Entwickler*in (gn) Personalisierung',
    `
Lesezeichen ist eine Buchhandelskette mit 60 Filialen und einem Onlineshop, Sitz in Münster. Unser Personalisierungsteam besteht aus vier Leuten.

Du verbesserst die Empfehlungen im Shop und im Newsletter: Du baust Kandidatengenerierung und Ranking-Modelle (zweistufig, Embeddings plus Gradient Boosting), planst A/B-Tests und wertest sie aus, und du bringst die Modelle über unsere Feature-Pipeline in Produktion.

Du hast einige Jahre Erfahrung mit Empfehlungssystemen oder Suchranking, schreibst sauberes Python und SQL und erklärst Ergebnisse auch der Einkaufsabteilung.

Remote-Anteil bis 80 %, 30 Tage Urlaub, Buchgutschein jeden Monat.
`,
  ),
  ad(
    'ai-evaluation',
    'ai',
    'Referent*in (m/w/d) Prüfung von KI-Systemen',
    `
Die Landesanstalt für Produktsicherheit in Düsseldorf baut ein Prüflabor für KI-Systeme auf.

Sie entwickeln Prüfverfahren für Sprachmodelle und Bildklassifikatoren: Testdatensätze, Robustheitstests gegen verrauschte und manipulierte Eingaben, Messung von Verzerrungen zwischen Bevölkerungsgruppen. Sie führen die Prüfungen selbst durch, werten sie statistisch aus und schreiben die Prüfberichte.

Erforderlich: abgeschlossenes Masterstudium in Informatik oder Statistik, praktische Erfahrung im Trainieren und Evaluieren von Modellen des maschinellen Lernens, Python.

Bezahlung nach E 13 TV-L, unbefristet.
`,
  ),
  ad(
    'mlops',
    'ai',
    'Platform Engineer (m/w/d) Modellbetrieb',
    `
Bei der Versicherungsgruppe Westfalia Leben in Münster laufen 30 Modelle produktiv – von der Betrugserkennung bis zur Schadenprognose. Du sorgst dafür, dass sie zuverlässig laufen.

Deine Aufgaben: Du betreibst und erweiterst unsere Plattform für Training und Deployment (Kubernetes, MLflow, Argo), baust Monitoring für Daten- und Modelldrift, automatisierst das Nachtrainieren und hilfst den Data Scientists, ihre Modelle sauber zu versionieren.

Dein Profil: Erfahrung mit MLOps, Docker und CI/CD, solide Python-Kenntnisse, Verständnis dafür, wie ML-Modelle trainiert und bewertet werden.
`,
  ),
  ad(
    'ml-engineering',
    'ai',
    'Machine Learning Engineer (w/m/d) Qualitätsprognose',
    `
Wir sind ein Hersteller von Aluminiumprofilen in Lüdenscheid mit 900 Beschäftigten.

Was du machst: Du entwickelst Modelle, die aus Prozessdaten der Strangpressen vorhersagen, ob ein Profil maßhaltig wird, und bringst sie auf die Edge-Rechner in der Halle. Du sprichst mit den Schichtleitern, um zu verstehen, welche Fehler wirklich teuer sind.

Was du mitbringst: Studium der Informatik, Mathematik oder Ingenieurwissenschaften, Erfahrung mit scikit-learn oder PyTorch, Zeitreihen und Docker.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Data Scientist (m/w/d) Absatzplanung',
    `
Die Molkerei Ravensberg in Bielefeld verarbeitet täglich 2 Millionen Liter Milch. Damit nichts verdirbt, brauchen wir bessere Absatzprognosen.

Sie bauen Prognosemodelle für 1.400 Artikel und 30 Handelspartner, testen Verfahren vom klassischen Zeitreihenmodell bis zu neuronalen Netzen, bewerten die Prognosegüte und übergeben die Modelle in einen automatisierten Betrieb.

Sie haben Statistik, Data Science oder Ähnliches studiert und Erfahrung mit Python und Machine Learning. Unbefristet, 38-Stunden-Woche, Betriebsrestaurant.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Entwicklungsingenieur*in (m/w/d) Bildauswertung',
    `
Die Agrartechnik Hesseler GmbH in Warendorf baut Hacktechnik für den Gemüsebau.

Unsere Hackmaschinen sollen Unkraut von Möhren unterscheiden – bei Sonne, Regen und Staub. Sie sammeln und annotieren Bilddaten vom Feld, trainieren Segmentierungsnetze, optimieren sie für eine Jetson-Plattform auf der Maschine und testen sie selbst auf dem Acker.

Profil: Studium Informatik, Mechatronik oder Agrartechnik; Erfahrung mit Computer Vision und Deep Learning; Führerschein Klasse B. Gummistiefel stellen wir.
`,
  ),
  ad(
    'nlp',
    'ai',
    'Softwareentwickler*in (m/w/d) Textanalyse',
    `
Die Verbraucherzentrale-Software GbR in Köln entwickelt Werkzeuge für Beratungsstellen.

Ihre Aufgabe ist ein System, das eingehende Beschwerden automatisch Themen zuordnet und ähnliche Fälle findet. Sie trainieren dafür Klassifikationsmodelle auf deutschen Texten, feintunen ein Transformer-Modell, bauen die semantische Suche und messen, wie gut die Zuordnung im Alltag funktioniert.

Sie bringen Erfahrung in Natural Language Processing mit, kennen Hugging Face Transformers und arbeiten gern in einem kleinen Team.
`,
  ),
  ad(
    'llm-engineering',
    'ai',
    'Software Engineer (m/f/d) – Assistant for Tax Advisors',
    `
Kanzleipilot is a start-up in Düsseldorf with 14 people. Our product answers tax questions from the law and the firm's own documents.

You will build the retrieval pipeline (chunking, hybrid search, re-ranking), design the prompts and the evaluation suite that checks every answer against a gold set, and fine-tune smaller open models where the large ones are too slow or too expensive.

You bring: 3+ years of Python, real experience shipping LLM-based features, and a healthy distrust of demos. German is helpful but not required.
`,
  ),
  ad(
    'research-assistant',
    'ai',
    'Studentische Hilfskraft (m/w/d) – Datensätze für Robotergreifen',
    `
Das Institut für Robotik der RWTH Aachen sucht ab sofort eine studentische Hilfskraft (10 Std./Woche).

Du nimmst mit unserem Roboterarm Greifversuche auf, bereitest die Daten auf und trainierst erste Modelle zur Greifpunkterkennung, die unsere Doktoranden dann weiterentwickeln. Auch das Evaluieren der Modelle auf neuen Objekten gehört dazu.

Du studierst Informatik, Maschinenbau oder Elektrotechnik, kannst Python und hast erste Erfahrungen mit PyTorch. Bewerbung formlos per Mail.
`,
  ),
  ad(
    'thesis',
    'ai',
    'Masterarbeit: Anomalieerkennung in Stromnetzdaten (m/w/d)',
    `
Die Stadtwerke Hamm bieten eine Masterarbeit in der Abteilung Netzbetrieb an.

In unseren Ortsnetzstationen messen Sensoren Spannung und Strom im Sekundentakt. In deiner Arbeit entwickelst du ein Verfahren, das ungewöhnliche Muster selbstständig erkennt – etwa mit Autoencodern oder Isolation Forests –, vergleichst es mit den heutigen Grenzwerten und bewertest es an echten Störfällen.

Du studierst Informatik, Elektrotechnik oder Data Science. Vergütung 1.200 € im Monat, Betreuung durch einen Kollegen mit Promotion im Bereich maschinelles Lernen.
`,
  ),
  ad(
    'working-student',
    'ai',
    'Werkstudent*in (m/w/d) Modellentwicklung Kreditrisiko',
    `
Die Sparkasse Lippe-Weser in Detmold sucht Verstärkung für das Team Risikomodelle (16–20 Std./Woche).

Du hilfst beim Entwickeln und Validieren von Scoring-Modellen: Du bereitest Daten auf, probierst Merkmale aus, trainierst Gradient-Boosting-Modelle gegen unser logistisches Referenzmodell und dokumentierst die Ergebnisse für die Aufsicht.

Du studierst Mathematik, Statistik oder Wirtschaftsinformatik im Master und hast bereits mit scikit-learn gearbeitet.
`,
  ),
  ad(
    'ai-safety',
    'ai',
    'Researcher (all genders) – Robustness and Red-Teaming of Language Models',
    `
The Institute for Trustworthy Computing in Bonn is hiring two researchers for a publicly funded project (3 years, TV-L E 13/14).

You will develop methods to find failures of large language models before they are deployed: automated red-teaming, adversarial prompts, benchmarks for refusals and hallucinations, and interpretability tools that explain why a model fails. You will run experiments on open-weight models on our GPU cluster and publish your results.

Requirements: master's degree or PhD in computer science or a related field, solid deep learning experience, publications are a plus.
`,
  ),
  ad(
    'ml-engineering',
    'ai',
    'Entwickler*in (m/w/d) für Prognosen im Busverkehr',
    `
Die Verkehrsgesellschaft Ostwestfalen (Bielefeld) will Fahrgastzahlen für jede Fahrt vorhersagen.

Du entwickelst Modelle aus Zählerdaten, Wetter, Ferien und Veranstaltungen, trainierst und evaluierst sie, baust die Pipeline, die jede Nacht neue Prognosen rechnet, und stellst sie der Dienstplanung über eine Schnittstelle bereit.

Gute Kenntnisse in Python, Erfahrung mit Machine Learning auf Zeitreihen, Spaß an Bussen ist kein Muss. Jobticket inklusive.
`,
  ),
  ad(
    'research-professor',
    'ai',
    'W2-Professur (m/w/d) Maschinelles Lernen in der Produktion',
    `
An der Fachhochschule Südwestfalen, Standort Iserlohn, ist eine W2-Professur zu besetzen.

Die Stelleninhaberin oder der Stelleninhaber vertritt das Lehrgebiet maschinelles Lernen in Lehre und Forschung, baut ein Labor für lernende Produktionssysteme auf und wirbt Drittmittel ein. Zu den Lehrveranstaltungen gehören Grundlagen des Lernens aus Daten, Deep Learning und ein Projektseminar mit Industriepartnern.

Einstellungsvoraussetzungen nach § 36 HG NRW: Promotion, mindestens fünf Jahre Berufspraxis, davon drei außerhalb der Hochschule.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Softwareingenieur (m/w/d) Sehende Kassen',
    `
Wir bauen Selbstbedienungskassen für Bäckereien, die Brötchen und Gebäck per Kamera erkennen. Sitz: Osnabrück, 25 Leute.

Bei uns trainierst du die Erkennungsmodelle für neue Kunden – oft mit nur 20 Bildern pro Produkt –, verbesserst die Datenaugmentierung, misst die Erkennungsrate im Laden und bringst die Modelle per Update auf die Kassen.

Du hast Erfahrung mit Objekterkennung (YOLO, DETR oder ähnlich) und PyTorch. Probearbeiten in einer Bäckerei gehört zum Einstieg.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Data Scientist*in Wasserwirtschaft (m/w/d)',
    `
Der Wasserverband Eifel-Rur in Düren sucht eine Data Scientistin oder einen Data Scientist.

Ihre Aufgaben: Aufbau von Modellen, die Hochwasserstände an Pegeln für die nächsten 48 Stunden vorhersagen (LSTM, hydrologische Hybridmodelle); Auswertung von Radardaten; Bewertung der Modelle an historischen Ereignissen; Zusammenarbeit mit dem Hochwassermeldedienst.

Ihr Profil: Master in Hydrologie, Informatik, Physik oder Statistik, Erfahrung mit Machine-Learning-Verfahren und Python. Vergütung nach TV-V.
`,
  ),
  ad(
    'mlops',
    'ai',
    'DevOps Engineer (m/w/d) KI-Infrastruktur',
    `
Die Stadtverwaltung Köln betreibt seit letztem Jahr eigene Sprachmodelle für interne Fachverfahren.

Sie deployen und betreiben diese Modelle auf unserem GPU-Cluster (vLLM, Kubernetes), bauen die Pipelines, mit denen Fachteams Modelle feintunen und evaluieren, überwachen Qualität und Latenz und wählen neue offene Modelle aus.

Sie bringen Erfahrung im Betrieb von Linux und Kubernetes mit und haben schon ML-Modelle in Produktion gebracht. Entgeltgruppe 12 TVöD.
`,
  ),
  ad(
    'research-federated',
    'ai',
    'PhD position (m/f/d): Privacy-preserving learning on phones',
    `
The Chair of Mobile Systems at Saarland University offers a fully funded PhD position.

Modern keyboards learn from what people type without sending the text to a server. Your thesis will improve such federated training: communication-efficient updates, personalisation of a shared model, and defences against poisoned clients. You will implement your methods in Flower or a framework of your own and evaluate them on public benchmarks.

You have a master's degree in computer science and a strong background in optimisation or machine learning.
`,
  ),
  ad(
    'ml-engineering',
    'ai',
    'Entwickler*in Sortieranlage (m/w/d)',
    `
Recycling Rheinland sortiert in Neuss 120.000 Tonnen Verpackungen im Jahr.

In unserem Team „Sortierung 2030“ entwickelst du die Erkennung, die Kunststoffe auf dem Band nach Hyperspektral- und Kamerabildern unterscheidet. Du trainierst und testest die Klassifikationsmodelle, wertest Fehlwürfe aus und verbesserst die Modelle mit neuen Trainingsdaten aus der Anlage.

Du hast Informatik, Physik oder Verfahrenstechnik studiert und Erfahrung mit neuronalen Netzen.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Analyst*in Betrugserkennung (m/w/d)',
    `
Payhafen ist ein Zahlungsdienstleister aus Hannover.

Sie entwickeln die Modelle, die verdächtige Zahlungen in Echtzeit markieren: Sie bauen Merkmale aus Transaktionsgraphen, trainieren und kalibrieren Klassifikatoren, überwachen ihre Trefferquote und arbeiten mit der Compliance an nachvollziehbaren Begründungen für jede Sperre.

Profil: Studium mit quantitativem Schwerpunkt, mehrjährige Erfahrung mit Machine Learning in Produktion, sehr gutes SQL und Python.
`,
  ),
  ad(
    'research-speech',
    'ai',
    'Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter (m/w/d) Sprachverarbeitung für Dialekte',
    `
Am Institut für Germanistik und Digital Humanities der Universität Trier ist eine halbe Stelle (E 13) mit Promotionsmöglichkeit frei.

Das Projekt „Moselfränkisch hören“ entwickelt eine automatische Spracherkennung für Dialektaufnahmen aus dem Archiv. Sie trainieren und adaptieren Modelle wie wav2vec 2.0 und Whisper auf transkribierten Aufnahmen, entwickeln Verfahren für Dialekte mit sehr wenig Trainingsmaterial und werten die Fehler linguistisch aus.

Voraussetzungen: Master in Computerlinguistik, Informatik oder Sprachwissenschaft mit Programmiererfahrung.
`,
  ),
  ad(
    'ml-engineering',
    'ai',
    'Machine Learning Engineer (m/w/d) Remote',
    `
Du baust bei uns Modelle für die Preisbildung von Gebrauchtwagen.

Wir, ein Online-Autohändler aus Kassel, kaufen jeden Tag 300 Fahrzeuge an. Deine Modelle schlagen den Ankaufspreis vor. Du entwickelst sie weiter, automatisierst das Training, beobachtest Drift und erklärst dem Einkauf, warum ein Preis so ist, wie er ist.

Erfahrung mit Python, LightGBM oder PyTorch und Cloud-Diensten. 100 % remote innerhalb Deutschlands möglich.
`,
  ),
  ad(
    'research-assistant',
    'ai',
    'Wissenschaftliche Hilfskraft (m/w/d) mit Bachelorabschluss – Verkehrsbeobachtung',
    `
Die Hochschule Bochum sucht für das Projekt „Kreuzung digital“ eine WHB (19 Std./Woche, ein Jahr).

Sie annotieren Videodaten von Kreuzungen, trainieren Modelle zur Erkennung von Radfahrenden und Fußgängern und evaluieren die Erkennung bei Nacht und Regen. Die Ergebnisse fließen in eine Veröffentlichung ein.

Bachelor in Informatik oder Elektrotechnik, Kenntnisse in Python und Deep Learning.
`,
  ),
  ad(
    'recommender',
    'ai',
    'Data Scientist (m/w/d) Personalisierte Stellenvorschläge',
    `
Das Jobportal Stellenwerk West (Essen) zeigt jedem Besucher passende Angebote. Das soll besser werden.

Was Sie tun: Sie entwickeln das Matching von Lebensläufen und Stellen weiter – von Text-Embeddings über Learning-to-Rank bis zur Offline-Evaluation mit historischen Klicks – und führen Online-Experimente durch. Sie achten darauf, dass das System keine Gruppen benachteiligt.

Was Sie mitbringen: Erfahrung mit Empfehlungssystemen oder Information Retrieval, Python, Statistik.
`,
  ),
  ad(
    'llm-engineering',
    'ai',
    'Entwickler*in (m/w/d) Sprachassistent für den Bürgerservice',
    `
Das Kommunale Rechenzentrum Niederrhein in Kamp-Lintfort entwickelt für 15 Kommunen einen Assistenten, der Fragen zu Anträgen beantwortet.

Sie bauen die Antwortkomponente auf Basis eines offenen Sprachmodells: Wissensbasis aus den Verwaltungsseiten, Retrieval-Augmented Generation, Tests gegen falsche Auskünfte, Feintuning auf Verwaltungssprache. Sie messen mit den Fachämtern, wie oft der Assistent richtig liegt.

Erfahrung mit Python und LLM-Anwendungen, Interesse an öffentlicher Verwaltung.
`,
  ),
  ad(
    'research-bayes',
    'ai',
    'Research Associate (m/f/d) Uncertainty in Climate Emulators',
    `
The Potsdam Centre for Earth System Data offers a research associate position (2 years, E 13).

You will build neural emulators of a regional climate model and make them honest about what they do not know: Bayesian neural networks, deep ensembles and conformal prediction. You will compare the emulators with the full model on extreme events and publish code and results openly.

Requirements: PhD or master's in a quantitative field, experience with probabilistic machine learning in JAX or PyTorch.
`,
  ),
  ad(
    'computer-vision',
    'ai',
    'Ingenieur*in (m/w/d) Medizinische Bildanalyse',
    `
Die Radiologie-Software Dorn GmbH in Erlangen entwickelt Auswertesoftware für MRT-Bilder.

Sie entwickeln Segmentierungsmodelle für Knie-MRT, bereiten die Trainingsdaten mit unseren Radiologen auf, validieren die Modelle nach den Anforderungen der Medizinprodukte-Verordnung und schreiben die technische Dokumentation der Modelle.

Studium der Medizintechnik, Informatik oder Physik, Erfahrung mit Deep Learning (nnU-Net oder MONAI) und Python.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Statistiker*in (m/w/d) Prognosen im Gesundheitsamt',
    `
Der Kreis Steinfurt sucht für das Gesundheitsamt in Burgsteinfurt eine*n Statistiker*in.

Sie entwickeln Vorhersagemodelle für Infektionswellen und Krankenhausbelegung, kombinieren klassische epidemiologische Modelle mit maschinellem Lernen, bewerten die Treffsicherheit jede Woche und berichten an den Krisenstab.

Master in Statistik, Epidemiologie oder Data Science; R oder Python. Eingruppierung EG 13 TVöD.
`,
  ),
  ad(
    'ai-evaluation',
    'ai',
    'Quality Engineer (m/w/d) Chatbot-Evaluation',
    `
Unser Team in Karlsruhe entwickelt einen Kundenservice-Bot für Energieversorger.

Du verantwortest die Qualität der Antworten: Du baust Testsätze aus echten Kundenanfragen, entwickelst automatische Bewertungen (LLM-as-a-judge, Faktenabgleich), analysierst Fehlerklassen und entscheidest mit, welche Modellversion live geht. Wenn nötig, trainierst du Klassifikatoren für die Weiterleitung an Menschen.

Erfahrung mit der Evaluation von ML- oder NLP-Systemen, Python, Statistikkenntnisse.
`,
  ),
  ad(
    'mlops',
    'ai',
    'Senior Engineer (m/w/d) Feature Store & Modellauslieferung',
    `
Bei Handelsplatz Mitte in Frankfurt liefern wir täglich Millionen Vorhersagen aus.

Deine Aufgaben: Aufbau unseres Feature Stores, Auslieferung von Modellen mit niedriger Latenz, Versionierung von Trainingsdaten und Modellen, Schatten-Deployments und Rollbacks. Du arbeitest eng mit den Teams, die die Modelle trainieren, und trainierst auch selbst mit, wenn es brennt.

Mehrjährige Erfahrung als Engineer im MLOps-Umfeld, Go oder Python, Kafka.
`,
  ),
  ad(
    'research-rl',
    'ai',
    'Research Scientist (m/f/d) Learning for Logistics',
    `
Lagerwerk Robotics, Dortmund, builds autonomous forklifts. Our research group (6 people) works on planning and learning.

You will research how fleets of robots learn to coordinate: multi-agent reinforcement learning in simulation, imitation learning from human drivers, and transfer to the warehouse floor. You will build the simulation, run the experiments and turn results into product features.

PhD in machine learning or robotics, publications at relevant venues, strong Python and C++.
`,
  ),
  ad(
    'working-student',
    'ai',
    'Werkstudent (m/w/d) Computer Vision im Straßenbau',
    `
Die Ingenieurgesellschaft Strassmann in Siegen erfasst Straßenschäden mit Messfahrzeugen.

Als Werkstudent hilfst du uns, Risse und Schlaglöcher automatisch zu erkennen: Du labelst Bilder, trainierst Segmentierungsmodelle, vergleichst sie mit der manuellen Auswertung und baust ein kleines Tool zur Sichtung der Ergebnisse.

Du studierst Informatik, Geoinformatik oder Bauingenieurwesen, programmierst in Python und hast schon einmal ein neuronales Netz trainiert. Bis 20 Std./Woche.
`,
  ),
  ad(
    'research-federated',
    'ai',
    'Projektmitarbeiter*in (m/w/d) Datenschutzfreundliche Lernverfahren für Smart Meter',
    `
Die Hochschule Ruhr West in Mülheim sucht für das Projekt „Zähler lernen lokal“ eine Projektmitarbeiterin oder einen Projektmitarbeiter (E 13, 30 Monate).

Intelligente Stromzähler sollen Lastprognosen lernen, ohne Verbrauchsdaten an den Netzbetreiber zu schicken. Sie entwickeln dafür verteilte Trainingsverfahren auf den Zählergateways, testen sie in einem Feldversuch mit 200 Haushalten und vergleichen Prognosegüte, Energiebedarf und Datenschutz.

Master in Informatik oder Elektrotechnik, Erfahrung mit Python und neuronalen Netzen.
`,
  ),
  ad(
    'ml-engineering',
    'ai',
    'Embedded-Entwickler*in (m/w/d) Zustandsüberwachung',
    `
Die Pumpenfabrik Lenne in Plettenberg stattet ihre Pumpen mit Schwingungssensoren aus.

Sie entwickeln Modelle, die Lagerschäden aus Schwingungssignalen früh erkennen, quantisieren sie für Mikrocontroller (TensorFlow Lite Micro), testen sie auf dem Prüfstand und im Feld und pflegen die Datenbasis aus Schadensfällen.

Studium der Elektrotechnik oder Informatik, C/C++ und Python, Erfahrung mit maschinellem Lernen auf eingebetteten Systemen.
`,
  ),
  ad(
    'nlp',
    'ai',
    'Computerlinguist*in (m/w/d) Dokumentenverarbeitung',
    `
Die Rheinische Versorgungskasse in Köln erhält jährlich 400.000 Schreiben.

Sie entwickeln die automatische Erkennung von Schreiben und das Auslesen von Angaben (Named Entity Recognition, Dokumentklassifikation), trainieren Modelle auf unseren Beständen, bewerten sie laufend und verbessern sie mit den Sachbearbeitenden, die Fehler zurückmelden.

Studium der Computerlinguistik oder Informatik, Erfahrung mit NLP-Bibliotheken (spaCy, Transformers).
`,
  ),
  ad(
    'ai-research-industry',
    'ai',
    'Forschungsingenieur*in (m/w/d) Lernende Prozessregelung',
    `
Das Stahlwerk Hagen-Haspe arbeitet mit der Universität Wuppertal an einer lernenden Regelung des Walzprozesses.

Sie entwickeln und trainieren Modelle, die Walzkräfte vorhersagen, kombinieren physikalische Modelle mit neuronalen Netzen, validieren sie an der Anlage und begleiten die Inbetriebnahme. Sie betreuen außerdem studentische Abschlussarbeiten.

Promotion oder Master in Ingenieurwissenschaften mit Schwerpunkt maschinelles Lernen oder Regelungstechnik.
`,
  ),
  ad(
    'ai-research-industry',
    'ai',
    'Senior Scientist (m/w/d) Wirkstoffdesign',
    `
Die Biopharma Leverkusen Research GmbH sucht eine*n Senior Scientist für die Gruppe Computational Chemistry.

Ihre Aufgaben: Entwicklung generativer Modelle für Moleküle, Graph Neural Networks zur Vorhersage von Löslichkeit und Toxizität, Aufbau der Trainingsdatenbasis aus Laborergebnissen, enge Abstimmung mit den Chemikerinnen im Labor.

Promotion in Chemie, Informatik oder Physik, mehrjährige Erfahrung mit Deep Learning für Moleküle.
`,
  ),
  ad(
    'research-assistant',
    'ai',
    'Hiwi gesucht (m/w/d): Datenaufbereitung und Modelltraining für Vogelstimmen',
    `
Wir, die AG Bioakustik an der Universität Münster, suchen eine studentische Hilfskraft für 8 Stunden pro Woche.

Unsere Aufnahmegeräte im Venner Moor liefern tausende Stunden Ton. Du schneidest Aufnahmen, prüfst automatische Erkennungen und trainierst unsere Klassifikationsmodelle für Vogelarten neu, wenn neue Daten vorliegen.

Python-Grundkenntnisse reichen, Erfahrung mit Audioklassifikation ist hilfreich.
`,
  ),
  ad(
    'llm-engineering',
    'ai',
    'AI Engineer (m/w/d) Angebotsassistent',
    `
Die Gebäudetechnik Bräuer AG in Leipzig baut gemeinsam mit einem Softwarepartner einen Assistenten, der aus Leistungsverzeichnissen Angebote erstellt.

Als AI Engineer entwickelst du die Extraktion aus PDF-Ausschreibungen, trainierst Modelle zur Zuordnung von Positionen zu unserem Artikelstamm, baust die Agenten-Logik und bewertest die Vorschläge mit unseren Kalkulatoren.

Erfahrung mit Python, Sprachmodellen und Dokumentenverarbeitung; Baubranche gern, aber nicht nötig.
`,
  ),
  ad(
    'data-science',
    'ai',
    'Data Scientist (f/m/d) Churn',
    `
Telekom-Reseller Funkhaus Nord, Bremen. Team of 8 analysts.

Your job: build and maintain the models that predict which customers will cancel, design retention experiments with marketing, measure uplift, and keep the models honest when tariffs change. You own the model from the first notebook to the weekly batch job.

What you need: 2+ years building machine learning models, Python or R, SQL, and the ability to explain a lift curve to a sales manager.
`,
  ),
  ad(
    'ai-evaluation',
    'ai',
    'Wissenschaftliche*r Mitarbeiter*in (m/w/d) Fairness von Bewerbungs-Algorithmen',
    `
Am Lehrstuhl für Wirtschaftsinformatik der Universität Duisburg-Essen ist eine Stelle (E 13, 75 %) zu besetzen.

Im Projekt untersuchen Sie, ob Algorithmen zur Vorauswahl von Bewerbungen Gruppen benachteiligen. Sie trainieren eigene Ranking-Modelle auf anonymisierten Bewerbungsdaten, entwickeln Verfahren zur Messung und Minderung von Verzerrungen und evaluieren kommerzielle Systeme in Audits.

Master in Informatik, Wirtschaftsinformatik oder Statistik, Kenntnisse im maschinellen Lernen und in Python.
`,
  ),
];
