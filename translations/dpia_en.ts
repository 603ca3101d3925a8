<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Report</name>
    <message>
        <source>page %1 of %2</source>
        <extracomment>Page footer of printed reports, e.g. "page 3 of 12".</extracomment>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment (GDPR article 35)</source>
        <translation>Data Protection Impact Assessment (GDPR article 35)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Process owner</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>This report was made with DPIA Assistent. The risks are scored against the Privacy &amp; Security Baseline; every score in it is explained in the risk register.</source>
        <translation>This report was made with DPIA Assistent. The risks are scored against the Privacy &amp; Security Baseline; every score in it is explained in the risk register.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Not answered.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Likelihood and impact run from 1 to 4. Inherent: before safeguards. Now: with the safeguards marked as in place. Planned: when the planned safeguards are in place too.</source>
        <translation>Likelihood and impact run from 1 to 4. Inherent: before safeguards. Now: with the safeguards marked as in place. Planned: when the planned safeguards are in place too.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Why each risk scores as it does</source>
        <translation>Why each risk scores as it does</translation>
    </message>
    <message>
        <source>Rights affected</source>
        <translation>Rights affected</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>likelihood</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>Expert judgement:</source>
        <translation>Expert judgement:</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>Microsoft 365 settings and features</source>
        <translation>Microsoft 365 settings and features</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Measures of the municipality</source>
        <translation>Measures of the municipality</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>in place</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>not in place</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Requirement coverage</source>
        <translation>Requirement coverage</translation>
    </message>
    <message>
        <source>Met: a safeguard in place meets the requirement. Partly: only planned safeguards meet it. Open: nothing meets it yet.</source>
        <translation>Met: a safeguard in place meets the requirement. Partly: only planned safeguards meet it. Open: nothing meets it yet.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Met by</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>No measures have been planned.</source>
        <translation>No measures have been planned.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Advice and decision</source>
        <translation>Advice and decision</translation>
    </message>
    <message>
        <source>Advice of the data protection officer (FG)</source>
        <translation>Advice of the data protection officer (FG)</translation>
    </message>
    <message>
        <source>Advice of the CISO</source>
        <translation>Advice of the CISO</translation>
    </message>
    <message>
        <source>Views of data subjects (GDPR article 35(9))</source>
        <translation>Views of data subjects (GDPR article 35(9))</translation>
    </message>
    <message>
        <source>Decision of the controller</source>
        <translation>Decision of the controller</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Not yet recorded.</source>
        <translation>Not yet recorded.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Appendix: baseline and change log</source>
        <translation>Appendix: baseline and change log</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Content hash (SHA-256)</translation>
    </message>
    <message>
        <source>%1 changes were recorded between %2 and %3.</source>
        <translation>%1 changes were recorded between %2 and %3.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Management summary</source>
        <translation>Management summary</translation>
    </message>
    <message>
        <source>Is a DPIA required?</source>
        <translation>Is a DPIA required?</translation>
    </message>
    <message>
        <source>Yes, a DPIA is required.</source>
        <translation>Yes, a DPIA is required.</translation>
    </message>
    <message>
        <source>A DPIA is recommended.</source>
        <translation>A DPIA is recommended.</translation>
    </message>
    <message>
        <source>A DPIA is not required.</source>
        <translation>A DPIA is not required.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>Criteria that apply:</source>
        <translation>Criteria that apply:</translation>
    </message>
    <message>
        <source>Risks at a glance</source>
        <translation>Risks at a glance</translation>
    </message>
    <message>
        <source>Inherent risk (before safeguards)</source>
        <translation>Inherent risk (before safeguards)</translation>
    </message>
    <message>
        <source>Residual risk (safeguards in place)</source>
        <translation>Residual risk (safeguards in place)</translation>
    </message>
    <message>
        <source>The highest risks</source>
        <translation>The highest risks</translation>
    </message>
    <message>
        <source>Residual now</source>
        <translation>Residual now</translation>
    </message>
    <message>
        <source>After planned safeguards</source>
        <translation>After planned safeguards</translation>
    </message>
    <message>
        <source>Prior consultation of the Dutch DPA (GDPR article 36)</source>
        <translation>Prior consultation of the Dutch DPA (GDPR article 36)</translation>
    </message>
    <message>
        <source>A residual risk stays high.</source>
        <translation>A residual risk stays high.</translation>
    </message>
    <message>
        <source>Before the processing starts, the municipality must consult the Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the controller and the processors, the purposes and means, the safeguards and measures, and the contact details of the data protection officer.</source>
        <translation>Before the processing starts, the municipality must consult the Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the controller and the processors, the purposes and means, the safeguards and measures, and the contact details of the data protection officer.</translation>
    </message>
    <message>
        <source>No residual risk is high: prior consultation is not needed, provided the safeguards marked as in place are in place.</source>
        <translation>No residual risk is high: prior consultation is not needed, provided the safeguards marked as in place are in place.</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Open measures</translation>
    </message>
    <message>
        <source>There are no open measures.</source>
        <translation>There are no open measures.</translation>
    </message>
    <message>
        <source>L</source>
        <comment>short for likelihood, heat map corner</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>I</source>
        <comment>short for impact, heat map corner</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Rows: likelihood (1 to 4); columns: impact (1 to 4); each cell holds the number of risks.</source>
        <translation>Rows: likelihood (1 to 4); columns: impact (1 to 4); each cell holds the number of risks.</translation>
    </message>
    <message>
        <source>Criteria and points of attention</source>
        <translation>Criteria and points of attention</translation>
    </message>
</context>
<context>
    <name>dpia::ui::AboutDialog</name>
    <message>
        <source>About DPIA Assistent</source>
        <translation>About DPIA Assistent</translation>
    </message>
    <message>
        <source>Carry out a Data Protection Impact Assessment (GDPR article 35) for work that your municipality moves to Microsoft 365, scored against the Privacy &amp;amp; Security Baseline.</source>
        <translation>Carry out a Data Protection Impact Assessment (GDPR article 35) for work that your municipality moves to Microsoft 365, scored against the Privacy &amp;amp; Security Baseline.</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2).</source>
        <translation>Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <source>This program makes no network connections. Your assessments stay on your own computer.</source>
        <translation>This program makes no network connections. Your assessments stay on your own computer.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::BaselineItemDialog</name>
    <message>
        <source>AVG (GDPR)</source>
        <extracomment>Name of the GDPR in the requirement dialog.</extracomment>
        <translation>AVG (GDPR)</translation>
    </message>
    <message>
        <source>UAVG (GDPR Implementation Act)</source>
        <extracomment>Name of the Dutch GDPR Implementation Act.</extracomment>
        <translation>UAVG (GDPR Implementation Act)</translation>
    </message>
    <message>
        <source>BIO (Baseline Informatiebeveiliging Overheid)</source>
        <extracomment>Name of the Dutch government information security baseline.</extracomment>
        <translation>BIO (Baseline Informatiebeveiliging Overheid)</translation>
    </message>
    <message>
        <source>Applies from BBN level %1 (BIO 1.04 control %2).</source>
        <extracomment>Requirement dialog: from which BIO security level (BBN 1-3) it applies.</extracomment>
        <translation>Applies from BBN level %1 (BIO 1.04 control %2).</translation>
    </message>
    <message>
        <source>Safeguards that meet this requirement</source>
        <extracomment>Requirement dialog: list of safeguards that meet the requirement.</extracomment>
        <translation>Safeguards that meet this requirement</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ComboEditor</name>
    <message>
        <source>(no answer)</source>
        <extracomment>First entry of a drop-down list: the question is not answered yet.</extracomment>
        <translation>(no answer)</translation>
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
        <translation>no date</translation>
    </message>
    <message>
        <source>Clear date</source>
        <extracomment>Button that removes the date of a date question.</extracomment>
        <translation>Clear date</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentCommands</name>
    <message>
        <source>answer to “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the beginning of the question.</extracomment>
        <translation>answer to “%1”</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentSession</name>
    <message>
        <source>%1 has this assessment open for editing on %2 (since %3).</source>
        <extracomment>Why a document is read-only; %1 user account, %2 computer, %3 since when.</extracomment>
        <translation>%1 has this assessment open for editing on %2 (since %3).</translation>
    </message>
    <message>
        <source>in review</source>
        <extracomment>Document status.</extracomment>
        <translation>in review</translation>
    </message>
    <message>
        <source>final</source>
        <extracomment>Document status.</extracomment>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <extracomment>Document status.</extracomment>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentStatus</name>
    <message>
        <source>Complete: %1 %</source>
        <extracomment>Status bar: share of required questions answered.</extracomment>
        <translation>Complete: %1 %</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <extracomment>Status bar: no risk is scored yet.</extracomment>
        <translation>not yet scored</translation>
    </message>
    <message>
        <source>Highest residual risk: %1</source>
        <extracomment>Status bar: the highest residual risk level, e.g. "High".</extracomment>
        <translation>Highest residual risk: %1</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved</source>
        <extracomment>Status bar: the document is read-only.</extracomment>
        <translation>Read-only: changes are not saved</translation>
    </message>
    <message>
        <source>✓ All changes are saved immediately</source>
        <extracomment>Status bar: there is no Save button because every change is saved at once.</extracomment>
        <translation>✓ All changes are saved immediately</translation>
    </message>
    <message>
        <source>⚠ The last change was not saved</source>
        <extracomment>Status bar after a failed save.</extracomment>
        <translation>⚠ The last change was not saved</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentView</name>
    <message>
        <source>⚠ Read-only: %1 Your changes cannot be saved; use File → Save a copy to continue in a new file.</source>
        <extracomment>Banner above a document opened read-only; %1 says why.</extracomment>
        <translation>⚠ Read-only: %1 Your changes cannot be saved; use File → Save a copy to continue in a new file.</translation>
    </message>
    <message>
        <source>Sections of the questionnaire</source>
        <extracomment>Accessible name of the list of parts and sections.</extracomment>
        <translation>Sections of the questionnaire</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys; Enter moves to its questions.</source>
        <extracomment>Accessible description of the navigator.</extracomment>
        <translation>Choose a section with the arrow keys; Enter moves to its questions.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::Errors</name>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <extracomment>Shown when the core gave no message for an error; %1 is a technical code.</extracomment>
        <translation>Something went wrong (%1). Details are in the log.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::FileDialog</name>
    <message>
        <source>DPIA assessments (*.dpia)</source>
        <extracomment>File type filter in open and save dialogs; keep "(*.dpia)".</extracomment>
        <translation>DPIA assessments (*.dpia)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <extracomment>File type filter in export and import dialogs; keep "(*.json)".</extracomment>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::FormPage</name>
    <message>
        <source>Questions marked * are required.</source>
        <extracomment>Legend at the top of a form page.</extracomment>
        <translation>Questions marked * are required.</translation>
    </message>
    <message>
        <source>This section has no questions.</source>
        <extracomment>Shown on a form page when the earlier answers make none of its questions apply.</extracomment>
        <translation>This section has no questions.</translation>
    </message>
    <message>
        <source>None of the questions of this section apply, given your earlier answers.</source>
        <translation>None of the questions of this section apply, given your earlier answers.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Heading of the panel with help for the current question.</extracomment>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Guidance for the current question</source>
        <extracomment>Accessible name of the guidance text.</extracomment>
        <translation>Guidance for the current question</translation>
    </message>
    <message>
        <source>Move to a question to see what to write, with an example from municipal practice, and the legal reference.</source>
        <extracomment>Guidance panel text when no question has focus.</extracomment>
        <translation>Move to a question to see what to write, with an example from municipal practice, and the legal reference.</translation>
    </message>
    <message>
        <source>Required question</source>
        <extracomment>Guidance panel: the question must be answered.</extracomment>
        <translation>Required question</translation>
    </message>
    <message>
        <source>Reference:</source>
        <extracomment>Guidance panel: the legal or control reference of the question.</extracomment>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Requirements in the baseline (open for the text):</source>
        <extracomment>Guidance panel: links to the requirements named in the reference.</extracomment>
        <translation>Requirements in the baseline (open for the text):</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About DPIA Assistent</source>
        <translation>&amp;About DPIA Assistent</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>Edit menu: opens the settings dialog.</extracomment>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <extracomment>File menu entries.</extracomment>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the e&amp;xample</source>
        <translation>Open the e&amp;xample</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Export as JSON…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>Menu for moving through the questionnaire.</extracomment>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <extracomment>Moves the focus between navigator, questions and guidance.</extracomment>
        <translation>Next &amp;pane</translation>
    </message>
    <message>
        <source>Previous p&amp;ane</source>
        <translation>Previous p&amp;ane</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>After choosing another language in the settings.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language is used the next time you start DPIA Assistent.</source>
        <translation>The new language is used the next time you start DPIA Assistent.</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>Close the assessment</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved (see the message shown before). Close anyway and lose it?</source>
        <extracomment>Asked when closing while typed text could not be saved.</extracomment>
        <translation>Some of what you typed could not be saved (see the message shown before). Close anyway and lose it?</translation>
    </message>
    <message>
        <source>%1 — %2 — DPIA Assistent</source>
        <extracomment>Window title: file name, document status, program name.</extracomment>
        <translation>%1 — %2 — DPIA Assistent</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>Title of the message shown when a change could not be saved.</extracomment>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>%1

Nothing in the file was changed. Text you typed stays in its field, so you can try again or copy it elsewhere.</source>
        <extracomment>After a failed save; %1 is the reason given by the program's core.</extracomment>
        <translation>%1

Nothing in the file was changed. Text you typed stays in its field, so you can try again or copy it elsewhere.</translation>
    </message>
    <message>
        <source>Assessment in use</source>
        <extracomment>Asked when another window or program has the file open; %1 says who.</extracomment>
        <translation>Assessment in use</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and save a copy, but not change this file.</source>
        <translation>%1

Open it read-only? You can read everything and save a copy, but not change this file.</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <extracomment>Title of the message when a file cannot be opened.</extracomment>
        <translation>Cannot open the assessment</translation>
    </message>
    <message>
        <source>Cannot create the assessment</source>
        <extracomment>Title of the message when a new assessment cannot be made.</extracomment>
        <translation>Cannot create the assessment</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <extracomment>Title of the open dialog.</extracomment>
        <translation>Open an assessment</translation>
    </message>
    <message>
        <source>Example DPIA</source>
        <extracomment>File name (without extension) of the copy of the example assessment.</extracomment>
        <translation>Example DPIA</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <extracomment>Title of the message when the example cannot be opened.</extracomment>
        <translation>Cannot open the example</translation>
    </message>
    <message>
        <source>The example is a copy in %1; change it freely.</source>
        <extracomment>Status bar message after opening the example; %1 is where the copy is.</extracomment>
        <translation>The example is a copy in %1; change it freely.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <extracomment>Title of the save-a-copy dialog.</extracomment>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <extracomment>Status bar message; %1 is the path of the copy.</extracomment>
        <translation>Copy saved as %1</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <extracomment>Title of the export dialog.</extracomment>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <extracomment>Status bar message; %1 is the path of the JSON file.</extracomment>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <extracomment>Title of the dialog that picks the JSON file to import.</extracomment>
        <translation>Import from JSON</translation>
    </message>
    <message>
        <source>Save the imported assessment as</source>
        <extracomment>Title of the dialog that picks where the imported assessment is saved.</extracomment>
        <translation>Save the imported assessment as</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Open recent menu when the list is empty.</extracomment>
        <translation>(none)</translation>
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
        <translation>Complete: every required question is answered</translation>
    </message>
    <message>
        <source>%1 % of the required questions answered</source>
        <translation>%1 % of the required questions answered</translation>
    </message>
    <message>
        <source>Section</source>
        <extracomment>Navigator column headers.</extracomment>
        <translation>Section</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>complete</source>
        <extracomment>Completion mark in the navigator (next to a tick icon): a finished section.</extracomment>
        <translation>complete</translation>
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
        <translation>New assessment</translation>
    </message>
    <message>
        <source>e.g. DPIA Teams for the Wmo team</source>
        <extracomment>Placeholder examples in the new-assessment dialog.</extracomment>
        <translation>e.g. DPIA Teams for the Wmo team</translation>
    </message>
    <message>
        <source>e.g. Gemeente Voorbeeldstad</source>
        <translation>e.g. Gemeente Voorbeeldstad</translation>
    </message>
    <message>
        <source>e.g. Wmo applications in Microsoft Teams</source>
        <translation>e.g. Wmo applications in Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>Button that chooses the folder for a new assessment.</extracomment>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <extracomment>Field labels of the new-assessment dialog.</extracomment>
        <translation>&amp;Title (required):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>&amp;Processing:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>It will be saved as %1</source>
        <extracomment>Shows where the new file will be saved; %1 is the full path.</extracomment>
        <translation>It will be saved as %1</translation>
    </message>
    <message>
        <source>Enter a title to continue.</source>
        <translation>Enter a title to continue.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <extracomment>Title of the folder chooser for a new assessment.</extracomment>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>dpia::ui::NumberEditor</name>
    <message>
        <source>A number from %1 to %2</source>
        <extracomment>Hint in an empty number field; %1 and %2 are the limits.</extracomment>
        <translation>A number from %1 to %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <extracomment>Hint in an empty number field; %1 is the lowest allowed number.</extracomment>
        <translation>A number of at least %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <extracomment>Hint in an empty number field; %1 is the highest allowed number.</extracomment>
        <translation>A number of at most %1</translation>
    </message>
    <message>
        <source>A number</source>
        <extracomment>Hint in an empty number field.</extracomment>
        <translation>A number</translation>
    </message>
    <message>
        <source>Not saved: enter %1.</source>
        <extracomment>Shown under a number field whose text is not a valid number; %1 is the allowed range, e.g. "A number from 0 to 100".</extracomment>
        <translation>Not saved: enter %1.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::QuestionBlock</name>
    <message>
        <source>Required question</source>
        <extracomment>Tooltip of the asterisk that marks a required question.
----------
Tooltip of a required question's text.</extracomment>
        <translation>Required question</translation>
    </message>
</context>
<context>
    <name>dpia::ui::QuestionEditor</name>
    <message>
        <source>Required question</source>
        <extracomment>Accessible description of an input for a required question.</extracomment>
        <translation>Required question</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RadioEditor</name>
    <message>
        <source>Yes</source>
        <extracomment>Answer of a yes/no question.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer of a yes/no question.</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <extracomment>Button that removes the answer of a yes/no or choice question.</extracomment>
        <translation>Clear answer</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RecentFilesModel</name>
    <message>
        <source>File not found</source>
        <extracomment>Recent files list: the file no longer exists where it was.</extracomment>
        <translation>File not found</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the recent files list on the start page.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings dialog.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A new language is used the next time you start the program.</source>
        <extracomment>Note under the language choice.</extracomment>
        <translation>A new language is used the next time you start the program.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>Button that chooses the default folder.</extracomment>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Settings dialog field labels.</extracomment>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Author name:</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>Default &amp;folder:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Author name</translation>
    </message>
    <message>
        <source>Recorded as the author of new assessments.</source>
        <extracomment>Accessible description of the author name field.</extracomment>
        <translation>Recorded as the author of new assessments.</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Default folder</translation>
    </message>
    <message>
        <source>Choose the default folder</source>
        <extracomment>Title of the folder chooser in the settings.</extracomment>
        <translation>Choose the default folder</translation>
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
        <translation>Carry out a data protection impact assessment (DPIA) for work that moves to Microsoft 365: a pre-scan, the questionnaire of the Model DPIA Rijksdienst with guidance at every question, and the risks scored against the Privacy &amp; Security Baseline. Every change is saved in the file at once.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <extracomment>Start page buttons.</extracomment>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>Open the &amp;example</translation>
    </message>
    <message>
        <source>Makes a copy of a complete example DPIA (a municipality using Teams and OneDrive for Wmo and youth care) and opens it.</source>
        <extracomment>Tooltip of the example button.</extracomment>
        <translation>Makes a copy of a complete example DPIA (a municipality using Teams and OneDrive for Wmo and youth care) and opens it.</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <extracomment>Heading above the list of recently used files.</extracomment>
        <translation>&amp;Recent assessments</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <extracomment>Accessible name of the recent files list.</extracomment>
        <translation>Recent assessments</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment.</source>
        <extracomment>Accessible description of the recent files list.</extracomment>
        <translation>Press Enter to open the selected assessment.</translation>
    </message>
    <message>
        <source>No recent assessments yet.</source>
        <translation>No recent assessments yet.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::TableAnswerModel</name>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no cell of a table.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Spoken text of an empty table cell.</extracomment>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>dpia::ui::TableCellDelegate</name>
    <message>
        <source>(no answer)</source>
        <extracomment>Empty choice in a yes/no cell of a table.</extracomment>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
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
        <translation>A DPIA is required.</translation>
    </message>
    <message>
        <source>A DPIA is recommended.</source>
        <extracomment>Pre-scan outcome.</extracomment>
        <translation>A DPIA is recommended.</translation>
    </message>
    <message>
        <source>A DPIA is not required.</source>
        <extracomment>Pre-scan outcome.</extracomment>
        <translation>A DPIA is not required.</translation>
    </message>
    <message>
        <source>Outcome of the pre-scan</source>
        <extracomment>Heading of the box with the pre-scan outcome.</extracomment>
        <translation>Outcome of the pre-scan</translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %1 (%n required pre-scan question(s) still open)</source>
        <extracomment>Pre-scan outcome while required pre-scan questions are open; %1 is the outcome so far, %n the number of open questions.</extracomment>
        <translation>
            <numerusform>Provisional: %1 (%n required pre-scan question(s) still open)</numerusform>
            <numerusform>Provisional: %1 (%n required pre-scan question(s) still open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria met by your answers:</source>
        <extracomment>Pre-scan box: list of the criteria that the answers meet.</extracomment>
        <translation>Criteria met by your answers:</translation>
    </message>
    <message>
        <source>No criterion is met by your answers so far.</source>
        <extracomment>Pre-scan box: no criterion is met (yet).</extracomment>
        <translation>No criterion is met by your answers so far.</translation>
    </message>
    <message>
        <source>Criteria and points of attention</source>
        <extracomment>Checkable button in the pre-scan box that shows (checked) or hides the criteria met and the points of attention.</extracomment>
        <translation>Criteria and points of attention</translation>
    </message>
</context>
</TS>