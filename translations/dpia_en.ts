<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>yyyy</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>Parts of the hint how to type a date ("day-month-year").</extracomment>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <extracomment>How to type a date; %1 is the order ("day-month-year"), %2 an example date.</extracomment>
        <translation>%1, e.g. %2</translation>
    </message>
    <message>
        <source>Not saved: “%1” is not a date. Type %2, or pick one with Alt+Down.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 how to type a date.</extracomment>
        <translation>Not saved: “%1” is not a date. Type %2, or pick one with Alt+Down.</translation>
    </message>
    <message>
        <source>Not saved: type the year of “%1” in full (four digits): %2.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 how to type a date.</extracomment>
        <translation>Not saved: type the year of “%1” in full (four digits): %2.</translation>
    </message>
    <message>
        <source>Not saved: there is no date “%1”; check the day and the month. Type %2.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 how to type a date.</extracomment>
        <translation>Not saved: there is no date “%1”; check the day and the month. Type %2.</translation>
    </message>
    <message>
        <source>Not saved: “%1” lies outside the years %2 to %3.</source>
        <extracomment>Under a date field; %1 is what was typed, %2 and %3 the first and last year.</extracomment>
        <translation>Not saved: “%1” lies outside the years %2 to %3.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>&amp;Open the file</source>
        <extracomment>Buttons of the message after an export.</extracomment>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Show the &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <source>an unknown time</source>
        <extracomment>When the time a document was opened is unknown.</extracomment>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>you, in another window on this computer, since %1</source>
        <extracomment>Who has a document open: the user themselves; %1 since when (local time).</extracomment>
        <translation>you, in another window on this computer, since %1</translation>
    </message>
    <message>
        <source>someone</source>
        <extracomment>Someone whose name is unknown.</extracomment>
        <translation>someone</translation>
    </message>
    <message>
        <source>%1 on the computer %2, since %3</source>
        <extracomment>Who has a document open; %1 the person, %2 the computer, %3 since when (local time).</extracomment>
        <translation>%1 on the computer %2, since %3</translation>
    </message>
</context>
<context>
    <name>PriorConsultation</name>
    <message>
        <source>the responsibilities of the municipality, any joint controllers and the processors (such as Microsoft);</source>
        <translation>the responsibilities of the municipality, any joint controllers and the processors (such as Microsoft);</translation>
    </message>
    <message>
        <source>the purposes and means of the processing;</source>
        <translation>the purposes and means of the processing;</translation>
    </message>
    <message>
        <source>the measures and safeguards that protect the rights and freedoms of data subjects;</source>
        <translation>the measures and safeguards that protect the rights and freedoms of data subjects;</translation>
    </message>
    <message>
        <source>the contact details of the DPO;</source>
        <translation>the contact details of the DPO;</translation>
    </message>
    <message>
        <source>this DPIA;</source>
        <translation>this DPIA;</translation>
    </message>
    <message>
        <source>any other information the AP asks for.</source>
        <translation>any other information the AP asks for.</translation>
    </message>
    <message>
        <source>No prior consultation of the AP needed</source>
        <extracomment>Sign-off page, when no residual risk is high.</extracomment>
        <translation>No prior consultation of the AP needed</translation>
    </message>
    <message>
        <source>With the safeguards now in place no risk stays high, so the AP need not be consulted before processing starts (GDPR art. 36(1)). Check this again when answers or safeguards change.</source>
        <translation>With the safeguards now in place no risk stays high, so the AP need not be consulted before processing starts (GDPR art. 36(1)). Check this again when answers or safeguards change.</translation>
    </message>
    <message>
        <source>%1 — residual risk %2</source>
        <extracomment>One risk in the prior-consultation box; %1 its title, %2 its residual level.</extracomment>
        <translation>%1 — residual risk %2</translation>
    </message>
    <message>
        <source>Prior consultation of the AP required (GDPR art. 36)</source>
        <translation>Prior consultation of the AP required (GDPR art. 36)</translation>
    </message>
    <message>
        <source>Do not start the processing before the Autoriteit Persoonsgegevens has been consulted. Send the AP (art. 36(3)):</source>
        <translation>Do not start the processing before the Autoriteit Persoonsgegevens has been consulted. Send the AP (art. 36(3)):</translation>
    </message>
    <message>
        <source>The AP gives written advice within eight weeks; it may extend that by six weeks (art. 36(2)).</source>
        <translation>The AP gives written advice within eight weeks; it may extend that by six weeks (art. 36(2)).</translation>
    </message>
    <message>
        <source>Once the planned safeguards are in place, no risk stays high. If they are in place before processing starts, mark them implemented and consultation is no longer needed.</source>
        <translation>Once the planned safeguards are in place, no risk stays high. If they are in place before processing starts, mark them implemented and consultation is no longer needed.</translation>
    </message>
    <message>
        <source>With the safeguards now in place these risks to data subjects stay at or above “%1”:</source>
        <translation>With the safeguards now in place these risks to data subjects stay at or above “%1”:</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Every required question is answered.</source>
        <translation>Every required question is answered.</translation>
    </message>
    <message>
        <source>The advice of the DPO is recorded.</source>
        <translation>The advice of the DPO is recorded.</translation>
    </message>
    <message>
        <source>The advice of the DPO is not yet recorded (GDPR art. 35(2)).</source>
        <translation>The advice of the DPO is not yet recorded (GDPR art. 35(2)).</translation>
    </message>
    <message>
        <source>The advice of the CISO is recorded.</source>
        <translation>The advice of the CISO is recorded.</translation>
    </message>
    <message>
        <source>The advice of the CISO is not yet recorded.</source>
        <translation>The advice of the CISO is not yet recorded.</translation>
    </message>
    <message>
        <source>The views of data subjects are recorded.</source>
        <translation>The views of data subjects are recorded.</translation>
    </message>
    <message>
        <source>The views of data subjects (or why they were not sought) are not yet recorded (GDPR art. 35(9)).</source>
        <translation>The views of data subjects (or why they were not sought) are not yet recorded (GDPR art. 35(9)).</translation>
    </message>
    <message>
        <source>The decision is recorded.</source>
        <translation>The decision is recorded.</translation>
    </message>
    <message>
        <source>The decision of the controller is not yet recorded.</source>
        <translation>The decision of the controller is not yet recorded.</translation>
    </message>
    <message>
        <source>A review date is set.</source>
        <translation>A review date is set.</translation>
    </message>
    <message>
        <source>No review date is set yet (GDPR art. 35(11)).</source>
        <translation>No review date is set yet (GDPR art. 35(11)).</translation>
    </message>
    <message>
        <source>The prior consultation of the AP is described.</source>
        <translation>The prior consultation of the AP is described.</translation>
    </message>
    <message>
        <source>Residual risk stays high: record the prior consultation of the AP (GDPR art. 36).</source>
        <translation>Residual risk stays high: record the prior consultation of the AP (GDPR art. 36).</translation>
    </message>
    <message numerus="yes">
        <source>%n required questions not yet answered.</source>
        <comment>Readiness checklist</comment>
        <translation>
            <numerusform>%n required question not yet answered.</numerusform>
            <numerusform>%n required questions not yet answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>page %1 of %2</source>
        <extracomment>Page footer of printed reports, e.g. "page 3 of 12".</extracomment>
        <translation>page %1 of %2</translation>
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
        <source>Before the processing starts, the municipality must consult the Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the controller and the processors, the purposes and means, the safeguards and measures, and the contact details of the data protection officer.</source>
        <translation>Before the processing starts, the municipality must consult the Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the controller and the processors, the purposes and means, the safeguards and measures, and the contact details of the data protection officer.</translation>
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
    <message>
        <source>Document created</source>
        <translation>Document created</translation>
    </message>
    <message>
        <source>Document created from the example</source>
        <translation>Document created from the example</translation>
    </message>
    <message>
        <source>Made as version %1, a new revision</source>
        <extracomment>Change log: the document was made as a new revision; %1 its version number.</extracomment>
        <translation>Made as version %1, a new revision</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Document details changed</translation>
    </message>
    <message>
        <source>Status set to: %1</source>
        <translation>Status set to: %1</translation>
    </message>
    <message>
        <source>Answer cleared: %1</source>
        <translation>Answer cleared: %1</translation>
    </message>
    <message>
        <source>Answer changed: %1</source>
        <translation>Answer changed: %1</translation>
    </message>
    <message>
        <source>Note cleared: %1</source>
        <translation>Note cleared: %1</translation>
    </message>
    <message>
        <source>Note changed: %1</source>
        <translation>Note changed: %1</translation>
    </message>
    <message>
        <source>Safeguard %1: %2</source>
        <extracomment>Change log: %1 a safeguard, %2 its new status ("implemented", "planned", ...).</extracomment>
        <translation>Safeguard %1: %2</translation>
    </message>
    <message>
        <source>Own judgement removed: %1</source>
        <translation>Own judgement removed: %1</translation>
    </message>
    <message>
        <source>Own judgement recorded: %1</source>
        <translation>Own judgement recorded: %1</translation>
    </message>
    <message>
        <source>Own risk added: %1</source>
        <translation>Own risk added: %1</translation>
    </message>
    <message>
        <source>Own risk removed: %1</source>
        <translation>Own risk removed: %1</translation>
    </message>
    <message>
        <source>Own risk changed: %1</source>
        <translation>Own risk changed: %1</translation>
    </message>
    <message>
        <source>Measure added: %1</source>
        <translation>Measure added: %1</translation>
    </message>
    <message>
        <source>Measure removed: %1</source>
        <translation>Measure removed: %1</translation>
    </message>
    <message>
        <source>Measure changed: %1</source>
        <translation>Measure changed: %1</translation>
    </message>
    <message>
        <source>Advice or decision added</source>
        <translation>Advice or decision added</translation>
    </message>
    <message>
        <source>Advice or decision removed</source>
        <translation>Advice or decision removed</translation>
    </message>
    <message>
        <source>Advice or decision changed</source>
        <translation>Advice or decision changed</translation>
    </message>
    <message>
        <source>The document (made, details, status)</source>
        <translation>The document (made, details, status)</translation>
    </message>
    <message>
        <source>Answers and notes</source>
        <translation>Answers and notes</translation>
    </message>
    <message>
        <source>Own risks and judgements</source>
        <translation>Own risks and judgements</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>A risk the municipality added itself; its likelihood and impact are the authors' own estimate.</source>
        <translation>A risk the municipality added itself; its likelihood and impact are the authors' own estimate.</translation>
    </message>
    <message>
        <source>With the safeguards in place</source>
        <translation>With the safeguards in place</translation>
    </message>
    <message>
        <source>No safeguard in place changes this risk.</source>
        <translation>No safeguard in place changes this risk.</translation>
    </message>
    <message>
        <source>answer to “%1”</source>
        <extracomment>Where a score step comes from: %1 is (the start of) a question.</extracomment>
        <translation>answer to “%1”</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Changes recorded: %1, on %2.</source>
        <translation>Changes recorded: %1, on %2.</translation>
    </message>
    <message>
        <source>Changes recorded: %1, from %2 to %3.</source>
        <translation>Changes recorded: %1, from %2 to %3.</translation>
    </message>
    <message>
        <source>All changes:</source>
        <translation>All changes:</translation>
    </message>
    <message>
        <source>The last %1 changes:</source>
        <translation>The last %1 changes:</translation>
    </message>
    <message>
        <source>AP list, category %1</source>
        <extracomment>A category of the AP list of processing that needs a DPIA; %1 its number.</extracomment>
        <translation>AP list, category %1</translation>
    </message>
    <message>
        <source>EDPB WP248, criterion %1</source>
        <extracomment>One of the nine EDPB (WP248) criteria; %1 its number.</extracomment>
        <translation>EDPB WP248, criterion %1</translation>
    </message>
    <message>
        <source>from the answers in:</source>
        <translation>from the answers in:</translation>
    </message>
    <message>
        <source>GDPR art. 35(%1)(%2)</source>
        <extracomment>GDPR article 35, %1 the paragraph (3), %2 the letter of the case (a, b or c).</extracomment>
        <translation>GDPR art. 35(%1)(%2)</translation>
    </message>
    <message>
        <source>Contents</source>
        <extracomment>Heading of the table of contents on the report's cover.</extracomment>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 (and 1 more change)</source>
        <extracomment>Change log: %1 the first change of a list saved together with one other change.</extracomment>
        <translation>%1 (and 1 more change)</translation>
    </message>
    <message>
        <source>%1 (and %2 more changes)</source>
        <extracomment>Change log: %1 the first change of a list saved together; %2 how many others.</extracomment>
        <translation>%1 (and %2 more changes)</translation>
    </message>
    <message>
        <source>Carried over from baseline version %1 to %2</source>
        <extracomment>Change log: the document was carried over to a newer baseline; %1 and %2 versions.</extracomment>
        <translation>Carried over from baseline version %1 to %2</translation>
    </message>
    <message>
        <source>File converted to file format version %1</source>
        <extracomment>Change log: the file was converted to a newer file format; %1 its number.</extracomment>
        <translation>File converted to file format version %1</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Other change</translation>
    </message>
    <message>
        <source>Other change: %1</source>
        <extracomment>Change log: %1 the text an older version of the program recorded for a change.</extracomment>
        <translation>Other change: %1</translation>
    </message>
    <message>
        <source>Risks to data subjects</source>
        <translation>Risks to data subjects</translation>
    </message>
    <message>
        <source>No risk to data subjects applies.</source>
        <translation>No risk to data subjects applies.</translation>
    </message>
    <message>
        <source>Risks to the municipality itself</source>
        <translation>Risks to the municipality itself</translation>
    </message>
    <message>
        <source>Continuity, dependence on one supplier and compliance: they belong in the action plan, but do not lead to prior consultation, which is about high risks to data subjects (GDPR art. 36(1)).</source>
        <translation>Continuity, dependence on one supplier and compliance: they belong in the action plan, but do not lead to prior consultation, which is about high risks to data subjects (GDPR art. 36(1)).</translation>
    </message>
    <message>
        <source>not applicable, because %1</source>
        <translation>not applicable, because %1</translation>
    </message>
    <message>
        <source>Risks that do not apply</source>
        <translation>Risks that do not apply</translation>
    </message>
    <message>
        <source>The answers show that these risks do not exist for this processing; they count nowhere in this report.</source>
        <translation>The answers show that these risks do not exist for this processing; they count nowhere in this report.</translation>
    </message>
    <message>
        <source>No measures have been planned, although a residual risk stays high: plan the safeguards that lower it (see the summary) or record why the risk is accepted.</source>
        <translation>No measures have been planned, although a residual risk stays high: plan the safeguards that lower it (see the summary) or record why the risk is accepted.</translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation>Advice of the data protection officer</translation>
    </message>
    <message>
        <source>These residual risks to data subjects stay high:</source>
        <translation>These residual risks to data subjects stay high:</translation>
    </message>
    <message>
        <source>No residual risk to data subjects is high: prior consultation is not needed, provided the safeguards marked as in place are in place. Risks to the municipality itself do not count for this (GDPR art. 36(1)).</source>
        <translation>No residual risk to data subjects is high: prior consultation is not needed, provided the safeguards marked as in place are in place. Risks to the municipality itself do not count for this (GDPR art. 36(1)).</translation>
    </message>
    <message>
        <source>To resolve before signing</source>
        <translation>To resolve before signing</translation>
    </message>
    <message>
        <source>Risk score of the pre-scan: %1 (a DPIA is required above %2).</source>
        <translation>Risk score of the pre-scan: %1 (a DPIA is required above %2).</translation>
    </message>
    <message>
        <source>The points of the risk score:</source>
        <extracomment>The Rijks pre-scan's risk score; %1 the score, %2 the limit above which a DPIA is required.</extracomment>
        <translation>The points of the risk score:</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Not decided yet.</translation>
    </message>
    <message>
        <source>Still to answer in the pre-scan:</source>
        <extracomment>Report summary: heading of the list of open pre-scan questions that decide whether a DPIA is required.</extracomment>
        <translation>Still to answer in the pre-scan:</translation>
    </message>
    <message numerus="yes">
        <source>And %n more open measures: the chapter “%1” lists them all.</source>
        <extracomment>After the most urgent open measures in the summary; %1 is the chapter's title.</extracomment>
        <translation>
            <numerusform>And %n more open measure: it is in the chapter “%1”.</numerusform>
            <numerusform>And %n more open measures: the chapter “%1” lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <extracomment>Report chapter of a revision; %1 the version of the final it came from.</extracomment>
        <translation>Changes since version %1</translation>
    </message>
    <message>
        <source>Compared with the adopted version in %1. Removed words are struck through, added words underlined.</source>
        <extracomment>Report: where the changes of a revision come from; %1 the final's file name.</extracomment>
        <translation>Compared with the adopted version in %1. Removed words are struck through, added words underlined.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>only in this version</source>
        <extracomment>Report, changes since version N: an item of one baseline only.</extracomment>
        <translation>only in this version</translation>
    </message>
    <message>
        <source>only in version %1</source>
        <translation>only in version %1</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>Report, changes since version N: a whole measure or sign-off.</extracomment>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Appendix: imported, not mapped</source>
        <extracomment>Report appendix: what an import from another DPIA tool kept aside, verbatim.</extracomment>
        <translation>Appendix: imported, not mapped</translation>
    </message>
    <message numerus="yes">
        <source>An import brought in %n items that have no place in this DPIA. They are kept as they were in the source, with where they were.</source>
        <translation>
            <numerusform>An import brought in %n item that has no place in this DPIA. It is kept as it was in the source, with where it was.</numerusform>
            <numerusform>An import brought in %n items that have no place in this DPIA. They are kept as they were in the source, with where they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where in the source</source>
        <translation>Where in the source</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>RiskExplanation</name>
    <message>
        <source>likelihood %1</source>
        <extracomment>A change of likelihood in a risk explanation, e.g. "likelihood +1".</extracomment>
        <translation>likelihood %1</translation>
    </message>
    <message>
        <source>impact %1</source>
        <extracomment>A change of impact in a risk explanation, e.g. "impact −1".</extracomment>
        <translation>impact %1</translation>
    </message>
    <message>
        <source>no change</source>
        <extracomment>A step of a risk explanation that moves neither likelihood nor impact.</extracomment>
        <translation>no change</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Yes/no answers quoted in a risk explanation.</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Likelihood %1, impact %2.</source>
        <extracomment>First step of a risk explanation: the starting score; %1 likelihood, %2 impact.</extracomment>
        <translation>Likelihood %1, impact %2.</translation>
    </message>
    <message>
        <source>Your answer to “%1”: %2</source>
        <extracomment>Risk explanation: the answer that made a driver fire; %1 the question, %2 the answer.</extracomment>
        <translation>Your answer to “%1”: %2</translation>
    </message>
    <message>
        <source>Rights affected:</source>
        <extracomment>Risk explanation: label before the rights of data subjects a risk affects.</extracomment>
        <translation>Rights affected:</translation>
    </message>
    <message>
        <source>Inherent risk:</source>
        <extracomment>Risk explanation heading; the level follows, e.g. "Inherent risk: High (3 × 4)".</extracomment>
        <translation>Inherent risk:</translation>
    </message>
    <message>
        <source>Residual now, with the implemented safeguards:</source>
        <extracomment>Risk explanation heading: the residual with the implemented safeguards.</extracomment>
        <translation>Residual now, with the implemented safeguards:</translation>
    </message>
    <message>
        <source>You rated this risk yourself; safeguards of the baseline do not change it.</source>
        <extracomment>Risk explanation: no implemented safeguard lowers the risk.</extracomment>
        <translation>You rated this risk yourself; safeguards of the baseline do not change it.</translation>
    </message>
    <message>
        <source>No implemented safeguard lowers this risk yet.</source>
        <translation>No implemented safeguard lowers this risk yet.</translation>
    </message>
    <message>
        <source>Your override:</source>
        <extracomment>Risk explanation heading: the user's own residual score.</extracomment>
        <translation>Your override:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <extracomment>Risk explanation: label before the justification of an override.</extracomment>
        <translation>Justification:</translation>
    </message>
    <message>
        <source>Residual as planned:</source>
        <extracomment>Risk explanation heading: the residual once planned safeguards are implemented.</extracomment>
        <translation>Residual as planned:</translation>
    </message>
    <message>
        <source>No planned safeguard lowers it further.</source>
        <extracomment>Risk explanation: no planned safeguard lowers the risk further.</extracomment>
        <translation>No planned safeguard lowers it further.</translation>
    </message>
    <message>
        <source>Safeguards that could still lower it</source>
        <extracomment>Risk explanation heading: safeguards that would lower the risk but are not implemented or planned.</extracomment>
        <translation>Safeguards that could still lower it</translation>
    </message>
    <message>
        <source>Not applicable, because %1. Decided by your answers to: %2. It counts nowhere: not in the heat map, the verdict or prior consultation.</source>
        <extracomment>Risk explanation of a risk that does not apply; %1 the baseline's reason, %2 the questions whose answers decided it.</extracomment>
        <translation>Not applicable, because %1. Decided by your answers to: %2. It counts nowhere: not in the heat map, the verdict or prior consultation.</translation>
    </message>
    <message>
        <source>This risk may not apply to this processing, but that depends on questions still open: %1. Until they are answered it counts.</source>
        <extracomment>Risk explanation: the risk may not apply, but a question that decides it is open.</extracomment>
        <translation>This risk may not apply to this processing, but that depends on questions still open: %1. Until they are answered it counts.</translation>
    </message>
    <message>
        <source>A risk to the municipality itself, not to data subjects: it belongs in the action plan and does not lead to prior consultation (GDPR art. 36).</source>
        <extracomment>Risk explanation: an organisation risk, not a risk to data subjects.</extracomment>
        <translation>A risk to the municipality itself, not to data subjects: it belongs in the action plan and does not lead to prior consultation (GDPR art. 36).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>A table answer quoted in a risk explanation: how many rows it has.</extracomment>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
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
    <message>
        <source>Not decided</source>
        <extracomment>Status of a safeguard nobody has set yet.</extracomment>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Implemented</source>
        <extracomment>Status of a safeguard.</extracomment>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Status of a safeguard.</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <extracomment>Status of a safeguard: decided not to.</extracomment>
        <translation>Not implemented</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>Status of a safeguard.</extracomment>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Status of a measure in the action plan.</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <extracomment>Status of a measure in the action plan.</extracomment>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>Status of a measure in the action plan.</extracomment>
        <translation>done</translation>
    </message>
    <message>
        <source>Data protection officer (DPO)</source>
        <extracomment>Role of a sign-off: the functionaris gegevensbescherming.</extracomment>
        <translation>Data protection officer (DPO)</translation>
    </message>
    <message>
        <source>CISO</source>
        <extracomment>Role of a sign-off.</extracomment>
        <translation>CISO</translation>
    </message>
    <message>
        <source>Process owner</source>
        <extracomment>Role of a sign-off.</extracomment>
        <translation>Process owner</translation>
    </message>
    <message>
        <source>Controller (decision)</source>
        <extracomment>Role of a sign-off: who decides for the municipality (e.g. the college of B&amp;W).</extracomment>
        <translation>Controller (decision)</translation>
    </message>
    <message>
        <source>Data subjects or their representatives</source>
        <extracomment>Role of a sign-off: e.g. a client council speaking for the data subjects.</extracomment>
        <translation>Data subjects or their representatives</translation>
    </message>
    <message>
        <source>Needs Microsoft 365 E3 (also in E5).</source>
        <extracomment>Licence column: what E3 means.</extracomment>
        <translation>Needs Microsoft 365 E3 (also in E5).</translation>
    </message>
    <message>
        <source>Needs Microsoft 365 E5 or an add-on.</source>
        <extracomment>Licence column: what E5 means.</extracomment>
        <translation>Needs Microsoft 365 E5 or an add-on.</translation>
    </message>
    <message>
        <source>No particular licence needed.</source>
        <extracomment>Licence column: a safeguard without a licence requirement.</extracomment>
        <translation>No particular licence needed.</translation>
    </message>
    <message>
        <source>Microsoft 365 technical</source>
        <extracomment>Group of safeguards: settings and features of Microsoft 365.</extracomment>
        <translation>Microsoft 365 technical</translation>
    </message>
    <message>
        <source>Contractual</source>
        <extracomment>Group of safeguards: terms agreed with Microsoft.</extracomment>
        <translation>Contractual</translation>
    </message>
    <message>
        <source>Organisational</source>
        <extracomment>Group of safeguards: the municipality's own measures.</extracomment>
        <translation>Organisational</translation>
    </message>
    <message>
        <source>Review due today, %1 (GDPR art. 35(11)).</source>
        <extracomment>%1 is the review date (GDPR art. 35(11)).</extracomment>
        <translation>Review due today, %1 (GDPR art. 35(11)).</translation>
    </message>
    <message numerus="yes">
        <source>Review due by %1 (in %n days).</source>
        <extracomment>%1 is the review date; %n the days until then.</extracomment>
        <translation>
            <numerusform>Review due by %1 (in %n day).</numerusform>
            <numerusform>Review due by %1 (in %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review was due on %1, %n days ago (GDPR art. 35(11)).</source>
        <extracomment>%1 is the review date that has passed; %n the days since.</extracomment>
        <translation>
            <numerusform>Review was due on %1, %n day ago (GDPR art. 35(11)).</numerusform>
            <numerusform>Review was due on %1, %n days ago (GDPR art. 35(11)).</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A DPIA's review date is more than 60 days away.</extracomment>
        <translation>planned</translation>
    </message>
    <message>
        <source>due soon</source>
        <extracomment>A DPIA's review date is within 60 days.</extracomment>
        <translation>due soon</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>A DPIA's review date has passed.</extracomment>
        <translation>overdue</translation>
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
    <message>
        <source>Baseline in this program: %1</source>
        <extracomment>About: the version of the Privacy &amp; Security Baseline built into the program.</extracomment>
        <translation>Baseline in this program: %1</translation>
    </message>
    <message>
        <source>Baseline of the open document: %1</source>
        <extracomment>About: the baseline version the open document was made with.</extracomment>
        <translation>Baseline of the open document: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <extracomment>About: the program's version, e.g. "version 0.9.0".</extracomment>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ActionPlanModel</name>
    <message>
        <source>no date</source>
        <extracomment>Due date column when a measure has no due date.</extracomment>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>Status of a measure past its due date; %1 is its status (open, in progress).</extracomment>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Column headers of the action plan.</extracomment>
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
        <source>Due date</source>
        <translation>Due date</translation>
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
        <translation>The measures the municipality still takes to lower the risks, with who does it and by when (GDPR article 35(7)(d)). Safeguards you mark as planned are counted in the planned risk; record here how and when they will be in place.</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <extracomment>Buttons of the action plan page.</extracomment>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <source>Add a measure (Alt+Insert)</source>
        <translation>Add a measure (Alt+Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>&amp;Remove measure</translation>
    </message>
    <message>
        <source>Remove the selected measure (Alt+Delete)</source>
        <translation>Remove the selected measure (Alt+Delete)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the action plan as a CSV file for a spreadsheet</source>
        <translation>Save the action plan as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Measures of the action plan</source>
        <extracomment>Accessible name of the table of measures.</extracomment>
        <translation>Measures of the action plan</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Labels of the fields of one measure.</extracomment>
        <translation>Measure</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Turn on MFA for guest accounts”</source>
        <translation>What will be done, e.g. “Turn on MFA for guest accounts”</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Role or department, e.g. “Functional administrator M365”</source>
        <translation>Role or department, e.g. “Functional administrator M365”</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Accessible name of the due date of a measure (empty: no due date).</extracomment>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risks this measure lowers</source>
        <translation>Risks this measure lowers</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Risks it lowers:</source>
        <translation>&amp;Risks it lowers:</translation>
    </message>
    <message>
        <source>Selected measure</source>
        <translation>Selected measure</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>Heading and introduction of the action plan page.</extracomment>
        <translation>Action plan</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>Added to the count of measures; %n is how many are past their due date.</extracomment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>New measure</source>
        <extracomment>Title of a measure just added, selected so the user types over it.</extracomment>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Action plan - %1.csv</source>
        <extracomment>Suggested file name of the action plan export; %1 is the document's title.</extracomment>
        <translation>Action plan - %1.csv</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Export the action plan</translation>
    </message>
    <message>
        <source>Cannot export the action plan</source>
        <extracomment>Title of the message when the CSV export failed.</extracomment>
        <translation>Cannot export the action plan</translation>
    </message>
    <message>
        <source>Action plan exported</source>
        <extracomment>Title of the message after the CSV export.</extracomment>
        <translation>Action plan exported</translation>
    </message>
    <message>
        <source>The action plan is saved as %1.</source>
        <extracomment>After the CSV export; %1 is the path of the CSV file.</extracomment>
        <translation>The action plan is saved as %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <extracomment>Above the action plan; %n is the number of measures.</extracomment>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpia::ui::AnsweredElsewhere</name>
    <message>
        <source>Not answered yet.</source>
        <extracomment>A question shown read-only that has no answer yet.</extracomment>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>A table answer shown read-only: its number of rows.</extracomment>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered in %1 — go to the question</source>
        <extracomment>Link under a question shown read-only; %1 is where it is asked ("Pre-scan › Scope and processing").</extracomment>
        <translation>Answered in %1 — go to the question</translation>
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
        <translation>Applies from BBN level %1 (BIO 1.04 control %2).</translation>
    </message>
    <message>
        <source>Safeguards that meet this requirement</source>
        <extracomment>Requirement dialog: list of safeguards that meet the requirement.</extracomment>
        <translation>Safeguards that meet this requirement</translation>
    </message>
    <message>
        <source>GDPR</source>
        <extracomment>Name of the GDPR in the requirement dialog.</extracomment>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>Dutch GDPR Implementation Act (UAVG)</source>
        <extracomment>Name of the Dutch GDPR Implementation Act.</extracomment>
        <translation>Dutch GDPR Implementation Act (UAVG)</translation>
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
    <name>dpia::ui::CompareDialog</name>
    <message>
        <source>What changed</source>
        <extracomment>Title of the window that lists what changed between two documents.</extracomment>
        <translation>What changed</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <extracomment>Heading of the compare window; %1 the file compared with, %2 the open document.</extracomment>
        <translation>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>Accessible name of the list of changes in the compare window.</extracomment>
        <translation>Changes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A heading of the compare window: a kind of change and how many there are.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No differences</source>
        <extracomment>The compare window when the two documents are the same.</extracomment>
        <translation>No differences</translation>
    </message>
    <message>
        <source>Details of the change</source>
        <extracomment>Accessible name of the pane that shows one change in full.</extracomment>
        <translation>Details of the change</translation>
    </message>
    <message>
        <source>Before:</source>
        <extracomment>Compare window: the value in the first document.</extracomment>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <extracomment>Compare window: the value in the second document.</extracomment>
        <translation>After:</translation>
    </message>
    <message>
        <source>Because:</source>
        <extracomment>Compare window: the steps of a risk's explanation that moved its level.</extracomment>
        <translation>Because:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CoverageModel</name>
    <message>
        <source>Met</source>
        <extracomment>Coverage of a requirement: an implemented safeguard meets it.</extracomment>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partial (planned)</source>
        <extracomment>Coverage of a requirement: only planned safeguards meet it.</extracomment>
        <translation>Partial (planned)</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Coverage of a requirement: no safeguard meets it yet.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Does not apply at this BBN level</source>
        <extracomment>Coverage of a BIO requirement above the BBN level chosen in the classification.</extracomment>
        <translation>Does not apply at this BBN level</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>Coverage table cell: the first safeguard and how many more meet the requirement.</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>BIO, from BBN %1</source>
        <extracomment>Source column of a BIO requirement: %1 the BBN level from which it applies.</extracomment>
        <translation>BIO, from BBN %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Coverage column: the article or control, e.g. "AVG art. 32".</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Requirement</source>
        <extracomment>Coverage column.</extracomment>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Coverage column: AVG, UAVG or BIO.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Coverage column.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Coverage column: the planned safeguards that would meet the requirement.</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>The implemented safeguards that meet the requirement.</source>
        <extracomment>Tooltip of the coverage column with the implemented safeguards.</extracomment>
        <translation>The implemented safeguards that meet the requirement.</translation>
    </message>
    <message>
        <source>The planned safeguards that would meet the requirement.</source>
        <extracomment>Tooltip of the coverage column with the planned safeguards.</extracomment>
        <translation>The planned safeguards that would meet the requirement.</translation>
    </message>
    <message>
        <source>Met by</source>
        <extracomment>Coverage column: the implemented safeguards that meet the requirement.</extracomment>
        <translation>Met by</translation>
    </message>
    <message>
        <source>GDPR</source>
        <extracomment>Source column: the GDPR (AVG in Dutch).</extracomment>
        <translation>GDPR</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CoveragePage</name>
    <message>
        <source>Requirement coverage</source>
        <extracomment>Heading of the requirement coverage page.</extracomment>
        <translation>Requirement coverage</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Coverage status filter: no filter.</extracomment>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show requirements with status</source>
        <extracomment>Accessible name of the coverage status filter.</extracomment>
        <translation>Show requirements with status</translation>
    </message>
    <message>
        <source>BIO</source>
        <extracomment>Coverage source filter: the information security requirements.</extracomment>
        <translation>BIO</translation>
    </message>
    <message>
        <source>Show requirements from</source>
        <extracomment>Accessible name of the coverage source filter.</extracomment>
        <translation>Show requirements from</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <extracomment>Label of the coverage status filter.</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <extracomment>Label of the coverage source filter.</extracomment>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Requirements and their coverage</source>
        <extracomment>Accessible name of the coverage table.</extracomment>
        <translation>Requirements and their coverage</translation>
    </message>
    <message>
        <source>About the selected requirement</source>
        <extracomment>Accessible name of the panel about the selected requirement.</extracomment>
        <translation>About the selected requirement</translation>
    </message>
    <message>
        <source>%1 met, %2 partial, %3 open, %4 do not apply</source>
        <extracomment>Coverage summary per source: %1 met, %2 partial, %3 open, %4 not applying.</extracomment>
        <translation>%1 met, %2 partial, %3 open, %4 do not apply</translation>
    </message>
    <message>
        <source>Choose a requirement to see its text and safeguards.</source>
        <extracomment>Detail panel of the coverage page without a selection.</extracomment>
        <translation>Choose a requirement to see its text and safeguards.</translation>
    </message>
    <message>
        <source>No requirement matches the filters.</source>
        <translation>No requirement matches the filters.</translation>
    </message>
    <message>
        <source>Applies from BBN level %1; it applies to this DPIA.</source>
        <extracomment>Coverage details: from which BBN level a BIO requirement applies, and whether it does for this DPIA.</extracomment>
        <translation>Applies from BBN level %1; it applies to this DPIA.</translation>
    </message>
    <message>
        <source>Applies from BBN level %1; the classification of this DPIA chose a lower level, so it does not apply.</source>
        <translation>Applies from BBN level %1; the classification of this DPIA chose a lower level, so it does not apply.</translation>
    </message>
    <message>
        <source>Safeguards that meet it</source>
        <extracomment>Coverage details heading: every safeguard that meets the requirement, with status.</extracomment>
        <translation>Safeguards that meet it</translation>
    </message>
    <message>
        <source>The baseline names no safeguard for this requirement; record in the action plan how the municipality meets it.</source>
        <extracomment>Coverage details: the baseline names no safeguard for this requirement.</extracomment>
        <translation>The baseline names no safeguard for this requirement; record in the action plan how the municipality meets it.</translation>
    </message>
    <message>
        <source>Which requirements of the GDPR, the UAVG and the BIO the safeguards meet. Met: an implemented safeguard meets it. Partial: only planned ones do. Open: none does yet. BIO requirements above the BBN level chosen in the classification do not apply.</source>
        <extracomment>Introduction of the requirement coverage page.</extracomment>
        <translation>Which requirements of the GDPR, the UAVG and the BIO the safeguards meet. Met: an implemented safeguard meets it. Partial: only planned ones do. Open: none does yet. BIO requirements above the BBN level chosen in the classification do not apply.</translation>
    </message>
    <message>
        <source>GDPR, UAVG and BIO</source>
        <extracomment>Coverage source filter: no filter.</extracomment>
        <translation>GDPR, UAVG and BIO</translation>
    </message>
    <message>
        <source>GDPR and UAVG</source>
        <extracomment>Coverage source filter: the privacy law requirements.</extracomment>
        <translation>GDPR and UAVG</translation>
    </message>
    <message>
        <source>GDPR and UAVG: %1. BIO: %2.</source>
        <extracomment>Coverage summary: %1 the counts for GDPR and UAVG, %2 those for BIO.</extracomment>
        <translation>GDPR and UAVG: %1. BIO: %2.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::CustomRiskDialog</name>
    <message>
        <source>Add own risk</source>
        <extracomment>Title of the dialog that adds a risk of the user's own.</extracomment>
        <translation>Add own risk</translation>
    </message>
    <message>
        <source>Edit own risk</source>
        <extracomment>Title of the dialog that edits a risk of the user's own.</extracomment>
        <translation>Edit own risk</translation>
    </message>
    <message>
        <source>A risk the baseline does not name. Rate it yourself: the safeguards of the baseline do not lower it; plan measures for it in the action plan.</source>
        <extracomment>Explanation at the top of the own-risk dialog.</extracomment>
        <translation>A risk the baseline does not name. Rate it yourself: the safeguards of the baseline do not lower it; plan measures for it in the action plan.</translation>
    </message>
    <message>
        <source>Title of the risk</source>
        <extracomment>Accessible name of the title field of an own risk.</extracomment>
        <translation>Title of the risk</translation>
    </message>
    <message>
        <source>Description of the risk</source>
        <extracomment>Accessible name of the description field of an own risk.</extracomment>
        <translation>Description of the risk</translation>
    </message>
    <message>
        <source>What can happen, to whom, and what would it mean for them?</source>
        <extracomment>Placeholder of the description of an own risk.</extracomment>
        <translation>What can happen, to whom, and what would it mean for them?</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <extracomment>Form label of the title of an own risk.</extracomment>
        <translation>&amp;Title (required):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <extracomment>Form label of the description of an own risk.</extracomment>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Give the risk a title.</source>
        <extracomment>Shown in the own-risk dialog while the title is empty; OK is disabled meanwhile.</extracomment>
        <translation>Give the risk a title.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DateEditor</name>
    <message>
        <source>Clear date</source>
        <extracomment>Button that removes the date of a date question.</extracomment>
        <translation>Clear date</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DateField</name>
    <message>
        <source>Calendar…</source>
        <extracomment>Button beside a date field that opens a calendar.</extracomment>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Pick the date from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Pick the date from a calendar</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DateLineEdit</name>
    <message>
        <source>Type a date: %1. Alt+Down or F4 opens the calendar.</source>
        <extracomment>Tooltip of a date field; %1 is how to type a date ("day-month-year, e.g. 15-03-2027").</extracomment>
        <translation>Type a date: %1. Alt+Down or F4 opens the calendar.</translation>
    </message>
    <message>
        <source>Calendar: arrow keys choose a day, Enter takes it, Escape closes</source>
        <extracomment>Accessible name of the calendar that opens from a date field.</extracomment>
        <translation>Calendar: arrow keys choose a day, Enter takes it, Escape closes</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DecisionPage</name>
    <message>
        <source>Sign-off and status</source>
        <extracomment>Heading and introduction of the sign-off page.</extracomment>
        <translation>Sign-off and status</translation>
    </message>
    <message>
        <source>Before the DPIA is adopted: the questions that must be answered, the advice of the DPO and the CISO, the views of data subjects and the decision are recorded in the questionnaire (parts “Advice” and “Decision”). Here you see what is still missing, record who signed what, and set the status.</source>
        <translation>Before the DPIA is adopted: the questions that must be answered, the advice of the DPO and the CISO, the views of data subjects and the decision are recorded in the questionnaire (parts “Advice” and “Decision”). Here you see what is still missing, record who signed what, and set the status.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offer for &amp;review</source>
        <extracomment>Status buttons on the sign-off page.</extracomment>
        <translation>Offer for &amp;review</translation>
    </message>
    <message>
        <source>Set the status to “in review”: the DPO and the CISO can give advice</source>
        <translation>Set the status to “in review”: the DPO and the CISO can give advice</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Adopt as final…</source>
        <translation>&amp;Adopt as final…</translation>
    </message>
    <message>
        <source>Make the DPIA final: it can no longer be changed</source>
        <translation>Make the DPIA final: it can no longer be changed</translation>
    </message>
    <message>
        <source>New &amp;revision…</source>
        <translation>New &amp;revision…</translation>
    </message>
    <message>
        <source>Continue in a copy with the next version number</source>
        <translation>Continue in a copy with the next version number</translation>
    </message>
    <message>
        <source>Ready for adoption?</source>
        <translation>Ready for adoption?</translation>
    </message>
    <message>
        <source>Prior consultation (GDPR art. 36)</source>
        <translation>Prior consultation (GDPR art. 36)</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <source>Who advised or decided, when, and with what outcome. The report prints these with a signature line.</source>
        <translation>Who advised or decided, when, and with what outcome. The report prints these with a signature line.</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;, version %2.</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;, version %2.</translation>
    </message>
    <message>
        <source>This DPIA is adopted and can no longer be changed. Make a new revision when the processing or its risks change (GDPR art. 35(11)).</source>
        <translation>This DPIA is adopted and can no longer be changed. Make a new revision when the processing or its risks change (GDPR art. 35(11)).</translation>
    </message>
    <message>
        <source>✓ Done:</source>
        <extracomment>Mark before a checklist row: done (✓) or still open (✗); words follow.</extracomment>
        <translation>✓ Done:</translation>
    </message>
    <message>
        <source>✗ Open:</source>
        <translation>✗ Open:</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <extracomment>Button next to an open checklist row: shows the question to answer.</extracomment>
        <translation>Go to the question</translation>
    </message>
    <message>
        <source>Go to the question: %1</source>
        <translation>Go to the question: %1</translation>
    </message>
    <message>
        <source>After adoption this DPIA can no longer be changed; a change then needs a new revision with the next version number.</source>
        <extracomment>Asked before making the DPIA final.</extracomment>
        <translation>After adoption this DPIA can no longer be changed; a change then needs a new revision with the next version number.</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Still open:</translation>
    </message>
    <message>
        <source>Adopt version %1 as final?</source>
        <translation>Adopt version %1 as final?</translation>
    </message>
    <message>
        <source>Adopt the DPIA</source>
        <translation>Adopt the DPIA</translation>
    </message>
    <message>
        <source>No review date is set yet: adopting records %1 (the review interval you gave, or one year). For another date, answer “%2” first.</source>
        <extracomment>Before adoption; %1 is the proposed review date, %2 the question's text.</extracomment>
        <translation>No review date is set yet: adopting records %1 (the review interval you gave, or one year). For another date, answer “%2” first.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentCommands</name>
    <message>
        <source>answer to “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the beginning of the question.</extracomment>
        <translation>answer to “%1”</translation>
    </message>
    <message>
        <source>document details</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>document details</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>status</translation>
    </message>
    <message>
        <source>safeguard status</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>safeguard status</translation>
    </message>
    <message>
        <source>risk score override</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>risk score override</translation>
    </message>
    <message>
        <source>new risk</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>new risk</translation>
    </message>
    <message>
        <source>risk</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>risk</translation>
    </message>
    <message>
        <source>remove risk</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>remove risk</translation>
    </message>
    <message>
        <source>new measure</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>new measure</translation>
    </message>
    <message>
        <source>measure</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>measure</translation>
    </message>
    <message>
        <source>remove measure</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>remove measure</translation>
    </message>
    <message>
        <source>new advice</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>new advice</translation>
    </message>
    <message>
        <source>advice</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>advice</translation>
    </message>
    <message>
        <source>remove advice</source>
        <extracomment>Undo/redo menu text.</extracomment>
        <translation>remove advice</translation>
    </message>
    <message>
        <source>note on “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the beginning of the question.</extracomment>
        <translation>note on “%1”</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentDetailsDialog</name>
    <message>
        <source>Document details</source>
        <extracomment>Title of the dialog with the document's details.</extracomment>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Fields of the document details dialog.</extracomment>
        <translation>Title</translation>
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
        <source>Public</source>
        <extracomment>Suggested classification markings of the report (the user may type another).</extracomment>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Internal use</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Classification of the report</source>
        <translation>Classification of the report</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
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
        <source>Process o&amp;wner:</source>
        <translation>Process o&amp;wner:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <source>Version:</source>
        <extracomment>Shown in the details dialog; the version is changed by making a new revision.</extracomment>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1 (a new revision raises it)</source>
        <translation>%1 (a new revision raises it)</translation>
    </message>
    <message>
        <source>The classification is printed in the header of every page of the report, e.g. “Internal use”.</source>
        <translation>The classification is printed in the header of every page of the report, e.g. “Internal use”.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::DocumentSession</name>
    <message>
        <source>This DPIA is final. To change it, make a new revision (File → New revision).</source>
        <extracomment>Why a document is read-only: the user finalised it.</extracomment>
        <translation>This DPIA is final. To change it, make a new revision (File → New revision).</translation>
    </message>
    <message>
        <source>It is open for editing by %1.</source>
        <extracomment>Why a document is read-only; %1 says who has it open, where and since when.</extracomment>
        <translation>It is open for editing by %1.</translation>
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
    <message>
        <source>Start a new revision…</source>
        <extracomment>Link in the banner of an adopted DPIA that is due for review.</extracomment>
        <translation>Start a new revision…</translation>
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
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter of the action plan export; keep "(*.csv)".</extracomment>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>File type filter of the report export; keep "(*.pdf)".</extracomment>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <extracomment>File type filter of the report export as a web page; keep "(*.html *.htm)".</extracomment>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>Model DPIA files (*.json *.pdf)</source>
        <extracomment>File type filter of the Model DPIA import: the form's JSON or its PDF; keep the patterns.</extracomment>
        <translation>Model DPIA files (*.json *.pdf)</translation>
    </message>
    <message>
        <source>CNIL PIA exports (*.json *.zip)</source>
        <extracomment>File type filter of the CNIL PIA import: its JSON or its zip; keep the patterns.</extracomment>
        <translation>CNIL PIA exports (*.json *.zip)</translation>
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
    <name>dpia::ui::HeatMapWidget</name>
    <message>
        <source>&amp;Inherent</source>
        <extracomment>Heat map toggle: count the risks before safeguards.</extracomment>
        <translation>&amp;Inherent</translation>
    </message>
    <message>
        <source>Residual &amp;now</source>
        <extracomment>Heat map toggle: count the risks with the implemented safeguards (or override).</extracomment>
        <translation>Residual &amp;now</translation>
    </message>
    <message>
        <source>&amp;All risks</source>
        <extracomment>Button under the heat map that removes the cell filter from the table.</extracomment>
        <translation>&amp;All risks</translation>
    </message>
    <message>
        <source>Shows every risk in the table again.</source>
        <extracomment>Accessible description of the "All risks" button.</extracomment>
        <translation>Shows every risk in the table again.</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <extracomment>Heat map: the vertical axis.</extracomment>
        <translation>Likelihood ↑</translation>
    </message>
    <message>
        <source>Impact →</source>
        <extracomment>Heat map: the horizontal axis (how serious the effects on people are).</extracomment>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Heat map of the risks</source>
        <extracomment>Accessible name of the heat map.</extracomment>
        <translation>Heat map of the risks</translation>
    </message>
    <message>
        <source>Space or Enter shows only these risks in the table; again shows all.</source>
        <extracomment>Accessible description of a heat-map cell.</extracomment>
        <translation>Space or Enter shows only these risks in the table; again shows all.</translation>
    </message>
    <message>
        <source>Likelihood %1, impact %2: %3, %4</source>
        <extracomment>Accessible name of a heat-map cell: %1 likelihood, %2 impact (1-4), %3 the level in words, %4 the number of risks ("3 risks").</extracomment>
        <translation>Likelihood %1, impact %2: %3, %4</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Label before the inherent/residual toggle of the heat map.</extracomment>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::HelpWindow</name>
    <message>
        <source>User guide — DPIA Assistent</source>
        <extracomment>Title of the window with the user guide (Help → User guide, F1).</extracomment>
        <translation>User guide — DPIA Assistent</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <extracomment>Placeholder of the search field of the user guide.</extracomment>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <extracomment>Label before the search field of the user guide; &amp; marks the Alt key letter.</extracomment>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <extracomment>Button of the user guide's search: the previous place the word occurs.</extracomment>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>Button of the user guide's search: the next place the word occurs.</extracomment>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Contents</source>
        <extracomment>Accessible name of the list of chapters in the user guide.</extracomment>
        <translation>Contents</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>The user guide's search: how often the word occurs; %1 the number.</extracomment>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
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
        <extracomment>Buttons of the question whether to open a file in use read-only.</extracomment>
        <translation>Assessment in use</translation>
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
    <message>
        <source>Document &amp;details…</source>
        <extracomment>File menu: title, organisation, classification, ... of the open document.</extracomment>
        <translation>Document &amp;details…</translation>
    </message>
    <message>
        <source>New re&amp;vision…</source>
        <extracomment>File menu: continue a final DPIA in a copy with the next version number.</extracomment>
        <translation>New re&amp;vision…</translation>
    </message>
    <message>
        <source> version %1</source>
        <extracomment>File name suffix of a new revision; %1 is its version number.</extracomment>
        <translation> version %1</translation>
    </message>
    <message>
        <source>Save the new revision as</source>
        <extracomment>Title of the dialog that asks where the new revision is saved.</extracomment>
        <translation>Save the new revision as</translation>
    </message>
    <message>
        <source>Cannot make a new revision</source>
        <extracomment>Title of the message when a new revision cannot be made.</extracomment>
        <translation>Cannot make a new revision</translation>
    </message>
    <message>
        <source>Version %1 is a new draft. The adopted version stays unchanged in %2.</source>
        <extracomment>Status bar message after making a new revision; %1 version, %2 the final file.</extracomment>
        <translation>Version %1 is a new draft. The adopted version stays unchanged in %2.</translation>
    </message>
    <message>
        <source>Expor&amp;t as PDF…</source>
        <extracomment>File menu: the report of the open document (see ui/main_window_report.cpp).</extracomment>
        <translation>Expor&amp;t as PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <extracomment>Title of the message when the PDF report cannot be written.</extracomment>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <source>Print the report</source>
        <extracomment>Title of the print preview window.</extracomment>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <extracomment>Title of the message when printing failed.</extracomment>
        <translation>Cannot print the report</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, or export the report as PDF and print that file.</source>
        <translation>The printer could not be used. Check that it is switched on and connected, or export the report as PDF and print that file.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <extracomment>%1 is the path the user chose, %2 the reason.</extracomment>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Exported as JSON</source>
        <extracomment>Title of the message after the JSON export.</extracomment>
        <translation>Exported as JSON</translation>
    </message>
    <message>
        <source>The assessment is exported to %1.</source>
        <extracomment>After the JSON export; %1 is the path of the JSON file.</extracomment>
        <translation>The assessment is exported to %1.</translation>
    </message>
    <message>
        <source>Report exported</source>
        <extracomment>Title of the message after the report was saved.</extracomment>
        <translation>Report exported</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <extracomment>After the report was saved; %1 is the path of the PDF or HTML file.</extracomment>
        <translation>The report is saved as %1.</translation>
    </message>
    <message>
        <source>“%1” is already open for editing by %2.

You can open it read-only: read everything and save a copy, but not change this file. Or cancel, and open it once it is closed there.</source>
        <extracomment>Asked when another window or program has the file open; %1 is the file name, %2 who has it open, on which computer, since when.</extracomment>
        <translation>“%1” is already open for editing by %2.

You can open it read-only: read everything and save a copy, but not change this file. Or cancel, and open it once it is closed there.</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Who has a file open, when the lock does not say.</extracomment>
        <translation>another program</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <extracomment>Help menu: the user guide, opened at the page in view.</extracomment>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Export as &amp;web page (HTML)…</source>
        <translation>Export as &amp;web page (HTML)…</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <extracomment>Title of the dialog that asks where to save the report as a web page.</extracomment>
        <translation>Export the report as HTML</translation>
    </message>
    <message>
        <source>Export to the Model DPI&amp;A (Rijksoverheid)…</source>
        <translation>Export to the Model DPI&amp;A (Rijksoverheid)…</translation>
    </message>
    <message>
        <source>Import from the Model DPIA</source>
        <extracomment>Title of the dialog that picks the file of the Model DPIA form to import.</extracomment>
        <translation>Import from the Model DPIA</translation>
    </message>
    <message>
        <source>Imported from the Model DPIA</source>
        <extracomment>Title of the report of the Model DPIA import.</extracomment>
        <translation>Imported from the Model DPIA</translation>
    </message>
    <message>
        <source>Export to the Model DPIA</source>
        <extracomment>Title of the dialog that picks where the Model DPIA form's JSON is written.</extracomment>
        <translation>Export to the Model DPIA</translation>
    </message>
    <message>
        <source>Exported to the Model DPIA</source>
        <extracomment>Title of the message after the export to the Model DPIA form.</extracomment>
        <translation>Exported to the Model DPIA</translation>
    </message>
    <message>
        <source>The assessment is exported for the Model DPIA form to %1.</source>
        <extracomment>After the export to the Model DPIA form; %1 is the path of the JSON file.</extracomment>
        <translation>The assessment is exported for the Model DPIA form to %1.</translation>
    </message>
    <message>
        <source>Compare wit&amp;h…</source>
        <extracomment>File menu: show what changed from another document (an earlier version) to this one.</extracomment>
        <translation>Compare wit&amp;h…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <extracomment>Title of the dialog that asks which document to compare the open one with.</extracomment>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <extracomment>Title of the message when the document to compare with cannot be read.</extracomment>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>Im&amp;port</source>
        <extracomment>File menu: the submenu of imports from other DPIA tools.</extracomment>
        <translation>Im&amp;port</translation>
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
        <translation>Answers taken over: %1. Kept in the document, without a place in this DPIA: %2.</translation>
    </message>
    <message>
        <source>Also made: %1 own risks, %2 measures, %3 advice or decisions.</source>
        <extracomment>After the CNIL import: own risks, measures, advice/decisions made.</extracomment>
        <translation>Also made: %1 own risks, %2 measures, %3 advice or decisions.</translation>
    </message>
    <message>
        <source>Answered:</source>
        <extracomment>Before the list of the questions an import answered.</extracomment>
        <translation>Answered:</translation>
    </message>
    <message>
        <source>Kept aside (where it was in the source):</source>
        <extracomment>Before the list of what an import kept aside (where it was in the source).</extracomment>
        <translation>Kept aside (where it was in the source):</translation>
    </message>
    <message>
        <source>Attachments, not stored in the document (keep the export itself):</source>
        <extracomment>Before the list of attachments of an import, which are not stored.</extracomment>
        <translation>Attachments, not stored in the document (keep the export itself):</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <extracomment>One attachment of an import: %1 name, %2 size in bytes, %3 SHA-256.</extracomment>
        <translation>%1 (%2 bytes, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Import from the CNIL PIA software</source>
        <extracomment>Title of the dialog that picks the export of the CNIL's PIA software to import.</extracomment>
        <translation>Import from the CNIL PIA software</translation>
    </message>
    <message>
        <source>Imported from the CNIL PIA software</source>
        <extracomment>Title of the report of the CNIL PIA import.</extracomment>
        <translation>Imported from the CNIL PIA software</translation>
    </message>
    <message>
        <source>Open portfo&amp;lio…</source>
        <extracomment>File menu: every DPIA in a folder at a glance.</extracomment>
        <translation>Open portfo&amp;lio…</translation>
    </message>
    <message>
        <source>Open a portfolio folder</source>
        <extracomment>Title of the folder dialog of File → Open portfolio.</extracomment>
        <translation>Open a portfolio folder</translation>
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
    <message>
        <source>Assessment</source>
        <extracomment>Navigator: the part after the questionnaire (risks, safeguards, plan, decision).</extracomment>
        <translation>Assessment</translation>
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
    <name>dpia::ui::OverrideDialog</name>
    <message>
        <source>Override residual risk</source>
        <extracomment>Title of the dialog in which the user sets their own residual risk.</extracomment>
        <translation>Override residual risk</translation>
    </message>
    <message>
        <source>Computed residual now: %1. Your override replaces it in the register, the heat map and the report; the computed level stays in the report too.</source>
        <extracomment>Override dialog: the computed residual level; %1 e.g. "Medium (2 × 3)".</extracomment>
        <translation>Computed residual now: %1. Your override replaces it in the register, the heat map and the report; the computed level stays in the report too.</translation>
    </message>
    <message>
        <source>&amp;Justification (required):</source>
        <extracomment>Label above the justification of an override; the &amp; marks the shortcut key.</extracomment>
        <translation>&amp;Justification (required):</translation>
    </message>
    <message>
        <source>Justification</source>
        <extracomment>Accessible name of the justification field of an override.</extracomment>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why does this risk score differently from the computed level? Name the facts, for example a measure outside Microsoft 365.</source>
        <extracomment>Placeholder in the justification field of an override.</extracomment>
        <translation>Why does this risk score differently from the computed level? Name the facts, for example a measure outside Microsoft 365.</translation>
    </message>
    <message>
        <source>Save override</source>
        <extracomment>OK button of the override dialog.</extracomment>
        <translation>Save override</translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <extracomment>Button of the override dialog that goes back to the computed level.</extracomment>
        <translation>&amp;Remove override</translation>
    </message>
    <message>
        <source>Write a justification: an override only counts with one.</source>
        <extracomment>Shown under the justification while it is empty; OK is disabled meanwhile.</extracomment>
        <translation>Write a justification: an override only counts with one.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::PortfolioModel</name>
    <message>
        <source>File</source>
        <extracomment>Column headings of the portfolio window.</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>DPIA needed</source>
        <translation>DPIA needed</translation>
    </message>
    <message>
        <source>Residual risk now</source>
        <translation>Residual risk now</translation>
    </message>
    <message>
        <source>Residual risk planned</source>
        <translation>Residual risk planned</translation>
    </message>
    <message>
        <source>Art. 36</source>
        <extracomment>Column: whether prior consultation of the supervisory authority (GDPR art. 36) is needed.</extracomment>
        <translation>Art. 36</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Measures overdue</source>
        <translation>Measures overdue</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Open by</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>Review date cell; %1 is the date.</extracomment>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <extracomment>Review date cell: less than 60 days ahead; %1 is the date.</extracomment>
        <translation>%1 (due soon)</translation>
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
        <translation>All documents</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>Review due within 60 days</source>
        <translation>Review due within 60 days</translation>
    </message>
    <message>
        <source>High residual risk</source>
        <translation>High residual risk</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <source>Every status</source>
        <extracomment>Portfolio window: show documents of every status.</extracomment>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Search title, processing, organisation or file</source>
        <extracomment>Placeholder of the portfolio window's search box.</extracomment>
        <translation>Search title, processing, organisation or file</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <extracomment>Portfolio window buttons.</extracomment>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>DPIAs in the folder</source>
        <extracomment>Accessible name of the portfolio table.</extracomment>
        <translation>DPIAs in the folder</translation>
    </message>
    <message>
        <source>Open a portfolio folder</source>
        <extracomment>Title of the folder dialog of the portfolio.</extracomment>
        <translation>Open a portfolio folder</translation>
    </message>
    <message>
        <source>%1 shown · %2 DPIAs · %3 could not be read</source>
        <extracomment>Portfolio window status line: %1 shown rows, %2 documents, %3 unreadable files.</extracomment>
        <translation>%1 shown · %2 DPIAs · %3 could not be read</translation>
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
    <message>
        <source>%1, review %2</source>
        <extracomment>Recent files: the status of an adopted DPIA and its review state ("final, review overdue").</extracomment>
        <translation>%1, review %2</translation>
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
        <translation>%1: likelihood %2 (%3), impact %4 (%5)</translation>
    </message>
    <message>
        <source>1 risk</source>
        <extracomment>The number of risks when it is one (heat map, filter line).</extracomment>
        <translation>1 risk</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <extracomment>The number of risks when it is not one, e.g. "3 risks" or "0 risks".</extracomment>
        <translation>%1 risks</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RiskRegisterPage</name>
    <message>
        <source>Risk register</source>
        <extracomment>Heading of the risk register page.</extracomment>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Every risk of this DPIA with its level before safeguards (inherent), with the safeguards marked implemented (residual now) and once the planned ones are in place too. Choose a risk to see why it scores as it does; choose a cell of the heat map to show only the risks in it.</source>
        <extracomment>Introduction of the risk register page.</extracomment>
        <translation>Every risk of this DPIA with its level before safeguards (inherent), with the safeguards marked implemented (residual now) and once the planned ones are in place too. Choose a risk to see why it scores as it does; choose a cell of the heat map to show only the risks in it.</translation>
    </message>
    <message>
        <source>Risks</source>
        <extracomment>Accessible name of the table of risks.</extracomment>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Enter opens the override or, for your own risk, its details; Delete removes your own risk.</source>
        <extracomment>Accessible description of the table of risks.</extracomment>
        <translation>Enter opens the override or, for your own risk, its details; Delete removes your own risk.</translation>
    </message>
    <message>
        <source>Why the selected risk scores as it does</source>
        <extracomment>Accessible name of the panel that explains the selected risk.</extracomment>
        <translation>Why the selected risk scores as it does</translation>
    </message>
    <message>
        <source>&amp;Override residual risk…</source>
        <extracomment>Button: set your own residual level for the selected risk.</extracomment>
        <translation>&amp;Override residual risk…</translation>
    </message>
    <message>
        <source>Add own &amp;risk…</source>
        <extracomment>Button: add a risk the baseline does not name.</extracomment>
        <translation>Add own &amp;risk…</translation>
    </message>
    <message>
        <source>Edi&amp;t own risk…</source>
        <extracomment>Button: edit the selected risk of your own.</extracomment>
        <translation>Edi&amp;t own risk…</translation>
    </message>
    <message>
        <source>Remo&amp;ve own risk</source>
        <extracomment>Button: remove the selected risk of your own (undo brings it back).</extracomment>
        <translation>Remo&amp;ve own risk</translation>
    </message>
    <message>
        <source>inherent</source>
        <extracomment>Which score a heat-map filter reads.</extracomment>
        <translation>inherent</translation>
    </message>
    <message>
        <source>residual now</source>
        <translation>residual now</translation>
    </message>
    <message>
        <source>Choose a risk in the table to see why it scores as it does.</source>
        <translation>Choose a risk in the table to see why it scores as it does.</translation>
    </message>
    <message>
        <source>No risk in this cell.</source>
        <translation>No risk in this cell.</translation>
    </message>
    <message>
        <source>Filtered on likelihood %1 and impact %2 (%3): %4 shown. Choose the cell again or “All risks” to show every risk.</source>
        <extracomment>Above the risk table while a heat-map cell filters it: %1 likelihood, %2 impact, %3 "inherent" or "residual now", %4 how many are shown ("3 risks").</extracomment>
        <translation>Filtered on likelihood %1 and impact %2 (%3): %4 shown. Choose the cell again or “All risks” to show every risk.</translation>
    </message>
    <message>
        <source>Showing all %1.</source>
        <extracomment>Above the risk table without a filter; %1 e.g. "25 risks".</extracomment>
        <translation>Showing all %1.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::RiskTableModel</name>
    <message>
        <source>%1 (own risk)</source>
        <extracomment>Title of a risk the user added, in the risk register.</extracomment>
        <translation>%1 (own risk)</translation>
    </message>
    <message>
        <source>A risk you added and rated yourself.</source>
        <extracomment>Tooltip on a risk the user added.</extracomment>
        <translation>A risk you added and rated yourself.</translation>
    </message>
    <message>
        <source>%1, overridden</source>
        <extracomment>Residual level replaced by the user's own judgement, e.g. "Low (1 × 2), overridden".</extracomment>
        <translation>%1, overridden</translation>
    </message>
    <message>
        <source>Overridden with a justification; computed: %1.</source>
        <extracomment>Tooltip: %1 is the computed residual level the override replaces.</extracomment>
        <translation>Overridden with a justification; computed: %1.</translation>
    </message>
    <message>
        <source>Risk</source>
        <extracomment>Risk register column.</extracomment>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Before any safeguard.</source>
        <extracomment>Risk register column header and its tooltip.</extracomment>
        <translation>Before any safeguard.</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message>
        <source>With the safeguards marked implemented, or your override.</source>
        <extracomment>Risk register column header and its tooltip.</extracomment>
        <translation>With the safeguards marked implemented, or your override.</translation>
    </message>
    <message>
        <source>Residual now</source>
        <translation>Residual now</translation>
    </message>
    <message>
        <source>When the planned safeguards are implemented too.</source>
        <extracomment>Risk register column header and its tooltip.</extracomment>
        <translation>When the planned safeguards are implemented too.</translation>
    </message>
    <message>
        <source>Residual as planned</source>
        <translation>Residual as planned</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>Risk register cell of a risk that does not apply to this processing.</extracomment>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>This risk does not apply to this processing and counts nowhere; choose it to see why.</source>
        <extracomment>Tooltip on such a cell.</extracomment>
        <translation>This risk does not apply to this processing and counts nowhere; choose it to see why.</translation>
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
        <translation>Evidence</translation>
    </message>
    <message>
        <source>About the selected safeguard</source>
        <extracomment>Accessible name of the description of the selected safeguard.</extracomment>
        <translation>About the selected safeguard</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <extracomment>Form label of the status of the selected safeguard.</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <extracomment>Form label of the evidence of the selected safeguard.</extracomment>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Choose a safeguard in the list.</source>
        <extracomment>Detail panel of the safeguards page without a selected safeguard.</extracomment>
        <translation>Choose a safeguard in the list.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Facts under a safeguard's title: %1 its kind, %2 what licence it needs.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a status first.</source>
        <extracomment>Placeholder of the evidence field while the safeguard has no status.</extracomment>
        <translation>Choose a status first.</translation>
    </message>
    <message>
        <source>What counts as evidence</source>
        <extracomment>Safeguard details heading.</extracomment>
        <translation>What counts as evidence</translation>
    </message>
    <message>
        <source>Meets these requirements</source>
        <extracomment>Safeguard details heading: the AVG and BIO requirements it helps meet.</extracomment>
        <translation>Meets these requirements</translation>
    </message>
    <message>
        <source>likelihood %1</source>
        <extracomment>How much a safeguard lowers likelihood, e.g. "likelihood −1".</extracomment>
        <translation>likelihood %1</translation>
    </message>
    <message>
        <source>impact %1</source>
        <extracomment>How much a safeguard lowers impact, e.g. "impact −1".</extracomment>
        <translation>impact %1</translation>
    </message>
    <message>
        <source>Lowers these risks</source>
        <extracomment>Safeguard details heading: the risks whose score it lowers.</extracomment>
        <translation>Lowers these risks</translation>
    </message>
    <message>
        <source>Its status is your answer to “%1”; the evidence is the note on that question.</source>
        <extracomment>Under a safeguard's title: its status is the answer to a questionnaire question (one fact, one place); %1 the question.</extracomment>
        <translation>Its status is your answer to “%1”; the evidence is the note on that question.</translation>
    </message>
    <message>
        <source>Not offered by the licence you chose: it needs %1.</source>
        <extracomment>Under a safeguard's title when the licence answered does not offer it; %1 what it needs.</extracomment>
        <translation>Not offered by the licence you chose: it needs %1.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardModel</name>
    <message>
        <source>%1 — %2 implemented, %3 planned of %4</source>
        <extracomment>A group of safeguards: %1 the kind, %2 implemented, %3 planned, %4 in all.</extracomment>
        <translation>%1 — %2 implemented, %3 planned of %4</translation>
    </message>
    <message>
        <source>Lowers no risk score by itself.</source>
        <extracomment>Tooltip of the number of risks a safeguard lowers.</extracomment>
        <translation>Lowers no risk score by itself.</translation>
    </message>
    <message>
        <source>Lowers: %1</source>
        <translation>Lowers: %1</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <extracomment>Safeguards column.</extracomment>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>The Microsoft 365 licence the safeguard needs.</source>
        <extracomment>Safeguards column header and its tooltip.</extracomment>
        <translation>The Microsoft 365 licence the safeguard needs.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Safeguards column.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>How you can show the safeguard is in place.</source>
        <extracomment>Safeguards column header and its tooltip.</extracomment>
        <translation>How you can show the safeguard is in place.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>How many risks of the baseline it lowers.</source>
        <extracomment>Safeguards column header and its tooltip.</extracomment>
        <translation>How many risks of the baseline it lowers.</translation>
    </message>
    <message>
        <source>Lowers risks</source>
        <translation>Lowers risks</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardStatusDelegate</name>
    <message>
        <source>Status of the safeguard</source>
        <extracomment>Accessible name of the status list in the safeguards table.</extracomment>
        <translation>Status of the safeguard</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SafeguardsPage</name>
    <message>
        <source>Safeguards</source>
        <extracomment>Heading of the safeguards page.</extracomment>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>The Microsoft 365 settings, contract terms and municipal measures of the baseline. Record for each one whether it is implemented or planned, with evidence; the risk register shows at once how the residual risk falls.</source>
        <extracomment>Introduction of the safeguards page.</extracomment>
        <translation>The Microsoft 365 settings, contract terms and municipal measures of the baseline. Record for each one whether it is implemented or planned, with evidence; the risk register shows at once how the residual risk falls.</translation>
    </message>
    <message>
        <source>All safeguards</source>
        <extracomment>Licence filter: every safeguard.</extracomment>
        <translation>All safeguards</translation>
    </message>
    <message>
        <source>Available with E3</source>
        <extracomment>Licence filter: what Microsoft 365 E3 offers.</extracomment>
        <translation>Available with E3</translation>
    </message>
    <message>
        <source>Available with E5</source>
        <extracomment>Licence filter: what Microsoft 365 E5 offers (E3's included).</extracomment>
        <translation>Available with E5</translation>
    </message>
    <message>
        <source>Available with my licence</source>
        <extracomment>Accessible name of the licence filter.</extracomment>
        <translation>Available with my licence</translation>
    </message>
    <message>
        <source>Search safeguards</source>
        <extracomment>Placeholder and accessible name of the search field of the safeguards page.</extracomment>
        <translation>Search safeguards</translation>
    </message>
    <message>
        <source>Available with my &amp;licence:</source>
        <extracomment>Label of the licence filter.</extracomment>
        <translation>Available with my &amp;licence:</translation>
    </message>
    <message>
        <source>Safeguards by kind</source>
        <extracomment>Accessible name of the safeguards checklist.</extracomment>
        <translation>Safeguards by kind</translation>
    </message>
    <message>
        <source>F2 changes the status of the selected safeguard; Enter moves to its details.</source>
        <extracomment>Accessible description of the safeguards checklist.</extracomment>
        <translation>F2 changes the status of the selected safeguard; Enter moves to its details.</translation>
    </message>
    <message>
        <source>%1 (of %2 safeguards)</source>
        <extracomment>Summary above the safeguards: counts per status, then the total.</extracomment>
        <translation>%1 (of %2 safeguards)</translation>
    </message>
</context>
<context>
    <name>dpia::ui::ScoreInputs</name>
    <message>
        <source>Likelihood</source>
        <extracomment>Accessible name of the likelihood choice (1-4).</extracomment>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <extracomment>Accessible name of the impact choice (1-4).</extracomment>
        <translation>Impact</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <extracomment>Form label of the likelihood choice.</extracomment>
        <translation>&amp;Likelihood:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <extracomment>Form label of the impact choice.</extracomment>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>Level:</source>
        <extracomment>Form label before the level that likelihood and impact give.</extracomment>
        <translation>Level:</translation>
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
    <name>dpia::ui::SignoffEditor</name>
    <message>
        <source>Advice and decisions with name and date</source>
        <extracomment>Accessible name of the table of sign-offs.</extracomment>
        <translation>Advice and decisions with name and date</translation>
    </message>
    <message>
        <source>Add a si&amp;gn-off</source>
        <extracomment>Buttons under the sign-offs table.</extracomment>
        <translation>Add a si&amp;gn-off</translation>
    </message>
    <message>
        <source>Remove sign-off</source>
        <translation>Remove sign-off</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Field labels of one sign-off.</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <source>e.g. “J. de Vries, data protection officer”</source>
        <translation>e.g. “J. de Vries, data protection officer”</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Accessible name of the date of a sign-off (empty: not yet dated).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Positive</source>
        <extracomment>Suggested outcomes of an advice or decision (the user may type another).</extracomment>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Positive with conditions</source>
        <translation>Positive with conditions</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Go ahead</translation>
    </message>
    <message>
        <source>Go ahead with conditions</source>
        <translation>Go ahead with conditions</translation>
    </message>
    <message>
        <source>Do not go ahead</source>
        <translation>Do not go ahead</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Text of the advice or decision</source>
        <translation>Text of the advice or decision</translation>
    </message>
    <message>
        <source>The advice or decision in full, with its conditions and what was done with it.</source>
        <translation>The advice or decision in full, with its conditions and what was done with it.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
</context>
<context>
    <name>dpia::ui::SignoffModel</name>
    <message>
        <source>Role</source>
        <extracomment>Column headers of the sign-offs table.</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
    <message>
        <source>Starts a new DPIA with the pre-scan: does this processing need one?</source>
        <extracomment>Tooltip of the new assessment button on the start page.</extracomment>
        <translation>Starts a new DPIA with the pre-scan: does this processing need one?</translation>
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
    <message>
        <source>Still to answer:</source>
        <extracomment>Pre-scan box: heading of the list of open questions that decide the outcome.</extracomment>
        <translation>Still to answer:</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <extracomment>Pre-scan outcome while questions that decide it are still open (the reason below says how many, the list which).</extracomment>
        <translation>Not decided yet.</translation>
    </message>
</context>
<context>
    <name>dpia::ui::WorkspacePages</name>
    <message>
        <source>Risk register</source>
        <comment>Navigator: the page with the risks and heat map.</comment>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <comment>Navigator: the checklist of safeguards.</comment>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>Requirement coverage</source>
        <comment>Navigator: AVG and BIO requirements met or open.</comment>
        <translation>Requirement coverage</translation>
    </message>
    <message>
        <source>Action plan</source>
        <comment>Navigator: the measures still to take.</comment>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Sign-off and status</source>
        <comment>Navigator: what is missing, sign-offs, status.</comment>
        <translation>Sign-off and status</translation>
    </message>
</context>
</TS>