// Hand-written sentence pools of the job-ad generator, per role; a role's ads either ask for AI skills or not.

export interface Role {
  key: string;
  aiSkill: boolean;
  titles: string[];
  tasks: string[];
  profile: string[];
  /** Intros of the employers that post this role ({employer}, {town}). */
  intros: string[];
}

const GENERIC_INTROS = [
  '{employer} ist ein mittelständisches Unternehmen mit Sitz in {town} und rund 250 Beschäftigten.',
  'Wir sind ein inhabergeführtes Familienunternehmen aus {town} und wachsen seit Jahren stabil.',
  'Als regionaler Arbeitgeber mit über 60 Jahren Geschichte bieten wir sichere Arbeitsplätze.',
  'Zur Verstärkung unseres Teams in {town} suchen wir ab sofort Unterstützung.',
];

const TECH_INTROS = [
  '{employer} entwickelt Software für Energieversorger und beschäftigt 140 Menschen in {town}.',
  'Wir sind ein Technologieunternehmen aus {town}, das Industriekunden bei der Digitalisierung unterstützt.',
  'Unser Forschungsinstitut in {town} arbeitet an der Schnittstelle von Wissenschaft und Industrie.',
  'Als Start-up aus dem Ruhrgebiet bauen wir Produkte für Logistik und Handel.',
];

export const ROLES: Role[] = [
  {
    key: 'ml-engineer',
    aiSkill: true,
    titles: [
      'Machine Learning Engineer (m/w/d)',
      'Senior ML Engineer (m/w/d)',
      'MLOps Engineer (all genders)',
      'Machine Learning Engineer – Computer Vision (m/w/d)',
    ],
    tasks: [
      'Du entwickelst, trainierst und evaluierst Machine-Learning-Modelle und bringst sie in den produktiven Betrieb.',
      'Du baust Trainings- und Deployment-Pipelines mit MLflow, Docker und Kubernetes auf.',
      'Du überwachst Modelle in Produktion, erkennst Data Drift und trainierst bei Bedarf nach.',
      'Gemeinsam mit dem Produktteam übersetzt du Anforderungen in ML-Lösungen.',
      'Du optimierst Inferenzzeiten unserer Modelle für den Einsatz auf Edge-Geräten.',
    ],
    profile: [
      'Sehr gute Kenntnisse in Python und Erfahrung mit PyTorch oder TensorFlow.',
      'Mehrjährige Erfahrung mit Deep Learning und dem Betrieb von ML-Systemen in Produktion.',
      'Abgeschlossenes Studium der Informatik, Mathematik oder Physik.',
      'Erfahrung mit Cloud-Plattformen (AWS, Azure oder GCP).',
    ],
    intros: TECH_INTROS,
  },
  {
    key: 'data-scientist',
    aiSkill: true,
    titles: [
      'Data Scientist (m/w/d)',
      'Senior Data Scientist – Predictive Analytics (m/w/d)',
      'Data Scientist Schwerpunkt NLP (w/m/d)',
      'Junior Data Scientist (m/w/d)',
    ],
    tasks: [
      'Du entwickelst Prognosemodelle auf Basis von maschinellem Lernen, etwa für Absatz und Energiebedarf.',
      'Du analysierst große Datenmengen, entwickelst Features und validierst Modelle statistisch sauber.',
      'Du trainierst Klassifikationsmodelle für Texte mit modernen Sprachmodellen.',
      'Du präsentierst Ergebnisse verständlich für Fachabteilungen und Management.',
      'Du evaluierst neue Verfahren aus der Forschung und prüfst ihren Nutzen für unsere Kunden.',
    ],
    profile: [
      'Fundierte Kenntnisse in Statistik und Machine Learning, z. B. mit scikit-learn.',
      'Erfahrung mit Python, SQL und gängigen ML-Frameworks.',
      'Idealerweise Erfahrung mit NLP oder Zeitreihenprognosen.',
      'Promotion oder Master in einem quantitativen Fach.',
    ],
    intros: TECH_INTROS,
  },
  {
    key: 'ai-developer',
    aiSkill: true,
    titles: [
      'KI-Entwickler (m/w/d)',
      'Softwareentwickler KI (m/w/d)',
      'AI Engineer – LLM-Anwendungen (m/w/d)',
      'Entwickler:in für KI-Systeme',
    ],
    tasks: [
      'Du entwickelst KI-Anwendungen auf Basis großer Sprachmodelle, inklusive Retrieval-Augmented Generation.',
      'Du integrierst LLMs in unsere Produkte und evaluierst ihre Antworten systematisch.',
      'Du setzt Fine-Tuning von Sprachmodellen auf eigenen Daten um.',
      'Du baust Schnittstellen zwischen unseren KI-Modellen und den Fachanwendungen unserer Kunden.',
      'Du arbeitest im agilen Team mit Produktmanagement und UX zusammen.',
    ],
    profile: [
      'Erfahrung in der Entwicklung von KI-Anwendungen mit Python, LangChain oder vergleichbaren Frameworks.',
      'Kenntnisse zu Transformer-Modellen, Embeddings und Vektordatenbanken.',
      'Abgeschlossenes Studium der Informatik oder vergleichbare Qualifikation.',
      'Sehr gute Deutsch- und gute Englischkenntnisse.',
    ],
    intros: TECH_INTROS,
  },
  {
    key: 'ai-research',
    aiSkill: true,
    titles: [
      'Wissenschaftliche:r Mitarbeiter:in Maschinelles Lernen',
      'Doktorand (m/w/d) Deep Learning in der Medizin',
      'Research Scientist Computer Vision (m/w/d)',
      'Postdoc Reinforcement Learning (m/w/d)',
    ],
    tasks: [
      'Sie forschen zu Verfahren des maschinellen Lernens und veröffentlichen in internationalen Fachzeitschriften.',
      'Sie entwickeln neuronale Netze zur Segmentierung medizinischer Bilddaten.',
      'Sie betreuen studentische Abschlussarbeiten und wirken in der Lehre mit.',
      'Sie arbeiten in einem vom BMBF geförderten Verbundprojekt mit Industriepartnern.',
    ],
    profile: [
      'Sehr guter Masterabschluss in Informatik, Mathematik oder Elektrotechnik.',
      'Fundierte Kenntnisse in Deep Learning und Erfahrung mit PyTorch.',
      'Freude an wissenschaftlicher Arbeit und Teamarbeit.',
    ],
    intros: [
      'Die Universität in {town} ist eine forschungsstarke Hochschule mit 40.000 Studierenden.',
      'Das Institut für Informatik der Hochschule {town} sucht zum nächstmöglichen Zeitpunkt Verstärkung.',
      'Unser Forschungsinstitut in {town} arbeitet an der Schnittstelle von Wissenschaft und Industrie.',
    ],
  },
  {
    key: 'cv-engineer-industry',
    aiSkill: true,
    titles: [
      'Ingenieur Bildverarbeitung (m/w/d)',
      'Entwicklungsingenieur optische Prüfsysteme (m/w/d)',
      'Softwareentwickler (m/w/d) Computer Vision',
    ],
    tasks: [
      'Sie entwickeln Algorithmen zur automatischen Fehlererkennung mit Deep-Learning-Verfahren.',
      'Sie trainieren Objekterkennungsmodelle mit eigenen Bilddaten und bringen sie auf unsere Prüfanlagen.',
      'Sie nehmen Anlagen beim Kunden in Betrieb und schulen das Bedienpersonal.',
    ],
    profile: [
      'Erfahrung mit OpenCV und neuronalen Netzen für die Bildverarbeitung.',
      'Sichere Kenntnisse in C++ oder Python.',
      'Reisebereitschaft von etwa 15 %.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'working-student-ai',
    aiSkill: true,
    titles: [
      'Werkstudent (m/w/d) Künstliche Intelligenz',
      'Praktikum Data Science / Machine Learning (m/w/d)',
      'Abschlussarbeit: KI-basierte Qualitätsprognose',
    ],
    tasks: [
      'Du unterstützt unser Team beim Trainieren und Evaluieren von ML-Modellen.',
      'Du bereitest Trainingsdaten auf und entwickelst Prototypen für KI-Anwendungen.',
      'Du vergleichst verschiedene Modellarchitekturen und dokumentierst die Ergebnisse.',
    ],
    profile: [
      'Studium der Informatik, Data Science oder eines verwandten Fachs.',
      'Erste Erfahrungen mit Python und Machine Learning, etwa aus Vorlesungen oder Projekten.',
      'Verfügbarkeit von 15 bis 20 Stunden pro Woche.',
    ],
    intros: TECH_INTROS,
  },
  // ---- negatives ----
  {
    key: 'childcare',
    aiSkill: false,
    titles: [
      'Erzieher (m/w/d) für unsere Kita',
      'Kinderpfleger:in Kita Sonnenschein',
      'Kita-Leitung (m/w/d)',
    ],
    tasks: [
      'Sie begleiten Kinder zwischen einem und sechs Jahren liebevoll im Kita-Alltag.',
      'Sie gestalten Bildungsangebote und dokumentieren die Entwicklung der Kinder.',
      'Sie arbeiten vertrauensvoll mit Eltern und dem Team zusammen.',
      'Unser Maskottchen KIKI freut sich schon auf Sie.',
    ],
    profile: [
      'Abgeschlossene Ausbildung als staatlich anerkannte:r Erzieher:in.',
      'Freude an der Arbeit mit Kindern und Teamgeist.',
      'Erweitertes Führungszeugnis.',
    ],
    intros: ['Unser Träger betreibt zwölf Kitas in {town} und Umgebung.', ...GENERIC_INTROS.slice(3)],
  },
  {
    key: 'ski-instructor',
    aiSkill: false,
    titles: ['Skilehrer (m/w/d) Skihalle', 'Mitarbeiter Ski-Verleih (m/w/d)', 'Aushilfe Skiservice (m/w/d)'],
    tasks: [
      'Du gibst Skikurse für Kinder und Erwachsene in unserer Skihalle.',
      'Du berätst Kunden im Ski-Verleih und stellst Bindungen ein.',
      'Du wachst und schleifst Ski in unserer Werkstatt.',
    ],
    profile: [
      'Sicheres Skifahren, idealerweise eine Skilehrer-Ausbildung.',
      'Freundliches Auftreten und Spaß am Umgang mit Menschen.',
    ],
    intros: ['Die Skihalle in {town} ist das ganze Jahr geöffnet.', ...GENERIC_INTROS.slice(3)],
  },
  {
    key: 'kiosk',
    aiSkill: false,
    titles: [
      'Verkäufer (m/w/d) Kiosk',
      'Aushilfe im Kiosk am Bahnhof (m/w/d)',
      'Minijob Kiosk und Paketshop',
    ],
    tasks: [
      'Sie bedienen Kundinnen und Kunden und kassieren.',
      'Sie füllen Regale auf und nehmen Pakete an.',
      'Sie halten den Kiosk sauber und ordentlich.',
    ],
    profile: ['Zuverlässigkeit und Freundlichkeit.', 'Bereitschaft zu Früh- und Spätschichten.'],
    intros: ['Unser Kiosk in {town} hat täglich von 6 bis 22 Uhr geöffnet.', ...GENERIC_INTROS.slice(3)],
  },
  {
    key: 'electrician',
    aiSkill: false,
    titles: [
      'Elektroniker für Energie- und Gebäudetechnik (m/w/d)',
      'Elektriker (m/w/d) im Kundendienst',
      'Servicetechniker Elektro (m/w/d)',
    ],
    tasks: [
      'Sie installieren elektrische Anlagen in Neubau und Bestand.',
      'Sie führen Wartungen und Prüfungen nach DGUV V3 durch.',
      'Sie suchen Fehler und beheben Störungen beim Kunden.',
    ],
    profile: [
      'Abgeschlossene Ausbildung im Elektrohandwerk.',
      'Führerschein Klasse B.',
      'Selbstständige und sorgfältige Arbeitsweise.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'nurse',
    aiSkill: false,
    titles: [
      'Pflegefachkraft (m/w/d)',
      'Gesundheits- und Krankenpfleger (m/w/d) Intensivstation',
      'Pflegehelfer (m/w/d) ambulanter Dienst',
    ],
    tasks: [
      'Sie versorgen Patientinnen und Patienten nach aktuellen pflegerischen Standards.',
      'Sie dokumentieren Pflegemaßnahmen in unserer elektronischen Pflegedokumentation.',
      'Sie arbeiten eng mit Ärzten und Therapeuten zusammen.',
    ],
    profile: [
      'Abgeschlossene dreijährige Pflegeausbildung.',
      'Empathie und Belastbarkeit.',
      'Bereitschaft zum Schichtdienst.',
    ],
    intros: ['Unser Klinikum in {town} versorgt jährlich 30.000 Patienten.', ...GENERIC_INTROS],
  },
  {
    key: 'accountant',
    aiSkill: false,
    titles: ['Buchhalter (m/w/d)', 'Finanzbuchhalter:in in Teilzeit', 'Steuerfachangestellte (m/w/d)'],
    tasks: [
      'Sie bearbeiten die Kreditoren- und Debitorenbuchhaltung.',
      'Sie bereiten Monats- und Jahresabschlüsse vor.',
      'Sie erstellen Umsatzsteuervoranmeldungen.',
    ],
    profile: [
      'Abgeschlossene kaufmännische Ausbildung, gern mit Weiterbildung zum Bilanzbuchhalter.',
      'Sicherer Umgang mit DATEV und MS Office.',
      'Genauigkeit und Zuverlässigkeit.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'software-developer',
    aiSkill: false,
    titles: [
      'Softwareentwickler Java (m/w/d)',
      'Frontend-Entwickler React (m/w/d)',
      'Full-Stack Developer (m/w/d)',
      'Backend-Entwickler .NET (m/w/d)',
    ],
    tasks: [
      'Du entwickelst Webanwendungen mit Java, Spring Boot und Angular.',
      'Du arbeitest im Scrum-Team und übernimmst Verantwortung für Features.',
      'Du schreibst automatisierte Tests und führst Code-Reviews durch.',
      'Du modernisierst Altanwendungen und migrierst sie in die Cloud.',
    ],
    profile: [
      'Mehrjährige Erfahrung in der Softwareentwicklung.',
      'Kenntnisse in SQL, REST-APIs und Git.',
      'Erfahrung mit Docker und CI/CD-Pipelines.',
    ],
    intros: TECH_INTROS,
  },
  {
    key: 'data-analyst',
    aiSkill: false,
    titles: [
      'Data Analyst (m/w/d) Controlling',
      'BI-Entwickler (m/w/d)',
      'Reporting-Spezialist Power BI (m/w/d)',
    ],
    tasks: [
      'Du erstellst Berichte und Dashboards in Power BI für die Geschäftsführung.',
      'Du pflegst das Data Warehouse und entwickelst ETL-Strecken.',
      'Du analysierst Umsatz- und Kostendaten und leitest Handlungsempfehlungen ab.',
    ],
    profile: [
      'Sehr gute SQL-Kenntnisse und Erfahrung mit Power BI oder Tableau.',
      'Analytisches Denken und Kommunikationsstärke.',
      'Studium der Wirtschaftswissenschaften oder Wirtschaftsinformatik.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'sales-ai-product',
    aiSkill: false,
    titles: [
      'Account Executive KI-Software (m/w/d)',
      'Vertriebsmitarbeiter (m/w/d) für KI-Lösungen',
      'Sales Manager AI Platform (m/w/d)',
      'Key Account Manager (m/w/d) Industrie',
    ],
    tasks: [
      'Sie verkaufen unsere KI-basierte Plattform an Kunden im Mittelstand.',
      'Sie präsentieren unsere KI-Lösungen auf Messen und bei Kundenterminen.',
      'Sie gewinnen Neukunden für unsere Software mit künstlicher Intelligenz und pflegen bestehende Kunden.',
      'Sie verhandeln Verträge und verantworten Ihre Umsatzziele.',
    ],
    profile: [
      'Mehrjährige Erfahrung im B2B-Vertrieb von Software.',
      'Verhandlungsgeschick und Abschlussstärke.',
      'Führerschein und Reisebereitschaft.',
    ],
    intros: [
      '{employer} ist ein führender Anbieter KI-gestützter Software für die Produktion.',
      'Als Marktführer für KI-basierte Qualitätsprüfung wachsen wir schnell.',
      ...TECH_INTROS,
    ],
  },
  {
    key: 'marketing',
    aiSkill: false,
    titles: [
      'Marketing Manager (m/w/d)',
      'Content Creator Social Media (m/w/d)',
      'Online-Marketing-Manager:in',
    ],
    tasks: [
      'Du planst Kampagnen und betreust unsere Social-Media-Kanäle.',
      'Du erstellst Inhalte für Website, Newsletter und Instagram und nutzt dafür auch KI-Tools wie ChatGPT und Midjourney.',
      'Du analysierst Kampagnen mit Google Analytics und optimierst sie.',
    ],
    profile: [
      'Abgeschlossenes Studium im Bereich Marketing oder Kommunikation.',
      'Sicherer Umgang mit KI-Tools zur Texterstellung ist von Vorteil.',
      'Kreativität und Hands-on-Mentalität.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'recruiter',
    aiSkill: false,
    titles: ['Recruiter (m/w/d)', 'HR Business Partner (m/w/d)', 'Personalreferent:in'],
    tasks: [
      'Du verantwortest den gesamten Recruiting-Prozess von der Stellenausschreibung bis zur Vertragsunterschrift.',
      'Du setzt unser KI-gestütztes Bewerbermanagementsystem ein und entwickelst den Prozess weiter.',
      'Du berätst Führungskräfte in allen Personalfragen.',
    ],
    profile: [
      'Erfahrung im Recruiting, idealerweise in der Technologiebranche.',
      'Interesse an digitalen HR-Tools und KI.',
      'Kommunikationsstärke und Empathie.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'office-ai-startup',
    aiSkill: false,
    titles: [
      'Office Manager (m/w/d)',
      'Assistenz der Geschäftsführung (m/w/d)',
      'Buchhaltung und Office (m/w/d) Teilzeit',
    ],
    tasks: [
      'Sie organisieren den Büroalltag, Reisen und Veranstaltungen.',
      'Sie bereiten die Buchhaltung vor und stimmen sich mit dem Steuerbüro ab.',
      'Sie sind erste Ansprechperson für Gäste und Bewerbende.',
    ],
    profile: [
      'Kaufmännische Ausbildung und erste Berufserfahrung.',
      'Organisationstalent und Freude an einem dynamischen Umfeld.',
      'Sehr gute Deutsch- und Englischkenntnisse.',
    ],
    intros: [
      'Wir sind ein schnell wachsendes KI-Start-up aus {town}, das mit maschinellem Lernen die Energiewende voranbringt.',
      '{employer} entwickelt KI-Modelle für die medizinische Bildgebung.',
      ...TECH_INTROS,
    ],
  },
  {
    key: 'customer-service',
    aiSkill: false,
    titles: [
      'Kundenservice-Mitarbeiter (m/w/d)',
      'Customer Success Manager (m/w/d)',
      'Mitarbeiter Kundensupport (m/w/d)',
    ],
    tasks: [
      'Sie beantworten Kundenanfragen per Telefon, E-Mail und Chat.',
      'Unser KI-Chatbot beantwortet Standardfragen, Sie kümmern sich um die kniffligen Fälle.',
      'Sie dokumentieren Anliegen im CRM und arbeiten mit der Fachabteilung zusammen.',
    ],
    profile: [
      'Freundlichkeit auch in schwierigen Gesprächen.',
      'Sicherer Umgang mit dem PC.',
      'Erste Erfahrung im Kundenservice.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'logistics-worker',
    aiSkill: false,
    titles: [
      'Lagermitarbeiter (m/w/d)',
      'Berufskraftfahrer CE (m/w/d)',
      'Fachkraft für Lagerlogistik (m/w/d)',
    ],
    tasks: [
      'Sie kommissionieren Waren und bereiten Sendungen vor.',
      'Sie be- und entladen Lkw mit dem Stapler.',
      'Sie beliefern Kunden im Nahverkehr.',
    ],
    profile: [
      'Staplerschein oder Führerschein CE.',
      'Zuverlässigkeit und körperliche Belastbarkeit.',
      'Bereitschaft zur Schichtarbeit.',
    ],
    intros: GENERIC_INTROS,
  },
  {
    key: 'teacher-it',
    aiSkill: false,
    titles: [
      'Lehrkraft Informatik (m/w/d)',
      'Dozent (m/w/d) für digitale Kompetenzen',
      'Trainer:in KI-Anwenderschulungen',
    ],
    tasks: [
      'Sie unterrichten Informatik in der Sekundarstufe I und II.',
      'Sie schulen Büroangestellte im sicheren Umgang mit KI-Tools wie Copilot und ChatGPT.',
      'Sie entwickeln Unterrichtsmaterial und betreuen Projekte.',
    ],
    profile: [
      'Zweites Staatsexamen oder vergleichbare Qualifikation.',
      'Didaktisches Geschick.',
      'Offenheit für neue Technologien wie künstliche Intelligenz.',
    ],
    intros: [
      'Unsere Bildungseinrichtung in {town} bietet Weiterbildungen für Erwachsene an.',
      ...GENERIC_INTROS,
    ],
  },
];

/** Sentences on how an employer uses AI in its own recruiting (never an AI-skill demand). */
export const RECRUITING_AI: string[] = [
  'Wir nutzen im Bewerbungsprozess KI-gestützte Tools, um Ihnen schneller antworten zu können.',
  'Hinweis: Die Vorauswahl der Bewerbungen erfolgt teilweise mit Unterstützung künstlicher Intelligenz; die Entscheidung treffen Menschen.',
  'Unser Bewerbungsprozess wird durch KI unterstützt – Fragen beantwortet auch unser Recruiting-Chatbot.',
  'Diese Stellenanzeige wurde mit Hilfe von KI erstellt.',
];

/** AI tools used or AI knowledge as "a plus" (never an AI-skill demand). */
export const AI_AS_A_PLUS: string[] = [
  'Erfahrung mit GitHub Copilot ist von Vorteil.',
  'Kenntnisse im Umgang mit KI-Tools wie ChatGPT sind wünschenswert.',
  'Erste Berührungspunkte mit Machine Learning sind ein Plus, aber keine Voraussetzung.',
  'Interesse an künstlicher Intelligenz und neuen Technologien ist gern gesehen.',
  'Nice to have: experience with AI tools.',
  'Du nutzt KI-Assistenten im Alltag, um effizienter zu arbeiten.',
];

export const OFFERS: string[] = [
  'Unbefristeter Arbeitsvertrag, 30 Tage Urlaub und flexible Arbeitszeiten.',
  'Homeoffice-Möglichkeit an bis zu drei Tagen pro Woche.',
  'Betriebliche Altersvorsorge, Jobrad und Deutschlandticket als Jobticket.',
  'Ein kollegiales Team, flache Hierarchien und kurze Entscheidungswege.',
  'Vergütung nach TVöD bzw. TV-L.',
  'Individuelle Weiterbildung und ein strukturiertes Onboarding.',
  'Kostenlose Getränke, Obst und regelmäßige Teamevents.',
  'Eine attraktive Vergütung mit Urlaubs- und Weihnachtsgeld.',
];

export const CLOSINGS: string[] = [
  'Wir freuen uns auf Ihre Bewerbung mit Lebenslauf und Zeugnissen über unser Karriereportal.',
  'Bewirb dich jetzt – ganz ohne Anschreiben!',
  'Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.',
  'Fragen beantwortet Ihnen gern {first} {surname} unter 0231 {phone}.',
  'Wir begrüßen Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität.',
];
