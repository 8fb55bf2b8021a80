import { employeeAssessmentVerbs } from './verbs.employee-assessment.js';
import { apprenticeAssessmentVerbs } from './verbs.apprentice-assessment.js';
import { closingVerbs } from './verbs.closing.js';

export type VerbLexicon = Readonly<Record<string, readonly [present: string, past: string]>>;

// Verb lexicon: infinitive → [3rd person singular present, 3rd person singular past (Präteritum)].
// Plural forms are derived (see conjugate). Templates name verbs as <infinitive>. Separable verbs are
// written with their base verb and the prefix in the text ("<setzen> … ein"), so the lexicon holds no
// separable compounds. Add a verb here before a template uses it.
const baseVerbs: VerbLexicon = {
  absolvieren: ['absolviert', 'absolvierte'],
  agieren: ['agiert', 'agierte'],
  arbeiten: ['arbeitet', 'arbeitete'],
  beherrschen: ['beherrscht', 'beherrschte'],
  bauen: ['baut', 'baute'],
  bearbeiten: ['bearbeitet', 'bearbeitete'],
  begegnen: ['begegnet', 'begegnete'],
  begeistern: ['begeistert', 'begeisterte'],
  behalten: ['behält', 'behielt'],
  beherzigen: ['beherzigt', 'beherzigte'],
  bemühen: ['bemüht', 'bemühte'],
  besitzen: ['besitzt', 'besaß'],
  bestehen: ['besteht', 'bestand'],
  beteiligen: ['beteiligt', 'beteiligte'],
  betreuen: ['betreut', 'betreute'],
  beurteilen: ['beurteilt', 'beurteilte'],
  bewahren: ['bewahrt', 'bewahrte'],
  bewältigen: ['bewältigt', 'bewältigte'],
  beweisen: ['beweist', 'bewies'],
  bilden: ['bildet', 'bildete'],
  bringen: ['bringt', 'brachte'],
  delegieren: ['delegiert', 'delegierte'],
  denken: ['denkt', 'dachte'],
  durchlaufen: ['durchläuft', 'durchlief'],
  eignen: ['eignet', 'eignete'],
  entsprechen: ['entspricht', 'entsprach'],
  entwickeln: ['entwickelt', 'entwickelte'],
  erbringen: ['erbringt', 'erbrachte'],
  erfassen: ['erfasst', 'erfasste'],
  erfüllen: ['erfüllt', 'erfüllte'],
  erhalten: ['erhält', 'erhielt'],
  erkennen: ['erkennt', 'erkannte'],
  erledigen: ['erledigt', 'erledigte'],
  ermöglichen: ['ermöglicht', 'ermöglichte'],
  erreichen: ['erreicht', 'erreichte'],
  erweitern: ['erweitert', 'erweiterte'],
  erweisen: ['erweist', 'erwies'],
  erwerben: ['erwirbt', 'erwarb'],
  erzielen: ['erzielt', 'erzielte'],
  fallen: ['fällt', 'fiel'],
  fassen: ['fasst', 'fasste'],
  finden: ['findet', 'fand'],
  fördern: ['fördert', 'förderte'],
  führen: ['führt', 'führte'],
  geben: ['gibt', 'gab'],
  gehen: ['geht', 'ging'],
  gehören: ['gehört', 'gehörte'],
  gelingen: ['gelingt', 'gelang'],
  gelten: ['gilt', 'galt'],
  genießen: ['genießt', 'genoss'],
  gestalten: ['gestaltet', 'gestaltete'],
  haben: ['hat', 'hatte'],
  halten: ['hält', 'hielt'],
  handeln: ['handelt', 'handelte'],
  informieren: ['informiert', 'informierte'],
  kennen: ['kennt', 'kannte'],
  kommen: ['kommt', 'kam'],
  können: ['kann', 'konnte'],
  lassen: ['lässt', 'ließ'],
  legen: ['legt', 'legte'],
  leisten: ['leistet', 'leistete'],
  leiten: ['leitet', 'leitete'],
  lernen: ['lernt', 'lernte'],
  liegen: ['liegt', 'lag'],
  lösen: ['löst', 'löste'],
  meistern: ['meistert', 'meisterte'],
  motivieren: ['motiviert', 'motivierte'],
  mögen: ['mag', 'mochte'],
  nehmen: ['nimmt', 'nahm'],
  nutzen: ['nutzt', 'nutzte'],
  organisieren: ['organisiert', 'organisierte'],
  planen: ['plant', 'plante'],
  prägen: ['prägt', 'prägte'],
  pflegen: ['pflegt', 'pflegte'],
  reagieren: ['reagiert', 'reagierte'],
  schaffen: ['schafft', 'schaffte'],
  schließen: ['schließt', 'schloss'],
  schätzen: ['schätzt', 'schätzte'],
  sein: ['ist', 'war'],
  setzen: ['setzt', 'setzte'],
  sorgen: ['sorgt', 'sorgte'],
  stehen: ['steht', 'stand'],
  steigern: ['steigert', 'steigerte'],
  stellen: ['stellt', 'stellte'],
  steuern: ['steuert', 'steuerte'],
  streben: ['strebt', 'strebte'],
  tragen: ['trägt', 'trug'],
  treffen: ['trifft', 'traf'],
  treten: ['tritt', 'trat'],
  umfassen: ['umfasst', 'umfasste'],
  zählen: ['zählt', 'zählte'],
  überblicken: ['überblickt', 'überblickte'],
  übernehmen: ['übernimmt', 'übernahm'],
  übertreffen: ['übertrifft', 'übertraf'],
  überzeugen: ['überzeugt', 'überzeugte'],
  unterstützen: ['unterstützt', 'unterstützte'],
  verfolgen: ['verfolgt', 'verfolgte'],
  verfügen: ['verfügt', 'verfügte'],
  verhalten: ['verhält', 'verhielt'],
  verlieren: ['verliert', 'verlor'],
  vermitteln: ['vermittelt', 'vermittelte'],
  verstehen: ['versteht', 'verstand'],
  vertiefen: ['vertieft', 'vertiefte'],
  vertreten: ['vertritt', 'vertrat'],
  wachsen: ['wächst', 'wuchs'],
  werden: ['wird', 'wurde'],
  widmen: ['widmet', 'widmete'],
  wirken: ['wirkt', 'wirkte'],
  wissen: ['weiß', 'wusste'],
  zeichnen: ['zeichnet', 'zeichnete'],
  zeigen: ['zeigt', 'zeigte'],
};

export const verbLexicon: VerbLexicon = {
  ...baseVerbs,
  ...employeeAssessmentVerbs,
  ...apprenticeAssessmentVerbs,
  ...closingVerbs,
};

const irregularPlurals: Readonly<Record<string, readonly [present: string, past: string]>> = {
  sein: ['sind', 'waren'],
};

/** The finite form of a lexicon verb for the certificate's tense and the subject's number. */
export function conjugate(
  lexicon: VerbLexicon,
  infinitive: string,
  tense: 'past' | 'present',
  person: 'sg' | 'pl',
): string | undefined {
  const forms = lexicon[infinitive];
  if (!forms) return undefined;
  if (person === 'sg') return tense === 'present' ? forms[0] : forms[1];
  const irregular = irregularPlurals[infinitive];
  if (irregular) return tense === 'present' ? irregular[0] : irregular[1];
  if (tense === 'past') return forms[1].endsWith('e') ? `${forms[1]}n` : `${forms[1]}en`;
  return infinitive;
}
