<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Report</name>
    <message>
        <source>page %1 of %2</source>
        <extracomment>Page footer of printed reports, e.g. "page 3 of 12".</extracomment>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitief</translation>
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
        <source>not decided</source>
        <translation>nog niet bepaald</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>getroffen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>niet getroffen</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
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
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in uitvoering</translation>
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
        <source>%1 changes were recorded between %2 and %3.</source>
        <translation>Er zijn %1 wijzigingen vastgelegd tussen %2 en %3.</translation>
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
        <source>answers</source>
        <translation>antwoorden</translation>
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
        <source>A residual risk stays high.</source>
        <translation>Er blijft een hoog restrisico.</translation>
    </message>
    <message>
        <source>Before the processing starts, the municipality must consult the Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the controller and the processors, the purposes and means, the safeguards and measures, and the contact details of the data protection officer.</source>
        <translation>Voordat de verwerking begint, moet de gemeente de Autoriteit Persoonsgegevens raadplegen. Stuur de DPIA mee, de verantwoordelijkheden van de verwerkingsverantwoordelijke en de verwerkers, de doeleinden en middelen, de waarborgen en maatregelen, en de contactgegevens van de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <source>No residual risk is high: prior consultation is not needed, provided the safeguards marked as in place are in place.</source>
        <translation>Geen restrisico is hoog: voorafgaande raadpleging is niet nodig, mits de maatregelen die als getroffen zijn gemarkeerd ook echt zijn getroffen.</translation>
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
</context>
<context>
    <name>dpia::ui::BaselineItemDialog</name>
    <message>
        <source>AVG (GDPR)</source>
        <extracomment>Name of the GDPR in the requirement dialog.</extracomment>
        <translation>AVG</translation>
    </message>
    <message>
        <source>UAVG (GDPR Implementation Act)</source>
        <extracomment>Name of the Dutch GDPR Implementation Act.</extracomment>
        <translation>UAVG (Uitvoeringswet AVG)</translation>
    </message>
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
    <name>dpia::ui::DateEditor</name>
    <message>
        <source>dd-MM-yyyy</source>
        <extracomment>Display format of date fields (Qt date format: dd day, MM month, yyyy year).</extracomment>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>Shown in a date field that has no date.</extracomment>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Clear date</source>
        <extracomment>Button that removes the date of a date question.</extracomment>
        <translation>Datum wissen</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentCommands</name>
    <message>
        <source>answer to “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the beginning of the question.</extracomment>
        <translation>antwoord op ‘%1’</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentSession</name>
    <message>
        <source>%1 has this assessment open for editing on %2 (since %3).</source>
        <extracomment>Why a document is read-only; %1 user account, %2 computer, %3 since when.</extracomment>
        <translation>%1 heeft deze DPIA geopend om te bewerken op %2 (sinds %3).</translation>
    </message>
    <message>
        <source>in review</source>
        <extracomment>Document status.</extracomment>
        <translation>in beoordeling</translation>
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
        <extracomment>Asked when another window or program has the file open; %1 says who.</extracomment>
        <translation>DPIA in gebruik</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and save a copy, but not change this file.</source>
        <translation>%1

Alleen-lezen openen? U kunt alles lezen en een kopie opslaan, maar dit bestand niet wijzigen.</translation>
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
        <source>Exported to %1</source>
        <extracomment>Status bar message; %1 is the path of the JSON file.</extracomment>
        <translation>Geëxporteerd naar %1</translation>
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
    <message>
        <source>dd-MM-yyyy</source>
        <extracomment>Display format of date fields (Qt date format: dd day, MM month, yyyy year).</extracomment>
        <translation>dd-MM-yyyy</translation>
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
    <message numerus="yes">
        <source>Provisional: %1 (%n required pre-scan question(s) still open)</source>
        <extracomment>Pre-scan outcome while required pre-scan questions are open; %1 is the outcome so far, %n the number of open questions.</extracomment>
        <translation>
            <numerusform>Voorlopig: %1 (verplichte pre-scanvragen nog open: %n)</numerusform>
            <numerusform>Voorlopig: %1 (verplichte pre-scanvragen nog open: %n)</numerusform>
        </translation>
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
</context>
</TS>