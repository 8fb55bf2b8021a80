// Assessment phrases for employees (domain guide §2.1 section 4–5, §2.2 A–C).
// The grade is carried only by the conventional signal words (docs/phrase-templates.md "Grade signals"):
//   1  stets/jederzeit/immer + äußerst/außerordentlich/hervorragend/in höchstem Maße/ausgezeichnet/vollsten
//   2  stets/jederzeit + sehr/voll/gut/umfassend (behaviour: "vorbildlich" without a time adverb, or "stets einwandfrei")
//   3  no time adverb, bare adjective, "gut", "solide" (behaviour: "einwandfrei")
//   4  "im Allgemeinen", "den Anforderungen entsprechend", "ausreichend", "üblich" (behaviour: "korrekt")
//   5  "im Großen und Ganzen", "im Wesentlichen", "teilweise", "weitgehend", "bemüht"
// Every sentence of a variant carries its grade's signal and none of another grade's, so that the
// analyser recovers the grade exactly. The summary is the Zufriedenheits- or Erwartungsformel.
// Slots: {internalParties} in behaviourInternal (superiors first), {externalParties} in behaviourExternal.
// Where a sentence would start with a possessive, the diverse form names the person instead
// ("Das Verhalten von Alex Roth …"), because the article alone would not say whose behaviour it is.
import type { AssessmentCatalogue } from './catalogue.types.js';

export const employeeAssessmentPhrases: AssessmentCatalogue['employee'] = {
  // Arbeitsbereitschaft: Motivation, Eigeninitiative, Engagement, Zielstrebigkeit
  willingness: {
    1: [
      '{Er} <zeigen> stets eine außerordentliche Einsatzbereitschaft und <ergreifen> jederzeit aus eigenem Antrieb die Initiative.',
      '{Er} <identifizieren> sich in höchstem Maße mit {seinen} Aufgaben und <arbeiten> stets mit großem Elan.',
      '{Er} <bringen> sich jederzeit mit außerordentlichem Engagement in die Arbeit ein und <übernehmen> von sich aus zusätzliche Verantwortung.',
      '{Er} <sein> [g:ein äußerst motivierter Mitarbeiter|eine äußerst motivierte Mitarbeiterin|eine äußerst motivierte Fachkraft] und <zeigen> stets ein außerordentlich hohes Maß an Eigeninitiative.',
      '{Er} <stellen> sich neuen Herausforderungen immer mit außerordentlicher Begeisterung und beeindruckender Tatkraft.',
      '{Er} <verfolgen> die gesetzten Ziele stets mit äußerster Zielstrebigkeit und bemerkenswerter Ausdauer.',
    ],
    2: [
      '{Er} <zeigen> stets eine sehr hohe Einsatzbereitschaft und viel Eigeninitiative.',
      '{Er} <identifizieren> sich voll und ganz mit {seinen} Aufgaben und <arbeiten> stets engagiert und mit viel Elan.',
      'Mit sehr viel Engagement <gehen> {er} jederzeit an {seine} Aufgaben heran.',
      '{Er} <sein> stets sehr motiviert und <übernehmen> bereitwillig zusätzliche Aufgaben.',
      '{Er} <stellen> sich neuen Herausforderungen jederzeit mit sehr viel Tatkraft.',
      '{Er} <verfolgen> die gesetzten Ziele stets sehr zielstrebig und ausdauernd.',
    ],
    3: [
      '{Er} <sein> motiviert und engagiert und <bringen> eigene Ideen in die Arbeit ein.',
      '{Er} <zeigen> Initiative und Engagement und <identifizieren> sich mit {seinen} Aufgaben.',
      '{Er} <sein> [g:ein engagierter Mitarbeiter|eine engagierte Mitarbeiterin|eine engagierte Fachkraft], [g:der|die|die] neue Aufgaben motiviert an<gehen>.',
      '{Er} <stellen> sich neuen Aufgaben mit Engagement und Einsatzfreude.',
      '{Er} <arbeiten> zielstrebig und <setzen> sich für das Erreichen der vereinbarten Ziele ein.',
    ],
    4: [
      '{Er} <zeigen> im Allgemeinen die erforderliche Einsatzbereitschaft.',
      '[g:{Sein.n} Engagement|{Sein.n} Engagement|Das Engagement von {Name:dat}] <entsprechen> den Anforderungen.',
      '{Er} <zeigen> bei der Erledigung {seiner} Aufgaben eine ausreichende Leistungsbereitschaft.',
      '{Er} <sein> im Allgemeinen motiviert und <gehen> {seine} Aufgaben mit der üblichen Einsatzbereitschaft an.',
      '{Er} <verfolgen> die vereinbarten Ziele mit dem üblichen Engagement.',
    ],
    5: [
      '{Er} <zeigen> im Großen und Ganzen die notwendige Einsatzbereitschaft.',
      '{Er} <sein> bemüht, {seine} Aufgaben mit Engagement wahrzunehmen.',
      '{Er} <setzen> sich im Wesentlichen für die vereinbarten Ziele ein.',
      '{Er} <bringen> sich teilweise mit eigenen Ideen in die Arbeit ein.',
    ],
  },

  // Arbeitsbefähigung: Auffassungsgabe, Urteilsvermögen, Belastbarkeit, Flexibilität
  ability: {
    1: [
      '{Er} <verfügen> über eine außerordentlich schnelle Auffassungsgabe und <beurteilen> auch schwierige Sachverhalte stets sicher und treffend. Selbst unter höchstem Zeitdruck <arbeiten> {er} jederzeit konzentriert und <stellen> sich flexibel auf neue Situationen ein.',
      '{Er} <begreifen> neue Aufgabenstellungen stets äußerst schnell und <erkennen> mit hervorragendem Urteilsvermögen das Entscheidende. Auch in Phasen höchster Belastung <behalten> {er} immer den Überblick und <reagieren> flexibel auf veränderte Prioritäten.',
      '{Er} <arbeiten> sich dank {seiner} ausgezeichneten Auffassungsgabe stets in kürzester Zeit in neue Themen ein und <passen> sich veränderten Bedingungen mühelos an. Auch unter außergewöhnlich hoher Belastung <urteilen> {er} immer in höchstem Maße sicher und besonnen.',
      '{Er} <erfassen> selbst komplexe Problemstellungen immer äußerst schnell und <finden> dank {seines} hervorragenden Urteilsvermögens stets tragfähige Lösungen. Starkem Termindruck und wechselnden Anforderungen <sein> {er} jederzeit in ausgezeichneter Weise gewachsen.',
      '{Er} <sein> außerordentlich belastbar und <behalten> auch in hektischen Phasen stets die Ruhe. Dank {seiner} äußerst schnellen Auffassungsgabe und {seines} sicheren Urteils <gelingen> es {ihm} immer, sich umgehend auf neue Situationen einzustellen.',
    ],
    2: [
      '{Er} <verfügen> über eine sehr schnelle Auffassungsgabe und <beurteilen> Sachverhalte stets sicher. Erhöhtem Zeitdruck <sein> {er} jederzeit gut gewachsen und <reagieren> flexibel auf neue Situationen.',
      '{Er} <begreifen> neue Aufgabenstellungen stets sehr schnell und <kommen> zu sicheren, gut begründeten Urteilen. Auch bei hoher Arbeitsbelastung <behalten> {er} jederzeit den Überblick und <passen> sich veränderten Prioritäten sehr gut an.',
      '{Er} <arbeiten> sich dank {seiner} sehr guten Auffassungsgabe stets rasch in neue Themen ein. Zudem <sein> {er} gut belastbar, <urteilen> umsichtig und <zeigen> sich jederzeit flexibel.',
      '{Er} <erfassen> auch komplexe Zusammenhänge stets schnell und sicher und <finden> sehr gute Lösungen. Wechselnden Anforderungen und Termindruck <sein> {er} jederzeit voll gewachsen.',
      '{Er} <sein> sehr belastbar und <bewahren> auch in arbeitsintensiven Phasen stets die Übersicht. Mit {seiner} raschen Auffassungsgabe und {seinem} sicheren Urteil <werden> {er} auch neuen Aufgaben jederzeit schnell gerecht.',
    ],
    3: [
      '{Er} <verfügen> über eine schnelle Auffassungsgabe und ein sicheres Urteilsvermögen. Auch unter Zeitdruck <arbeiten> {er} zuverlässig und <passen> sich flexibel an neue Situationen an.',
      '{Er} <arbeiten> sich zügig in neue Aufgaben ein und <beurteilen> Sachverhalte zutreffend. {Er} <sein> auch hohem Arbeitsanfall gewachsen und <reagieren> flexibel auf veränderte Anforderungen.',
      '{Er} <erfassen> neue Zusammenhänge schnell, <urteilen> sachlich und <zeigen> sich in arbeitsintensiven Phasen belastbar und flexibel.',
      '{Er} <sein> belastbar und <behalten> auch bei hohem Arbeitsaufkommen den Überblick. Neue Aufgaben <erfassen> {er} dank {seiner} schnellen Auffassungsgabe rasch, und {seine} Entscheidungen <zeugen:pl> von gutem Urteilsvermögen.',
      '{Er} <finden> sich dank {seiner} raschen Auffassungsgabe in neuen Aufgabengebieten zügig zurecht. Zudem <treffen> {er} durchdachte Entscheidungen und <arbeiten> auch unter Belastung konzentriert und flexibel.',
    ],
    4: [
      '{Er} <verfügen> über eine den Anforderungen entsprechende Auffassungsgabe und <sein> dem normalen Arbeitsanfall gewachsen. Neue Sachverhalte <beurteilen> {er} im Allgemeinen zutreffend.',
      '{Er} <arbeiten> sich ausreichend schnell in neue Aufgaben ein und <sein> den üblichen Belastungen gewachsen.',
      '{Er} <erfassen> neue Zusammenhänge im Allgemeinen zutreffend, <treffen> nachvollziehbare Entscheidungen und <stellen> sich auf Veränderungen ein.',
      '[g:{Seine} Auffassungsgabe, {sein.n} Urteilsvermögen und {seine} Belastbarkeit|{Seine} Auffassungsgabe, {sein.n} Urteilsvermögen und {seine} Belastbarkeit|Auffassungsgabe, Urteilsvermögen und Belastbarkeit von {Name:dat}] <entsprechen:pl> den Anforderungen.',
      'Bei üblichem Arbeitsanfall <behalten> {er} den Überblick und <reagieren> im Allgemeinen angemessen auf neue Situationen.',
    ],
    5: [
      '{Er} <erfassen> neue Aufgabenstellungen im Wesentlichen und <sein> normaler Arbeitsbelastung im Großen und Ganzen gewachsen.',
      '{Er} <arbeiten> unter Zeitdruck im Wesentlichen konzentriert und <zeigen> sich bei neuen Situationen teilweise flexibel.',
      '{Er} <beurteilen> neue Sachverhalte teilweise zutreffend und <behalten> bei Zeitdruck weitgehend den Überblick.',
      '{Er} <finden> sich in neuen Aufgaben im Großen und Ganzen zurecht und <stellen> sich im Wesentlichen auf Veränderungen ein.',
    ],
  },

  // Fachwissen: Umfang, Tiefe und Anwendung der Fachkenntnisse
  knowledge: {
    1: [
      '{Er} <verfügen> über ein hervorragendes, äußerst umfassendes Fachwissen und <setzen> es stets sicher und zielgerichtet ein.',
      '{Er} <beherrschen> {sein.n} Fachgebiet in jeder Hinsicht hervorragend und <nutzen> {seine} Kenntnisse jederzeit äußerst wirkungsvoll zur Lösung anspruchsvoller Aufgaben.',
      'Mit {seinem} ausgezeichneten Fachwissen <sein> {er} stets [g:ein äußerst gefragter Ansprechpartner|eine äußerst gefragte Ansprechpartnerin|eine äußerst gefragte Ansprechperson] für schwierige fachliche Fragen.',
      '{Sein.n} Fachwissen <sein> außerordentlich breit gefächert und fundiert, und {er} <wenden> es immer äußerst sicher und erfolgreich an.',
      'Dank {seiner} hervorragenden Fachkenntnisse, die weit über das eigene Aufgabengebiet hinaus<reichen:pl>, <sein> {er} jederzeit in der Lage, auch schwierigste Fragestellungen souverän zu lösen.',
    ],
    2: [
      '{Er} <verfügen> über ein umfassendes, fundiertes Fachwissen und <setzen> es stets sehr sicher ein.',
      '{Er} <beherrschen> {sein.n} Fachgebiet sehr gut und <wenden> {seine} Kenntnisse stets zielgerichtet in der Praxis an.',
      'Mit {seinem} sehr guten Fachwissen <sein> {er} jederzeit [g:ein kompetenter Ansprechpartner|eine kompetente Ansprechpartnerin|eine kompetente Ansprechperson] für fachliche Fragen.',
      '{Seine} umfassenden Fachkenntnisse <nutzen> {er} stets sicher und erfolgreich zur Lösung anspruchsvoller Aufgaben.',
      '{Er} <besitzen> ein sehr fundiertes Fachwissen, <halten> es stets auf dem aktuellen Stand und <bringen> es wirkungsvoll in {seine} Arbeit ein.',
    ],
    3: [
      '{Er} <verfügen> über ein solides Fachwissen und <setzen> es erfolgreich in der Praxis ein.',
      '{Er} <beherrschen> {sein.n} Fachgebiet gut und <wenden> {seine} Kenntnisse sicher an.',
      '{Seine} fachlichen Kenntnisse <nutzen> {er} zielgerichtet für die Lösung der anfallenden Aufgaben.',
      'Mit {seinem} guten Fachwissen <sein> {er} [g:ein verlässlicher Ansprechpartner|eine verlässliche Ansprechpartnerin|eine verlässliche Ansprechperson] für fachliche Fragen.',
      '{Er} <besitzen> fundierte und praxisnahe Fachkenntnisse und <bringen> diese gewinnbringend in die Arbeit ein.',
    ],
    4: [
      '{Er} <verfügen> über ein den Anforderungen entsprechendes Fachwissen und <setzen> es im Allgemeinen sachgerecht ein.',
      '[g:{Sein.n} Fachwissen|{Sein.n} Fachwissen|Das Fachwissen von {Name:dat}] <sein> für die übertragenen Aufgaben ausreichend.',
      '{Er} <besitzen> die für {seine} Tätigkeit erforderlichen Fachkenntnisse und <wenden> diese im Allgemeinen richtig an.',
      '[g:{Seine} Fachkenntnisse|{Seine} Fachkenntnisse|Die Fachkenntnisse von {Name:dat}] <entsprechen:pl> den Anforderungen {seines} Aufgabenbereichs.',
      'Im Allgemeinen <verfügen> {er} über die notwendigen Kenntnisse, um die Aufgaben {seines} Arbeitsgebiets zu erledigen.',
    ],
    5: [
      '{Er} <verfügen> im Wesentlichen über das erforderliche Fachwissen.',
      '{Er} <besitzen> die für {seine} Tätigkeit notwendigen Grundkenntnisse und <wenden> diese im Großen und Ganzen sachgerecht an.',
      '[g:{Seine} Fachkenntnisse|{Seine} Fachkenntnisse|Die Fachkenntnisse von {Name:dat}] <reichen:pl> für die übertragenen Aufgaben weitgehend aus.',
      'Die fachlichen Grundlagen {seines} Aufgabengebiets <beherrschen> {er} teilweise.',
    ],
  },

  // Weiterbildung: Lernbereitschaft, Teilnahme an Fortbildungen, Transfer in die Praxis
  training: {
    1: [
      '{Er} <bilden> sich stets aus eigener Initiative weiter und <erweitern> {seine} bereits hervorragenden Kenntnisse durch den Besuch zahlreicher Fortbildungen.',
      '{Er} <nehmen> regelmäßig und außerordentlich erfolgreich an fachlichen Weiterbildungen teil und <setzen> das Gelernte stets unmittelbar in die Praxis um.',
      'Mit außerordentlichem Interesse <halten> {er} {sein.n} Fachwissen immer auf dem aktuellen Stand und <geben> neu erworbenes Wissen bereitwillig an das Team weiter.',
      '{Er} <nutzen> jede Gelegenheit zur fachlichen Weiterbildung und <vertiefen> dadurch {seine} ausgezeichneten Kenntnisse stets gezielt.',
      'Weiterbildungsangebote <nehmen> {er} immer mit ausgeprägter Wissbegier und hervorragendem Erfolg wahr.',
    ],
    2: [
      '{Er} <bilden> sich stets aus eigenem Antrieb weiter und <erweitern> {seine} guten Kenntnisse gezielt.',
      '{Er} <nehmen> regelmäßig und mit sehr gutem Erfolg an Weiterbildungen teil und <setzen> das Gelernte stets zügig in die Praxis um.',
      '{Er} <halten> {sein.n} Fachwissen stets auf dem aktuellen Stand und <besuchen> dazu mit sehr viel Interesse Seminare und Fachveranstaltungen.',
      'Angebote zur fachlichen Weiterbildung <nutzen> {er} jederzeit sehr engagiert und <vertiefen> so {seine} Kenntnisse.',
      '{Er} <zeigen> stets ein sehr ausgeprägtes Interesse an fachlicher Weiterentwicklung und <eignen> sich neue Kenntnisse rasch an.',
    ],
    3: [
      '{Er} <besuchen> Weiterbildungsveranstaltungen und <setzen> das Gelernte in der Praxis um.',
      '{Er} <nehmen> an fachlichen Weiterbildungen teil und <erweitern> so {seine} Kenntnisse.',
      '{Er} <zeigen> Interesse an fachlicher Weiterentwicklung und <halten> {sein.n} Wissen auf dem aktuellen Stand.',
      'Angebote zur Weiterbildung <nutzen> {er} erfolgreich, um {seine} Kenntnisse zu vertiefen.',
      '{Er} <eignen> sich neue Kenntnisse zielgerichtet an und <bilden> sich in {seinem} Fachgebiet weiter.',
    ],
    4: [
      '{Er} <nehmen> im üblichen Umfang an den betrieblich vorgesehenen Weiterbildungen teil.',
      '{Er} <bilden> sich den Anforderungen entsprechend fachlich weiter.',
      '{Er} <halten> {sein.n} Fachwissen im Allgemeinen auf dem erforderlichen Stand.',
      'Angebotene Weiterbildungen <nehmen> {er} im Allgemeinen wahr.',
      '{Er} <zeigen> ein ausreichendes Interesse an fachlicher Weiterbildung.',
    ],
    5: [
      '{Er} <besuchen> teilweise die angebotenen Weiterbildungen.',
      '{Er} <sein> bemüht, {sein.n} Fachwissen durch Weiterbildungen zu ergänzen.',
      '{Er} <halten> {sein.n} Fachwissen im Wesentlichen auf dem erforderlichen Stand.',
      'Angebotene Weiterbildungen <nehmen> {er} im Großen und Ganzen wahr.',
    ],
  },

  // Arbeitsweise: Selbstständigkeit, Sorgfalt, Zuverlässigkeit, Planung
  workStyle: {
    1: [
      '{Er} <arbeiten> stets äußerst selbstständig, sorgfältig und zuverlässig. Bei der Planung {seiner} Aufgaben <gehen> {er} jederzeit hervorragend strukturiert vor.',
      '{Seine} Arbeitsweise <zeichnen> sich stets durch ein außerordentlich hohes Maß an Sorgfalt, Zuverlässigkeit und Systematik aus. {Er} <handeln> dabei jederzeit in höchstem Maße eigenverantwortlich.',
      '{Er} <gehen> {seine} Aufgaben stets äußerst planvoll und systematisch an und <arbeiten> dabei völlig selbstständig und mit größter Sorgfalt. Wir <können:pl> uns jederzeit in höchstem Maße auf {ihn} verlassen.',
      'Auch schwierige Aufgaben <bearbeiten> {er} immer vollkommen selbstständig und mit äußerster Sorgfalt. {Er} <sein> in höchstem Maße zuverlässig und <planen> {seine} Arbeit stets umsichtig und vorausschauend.',
      '{Er} <organisieren> {seine} Arbeit stets hervorragend und eigenverantwortlich, <arbeiten> äußerst genau und <sein> jederzeit absolut zuverlässig.',
    ],
    2: [
      '{Er} <arbeiten> stets sehr selbstständig, sorgfältig und zuverlässig und <planen> {seine} Arbeitsabläufe gut durchdacht.',
      '{Seine} Arbeitsweise <sein> jederzeit sehr sorgfältig, systematisch und zuverlässig. {Er} <handeln> stets eigenverantwortlich und umsichtig.',
      '{Er} <gehen> {seine} Aufgaben stets sehr planvoll an und <arbeiten> dabei selbstständig, genau und verlässlich.',
      '{Er} <erledigen> {seine} Aufgaben sehr sorgfältig, eigenständig und gut organisiert. Auf {seine} Zuverlässigkeit <können:pl> wir uns stets voll verlassen.',
      'Auch umfangreiche Aufgaben <bearbeiten> {er} jederzeit sehr eigenständig, strukturiert und gewissenhaft.',
    ],
    3: [
      '{Er} <arbeiten> selbstständig, sorgfältig und zuverlässig und <gehen> {seine} Aufgaben planvoll an.',
      '{Er} <handeln> eigenverantwortlich und <arbeiten> gewissenhaft und systematisch. Auf {ihn} <sein> Verlass.',
      '{Er} <planen> {seine} Arbeit umsichtig und <erledigen> {seine} Aufgaben selbstständig, genau und termingerecht.',
      '{Er} <organisieren> {seine} Arbeit gut und <arbeiten> eigenständig, sorgfältig und verlässlich.',
      '{Er} <bearbeiten> übertragene Aufgaben eigenständig und mit Sorgfalt, <setzen> sinnvolle Prioritäten und <halten> Termine zuverlässig ein.',
    ],
    4: [
      '{Er} <arbeiten> im Allgemeinen selbstständig und mit ausreichender Sorgfalt.',
      '{Er} <bearbeiten> {seine} Aufgaben den Anforderungen entsprechend und <halten> vereinbarte Termine im Allgemeinen ein.',
      '[g:{Seine} Arbeitsweise|{Seine} Arbeitsweise|Die Arbeitsweise von {Name:dat}] <sein> im Allgemeinen sorgfältig und geordnet.',
      '{Er} <planen> {seine} Arbeit in ausreichendem Maße und <erledigen> die entscheidenden Aufgaben termingerecht.',
      '{Er} <gehen> bei der Arbeit den Anforderungen entsprechend sorgfältig vor und <sein> im Allgemeinen zuverlässig.',
    ],
    5: [
      '{Er} <erledigen> {seine} Aufgaben im Wesentlichen ordnungsgemäß.',
      '{Er} <sein> bemüht, sorgfältig und selbstständig zu arbeiten.',
      '[g:{Seine} Arbeitsweise|{Seine} Arbeitsweise|Die Arbeitsweise von {Name:dat}] <sein> im Großen und Ganzen sorgfältig und planvoll.',
      '{Er} <arbeiten> weitgehend selbstständig und im Großen und Ganzen zuverlässig.',
    ],
  },

  // Arbeitserfolg: Qualität, Quantität, Tempo
  result: {
    1: [
      '{Er} <erzielen> stets qualitativ wie quantitativ hervorragende Arbeitsergebnisse und <arbeiten> dabei äußerst zügig.',
      '{Seine} Arbeitsergebnisse <sein:pl> jederzeit von ausgezeichneter Qualität, und auch bei hohem Arbeitsvolumen <arbeiten> {er} immer außerordentlich effizient.',
      'Die Qualität {seiner} Arbeit <sein> stets hervorragend. {Er} <bewältigen> auch ein außerordentlich hohes Arbeitspensum jederzeit zügig und termingerecht.',
      '{Er} <liefern> immer Ergebnisse von höchster Qualität und <übertreffen> die vereinbarten Mengen- und Terminziele stets deutlich.',
      'Mit außerordentlicher Effizienz <erledigen> {er} eine weit überdurchschnittliche Arbeitsmenge, und {seine} Ergebnisse <sein:pl> stets in jeder Hinsicht ausgezeichnet.',
    ],
    2: [
      '{Er} <erzielen> stets qualitativ und quantitativ sehr gute Ergebnisse und <arbeiten> dabei zügig.',
      '{Seine} Arbeitsergebnisse <sein:pl> jederzeit von sehr guter Qualität, und auch umfangreiche Arbeitsmengen <bewältigen> {er} stets termingerecht.',
      'Die Qualität {seiner} Arbeit <sein> stets sehr gut, und {er} <bewältigen> ein hohes Arbeitspensum zügig und effizient.',
      '{Er} <liefern> stets Ergebnisse von guter Qualität und <erreichen> die vereinbarten Ziele in vollem Umfang und in kurzer Zeit.',
      '{Er} <überzeugen> jederzeit durch sehr gute Arbeitsqualität, ein hohes Arbeitstempo und eine beachtliche Arbeitsmenge.',
    ],
    3: [
      '{Er} <erzielen> Arbeitsergebnisse von guter Qualität und <bewältigen> das anfallende Arbeitspensum in angemessener Zeit.',
      '{Er} <arbeiten> zügig und <liefern> Ergebnisse, die qualitativ wie mengenmäßig <überzeugen:pl>.',
      'Die Qualität {seiner} Arbeit <sein> gut, und das Arbeitspensum <bewältigen> {er} in der vorgesehenen Zeit.',
      '{Er} <erreichen> die vereinbarten Ziele, <arbeiten> zügig und <sorgen> für Ergebnisse von solider Qualität.',
      'Auch bei erhöhtem Arbeitsaufkommen <erbringen> {er} termingerecht Ergebnisse in verlässlicher Qualität.',
    ],
    4: [
      '[g:{Seine} Arbeitsergebnisse|{Seine} Arbeitsergebnisse|Die Arbeitsergebnisse von {Name:dat}] <entsprechen:pl> den Anforderungen an Qualität und Menge.',
      '{Er} <bewältigen> das anfallende Arbeitspensum im Allgemeinen fristgerecht und in der erforderlichen Qualität.',
      '{Er} <arbeiten> in ausreichendem Tempo, und {seine} Ergebnisse <erfüllen:pl> im Allgemeinen die qualitativen Vorgaben.',
      '{Er} <erreichen> die vereinbarten Ziele im Allgemeinen in der vorgegebenen Zeit.',
      'Qualität und Umfang [g:{seiner} Arbeit|{seiner} Arbeit|der Arbeit von {Name:dat}] <entsprechen:pl> den üblichen Anforderungen.',
    ],
    5: [
      '{Er} <erreichen> die vereinbarten Ziele im Großen und Ganzen.',
      '{Er} <bewältigen> die geforderte Arbeitsmenge weitgehend in der vorgesehenen Zeit.',
      '{Er} <bearbeiten> die anfallenden Aufgaben im Wesentlichen fristgerecht und in angemessener Qualität.',
      '[g:{Seine} Arbeitsergebnisse|{Seine} Arbeitsergebnisse|Die Arbeitsergebnisse von {Name:dat}] <erfüllen:pl> die Vorgaben weitgehend.',
    ],
  },

  // Führungsleistung (nur Führungskräfte): Motivieren, Fördern, Informieren, Delegieren, Teamerfolg
  leadership: {
    1: [
      '{Er} <sein> eine hervorragende Führungskraft und für {seine} Mitarbeitenden stets ein Vorbild.',
      '{Er} <führen> {seine} Mitarbeitenden stets mit außerordentlichem Geschick und <motivieren> das Team zu Spitzenleistungen.',
      '{Er} <verstehen> es jederzeit in hervorragender Weise, {seine} Mitarbeitenden zu fördern, zu motivieren und Aufgaben zielgerichtet zu delegieren.',
      '{Er} <leiten> das Team jederzeit äußerst umsichtig und zielorientiert und <erreichen> gemeinsam mit {seinen} Mitarbeitenden stets ausgezeichnete Ergebnisse.',
      'Als Führungskraft <genießen> {er} bei {seinen} Mitarbeitenden stets höchste Anerkennung. {Er} <informieren> das Team immer umfassend, <delegieren> Verantwortung in ausgezeichneter Weise und <fördern> die Entwicklung jedes Einzelnen.',
    ],
    2: [
      '{Er} <sein> eine sehr gute Führungskraft und <motivieren> {seine} Mitarbeitenden stets zu guten Leistungen.',
      '{Er} <verstehen> es stets sehr gut, {seine} Mitarbeitenden zu fördern und Aufgaben sinnvoll zu delegieren.',
      '{Er} <führen> das Team jederzeit sehr zielorientiert und <informieren> {seine} Mitarbeitenden umfassend.',
      '{Er} <genießen> bei {seinen} Mitarbeitenden stets hohe Anerkennung und <erreichen> mit dem Team sehr gute Ergebnisse.',
      '{Er} <setzen> klare Ziele, <delegieren> Verantwortung stets sehr umsichtig und <fördern> gezielt die fachliche Entwicklung im Team.',
    ],
    3: [
      '{Er} <verstehen> es, {seine} Mitarbeitenden zu motivieren, zu informieren und Aufgaben zweckmäßig zu delegieren.',
      '{Er} <sein> eine gute Führungskraft und <führen> das Team zielorientiert.',
      '{Er} <leiten> das Team umsichtig, <geben> klare Ziele vor und <erreichen> mit {seinen} Mitarbeitenden gute Ergebnisse.',
      '{Er} <genießen> die Anerkennung {seiner} Mitarbeitenden und <fördern> deren fachliche Entwicklung.',
      '{Er} <motivieren> das Team zu guten Leistungen und <sorgen> für eine sachgerechte Verteilung der Aufgaben.',
    ],
    4: [
      '{Er} <führen> {seine} Mitarbeitenden im Allgemeinen sachgerecht.',
      '{Er} <koordinieren> das Tagesgeschäft {seines} Teams den Anforderungen entsprechend.',
      '{Er} <informieren> {seine} Mitarbeitenden im Allgemeinen rechtzeitig und <delegieren> Aufgaben in ausreichendem Maße.',
      '[g:{Sein.n} Führungsverhalten|{Sein.n} Führungsverhalten|Das Führungsverhalten von {Name:dat}] <entsprechen> den Anforderungen.',
      'Als Führungskraft <leiten> {er} das Team mit der üblichen Umsicht.',
    ],
    5: [
      '{Er} <sein> bemüht, {seinen} Mitarbeitenden klare Anweisungen zu geben.',
      '{Er} <führen> das Team im Großen und Ganzen sachgerecht.',
      '{Er} <delegieren> Aufgaben im Wesentlichen angemessen und <halten> {seine} Mitarbeitenden über wichtige Entwicklungen informiert.',
      '{Er} <koordinieren> die Arbeit {seines} Teams weitgehend sachgerecht.',
    ],
  },

  // Zusammenfassende Leistungsbeurteilung: Zufriedenheits- oder Erwartungsformel (the anchor sentence)
  summary: {
    1: [
      '{Er} <erledigen> die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.',
      '{Er} <erfüllen> {seine} Aufgaben stets zu unserer vollsten und uneingeschränkten Zufriedenheit.',
      '[g:{Seine} Leistungen|{Seine} Leistungen|Die Leistungen von {Name:dat}] <übertreffen:pl> unsere Erwartungen stets in jeder Hinsicht und in allerbester Weise.',
      '{Er} <erbringen> Leistungen, mit denen wir stets in jeder Hinsicht äußerst zufrieden <sein:pl>.',
      '{Er} <erfüllen> unsere Erwartungen stets in allerbester Weise. {Seine} Leistungen <finden:pl> jederzeit unsere höchste Anerkennung.',
    ],
    2: [
      '{Er} <erledigen> die übertragenen Aufgaben stets zu unserer vollen Zufriedenheit.',
      '{Er} <erfüllen> unsere Erwartungen stets voll und ganz.',
      '{Er} <arbeiten> stets zu unserer vollen Zufriedenheit.',
      '{Er} <erbringen> Leistungen, mit denen wir stets in jeder Hinsicht sehr zufrieden <sein:pl>.',
      '{Er} <erfüllen> {seine} Aufgaben stets zu unserer vollen Zufriedenheit. {Seine} Leistungen <finden:pl> jederzeit unsere volle Anerkennung.',
    ],
    3: [
      '{Er} <erledigen> die übertragenen Aufgaben zu unserer vollen Zufriedenheit.',
      '{Er} <erfüllen> {seine} Aufgaben zu unserer vollen Zufriedenheit.',
      '[g:{Seine} Leistungen|{Seine} Leistungen|Die Leistungen von {Name:dat}] <entsprechen:pl> voll unseren Erwartungen.',
      '{Er} <arbeiten> zu unserer vollen Zufriedenheit.',
      '{Er} <bewältigen> {sein.n} Aufgabengebiet zu unserer vollen Zufriedenheit.',
    ],
    4: [
      '{Er} <erledigen> die übertragenen Aufgaben zu unserer Zufriedenheit.',
      '{Er} <erfüllen> {seine} Aufgaben zu unserer Zufriedenheit.',
      '[g:{Seine} Leistungen|{Seine} Leistungen|Die Leistungen von {Name:dat}] <entsprechen:pl> unseren Erwartungen.',
      '{Er} <arbeiten> zu unserer Zufriedenheit.',
      '{Er} <bewältigen> {sein.n} Aufgabengebiet zu unserer Zufriedenheit.',
    ],
    5: [
      '{Er} <erledigen> die übertragenen Aufgaben im Großen und Ganzen zu unserer Zufriedenheit.',
      '{Er} <erfüllen> {seine} Aufgaben im Wesentlichen zu unserer Zufriedenheit.',
      '[g:{Seine} Leistungen|{Seine} Leistungen|Die Leistungen von {Name:dat}] <entsprechen:pl> weitgehend unseren Erwartungen.',
      '{Er} <bewältigen> {sein.n} Aufgabengebiet im Großen und Ganzen zu unserer Zufriedenheit.',
    ],
  },

  // Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen (und Mitarbeitenden): {internalParties}
  behaviourInternal: {
    1: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> stets vorbildlich. {Er} <werden> allseits sehr geschätzt.',
      '{Er} <verhalten> sich gegenüber {internalParties} stets vorbildlich. {Seine} hilfsbereite und kollegiale Art <werden> allseits sehr geschätzt.',
      '{Er} <sein> bei {internalParties} gleichermaßen sehr geschätzt, und {sein.n} Verhalten <sein> jederzeit vorbildlich.',
      '{Er} <pflegen> mit {internalParties} stets eine äußerst vertrauensvolle Zusammenarbeit, und {sein.n} Verhalten <sein> immer vorbildlich.',
      'Bei {internalParties} <genießen> {er} wegen {seines} stets vorbildlichen Verhaltens höchste Wertschätzung.',
    ],
    2: [
      '{Sein.n} Verhalten gegenüber {internalParties} <sein> stets einwandfrei, und {er} <sein> ein geschätztes Mitglied des Teams.',
      'Im Umgang mit {internalParties} <sein> {er} vorbildlich und <pflegen> eine offene und kooperative Zusammenarbeit.',
      '{Er} <verhalten> sich gegenüber {internalParties} jederzeit einwandfrei und <werden> wegen {seiner} kollegialen Art geschätzt.',
      'Bei {internalParties} <sein> {er} wegen {seines} vorbildlichen Verhaltens anerkannt und geschätzt.',
      '{Er} <pflegen> zu {internalParties} ein stets einwandfreies und kollegiales Verhältnis.',
    ],
    3: [
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {internalParties} <sein> einwandfrei.',
      '{Er} <verhalten> sich gegenüber {internalParties} einwandfrei und <sein> [g:ein geschätzter Kollege|eine geschätzte Kollegin|ein geschätztes Teammitglied].',
      '{Er} <pflegen> zu {internalParties} ein einwandfreies, kollegiales Verhältnis.',
      'Gegenüber {internalParties} <zeigen> {er} ein einwandfreies, hilfsbereites und kooperatives Verhalten.',
    ],
    4: [
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {internalParties} <sein> korrekt.',
      '{Er} <verhalten> sich gegenüber {internalParties} korrekt.',
      'Im Umgang mit {internalParties} <sein> {er} korrekt und sachlich.',
      '{Er} <pflegen> zu {internalParties} ein korrektes Verhältnis.',
    ],
    5: [
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {internalParties} <sein> im Wesentlichen einwandfrei.',
      '{Er} <verhalten> sich gegenüber {internalParties} im Wesentlichen einwandfrei.',
      '{Er} <pflegen> zu {internalParties} ein im Großen und Ganzen einwandfreies Verhältnis.',
    ],
  },

  // Verhalten gegenüber Kunden, Geschäftspartnern, Behörden …: {externalParties}
  behaviourExternal: {
    1: [
      '{Er} <treten> gegenüber {externalParties} stets vorbildlich auf und <genießen> bei ihnen höchstes Ansehen.',
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {externalParties} <sein> jederzeit vorbildlich. {Seine} kompetente und verbindliche Art <werden> von ihnen außerordentlich geschätzt.',
      'Bei {externalParties} <sein> {er} wegen {seines} stets vorbildlichen Auftretens äußerst geschätzt.',
      '{Er} <verhalten> sich im Umgang mit {externalParties} immer vorbildlich und <überzeugen> durch ein äußerst kompetentes und gewinnendes Auftreten.',
      '{Er} <vertreten> unser Unternehmen gegenüber {externalParties} stets vorbildlich und in höchstem Maße kompetent.',
    ],
    2: [
      '{Er} <treten> gegenüber {externalParties} vorbildlich auf und <genießen> deren Vertrauen.',
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {externalParties} <sein> stets einwandfrei.',
      '{Er} <begegnen> {externalParties} freundlich und kompetent, und {sein.n} Auftreten <sein> jederzeit einwandfrei.',
      '{Er} <verhalten> sich im Umgang mit {externalParties} vorbildlich und <sein> bei ihnen [g:ein geschätzter Ansprechpartner|eine geschätzte Ansprechpartnerin|eine geschätzte Ansprechperson].',
      '{Er} <vertreten> unser Unternehmen gegenüber {externalParties} stets einwandfrei und kompetent.',
    ],
    3: [
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {externalParties} <sein> einwandfrei.',
      '{Er} <begegnen> {externalParties} freundlich und hilfsbereit, und {sein.n} Auftreten <sein> einwandfrei.',
      '{Er} <verhalten> sich im Umgang mit {externalParties} einwandfrei.',
      '{Er} <vertreten> unser Unternehmen gegenüber {externalParties} einwandfrei und freundlich.',
    ],
    4: [
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {externalParties} <sein> korrekt.',
      '{Er} <verhalten> sich gegenüber {externalParties} korrekt.',
      'Im Umgang mit {externalParties} <sein> {er} korrekt und sachlich.',
      '{Er} <treten> gegenüber {externalParties} korrekt auf.',
    ],
    5: [
      '[g:{Sein.n} Verhalten|{Sein.n} Verhalten|Das Verhalten von {Name:dat}] gegenüber {externalParties} <sein> im Wesentlichen einwandfrei.',
      '{Er} <verhalten> sich gegenüber {externalParties} im Großen und Ganzen einwandfrei.',
      'Im Umgang mit {externalParties} <treten> {er} im Wesentlichen einwandfrei auf.',
    ],
  },
};
