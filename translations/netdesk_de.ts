<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/wizard/CaseWizard.cpp" line="+207"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is assessed, and when.</source>
        <translation>Wer wird wann beurteilt?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+186"/>
        <source>(not given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Assessment date</source>
        <translation>Beurteilungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new patient needs a family and a given name.</source>
        <translation>Geben Sie für einen neuen Patienten Nachname und Vorname ein.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Existing patient: %1, %2, born %3, %4</source>
        <translation>Bereits im Register: %1, %2, geboren %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This patient is %1 (since %2): assessments are for active patients.</source>
        <translation>Status dieses Patienten: %1 (seit %2). Beurteilungen sind nur für aktive Patienten vorgesehen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>from the therapy lines</source>
        <translation>aus den Therapielinien</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deceased</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transferred</source>
        <translation>weiterverlegt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pathology</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differentiation and proliferation; the grade is derived as you type.</source>
        <translation>Differenzierung und Proliferation; das Grading wird während der Eingabe abgeleitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differentiation</source>
        <translation>Differenzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ki-67 (%)</source>
        <translation>Ki-67 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <location line="+1"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Mitoses per 2 mm²</source>
        <translation>Mitosen pro 2 mm²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≥ 0</source>
        <translation>≥ 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported grade</source>
        <translation>Grading laut Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not reported)</source>
        <translation>(nicht im Befund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lung/thymus histology</source>
        <translation>Histologie Lunge/Thymus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not lung/thymus)</source>
        <translation>(nicht Lunge/Thymus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEC histology</source>
        <translation>NEC-Histologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Necrosis (lung/thymus)</source>
        <translation>Nekrose (Lunge/Thymus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(enter differentiation and Ki-67, mitoses or a reported grade)</source>
        <translation>(Geben Sie die Differenzierung und Ki-67, Mitosen oder das Grading laut Befund ein)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, grade %2</source>
        <translation>%1, Grading %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not graded</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
⚠ Ki-67 within 1 point of the %1 % cut-off: a recount may change the plan</source>
        <translation>
⚠ Ki-67 weniger als 1 Prozentpunkt vom Grenzwert %1 % entfernt: eine Nachzählung kann den Plan ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
⚠ reported grade differs from Ki-67/mitoses; the higher is used</source>
        <translation>
⚠ Grading laut Befund weicht von Ki-67/Mitosen ab; das höhere wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
⚠ poor differentiation with low proliferation: pathology review</source>
        <translation>
⚠ schlecht differenziert bei niedriger Proliferation: pathologische Nachbeurteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
⚠ histology, mitoses and differentiation disagree</source>
        <translation>
⚠ Histologie, Mitosen und Differenzierung widersprechen sich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary site and function</source>
        <translation>Primärlokalisation und Funktionalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the tumour started, and whether it makes hormones that cause symptoms.</source>
        <translation>Wo der Tumor entstanden ist und ob er Hormone bildet, die Beschwerden verursachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary site</source>
        <translation>Primärlokalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hormonal syndrome</source>
        <translation>Hormonelles Syndrom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syndrome not controlled on current therapy</source>
        <translation>Syndrom unter der aktuellen Therapie nicht kontrolliert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metastatic burden</source>
        <translation>Metastasenlast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites of metastatic disease (at least one: stage IV).</source>
        <translation>Lokalisationen der Metastasen (mindestens eine: Stadium IV).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metastases: %1</source>
        <translation>Metastasen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver lesions</source>
        <translation>Leberläsionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count ≥ 1</source>
        <translation>Anzahl ≥ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest liver lesion (cm)</source>
        <translation>Größte Leberläsion (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 0, ≤ 40</source>
        <translation>&gt; 0, ≤ 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver involvement (%)</source>
        <translation>Leberbefall (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resectable fraction (%)</source>
        <translation>Resektabler Anteil (%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clinical status</source>
        <translation>Klinischer Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance status, disease course, SSTR imaging and treatment so far.</source>
        <translation>Allgemeinzustand, Krankheitsverlauf, SSTR-Bildgebung und bisherige Behandlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disease status</source>
        <translation>Krankheitsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSTR imaging</source>
        <translation>SSTR-Bildgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary tumour resected</source>
        <translation>Primärtumor reseziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete (R0/R1) resection, no evidence of disease</source>
        <translation>Komplette Resektion (R0/R1), kein Tumornachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prior surgery</source>
        <translation>Vorangegangene Operationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prior therapies</source>
        <translation>Vortherapien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proton-pump inhibitor in use</source>
        <translation>Einnahme eines Protonenpumpenhemmers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renal impairment</source>
        <translation>Eingeschränkte Nierenfunktion</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Poor performance status caused by the cancer itself</source>
        <translation>Schlechter Allgemeinzustand durch die Tumorerkrankung selbst</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Pre-filled: %1</source>
        <translation>Vorausgefüllt: %1</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>New neurological symptoms</source>
        <translation>Neue neurologische Symptome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan as it will be stored. Decision support for the treating clinician.</source>
        <translation>Der Plan, wie er gespeichert wird. Entscheidungsunterstützung für die behandelnde Ärztin / den behandelnden Arzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan preview</source>
        <translation>Planvorschau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Still to correct before the plan can be computed:</source>
        <translation>Vor der Berechnung des Plans noch zu korrigieren:</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="+50"/>
        <source>&lt;br/&gt;&lt;small&gt;Source: %1&lt;/small&gt;</source>
        <translation>&lt;br/&gt;&lt;small&gt;Quelle: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h4&gt;Sources&lt;/h4&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;Quellen&lt;/h4&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First line</source>
        <translation>Erstlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later line</source>
        <translation>Spätere Linien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptom control</source>
        <translation>Symptomkontrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local and surgical</source>
        <translation>Lokal und chirurgisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supportive</source>
        <translation>Supportiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⛔ CRITICAL</source>
        <translation>⛔ KRITISCH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ CAUTION</source>
        <translation>⚠ VORSICHT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ℹ INFO</source>
        <translation>ℹ HINWEIS</translation>
    </message>
</context>
<context>
    <name>netdesk::BoardDialog</name>
    <message>
        <location filename="../ui/board/BoardDialog.cpp" line="+42"/>
        <source>Tumour board meetings</source>
        <translation>Tumorkonferenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>Konferenzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question for the board (double-click to edit)</source>
        <translation>Frage an die Tumorkonferenz (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question for the board</source>
        <translation>Frage an die Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for the board (optional), e.g. start PRRT or continue SSA?</source>
        <translation>Frage an die Tumorkonferenz (optional), z. B. PRRT beginnen oder SSA fortführen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neue Konferenz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the current patient</source>
        <translation>Aktuellen Patienten &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add %1</source>
        <translation>%1 &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Present (full screen)</source>
        <translation>&amp;Präsentieren (Vollbild)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose meeting…</source>
        <translation>Konferenz a&amp;bschließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary PDF…</source>
        <translation>&amp;Zusammenfassung als PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anon&amp;ymous summary PDF…</source>
        <translation>An&amp;onyme Zusammenfassung als PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print s&amp;ummary…</source>
        <translation>Zusammenfassung dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Question for the board:</source>
        <translation>&amp;Frage an die Tumorkonferenz:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attendees:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deferred</source>
        <translation>vertagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click or type to change the question</source>
        <translation>Zum Ändern der Frage doppelklicken oder tippen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The question was not saved: %1</source>
        <translation>Die Frage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question of case %1 saved.</source>
        <translation>Frage zu Fall %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%1 · %2 · %3 · %n case(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n Fall</numerusform>
            <numerusform>%1 · %2 · %3 · %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New tumour board meeting</source>
        <translation>Neue Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NET tumour board</source>
        <translation>NET-Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line: name: role, e.g.
A. Weber: medical oncology</source>
        <translation>Eine Person pro Zeile: Name: Fachrichtung, z. B.
A. Weber: Internistische Onkologie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendees:</source>
        <translation>T&amp;eilnehmende:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meeting %1 created.</source>
        <translation>Konferenz %1 angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was not added to the agenda: %2</source>
        <translation>%1 wurde nicht zur Tagesordnung hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is case %2 of the agenda.</source>
        <translation>%1 ist Fall %2 der Tagesordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close meeting</source>
        <translation>Konferenz abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the meeting? Its decisions can no longer change afterwards.</source>
        <translation>Konferenz abschließen? Ihre Beschlüsse können danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting closed.</source>
        <translation>Konferenz abgeschlossen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Print summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the anonymous version (case numbers, sex and age bands only)? No prints the identified version.</source>
        <translation>Die anonyme Fassung drucken (nur Fallnummer, Geschlecht und Altersgruppe)? Nein druckt die identifizierte Fassung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save summary PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netdesk::BoardSummary</name>
    <message>
        <location filename="../core/report/BoardSummary.cpp" line="+23"/>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred</source>
        <translation>vertagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tumour board summary (anonymous)</source>
        <translation>Zusammenfassung der Tumorkonferenz (anonym)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tumour board summary</source>
        <translation>Zusammenfassung der Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>closed %1 by %2</source>
        <translation>abgeschlossen am %1 durch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open (decisions may still change)</source>
        <translation>offen (Beschlüsse können sich noch ändern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and decisions</source>
        <translation>Tagesordnung und Beschlüsse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category and plan</source>
        <translation>Kategorie und Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1 · %2 · %3</source>
        <translation>Fall %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chosen:</source>
        <translation>Gewählt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded %1 by %2</source>
        <translation>festgehalten am %1 durch %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed %1. NETDesk supports, and does not replace, the board&apos;s clinical decision.</source>
        <translation>Gedruckt am %1. NETDesk unterstützt die klinische Entscheidung der Tumorkonferenz und ersetzt sie nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymous version: patients appear as case number, sex and age band.</source>
        <translation>Anonyme Fassung: Patientinnen und Patienten erscheinen nur als Fallnummer, Geschlecht und Altersgruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified version: confidential patient information.</source>
        <translation>Identifizierte Fassung: vertrauliche Patientendaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>netdesk::BoardView</name>
    <message>
        <location filename="../core/board/BoardView.cpp" line="+60"/>
        <source>90 or over</source>
        <translation>90 oder älter</translation>
    </message>
</context>
<context>
    <name>netdesk::CaseWizard</name>
    <message>
        <location filename="../ui/wizard/CaseWizard.cpp" line="+33"/>
        <source>New assessment</source>
        <translation>Neue Beurteilung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>netdesk::CourseChart</name>
    <message>
        <location filename="../ui/course/CourseChart.cpp" line="+35"/>
        <source>response (complete or partial)</source>
        <translation>Ansprechen (komplette oder partielle Remission)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Course: therapy lines, markers and imaging</source>
        <translation>Verlauf: Therapielinien, Marker und Bildgebung</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(date)</source>
        <translation>(Datum)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at the meeting</source>
        <translation>am Tag der Konferenz</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) before the meeting</source>
        <translation>
            <numerusform>%n Tag vor der Konferenz</numerusform>
            <numerusform>%n Tage vor der Konferenz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) after the meeting</source>
        <translation>
            <numerusform>%n Tag nach der Konferenz</numerusform>
            <numerusform>%n Tage nach der Konferenz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) before the meeting</source>
        <translation>
            <numerusform>%n Monat vor der Konferenz</numerusform>
            <numerusform>%n Monate vor der Konferenz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) after the meeting</source>
        <translation>
            <numerusform>%n Monat nach der Konferenz</numerusform>
            <numerusform>%n Monate nach der Konferenz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>meeting</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months before (−) and after (+) the meeting</source>
        <translation>Monate vor (−)/nach (+) der Konferenz</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Therapy lines: none recorded.</source>
        <translation>Therapielinien: keine erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapy lines:</source>
        <translation>Therapielinien:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: from %2 to %3</source>
        <translation>%1: Beginn %2, Ende %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: from %2, running</source>
        <translation>%1: Beginn %2, laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; stopped: %1</source>
        <translation>; beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; best response: %1</source>
        <translation>; bestes Ansprechen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markers: none recorded.</source>
        <translation>Marker: keine erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markers (last value):</source>
        <translation>Marker (letzter Wert):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 × ULN)</source>
        <translation> (%1 × ONG)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n result(s)</source>
        <translation>
            <numerusform> · %n Messwert</numerusform>
            <numerusform> · %n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imaging: none recorded.</source>
        <translation>Bildgebung: keine erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imaging (RECIST 1.1):</source>
        <translation>Bildgebung (RECIST 1.1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marker result(s) without an upper limit of normal are not shown as × ULN.</source>
        <translation>
            <numerusform>%n Markerwert ohne obere Normgrenze wird nicht als × ONG dargestellt.</numerusform>
            <numerusform>%n Markerwerte ohne obere Normgrenze werden nicht als × ONG dargestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 (× ULN)</source>
        <translation>%1 (× ONG)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>stopped: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>best: %1</source>
        <translation>bestes Ansprechen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No therapy line recorded</source>
        <translation>Keine Therapielinie erfasst</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>upper limit of normal</source>
        <translation>obere Normgrenze</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No marker result recorded</source>
        <translation>Kein Markerwert erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No marker result with an upper limit of normal</source>
        <translation>Kein Markerwert mit oberer Normgrenze</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n result(s) without an upper limit of normal not shown.</source>
        <translation>
            <numerusform>%n Wert ohne obere Normgrenze nicht dargestellt.</numerusform>
            <numerusform>%n Werte ohne obere Normgrenze nicht dargestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netdesk::DoneDialog</name>
    <message>
        <location filename="../ui/registry/DoneDialog.cpp" line="+23"/>
        <source>Done: %1 for %2, %3</source>
        <translation>Erledigt: %1 für %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date done</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on (YYYY-MM-DD)</source>
        <translation>Erledigt am (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imaging result (RECIST 1.1)</source>
        <translation>Ergebnis der Bildgebung (RECIST 1.1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imaging note</source>
        <translation>Anmerkung zur Bildgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s gist (optional)</source>
        <translation>Kernaussage des Befunds (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result (RECIST 1.1)</source>
        <translation>Ergebnis (RECIST 1.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Upper limit of normal</source>
        <translation>Obere Normgrenze</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>as printed on the lab report (optional)</source>
        <translation>wie auf dem Laborbefund angegeben (optional)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>(no result yet)</source>
        <translation>(noch kein Ergebnis)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>Test</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Result value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>netdesk::FreeTextScreen</name>
    <message>
        <location filename="../core/board/FreeTextScreen.cpp" line="+20"/>
        <source>[name]</source>
        <translation>[Name]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[record number]</source>
        <translation>[Patientennummer]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[date]</source>
        <translation>[Datum]</translation>
    </message>
</context>
<context>
    <name>netdesk::ImpactDialog</name>
    <message>
        <location filename="../ui/kb/ImpactDialog.cpp" line="+27"/>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to consider</source>
        <translation>zu erwägen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contraindicated</source>
        <translation>kontraindiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not preferred</source>
        <translation>nicht bevorzugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first line</source>
        <translation>Erstlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>later line</source>
        <translation>spätere Linie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>symptom control</source>
        <translation>Symptomkontrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local therapy</source>
        <translation>Lokaltherapie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supportive</source>
        <translation>supportive Maßnahme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>follow-up %1: every %2 months instead of every %3 months</source>
        <translation>Nachsorge (%1): alle %2 Monate statt alle %3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning “%1”</source>
        <translation>Warnhinweis „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recommended: %1 (%2)</source>
        <translation>empfohlen: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer recommended: %1</source>
        <translation>nicht mehr empfohlen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>%1: %2 instead of %3</source>
        <translation>%1: %2 statt %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: as %2 instead of %3</source>
        <translation>%1: als %2 statt als %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to avoid: %1 (%2)</source>
        <translation>zu vermeiden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer to avoid: %1</source>
        <translation>nicht mehr zu vermeiden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to avoid: %1, %2 instead of %3</source>
        <translation>zu vermeiden: %1, %2 statt %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer: %1</source>
        <translation>entfallen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impact of a knowledge-base update</source>
        <translation>Auswirkungen einer Aktualisierung der Wissensbasis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new knowledge-base file: every active patient&apos;s latest case is planned again with it and compared with the stored plan. Nothing is stored unless you re-assess.</source>
        <translation>Wählen Sie eine neue Wissensbasis-Datei: Der jeweils neueste Fall jedes aktiven Patienten wird damit neu geplant und mit dem gespeicherten Plan verglichen. Gespeichert wird nur, wenn Sie neu beurteilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New knowledge-base file</source>
        <translation>Neue Wissensbasis-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patients planned again</source>
        <translation>Neu geplante Patienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m patients</source>
        <translation>%v von %m Patienten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patients whose plan would change</source>
        <translation>Patienten, deren Plan sich ändern würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Patientennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What would change</source>
        <translation>Was sich ändern würde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-assess &amp;selected</source>
        <translation>&amp;Ausgewählte neu beurteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-assess &amp;all changed</source>
        <translation>Alle &amp;geänderten neu beurteilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New knowledge base</source>
        <translation>Neue Wissensbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base (*.json)</source>
        <translation>Wissensbasis (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not a usable knowledge base: %1</source>
        <translation>Keine verwendbare Wissensbasis: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Knowledge base %1 → %2: the plans of %3 of %4 active patients would change.</source>
        <translation>Wissensbasis %1 → %2: Die Pläne von %3 der %4 aktiven Patienten würden sich ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s) cannot be planned with the new version.</source>
        <translation>
            <numerusform>%n Fall kann mit der neuen Version nicht geplant werden.</numerusform>
            <numerusform>%n Fälle können mit der neuen Version nicht geplant werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n patient(s) re-assessed with version %1.</source>
        <translation>
            <numerusform>%n Patient mit Version %1 neu beurteilt.</numerusform>
            <numerusform>%n Patienten mit Version %1 neu beurteilt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not re-assessed: %1</source>
        <translation>Nicht neu beurteilt: %1</translation>
    </message>
</context>
<context>
    <name>netdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+72"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deceased</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transferred</source>
        <translation>weiterverlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NETDesk</source>
        <translation>NETDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient page</source>
        <translation>Patientenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;NETDesk&lt;/h2&gt;&lt;p&gt;Decision support for the treating clinician. Choose a patient on the left, or a reminder on the right.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NETDesk&lt;/h2&gt;&lt;p&gt;Entscheidungsunterstützung für die behandelnde Ärztin / den behandelnden Arzt. Wählen Sie links einen Patienten oder rechts eine Erinnerung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Markers as multiples of the upper limit of normal (× ULN)</source>
        <translation>Marker als Vielfaches der oberen Normgrenze (× ONG)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Course: therapy lines, markers and imaging</source>
        <translation>Verlauf: Therapielinien, Marker und Bildgebung</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>⚑ review: %n reason(s)</source>
        <translation>
            <numerusform>⚑ Neubeurteilung: %n Grund</numerusform>
            <numerusform>⚑ Neubeurteilung: %n Gründe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registry: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New patient and assessment…</source>
        <translation>&amp;Neuer Patient und Beurteilung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;assessment of this patient…</source>
        <translation>Neue &amp;Beurteilung dieses Patienten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tart a therapy line…</source>
        <translation>Therapielinie &amp;starten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;op a therapy line…</source>
        <translation>&amp;Therapielinie beenden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print or save PDF…</source>
        <translation>&amp;Drucken oder als PDF speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a patient first: the printout is of their latest plan.</source>
        <translation>Wählen Sie zuerst einen Patienten aus: Der Ausdruck zeigt dessen neuesten Plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Board</source>
        <translation>&amp;Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour board &amp;meetings…</source>
        <translation>Tumor&amp;konferenzen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Impact of a knowledge-base update…</source>
        <translation>&amp;Auswirkungen einer Aktualisierung der Wissensbasis…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reminders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NETDesk</source>
        <translation>&amp;Über NETDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search by name or record number</source>
        <translation>Suche nach Name oder Patientennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient search</source>
        <translation>Patientensuche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only patients who need &amp;review</source>
        <translation>Nur Patienten, die eine &amp;Neubeurteilung benötigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients whose course since their last assessment asks for a new one</source>
        <translation>Patienten, deren Verlauf seit der letzten Beurteilung eine neue erfordert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reminder filter</source>
        <translation>Erinnerungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the next 14 days</source>
        <translation>Fällig in den nächsten 14 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a new assessment</source>
        <translation>Neubeurteilung erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark &amp;done…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patients who need a new assessment</source>
        <translation>Patienten, die eine Neubeurteilung benötigen</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n patient(s) need a new assessment</source>
        <translation>
            <numerusform>%n Patient benötigt eine Neubeurteilung</numerusform>
            <numerusform>%n Patienten benötigen eine Neubeurteilung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a patient first.</source>
        <translation>Wählen Sie zuerst einen Patienten aus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>progression</source>
        <translation>progrediente Erkrankung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stable disease</source>
        <translation>stabile Erkrankung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the imaging of %1 (%2)</source>
        <translation>aus der Bildgebung vom %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the therapy lines</source>
        <translation>aus den Therapielinien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the assessment of %1</source>
        <translation>aus der Beurteilung vom %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;p&gt;Knowledge base &lt;b&gt;%1&lt;/b&gt;, version &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;&lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;Review status: %4 statements (%5)&lt;br/&gt;&lt;small&gt;SHA-256 %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wissensbasis &lt;b&gt;%1&lt;/b&gt;, Version &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;&lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;Prüfstatus: %4 Aussagen (%5)&lt;br/&gt;&lt;small&gt;SHA-256 %6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;NETDesk %1&lt;/h3&gt;&lt;p&gt;Decision support for metastatic neuroendocrine neoplasms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NETDesk supports the treating clinician&apos;s decision; it does not replace it.&lt;/b&gt; Every recommendation shows its source and how far it was checked: &apos;checked against its source&apos; means it was read in a cited primary source, not that a clinician reviewed it; &apos;pending: not yet checked&apos; marks statements pending clinical review.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NETDesk %1&lt;/h3&gt;&lt;p&gt;Entscheidungsunterstützung bei metastasierten neuroendokrinen Neoplasien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NETDesk unterstützt die Entscheidung der behandelnden Ärztin / des behandelnden Arztes; es ersetzt sie nicht.&lt;/b&gt; Jede Empfehlung nennt ihre Quelle und wie weit sie geprüft wurde: „an der Quelle geprüft“ heißt, dass sie in einer zitierten Primärquelle nachgelesen wurde, nicht dass ein Kliniker sie geprüft hat; „ausstehend: noch nicht geprüft“ kennzeichnet Aussagen, deren klinische Prüfung aussteht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Welcome to NETDesk</source>
        <translation>Willkommen bei NETDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty patient registry was created at:
%1

Load 40 demo patients to try NETDesk? They are fictitious, their record numbers start with DEMO-, and each page says so.</source>
        <translation>Ein neues, leeres Patientenregister wurde angelegt unter:
%1

Möchten Sie 40 Demo-Patienten laden, um NETDesk auszuprobieren? Sie sind fiktiv, ihre Patientennummern beginnen mit DEMO-, und jede Seite weist darauf hin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;demo patients</source>
        <translation>&amp;Demo-Patienten laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo patients</source>
        <translation>Demo-Patienten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>40 fictitious demo patients loaded (record numbers DEMO-…)</source>
        <translation>40 fiktive Demo-Patienten geladen (Patientennummern DEMO-…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About NETDesk</source>
        <translation>Über NETDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;%1, %2&lt;/h2&gt;&lt;p&gt;Record %3 · born %4 · %5 · &lt;b&gt;%6&lt;/b&gt;%7&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1, %2&lt;/h2&gt;&lt;p&gt;Patientennr. %3 · geboren %4 · %5 · &lt;b&gt;%6&lt;/b&gt;%7&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;⚠ Fictitious demo patient&lt;/b&gt;: generated to try NETDesk, not a real person.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;⚠ Fiktiver Demo-Patient&lt;/b&gt;: zum Ausprobieren von NETDesk erzeugt, keine reale Person.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;⚑ Needs a new assessment&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;⚑ Neubeurteilung erforderlich&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Ctrl+Shift+N starts the new assessment from the course.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Strg+Umschalt+N startet die Neubeurteilung aus dem Verlauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Therapy lines&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Therapielinien&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;None recorded. Ctrl+T starts one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine erfasst. Strg+T startet eine Therapielinie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best response</source>
        <translation>Bestes Ansprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Follow-up&lt;/h3&gt;&lt;table cellspacing=&apos;4&apos;&gt;</source>
        <translation>&lt;h3&gt;Nachsorge&lt;/h3&gt;&lt;table cellspacing=&apos;4&apos;&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Ergebnisse&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (upper limit of normal %1; %2 × ULN)</source>
        <translation> (obere Normgrenze %1; %2 × ONG)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>response (recorded before RECIST categories)</source>
        <translation>Ansprechen (vor Einführung der RECIST-Kategorien erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imaging: %1</source>
        <translation>Bildgebung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;Tumour board&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Tumorkonferenz&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (chosen: %1)</source>
        <translation> (gewählt: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Assessments&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Beurteilungen&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;hr/&gt;</source>
        <translation>&lt;hr/&gt;</translation>
    </message>
</context>
<context>
    <name>netdesk::PatientListModel</name>
    <message>
        <location filename="../ui/registry/PatientListModel.cpp" line="+136"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>⚑ review: %n reason(s)</source>
        <translation>
            <numerusform>⚑ Neubeurteilung: %n Grund</numerusform>
            <numerusform>⚑ Neubeurteilung: %n Gründe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record</source>
        <translation>Patientennr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Neubeurteilung</translation>
    </message>
</context>
<context>
    <name>netdesk::PlanText</name>
    <message>
        <location filename="../core/interop/PlanText.cpp" line="+49"/>
        <source>First line</source>
        <translation>Erstlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later line</source>
        <translation>Spätere Linien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptom control</source>
        <translation>Symptomkontrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local and surgical</source>
        <translation>Lokal und chirurgisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supportive</source>
        <translation>Supportiv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NETDesk plan</source>
        <translation>NETDesk-Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every statement names its sources and says how far it was checked: [checked against its source] (read in a cited primary source; not a clinical review) or [pending: not yet checked] (pending clinical review).</source>
        <translation>Jede Aussage nennt ihre Quellen und wie weit sie geprüft wurde: [an der Quelle geprüft] (in einer zitierten Primärquelle nachgelesen; keine klinische Prüfung) oder [ausstehend: noch nicht geprüft] (klinische Prüfung ausstehend).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment date %1 · knowledge base %2 %3 (sha256 %4…) · follow-up protocol %5</source>
        <translation>Beurteilungsdatum %1 · Wissensbasis %2 %3 (sha256 %4…) · Nachsorgeprotokoll %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CLASSIFICATION</source>
        <translation>KLASSIFIKATION</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, grade %2</source>
        <translation>%1, Grading %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not graded (null)</source>
        <translation>nicht bestimmt (null)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WARNINGS (%1)</source>
        <translation>WARNHINWEISE (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+17"/>
        <source>why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>RECOMMENDATIONS (%1)</source>
        <translation>EMPFEHLUNGEN (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>note%1: %2 (%3)</source>
        <translation>Hinweis%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AVOID (%1)</source>
        <translation>VERMEIDEN (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PROGNOSIS</source>
        <translation>PROGNOSE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference outcomes:</source>
        <translation>Referenzergebnisse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>caveat:</source>
        <translation>Einschränkung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FOLLOW-UP (%1: %2)</source>
        <translation>NACHSORGE (%1: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or</source>
        <comment>between imaging modalities: CT or MRI</comment>
        <translation>oder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 every %3 months%4: %5</source>
        <translation>%1 %2 alle %3 Monate%4: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>because:</source>
        <translation>weil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note%1: %2</source>
        <translation>Hinweis%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REFERENCES</source>
        <translation>LITERATUR</translation>
    </message>
</context>
<context>
    <name>netdesk::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="+9"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not graded</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Plan of %1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plan vom %1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, grade %2&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, Grading %2&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;Warnings (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Warnhinweise (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h4&gt;Recommendations&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Empfehlungen&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;Avoid&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Vermeiden&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h4&gt;Prognosis&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Prognose&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;h4&gt;Follow-up (%1)&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Nachsorge (%1)&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;, %2; next &lt;b&gt;%3&lt;/b&gt;%4&lt;br/&gt;%5%6%7&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;, %2; nächster Termin &lt;b&gt;%3&lt;/b&gt;%4&lt;br/&gt;%5%6%7&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
</context>
<context>
    <name>netdesk::PresentationWindow</name>
    <message>
        <location filename="../ui/board/PresentationWindow.cpp" line="+76"/>
        <source>NETDesk · tumour board · confidential</source>
        <translation>NETDesk · Tumorkonferenz · vertraulich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CONFIDENTIAL · tumour board</source>
        <translation>VERTRAULICH · Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ / Page Down: next   ← / Page Up: previous   Ctrl+U: markers × ULN or measured   Esc: leave</source>
        <translation>→ / Bild ab: nächster   ← / Bild auf: voriger   Strg+U: Marker × ONG oder Messwert   Esc: beenden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Decision of the board</source>
        <translation>Beschluss der Tumorkonferenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations chosen by the board</source>
        <translation>Von der Tumorkonferenz gewählte Empfehlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a therapy line today</source>
        <translation>Therapielinie heute starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision (free text)</source>
        <translation>Beschluss (Freitext)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board&apos;s decision, e.g. start lanreotide; restage in 3 months</source>
        <translation>Beschluss der Tumorkonferenz, z. B. Beginn mit Lanreotid; Re-Staging in 3 Monaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record as discussed (Ctrl+Enter)</source>
        <translation>Als besprochen festhalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defer (Ctrl+D)</source>
        <translation>Vertagen (Strg+D)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Start a therapy line today: %1</source>
        <translation>Therapielinie heute starten: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Leave the presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s) have a decision typed but not recorded. Leave and discard it?</source>
        <translation>
            <numerusform>Bei %n Fall ist ein Beschluss eingegeben, aber nicht festgehalten. Beenden und verwerfen?</numerusform>
            <numerusform>Bei %n Fällen ist ein Beschluss eingegeben, aber nicht festgehalten. Beenden und verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agenda is empty</source>
        <translation>Die Tagesordnung ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case %1 of %2 · %3 · %4</source>
        <translation>Fall %1 von %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question for the board: none recorded</source>
        <translation>Frage an die Tumorkonferenz: keine erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for the board: %1</source>
        <translation>Frage an die Tumorkonferenz: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not graded</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grade %1</source>
        <translation>Grading %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since the plan</source>
        <translation>Seit dem Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan of %1, made %2.</source>
        <translation>Plan vom %1, erstellt %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day 0 is the meeting; no date is shown.</source>
        <translation>Tag 0 ist der Konferenztag; Daten werden nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change flagged since the plan.</source>
        <translation>Seit dem Plan keine Änderung gemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disease</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differentiation</source>
        <translation>Differenzierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · Ki-67 %1 %</source>
        <translation> · Ki-67 %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktionalität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (uncontrolled)</source>
        <translation> (nicht kontrolliert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metastases</source>
        <translation>Metastasen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n Läsion</numerusform>
            <numerusform>%n Läsionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest %1 cm</source>
        <translation>größte %1 cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % of the liver</source>
        <translation>%1 % der Leber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % resectable</source>
        <translation>%1 % resektabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liver burden</source>
        <translation>Lebertumorlast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSTR imaging</source>
        <translation>SSTR-Bildgebung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prior therapy</source>
        <translation>Vortherapie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prior surgery</source>
        <translation>Vorangegangene Operationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adverse prognosis factors</source>
        <translation>Ungünstige Prognosefaktoren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: discussed</source>
        <translation>Festgehalten: besprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: deferred</source>
        <translation>Festgehalten: vertagt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not recorded: %1</source>
        <translation>Nicht festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>netdesk::ReminderModel</name>
    <message>
        <location filename="../ui/registry/ReminderModel.cpp" line="+81"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Patientennr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tests</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>netdesk::Report</name>
    <message>
        <location filename="../core/report/Report.cpp" line="+51"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-line treatment</source>
        <translation>Erstlinientherapie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later-line treatment</source>
        <translation>Therapie in späteren Linien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptom control</source>
        <translation>Symptomkontrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local and surgical treatment</source>
        <translation>Lokale und chirurgische Therapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supportive care and work-up</source>
        <translation>Supportive Maßnahmen und Diagnostik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consider</source>
        <translation>erwägen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAUTION</source>
        <translation>VORSICHT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contraindicated</source>
        <translation>kontraindiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not preferred</source>
        <translation>nicht bevorzugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(Your team is still checking this point.)</source>
        <translation>(Ihr Team prüft diesen Punkt noch.)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>not recorded (plan from a case file)</source>
        <translation>nicht erfasst (Plan aus einer Falldatei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 · record %3 · born %4 · %5</source>
        <translation>%1, %2 · Patientennr. %3 · geb. %4 · %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Knowledge base %1, version %2</source>
        <translation>Wissensbasis %1, Version %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+244"/>
        <source>Treatment plan: metastatic neuroendocrine neoplasm</source>
        <translation>Behandlungsplan: metastasierte neuroendokrine Neoplasie</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment date</source>
        <translation>Beurteilungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Druckdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, version %2 (SHA-256 %3…)</source>
        <translation>%1, Version %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinical review</source>
        <translation>Klinische Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every statement of this plan is checked against its source (not a clinical review)</source>
        <translation>alle Aussagen dieses Plans sind an der Quelle geprüft (keine klinische Prüfung)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n statement(s) of this plan are pending: not yet checked against a primary source, and marked so</source>
        <translation>
            <numerusform>%n Aussage dieses Plans ist ausstehend: noch nicht an einer Primärquelle geprüft, und entsprechend markiert</numerusform>
            <numerusform>%n Aussagen dieses Plans sind ausstehend: noch nicht an einer Primärquelle geprüft, und entsprechend markiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not graded</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade %1</source>
        <translation>Grading %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prognosis</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse factors present</source>
        <translation>Vorliegende ungünstige Faktoren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference outcomes (trial or series populations, not a prediction for this patient)</source>
        <translation>Referenzergebnisse (Studien- oder Fallserienpopulationen, keine Vorhersage für den Einzelfall)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next date</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why and notes</source>
        <translation>Begründung und Hinweise</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+117"/>
        <source>Your treatment plan</source>
        <translation>Ihr Behandlungsplan</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>For %1 %2, born %3</source>
        <translation>Für %1 %2, geboren am %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discussed on %1%2%3</source>
        <translation>Besprochen am %1%2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please note:</source>
        <translation>Bitte beachten Sie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About your tumour</source>
        <translation>Über Ihren Tumor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What your team will discuss with you</source>
        <translation>Was Ihr Behandlungsteam mit Ihnen besprechen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the options that fit your situation. Your team will talk them through with you and decide together with you.</source>
        <translation>Diese Möglichkeiten passen zu Ihrer Situation. Ihr Behandlungsteam bespricht sie mit Ihnen. Sie entscheiden gemeinsam.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Treatments that are not right for you now</source>
        <translation>Behandlungen, die jetzt nicht für Sie geeignet sind</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Important points</source>
        <translation>Wichtige Hinweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your next appointments and tests</source>
        <translation>Ihre nächsten Termine und Untersuchungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What and why</source>
        <translation>Was und warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to prepare</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing special.</source>
        <translation>Keine besondere Vorbereitung nötig.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results from studies</source>
        <translation>Ergebnisse aus Studien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your doctor chose to show these figures. They describe groups of patients in studies, not what will happen to you.</source>
        <translation>Ihre Ärztin oder Ihr Arzt hat entschieden, Ihnen diese Zahlen zu zeigen. Sie beschreiben Gruppen von Patienten in Studien. Sie sagen nicht voraus, was bei Ihnen geschehen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions you may want to ask</source>
        <translation>Fragen, die Sie stellen können</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words used in this printout</source>
        <translation>Begriffe in diesem Ausdruck</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2 NETDesk supports, and does not replace, the clinical team&apos;s decision.</source>
        <translation>%1 · %2 NETDesk unterstützt die Entscheidung des Behandlungsteams und ersetzt sie nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>netdesk::ReportDialog</name>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="+45"/>
        <source>Print or save the plan of %1</source>
        <translation>Plan von %1 drucken oder speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient (plain language, no doses)</source>
        <translation>Patient (allgemein verständlich, ohne Dosierungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional (regimens, evidence)</source>
        <translation>Fachpersonal (Schemata, Evidenz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show reference outcomes (survival figures) on the patient printout</source>
        <translation>Referenzergebnisse (Überlebensdaten) auf dem Patientenausdruck zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clinic:</source>
        <translation>&amp;Klinik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;linician:</source>
        <translation>Ärztin/&amp;Arzt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>netdesk::ReviewWords</name>
    <message>
        <location filename="../core/interop/ReviewWords.cpp" line="+46"/>
        <source>checked against its source</source>
        <translation>an der Quelle geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft: not checked at all</source>
        <translation>Entwurf: überhaupt nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending: not yet checked</source>
        <translation>ausstehend: noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>read in the source</source>
        <translation>in der Quelle nachgelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>details unconfirmed</source>
        <translation>Angaben unbestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known through a secondary source</source>
        <translation>nur aus einer Sekundärquelle bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seed article</source>
        <translation>der Ausgangsartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status not recorded</source>
        <translation>Status nicht erfasst</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No clinician has reviewed this knowledge base.</source>
        <translation>Kein Kliniker hat diese Wissensbasis geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored under the earlier wording &apos;approved&apos;, which meant only checked against a primary text; shown as pending.</source>
        <translation>Gespeichert unter der früheren Bezeichnung „approved“, die nur „an einem Primärtext geprüft“ bedeutete; als ausstehend angezeigt.</translation>
    </message>
</context>
<context>
    <name>netdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+41"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the registry file</source>
        <translation>Registerdatei suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NETDesk registry (*.sqlite);;All files (*)</source>
        <translation>NETDesk-Register (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Registry file:</source>
        <translation>&amp;Registerdatei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default follow-up &amp;protocol:</source>
        <translation>Standard-Nachsorge&amp;protokoll:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional (regimens, evidence)</source>
        <translation>Fachpersonal (Schemata, Evidenz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient (plain language)</source>
        <translation>Patient (allgemein verständlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default printout &amp;audience:</source>
        <translation>Standard-&amp;Zielgruppe der Ausdrucke:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clinic name (printouts):</source>
        <translation>&amp;Name der Klinik (Ausdrucke):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;linician (printouts):</source>
        <translation>Ärztin/&amp;Arzt (Ausdrucke):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new registry file or language takes effect the next time NETDesk starts.</source>
        <translation>Eine neue Registerdatei oder Sprache wird beim nächsten Start von NETDesk wirksam.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Registry file: give a file path, e.g. %1</source>
        <translation>Registerdatei: Geben Sie einen Dateipfad an, z. B. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry file: &apos;%1&apos; is not an absolute path; give the full path of the file</source>
        <translation>Registerdatei: „%1“ ist kein absoluter Pfad; geben Sie den vollständigen Pfad der Datei an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry file: &apos;%1&apos; is a folder; give a file name inside it, e.g. %2</source>
        <translation>Registerdatei: „%1“ ist ein Ordner; geben Sie einen Dateinamen darin an, z. B. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry file: the folder %1 cannot be created</source>
        <translation>Registerdatei: Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>netdesk::TherapyDialog</name>
    <message>
        <location filename="../ui/registry/TherapyDialog.cpp" line="+40"/>
        <source>Start a therapy line</source>
        <translation>Therapielinie starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a therapy line</source>
        <translation>Therapielinie beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running therapy line</source>
        <translation>Laufende Therapielinie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Therapy line</source>
        <translation>Therapielinie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on (YYYY-MM-DD)</source>
        <translation>Begonnen am (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped on (YYYY-MM-DD)</source>
        <translation>Beendet am (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for stopping</source>
        <translation>Grund für die Beendigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Best response (RECIST 1.1)</source>
        <translation>Bestes Ansprechen (RECIST 1.1)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(not assessed)</source>
        <translation>(nicht beurteilt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This patient has no running therapy line.</source>
        <translation>Dieser Patient hat keine laufende Therapielinie.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
</TS>
