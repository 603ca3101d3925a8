<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DateWords</name>
    <message>
        <source>dd</source>
        <extracomment>Letters of the day, the month and the year in the pattern of an empty date field ("dd-mm-yyyy").</extracomment>
        <translation>dd</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>jjjj</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>Parts of the hint how to type a date ("day-month-year").</extracomment>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <extracomment>How to type a date; %1 is the order ("day-month-year"), %2 an example date.</extracomment>
        <translation>%1, bijv. %2</translation>
    </message>
    <message>
        <source>Not saved: “%1” is not a date. Type %2, or pick one with Alt+Down.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 how to type a date.</extracomment>
        <translation>Niet opgeslagen: “%1” is geen datum. Typ %2, of kies er een met Alt+pijl-omlaag.</translation>
    </message>
    <message>
        <source>Not saved: type the year of “%1” in full (four digits): %2.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 how to type a date.</extracomment>
        <translation>Niet opgeslagen: typ het jaar van “%1” voluit (vier cijfers): %2.</translation>
    </message>
    <message>
        <source>Not saved: there is no date “%1”; check the day and the month. Type %2.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 how to type a date.</extracomment>
        <translation>Niet opgeslagen: de datum “%1” bestaat niet; controleer de dag en de maand. Typ %2.</translation>
    </message>
    <message>
        <source>Not saved: “%1” lies outside the years %2 to %3.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 and %3 the first and last year.</extracomment>
        <translation>Niet opgeslagen: “%1” ligt buiten de jaren %2 tot en met %3.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>&amp;Open the file</source>
        <extracomment>Buttons of the message after an export.</extracomment>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <source>an unknown time</source>
        <extracomment>When the time a document was opened is unknown.</extracomment>
        <translation>een onbekend tijdstip</translation>
    </message>
    <message>
        <source>you, in another window on this computer, since %1</source>
        <extracomment>Who has a document open: the user themselves; %1 since when (local time).</extracomment>
        <translation>uzelf, in een ander venster op deze computer, sinds %1</translation>
    </message>
    <message>
        <source>someone</source>
        <extracomment>Someone whose name is unknown.</extracomment>
        <translation>iemand</translation>
    </message>
    <message>
        <source>%1 on the computer %2, since %3</source>
        <extracomment>Who has a document open; %1 the person, %2 the computer, %3 since when (local time).</extracomment>
        <translation>%1 op de computer %2, sinds %3</translation>
    </message>
</context>
<context>
    <name>PriorConsultation</name>
    <message>
        <source>the responsibilities of the municipality, any joint controllers and the processors (such as Microsoft);</source>
        <translation>de verantwoordelijkheden van de gemeente, eventuele gezamenlijke verwerkingsverantwoordelijken en de verwerkers (zoals Microsoft);</translation>
    </message>
    <message>
        <source>the purposes and means of the processing;</source>
        <translation>de doeleinden en middelen van de verwerking;</translation>
    </message>
    <message>
        <source>the measures and safeguards that protect the rights and freedoms of data subjects;</source>
        <translation>de maatregelen en waarborgen die de rechten en vrijheden van betrokkenen beschermen;</translation>
    </message>
    <message>
        <source>the contact details of the DPO;</source>
        <translation>de contactgegevens van de FG;</translation>
    </message>
    <message>
        <source>this DPIA;</source>
        <translation>deze DPIA;</translation>
    </message>
    <message>
        <source>any other information the AP asks for.</source>
        <translation>alle andere informatie waar de AP om vraagt.</translation>
    </message>
    <message>
        <source>No prior consultation of the AP needed</source>
        <extracomment>Sign-off page, when no residual risk is high.</extracomment>
        <translation>Geen voorafgaande raadpleging van de AP nodig</translation>
    </message>
    <message>
        <source>With the safeguards now in place no risk stays high, so the AP need not be consulted before processing starts (GDPR art. 36(1)). Check this again when answers or safeguards change.</source>
        <translation>Met de maatregelen die nu zijn getroffen blijft geen risico hoog. De AP hoeft dus niet vooraf te worden geraadpleegd (art. 36 lid 1 AVG). Kijk hier opnieuw naar als antwoorden of maatregelen veranderen.</translation>
    </message>
    <message>
        <source>%1 — residual risk %2</source>
        <extracomment>One risk in the prior-consultation box; %1 its title, %2 its residual level.</extracomment>
        <translation>%1 — restrisico %2</translation>
    </message>
    <message>
        <source>Prior consultation of the AP required (GDPR art. 36)</source>
        <translation>Voorafgaande raadpleging van de AP vereist (art. 36 AVG)</translation>
    </message>
    <message>
        <source>Do not start the processing before the Autoriteit Persoonsgegevens has been consulted. Send the AP (art. 36(3)):</source>
        <translation>Begin niet met de verwerking voordat de Autoriteit Persoonsgegevens is geraadpleegd. Stuur de AP (art. 36 lid 3):</translation>
    </message>
    <message>
        <source>The AP gives written advice within eight weeks; it may extend that by six weeks (art. 36(2)).</source>
        <translation>De AP geeft binnen acht weken schriftelijk advies; die termijn kan met zes weken worden verlengd (art. 36 lid 2).</translation>
    </message>
    <message>
        <source>Once the planned safeguards are in place, no risk stays high. If they are in place before processing starts, mark them implemented and consultation is no longer needed.</source>
        <translation>Zodra de geplande maatregelen zijn getroffen, blijft geen risico hoog. Zijn ze getroffen voordat de verwerking begint, markeer ze dan als geïmplementeerd; raadpleging is dan niet meer nodig.</translation>
    </message>
    <message>
        <source>With the safeguards now in place these risks to data subjects stay at or above “%1”:</source>
        <translation>Met de maatregelen die nu getroffen zijn, blijven deze risico's voor betrokkenen op of boven “%1”:</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Every required question is answered.</source>
        <translation>Alle verplichte vragen zijn beantwoord.</translation>
    </message>
    <message>
        <source>The advice of the DPO is recorded.</source>
        <translation>Het advies van de FG is vastgelegd.</translation>
    </message>
    <message>
        <source>The advice of the DPO is not yet recorded (GDPR art. 35(2)).</source>
        <translation>Het advies van de FG is nog niet vastgelegd (art. 35 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The advice of the CISO is recorded.</source>
        <translation>Het advies van de CISO is vastgelegd.</translation>
    </message>
    <message>
        <source>The advice of the CISO is not yet recorded.</source>
        <translation>Het advies van de CISO is nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>The views of data subjects are recorded.</source>
        <translation>De zienswijze van betrokkenen is vastgelegd.</translation>
    </message>
    <message>
        <source>The views of data subjects (or why they were not sought) are not yet recorded (GDPR art. 35(9)).</source>
        <translation>De zienswijze van betrokkenen (of waarom die niet is gevraagd) is nog niet vastgelegd (art. 35 lid 9 AVG).</translation>
    </message>
    <message>
        <source>The decision is recorded.</source>
        <translation>Het besluit is vastgelegd.</translation>
    </message>
    <message>
        <source>The decision of the controller is not yet recorded.</source>
        <translation>Het besluit van de verwerkingsverantwoordelijke is nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>A review date is set.</source>
        <translation>Er is een datum voor herbeoordeling.</translation>
    </message>
    <message>
        <source>No review date is set yet (GDPR art. 35(11)).</source>
        <translation>Er is nog geen datum voor herbeoordeling (art. 35 lid 11 AVG).</translation>
    </message>
    <message>
        <source>The prior consultation of the AP is described.</source>
        <translation>De voorafgaande raadpleging van de AP is beschreven.</translation>
    </message>
    <message>
        <source>Residual risk stays high: record the prior consultation of the AP (GDPR art. 36).</source>
        <translation>Het restrisico blijft hoog: leg de voorafgaande raadpleging van de AP vast (art. 36 AVG).</translation>
    </message>
    <message numerus="yes">
        <source>%n required questions not yet answered.</source>
        <comment>Readiness checklist</comment>
        <translation>
            <numerusform>%n verplichte vraag is nog niet beantwoord.</numerusform>
            <numerusform>%n verplichte vragen zijn nog niet beantwoord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>page %1 of %2</source>
        <extracomment>Page footer of printed reports, e.g. "page 3 of 12".</extracomment>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment (GDPR article 35)</source>
        <translation>Gegevensbeschermingseffectbeoordeling (DPIA, artikel 35 AVG)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Proceseigenaar</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>This report was made with DPIA Assistent. The risks are scored against the Privacy &amp; Security Baseline; every score in it is explained in the risk register.</source>
        <translation>Dit rapport is gemaakt met DPIA Assistent. De risico's zijn beoordeeld aan de hand van de Privacy &amp; Security Baseline; elke score wordt toegelicht in het risicoregister.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Niet beantwoord.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Likelihood and impact run from 1 to 4. Inherent: before safeguards. Now: with the safeguards marked as in place. Planned: when the planned safeguards are in place too.</source>
        <translation>Kans en impact lopen van 1 tot en met 4. Inherent: vóór maatregelen. Nu: met de maatregelen die als getroffen zijn gemarkeerd. Gepland: als ook de geplande maatregelen zijn getroffen.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Why each risk scores as it does</source>
        <translation>Waarom elk risico zo scoort</translation>
    </message>
    <message>
        <source>Rights affected</source>
        <translation>Geraakte rechten</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>kans</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>Expert judgement:</source>
        <translation>Eigen oordeel:</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Microsoft 365 settings and features</source>
        <translation>Instellingen en functies van Microsoft 365</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Measures of the municipality</source>
        <translation>Maatregelen van de gemeente</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Requirement coverage</source>
        <translation>Dekking van de eisen</translation>
    </message>
    <message>
        <source>Met: a safeguard in place meets the requirement. Partly: only planned safeguards meet it. Open: nothing meets it yet.</source>
        <translation>Voldaan: een getroffen maatregel voldoet aan de eis. Deels: alleen geplande maatregelen voldoen eraan. Open: nog niets voldoet eraan.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Voldaan door</translation>
    </message>
    <message>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>deels</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>No measures have been planned.</source>
        <translation>Er zijn geen maatregelen gepland.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico's</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Advice and decision</source>
        <translation>Advies en besluit</translation>
    </message>
    <message>
        <source>Advice of the data protection officer (FG)</source>
        <translation>Advies van de functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <source>Advice of the CISO</source>
        <translation>Advies van de CISO</translation>
    </message>
    <message>
        <source>Views of data subjects (GDPR article 35(9))</source>
        <translation>Zienswijze van betrokkenen (artikel 35 lid 9 AVG)</translation>
    </message>
    <message>
        <source>Decision of the controller</source>
        <translation>Besluit van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Not yet recorded.</source>
        <translation>Nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>Appendix: baseline and change log</source>
        <translation>Bijlage: baseline en wijzigingslog</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Inhoudshash (SHA-256)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Management summary</source>
        <translation>Managementsamenvatting</translation>
    </message>
    <message>
        <source>Is a DPIA required?</source>
        <translation>Is een DPIA verplicht?</translation>
    </message>
    <message>
        <source>Yes, a DPIA is required.</source>
        <translation>Ja, een DPIA is verplicht.</translation>
    </message>
    <message>
        <source>A DPIA is recommended.</source>
        <translation>Een DPIA wordt aanbevolen.</translation>
    </message>
    <message>
        <source>A DPIA is not required.</source>
        <translation>Een DPIA is niet verplicht.</translation>
    </message>
    <message>
        <source>Criteria that apply:</source>
        <translation>Criteria die van toepassing zijn:</translation>
    </message>
    <message>
        <source>Risks at a glance</source>
        <translation>De risico's in één oogopslag</translation>
    </message>
    <message>
        <source>Inherent risk (before safeguards)</source>
        <translation>Inherent risico (vóór maatregelen)</translation>
    </message>
    <message>
        <source>Residual risk (safeguards in place)</source>
        <translation>Restrisico (met de getroffen maatregelen)</translation>
    </message>
    <message>
        <source>The highest risks</source>
        <translation>De hoogste risico's</translation>
    </message>
    <message>
        <source>Residual now</source>
        <translation>Restrisico nu</translation>
    </message>
    <message>
        <source>After planned safeguards</source>
        <translation>Na geplande maatregelen</translation>
    </message>
    <message>
        <source>Prior consultation of the Dutch DPA (GDPR article 36)</source>
        <translation>Voorafgaande raadpleging van de AP (artikel 36 AVG)</translation>
    </message>
    <message>
        <source>Before the processing starts, the municipality must consult the Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the controller and the processors, the purposes and means, the safeguards and measures, and the contact details of the data protection officer.</source>
        <translation>Voordat de verwerking begint, moet de gemeente de Autoriteit Persoonsgegevens raadplegen. Stuur de DPIA mee, de verantwoordelijkheden van de verwerkingsverantwoordelijke en de verwerkers, de doeleinden en middelen, de waarborgen en maatregelen, en de contactgegevens van de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Openstaande maatregelen</translation>
    </message>
    <message>
        <source>There are no open measures.</source>
        <translation>Er zijn geen openstaande maatregelen.</translation>
    </message>
    <message>
        <source>L</source>
        <comment>short for likelihood, heat map corner</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>I</source>
        <comment>short for impact, heat map corner</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Rows: likelihood (1 to 4); columns: impact (1 to 4); each cell holds the number of risks.</source>
        <translation>Rijen: kans (1 tot en met 4); kolommen: impact (1 tot en met 4); elke cel geeft het aantal risico's.</translation>
    </message>
    <message>
        <source>Criteria and points of attention</source>
        <translation>Criteria en aandachtspunten</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Document aangemaakt</translation>
    </message>
    <message>
        <source>Document created from the example</source>
        <translation>Document aangemaakt op basis van het voorbeeld</translation>
    </message>
    <message>
        <source>Made as version %1, a new revision</source>
        <extracomment>Change log: the document was made as a new revision; %1 its version number.</extracomment>
        <translation>Aangemaakt als versie %1, een nieuwe herziening</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Documentgegevens gewijzigd</translation>
    </message>
    <message>
        <source>Status set to: %1</source>
        <translation>Status gewijzigd in: %1</translation>
    </message>
    <message>
        <source>Answer cleared: %1</source>
        <translation>Antwoord gewist: %1</translation>
    </message>
    <message>
        <source>Answer changed: %1</source>
        <translation>Antwoord gewijzigd: %1</translation>
    </message>
    <message>
        <source>Note cleared: %1</source>
        <translation>Notitie gewist: %1</translation>
    </message>
    <message>
        <source>Note changed: %1</source>
        <translation>Notitie gewijzigd: %1</translation>
    </message>
    <message>
        <source>Safeguard %1: %2</source>
        <extracomment>Change log: %1 a safeguard, %2 its new status ("implemented", "planned", ...).</extracomment>
        <translation>Maatregel %1: %2</translation>
    </message>
    <message>
        <source>Own judgement removed: %1</source>
        <translation>Eigen oordeel verwijderd: %1</translation>
    </message>
    <message>
        <source>Own judgement recorded: %1</source>
        <translation>Eigen oordeel vastgelegd: %1</translation>
    </message>
    <message>
        <source>Own risk added: %1</source>
        <translation>Eigen risico toegevoegd: %1</translation>
    </message>
    <message>
        <source>Own risk removed: %1</source>
        <translation>Eigen risico verwijderd: %1</translation>
    </message>
    <message>
        <source>Own risk changed: %1</source>
        <translation>Eigen risico gewijzigd: %1</translation>
    </message>
    <message>
        <source>Measure added: %1</source>
        <translation>Maatregel toegevoegd aan het plan van aanpak: %1</translation>
    </message>
    <message>
        <source>Measure removed: %1</source>
        <translation>Maatregel verwijderd uit het plan van aanpak: %1</translation>
    </message>
    <message>
        <source>Measure changed: %1</source>
        <translation>Maatregel in het plan van aanpak gewijzigd: %1</translation>
    </message>
    <message>
        <source>Advice or decision added</source>
        <translation>Advies of besluit toegevoegd</translation>
    </message>
    <message>
        <source>Advice or decision removed</source>
        <translation>Advies of besluit verwijderd</translation>
    </message>
    <message>
        <source>Advice or decision changed</source>
        <translation>Advies of besluit gewijzigd</translation>
    </message>
    <message>
        <source>The document (made, details, status)</source>
        <translation>Het document (aanmaken, gegevens, status)</translation>
    </message>
    <message>
        <source>Answers and notes</source>
        <translation>Antwoorden en notities</translation>
    </message>
    <message>
        <source>Own risks and judgements</source>
        <translation>Eigen risico's en oordelen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Soort wijziging</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>A risk the municipality added itself; its likelihood and impact are the authors' own estimate.</source>
        <translation>Een risico dat de gemeente zelf heeft toegevoegd; kans en impact zijn een eigen inschatting van de opstellers.</translation>
    </message>
    <message>
        <source>With the safeguards in place</source>
        <translation>Met de getroffen maatregelen</translation>
    </message>
    <message>
        <source>No safeguard in place changes this risk.</source>
        <translation>Geen getroffen maatregel verandert dit risico.</translation>
    </message>
    <message>
        <source>answer to “%1”</source>
        <extracomment>Where a score step comes from: %1 is (the start of) a question.</extracomment>
        <translation>antwoord op ‘%1’</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <source>Changes recorded: %1, on %2.</source>
        <translation>Vastgelegde wijzigingen: %1, op %2.</translation>
    </message>
    <message>
        <source>Changes recorded: %1, from %2 to %3.</source>
        <translation>Vastgelegde wijzigingen: %1, van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>All changes:</source>
        <translation>Alle wijzigingen:</translation>
    </message>
    <message>
        <source>The last %1 changes:</source>
        <translation>De laatste %1 wijzigingen:</translation>
    </message>
    <message>
        <source>AP list, category %1</source>
        <extracomment>A category of the AP list of processing that needs a DPIA; %1 its number.</extracomment>
        <translation>AP-lijst, categorie %1</translation>
    </message>
    <message>
        <source>EDPB WP248, criterion %1</source>
        <extracomment>One of the nine EDPB (WP248) criteria; %1 its number.</extracomment>
        <translation>EDPB WP248, criterium %1</translation>
    </message>
    <message>
        <source>from the answers in:</source>
        <translation>volgt uit de antwoorden bij:</translation>
    </message>
    <message>
        <source>GDPR art. 35(%1)(%2)</source>
        <extracomment>GDPR article 35, %1 the paragraph (3), %2 the letter of the case (a, b or c).</extracomment>
        <translation>AVG art. 35 lid %1 sub %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <extracomment>Heading of the table of contents on the report's cover.</extracomment>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>%1 (and 1 more change)</source>
        <extracomment>Change log: %1 the first change of a list saved together with one other change.</extracomment>
        <translation>%1 (en nog 1 wijziging)</translation>
    </message>
    <message>
        <source>%1 (and %2 more changes)</source>
        <extracomment>Change log: %1 the first change of a list saved together; %2 how many others.</extracomment>
        <translation>%1 (en nog %2 wijzigingen)</translation>
    </message>
    <message>
        <source>Carried over from baseline version %1 to %2</source>
        <extracomment>Change log: the document was carried over to a newer baseline; %1 and %2 versions.</extracomment>
        <translation>Overgezet van baselineversie %1 naar %2</translation>
    </message>
    <message>
        <source>File converted to file format version %1</source>
        <extracomment>Change log: the file was converted to a newer file format; %1 its number.</extracomment>
        <translation>Bestand omgezet naar bestandsformaatversie %1</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Andere wijziging</translation>
    </message>
    <message>
        <source>Other change: %1</source>
        <extracomment>Change log: %1 the text an older version of the program recorded for a change.</extracomment>
        <translation>Andere wijziging: %1</translation>
    </message>
    <message>
        <source>Risks to data subjects</source>
        <translation>Risico's voor betrokkenen</translation>
    </message>
    <message>
        <source>No risk to data subjects applies.</source>
        <translation>Er is geen risico voor betrokkenen van toepassing.</translation>
    </message>
    <message>
        <source>Risks to the municipality itself</source>
        <translation>Risico's voor de gemeente zelf</translation>
    </message>
    <message>
        <source>Continuity, dependence on one supplier and compliance: they belong in the action plan, but do not lead to prior consultation, which is about high risks to data subjects (GDPR art. 36(1)).</source>
        <translation>Continuïteit, afhankelijkheid van één leverancier en naleving: ze horen in het plan van aanpak, maar leiden niet tot voorafgaande raadpleging, want die gaat over hoge risico's voor betrokkenen (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>not applicable, because %1</source>
        <translation>niet van toepassing, omdat %1</translation>
    </message>
    <message>
        <source>Risks that do not apply</source>
        <translation>Risico's die niet van toepassing zijn</translation>
    </message>
    <message>
        <source>The answers show that these risks do not exist for this processing; they count nowhere in this report.</source>
        <translation>Uit de antwoorden blijkt dat deze risico's bij deze verwerking niet bestaan; ze tellen nergens in dit rapport mee.</translation>
    </message>
    <message>
        <source>No measures have been planned, although a residual risk stays high: plan the safeguards that lower it (see the summary) or record why the risk is accepted.</source>
        <translation>Er zijn geen maatregelen gepland, terwijl een restrisico hoog blijft: plan de maatregelen die het verlagen (zie de samenvatting) of leg vast waarom het risico wordt aanvaard.</translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation>Advies van de functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>These residual risks to data subjects stay high:</source>
        <translation>Deze restrisico's voor betrokkenen blijven hoog:</translation>
    </message>
    <message>
        <source>No residual risk to data subjects is high: prior consultation is not needed, provided the safeguards marked as in place are in place. Risks to the municipality itself do not count for this (GDPR art. 36(1)).</source>
        <translation>Geen restrisico voor betrokkenen is hoog: voorafgaande raadpleging is niet nodig, mits de maatregelen die als getroffen zijn aangemerkt er ook echt zijn. Risico's voor de gemeente zelf tellen hiervoor niet mee (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>To resolve before signing</source>
        <translation>Op te lossen vóór ondertekening</translation>
    </message>
    <message>
        <source>Risk score of the pre-scan: %1 (a DPIA is required above %2).</source>
        <translation>Risicoscore van de pre-scan: %1 (boven %2 is een DPIA verplicht).</translation>
    </message>
    <message>
        <source>The points of the risk score:</source>
        <extracomment>The Rijks pre-scan's risk score; %1 the score, %2 the limit above which a DPIA is required.</extracomment>
        <translation>De punten van de risicoscore:</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Nog niet te bepalen.</translation>
    </message>
    <message>
        <source>Still to answer in the pre-scan:</source>
        <extracomment>Report summary: heading of the list of open pre-scan questions that decide whether a DPIA is required.</extracomment>
        <translation>Nog te beantwoorden in de pre-scan:</translation>
    </message>
    <message numerus="yes">
        <source>And %n more open measures: the chapter “%1” lists them all.</source>
        <extracomment>After the most urgent open measures in the summary; %1 is the chapter's title.</extracomment>
        <translation>
            <numerusform>En nog %n openstaande maatregel: die staat in het hoofdstuk “%1”.</numerusform>
            <numerusform>En nog %n openstaande maatregelen: het hoofdstuk “%1” noemt ze allemaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <extracomment>Report chapter of a revision; %1 the version of the final it came from.</extracomment>
        <translation>Wijzigingen sinds versie %1</translation>
    </message>
    <message>
        <source>Compared with the adopted version in %1. Removed words are struck through, added words underlined.</source>
        <extracomment>Report: where the changes of a revision come from; %1 the final's file name.</extracomment>
        <translation>Vergeleken met de vastgestelde versie in %1. Weggehaalde woorden zijn doorgestreept, toegevoegde woorden onderstreept.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>only in this version</source>
        <extracomment>Report, changes since version N: an item of one baseline only.</extracomment>
        <translation>alleen in deze versie</translation>
    </message>
    <message>
        <source>only in version %1</source>
        <translation>alleen in versie %1</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>Report, changes since version N: a whole measure or sign-off.</extracomment>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Appendix: imported, not mapped</source>
        <extracomment>Report appendix: what an import from another DPIA tool kept aside, verbatim.</extracomment>
        <translation>Bijlage: geïmporteerd, niet overgenomen</translation>
    </message>
    <message numerus="yes">
        <source>An import brought in %n items that have no place in this DPIA. They are kept as they were in the source, with where they were.</source>
        <translation>
            <numerusform>Een import bracht %n onderdeel mee dat geen plaats heeft in deze DPIA. Het is bewaard zoals het in de bron stond, met waar het stond.</numerusform>
            <numerusform>Een import bracht %n onderdelen mee die geen plaats hebben in deze DPIA. Ze zijn bewaard zoals ze in de bron stonden, met waar ze stonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Where in the source</source>
        <translation>Waar in de bron</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>RiskExplanation</name>
    <message>
        <source>likelihood %1</source>
        <extracomment>A change of likelihood in a risk explanation, e.g. "likelihood +1".</extracomment>
        <translation>kans %1</translation>
    </message>
    <message>
        <source>impact %1</source>
        <extracomment>A change of impact in a risk explanation, e.g. "impact −1".</extracomment>
        <translation>impact %1</translation>
    </message>
    <message>
        <source>no change</source>
        <extracomment>A step of a risk explanation that moves neither likelihood nor impact.</extracomment>
        <translation>geen verandering</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Yes/no answers quoted in a risk explanation.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Likelihood %1, impact %2.</source>
        <extracomment>First step of a risk explanation: the starting score; %1 likelihood, %2 impact.</extracomment>
        <translation>Kans %1, impact %2.</translation>
    </message>
    <message>
        <source>Your answer to “%1”: %2</source>
        <extracomment>Risk explanation: the answer that made a driver fire; %1 the question, %2 the answer.</extracomment>
        <translation>Uw antwoord op ‘%1’: %2</translation>
    </message>
    <message>
        <source>Rights affected:</source>
        <extracomment>Risk explanation: label before the rights of data subjects a risk affects.</extracomment>
        <translation>Geraakte rechten:</translation>
    </message>
    <message>
        <source>Inherent risk:</source>
        <extracomment>Risk explanation heading; the level follows, e.g. "Inherent risk: High (3 × 4)".</extracomment>
        <translation>Inherent risico:</translation>
    </message>
    <message>
        <source>Residual now, with the implemented safeguards:</source>
        <extracomment>Risk explanation heading: the residual with the implemented safeguards.</extracomment>
        <translation>Restrisico nu, met de geïmplementeerde maatregelen:</translation>
    </message>
    <message>
        <source>You rated this risk yourself; safeguards of the baseline do not change it.</source>
        <extracomment>Risk explanation: no implemented safeguard lowers the risk.</extracomment>
        <translation>U hebt dit risico zelf ingeschat; maatregelen uit de baseline veranderen het niet.</translation>
    </message>
    <message>
        <source>No implemented safeguard lowers this risk yet.</source>
        <translation>Nog geen geïmplementeerde maatregel verlaagt dit risico.</translation>
    </message>
    <message>
        <source>Your override:</source>
        <extracomment>Risk explanation heading: the user's own residual score.</extracomment>
        <translation>Uw eigen inschatting:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <extracomment>Risk explanation: label before the justification of an override.</extracomment>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <source>Residual as planned:</source>
        <extracomment>Risk explanation heading: the residual once planned safeguards are implemented.</extracomment>
        <translation>Restrisico volgens plan:</translation>
    </message>
    <message>
        <source>No planned safeguard lowers it further.</source>
        <extracomment>Risk explanation: no planned safeguard lowers the risk further.</extracomment>
        <translation>Geen geplande maatregel verlaagt het verder.</translation>
    </message>
    <message>
        <source>Safeguards that could still lower it</source>
        <extracomment>Risk explanation heading: safeguards that would lower the risk but are not implemented or planned.</extracomment>
        <translation>Maatregelen die het nog kunnen verlagen</translation>
    </message>
    <message>
        <source>Not applicable, because %1. Decided by your answers to: %2. It counts nowhere: not in the heat map, the verdict or prior consultation.</source>
        <extracomment>Risk explanation of a risk that does not apply; %1 the baseline's reason, %2 the questions whose answers decided it.</extracomment>
        <translation>Niet van toepassing, omdat %1. Dat volgt uit uw antwoorden op: %2. Het telt nergens mee: niet in de risicokaart, het oordeel of de voorafgaande raadpleging.</translation>
    </message>
    <message>
        <source>This risk may not apply to this processing, but that depends on questions still open: %1. Until they are answered it counts.</source>
        <extracomment>Risk explanation: the risk may not apply, but a question that decides it is open.</extracomment>
        <translation>Dit risico is bij deze verwerking misschien niet van toepassing, maar dat hangt af van vragen die nog open staan: %1. Tot ze beantwoord zijn, telt het mee.</translation>
    </message>
    <message>
        <source>A risk to the municipality itself, not to data subjects: it belongs in the action plan and does not lead to prior consultation (GDPR art. 36).</source>
        <extracomment>Risk explanation: an organisation risk, not a risk to data subjects.</extracomment>
        <translation>Een risico voor de gemeente zelf, niet voor betrokkenen: het hoort in het plan van aanpak en leidt niet tot voorafgaande raadpleging (art. 36 AVG).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>A table answer quoted in a risk explanation: how many rows it has.</extracomment>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>in review</source>
        <extracomment>Document status.</extracomment>
        <translation>ter beoordeling</translation>
    </message>
    <message>
        <source>final</source>
        <extracomment>Document status.</extracomment>
        <translation>definitief</translation>
    </message>
    <message>
        <source>draft</source>
        <extracomment>Document status.</extracomment>
        <translation>concept</translation>
    </message>
    <message>
        <source>Not decided</source>
        <extracomment>Status of a safeguard nobody has set yet.</extracomment>
        <translation>Nog niet bepaald</translation>
    </message>
    <message>
        <source>Implemented</source>
        <extracomment>Status of a safeguard.</extracomment>
        <translation>Geïmplementeerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Status of a safeguard.</extracomment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <extracomment>Status of a safeguard: decided not to.</extracomment>
        <translation>Niet geïmplementeerd</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>Status of a safeguard.</extracomment>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Status of a measure in the action plan.</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <extracomment>Status of a measure in the action plan.</extracomment>
        <translation>in uitvoering</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>Status of a measure in the action plan.</extracomment>
        <translation>gereed</translation>
    </message>
    <message>
        <source>Data protection officer (DPO)</source>
        <extracomment>Role of a sign-off: the functionaris gegevensbescherming.</extracomment>
        <translation>Functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <source>CISO</source>
        <extracomment>Role of a sign-off.</extracomment>
        <translation>CISO</translation>
    </message>
    <message>
        <source>Process owner</source>
        <extracomment>Role of a sign-off.</extracomment>
        <translation>Proceseigenaar</translation>
    </message>
    <message>
        <source>Controller (decision)</source>
        <extracomment>Role of a sign-off: who decides for the municipality (e.g. the college of B&amp;W).</extracomment>
        <translation>Verwerkingsverantwoordelijke (besluit)</translation>
    </message>
    <message>
        <source>Data subjects or their representatives</source>
        <extracomment>Role of a sign-off: e.g. a client council speaking for the data subjects.</extracomment>
        <translation>Betrokkenen of hun vertegenwoordigers</translation>
    </message>
    <message>
        <source>Needs Microsoft 365 E3 (also in E5).</source>
        <extracomment>Licence column: what E3 means.</extracomment>
        <translation>Vraagt Microsoft 365 E3 (zit ook in E5).</translation>
    </message>
    <message>
        <source>Needs Microsoft 365 E5 or an add-on.</source>
        <extracomment>Licence column: what E5 means.</extracomment>
        <translation>Vraagt Microsoft 365 E5 of een add-on.</translation>
    </message>
    <message>
        <source>No particular licence needed.</source>
        <extracomment>Licence column: a safeguard without a licence requirement.</extracomment>
        <translation>Geen bepaalde licentie nodig.</translation>
    </message>
    <message>
        <source>Microsoft 365 technical</source>
        <extracomment>Group of safeguards: settings and features of Microsoft 365.</extracomment>
        <translation>Microsoft 365 technisch</translation>
    </message>
    <message>
        <source>Contractual</source>
        <extracomment>Group of safeguards: terms agreed with Microsoft.</extracomment>
        <translation>Contractueel</translation>
    </message>
    <message>
        <source>Organisational</source>
        <extracomment>Group of safeguards: the municipality's own measures.</extracomment>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Review due today, %1 (GDPR art. 35(11)).</source>
        <extracomment>%1 is the review date (GDPR art. 35(11)).</extracomment>
        <translation>Herbeoordeling vandaag, %1 (AVG art. 35 lid 11).</translation>
    </message>
    <message numerus="yes">
        <source>Review due by %1 (in %n days).</source>
        <extracomment>%1 is the review date; %n the days until then.</extracomment>
        <translation>
            <numerusform>Herbeoordeling uiterlijk op %1 (over %n dag).</numerusform>
            <numerusform>Herbeoordeling uiterlijk op %1 (over %n dagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review was due on %1, %n days ago (GDPR art. 35(11)).</source>
        <extracomment>%1 is the review date that has passed; %n the days since.</extracomment>
        <translation>
            <numerusform>Herbeoordeling was uiterlijk op %1, %n dag geleden (AVG art. 35 lid 11).</numerusform>
            <numerusform>Herbeoordeling was uiterlijk op %1, %n dagen geleden (AVG art. 35 lid 11).</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A DPIA's review date is more than 60 days away.</extracomment>
        <translation>gepland</translation>
    </message>
    <message>
        <source>due soon</source>
        <extracomment>A DPIA's review date is within 60 days.</extracomment>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>A DPIA's review date has passed.</extracomment>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>dpia::ui::AboutDialog</name>
    <message>
        <source>About DPIA Assistent</source>
        <translation>Over DPIA Assistent</translation>
    </message>
    <message>
        <source>Carry out a Data Protection Impact Assessment (GDPR article 35) for work that your municipality moves to Microsoft 365, scored against the Privacy &amp;amp; Security Baseline.</source>
        <translation>Voer een gegevensbeschermingseffectbeoordeling (DPIA, artikel 35 AVG) uit voor werk dat uw gemeente naar Microsoft 365 brengt, getoetst aan de Privacy &amp;amp; Security Baseline.</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2).</source>
        <translation>Uitgegeven onder de European Union Public Licence, versie 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <source>This program makes no network connections. Your assessments stay on your own computer.</source>
        <translation>Dit programma maakt geen netwerkverbindingen. Uw DPIA's blijven op uw eigen computer.</translation>
    </message>
    <message>
        <source>Baseline in this program: %1</source>
        <extracomment>About: the version of the Privacy &amp; Security Baseline built into the program.</extracomment>
        <translation>Baseline in dit programma: %1</translation>
    </message>
    <message>
        <source>Baseline of the open document: %1</source>
        <extracomment>About: the baseline version the open document was made with.</extracomment>
        <translation>Baseline van de open DPIA: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <extracomment>About: the program's version, e.g. "version 0.9.0".</extracomment>
        <translation>versie %1</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ActionPlanModel</name>
    <message>
        <source>no date</source>
        <extracomment>Due date column when a measure has no due date.</extracomment>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>Status of a measure past its due date; %1 is its status (open, in progress).</extracomment>
        <translation>%1 — te laat</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Column headers of the action plan.</extracomment>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico's</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ActionPlanPage</name>
    <message>
        <source>The measures the municipality still takes to lower the risks, with who does it and by when (GDPR article 35(7)(d)). Safeguards you mark as planned are counted in the planned risk; record here how and when they will be in place.</source>
        <translation>De maatregelen die de gemeente nog neemt om de risico's te verlagen, met wie het doet en wanneer het klaar is (art. 35 lid 7 sub d AVG). Maatregelen die u als gepland markeert, tellen mee in het geplande risico; leg hier vast hoe en wanneer ze er komen.</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <extracomment>Buttons of the action plan page.</extracomment>
        <translation>Maatregel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a measure (Alt+Insert)</source>
        <translation>Een maatregel toevoegen (Alt+Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>Maatregel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected measure (Alt+Delete)</source>
        <translation>De gekozen maatregel verwijderen (Alt+Delete)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the action plan as a CSV file for a spreadsheet</source>
        <translation>Het plan van aanpak opslaan als CSV-bestand voor een spreadsheet</translation>
    </message>
    <message>
        <source>Measures of the action plan</source>
        <extracomment>Accessible name of the table of measures.</extracomment>
        <translation>Maatregelen van het plan van aanpak</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Labels of the fields of one measure.</extracomment>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Turn on MFA for guest accounts”</source>
        <translation>Wat er gebeurt, bijvoorbeeld ‘MFA aanzetten voor gastaccounts’</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Role or department, e.g. “Functional administrator M365”</source>
        <translation>Rol of afdeling, bijvoorbeeld ‘Functioneel beheerder M365’</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Accessible name of the due date of a measure (empty: no due date).</extracomment>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risks this measure lowers</source>
        <translation>Risico's die deze maatregel verlaagt</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Maatregel:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Uiterste datum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Risks it lowers:</source>
        <translation>Verlaagt de &amp;risico's:</translation>
    </message>
    <message>
        <source>Selected measure</source>
        <translation>Gekozen maatregel</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>Heading and introduction of the action plan page.</extracomment>
        <translation>Plan van aanpak</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>Added to the count of measures; %n is how many are past their due date.</extracomment>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>New measure</source>
        <extracomment>Title of a measure just added, selected so the user types over it.</extracomment>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <source>Action plan - %1.csv</source>
        <extracomment>Suggested file name of the action plan export; %1 is the document's title.</extracomment>
        <translation>Plan van aanpak - %1.csv</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Plan van aanpak exporteren</translation>
    </message>
    <message>
        <source>Cannot export the action plan</source>
        <extracomment>Title of the message when the CSV export failed.</extracomment>
        <translation>Plan van aanpak niet geëxporteerd</translation>
    </message>
    <message>
        <source>Action plan exported</source>
        <extracomment>Title of the message after the CSV export.</extracomment>
        <translation>Plan van aanpak geëxporteerd</translation>
    </message>
    <message>
        <source>The action plan is saved as %1.</source>
        <extracomment>After the CSV export; %1 is the path of the CSV file.</extracomment>
        <translation>Het plan van aanpak is opgeslagen als %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <extracomment>Above the action plan; %n is the number of measures.</extracomment>
        <translation>
            <numerusform>%n maatregel</numerusform>
            <numerusform>%n maatregelen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpia::ui::AnsweredElsewhere</name>
    <message>
        <source>Not answered yet.</source>
        <extracomment>A question shown read-only that has no answer yet.</extracomment>
        <translation>Nog niet beantwoord.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>A table answer shown read-only: its number of rows.</extracomment>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered in %1 — go to the question</source>
        <extracomment>Link under a question shown read-only; %1 is where it is asked ("Pre-scan › Scope and processing").</extracomment>
        <translation>Beantwoord in %1 — naar de vraag</translation>
    </message>
</context>
<context>
    <name>dpia::ui::BaselineItemDialog</name>
    <message>
        <source>BIO (Baseline Informatiebeveiliging Overheid)</source>
        <extracomment>Name of the Dutch government information security baseline.</extracomment>
        <translation>BIO (Baseline Informatiebeveiliging Overheid)</translation>
    </message>
    <message>
        <source>Applies from BBN level %1 (BIO 1.04 control %2).</source>
        <extracomment>Requirement dialog: from which BIO security level (BBN 1-3) it applies.</extracomment>
        <translation>Geldt vanaf BBN-niveau %1 (BIO 1.04-maatregel %2).</translation>
    </message>
    <message>
        <source>Safeguards that meet this requirement</source>
        <extracomment>Requirement dialog: list of safeguards that meet the requirement.</extracomment>
        <translation>Waarborgen die aan deze eis voldoen</translation>
    </message>
    <message>
        <source>GDPR</source>
        <extracomment>Name of the GDPR in the requirement dialog.</extracomment>
        <translation>AVG</translation>
    </message>
    <message>
        <source>Dutch GDPR Implementation Act (UAVG)</source>
        <extracomment>Name of the Dutch GDPR Implementation Act.</extracomment>
        <translation>UAVG (Uitvoeringswet AVG)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <extracomment>First entry of a drop-down list: the question is not answered yet.</extracomment>
        <translation>(geen antwoord)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CompareDialog</name>
    <message>
        <source>What changed</source>
        <extracomment>Title of the window that lists what changed between two documents.</extracomment>
        <translation>Wat is er veranderd</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <extracomment>Heading of the compare window; %1 the file compared with, %2 the open document.</extracomment>
        <translation>Van &lt;b&gt;%1&lt;/b&gt; naar &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>Accessible name of the list of changes in the compare window.</extracomment>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A heading of the compare window: a kind of change and how many there are.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No differences</source>
        <extracomment>The compare window when the two documents are the same.</extracomment>
        <translation>Geen verschillen</translation>
    </message>
    <message>
        <source>Details of the change</source>
        <extracomment>Accessible name of the pane that shows one change in full.</extracomment>
        <translation>Details van de wijziging</translation>
    </message>
    <message>
        <source>Before:</source>
        <extracomment>Compare window: the value in the first document.</extracomment>
        <translation>Was:</translation>
    </message>
    <message>
        <source>After:</source>
        <extracomment>Compare window: the value in the second document.</extracomment>
        <translation>Wordt:</translation>
    </message>
    <message>
        <source>Because:</source>
        <extracomment>Compare window: the steps of a risk's explanation that moved its level.</extracomment>
        <translation>Doordat:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CoverageModel</name>
    <message>
        <source>Met</source>
        <extracomment>Coverage of a requirement: an implemented safeguard meets it.</extracomment>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Partial (planned)</source>
        <extracomment>Coverage of a requirement: only planned safeguards meet it.</extracomment>
        <translation>Deels (gepland)</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Coverage of a requirement: no safeguard meets it yet.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Does not apply at this BBN level</source>
        <extracomment>Coverage of a BIO requirement above the BBN level chosen in the classification.</extracomment>
        <translation>Niet van toepassing op dit BBN-niveau</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>Coverage table cell: the first safeguard and how many more meet the requirement.</extracomment>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>BIO, from BBN %1</source>
        <extracomment>Source column of a BIO requirement: %1 the BBN level from which it applies.</extracomment>
        <translation>BIO, vanaf BBN %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Coverage column: the article or control, e.g. "AVG art. 32".</extracomment>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Requirement</source>
        <extracomment>Coverage column.</extracomment>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Coverage column: AVG, UAVG or BIO.</extracomment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Coverage column.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Coverage column: the planned safeguards that would meet the requirement.</extracomment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>The implemented safeguards that meet the requirement.</source>
        <extracomment>Tooltip of the coverage column with the implemented safeguards.</extracomment>
        <translation>De geïmplementeerde maatregelen die aan de eis voldoen.</translation>
    </message>
    <message>
        <source>The planned safeguards that would meet the requirement.</source>
        <extracomment>Tooltip of the coverage column with the planned safeguards.</extracomment>
        <translation>De geplande maatregelen die aan de eis zouden voldoen.</translation>
    </message>
    <message>
        <source>Met by</source>
        <extracomment>Coverage column: the implemented safeguards that meet the requirement.</extracomment>
        <translation>Voldaan door</translation>
    </message>
    <message>
        <source>GDPR</source>
        <extracomment>Source column: the GDPR (AVG in Dutch).</extracomment>
        <translation>AVG</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CoveragePage</name>
    <message>
        <source>Requirement coverage</source>
        <extracomment>Heading of the requirement coverage page.</extracomment>
        <translation>Dekking van de eisen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Coverage status filter: no filter.</extracomment>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Show requirements with status</source>
        <extracomment>Accessible name of the coverage status filter.</extracomment>
        <translation>Eisen tonen met status</translation>
    </message>
    <message>
        <source>BIO</source>
        <extracomment>Coverage source filter: the information security requirements.</extracomment>
        <translation>BIO</translation>
    </message>
    <message>
        <source>Show requirements from</source>
        <extracomment>Accessible name of the coverage source filter.</extracomment>
        <translation>Eisen tonen uit</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <extracomment>Label of the coverage status filter.</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <extracomment>Label of the coverage source filter.</extracomment>
        <translation>Br&amp;on:</translation>
    </message>
    <message>
        <source>Requirements and their coverage</source>
        <extracomment>Accessible name of the coverage table.</extracomment>
        <translation>Eisen en hun dekking</translation>
    </message>
    <message>
        <source>About the selected requirement</source>
        <extracomment>Accessible name of the panel about the selected requirement.</extracomment>
        <translation>Over de gekozen eis</translation>
    </message>
    <message>
        <source>%1 met, %2 partial, %3 open, %4 do not apply</source>
        <extracomment>Coverage summary per source: %1 met, %2 partial, %3 open, %4 not applying.</extracomment>
        <translation>%1 voldaan, %2 deels, %3 open, %4 niet van toepassing</translation>
    </message>
    <message>
        <source>Choose a requirement to see its text and safeguards.</source>
        <extracomment>Detail panel of the coverage page without a selection.</extracomment>
        <translation>Kies een eis om de tekst en de maatregelen te zien.</translation>
    </message>
    <message>
        <source>No requirement matches the filters.</source>
        <translation>Geen eis past bij de filters.</translation>
    </message>
    <message>
        <source>Applies from BBN level %1; it applies to this DPIA.</source>
        <extracomment>Coverage details: from which BBN level a BIO requirement applies, and whether it does for this DPIA.</extracomment>
        <translation>Geldt vanaf BBN-niveau %1; de eis geldt voor deze DPIA.</translation>
    </message>
    <message>
        <source>Applies from BBN level %1; the classification of this DPIA chose a lower level, so it does not apply.</source>
        <translation>Geldt vanaf BBN-niveau %1; in de classificatie van deze DPIA is een lager niveau gekozen, dus de eis geldt niet.</translation>
    </message>
    <message>
        <source>Safeguards that meet it</source>
        <extracomment>Coverage details heading: every safeguard that meets the requirement, with status.</extracomment>
        <translation>Maatregelen die eraan voldoen</translation>
    </message>
    <message>
        <source>The baseline names no safeguard for this requirement; record in the action plan how the municipality meets it.</source>
        <extracomment>Coverage details: the baseline names no safeguard for this requirement.</extracomment>
        <translation>De baseline noemt geen maatregel voor deze eis; leg in het actieplan vast hoe de gemeente eraan voldoet.</translation>
    </message>
    <message>
        <source>Which requirements of the GDPR, the UAVG and the BIO the safeguards meet. Met: an implemented safeguard meets it. Partial: only planned ones do. Open: none does yet. BIO requirements above the BBN level chosen in the classification do not apply.</source>
        <extracomment>Introduction of the requirement coverage page.</extracomment>
        <translation>Aan welke eisen uit de AVG, de UAVG en de BIO de maatregelen voldoen. Voldaan: een geïmplementeerde maatregel voldoet eraan. Deels: alleen geplande maatregelen voldoen eraan. Open: nog geen enkele maatregel voldoet eraan. BIO-eisen boven het BBN-niveau uit de classificatie zijn niet van toepassing.</translation>
    </message>
    <message>
        <source>GDPR, UAVG and BIO</source>
        <extracomment>Coverage source filter: no filter.</extracomment>
        <translation>AVG, UAVG en BIO</translation>
    </message>
    <message>
        <source>GDPR and UAVG</source>
        <extracomment>Coverage source filter: the privacy law requirements.</extracomment>
        <translation>AVG en UAVG</translation>
    </message>
    <message>
        <source>GDPR and UAVG: %1. BIO: %2.</source>
        <extracomment>Coverage summary: %1 the counts for GDPR and UAVG, %2 those for BIO.</extracomment>
        <translation>AVG en UAVG: %1. BIO: %2.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CustomRiskDialog</name>
    <message>
        <source>Add own risk</source>
        <extracomment>Title of the dialog that adds a risk of the user's own.</extracomment>
        <translation>Risico toevoegen</translation>
    </message>
    <message>
        <source>Edit own risk</source>
        <extracomment>Title of the dialog that edits a risk of the user's own.</extracomment>
        <translation>Zelf toegevoegd risico bewerken</translation>
    </message>
    <message>
        <source>A risk the baseline does not name. Rate it yourself: the safeguards of the baseline do not lower it; plan measures for it in the action plan.</source>
        <extracomment>Explanation at the top of the own-risk dialog.</extracomment>
        <translation>Een risico dat de baseline niet noemt. U schat het zelf in: de maatregelen uit de baseline verlagen het niet; plan maatregelen ervoor in het actieplan.</translation>
    </message>
    <message>
        <source>Title of the risk</source>
        <extracomment>Accessible name of the title field of an own risk.</extracomment>
        <translation>Titel van het risico</translation>
    </message>
    <message>
        <source>Description of the risk</source>
        <extracomment>Accessible name of the description field of an own risk.</extracomment>
        <translation>Omschrijving van het risico</translation>
    </message>
    <message>
        <source>What can happen, to whom, and what would it mean for them?</source>
        <extracomment>Placeholder of the description of an own risk.</extracomment>
        <translation>Wat kan er gebeuren, bij wie, en wat betekent dat voor hen?</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <extracomment>Form label of the title of an own risk.</extracomment>
        <translation>&amp;Titel (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <extracomment>Form label of the description of an own risk.</extracomment>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Give the risk a title.</source>
        <extracomment>Shown in the own-risk dialog while the title is empty; OK is disabled meanwhile.</extracomment>
        <translation>Geef het risico een titel.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DateEditor</name>
    <message>
        <source>Clear date</source>
        <extracomment>Button that removes the date of a date question.</extracomment>
        <translation>Datum wissen</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DateField</name>
    <message>
        <source>Calendar…</source>
        <extracomment>Button beside a date field that opens a calendar.</extracomment>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Kies de datum in een kalender (Alt+pijl-omlaag)</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DateLineEdit</name>
    <message>
        <source>Type a date: %1. Alt+Down or F4 opens the calendar.</source>
        <extracomment>Tooltip of a date field; %1 is how to type a date ("day-month-year, e.g. 15-03-2027").</extracomment>
        <translation>Typ een datum: %1. Alt+pijl-omlaag of F4 opent de kalender.</translation>
    </message>
    <message>
        <source>Calendar: arrow keys choose a day, Enter takes it, Escape closes</source>
        <extracomment>Accessible name of the calendar that opens from a date field.</extracomment>
        <translation>Kalender: pijltjestoetsen kiezen een dag, Enter neemt hem over, Escape sluit</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DecisionPage</name>
    <message>
        <source>Sign-off and status</source>
        <extracomment>Heading and introduction of the sign-off page.</extracomment>
        <translation>Vaststelling en status</translation>
    </message>
    <message>
        <source>Before the DPIA is adopted: the questions that must be answered, the advice of the DPO and the CISO, the views of data subjects and the decision are recorded in the questionnaire (parts “Advice” and “Decision”). Here you see what is still missing, record who signed what, and set the status.</source>
        <translation>Voordat de DPIA wordt vastgesteld: de verplichte vragen, het advies van de FG en de CISO, de zienswijze van betrokkenen en het besluit legt u vast in de vragenlijst (onderdelen ‘Advies’ en ‘Besluit’). Hier ziet u wat nog ontbreekt, legt u vast wie wat heeft ondertekend en zet u de status.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offer for &amp;review</source>
        <extracomment>Status buttons on the sign-off page.</extracomment>
        <translation>Ter &amp;beoordeling aanbieden</translation>
    </message>
    <message>
        <source>Set the status to “in review”: the DPO and the CISO can give advice</source>
        <translation>De status op ‘ter beoordeling’ zetten: de FG en de CISO kunnen advies geven</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Terug naar &amp;concept</translation>
    </message>
    <message>
        <source>&amp;Adopt as final…</source>
        <translation>Definitief &amp;vaststellen…</translation>
    </message>
    <message>
        <source>Make the DPIA final: it can no longer be changed</source>
        <translation>De DPIA definitief maken: daarna kan hij niet meer worden gewijzigd</translation>
    </message>
    <message>
        <source>New &amp;revision…</source>
        <translation>Nieuwe &amp;revisie…</translation>
    </message>
    <message>
        <source>Continue in a copy with the next version number</source>
        <translation>Verder werken in een kopie met het volgende versienummer</translation>
    </message>
    <message>
        <source>Ready for adoption?</source>
        <translation>Klaar om vast te stellen?</translation>
    </message>
    <message>
        <source>Prior consultation (GDPR art. 36)</source>
        <translation>Voorafgaande raadpleging (art. 36 AVG)</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Who advised or decided, when, and with what outcome. The report prints these with a signature line.</source>
        <translation>Wie adviseerde of besloot, wanneer, en met welke uitkomst. Het rapport drukt deze af met een regel voor de handtekening.</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;, version %2.</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;, versie %2.</translation>
    </message>
    <message>
        <source>This DPIA is adopted and can no longer be changed. Make a new revision when the processing or its risks change (GDPR art. 35(11)).</source>
        <translation>Deze DPIA is vastgesteld en kan niet meer worden gewijzigd. Maak een nieuwe revisie als de verwerking of de risico's veranderen (art. 35 lid 11 AVG).</translation>
    </message>
    <message>
        <source>✓ Done:</source>
        <extracomment>Mark before a checklist row: done (✓) or still open (✗); words follow.</extracomment>
        <translation>✓ Gereed:</translation>
    </message>
    <message>
        <source>✗ Open:</source>
        <translation>✗ Open:</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <extracomment>Button next to an open checklist row: shows the question to answer.</extracomment>
        <translation>Naar de vraag</translation>
    </message>
    <message>
        <source>Go to the question: %1</source>
        <translation>Naar de vraag: %1</translation>
    </message>
    <message>
        <source>After adoption this DPIA can no longer be changed; a change then needs a new revision with the next version number.</source>
        <extracomment>Asked before making the DPIA final.</extracomment>
        <translation>Na vaststelling kan deze DPIA niet meer worden gewijzigd; voor een wijziging is dan een nieuwe revisie met het volgende versienummer nodig.</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Nog open:</translation>
    </message>
    <message>
        <source>Adopt version %1 as final?</source>
        <translation>Versie %1 definitief vaststellen?</translation>
    </message>
    <message>
        <source>Adopt the DPIA</source>
        <translation>DPIA vaststellen</translation>
    </message>
    <message>
        <source>No review date is set yet: adopting records %1 (the review interval you gave, or one year). For another date, answer “%2” first.</source>
        <extracomment>Before adoption; %1 is the proposed review date, %2 the question's text.</extracomment>
        <translation>Er is nog geen datum voor de herbeoordeling: bij vaststellen wordt %1 vastgelegd (de termijn die u opgaf, of een jaar). Wilt u een andere datum, beantwoord dan eerst „%2”.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentCommands</name>
    <message>
        <source>answer to “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the beginning of the question.</extracomment>
        <translation>antwoord op ‘%1’</translation>
    </message>
    <message>
        <source>document details</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>documentgegevens</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>status</translation>
    </message>
    <message>
        <source>safeguard status</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>status van maatregel</translation>
    </message>
    <message>
        <source>risk score override</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>eigen inschatting van risico</translation>
    </message>
    <message>
        <source>new risk</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>nieuw risico</translation>
    </message>
    <message>
        <source>risk</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>risico</translation>
    </message>
    <message>
        <source>remove risk</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>risico verwijderen</translation>
    </message>
    <message>
        <source>new measure</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>nieuwe maatregel</translation>
    </message>
    <message>
        <source>measure</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>maatregel</translation>
    </message>
    <message>
        <source>remove measure</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>maatregel verwijderen</translation>
    </message>
    <message>
        <source>new advice</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>nieuwe ondertekening</translation>
    </message>
    <message>
        <source>advice</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>ondertekening</translation>
    </message>
    <message>
        <source>remove advice</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>ondertekening verwijderen</translation>
    </message>
    <message>
        <source>note on “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the beginning of the question.</extracomment>
        <translation>notitie bij ‘%1’</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentDetailsDialog</name>
    <message>
        <source>Document details</source>
        <extracomment>Title of the dialog with the document's details.</extracomment>
        <translation>Documentgegevens</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Fields of the document details dialog.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Proceseigenaar</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Suggested classification markings of the report (the user may type another).</extracomment>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Intern gebruik</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Classification of the report</source>
        <translation>Rubricering van het rapport</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>&amp;Verwerking:</translation>
    </message>
    <message>
        <source>Process o&amp;wner:</source>
        <translation>Proces&amp;eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Rubricering:</translation>
    </message>
    <message>
        <source>Version:</source>
        <extracomment>Shown in the details dialog; the version is changed by making a new revision.</extracomment>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>%1 (a new revision raises it)</source>
        <translation>%1 (een nieuwe revisie verhoogt het)</translation>
    </message>
    <message>
        <source>The classification is printed in the header of every page of the report, e.g. “Internal use”.</source>
        <translation>De rubricering staat bovenaan elke pagina van het rapport, bijvoorbeeld ‘Intern gebruik’.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentSession</name>
    <message>
        <source>This DPIA is final. To change it, make a new revision (File → New revision).</source>
        <extracomment>Why a document is read-only: the user finalised it.</extracomment>
        <translation>Deze DPIA is definitief. Wilt u iets wijzigen, maak dan een nieuwe revisie (Bestand → Nieuwe revisie).</translation>
    </message>
    <message>
        <source>It is open for editing by %1.</source>
        <extracomment>Why a document is read-only; %1 says who has it open, where and since when.</extracomment>
        <translation>Het is geopend om te bewerken door %1.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentStatus</name>
    <message>
        <source>Complete: %1 %</source>
        <extracomment>Status bar: share of required questions answered.</extracomment>
        <translation>Ingevuld: %1 %</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <extracomment>Status bar: no risk is scored yet.</extracomment>
        <translation>nog niet gescoord</translation>
    </message>
    <message>
        <source>Highest residual risk: %1</source>
        <extracomment>Status bar: the highest residual risk level, e.g. "High".</extracomment>
        <translation>Hoogste restrisico: %1</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved</source>
        <extracomment>Status bar: the document is read-only.</extracomment>
        <translation>Alleen-lezen: wijzigingen worden niet opgeslagen</translation>
    </message>
    <message>
        <source>✓ All changes are saved immediately</source>
        <extracomment>Status bar: there is no Save button because every change is saved at once.</extracomment>
        <translation>✓ Alle wijzigingen worden direct opgeslagen</translation>
    </message>
    <message>
        <source>⚠ The last change was not saved</source>
        <extracomment>Status bar after a failed save.</extracomment>
        <translation>⚠ De laatste wijziging is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentView</name>
    <message>
        <source>⚠ Read-only: %1 Your changes cannot be saved; use File → Save a copy to continue in a new file.</source>
        <extracomment>Banner above a document opened read-only; %1 says why.</extracomment>
        <translation>⚠ Alleen-lezen: %1 Uw wijzigingen kunnen niet worden opgeslagen; kies Bestand → Kopie opslaan om in een nieuw bestand verder te werken.</translation>
    </message>
    <message>
        <source>Sections of the questionnaire</source>
        <extracomment>Accessible name of the list of parts and sections.</extracomment>
        <translation>Paragrafen van de vragenlijst</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys; Enter moves to its questions.</source>
        <extracomment>Accessible description of the navigator.</extracomment>
        <translation>Kies een paragraaf met de pijltjestoetsen; met Enter gaat u naar de vragen.</translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <extracomment>Link in the banner of an adopted DPIA that is due for review.</extracomment>
        <translation>Nieuwe revisie maken…</translation>
    </message>
</context>
<context>
    <name>dpia::ui::Errors</name>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <extracomment>Shown when the core gave no message for an error; %1 is a technical code.</extracomment>
        <translation>Er is iets misgegaan (%1). De details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::FileDialog</name>
    <message>
        <source>DPIA assessments (*.dpia)</source>
        <extracomment>File type filter in open and save dialogs; keep "(*.dpia)".</extracomment>
        <translation>DPIA-bestanden (*.dpia)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <extracomment>File type filter in export and import dialogs; keep "(*.json)".</extracomment>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter of the action plan export; keep "(*.csv)".</extracomment>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>File type filter of the report export; keep "(*.pdf)".</extracomment>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <extracomment>File type filter of the report export as a web page; keep "(*.html *.htm)".</extracomment>
        <translation>Webpagina's (*.html *.htm)</translation>
    </message>
    <message>
        <source>Model DPIA files (*.json *.pdf)</source>
        <extracomment>File type filter of the Model DPIA import: the form's JSON or its PDF; keep the patterns.</extracomment>
        <translation>Model DPIA-bestanden (*.json *.pdf)</translation>
    </message>
    <message>
        <source>CNIL PIA exports (*.json *.zip)</source>
        <extracomment>File type filter of the CNIL PIA import: its JSON or its zip; keep the patterns.</extracomment>
        <translation>CNIL PIA-exports (*.json *.zip)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::FormPage</name>
    <message>
        <source>Questions marked * are required.</source>
        <extracomment>Legend at the top of a form page.</extracomment>
        <translation>Vragen met een * zijn verplicht.</translation>
    </message>
    <message>
        <source>This section has no questions.</source>
        <extracomment>Shown on a form page when the earlier answers make none of its questions apply.</extracomment>
        <translation>Deze paragraaf heeft geen vragen.</translation>
    </message>
    <message>
        <source>None of the questions of this section apply, given your earlier answers.</source>
        <translation>Gezien uw eerdere antwoorden is geen van de vragen in deze paragraaf van toepassing.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Heading of the panel with help for the current question.</extracomment>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Guidance for the current question</source>
        <extracomment>Accessible name of the guidance text.</extracomment>
        <translation>Toelichting bij de huidige vraag</translation>
    </message>
    <message>
        <source>Move to a question to see what to write, with an example from municipal practice, and the legal reference.</source>
        <extracomment>Guidance panel text when no question has focus.</extracomment>
        <translation>Ga naar een vraag om te zien wat u kunt invullen, met een voorbeeld uit de gemeentelijke praktijk en de wettelijke grondslag.</translation>
    </message>
    <message>
        <source>Required question</source>
        <extracomment>Guidance panel: the question must be answered.</extracomment>
        <translation>Verplichte vraag</translation>
    </message>
    <message>
        <source>Reference:</source>
        <extracomment>Guidance panel: the legal or control reference of the question.</extracomment>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Requirements in the baseline (open for the text):</source>
        <extracomment>Guidance panel: links to the requirements named in the reference.</extracomment>
        <translation>Eisen in de baseline (open voor de tekst):</translation>
    </message>
</context>
<context>
    <name>dpia::ui::HeatMapWidget</name>
    <message>
        <source>&amp;Inherent</source>
        <extracomment>Heat map toggle: count the risks before safeguards.</extracomment>
        <translation>&amp;Inherent</translation>
    </message>
    <message>
        <source>Residual &amp;now</source>
        <extracomment>Heat map toggle: count the risks with the implemented safeguards (or override).</extracomment>
        <translation>Restrisico &amp;nu</translation>
    </message>
    <message>
        <source>&amp;All risks</source>
        <extracomment>Button under the heat map that removes the cell filter from the table.</extracomment>
        <translation>&amp;Alle risico's</translation>
    </message>
    <message>
        <source>Shows every risk in the table again.</source>
        <extracomment>Accessible description of the "All risks" button.</extracomment>
        <translation>Toont weer alle risico's in de tabel.</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <extracomment>Heat map: the vertical axis.</extracomment>
        <translation>Kans ↑</translation>
    </message>
    <message>
        <source>Impact →</source>
        <extracomment>Heat map: the horizontal axis (how serious the effects on people are).</extracomment>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Heat map of the risks</source>
        <extracomment>Accessible name of the heat map.</extracomment>
        <translation>Risicomatrix met de risico's</translation>
    </message>
    <message>
        <source>Space or Enter shows only these risks in the table; again shows all.</source>
        <extracomment>Accessible description of a heat-map cell.</extracomment>
        <translation>Spatie of Enter toont alleen deze risico's in de tabel; nog een keer toont alles.</translation>
    </message>
    <message>
        <source>Likelihood %1, impact %2: %3, %4</source>
        <extracomment>Accessible name of a heat-map cell: %1 likelihood, %2 impact (1-4), %3 the level in words, %4 the number of risks ("3 risks").</extracomment>
        <translation>Kans %1, impact %2: %3, %4</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Label before the inherent/residual toggle of the heat map.</extracomment>
        <translation>Toon:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::HelpWindow</name>
    <message>
        <source>User guide — DPIA Assistent</source>
        <extracomment>Title of the window with the user guide (Help → User guide, F1).</extracomment>
        <translation>Handleiding — DPIA Assistent</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <extracomment>Placeholder of the search field of the user guide.</extracomment>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <extracomment>Label before the search field of the user guide; &amp; marks the Alt key letter.</extracomment>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <extracomment>Button of the user guide's search: the previous place the word occurs.</extracomment>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>Button of the user guide's search: the next place the word occurs.</extracomment>
        <translation>Vo&amp;lgende</translation>
    </message>
    <message>
        <source>Contents</source>
        <extracomment>Accessible name of the list of chapters in the user guide.</extracomment>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>The user guide's search: how often the word occurs; %1 the number.</extracomment>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
</context>
<context>
    <name>dpia::ui::MainWindow</name>
    <message>
        <source>DPIA Assistent</source>
        <translation>DPIA Assistent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw uit&amp;voeren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About DPIA Assistent</source>
        <translation>&amp;Over DPIA Assistent</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>Edit menu: opens the settings dialog.</extracomment>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <extracomment>File menu entries.</extracomment>
        <translation>&amp;Nieuwe DPIA…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open the e&amp;xample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Exporteren als JSON…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importeren uit JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>Menu for moving through the questionnaire.</extracomment>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Volgende paragraaf</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>V&amp;orige paragraaf</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <extracomment>Moves the focus between navigator, questions and guidance.</extracomment>
        <translation>Volgend &amp;deelvenster</translation>
    </message>
    <message>
        <source>Previous p&amp;ane</source>
        <translation>Vorig d&amp;eelvenster</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>After choosing another language in the settings.</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The new language is used the next time you start DPIA Assistent.</source>
        <translation>De nieuwe taal wordt gebruikt zodra u DPIA Assistent opnieuw start.</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>DPIA sluiten</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved (see the message shown before). Close anyway and lose it?</source>
        <extracomment>Asked when closing while typed text could not be saved.</extracomment>
        <translation>Een deel van wat u hebt getypt kon niet worden opgeslagen (zie de eerdere melding). Toch sluiten en dit kwijtraken?</translation>
    </message>
    <message>
        <source>%1 — %2 — DPIA Assistent</source>
        <extracomment>Window title: file name, document status, program name.</extracomment>
        <translation>%1 — %2 — DPIA Assistent</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>Title of the message shown when a change could not be saved.</extracomment>
        <translation>Wijziging niet opgeslagen</translation>
    </message>
    <message>
        <source>%1

Nothing in the file was changed. Text you typed stays in its field, so you can try again or copy it elsewhere.</source>
        <extracomment>After a failed save; %1 is the reason given by the program's core.</extracomment>
        <translation>%1

Er is niets in het bestand gewijzigd. Getypte tekst blijft in het veld staan, zodat u het opnieuw kunt proberen of de tekst elders kunt bewaren.</translation>
    </message>
    <message>
        <source>Assessment in use</source>
        <extracomment>Buttons of the question whether to open a file in use read-only.</extracomment>
        <translation>DPIA in gebruik</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <extracomment>Title of the message when a file cannot be opened.</extracomment>
        <translation>De DPIA kan niet worden geopend</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <extracomment>Title of the message when a new assessment cannot be made.</extracomment>
        <translation>De DPIA kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <extracomment>Title of the open dialog.</extracomment>
        <translation>Een DPIA openen</translation>
    </message>
    <message>
        <source>Example DPIA</source>
        <extracomment>File name (without extension) of the copy of the example assessment.</extracomment>
        <translation>Voorbeeld-DPIA</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <extracomment>Title of the message when the example cannot be opened.</extracomment>
        <translation>Het voorbeeld kan niet worden geopend</translation>
    </message>
    <message>
        <source>The example is a copy in %1; change it freely.</source>
        <extracomment>Status bar message after opening the example; %1 is where the copy is.</extracomment>
        <translation>Het voorbeeld is een kopie in %1; u kunt het vrij wijzigen.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <extracomment>Title of the save-a-copy dialog.</extracomment>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>De kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <extracomment>Status bar message; %1 is the path of the copy.</extracomment>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>Title of the export dialog.</extracomment>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren is mislukt</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <extracomment>Title of the dialog that picks the JSON file to import.</extracomment>
        <translation>Importeren uit JSON</translation>
    </message>
    <message>
        <source>Save the imported assessment as</source>
        <extracomment>Title of the dialog that picks where the imported assessment is saved.</extracomment>
        <translation>Geïmporteerde DPIA opslaan als</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importeren is mislukt</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Open recent menu when the list is empty.</extracomment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <extracomment>File menu: title, organisation, classification, ... of the open document.</extracomment>
        <translation>Document&amp;gegevens…</translation>
    </message>
    <message>
        <source>New re&amp;vision…</source>
        <extracomment>File menu: continue a final DPIA in a copy with the next version number.</extracomment>
        <translation>Nieu&amp;we revisie…</translation>
    </message>
    <message>
        <source> version %1</source>
        <extracomment>File name suffix of a new revision; %1 is its version number.</extracomment>
        <translation> versie %1</translation>
    </message>
    <message>
        <source>Save the new revision as</source>
        <extracomment>Title of the dialog that asks where the new revision is saved.</extracomment>
        <translation>Nieuwe revisie opslaan als</translation>
    </message>
    <message>
        <source>Cannot make a new revision</source>
        <extracomment>Title of the message when a new revision cannot be made.</extracomment>
        <translation>Nieuwe revisie niet gemaakt</translation>
    </message>
    <message>
        <source>Version %1 is a new draft. The adopted version stays unchanged in %2.</source>
        <extracomment>Status bar message after making a new revision; %1 version, %2 the final file.</extracomment>
        <translation>Versie %1 is een nieuw concept. De vastgestelde versie blijft ongewijzigd in %2.</translation>
    </message>
    <message>
        <source>Expor&amp;t as PDF…</source>
        <extracomment>File menu: the report of the open document (see ui/main_window_report.cpp).</extracomment>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;fdrukken…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Rapport exporteren als PDF</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <extracomment>Title of the message when the PDF report cannot be written.</extracomment>
        <translation>Rapport exporteren is mislukt</translation>
    </message>
    <message>
        <source>Print the report</source>
        <extracomment>Title of the print preview window.</extracomment>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <extracomment>Title of the message when printing failed.</extracomment>
        <translation>Rapport afdrukken is mislukt</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, or export the report as PDF and print that file.</source>
        <translation>De printer kon niet worden gebruikt. Controleer of de printer aanstaat en is aangesloten, of exporteer het rapport als PDF en druk dat bestand af.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <extracomment>%1 is the path the user chose, %2 the reason.</extracomment>
        <translation>Het rapport kon niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
        <source>Exported as JSON</source>
        <extracomment>Title of the message after the JSON export.</extracomment>
        <translation>Geëxporteerd als JSON</translation>
    </message>
    <message>
        <source>The assessment is exported to %1.</source>
        <extracomment>After the JSON export; %1 is the path of the JSON file.</extracomment>
        <translation>De DPIA is geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Report exported</source>
        <extracomment>Title of the message after the report was saved.</extracomment>
        <translation>Rapport geëxporteerd</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <extracomment>After the report was saved; %1 is the path of the PDF or HTML file.</extracomment>
        <translation>Het rapport is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>“%1” is already open for editing by %2.

You can open it read-only: read everything and save a copy, but not change this file. Or cancel, and open it once it is closed there.</source>
        <extracomment>Asked when another window or program has the file open; %1 is the file name, %2 who has it open, on which computer, since when.</extracomment>
        <translation>“%1” is al geopend om te bewerken door %2.

U kunt het alleen-lezen openen: alles lezen en een kopie opslaan, maar dit bestand niet wijzigen. Of annuleer, en open het zodra het daar gesloten is.</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Who has a file open, when the lock does not say.</extracomment>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <extracomment>Help menu: the user guide, opened at the page in view.</extracomment>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Export as &amp;web page (HTML)…</source>
        <translation>Exporteren als &amp;HTML (webpagina)…</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <extracomment>Title of the dialog that asks where to save the report as a web page.</extracomment>
        <translation>Rapport exporteren als webpagina (HTML)</translation>
    </message>
    <message>
        <source>Export to the Model DPI&amp;A (Rijksoverheid)…</source>
        <translation>Exporteren naar het Model DPI&amp;A (Rijksoverheid)…</translation>
    </message>
    <message>
        <source>Import from the Model DPIA</source>
        <extracomment>Title of the dialog that picks the file of the Model DPIA form to import.</extracomment>
        <translation>Importeren uit het Model DPIA</translation>
    </message>
    <message>
        <source>Imported from the Model DPIA</source>
        <extracomment>Title of the report of the Model DPIA import.</extracomment>
        <translation>Geïmporteerd uit het Model DPIA</translation>
    </message>
    <message>
        <source>Export to the Model DPIA</source>
        <extracomment>Title of the dialog that picks where the Model DPIA form's JSON is written.</extracomment>
        <translation>Exporteren naar het Model DPIA</translation>
    </message>
    <message>
        <source>Exported to the Model DPIA</source>
        <extracomment>Title of the message after the export to the Model DPIA form.</extracomment>
        <translation>Geëxporteerd naar het Model DPIA</translation>
    </message>
    <message>
        <source>The assessment is exported for the Model DPIA form to %1.</source>
        <extracomment>After the export to the Model DPIA form; %1 is the path of the JSON file.</extracomment>
        <translation>De DPIA is voor het Model DPIA-formulier geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Compare wit&amp;h…</source>
        <extracomment>File menu: show what changed from another document (an earlier version) to this one.</extracomment>
        <translation>Verge&amp;lijken met…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <extracomment>Title of the dialog that asks which document to compare the open one with.</extracomment>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <extracomment>Title of the message when the document to compare with cannot be read.</extracomment>
        <translation>Vergelijken lukt niet</translation>
    </message>
    <message>
        <source>Im&amp;port</source>
        <extracomment>File menu: the submenu of imports from other DPIA tools.</extracomment>
        <translation>Im&amp;porteren</translation>
    </message>
    <message>
        <source>&amp;Model DPIA (Rijksoverheid)…</source>
        <extracomment>File → Import: a file of the Dutch government's Model DPIA form (Rijksoverheid).</extracomment>
        <translation>&amp;Model DPIA (Rijksoverheid)…</translation>
    </message>
    <message>
        <source>&amp;CNIL PIA…</source>
        <extracomment>File → Import: an export (JSON or zip) of the CNIL's PIA software.</extracomment>
        <translation>&amp;CNIL PIA…</translation>
    </message>
    <message>
        <source>Answers taken over: %1. Kept in the document, without a place in this DPIA: %2.</source>
        <extracomment>After an import; %1 answers were taken over, %2 items kept aside.</extracomment>
        <translation>Overgenomen antwoorden: %1. Bewaard in het document, zonder plaats in deze DPIA: %2.</translation>
    </message>
    <message>
        <source>Also made: %1 own risks, %2 measures, %3 advice or decisions.</source>
        <extracomment>After the CNIL import: own risks, measures, advice/decisions made.</extracomment>
        <translation>Ook gemaakt: %1 eigen risico's, %2 maatregelen, %3 adviezen of besluiten.</translation>
    </message>
    <message>
        <source>Answered:</source>
        <extracomment>Before the list of the questions an import answered.</extracomment>
        <translation>Beantwoord:</translation>
    </message>
    <message>
        <source>Kept aside (where it was in the source):</source>
        <extracomment>Before the list of what an import kept aside (where it was in the source).</extracomment>
        <translation>Apart bewaard (waar het in de bron stond):</translation>
    </message>
    <message>
        <source>Attachments, not stored in the document (keep the export itself):</source>
        <extracomment>Before the list of attachments of an import, which are not stored.</extracomment>
        <translation>Bijlagen, niet opgeslagen in het document (bewaar de export zelf):</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <extracomment>One attachment of an import: %1 name, %2 size in bytes, %3 SHA-256.</extracomment>
        <translation>%1 (%2 bytes, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Import from the CNIL PIA software</source>
        <extracomment>Title of the dialog that picks the export of the CNIL's PIA software to import.</extracomment>
        <translation>Importeren uit de CNIL PIA-software</translation>
    </message>
    <message>
        <source>Imported from the CNIL PIA software</source>
        <extracomment>Title of the report of the CNIL PIA import.</extracomment>
        <translation>Geïmporteerd uit de CNIL PIA-software</translation>
    </message>
    <message>
        <source>Open portfo&amp;lio…</source>
        <extracomment>File menu: every DPIA in a folder at a glance.</extracomment>
        <translation>Portfo&amp;lio openen…</translation>
    </message>
    <message>
        <source>Open a portfolio folder</source>
        <extracomment>Title of the folder dialog of File → Open portfolio.</extracomment>
        <translation>Een portfoliomap openen</translation>
    </message>
</context>
<context>
    <name>dpia::ui::NavigatorModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Complete: every required question is answered</source>
        <extracomment>Spoken / tooltip text of the completion mark; %1 is a percentage.</extracomment>
        <translation>Klaar: elke verplichte vraag is beantwoord</translation>
    </message>
    <message>
        <source>%1 % of the required questions answered</source>
        <translation>%1 % van de verplichte vragen beantwoord</translation>
    </message>
    <message>
        <source>Section</source>
        <extracomment>Navigator column headers.</extracomment>
        <translation>Paragraaf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>Completion mark in the navigator (next to a tick icon): a finished section.</extracomment>
        <translation>klaar</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Navigator: the part after the questionnaire (risks, safeguards, plan, decision).</extracomment>
        <translation>Beoordeling</translation>
    </message>
</context>
<context>
    <name>dpia::ui::NewAssessmentDialog</name>
    <message>
        <source>DPIA</source>
        <extracomment>Default file name of a new assessment without a title.</extracomment>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>New assessment</source>
        <extracomment>Title of the dialog that starts a new assessment.</extracomment>
        <translation>Nieuwe DPIA</translation>
    </message>
    <message>
        <source>e.g. DPIA Teams for the Wmo team</source>
        <extracomment>Placeholder examples in the new-assessment dialog.</extracomment>
        <translation>bijv. DPIA Teams voor het Wmo-team</translation>
    </message>
    <message>
        <source>e.g. Gemeente Voorbeeldstad</source>
        <translation>bijv. Gemeente Voorbeeldstad</translation>
    </message>
    <message>
        <source>e.g. Wmo applications in Microsoft Teams</source>
        <translation>bijv. Wmo-aanvragen in Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>Button that chooses the folder for a new assessment.</extracomment>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <extracomment>Field labels of the new-assessment dialog.</extracomment>
        <translation>&amp;Titel (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>&amp;Verwerking:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>It will be saved as %1</source>
        <extracomment>Shows where the new file will be saved; %1 is the full path.</extracomment>
        <translation>Wordt opgeslagen als %1</translation>
    </message>
    <message>
        <source>Enter a title to continue.</source>
        <translation>Vul een titel in om verder te gaan.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <extracomment>Title of the folder chooser for a new assessment.</extracomment>
        <translation>Kies een map</translation>
    </message>
</context>
<context>
    <name>dpia::ui::NumberEditor</name>
    <message>
        <source>A number from %1 to %2</source>
        <extracomment>Hint in an empty number field; %1 and %2 are the limits.</extracomment>
        <translation>Een getal van %1 tot en met %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <extracomment>Hint in an empty number field; %1 is the lowest allowed number.</extracomment>
        <translation>Een getal van minimaal %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <extracomment>Hint in an empty number field; %1 is the highest allowed number.</extracomment>
        <translation>Een getal van maximaal %1</translation>
    </message>
    <message>
        <source>A number</source>
        <extracomment>Hint in an empty number field.</extracomment>
        <translation>Een getal</translation>
    </message>
    <message>
        <source>Not saved: enter %1.</source>
        <extracomment>Shown under a number field whose text is not a valid number; %1 is the allowed range, e.g. "A number from 0 to 100".</extracomment>
        <translation>Niet opgeslagen: vul %1 in.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::OverrideDialog</name>
    <message>
        <source>Override residual risk</source>
        <extracomment>Title of the dialog in which the user sets their own residual risk.</extracomment>
        <translation>Restrisico zelf inschatten</translation>
    </message>
    <message>
        <source>Computed residual now: %1. Your override replaces it in the register, the heat map and the report; the computed level stays in the report too.</source>
        <extracomment>Override dialog: the computed residual level; %1 e.g. "Medium (2 × 3)".</extracomment>
        <translation>Berekend restrisico nu: %1. Uw eigen inschatting vervangt het in het register, de risicomatrix en het rapport; het berekende niveau blijft ook in het rapport staan.</translation>
    </message>
    <message>
        <source>&amp;Justification (required):</source>
        <extracomment>Label above the justification of an override; the &amp; marks the shortcut key.</extracomment>
        <translation>&amp;Onderbouwing (verplicht):</translation>
    </message>
    <message>
        <source>Justification</source>
        <extracomment>Accessible name of the justification field of an override.</extracomment>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Why does this risk score differently from the computed level? Name the facts, for example a measure outside Microsoft 365.</source>
        <extracomment>Placeholder in the justification field of an override.</extracomment>
        <translation>Waarom scoort dit risico anders dan het berekende niveau? Noem de feiten, bijvoorbeeld een maatregel buiten Microsoft 365.</translation>
    </message>
    <message>
        <source>Save override</source>
        <extracomment>OK button of the override dialog.</extracomment>
        <translation>Inschatting opslaan</translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <extracomment>Button of the override dialog that goes back to the computed level.</extracomment>
        <translation>Eigen inschatting &amp;verwijderen</translation>
    </message>
    <message>
        <source>Write a justification: an override only counts with one.</source>
        <extracomment>Shown under the justification while it is empty; OK is disabled meanwhile.</extracomment>
        <translation>Schrijf een onderbouwing: een eigen inschatting telt alleen mee met onderbouwing.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::PortfolioModel</name>
    <message>
        <source>File</source>
        <extracomment>Column headings of the portfolio window.</extracomment>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>DPIA needed</source>
        <translation>DPIA nodig</translation>
    </message>
    <message>
        <source>Residual risk now</source>
        <translation>Restrisico nu</translation>
    </message>
    <message>
        <source>Residual risk planned</source>
        <translation>Restrisico gepland</translation>
    </message>
    <message>
        <source>Art. 36</source>
        <extracomment>Column: whether prior consultation of the supervisory authority (GDPR art. 36) is needed.</extracomment>
        <translation>Art. 36</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <source>Measures overdue</source>
        <translation>Maatregelen te laat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Geopend door</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>Review date cell; %1 is the date.</extracomment>
        <translation>%1 (verlopen)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <extracomment>Review date cell: less than 60 days ahead; %1 is the date.</extracomment>
        <translation>%1 (binnenkort)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::PortfolioWindow</name>
    <message>
        <source>Portfolio</source>
        <extracomment>Title of the portfolio window (all DPIAs in a folder).</extracomment>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>All documents</source>
        <extracomment>Portfolio window: which documents to show.</extracomment>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Herbeoordeling verlopen</translation>
    </message>
    <message>
        <source>Review due within 60 days</source>
        <translation>Herbeoordeling binnen 60 dagen</translation>
    </message>
    <message>
        <source>High residual risk</source>
        <translation>Hoog restrisico</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Niet te lezen bestanden</translation>
    </message>
    <message>
        <source>Every status</source>
        <extracomment>Portfolio window: show documents of every status.</extracomment>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Search title, processing, organisation or file</source>
        <extracomment>Placeholder of the portfolio window's search box.</extracomment>
        <translation>Zoek in titel, verwerking, organisatie of bestand</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <extracomment>Portfolio window buttons.</extracomment>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Document openen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Weergeven:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>DPIAs in the folder</source>
        <extracomment>Accessible name of the portfolio table.</extracomment>
        <translation>DPIA's in de map</translation>
    </message>
    <message>
        <source>Open a portfolio folder</source>
        <extracomment>Title of the folder dialog of the portfolio.</extracomment>
        <translation>Een portfoliomap openen</translation>
    </message>
    <message>
        <source>%1 shown · %2 DPIAs · %3 could not be read</source>
        <extracomment>Portfolio window status line: %1 shown rows, %2 documents, %3 unreadable files.</extracomment>
        <translation>%1 getoond · %2 DPIA's · %3 niet te lezen</translation>
    </message>
</context>
<context>
    <name>dpia::ui::QuestionBlock</name>
    <message>
        <source>Required question</source>
        <extracomment>Tooltip of the asterisk that marks a required question.
----------
Tooltip of a required question's text.</extracomment>
        <translation>Verplichte vraag</translation>
    </message>
</context>
<context>
    <name>dpia::ui::QuestionEditor</name>
    <message>
        <source>Required question</source>
        <extracomment>Accessible description of an input for a required question.</extracomment>
        <translation>Verplichte vraag</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RadioEditor</name>
    <message>
        <source>Yes</source>
        <extracomment>Answer of a yes/no question.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer of a yes/no question.</extracomment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <extracomment>Button that removes the answer of a yes/no or choice question.</extracomment>
        <translation>Antwoord wissen</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RecentFilesModel</name>
    <message>
        <source>File not found</source>
        <extracomment>Recent files list: the file no longer exists where it was.</extracomment>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the recent files list on the start page.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>%1, review %2</source>
        <extracomment>Recent files: the status of an adopted DPIA and its review state ("final, review overdue").</extracomment>
        <translation>%1, herbeoordeling %2</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RiskLevels</name>
    <message>
        <source>%1 (%2 × %3)</source>
        <extracomment>A risk level with its score, e.g. "High (3 × 4)": likelihood × impact.</extracomment>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1: likelihood %2 (%3), impact %4 (%5)</source>
        <extracomment>Spoken and tooltip form of a risk score: %1 level, %2/%4 the numbers 1-4, %3/%5 their names from the matrix.</extracomment>
        <translation>%1: kans %2 (%3), impact %4 (%5)</translation>
    </message>
    <message>
        <source>1 risk</source>
        <extracomment>The number of risks when it is one (heat map, filter line).</extracomment>
        <translation>1 risico</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <extracomment>The number of risks when it is not one, e.g. "3 risks" or "0 risks".</extracomment>
        <translation>%1 risico's</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RiskRegisterPage</name>
    <message>
        <source>Risk register</source>
        <extracomment>Heading of the risk register page.</extracomment>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Every risk of this DPIA with its level before safeguards (inherent), with the safeguards marked implemented (residual now) and once the planned ones are in place too. Choose a risk to see why it scores as it does; choose a cell of the heat map to show only the risks in it.</source>
        <extracomment>Introduction of the risk register page.</extracomment>
        <translation>Alle risico's van deze DPIA met hun niveau vóór maatregelen (inherent), met de maatregelen die geïmplementeerd zijn (restrisico nu) en als ook de geplande maatregelen er zijn. Kies een risico om te zien waarom het zo scoort; kies een vak in de risicomatrix om alleen de risico's in dat vak te tonen.</translation>
    </message>
    <message>
        <source>Risks</source>
        <extracomment>Accessible name of the table of risks.</extracomment>
        <translation>Risico's</translation>
    </message>
    <message>
        <source>Enter opens the override or, for your own risk, its details; Delete removes your own risk.</source>
        <extracomment>Accessible description of the table of risks.</extracomment>
        <translation>Enter opent de eigen inschatting of, bij een zelf toegevoegd risico, de gegevens ervan; Delete verwijdert een zelf toegevoegd risico.</translation>
    </message>
    <message>
        <source>Why the selected risk scores as it does</source>
        <extracomment>Accessible name of the panel that explains the selected risk.</extracomment>
        <translation>Waarom het gekozen risico zo scoort</translation>
    </message>
    <message>
        <source>&amp;Override residual risk…</source>
        <extracomment>Button: set your own residual level for the selected risk.</extracomment>
        <translation>Restrisico &amp;zelf inschatten…</translation>
    </message>
    <message>
        <source>Add own &amp;risk…</source>
        <extracomment>Button: add a risk the baseline does not name.</extracomment>
        <translation>&amp;Risico toevoegen…</translation>
    </message>
    <message>
        <source>Edi&amp;t own risk…</source>
        <extracomment>Button: edit the selected risk of your own.</extracomment>
        <translation>Risico bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Remo&amp;ve own risk</source>
        <extracomment>Button: remove the selected risk of your own (undo brings it back).</extracomment>
        <translation>Risico &amp;verwijderen</translation>
    </message>
    <message>
        <source>inherent</source>
        <extracomment>Which score a heat-map filter reads.</extracomment>
        <translation>inherent</translation>
    </message>
    <message>
        <source>residual now</source>
        <translation>restrisico nu</translation>
    </message>
    <message>
        <source>Choose a risk in the table to see why it scores as it does.</source>
        <translation>Kies een risico in de tabel om te zien waarom het zo scoort.</translation>
    </message>
    <message>
        <source>No risk in this cell.</source>
        <translation>Geen risico in dit vak.</translation>
    </message>
    <message>
        <source>Filtered on likelihood %1 and impact %2 (%3): %4 shown. Choose the cell again or “All risks” to show every risk.</source>
        <extracomment>Above the risk table while a heat-map cell filters it: %1 likelihood, %2 impact, %3 "inherent" or "residual now", %4 how many are shown ("3 risks").</extracomment>
        <translation>Gefilterd op kans %1 en impact %2 (%3): %4 getoond. Kies het vak nog een keer of ‘Alle risico's’ om alles te tonen.</translation>
    </message>
    <message>
        <source>Showing all %1.</source>
        <extracomment>Above the risk table without a filter; %1 e.g. "25 risks".</extracomment>
        <translation>Alle %1 getoond.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RiskTableModel</name>
    <message>
        <source>%1 (own risk)</source>
        <extracomment>Title of a risk the user added, in the risk register.</extracomment>
        <translation>%1 (zelf toegevoegd)</translation>
    </message>
    <message>
        <source>A risk you added and rated yourself.</source>
        <extracomment>Tooltip on a risk the user added.</extracomment>
        <translation>Een risico dat u zelf hebt toegevoegd en ingeschat.</translation>
    </message>
    <message>
        <source>%1, overridden</source>
        <extracomment>Residual level replaced by the user's own judgement, e.g. "Low (1 × 2), overridden".</extracomment>
        <translation>%1, eigen inschatting</translation>
    </message>
    <message>
        <source>Overridden with a justification; computed: %1.</source>
        <extracomment>Tooltip: %1 is the computed residual level the override replaces.</extracomment>
        <translation>Eigen inschatting met onderbouwing; berekend: %1.</translation>
    </message>
    <message>
        <source>Risk</source>
        <extracomment>Risk register column.</extracomment>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Before any safeguard.</source>
        <extracomment>Risk register column header and its tooltip.</extracomment>
        <translation>Vóór alle maatregelen.</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risico</translation>
    </message>
    <message>
        <source>With the safeguards marked implemented, or your override.</source>
        <extracomment>Risk register column header and its tooltip.</extracomment>
        <translation>Met de maatregelen die geïmplementeerd zijn, of uw eigen inschatting.</translation>
    </message>
    <message>
        <source>Residual now</source>
        <translation>Restrisico nu</translation>
    </message>
    <message>
        <source>When the planned safeguards are implemented too.</source>
        <extracomment>Risk register column header and its tooltip.</extracomment>
        <translation>Als ook de geplande maatregelen geïmplementeerd zijn.</translation>
    </message>
    <message>
        <source>Residual as planned</source>
        <translation>Restrisico volgens plan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>Risk register cell of a risk that does not apply to this processing.</extracomment>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>This risk does not apply to this processing and counts nowhere; choose it to see why.</source>
        <extracomment>Tooltip on such a cell.</extracomment>
        <translation>Dit risico is bij deze verwerking niet van toepassing en telt nergens mee; kies het om te zien waarom.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardDetailPanel</name>
    <message>
        <source>Status</source>
        <extracomment>Accessible name of the status list of the selected safeguard.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Accessible name of the evidence field of the selected safeguard.</extracomment>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>About the selected safeguard</source>
        <extracomment>Accessible name of the description of the selected safeguard.</extracomment>
        <translation>Over de gekozen maatregel</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <extracomment>Form label of the status of the selected safeguard.</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <extracomment>Form label of the evidence of the selected safeguard.</extracomment>
        <translation>B&amp;ewijs:</translation>
    </message>
    <message>
        <source>Choose a safeguard in the list.</source>
        <extracomment>Detail panel of the safeguards page without a selected safeguard.</extracomment>
        <translation>Kies een maatregel in de lijst.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Facts under a safeguard's title: %1 its kind, %2 what licence it needs.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a status first.</source>
        <extracomment>Placeholder of the evidence field while the safeguard has no status.</extracomment>
        <translation>Kies eerst een status.</translation>
    </message>
    <message>
        <source>What counts as evidence</source>
        <extracomment>Safeguard details heading.</extracomment>
        <translation>Wat geldt als bewijs</translation>
    </message>
    <message>
        <source>Meets these requirements</source>
        <extracomment>Safeguard details heading: the AVG and BIO requirements it helps meet.</extracomment>
        <translation>Voldoet aan deze eisen</translation>
    </message>
    <message>
        <source>likelihood %1</source>
        <extracomment>How much a safeguard lowers likelihood, e.g. "likelihood −1".</extracomment>
        <translation>kans %1</translation>
    </message>
    <message>
        <source>impact %1</source>
        <extracomment>How much a safeguard lowers impact, e.g. "impact −1".</extracomment>
        <translation>impact %1</translation>
    </message>
    <message>
        <source>Lowers these risks</source>
        <extracomment>Safeguard details heading: the risks whose score it lowers.</extracomment>
        <translation>Verlaagt deze risico's</translation>
    </message>
    <message>
        <source>Its status is your answer to “%1”; the evidence is the note on that question.</source>
        <extracomment>Under a safeguard's title: its status is the answer to a questionnaire question (one fact, one place); %1 the question.</extracomment>
        <translation>De status is uw antwoord op “%1”; de onderbouwing is de notitie bij die vraag.</translation>
    </message>
    <message>
        <source>Not offered by the licence you chose: it needs %1.</source>
        <extracomment>Under a safeguard's title when the licence answered does not offer it; %1 what it needs.</extracomment>
        <translation>De gekozen licentie biedt deze maatregel niet: nodig is %1.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardModel</name>
    <message>
        <source>%1 — %2 implemented, %3 planned of %4</source>
        <extracomment>A group of safeguards: %1 the kind, %2 implemented, %3 planned, %4 in all.</extracomment>
        <translation>%1 — %2 geïmplementeerd, %3 gepland van %4</translation>
    </message>
    <message>
        <source>Lowers no risk score by itself.</source>
        <extracomment>Tooltip of the number of risks a safeguard lowers.</extracomment>
        <translation>Verlaagt op zichzelf geen risicoscore.</translation>
    </message>
    <message>
        <source>Lowers: %1</source>
        <translation>Verlaagt: %1</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <extracomment>Safeguards column.</extracomment>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>The Microsoft 365 licence the safeguard needs.</source>
        <extracomment>Safeguards column header and its tooltip.</extracomment>
        <translation>De Microsoft 365-licentie die de maatregel vraagt.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Safeguards column.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>How you can show the safeguard is in place.</source>
        <extracomment>Safeguards column header and its tooltip.</extracomment>
        <translation>Hoe u kunt aantonen dat de maatregel er is.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>How many risks of the baseline it lowers.</source>
        <extracomment>Safeguards column header and its tooltip.</extracomment>
        <translation>Hoeveel risico's uit de baseline de maatregel verlaagt.</translation>
    </message>
    <message>
        <source>Lowers risks</source>
        <translation>Verlaagt risico's</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardStatusDelegate</name>
    <message>
        <source>Status of the safeguard</source>
        <extracomment>Accessible name of the status list in the safeguards table.</extracomment>
        <translation>Status van de maatregel</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardsPage</name>
    <message>
        <source>Safeguards</source>
        <extracomment>Heading of the safeguards page.</extracomment>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>The Microsoft 365 settings, contract terms and municipal measures of the baseline. Record for each one whether it is implemented or planned, with evidence; the risk register shows at once how the residual risk falls.</source>
        <extracomment>Introduction of the safeguards page.</extracomment>
        <translation>De instellingen van Microsoft 365, de contractafspraken en de gemeentelijke maatregelen uit de baseline. Leg per maatregel vast of hij geïmplementeerd of gepland is, met bewijs; het risicoregister laat direct zien hoe het restrisico daalt.</translation>
    </message>
    <message>
        <source>All safeguards</source>
        <extracomment>Licence filter: every safeguard.</extracomment>
        <translation>Alle maatregelen</translation>
    </message>
    <message>
        <source>Available with E3</source>
        <extracomment>Licence filter: what Microsoft 365 E3 offers.</extracomment>
        <translation>Beschikbaar met E3</translation>
    </message>
    <message>
        <source>Available with E5</source>
        <extracomment>Licence filter: what Microsoft 365 E5 offers (E3's included).</extracomment>
        <translation>Beschikbaar met E5</translation>
    </message>
    <message>
        <source>Available with my licence</source>
        <extracomment>Accessible name of the licence filter.</extracomment>
        <translation>Beschikbaar met mijn licentie</translation>
    </message>
    <message>
        <source>Search safeguards</source>
        <extracomment>Placeholder and accessible name of the search field of the safeguards page.</extracomment>
        <translation>Maatregelen zoeken</translation>
    </message>
    <message>
        <source>Available with my &amp;licence:</source>
        <extracomment>Label of the licence filter.</extracomment>
        <translation>Beschikbaar met mijn &amp;licentie:</translation>
    </message>
    <message>
        <source>Safeguards by kind</source>
        <extracomment>Accessible name of the safeguards checklist.</extracomment>
        <translation>Maatregelen per soort</translation>
    </message>
    <message>
        <source>F2 changes the status of the selected safeguard; Enter moves to its details.</source>
        <extracomment>Accessible description of the safeguards checklist.</extracomment>
        <translation>F2 wijzigt de status van de gekozen maatregel; Enter gaat naar de gegevens ervan.</translation>
    </message>
    <message>
        <source>%1 (of %2 safeguards)</source>
        <extracomment>Summary above the safeguards: counts per status, then the total.</extracomment>
        <translation>%1 (van %2 maatregelen)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ScoreInputs</name>
    <message>
        <source>Likelihood</source>
        <extracomment>Accessible name of the likelihood choice (1-4).</extracomment>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Impact</source>
        <extracomment>Accessible name of the impact choice (1-4).</extracomment>
        <translation>Impact</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <extracomment>Form label of the likelihood choice.</extracomment>
        <translation>&amp;Kans:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <extracomment>Form label of the impact choice.</extracomment>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>Level:</source>
        <extracomment>Form label before the level that likelihood and impact give.</extracomment>
        <translation>Niveau:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings dialog.</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>A new language is used the next time you start the program.</source>
        <extracomment>Note under the language choice.</extracomment>
        <translation>Een andere taal wordt gebruikt zodra u het programma opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>Button that chooses the default folder.</extracomment>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Settings dialog field labels.</extracomment>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Naam &amp;auteur:</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>Standaard&amp;map:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Naam auteur</translation>
    </message>
    <message>
        <source>Recorded as the author of new assessments.</source>
        <extracomment>Accessible description of the author name field.</extracomment>
        <translation>Wordt vastgelegd als auteur van nieuwe DPIA's.</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standaardmap</translation>
    </message>
    <message>
        <source>Choose the default folder</source>
        <extracomment>Title of the folder chooser in the settings.</extracomment>
        <translation>Kies de standaardmap</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SignoffEditor</name>
    <message>
        <source>Advice and decisions with name and date</source>
        <extracomment>Accessible name of the table of sign-offs.</extracomment>
        <translation>Adviezen en besluiten met naam en datum</translation>
    </message>
    <message>
        <source>Add a si&amp;gn-off</source>
        <extracomment>Buttons under the sign-offs table.</extracomment>
        <translation>Ondertekening &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove sign-off</source>
        <translation>Ondertekening verwijderen</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Field labels of one sign-off.</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>Naam en functie</translation>
    </message>
    <message>
        <source>e.g. “J. de Vries, data protection officer”</source>
        <translation>bijvoorbeeld ‘J. de Vries, functionaris gegevensbescherming’</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Accessible name of the date of a sign-off (empty: not yet dated).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Positive</source>
        <extracomment>Suggested outcomes of an advice or decision (the user may type another).</extracomment>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Positive with conditions</source>
        <translation>Positief onder voorwaarden</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Go ahead with conditions</source>
        <translation>Doorgaan onder voorwaarden</translation>
    </message>
    <message>
        <source>Do not go ahead</source>
        <translation>Niet doorgaan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Text of the advice or decision</source>
        <translation>Tekst van het advies of besluit</translation>
    </message>
    <message>
        <source>The advice or decision in full, with its conditions and what was done with it.</source>
        <translation>Het advies of besluit volledig, met de voorwaarden en wat ermee is gedaan.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SignoffModel</name>
    <message>
        <source>Role</source>
        <extracomment>Column headers of the sign-offs table.</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>dpia::ui::StartPage</name>
    <message>
        <source>DPIA Assistent</source>
        <translation>DPIA Assistent</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment (DPIA) for work that moves to Microsoft 365: a pre-scan, the questionnaire of the Model DPIA Rijksdienst with guidance at every question, and the risks scored against the Privacy &amp; Security Baseline. Every change is saved in the file at once.</source>
        <extracomment>Introduction on the start page.</extracomment>
        <translation>Voer een gegevensbeschermingseffectbeoordeling (DPIA) uit voor werk dat naar Microsoft 365 gaat: een pre-scan, de vragenlijst van het Model DPIA Rijksdienst met toelichting bij elke vraag, en de risico's getoetst aan de Privacy &amp; Security Baseline. Elke wijziging wordt direct in het bestand opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <extracomment>Start page buttons.</extracomment>
        <translation>&amp;Nieuwe DPIA…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>Makes a copy of a complete example DPIA (a municipality using Teams and OneDrive for Wmo and youth care) and opens it.</source>
        <extracomment>Tooltip of the example button.</extracomment>
        <translation>Maakt een kopie van een volledig ingevulde voorbeeld-DPIA (een gemeente die Teams en OneDrive gebruikt voor Wmo en jeugdzorg) en opent die.</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <extracomment>Heading above the list of recently used files.</extracomment>
        <translation>&amp;Recente DPIA's</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <extracomment>Accessible name of the recent files list.</extracomment>
        <translation>Recente DPIA's</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment.</source>
        <extracomment>Accessible description of the recent files list.</extracomment>
        <translation>Druk op Enter om de gekozen DPIA te openen.</translation>
    </message>
    <message>
        <source>No recent assessments yet.</source>
        <translation>Nog geen recente DPIA's.</translation>
    </message>
    <message>
        <source>Starts a new DPIA with the pre-scan: does this processing need one?</source>
        <extracomment>Tooltip of the new assessment button on the start page.</extracomment>
        <translation>Begint een nieuwe DPIA met de pre-scan: is voor deze verwerking een DPIA nodig?</translation>
    </message>
</context>
<context>
    <name>dpia::ui::TableAnswerModel</name>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no cell of a table.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Spoken text of an empty table cell.</extracomment>
        <translation>leeg</translation>
    </message>
</context>
<context>
    <name>dpia::ui::TableCellDelegate</name>
    <message>
        <source>(no answer)</source>
        <extracomment>Empty choice in a yes/no cell of a table.</extracomment>
        <translation>(geen antwoord)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>dpia::ui::TableEditor</name>
    <message>
        <source>Add row</source>
        <extracomment>Table buttons: add, remove and reorder rows of a table question.</extracomment>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a table button: its text and keyboard shortcut, e.g. "Add row (Alt+Ins)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::VerdictPanel</name>
    <message>
        <source>A DPIA is required.</source>
        <extracomment>Pre-scan outcome.</extracomment>
        <translation>Een DPIA is verplicht.</translation>
    </message>
    <message>
        <source>A DPIA is recommended.</source>
        <extracomment>Pre-scan outcome.</extracomment>
        <translation>Een DPIA wordt aanbevolen.</translation>
    </message>
    <message>
        <source>A DPIA is not required.</source>
        <extracomment>Pre-scan outcome.</extracomment>
        <translation>Een DPIA is niet verplicht.</translation>
    </message>
    <message>
        <source>Outcome of the pre-scan</source>
        <extracomment>Heading of the box with the pre-scan outcome.</extracomment>
        <translation>Uitkomst van de pre-scan</translation>
    </message>
    <message>
        <source>Criteria met by your answers:</source>
        <extracomment>Pre-scan box: list of the criteria that the answers meet.</extracomment>
        <translation>Criteria waaraan uw antwoorden voldoen:</translation>
    </message>
    <message>
        <source>No criterion is met by your answers so far.</source>
        <extracomment>Pre-scan box: no criterion is met (yet).</extracomment>
        <translation>Uw antwoorden voldoen tot nu toe aan geen enkel criterium.</translation>
    </message>
    <message>
        <source>Criteria and points of attention</source>
        <extracomment>Checkable button in the pre-scan box that shows (checked) or hides the criteria met and the points of attention.</extracomment>
        <translation>Criteria en aandachtspunten</translation>
    </message>
    <message>
        <source>Still to answer:</source>
        <extracomment>Pre-scan box: heading of the list of open questions that decide the outcome.</extracomment>
        <translation>Nog te beantwoorden:</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <extracomment>Pre-scan outcome while questions that decide it are still open (the reason below says how many, the list which).</extracomment>
        <translation>Nog niet te bepalen.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::WorkspacePages</name>
    <message>
        <source>Risk register</source>
        <comment>Navigator: the page with the risks and heat map.</comment>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <comment>Navigator: the checklist of safeguards.</comment>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Requirement coverage</source>
        <comment>Navigator: AVG and BIO requirements met or open.</comment>
        <translation>Dekking van de eisen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <comment>Navigator: the measures still to take.</comment>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Sign-off and status</source>
        <comment>Navigator: what is missing, sign-offs, status.</comment>
        <translation>Vaststelling en status</translation>
    </message>
</context>
</TS>