// Whole job ads written by hand (not composed from pools), each with its label.

export interface HandwrittenAd {
  role: string;
  aiSkill: boolean;
  hard: boolean;
  title: string;
  description: string;
}

export const HANDWRITTEN_ADS: HandwrittenAd[] = [
  {
    role: 'ml-engineer',
    aiSkill: true,
    hard: false,
    title: 'Computer Vision Engineer (m/w/d)',
    description:
      'Wir bauen Kameras, die Unkraut auf dem Acker erkennen. Du entwickelst die Erkennungsmodelle, trainierst sie auf hunderttausenden annotierten Bildern und bringst sie auf unsere Jetson-Hardware. Voraussetzung: mehrjährige Erfahrung mit Deep Learning, PyTorch und Datenaugmentierung.',
  },
  {
    role: 'childcare',
    aiSkill: false,
    hard: true,
    title: 'Erzieherin / Erzieher (m/w/d) – Kita KIKI',
    description:
      'Die Kita KIKI in Bochum-Wattenscheid sucht Verstärkung für die U3-Gruppe. Du gestaltest den Tag mit den Kleinsten, begleitest die Eingewöhnung und arbeitest eng mit den Eltern. Wir bieten Bezahlung nach TVöD SuE und 30 Tage Urlaub.',
  },
  {
    role: 'sales-ai-product',
    aiSkill: false,
    hard: true,
    title: 'Vertriebsinnendienst (m/w/d) – KI-Software',
    description:
      'Wir sind Anbieter einer KI-Software für die Disposition von Pflegediensten. Sie qualifizieren Anfragen, vereinbaren Demo-Termine für den Außendienst und pflegen unser CRM. Technische Kenntnisse über künstliche Intelligenz sind nicht erforderlich – wir arbeiten Sie ein.',
  },
  {
    role: 'software-developer',
    aiSkill: false,
    hard: true,
    title: 'Softwareentwickler Python (m/w/d)',
    description:
      'Du entwickelst unsere Abrechnungsplattform in Python und Django weiter, schreibst Tests und arbeitest im Pair Programming. Wir nutzen GitHub Copilot, den Umgang damit bringen wir dir bei. Erfahrung mit PostgreSQL und Docker ist wichtig.',
  },
  {
    role: 'ai-research',
    aiSkill: true,
    hard: false,
    title: 'Promotionsstelle: Erklärbare KI für die Prozessindustrie',
    description:
      'Im Projekt XAI-Chem erforschen Sie Verfahren, mit denen sich Entscheidungen neuronaler Netze in Leitsystemen nachvollziehen lassen. Sie entwickeln Methoden, implementieren sie in Python und evaluieren sie mit Daten unserer Industriepartner. Voraussetzung ist ein sehr guter Master in Informatik oder Verfahrenstechnik mit Kenntnissen im maschinellen Lernen.',
  },
  {
    role: 'kiosk',
    aiSkill: false,
    hard: true,
    title: 'Aushilfe Kiosk (Minijob)',
    description:
      'Für unseren Kiosk am Rhein-Herne-Kanal suchen wir Aushilfen am Wochenende. Sie verkaufen Eis, Getränke und Snacks und halten den Kiosk sauber. Bezahlung 14 Euro pro Stunde.',
  },
  {
    role: 'ml-engineer',
    aiSkill: true,
    hard: false,
    title: 'Senior Software Engineer (m/w/d) – Empfehlungssysteme',
    description:
      'Unser Onlineshop lebt von guten Empfehlungen. Du verantwortest das Empfehlungssystem: Modelle für Collaborative Filtering trainieren, A/B-Tests auswerten, die Modelle skalierbar in Produktion betreiben. Du bringst Erfahrung mit ML-Modellen in Produktion und Python mit.',
  },
  {
    role: 'marketing',
    aiSkill: false,
    hard: true,
    title: 'Social Media Manager (m/w/d)',
    description:
      'Du planst und erstellst Inhalte für Instagram, TikTok und LinkedIn. Für Ideen und Bildentwürfe setzt du KI-Tools wie ChatGPT und Midjourney ein. Erfahrung mit Community Management ist wichtig, ein Gespür für Trends ebenso.',
  },
  {
    role: 'data-scientist',
    aiSkill: true,
    hard: false,
    title: 'Data Scientist (m/w/d) Netzbetrieb',
    description:
      'Als Verteilnetzbetreiber brauchen wir bessere Lastprognosen. Du entwickelst Prognosemodelle mit Gradient Boosting und neuronalen Netzen, validierst sie gegen Messdaten und bringst sie mit dem IT-Betrieb in die Leitwarte. Python, scikit-learn und Erfahrung mit Zeitreihen setzen wir voraus.',
  },
  {
    role: 'recruiter',
    aiSkill: false,
    hard: true,
    title: 'Talent Acquisition Manager (m/w/d) Tech',
    description:
      'Du findest die besten Köpfe für unsere KI-Teams: Machine Learning Engineers, Data Scientists und Forschende. Du führst Interviews, baust Talent Pools auf und berätst die Teamleads. Ein technisches Grundverständnis von Machine Learning hilft, ist aber kein Muss.',
  },
  {
    role: 'nurse',
    aiSkill: false,
    hard: false,
    title: 'Pflegefachfrau / Pflegefachmann (m/w/d) Geriatrie',
    description:
      'Für unsere geriatrische Station suchen wir Pflegefachkräfte in Voll- oder Teilzeit. Sie pflegen ältere Menschen ganzheitlich, arbeiten im multiprofessionellen Team und leiten Auszubildende an. Wir bieten Dienstplansicherheit und eine eigene Kita.',
  },
  {
    role: 'ai-developer',
    aiSkill: true,
    hard: false,
    title: 'Backend Developer (m/w/d) – LLM-Plattform',
    description:
      'Wir betreiben eine Plattform, auf der Behörden eigene Sprachmodelle sicher nutzen. Du entwickelst die Inferenz-Services, baust Evaluationspipelines für neue Modelle und optimierst das Serving auf GPUs. Erfahrung mit LLMs, vLLM oder vergleichbaren Frameworks ist Voraussetzung.',
  },
  {
    role: 'customer-service',
    aiSkill: false,
    hard: true,
    title: 'Technischer Support (m/w/d) für KI-Kameras',
    description:
      'Unsere Kunden setzen KI-Kameras für die Verkehrszählung ein. Sie helfen bei Installation und Konfiguration, nehmen Störungen auf und leiten sie an die Entwicklung weiter. Sie brauchen keine Programmierkenntnisse, aber Freude an Technik.',
  },
  {
    role: 'ski-instructor',
    aiSkill: false,
    hard: true,
    title: 'Ski- und Snowboardlehrer (m/w/d) – Wintersaison',
    description:
      'Für die Saison im Sauerland suchen wir Ski- und Snowboardlehrer. Du unterrichtest Gruppen und Einzelpersonen, vom Anfänger bis zum Fortgeschrittenen. Unterkunft wird gestellt.',
  },
  {
    role: 'cv-engineer-industry',
    aiSkill: true,
    hard: false,
    title: 'Automatisierungsingenieur (m/w/d) Bildverarbeitung',
    description:
      'Sie konzipieren Prüfsysteme für Kunststoffteile, wählen Kameras und Beleuchtung aus und entwickeln die Auswertung – klassisch mit Halcon und zunehmend mit selbst trainierten Deep-Learning-Modellen. Erfahrung mit neuronalen Netzen für die Bildverarbeitung ist Voraussetzung.',
  },
  {
    role: 'accountant',
    aiSkill: false,
    hard: true,
    title: 'Finanzbuchhalter (m/w/d)',
    description:
      'Sie buchen laufende Geschäftsvorfälle, betreuen den Zahlungsverkehr und wirken am Jahresabschluss mit. Eingangsrechnungen erfasst bei uns eine KI-gestützte Belegerkennung, Sie prüfen und kontieren. DATEV-Kenntnisse sind Voraussetzung.',
  },
  {
    role: 'working-student-ai',
    aiSkill: true,
    hard: false,
    title: 'Werkstudent (m/w/d) NLP',
    description:
      'Du hilfst uns, Kundenanfragen automatisch zu klassifizieren: Daten aufbereiten, Modelle mit Hugging Face Transformers feinjustieren und die Ergebnisse auswerten. Du studierst Informatik, Computerlinguistik oder Data Science und kennst dich mit Python aus.',
  },
  {
    role: 'teacher-it',
    aiSkill: false,
    hard: true,
    title: 'Dozent:in „KI im Büroalltag“ (Honorar)',
    description:
      'Für unsere Volkshochschule suchen wir Dozierende für Kurse zum Einsatz von KI-Assistenten im Büro: Texte mit ChatGPT schreiben, Protokolle mit Copilot zusammenfassen, Datenschutz beachten. Sie bringen Praxiserfahrung und didaktisches Geschick mit.',
  },
  {
    role: 'electrician',
    aiSkill: false,
    hard: false,
    title: 'Elektroniker (m/w/d) für Smart-Home-Installationen',
    description:
      'Sie installieren und programmieren KNX-Anlagen, richten Netzwerke und Visualisierungen ein und betreuen unsere Kunden bei Erweiterungen. Abgeschlossene Ausbildung als Elektroniker und Interesse an Gebäudeautomation setzen wir voraus.',
  },
  {
    role: 'ai-developer',
    aiSkill: true,
    hard: false,
    title: 'Softwareentwickler (m/w/d) Sprachassistenz',
    description:
      'Unser Sprachassistent für Kliniken soll noch besser verstehen. Sie entwickeln die Spracherkennung weiter, trainieren akustische Modelle auf medizinischem Vokabular und messen die Wortfehlerrate. Kenntnisse in Deep Learning und PyTorch sind erforderlich.',
  },
  {
    role: 'office-ai-startup',
    aiSkill: false,
    hard: true,
    title: 'Werkstudent (m/w/d) Office & Events',
    description:
      'Wir sind ein KI-Start-up mit 30 Leuten in Dortmund. Du organisierst Meetups, bestellst Büromaterial, planst Reisen und hilfst beim Onboarding neuer Kolleginnen und Kollegen. Du studierst und hast 15 Stunden pro Woche Zeit.',
  },
  {
    role: 'data-analyst',
    aiSkill: false,
    hard: false,
    title: 'Controller (m/w/d) mit Schwerpunkt Reporting',
    description:
      'Sie erstellen Monatsberichte, Forecasts und Abweichungsanalysen und bauen das Reporting in Power BI aus. Sehr gute Excel- und SQL-Kenntnisse sind Voraussetzung.',
  },
  {
    role: 'ml-engineer',
    aiSkill: true,
    hard: false,
    title: 'MLOps Engineer (m/w/d)',
    description:
      'Du sorgst dafür, dass unsere Modelle zuverlässig laufen: Feature Store, Modellregistry, automatisiertes Retraining und Monitoring auf Kubernetes. Du hast Erfahrung mit MLflow oder Kubeflow und kennst den Lebenszyklus von ML-Modellen.',
  },
  {
    role: 'sales-ai-product',
    aiSkill: false,
    hard: true,
    title: 'Presales Consultant (m/w/d) KI-Lösungen',
    description:
      'Sie begleiten den Vertrieb bei Kundenterminen, zeigen in Demos, was unsere KI-Lösungen für die Dokumentenverarbeitung leisten, und beantworten technische Fragen der Kunden. Sie bringen Erfahrung im Lösungsvertrieb von Software mit.',
  },
  {
    role: 'nurse',
    aiSkill: false,
    hard: true,
    title: 'Medizinische Fachangestellte (m/w/d) Radiologie',
    description:
      'Sie empfangen Patienten, bereiten Untersuchungen vor und unterstützen bei MRT und CT. Unsere Befundung wird durch KI-Software unterstützt, die Sie nicht bedienen müssen. Ausbildung als MFA oder MTR erforderlich.',
  },
  {
    role: 'ai-research',
    aiSkill: true,
    hard: false,
    title: 'Research Engineer Reinforcement Learning (m/w/d)',
    description:
      'Wir erforschen, wie Roboter durch Reinforcement Learning Greifaufgaben lernen. Du implementierst Algorithmen in Simulation und auf echter Hardware, führst Experimente durch und veröffentlichst mit uns. Erfahrung mit PyTorch und Simulationsumgebungen wird erwartet.',
  },
  {
    role: 'logistics-worker',
    aiSkill: false,
    hard: false,
    title: 'Disponent (m/w/d) Nahverkehr',
    description:
      'Sie planen Touren für 25 Fahrzeuge, stimmen sich mit Kunden und Fahrern ab und reagieren auf Störungen. Erfahrung in der Disposition und Ortskenntnis im Ruhrgebiet sind erwünscht.',
  },
  {
    role: 'software-developer',
    aiSkill: false,
    hard: true,
    title: 'Frontend-Entwickler (m/w/d) für unseren KI-Assistenten',
    description:
      'Du baust die Benutzeroberfläche unseres KI-Assistenten mit React und TypeScript: Chat-Verläufe, Dateiuploads, Barrierefreiheit. Die Modelle entwickelt ein anderes Team; du arbeitest mit deren API. Gute Kenntnisse in React, TypeScript und CSS sind Pflicht.',
  },
  {
    role: 'data-scientist',
    aiSkill: true,
    hard: false,
    title: 'Quantitative Analyst (m/w/d) – Kreditrisiko',
    description:
      'Sie entwickeln und validieren Ausfallmodelle für unser Firmenkundengeschäft, zunehmend mit Methoden des maschinellen Lernens wie Gradient Boosting. Sie dokumentieren die Modelle aufsichtsrechtlich und präsentieren sie dem Risikokomitee.',
  },
  {
    role: 'marketing',
    aiSkill: false,
    hard: true,
    title: 'Produktmarketing Manager (m/w/d) AI Platform',
    description:
      'Du positionierst unsere AI Platform am Markt, schreibst Produkttexte, Fallstudien und Webinare und arbeitest eng mit Vertrieb und Produktmanagement zusammen. Erfahrung im B2B-Softwaremarketing ist Voraussetzung, Begeisterung für künstliche Intelligenz ein Plus.',
  },
  {
    role: 'ai-developer',
    aiSkill: true,
    hard: false,
    title: 'KI-Ingenieur (m/w/d) Predictive Maintenance',
    description:
      'Sie entwickeln Modelle, die aus Schwingungs- und Temperaturdaten Ausfälle von Antrieben vorhersagen. Sie bereiten Sensordaten auf, trainieren Klassifikatoren und integrieren sie in unsere Condition-Monitoring-Software. Erfahrung mit Zeitreihenanalyse und Machine Learning setzen wir voraus.',
  },
  {
    role: 'kiosk',
    aiSkill: false,
    hard: true,
    title: 'Kioskbetreiber (m/w/d) gesucht',
    description:
      'Die Stadt vergibt den Kiosk im Stadtgarten zur Pacht. Interessierte Betreiber reichen ein Konzept für Angebot und Öffnungszeiten ein. Besichtigung nach Vereinbarung.',
  },
  {
    role: 'childcare',
    aiSkill: false,
    hard: true,
    title: 'Pädagogische Fachkraft (m/w/d) Kita',
    description:
      'Wir suchen eine pädagogische Fachkraft für unsere Kita mit Schwerpunkt Sprachförderung. Bei uns arbeiten Sie in einem engagierten Team und werden von einer Fachberatung begleitet. Im Bewerbungsprozess setzen wir kein KI-Tool ein – wir lesen jede Bewerbung selbst.',
  },
  {
    role: 'ml-engineer',
    aiSkill: true,
    hard: false,
    title: 'Software Engineer (m/w/d) Machine Learning Platform',
    description:
      'Du entwickelst die interne Plattform, auf der unsere Data Scientists Modelle trainieren und deployen: GPU-Cluster, Experiment-Tracking und Model Serving. Du kennst dich mit Kubernetes, Python und dem Betrieb von ML-Workloads aus.',
  },
  {
    role: 'accountant',
    aiSkill: false,
    hard: false,
    title: 'Lohnbuchhalter (m/w/d)',
    description:
      'Sie erstellen die Entgeltabrechnung für rund 400 Beschäftigte, betreuen Meldungen an Krankenkassen und beantworten Fragen der Mitarbeitenden. Erfahrung mit DATEV LODAS ist erwünscht.',
  },
  {
    role: 'data-scientist',
    aiSkill: true,
    hard: false,
    title: 'Data Scientist (m/w/d) im Einzelhandel',
    description:
      'Sie verantworten die Absatzprognose für 800 Filialen: Sie entwickeln Modelle mit maschinellem Lernen, testen neue Features wie Wetter und Feiertage und bringen die Prognosen gemeinsam mit der IT in den Bestellprozess. Sehr gute Kenntnisse in Python und Statistik sind erforderlich.',
  },
  {
    role: 'customer-service',
    aiSkill: false,
    hard: true,
    title: 'Kundenberater (m/w/d) Energieversorgung',
    description:
      'Sie beraten Kundinnen und Kunden zu Tarifen und Abrechnungen. Einfache Anfragen beantwortet unser KI-Chatbot, Sie übernehmen, wenn es persönlich wird. Eine kaufmännische Ausbildung setzen wir voraus.',
  },
  {
    role: 'ai-research',
    aiSkill: true,
    hard: false,
    title: 'Wissenschaftliche:r Mitarbeiter:in – Sprachmodelle für die Verwaltung',
    description:
      'Im Projekt untersuchen wir, wie große Sprachmodelle Verwaltungsbescheide verständlicher machen. Sie entwickeln Verfahren zur Evaluation, trainieren Modelle auf Verwaltungstexten und veröffentlichen die Ergebnisse. Voraussetzung: Master in Informatik oder Computerlinguistik, Erfahrung mit NLP.',
  },
  {
    role: 'software-developer',
    aiSkill: false,
    hard: false,
    title: 'Embedded-Softwareentwickler (m/w/d)',
    description:
      'Sie entwickeln Firmware für Steuerungen in C und C++, testen auf Zielhardware und arbeiten eng mit der Hardwareentwicklung zusammen. Kenntnisse in Echtzeitbetriebssystemen und CAN-Bus sind von Vorteil.',
  },
  {
    role: 'teacher-it',
    aiSkill: false,
    hard: true,
    title: 'Lehrkraft (m/w/d) Mathematik und Informatik',
    description:
      'Unser Gymnasium sucht eine Lehrkraft mit den Fächern Mathematik und Informatik. Sie unterrichten in allen Jahrgangsstufen und gestalten die Medienbildung mit, auch zum verantwortungsvollen Umgang mit KI im Unterricht.',
  },
  {
    role: 'working-student-ai',
    aiSkill: true,
    hard: false,
    title: 'Masterarbeit (m/w/d): Anomalieerkennung mit Autoencodern',
    description:
      'In Ihrer Masterarbeit entwickeln Sie ein Verfahren, das mit Autoencodern Anomalien in Prozessdaten unserer Walzstraße erkennt. Sie implementieren das Modell, vergleichen es mit klassischen Methoden und bewerten die Ergebnisse mit unseren Experten. Kenntnisse in Python und neuronalen Netzen werden vorausgesetzt.',
  },
  {
    role: 'office-ai-startup',
    aiSkill: false,
    hard: true,
    title: 'People & Culture Manager (m/w/d)',
    description:
      'Als KI-Unternehmen mit 80 Mitarbeitenden wachsen wir schnell. Du gestaltest Onboarding, Feedbackprozesse und Weiterbildung und bist Ansprechpartner für alle Personalthemen. Erfahrung im HR-Bereich eines Start-ups ist ideal.',
  },
  {
    role: 'electrician',
    aiSkill: false,
    hard: false,
    title: 'Mechatroniker (m/w/d) Instandhaltung',
    description:
      'Sie warten und reparieren unsere Produktionsanlagen, führen SPS-Fehlersuchen durch und wirken bei Umbauten mit. Abgeschlossene Ausbildung als Mechatroniker und Bereitschaft zur Rufbereitschaft erwartet.',
  },
];
