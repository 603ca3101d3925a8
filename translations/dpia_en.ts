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
    <name>dpia::ui::MainWindow</name>
    <message>
        <source>DPIA Assistent</source>
        <translation>DPIA Assistent</translation>
    </message>
    <message>
        <source>Welcome to DPIA Assistent.</source>
        <translation>Welcome to DPIA Assistent.</translation>
    </message>
    <message>
        <source>Every change is saved automatically.</source>
        <translation>Every change is saved automatically.</translation>
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
</context>
</TS>