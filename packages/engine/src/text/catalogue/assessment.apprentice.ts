// Assessment phrases for the Ausbildungszeugnis (domain guide §1.1 §16 BBiG, §2.1, §2.2 A–C).
// Training-specific criteria, lenient yardstick: the sentences speak of learning and development, but
// the grade is carried only by the conventional signal words (docs/phrase-templates.md "Grade signals"):
//   1  stets/jederzeit/immer + äußerst/außerordentlich/hervorragend/in höchstem Maße/ausgezeichnet/vollsten
//   2  stets/jederzeit + sehr/voll/gut/umfassend (behaviour: "vorbildlich" without a time adverb, "stets einwandfrei")
//   3  no time adverb, bare adjective, "gut", "solide" (behaviour: "einwandfrei")
//   4  "im Allgemeinen", "den Anforderungen entsprechend", "ausreichend", "üblich" (behaviour: "korrekt")
//   5  "im Großen und Ganzen", "im Wesentlichen", "teilweise", "weitgehend", "bemüht"
// Slots: {occupation} everywhere, {internalParties} / {externalParties} in the behaviour categories.
import type { AssessmentCatalogue } from './catalogue.types.js';

export const apprenticeAssessmentPhrases: AssessmentCatalogue['apprentice'] = {
  // Lernbereitschaft, Interesse an der Ausbildung, Zielstrebigkeit, Fleiß
  willingness: {
    1: [
      '{Er} <zeigen> stets eine außerordentlich hohe Lernbereitschaft und <verfolgen> {seine} Ausbildungsziele mit größter Zielstrebigkeit.',
      '{Er} <bringen> jederzeit ein äußerst großes Interesse an allen Ausbildungsinhalten mit und <arbeiten> sich mit außerordentlichem Fleiß in jedes neue Aufgabengebiet ein.',
      '{Sein.n} Interesse an der Ausbildung <sein> stets in höchstem Maße ausgeprägt. {Er} <lernen> mit großem Eifer, <fragen> eigenständig nach und <nutzen> jede Gelegenheit, {sein.n} Wissen zu erweitern.',
      '{Er} <widmen> sich allen Aufgaben der Ausbildung mit außerordentlicher Zielstrebigkeit und stets vorbildlichem Fleiß.',
      '{Er} <sein> stets in höchstem Maße lernbereit und motiviert und <gehen> neue Aufgaben jederzeit mit beeindruckender Wissbegierde und Ausdauer an.',
    ],
    2: [
      '{Er} <zeigen> stets eine sehr hohe Lernbereitschaft und <setzen> sich mit viel Engagement für {seine} Ausbildung ein.',
      '{Er} <interessieren> sich jederzeit sehr für alle Inhalte der Ausbildung und <arbeiten> sich mit viel Fleiß in neue Themen ein.',
      '{Er} <gehen> stets sehr motiviert an neue Aufgaben heran und <erweitern> {sein.n} Wissen aus eigenem Antrieb.',
      '{Er} <verfolgen> {seine} Ausbildungsziele stets mit sehr viel Ausdauer und <zeichnen> sich jederzeit durch Fleiß und Zielstrebigkeit aus.',
      '{Er} <sein> jederzeit sehr wissbegierig und <nehmen> neue Ausbildungsinhalte mit Eifer und Gründlichkeit auf.',
    ],
    3: [
      '{Er} <zeigen> Interesse an der Ausbildung, <sein> lernbereit und <arbeiten> fleißig.',
      '{Er} <arbeiten> zielstrebig auf {seine} Ausbildungsziele hin und <lernen> fleißig.',
      '{Er} <sein> motiviert und lernbereit und <zeigen> Interesse an den Aufgaben in den einzelnen Ausbildungsabschnitten.',
      '{Er} <begegnen> neuen Ausbildungsinhalten mit Offenheit und Lernbereitschaft und <arbeiten> zielstrebig.',
      '{Er} <bringen> Interesse am Ausbildungsberuf {occupation} mit und <erweitern> {sein.n} Wissen fleißig und zielstrebig.',
    ],
    4: [
      '{Er} <zeigen> im Allgemeinen Interesse an der Ausbildung und <sein> lernbereit.',
      '{Er} <verfügen> über eine den Anforderungen entsprechende Lernbereitschaft und <arbeiten> im Allgemeinen fleißig.',
      '{Er} <bringen> ausreichendes Interesse an der Ausbildung mit und <arbeiten> mit dem erforderlichen Fleiß.',
      '{Er} <nehmen> neue Ausbildungsinhalte im Allgemeinen bereitwillig auf und <verfolgen> die Ausbildungsziele mit ausreichender Zielstrebigkeit.',
      '{Er} <sein> im Allgemeinen motiviert und <gehen> die Aufgaben der Ausbildung mit dem üblichen Einsatz an.',
    ],
    5: [
      '{Er} <zeigen> im Großen und Ganzen Interesse an der Ausbildung.',
      '{Er} <bemühen> sich, die Ausbildungsinhalte zu erlernen, und <zeigen> teilweise Eigeninitiative.',
      '{Seine} Lernbereitschaft <entsprechen> weitgehend unseren Erwartungen.',
      '{Er} <sein> im Wesentlichen lernbereit und <zeigen> Fleiß, wenn dies gefordert <werden>.',
    ],
  },

  // Auffassungsgabe, Verständnis für Zusammenhänge, Belastbarkeit
  ability: {
    1: [
      '{Er} <verfügen> über eine außerordentlich schnelle Auffassungsgabe und <erfassen> auch schwierige Zusammenhänge stets sofort und treffsicher.',
      '{Er} <begreifen> neue Sachverhalte stets äußerst schnell und <ordnen> diese sicher in größere Zusammenhänge ein.',
      '{Er} <sein> in höchstem Maße belastbar und <behalten> auch bei hohem Arbeitsaufkommen jederzeit einen klaren Überblick.',
      '{Er} <finden> sich dank {seiner} äußerst raschen Auffassungsgabe in jeder Ausbildungsstation stets ohne Anlaufzeit zurecht.',
      '{Er} <erkennen> Zusammenhänge jederzeit außerordentlich schnell, <denken> vorausschauend mit und <sein> auch hohen Belastungen stets bestens gewachsen.',
    ],
    2: [
      '{Er} <verfügen> über eine sehr gute Auffassungsgabe und <erfassen> neue Zusammenhänge stets schnell und sicher.',
      '{Er} <begreifen> neue Arbeitsabläufe jederzeit sehr schnell und <verstehen> es, {sein.n} Wissen sinnvoll auf neue Aufgaben zu übertragen.',
      '{Er} <sein> stets gut belastbar und <behalten> auch unter erhöhtem Zeitdruck den Überblick.',
      '{Er} <erkennen> betriebliche Zusammenhänge stets sehr rasch und <ordnen> neue Informationen sicher ein.',
      '{Er} <arbeiten> sich dank {seiner} sehr schnellen Auffassungsgabe jederzeit zügig in neue Ausbildungsbereiche ein und <sein> erhöhten Belastungen gut gewachsen.',
    ],
    3: [
      '{Er} <verfügen> über eine gute Auffassungsgabe und <erfassen> neue Zusammenhänge schnell.',
      '{Er} <begreifen> neue Arbeitsabläufe rasch und <zeigen> Verständnis für betriebliche Zusammenhänge.',
      '{Er} <sein> belastbar und <behalten> auch bei hohem Arbeitsaufkommen den Überblick.',
      '{Er} <erfassen> neue Aufgaben schnell und <finden> sich in den einzelnen Ausbildungsabschnitten gut zurecht.',
      '{Er} <lernen> zügig, <erkennen> Zusammenhänge sicher und <sein> auch hohem Zeitdruck gewachsen.',
    ],
    4: [
      '{Er} <verfügen> über eine den Anforderungen entsprechende Auffassungsgabe und <sein> dem üblichen Zeitdruck gewachsen.',
      '{Er} <erfassen> neue Sachverhalte im Allgemeinen schnell und <zeigen> ausreichendes Verständnis für betriebliche Zusammenhänge.',
      '{Er} <sein> den üblichen Belastungen der Ausbildung gewachsen und <verstehen> neue Arbeitsabläufe im Allgemeinen zügig.',
      '{Er} <arbeiten> sich im Allgemeinen in angemessener Zeit in neue Aufgaben ein.',
      '{Er} <begreifen> neue Inhalte in ausreichendem Tempo und <erkennen> im Allgemeinen die grundlegenden Zusammenhänge.',
    ],
    5: [
      '{Er} <verstehen> neue Aufgaben im Großen und Ganzen und <erkennen> teilweise die betrieblichen Zusammenhänge.',
      '{Er} <sein> den Belastungen der Ausbildung im Wesentlichen gewachsen.',
      '{Er} <bemühen> sich, neue Arbeitsabläufe zu verstehen und in den betrieblichen Zusammenhang einzuordnen.',
      '{Er} <erfassen> neue Inhalte bei genügend Einarbeitungszeit weitgehend.',
    ],
  },

  // Erreichter Kenntnisstand, fachliche Fertigkeiten im Ausbildungsberuf
  knowledge: {
    1: [
      '{Er} <erwerben> äußerst fundierte Fachkenntnisse und <beherrschen> die im Ausbildungsberuf {occupation} geforderten Fertigkeiten stets hervorragend.',
      '{Sein.m} Kenntnisstand <sein> [t:am Ende der Ausbildung|bereits jetzt] ausgezeichnet; {er} <setzen> {sein.n} Wissen stets äußerst sicher und zielgerichtet in der Praxis ein.',
      '{Er} <verfügen> über ein hervorragendes, weit über die Ausbildungsinhalte hinausgehendes Fachwissen und <wissen> es jederzeit äußerst sicher anzuwenden.',
      '{Er} <beherrschen> die Fertigkeiten des Ausbildungsberufs {occupation} in außerordentlich hohem Maße und <stellen> {sein.n} Können stets souverän unter Beweis.',
      '{Er} <eignen> sich ein ausgezeichnetes theoretisches und praktisches Fachwissen an und <nutzen> es immer äußerst zielsicher für die Lösung anspruchsvoller Aufgaben.',
    ],
    2: [
      '{Er} <erwerben> umfassende und gute Fachkenntnisse und <wenden> diese stets sehr sicher in der Praxis an.',
      '{Er} <beherrschen> die im Ausbildungsberuf {occupation} geforderten Arbeitstechniken und Fertigkeiten stets sehr sicher.',
      '{Er} <verfügen> [t:zum Abschluss der Ausbildung|bereits jetzt] über einen sehr guten Kenntnisstand und <setzen> {sein.n} Wissen jederzeit zielgerichtet ein.',
      '{Er} <eignen> sich ein umfassendes theoretisches und praktisches Wissen an und <nutzen> es stets sehr gewinnbringend in den Fachabteilungen.',
      '{Er} <erlernen> die fachlichen Grundlagen des Ausbildungsberufs {occupation} stets sehr gründlich und <verfügen> über ein gut fundiertes Fachwissen.',
    ],
    3: [
      '{Er} <erwerben> solide Fachkenntnisse und <wenden> diese in der Praxis sicher an.',
      '{Er} <verfügen> über gute Kenntnisse und Fertigkeiten in allen Bereichen des Ausbildungsberufs {occupation}.',
      '{Sein.m} Kenntnisstand <sein> gut, und {er} <setzen> {sein.n} Wissen erfolgreich in der Praxis ein.',
      '{Er} <eignen> sich ein fundiertes Fachwissen an und <setzen> es in den Ausbildungsstationen zielgerichtet um.',
      '{Er} <erreichen> einen guten Kenntnisstand und <beherrschen> die grundlegenden Arbeitstechniken sicher.',
    ],
    4: [
      '{Er} <verfügen> über ein den Anforderungen entsprechendes Fachwissen und <wenden> dieses im Allgemeinen sicher an.',
      '{Er} <erwerben> die im Ausbildungsberuf {occupation} erforderlichen Kenntnisse in ausreichendem Maße.',
      '{Er} <erreichen> einen den Anforderungen entsprechenden Kenntnisstand und <beherrschen> die grundlegenden Fertigkeiten im Allgemeinen sicher.',
      'Die fachlichen Grundlagen des Ausbildungsberufs {occupation} <beherrschen> {er} im Allgemeinen.',
      '{Er} <eignen> sich ausreichende theoretische und praktische Kenntnisse an und <setzen> diese im Allgemeinen angemessen ein.',
    ],
    5: [
      '{Er} <verfügen> im Wesentlichen über die erforderlichen Grundkenntnisse.',
      '{Er} <erwerben> die im Ausbildungsberuf {occupation} geforderten Kenntnisse und Fertigkeiten teilweise.',
      '{Sein.n} Fachwissen <entsprechen> im Großen und Ganzen den Anforderungen der Ausbildung.',
      '{Er} <bemühen> sich, {sein.n} Fachwissen zu erweitern und in der Praxis anzuwenden.',
    ],
  },

  // Berufsschule und theoretischer Teil der Ausbildung, Lernerfolg, innerbetrieblicher Unterricht
  training: {
    1: [
      '{Er} <besuchen> die Berufsschule mit stets hervorragendem Erfolg und <nehmen> jederzeit äußerst engagiert am innerbetrieblichen Unterricht teil.',
      '{Er} <erzielen> im theoretischen Teil der Ausbildung stets ausgezeichnete Ergebnisse und <verknüpfen> die Inhalte der Berufsschule äußerst gewinnbringend mit der betrieblichen Praxis.',
      '{Er} <lernen> stets äußerst effizient und <übertragen> das in der Berufsschule erworbene Wissen jederzeit sicher auf die Aufgaben im Betrieb.',
      '{Er} <meistern> den theoretischen Teil der Ausbildung mit stets herausragenden Noten und <nutzen> innerbetriebliche Schulungen mit äußerstem Interesse, um {sein.n} Wissen zu vertiefen.',
      '{Er} <folgen> dem Berufsschulunterricht immer mit außerordentlichem Engagement und <erbringen> dort hervorragende Leistungen.',
    ],
    2: [
      '{Er} <besuchen> die Berufsschule stets mit sehr gutem Erfolg und <zeigen> dort eine hohe Lernbereitschaft.',
      '{Er} <erzielen> im theoretischen Teil der Ausbildung stets sehr gute Ergebnisse und <verbinden> Theorie und Praxis gekonnt miteinander.',
      '{Er} <bereiten> sich stets sehr gewissenhaft auf Prüfungen und Klassenarbeiten in der Berufsschule vor und <erreichen> dort gute Noten.',
      '{Er} <nehmen> stets sehr interessiert und aktiv am innerbetrieblichen Unterricht teil und <vertiefen> dort {sein.n} Wissen mit gutem Erfolg.',
      'Den theoretischen Teil der Ausbildung <bewältigen> {er} jederzeit sicher und mit sehr guten Ergebnissen.',
    ],
    3: [
      '{Er} <besuchen> die Berufsschule mit gutem Erfolg und <nehmen> aktiv am innerbetrieblichen Unterricht teil.',
      '{Er} <erzielen> im theoretischen Teil der Ausbildung gute Ergebnisse und <verbinden> das Gelernte erfolgreich mit der Praxis.',
      '{Er} <lernen> zielgerichtet und <übertragen> das in der Berufsschule erworbene Wissen sicher auf die Aufgaben im Betrieb.',
      '{Er} <folgen> dem innerbetrieblichen Unterricht interessiert und <erweitern> dort {sein.n} Fachwissen.',
      '{Er} <erreichen> in der Berufsschule gute Leistungen und <erarbeiten> sich den theoretischen Stoff selbstständig.',
    ],
    4: [
      '{Er} <besuchen> die Berufsschule mit ausreichendem Erfolg.',
      '{Er} <erzielen> im theoretischen Teil der Ausbildung den Anforderungen entsprechende Ergebnisse.',
      '{Er} <nehmen> am innerbetrieblichen Unterricht teil und <folgen> den Inhalten im Allgemeinen aufmerksam.',
      '{Er} <erbringen> in der Berufsschule ausreichende Leistungen und <übertragen> das Gelernte im Allgemeinen auf die Praxis.',
      '{Sein.m} Lernerfolg im theoretischen Teil der Ausbildung <entsprechen> im Allgemeinen unseren Erwartungen.',
    ],
    5: [
      '{Er} <besuchen> die Berufsschule mit wechselndem Erfolg und <erreichen> die Lernziele teilweise.',
      '{Er} <bemühen> sich, dem Berufsschulunterricht zu folgen und den Lernstoff nachzuarbeiten.',
      'Im theoretischen Teil der Ausbildung <bewältigen> {er} den Lernstoff im Großen und Ganzen.',
      'Die Inhalte des innerbetrieblichen Unterrichts <setzen> {er} im Wesentlichen in der Praxis um.',
    ],
  },

  // Sorgfalt, Zuverlässigkeit, Selbstständigkeit
  workStyle: {
    1: [
      '{Er} <arbeiten> stets äußerst sorgfältig und zuverlässig und <erledigen> {seine} Aufgaben [t:bereits früh in der Ausbildung|schon jetzt] völlig selbstständig.',
      '{Seine} Arbeitsweise <sein> jederzeit von größter Sorgfalt und Genauigkeit geprägt. Auf {ihn} <können:pl> wir uns immer uneingeschränkt verlassen.',
      '{Er} <gehen> stets außerordentlich planvoll und systematisch vor und <übernehmen> für {seine} Aufgaben eigenständig Verantwortung.',
      '{Er} <sein> in höchstem Maße zuverlässig und <bearbeiten> alle übertragenen Aufgaben jederzeit mit ausgezeichneter Sorgfalt und bemerkenswerter Selbstständigkeit.',
      '{Er} <arbeiten> immer mit höchster Gewissenhaftigkeit und <handeln> im eigenen Aufgabenbereich eigenverantwortlich und umsichtig.',
    ],
    2: [
      '{Er} <erledigen> {seine} Aufgaben stets sehr sorgfältig, zuverlässig und selbstständig.',
      '{Seine} Arbeitsweise <sein> jederzeit sehr gewissenhaft und planvoll, und nach kurzer Einarbeitung <übernehmen> {er} neue Aufgaben eigenständig.',
      '{Er} <sein> stets sehr zuverlässig und <gehen> bei {seinen} Aufgaben umsichtig und systematisch vor.',
      'Wir <können:pl> uns jederzeit voll auf {ihn} verlassen, da {seine} Arbeitsweise sehr sorgfältig und selbstständig <sein>.',
      '{Er} <planen> {seine} Arbeitsschritte stets gut und <führen> die übertragenen Aufgaben sehr genau und eigenständig aus.',
    ],
    3: [
      '{Er} <arbeiten> sorgfältig, zuverlässig und selbstständig.',
      '{Seine} Arbeitsweise <sein> gewissenhaft und planvoll. Übertragene Aufgaben <erledigen> {er} zuverlässig.',
      '{Er} <bearbeiten> {seine} Aufgaben sorgfältig und <arbeiten> nach kurzer Einarbeitung selbstständig.',
      '{Er} <gehen> bei {seinen} Aufgaben umsichtig und genau vor und <arbeiten> verlässlich.',
      '{Er} <sein> zuverlässig und <führen> die übertragenen Arbeiten genau und eigenständig aus.',
    ],
    4: [
      '{Er} <arbeiten> mit ausreichender Sorgfalt und im Allgemeinen zuverlässig.',
      '{Er} <erledigen> die übertragenen Aufgaben nach Anweisung und im Allgemeinen mit der erforderlichen Sorgfalt.',
      '{Er} <zeigen> eine den Anforderungen entsprechende Sorgfalt und <bearbeiten> Routineaufgaben selbstständig.',
      '{Er} <sein> im Allgemeinen zuverlässig und <arbeiten> nach entsprechender Anleitung selbstständig.',
      '{Er} <gehen> bei {seinen} Aufgaben im Allgemeinen planvoll vor und <arbeiten> ausreichend genau.',
    ],
    5: [
      '{Er} <erledigen> {seine} Aufgaben im Wesentlichen ordnungsgemäß.',
      '{Er} <bemühen> sich, sorgfältig und zuverlässig zu arbeiten.',
      '{Er} <arbeiten> weitgehend sorgfältig und teilweise selbstständig.',
      'Auf {ihn} <können:pl> wir uns im Großen und Ganzen verlassen.',
    ],
  },

  // Ausbildungserfolg, Qualität der Arbeitsergebnisse in den Ausbildungsstationen
  result: {
    1: [
      '{Er} <erzielen> in allen Ausbildungsstationen stets hervorragende Arbeitsergebnisse, die unsere Erwartungen weit <übertreffen:pl>.',
      'Die Qualität {seiner} Arbeitsergebnisse <sein> in jeder Ausbildungsstation stets ausgezeichnet.',
      '{Er} <liefern> jederzeit Arbeitsergebnisse von außerordentlicher Qualität und <sein> für die Fachabteilungen eine äußerst wertvolle Unterstützung.',
      '{Sein.m} Ausbildungserfolg <sein> in jeder Hinsicht hervorragend; die Ziele jeder Ausbildungsstation <erreichen> {er} immer sicher und in kürzester Zeit.',
      'In sämtlichen Abteilungen <erbringen> {er} stets Leistungen, die weit über unseren Erwartungen <liegen:pl>.',
    ],
    2: [
      '{Er} <erzielen> in allen Ausbildungsstationen stets gute Arbeitsergebnisse, die über unseren Erwartungen <liegen:pl>.',
      'Die Qualität {seiner} Arbeitsergebnisse <sein> in allen Ausbildungsabschnitten jederzeit sehr gut.',
      '{Er} <erfüllen> die Anforderungen der einzelnen Ausbildungsstationen stets sehr gut und <sein> den Fachabteilungen eine wertvolle Unterstützung.',
      '{Sein.m} Ausbildungserfolg <sein> sehr gut; die Ziele der einzelnen Ausbildungsabschnitte <erreichen> {er} stets sicher.',
      '{Er} <arbeiten> stets sehr ergebnisorientiert und <liefern> in Qualität und Menge gute Ergebnisse.',
    ],
    3: [
      '{Er} <erzielen> in den Ausbildungsstationen Arbeitsergebnisse von guter Qualität.',
      '{Er} <werden> den Anforderungen der einzelnen Ausbildungsabteilungen gerecht, und die Qualität {seiner} Arbeitsergebnisse <sein> gut.',
      '{Er} <erreichen> die Ziele der einzelnen Ausbildungsabschnitte sicher und <erbringen> dabei gute Leistungen.',
      '{Sein.m} Ausbildungserfolg <sein> gut; in allen Abteilungen <arbeiten> {er} solide und ergebnisorientiert.',
      '{Er} <liefern> in den Fachabteilungen Ergebnisse, auf die wir uns verlassen <können:pl>.',
    ],
    4: [
      '{Er} <erzielen> in den Ausbildungsstationen den Anforderungen entsprechende Arbeitsergebnisse.',
      'Die Qualität {seiner} Arbeitsergebnisse <entsprechen> im Allgemeinen unseren Erwartungen.',
      '{Er} <werden> den Anforderungen der einzelnen Ausbildungsstationen im Allgemeinen gerecht.',
      '{Sein.m} Ausbildungserfolg <sein> ausreichend; die Ziele der einzelnen Ausbildungsabschnitte <erreichen> {er} im Allgemeinen.',
      '{Er} <erbringen> in den Fachabteilungen Arbeitsergebnisse in ausreichender Qualität und Menge.',
    ],
    5: [
      '{Seine} Arbeitsergebnisse in den einzelnen Ausbildungsstationen <entsprechen:pl> weitgehend unseren Erwartungen.',
      '{Er} <bemühen> sich, die Ziele der einzelnen Ausbildungsabschnitte zu erreichen.',
      '{Er} <erreichen> die Ziele der einzelnen Ausbildungsstationen teilweise.',
      'Die Qualität {seiner} Arbeitsergebnisse <genügen> im Großen und Ganzen den Anforderungen der Fachabteilungen.',
    ],
  },

  // Zusammenfassende Beurteilung (Zufriedenheitsformel / Erwartungsformel): exactly one sentence
  summary: {
    1: [
      '{Er} <erledigen> alle übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.',
      'Die Ausbildung <absolvieren> {er} stets zu unserer vollsten Zufriedenheit.',
      '{Er} <erfüllen> die Anforderungen der Ausbildung stets zu unserer vollsten Zufriedenheit.',
      'Mit {seinen} Leistungen in der Ausbildung <sein:pl> wir stets in höchstem Maße zufrieden.',
      '{Er} <erfüllen> unsere Erwartungen stets in jeder Hinsicht und in allerbester Weise.',
    ],
    2: [
      '{Er} <erledigen> alle übertragenen Aufgaben stets zu unserer vollen Zufriedenheit.',
      'Die Ausbildung <absolvieren> {er} stets zu unserer vollen Zufriedenheit.',
      '{Er} <erfüllen> die Anforderungen der Ausbildung stets zu unserer vollen Zufriedenheit.',
      'Mit {seinen} Leistungen in der Ausbildung <sein:pl> wir stets voll und ganz zufrieden.',
      'In allen Ausbildungsabschnitten <arbeiten> {er} jederzeit zu unserer vollen Zufriedenheit.',
    ],
    3: [
      '{Er} <erledigen> alle übertragenen Aufgaben zu unserer vollen Zufriedenheit.',
      'Die Ausbildung <absolvieren> {er} zu unserer vollen Zufriedenheit.',
      '{Er} <erfüllen> die Anforderungen der Ausbildung zu unserer vollen Zufriedenheit.',
      'In allen Ausbildungsabschnitten <arbeiten> {er} zu unserer vollen Zufriedenheit.',
      'Die übertragenen Aufgaben <bewältigen> {er} zu unserer vollen Zufriedenheit.',
    ],
    4: [
      '{Er} <erledigen> die übertragenen Aufgaben zu unserer Zufriedenheit.',
      'Die Ausbildung <absolvieren> {er} zu unserer Zufriedenheit.',
      '{Er} <erfüllen> die Anforderungen der Ausbildung zu unserer Zufriedenheit.',
      'In den Ausbildungsabschnitten <arbeiten> {er} zu unserer Zufriedenheit.',
      'Die übertragenen Aufgaben <bewältigen> {er} zu unserer Zufriedenheit.',
    ],
    5: [
      '{Er} <erledigen> die übertragenen Aufgaben im Großen und Ganzen zu unserer Zufriedenheit.',
      'Die Ausbildung <absolvieren> {er} im Großen und Ganzen zu unserer Zufriedenheit.',
      '{Er} <erfüllen> die Anforderungen der Ausbildung im Wesentlichen zu unserer Zufriedenheit.',
      '{Er} <entsprechen> in der Ausbildung weitgehend unseren Erwartungen.',
    ],
  },

  // Verhalten gegenüber Ausbildern, Vorgesetzten und Kollegen; Auftreten, Umgangsformen, Teamfähigkeit
  behaviourInternal: {
    1: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> stets vorbildlich. {Er} <werden> wegen {seiner} offenen und hilfsbereiten Art von allen sehr geschätzt.',
      '{Er} <begegnen> {internalParties} jederzeit mit vorbildlicher Höflichkeit und Offenheit und <sein> ein äußerst geschätztes Mitglied des Teams.',
      'Gegenüber {internalParties} <zeigen> {er} stets vorbildliche Umgangsformen und ein ausgezeichnetes Auftreten. {Er} <fügen> sich hervorragend in jedes Team ein.',
      '{Er} <verhalten> sich gegenüber {internalParties} stets vorbildlich und <sein> [g:ein äußerst teamfähiger Auszubildender|eine äußerst teamfähige Auszubildende|eine äußerst teamfähige Nachwuchskraft], [g:der|die|die] im gesamten Team sehr geschätzt <werden>.',
      '{Er} <arbeiten> mit {internalParties} stets in vorbildlicher Weise zusammen, und {seine} freundliche, aufgeschlossene Art <werden> allseits sehr geschätzt.',
    ],
    2: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> vorbildlich.',
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> stets einwandfrei, und {er} <zeigen> jederzeit gute Umgangsformen und ein sicheres Auftreten.',
      '{Er} <verhalten> sich gegenüber {internalParties} jederzeit einwandfrei und <sein> im Team stets sehr hilfsbereit.',
      'Gegenüber {internalParties} <zeigen> {er} vorbildliche Umgangsformen und ein offenes, hilfsbereites Wesen.',
      '{Er} <begegnen> {internalParties} jederzeit sehr höflich und offen; {sein.n} Verhalten <sein> stets einwandfrei.',
    ],
    3: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> einwandfrei.',
      '{Er} <verhalten> sich gegenüber {internalParties} einwandfrei und <fügen> sich gut in das Team ein.',
      '{Er} <begegnen> {internalParties} freundlich und hilfsbereit und <zeigen> ein einwandfreies Auftreten.',
      '{Sein.n} Auftreten gegenüber {internalParties} <sein> höflich und einwandfrei; im Team <arbeiten> {er} kollegial mit.',
      'Mit {internalParties} <arbeiten> {er} gut zusammen, und {seine} Umgangsformen <sein:pl> einwandfrei.',
    ],
    4: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> korrekt.',
      '{Er} <verhalten> sich gegenüber {internalParties} korrekt und <fügen> sich in das Team ein.',
      'Im Umgang mit {internalParties} <zeigen> {er} ein korrektes Auftreten.',
      '{Er} <pflegen> einen korrekten Umgang mit {internalParties}.',
      '{Sein.n} Verhältnis zu {internalParties} <sein> korrekt; {seine} Umgangsformen <entsprechen:pl> den üblichen Anforderungen.',
    ],
    5: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> im Wesentlichen einwandfrei.',
      '{Er} <verhalten> sich gegenüber {internalParties} im Großen und Ganzen einwandfrei.',
      'Gegenüber {internalParties} <zeigen> {er} weitgehend angemessene Umgangsformen.',
      '{Er} <bemühen> sich um ein kollegiales Verhältnis zu {internalParties}.',
    ],
  },

  // Verhalten gegenüber Kunden, Geschäftspartnern und anderen Externen
  behaviourExternal: {
    1: [
      '{Sein.n} Auftreten gegenüber {externalParties} <sein> stets vorbildlich, äußerst höflich und zuvorkommend.',
      '{Sein.n} Verhalten gegenüber {externalParties} <sein> stets vorbildlich, und {er} <genießen> bei ihnen großes Vertrauen.',
      'Im Kontakt mit {externalParties} <überzeugen> {er} jederzeit durch vorbildliche Umgangsformen und ein äußerst freundliches, kompetentes Auftreten.',
      '{Er} <begegnen> {externalParties} immer mit vorbildlicher Freundlichkeit und Hilfsbereitschaft und <werden> von ihnen sehr geschätzt.',
      'Gegenüber {externalParties} <vertreten> {er} unser Unternehmen stets in vorbildlicher Weise; {seine} ausgezeichneten Umgangsformen <werden:pl> allseits anerkannt.',
    ],
    2: [
      'Gegenüber {externalParties} <treten> {er} stets sehr höflich und sicher auf.',
      '{Sein.n} Verhalten gegenüber {externalParties} <sein> vorbildlich; {er} <gewinnen> rasch das Vertrauen unserer Gesprächspartner.',
      'Im Umgang mit {externalParties} <sein> {er} jederzeit freundlich, kompetent und sehr hilfsbereit.',
      '{Er} <begegnen> {externalParties} stets sehr zuvorkommend und <vertreten> unser Unternehmen gut.',
      '{Sein.n} Auftreten gegenüber {externalParties} <sein> stets einwandfrei und sehr verbindlich.',
    ],
    3: [
      'Gegenüber {externalParties} <treten> {er} freundlich und sicher auf.',
      '{Sein.n} Verhalten gegenüber {externalParties} <sein> einwandfrei.',
      'Im Umgang mit {externalParties} <sein> {er} freundlich und hilfsbereit.',
      '{Er} <begegnen> {externalParties} höflich und zuvorkommend.',
      'Mit {externalParties} <gehen> {er} freundlich und aufgeschlossen um.',
    ],
    4: [
      '{Sein.n} Verhalten gegenüber {externalParties} <sein> korrekt.',
      'Gegenüber {externalParties} <treten> {er} korrekt auf.',
      '{Er} <verhalten> sich im Umgang mit {externalParties} korrekt.',
      '{Er} <begegnen> {externalParties} korrekt und sachlich.',
      '{Sein.n} Auftreten gegenüber {externalParties} <sein> korrekt und <entsprechen> den üblichen Gepflogenheiten.',
    ],
    5: [
      '{Sein.n} Verhalten gegenüber {externalParties} <sein> im Wesentlichen einwandfrei.',
      'Gegenüber {externalParties} <treten> {er} im Großen und Ganzen angemessen auf.',
      '{Er} <bemühen> sich um einen freundlichen Umgang mit {externalParties}.',
      '{Er} <verhalten> sich im Umgang mit {externalParties} weitgehend höflich.',
    ],
  },
};
