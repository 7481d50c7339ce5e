<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Roles of {0}</source>
        <translation>Rollen von {0}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Pr&amp;actitioner</source>
        <translation>Be&amp;handler</translation>
    </message>
    <message>
        <source>R&amp;eception</source>
        <translation>&amp;Empfang</translation>
    </message>
    <message>
        <source>Manager / a&amp;dmin</source>
        <translation>Leitung / A&amp;dmin</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Treats as</source>
        <translation>&amp;Behandelt als</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>(nobody: does not treat patients)</source>
        <translation>(niemand: behandelt keine Patienten)</translation>
    </message>
    <message>
        <source>A new practitioner record with this account&apos;s name</source>
        <translation>Ein neuer Behandler-Eintrag mit dem Namen dieses Kontos</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Type the name they sign in with.</source>
        <translation>Geben Sie den Namen ein, mit dem sich die Person anmeldet.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle aus.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Nichts wurde gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Manager / admin</source>
        <translation>Leitung / Admin</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its history stays under its name.</source>
        <translation>Konten werden nie gelöscht: Ein deaktiviertes Konto kann sich nicht anmelden, und sein Verlauf bleibt unter seinem Namen erhalten.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>Account added. They can sign in now.</source>
        <translation>Konto hinzugefügt. Die Person kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>Rollen gespeichert.</translation>
    </message>
    <message>
        <source>New password set for {0}.</source>
        <translation>Neues Passwort für {0} festgelegt.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in; everything they did stays under their name. You can reactivate the account later.</source>
        <translation>{0} deaktivieren? Die Person kann sich dann nicht mehr anmelden; alles, was sie getan hat, bleibt unter ihrem Namen erhalten. Sie können das Konto später wieder aktivieren.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} ist deaktiviert.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} kann sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>AdverseEventEditor</name>
    <message>
        <source>Record an adverse event</source>
        <translation>Unerwünschtes Ereignis erfassen</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>Das Ereignis</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The list of event types could not be read: {0}</source>
        <translation>Die Liste der Ereignisarten konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Art *</translation>
    </message>
    <message>
        <source>&amp;Onset *</source>
        <translation>&amp;Beginn *</translation>
    </message>
    <message>
        <source>&amp;Mild</source>
        <translation>&amp;Leicht</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>M&amp;ittel</translation>
    </message>
    <message>
        <source>Se&amp;vere</source>
        <translation>Sch&amp;wer</translation>
    </message>
    <message>
        <source>Severity *</source>
        <translation>Schweregrad *</translation>
    </message>
    <message>
        <source>What was seen, where, and how large, e.g. 3 cm bruise on the left cheek</source>
        <translation>Was wurde beobachtet, wo und wie groß, z. B. 3 cm großes Hämatom an der linken Wange</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>Reported to the authority? *</source>
        <translation>An die Behörde gemeldet? *</translation>
    </message>
    <message>
        <source>Severe events are usually reportable to the health authority. Record the answer here: the event cannot be saved without it.</source>
        <translation>Schwere Ereignisse sind in der Regel an die Gesundheitsbehörde meldepflichtig. Erfassen Sie die Antwort hier: Ohne sie kann das Ereignis nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Yes, it was reported</source>
        <translation>&amp;Ja, es wurde gemeldet</translation>
    </message>
    <message>
        <source>&amp;No, not reported</source>
        <translation>&amp;Nein, nicht gemeldet</translation>
    </message>
    <message>
        <source>Care and follow-up</source>
        <translation>Versorgung und Nachkontrolle</translation>
    </message>
    <message>
        <source>e.g. Cold compresses, arnica gel; patient reassured</source>
        <translation>z. B. kalte Kompressen, Arnika-Gel; Patient beruhigt</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>Ergriffene &amp;Maßnahme</translation>
    </message>
    <message>
        <source>When to check on the patient again; optional.</source>
        <translation>Wann der Patient erneut kontrolliert werden soll; optional.</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Nachk&amp;ontrolle</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Wie es ausging, z. B. innerhalb einer Woche abgeklungen</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>A&amp;usgang</translation>
    </message>
    <message>
        <source>Leave empty while the event is still open; an outcome is then required.</source>
        <translation>Leer lassen, solange das Ereignis noch offen ist; dann ist ein Ausgang erforderlich.</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>Abge&amp;klungen am</translation>
    </message>
    <message>
        <source>The event could not be opened: {0}</source>
        <translation>Das Ereignis konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt; · session of {when}</source>
        <translation>&lt;b&gt;{patient}&lt;/b&gt; · Sitzung vom {when}</translation>
    </message>
    <message>
        <source> with {who}</source>
        <translation> mit {who}</translation>
    </message>
    <message>
        <source>An expected reaction</source>
        <translation>Eine erwartete Reaktion</translation>
    </message>
    <message>
        <source>; it usually settles in {0}.</source>
        <translation>; sie klingt meist innerhalb von {0} ab.</translation>
    </message>
    <message>
        <source>A complication (rare).</source>
        <translation>Eine Komplikation (selten).</translation>
    </message>
    <message>
        <source>A complication.</source>
        <translation>Eine Komplikation.</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Wählen Sie die Art des Ereignisses.</translation>
    </message>
    <message>
        <source>Enter the day the event began.</source>
        <translation>Geben Sie den Tag ein, an dem das Ereignis begann.</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Wählen Sie den Schweregrad.</translation>
    </message>
    <message>
        <source>Answer Yes or No before saving.</source>
        <translation>Antworten Sie vor dem Speichern mit Ja oder Nein.</translation>
    </message>
    <message>
        <source>The event was not saved: {reason}</source>
        <translation>Das Ereignis wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Noch nichts gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>This adverse event has changes that are not saved. Save them now?</source>
        <translation>Dieses unerwünschte Ereignis hat ungespeicherte Änderungen. Jetzt speichern?</translation>
    </message>
</context>
<context>
    <name>AdverseEventsPage</name>
    <message>
        <source>Open adverse events</source>
        <translation>Offene unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>Ereignis ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>Open patient&apos;s &amp;chart</source>
        <translation>Akte des &amp;Patienten öffnen</translation>
    </message>
    <message>
        <source>Record the outcome and close the event (Ctrl+R)</source>
        <translation>Ausgang erfassen und Ereignis abschließen (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No open adverse events — nothing is waiting for follow-up.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Record an event from the session it followed, in the patient&apos;s chart. It stays on this list, by follow-up date, until it is resolved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine offenen unerwünschten Ereignisse – nichts wartet auf Nachkontrolle.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erfassen Sie ein Ereignis bei der Sitzung, auf die es folgte, in der Akte des Patienten. Es bleibt nach Nachkontrolldatum sortiert auf dieser Liste, bis es abgeschlossen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rows in red have a follow-up date that has passed. Double-click an event (or press Enter) to amend it; right-click for more.</source>
        <translation>Rot markierte Zeilen haben ein überschrittenes Nachkontrolldatum. Doppelklicken Sie auf ein Ereignis (oder drücken Sie die Eingabetaste), um es zu ändern; Rechtsklick für weitere Optionen.</translation>
    </message>
    <message>
        <source>Open adverse events could not be loaded: {0}</source>
        <translation>Offene unerwünschte Ereignisse konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>1 open event</source>
        <translation>1 offenes Ereignis</translation>
    </message>
    <message>
        <source>{n} open events</source>
        <translation>{n} offene Ereignisse</translation>
    </message>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 Nachkontrolle überfällig</translation>
    </message>
    <message>
        <source>{n} follow-ups overdue</source>
        <translation>{n} Nachkontrollen überfällig</translation>
    </message>
</context>
<context>
    <name>AlertBadges</name>
    <message>
        <source>No medical profile recorded</source>
        <translation>Kein medizinisches Profil erfasst</translation>
    </message>
    <message>
        <source>Record one with Edit patient… before treating.</source>
        <translation>Erfassen Sie es mit Patient bearbeiten…, bevor Sie behandeln.</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Blutverdünner</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Schwanger oder stillend</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Angst vor Nadeln</translation>
    </message>
    <message>
        <source>No alerts in the medical profile</source>
        <translation>Keine Warnhinweise im medizinischen Profil</translation>
    </message>
    <message>
        <source>see profile</source>
        <translation>siehe Profil</translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation>Allergien: {0}</translation>
    </message>
</context>
<context>
    <name>AllergenHint</name>
    <message>
        <source>Add to allergens</source>
        <translation>Zu Allergenen hinzufügen</translation>
    </message>
    <message>
        <source>Add {names} to the screened allergens?</source>
        <translation>{names} zu den geprüften Allergenen hinzufügen?</translation>
    </message>
    <message>
        <source>Add all to allergens</source>
        <translation>Alle zu Allergenen hinzufügen</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>— no practitioner recorded —</source>
        <translation>— kein Behandler erfasst —</translation>
    </message>
    <message>
        <source>Why the session did not take place</source>
        <translation>Warum die Sitzung nicht stattfand</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Patient {0}</source>
        <translation>Patient {0}</translation>
    </message>
    <message>
        <source>Who saw or changed this record</source>
        <translation>Wer diesen Eintrag angesehen oder geändert hat</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Name, dann Eingabetaste</translation>
    </message>
    <message>
        <source>(every patient)</source>
        <translation>(alle Patienten)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Be&amp;nutzer</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>No patient matches “{0}”.</source>
        <translation>Kein Patient passt zu „{0}“.</translation>
    </message>
    <message>
        <source>“{0}” is not a date; type it as {1}.</source>
        <translation>„{0}“ ist kein Datum; geben Sie es als {1} ein.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The audit was not exported: {0}</source>
        <translation>Das Protokoll wurde nicht exportiert: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup when mesodesk closed ({0}) failed: {1}</source>
        <translation>Die Sicherung beim Schließen von mesodesk ({0}) ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>it did not finish within {0:g} seconds.</source>
        <translation>sie wurde nicht innerhalb von {0:g} Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>the backup&apos;s check failed: {0}</source>
        <translation>die Prüfung der Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Last backup: …</source>
        <translation>Letzte Sicherung: …</translation>
    </message>
    <message>
        <source>Backups: on the server, scheduled on one computer</source>
        <translation>Sicherungen: auf dem Server, zeitgesteuert auf einem Computer</translation>
    </message>
    <message>
        <source>A clinic on a server is backed up by pg_dump on the server, or by `mesodesk backup --auto --database-url URL` scheduled on one computer; File → Back up database… writes a checked copy now.</source>
        <translation>Eine Praxis auf einem Server wird mit pg_dump auf dem Server gesichert oder mit `mesodesk backup --auto --database-url URL`, zeitgesteuert auf einem Computer; Datei → Datenbank sichern… schreibt sofort eine geprüfte Kopie.</translation>
    </message>
    <message>
        <source>Last backup: unknown</source>
        <translation>Letzte Sicherung: unbekannt</translation>
    </message>
    <message>
        <source>No good backup yet</source>
        <translation>Noch keine gültige Sicherung</translation>
    </message>
    <message>
        <source>Last good backup: {0}</source>
        <translation>Letzte gültige Sicherung: {0}</translation>
    </message>
    <message>
        <source>Last good backup {0} days ago</source>
        <translation>Letzte gültige Sicherung vor {0} Tagen</translation>
    </message>
    <message>
        <source>Backups are made by themselves; the Backups page lists them and sets how often.</source>
        <translation>Sicherungen werden automatisch erstellt; die Seite „Sicherungen“ listet sie auf und legt fest, wie oft.</translation>
    </message>
    <message>
        <source>The last good backup is older than the clinic&apos;s setting ({0} days). Back up now from the Backups page, and check the backup folder.</source>
        <translation>Die letzte gültige Sicherung ist älter als in der Praxis eingestellt ({0} Tage). Sichern Sie jetzt auf der Seite „Sicherungen“ und prüfen Sie den Sicherungsordner.</translation>
    </message>
    <message>
        <source>last backup failed</source>
        <translation>letzte Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>The automatic backup&apos;s check failed: {0}</source>
        <translation>Die Prüfung der automatischen Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(verschlüsselt)</translation>
    </message>
    <message>
        <source>Of another database</source>
        <translation>Von einer anderen Datenbank</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A backup of another database kept in the same folder (perhaps with the same file name): it is not a backup of this one and is not restored here.</source>
        <translation>Eine Sicherung einer anderen Datenbank im selben Ordner (vielleicht mit demselben Dateinamen): Sie ist keine Sicherung dieser Datenbank und wird hier nicht wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backups in this folder yet. mesodesk makes one by itself when it is due.</source>
        <translation>Noch keine Sicherungen in diesem Ordner. mesodesk erstellt automatisch eine, wenn sie fällig ist.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>{0} backups in {1}; the newest good one was taken {2}.</source>
        <translation>{0} Sicherungen in {1}; die neueste gültige wurde am {2} erstellt.</translation>
    </message>
    <message>
        <source>No good backup in {0} yet.</source>
        <translation>Noch keine gültige Sicherung in {0}.</translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation>Die Sicherung wurde nicht erstellt: {0}</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}</source>
        <translation>Sicherung erstellt und geprüft: {0}</translation>
    </message>
    <message>
        <source>The backup {0} was written but its check failed: {1}</source>
        <translation>Die Sicherung {0} wurde geschrieben, aber ihre Prüfung ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>The folder {0} does not exist yet; it is made with the first backup.</source>
        <translation>Der Ordner {0} existiert noch nicht; er wird mit der ersten Sicherung angelegt.</translation>
    </message>
    <message>
        <source>The backup settings were not saved: {0}</source>
        <translation>Die Sicherungseinstellungen wurden nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Sicherungseinstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>BusySave</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>This session is {status} and cannot be cancelled.</source>
        <translation>Diese Sitzung ist {status} und kann nicht abgesagt werden.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message>
        <source>Cancel {patient}&apos;s session of {when}.

Reason (optional), e.g. “called in sick”:</source>
        <translation>Sitzung von {patient} am {when} absagen.

Grund (optional), z. B. „krank gemeldet“:</translation>
    </message>
    <message>
        <source>Session not cancelled</source>
        <translation>Sitzung nicht abgesagt</translation>
    </message>
    <message>
        <source>Cancelled {patient}&apos;s session of {when}.</source>
        <translation>Sitzung von {patient} am {when} abgesagt.</translation>
    </message>
    <message>
        <source>Drop the session in a practitioner&apos;s column.</source>
        <translation>Legen Sie die Sitzung in der Spalte eines Behandlers ab.</translation>
    </message>
    <message>
        <source>Moved {patient} to {when}.</source>
        <translation>{patient} auf {when} verschoben.</translation>
    </message>
    <message>
        <source>Now with {who}.</source>
        <translation>Jetzt bei {who}.</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>1 spätere Sitzung der Behandlungsserie wurde mitverschoben.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>{n} spätere Sitzungen der Behandlungsserie wurden mitverschoben.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Sitzung verschieben</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>Sitzung nicht verschoben</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Previous day or week (PageUp, Alt+Left)</source>
        <translation>Vorheriger Tag bzw. vorherige Woche (PageUp, Alt+Left)</translation>
    </message>
    <message>
        <source>Next day or week (PageDown, Alt+Right)</source>
        <translation>Nächster Tag bzw. nächste Woche (PageDown, Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Back to today (T or Home)</source>
        <translation>Zurück zu heute (T oder Home)</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>B&amp;uchen…</translation>
    </message>
    <message>
        <source>Book a session in the selected free slot (Ctrl+B or Insert)</source>
        <translation>Sitzung im ausgewählten freien Zeitfenster buchen (Ctrl+B oder Insert)</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Sitzung absagen…</translation>
    </message>
    <message>
        <source>Cancel the selected session and offer a replacement slot (Delete)</source>
        <translation>Ausgewählte Sitzung absagen und einen Ersatztermin anbieten (Delete)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>One day, a column per practitioner (D)</source>
        <translation>Ein Tag, eine Spalte pro Behandler (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Monday to Sunday; with several practitioners it scrolls sideways (W)</source>
        <translation>Montag bis Sonntag; bei mehreren Behandlern seitlich scrollen (W)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: {0}</source>
        <translation>Die Behandler konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: {0}</source>
        <translation>Der Kalender konnte nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>The selected slot is taken: choose a free slot to book.</source>
        <translation>Das ausgewählte Zeitfenster ist belegt: Wählen Sie zum Buchen ein freies Zeitfenster.</translation>
    </message>
    <message>
        <source>Select a session to cancel.</source>
        <translation>Wählen Sie eine Sitzung zum Absagen aus.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>Sitzung &amp;absagen…</translation>
    </message>
    <message>
        <source>&amp;New session at {0}…</source>
        <translation>&amp;Neue Sitzung um {0}…</translation>
    </message>
    <message>
        <source>Click to see this day.</source>
        <translation>Klicken, um diesen Tag anzuzeigen.</translation>
    </message>
    <message>
        <source>Click to see only this practitioner.</source>
        <translation>Klicken, um nur diesen Behandler anzuzeigen.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{start} – {end} (week {week})</source>
        <translation>{start} – {end} (KW {week})</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <source>{n} cancelled or missed</source>
        <translation>{n} abgesagt oder nicht erschienen</translation>
    </message>
    <message>
        <source>Done sessions are never moved; open the session to amend its record.</source>
        <translation>Abgeschlossene Sitzungen werden nie verschoben; öffnen Sie die Sitzung, um ihren Eintrag zu ändern.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Eine abgesagte oder versäumte Sitzung behält ihr Datum; buchen Sie stattdessen einen Ersatztermin.</translation>
    </message>
    <message>
        <source>{start}–{end}, {patient}, {status}, {who}</source>
        <translation>{start}–{end}, {patient}, {status}, {who}</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>kein Behandler</translation>
    </message>
    <message>
        <source>{status} · {who}</source>
        <translation>{status} · {who}</translation>
    </message>
    <message>
        <source>Areas: {0}</source>
        <translation>Zonen: {0}</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Produkte: {0}</translation>
    </message>
    <message>
        <source>Part of a treatment course</source>
        <translation>Teil einer Behandlungsserie</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Im Eintrag fehlt: {0}</translation>
    </message>
    <message>
        <source>A screening block was overridden with a reason</source>
        <translation>Eine Sperre aus der Kontraindikationsprüfung wurde mit Begründung übergangen</translation>
    </message>
    <message>
        <source>Drag to move; double-click or Enter to open.</source>
        <translation>Ziehen zum Verschieben; Doppelklick oder Eingabetaste zum Öffnen.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Click to open this day.</source>
        <translation>Klicken, um diesen Tag zu öffnen.</translation>
    </message>
    <message>
        <source>Choose one practitioner to see them all.</source>
        <translation>Wählen Sie einen Behandler, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Clinic calendar</source>
        <translation>Praxiskalender</translation>
    </message>
    <message>
        <source>{n} sessions. Arrows move the cursor, Enter opens a session or books a free slot, Ctrl+B or Insert books it, Delete cancels a session, PageUp and PageDown change the day or week, T goes to today.</source>
        <translation>{n} Sitzungen. Pfeiltasten bewegen die Auswahl, Eingabe öffnet eine Sitzung oder bucht ein freies Zeitfenster, Ctrl+B oder Insert bucht es, Delete sagt eine Sitzung ab, PageUp und PageDown wechseln Tag oder Woche, T springt zu heute.</translation>
    </message>
    <message>
        <source>Free: {who}, {when}</source>
        <translation>Frei: {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Zu viele Fehlversuche. Warten Sie {0} Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The password was not changed: {0}</source>
        <translation>Das Passwort wurde nicht geändert: {0}</translation>
    </message>
</context>
<context>
    <name>ChartHeader</name>
    <message>
        <source>Edit patient…</source>
        <translation>Patient bearbeiten…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Patient record…</source>
        <translation>Patientenakte…</translation>
    </message>
    <message>
        <source>This patient could not be loaded</source>
        <translation>Dieser Patient konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 Jahr alt</translation>
    </message>
    <message>
        <source>{0} years old</source>
        <translation>{0} Jahre alt</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>geb. {0}</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>Archived on {0}: {1}</source>
        <translation>Archiviert am {0}: {1}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the patient to record new sessions.</source>
        <translation>Patienten wiederherstellen, um neue Sitzungen zu erfassen.</translation>
    </message>
</context>
<context>
    <name>ChartHost</name>
    <message>
        <source>← Patient list</source>
        <translation>← Patientenliste</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Pre-procedure checklist</source>
        <translation>Checkliste vor der Behandlung</translation>
    </message>
    <message>
        <source>If not ticked: why</source>
        <translation>Falls nicht abgehakt: warum</translation>
    </message>
    <message>
        <source>Note for: {item}</source>
        <translation>Notiz zu: {item}</translation>
    </message>
    <message>
        <source>Tic&amp;k all</source>
        <translation>Alle ab&amp;haken</translation>
    </message>
    <message>
        <source>Not filled in yet: needed before marking done.</source>
        <translation>Noch nicht ausgefüllt: erforderlich, bevor die Sitzung abgeschlossen wird.</translation>
    </message>
    <message>
        <source>{n} item(s) unticked without a note.</source>
        <translation>{n} Punkt(e) ohne Notiz nicht abgehakt.</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Vollständig.</translation>
    </message>
    <message>
        <source>Consultation held and expectations discussed</source>
        <translation>Beratung erfolgt und Erwartungen besprochen</translation>
    </message>
    <message>
        <source>Medical history reviewed today</source>
        <translation>Anamnese heute überprüft</translation>
    </message>
    <message>
        <source>Blood thinners stopped as advised (or not taking any)</source>
        <translation>Blutverdünner wie empfohlen abgesetzt (oder keine)</translation>
    </message>
    <message>
        <source>No alcohol or smoking in the last few days</source>
        <translation>Kein Alkohol oder Rauchen in den letzten Tagen</translation>
    </message>
    <message>
        <source>No sunburn or irritation on the area</source>
        <translation>Kein Sonnenbrand und keine Reizung im Bereich</translation>
    </message>
    <message>
        <source>No recent peel or laser treatment on the area</source>
        <translation>Kein kürzliches Peeling oder Laser im Bereich</translation>
    </message>
    <message>
        <source>Skin cleansed and disinfected</source>
        <translation>Haut gereinigt und desinfiziert</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Clinic details</source>
        <translation>Praxisangaben</translation>
    </message>
    <message>
        <source>As printed on aftercare sheets and consent forms</source>
        <translation>Wie auf Nachsorgeblättern und Einwilligungsformularen gedruckt</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Name der Praxis</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>Adre&amp;sse</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>After-hours number or what to do, printed near the warning signs</source>
        <translation>Notfallnummer außerhalb der Sprechzeiten oder Hinweise, gedruckt bei den Warnzeichen</translation>
    </message>
    <message>
        <source>&amp;Emergency / after hours</source>
        <translation>N&amp;otfall / außerhalb der Sprechzeiten</translation>
    </message>
    <message>
        <source>Time, dates and paper</source>
        <translation>Zeit, Datum und Papier</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>{format}   (e.g. {example})</source>
        <translation>{format}   (z. B. {example})</translation>
    </message>
    <message>
        <source>&amp;Date format</source>
        <translation>&amp;Datumsformat</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Papierfor&amp;mat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>With no keyboard or mouse use for this long, the desk locks itself.</source>
        <translation>Ohne Tastatur- oder Mauseingabe für diese Dauer sperrt sich der Platz selbst.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>Sperren nach &amp;Inaktivität</translation>
    </message>
    <message>
        <source>Window lang&amp;uage</source>
        <translation>Anzei&amp;gesprache</translation>
    </message>
    <message>
        <source>Patients without a lan&amp;guage get sheets in</source>
        <translation>Patienten ohne S&amp;prache erhalten Blätter auf</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>PNG or JPEG under 1 MB, printed at the top of aftercare sheets and consent forms. A wide logo on a white or transparent background prints best.</source>
        <translation>PNG oder JPEG unter 1 MB, gedruckt oben auf Nachsorgeblättern und Einwilligungsformularen. Ein breites Logo auf weißem oder transparentem Hintergrund druckt am besten.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Consent must be recorded before a session is mar&amp;ked done</source>
        <translation>&amp;Einwilligung muss erfasst sein, bevor eine Sitzung als abgeschlossen markiert wird</translation>
    </message>
    <message>
        <source>When ticked, a session without recorded consent cannot be marked done. Untick only if your clinic records consent elsewhere.</source>
        <translation>Wenn aktiviert, kann eine Sitzung ohne erfasste Einwilligung nicht als abgeschlossen markiert werden. Deaktivieren Sie dies nur, wenn Ihre Praxis Einwilligungen anderweitig erfasst.</translation>
    </message>
    <message>
        <source>Put patients&apos; names in the &amp;file names offered for saving</source>
        <translation>Patientennamen in vorgeschlagene Dateinamen &amp;beim Speichern aufnehmen</translation>
    </message>
    <message>
        <source>Unticked, aftercare sheets are named by date, time and session number and calendar files by patient number, so a folder listing, a backup drive or a synced folder shows no patient&apos;s name.</source>
        <translation>Wenn deaktiviert, werden Nachsorgeblätter nach Datum, Uhrzeit und Sitzungsnummer und Kalenderdateien nach Patientennummer benannt, sodass eine Ordnerliste, ein Sicherungslaufwerk oder ein synchronisierter Ordner keinen Patientennamen zeigt.</translation>
    </message>
    <message>
        <source>Show the injection &amp;map on aftercare sheets</source>
        <translation>Injektions&amp;karte auf Nachsorgeblättern anzeigen</translation>
    </message>
    <message>
        <source>A small diagram of where the injections were given, for sessions with marks.</source>
        <translation>Eine kleine Skizze der Injektionsstellen, für Sitzungen mit Markierungen.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s time zone.</source>
        <translation>Wählen Sie die Zeitzone der Praxis.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: pick one from the list, e.g. Europe/London.</source>
        <translation>„{zone}“ ist keine Zeitzone: Wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Praxislogo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} was not used: {reason}</source>
        <translation>{name} wurde nicht verwendet: {reason}</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>The logo will be removed when you press OK or Apply.</source>
        <translation>Das Logo wird entfernt, wenn Sie OK oder Übernehmen drücken.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} Pixel, {size} KB</translation>
    </message>
    <message>
        <source>saved when you press OK or Apply</source>
        <translation>wird gespeichert, wenn Sie OK oder Übernehmen drücken</translation>
    </message>
    <message>
        <source>Type part of a city, e.g. “Paris”, and pick the zone from the list.</source>
        <translation>Geben Sie einen Teil eines Städtenamens ein, z. B. „Paris“, und wählen Sie die Zone aus der Liste.</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <source>The language of mesodesk&apos;s window, and how it writes dates and numbers.</source>
        <translation>Die Sprache des mesodesk-Fensters und wie es Datumsangaben und Zahlen schreibt.</translation>
    </message>
    <message>
        <source>Takes effect the next time mesodesk starts.</source>
        <translation>Wirkt beim nächsten Start von mesodesk.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message>
        <source>&amp;First of the course vs latest</source>
        <translation>&amp;Erstes der Behandlungsserie vs. neuestes</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>Ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrows to move, 0 to fit.</source>
        <translation>Mausrad oder +/− zum Zoomen, Ziehen oder Pfeiltasten zum Verschieben, 0 zum Einpassen.</translation>
    </message>
    <message>
        <source>Divider:</source>
        <translation>Trenner:</translation>
    </message>
    <message>
        <source>Right photo opacity:</source>
        <translation>Deckkraft des rechten Fotos:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>An einem anderen Platz geändert</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <source>%1 saved this record%2 after you opened it.</source>
        <translation>%1 hat diesen Eintrag%2 gespeichert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record after you opened it.</source>
        <translation>Jemand an einem anderen Platz hat diesen Eintrag gespeichert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Nothing of yours is saved yet. Here is what differs:</source>
        <translation>Von Ihnen ist noch nichts gespeichert. Das ist der Unterschied:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (saved by %1)</source>
        <translation>Deren Fassung (gespeichert von %1)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Deren Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>Yours (typed)</source>
        <translation>Ihre Fassung (eingegeben)</translation>
    </message>
    <message>
        <source>&amp;Take theirs and re-apply mine</source>
        <translation>&amp;Deren übernehmen und meine erneut anwenden</translation>
    </message>
    <message>
        <source>Load what was saved, then put back the fields you changed, to check and save.</source>
        <translation>Gespeichertes laden, dann die von Ihnen geänderten Felder wieder einsetzen, um sie zu prüfen und zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your values over theirs; the history records the overwrite.</source>
        <translation>Ihre Werte über deren speichern; der Verlauf erfasst das Überschreiben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Patient has read and si&amp;gned the form</source>
        <translation>Patient hat das Formular gelesen und unter&amp;schrieben</translation>
    </message>
    <message>
        <source>Print consent &amp;form…</source>
        <translation>Einwilligungs&amp;formular drucken…</translation>
    </message>
    <message>
        <source>No consent text is set up for this treatment.</source>
        <translation>Für diese Behandlung ist kein Einwilligungstext eingerichtet.</translation>
    </message>
    <message>
        <source>Consent text: {label}, version {v}.</source>
        <translation>Einwilligungstext: {label}, Version {v}.</translation>
    </message>
    <message>
        <source>Consent given {when} to: {label}.</source>
        <translation>Einwilligung erteilt am {when} für: {label}.</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation>Aktionen zur Behandlungsserie</translation>
    </message>
    <message>
        <source>Mark &amp;abandoned…</source>
        <translation>Als &amp;abgebrochen markieren…</translation>
    </message>
    <message>
        <source>&amp;Reopen course</source>
        <translation>Behandlungsserie wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>alle {n} Tage</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} abgeschlossen</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation>{n} versäumt</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>nächste {when}</translation>
    </message>
    <message>
        <source>maintenance due {date}</source>
        <translation>Erhaltung fällig {date}</translation>
    </message>
    <message>
        <source>no next session booked</source>
        <translation>keine nächste Sitzung gebucht</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>a practitioner must confirm before the session is marked done</source>
        <translation>ein Behandler muss bestätigen, bevor die Sitzung als durchgeführt markiert wird</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Neue Behandlungsserie</translation>
    </message>
    <message>
        <source>No dates proposed.</source>
        <translation>Keine Termine vorgeschlagen.</translation>
    </message>
    <message>
        <source>No dates proposed. {reason}</source>
        <translation>Keine Termine vorgeschlagen. {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Nichts wurde gespeichert. {reason}</translation>
    </message>
    <message>
        <source>New course for {name}</source>
        <translation>Neue Behandlungsserie für {name}</translation>
    </message>
    <message>
        <source>&amp;Propose dates</source>
        <translation>Termine &amp;vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>Behandlungsserie &amp;anlegen</translation>
    </message>
    <message>
        <source>The course changed: propose the dates again (Enter).</source>
        <translation>Die Behandlungsserie wurde geändert: Schlagen Sie die Termine erneut vor (Eingabetaste).</translation>
    </message>
    <message>
        <source>Screening: nothing to report.</source>
        <translation>Prüfung: nichts zu melden.</translation>
    </message>
    <message>
        <source>Screening blocks this treatment: the course can be planned, but {note}.</source>
        <translation>Die Kontraindikationsprüfung sperrt diese Behandlung: Die Behandlungsserie kann geplant werden, aber {note}.</translation>
    </message>
</context>
<context>
    <name>CourseProgressList</name>
    <message>
        <source>Courses</source>
        <translation>Behandlungsserien</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Neue Behandlungsserie…</translation>
    </message>
    <message>
        <source>No courses yet. Plan one with &lt;b&gt;New course…&lt;/b&gt; to book its sessions.</source>
        <translation>Noch keine Behandlungsserien. Planen Sie eine mit &lt;b&gt;Neue Behandlungsserie…&lt;/b&gt;, um ihre Sitzungen zu buchen.</translation>
    </message>
    <message>
        <source>Courses ({n})</source>
        <translation>Behandlungsserien ({n})</translation>
    </message>
    <message>
        <source>Why is “{title}” abandoned?</source>
        <translation>Warum wird „{title}“ abgebrochen?</translation>
    </message>
    <message>
        <source>Its planned sessions still to come are cancelled (they stay in the record).</source>
        <translation>Ihre noch ausstehenden geplanten Sitzungen werden abgesagt (sie bleiben im Eintrag erhalten).</translation>
    </message>
    <message>
        <source>Mark course abandoned</source>
        <translation>Behandlungsserie als abgebrochen markieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
</context>
<context>
    <name>CourseShift</name>
    <message>
        <source>Shift the course&apos;s 1 later session to keep the interval?</source>
        <translation>Die spätere Sitzung der Behandlungsserie verschieben, um den Abstand zu halten?</translation>
    </message>
    <message>
        <source>Shift the course&apos;s {n} later sessions to keep the interval?</source>
        <translation>Die {n} späteren Sitzungen der Behandlungsserie verschieben, um den Abstand zu halten?</translation>
    </message>
    <message>
        <source>Yes moves them too where the interval would shrink; No moves only this session; Cancel leaves everything as it is.</source>
        <translation>Ja verschiebt auch diese, wo der Abstand kürzer würde; Nein verschiebt nur diese Sitzung; Abbrechen lässt alles, wie es ist.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Send appointments to the patient (.ics)…</source>
        <translation>Termine an den Patienten senden (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file of the upcoming sessions, for the patient&apos;s phone</source>
        <translation>Eine Kalenderdatei der kommenden Sitzungen für das Telefon des Patienten</translation>
    </message>
    <message>
        <source>Save appointments</source>
        <translation>Termine speichern</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Datum in einem Kalender wählen (Alt+Down)</translation>
    </message>
    <message>
        <source>The date {date} does not exist.</source>
        <translation>Das Datum {date} existiert nicht.</translation>
    </message>
    <message>
        <source>Add the time, as {example}.</source>
        <translation>Fügen Sie die Uhrzeit hinzu, als {example}.</translation>
    </message>
    <message>
        <source>That time does not exist; use 00:00 to 23:59.</source>
        <translation>Diese Uhrzeit existiert nicht; verwenden Sie 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>Type the date as {example}.</source>
        <translation>Geben Sie das Datum als {example} ein.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>mesodesk (locked)</source>
        <translation>mesodesk (gesperrt)</translation>
    </message>
</context>
<context>
    <name>DeskPeople</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Log out / &amp;Lock</source>
        <translation>Abmelden / &amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>A&amp;udit…</source>
        <translation>Pro&amp;tokoll…</translation>
    </message>
    <message>
        <source>Who saw or changed this &amp;record…</source>
        <translation>Wer diesen &amp;Eintrag angesehen oder geändert hat…</translation>
    </message>
    <message>
        <source>Quit mesodesk</source>
        <translation>mesodesk beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) another user left open are kept for them and may hold unsaved work. Quit anyway and lose it?</source>
        <translation>
            <numerusform>%n Fenster, das ein anderer Benutzer offen gelassen hat, bleibt für ihn erhalten und kann ungespeicherte Arbeit enthalten. Trotzdem beenden und sie verlieren?</numerusform>
            <numerusform>%n Fenster, die ein anderer Benutzer offen gelassen hat, bleiben für ihn erhalten und können ungespeicherte Arbeit enthalten. Trotzdem beenden und sie verlieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Face, front</source>
        <translation>Gesicht, von vorn</translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <translation>Gesicht, linkes Profil</translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <translation>Gesicht, rechtes Profil</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation>Hals und Dekolleté</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Körper, von vorn</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Körper, von hinten</translation>
    </message>
    <message>
        <source>Hands (backs)</source>
        <translation>Hände (Handrücken)</translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <translation>Kopfhaut, von oben</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht abgeklungen</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Abgeklungen {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Maßnahme: {0}</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No adverse events recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reactions seen during a session are noted in that session; complications reported later are listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine unerwünschten Ereignisse erfasst.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reaktionen während einer Sitzung werden in dieser Sitzung vermerkt; später gemeldete Komplikationen werden hier aufgeführt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Screening</source>
        <translation>Kontraindikationsprüfung</translation>
    </message>
    <message>
        <source>To mark the session done despite a stop, the practitioner confirms it and records why for each stop (kept with the session and in the audit).</source>
        <translation>Um die Sitzung trotz eines Stopps als abgeschlossen zu markieren, bestätigt der Behandler dies und erfasst für jeden Stopp den Grund (wird mit der Sitzung und im Protokoll gespeichert).</translation>
    </message>
    <message>
        <source>Screening runs as soon as a treated area or product is chosen.</source>
        <translation>Die Prüfung läuft, sobald eine behandelte Zone oder ein Produkt ausgewählt ist.</translation>
    </message>
    <message>
        <source>Nothing found against this treatment in the medical history.</source>
        <translation>In der Anamnese wurde nichts gegen diese Behandlung gefunden.</translation>
    </message>
    <message>
        <source>Went ahead despite a stop — {by}, {when}:</source>
        <translation>Trotz Stopp durchgeführt — {by}, {when}:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>FirstAdminBox</name>
    <message>
        <source>Your account (the clinic&apos;s admin)</source>
        <translation>Ihr Konto (Administrator der Praxis)</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account. Yours manages the clinic: settings, accounts for the others, backups and the audit.</source>
        <translation>Jeder meldet sich mit seinem eigenen Konto an. Ihres verwaltet die Praxis: Einstellungen, Konten für die anderen, Sicherungen und das Protokoll.</translation>
    </message>
    <message>
        <source>Yo&amp;ur name</source>
        <translation>Ih&amp;r Name</translation>
    </message>
    <message>
        <source>e.g. ana.ruiz</source>
        <translation>z. B. ana.ruiz</translation>
    </message>
    <message>
        <source>Lo&amp;gin name</source>
        <translation>An&amp;meldename</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>I also treat patients (I am the &amp;first practitioner)</source>
        <translation>Ich behandle auch Patienten (ich bin der &amp;erste Behandler)</translation>
    </message>
    <message>
        <source>A new practitioner record with my name</source>
        <translation>Ein neuer Behandler-Eintrag mit meinem Namen</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to mesodesk</source>
        <translation>Willkommen bei mesodesk</translation>
    </message>
    <message>
        <source>mesodesk now has accounts: everyone signs in with their own. Create yours first; it manages the clinic and the others&apos; accounts.</source>
        <translation>mesodesk hat jetzt Konten: Jeder meldet sich mit seinem eigenen an. Legen Sie zuerst Ihres an; es verwaltet die Praxis und die Konten der anderen.</translation>
    </message>
    <message>
        <source>A few details to start. They are printed on aftercare sheets and consent forms, and can be changed later in Clinic → Settings.</source>
        <translation>Ein paar Angaben zum Start. Sie werden auf Nachsorgeblättern und Einwilligungsformularen gedruckt und können später unter Praxis → Einstellungen geändert werden.</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Name der Praxis</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>The number patients call</source>
        <translation>Die Nummer, die Patienten anrufen</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>After-hours number or what to do</source>
        <translation>Notfallnummer außerhalb der Sprechzeiten oder Hinweise</translation>
    </message>
    <message>
        <source>&amp;After hours</source>
        <translation>&amp;Außerhalb der Sprechzeiten</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>Ö&amp;ffnet</translation>
    </message>
    <message>
        <source>C&amp;loses</source>
        <translation>Sch&amp;ließt</translation>
    </message>
    <message>
        <source>Lunch breaks and closed dates can be added later in Settings.</source>
        <translation>Mittagspausen und Schließtage können später in den Einstellungen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>First practitioner</source>
        <translation>Erster Behandler</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation>z. B. Dr. Ana Ruiz</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>e.g. Aesthetic physician</source>
        <translation>z. B. Ästhetische Ärztin</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>Load the &amp;demo catalog of products (examples you can edit or archive)</source>
        <translation>&amp;Demo-Produktkatalog laden (Beispiele, die Sie bearbeiten oder archivieren können)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Your account was not created: {reason}</source>
        <translation>Ihr Konto wurde nicht angelegt: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts wurde gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation>Später einrichten</translation>
    </message>
    <message>
        <source>Leave the setup? Nothing is saved; it opens again at the next start.</source>
        <translation>Einrichtung verlassen? Es wird nichts gespeichert; sie öffnet sich beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Maintenance overdue</source>
        <translation>Erhaltung überfällig</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Erhaltung fällig</translation>
    </message>
    <message>
        <source>No next session</source>
        <translation>Keine nächste Sitzung</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} Tage überfällig</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>in {n} Tagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <source>{reason} (+{n} more)</source>
        <translation>{reason} (+{n} weitere)</translation>
    </message>
    <message>
        <source>{outcome} {date}</source>
        <translation>{outcome} {date}</translation>
    </message>
    <message>
        <source>The course is not finished and no session is booked.</source>
        <translation>Die Behandlungsserie ist nicht beendet und keine Sitzung ist gebucht.</translation>
    </message>
    <message>
        <source>The course is finished; its maintenance session is due on {date}.</source>
        <translation>Die Behandlungsserie ist beendet; ihre Erhaltungssitzung ist am {date} fällig.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Patients to call back: maintenance due, or a course with no next session booked. One row per patient; patients with a booked session are left out.</source>
        <translation>Patienten zum Zurückrufen: Erhaltungssitzung fällig oder eine Behandlungsserie ohne gebuchte nächste Sitzung. Eine Zeile pro Patient; Patienten mit gebuchter Sitzung werden ausgelassen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Anzurufen</translation>
    </message>
    <message>
        <source>Called, not interested</source>
        <translation>Angerufen, kein Interesse</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>due now or up to 3 months late</source>
        <translation>jetzt fällig oder bis zu 3 Monate überfällig</translation>
    </message>
    <message>
        <source>up to a year late</source>
        <translation>bis zu einem Jahr überfällig</translation>
    </message>
    <message>
        <source>however late</source>
        <translation>beliebig überfällig</translation>
    </message>
    <message>
        <source>Widen to see patients who lapsed long ago (the export follows this choice)</source>
        <translation>Erweitern, um Patienten zu sehen, die schon lange ausgeblieben sind (der Export folgt dieser Auswahl)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Plan next session…</source>
        <translation>Nächste Sitzung &amp;planen…</translation>
    </message>
    <message>
        <source>Book the selected patient&apos;s next session (Ctrl+Enter)</source>
        <translation>Nächste Sitzung des ausgewählten Patienten buchen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call made &amp;on:</source>
        <translation>Anruf get&amp;ätigt am:</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>&amp;Angerufen</translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation>&amp;Kein Interesse</translation>
    </message>
    <message>
        <source>Opted o&amp;ut</source>
        <translation>&amp;Widersprochen</translation>
    </message>
    <message>
        <source>The patient asked not to be called again</source>
        <translation>Der Patient hat gebeten, nicht mehr angerufen zu werden</translation>
    </message>
    <message>
        <source>The follow-up list could not be loaded: {0}</source>
        <translation>Die Nachverfolgungsliste konnte nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>Niemand in dieser Liste.</translation>
    </message>
    <message>
        <source>{n} patients ({parts})</source>
        <translation>{n} Patienten ({parts})</translation>
    </message>
    <message>
        <source>{shown} of {n} shown</source>
        <translation>{shown} von {n} angezeigt</translation>
    </message>
    <message>
        <source>Nobody with this reason. Choose &lt;b&gt;All reasons&lt;/b&gt; to see everyone.</source>
        <translation>Niemand mit diesem Grund. Wählen Sie &lt;b&gt;Alle Gründe&lt;/b&gt;, um alle zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody to call.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Patients appear here two weeks before their maintenance session is due, and when a course has no next session booked. Widen the &lt;b&gt;window&lt;/b&gt; to see patients who lapsed long ago.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Niemand anzurufen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Patienten erscheinen hier zwei Wochen bevor ihre Erhaltungssitzung fällig ist und wenn für eine Behandlungsserie keine nächste Sitzung gebucht ist. Erweitern Sie den &lt;b&gt;Zeitraum&lt;/b&gt;, um Patienten zu sehen, die schon lange ausgeblieben sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody in this list.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Niemand in dieser Liste.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Recorded for {name}.</source>
        <translation>Für {name} erfasst.</translation>
    </message>
    <message>
        <source>Export the follow-up list</source>
        <translation>Nachverfolgungsliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>{n} rows saved to {file}.</source>
        <translation>{n} Zeilen in {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>Import patients</source>
        <translation>Patienten importieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Import patients from a spreadsheet saved as &lt;b&gt;CSV&lt;/b&gt; (comma, semicolon or tab separated; UTF-8 or Windows encoding). The first line names the columns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Required:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {optional}&lt;br&gt;Dates as 1985-03-12 or 12/03/1985. Rows that break a rule, and patients already recorded (same name and date of birth), are listed and not imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importieren Sie Patienten aus einer als &lt;b&gt;CSV&lt;/b&gt; gespeicherten Tabelle (durch Komma, Semikolon oder Tabulator getrennt; UTF-8- oder Windows-Kodierung). Die erste Zeile benennt die Spalten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erforderlich:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {optional}&lt;br&gt;Datumsangaben als 1985-03-12 oder 12/03/1985. Zeilen, die gegen eine Regel verstoßen, und bereits erfasste Patienten (gleicher Name und gleiches Geburtsdatum) werden aufgelistet und nicht importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation>Wählen Sie eine .csv-Datei…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is refused (all or nothing)</source>
        <translation>&amp;Nichts importieren, wenn eine Zeile abgelehnt wird (alles oder nichts)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Import patients from</source>
        <translation>Patienten importieren aus</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Als CSV gespeicherte Tabellen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Wählen Sie zuerst die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Nichts wurde importiert. {0}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {n} refused row(s), and “all or nothing” was chosen. Correct the rows below and import again.</source>
        <translation>Nichts wurde aus {file} importiert: {n} abgelehnte Zeile(n), und „alles oder nichts“ war gewählt. Korrigieren Sie die Zeilen unten und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>1 patient imported from {file}.</source>
        <translation>1 Patient aus {file} importiert.</translation>
    </message>
    <message>
        <source>{n} patients imported from {file}.</source>
        <translation>{n} Patienten aus {file} importiert.</translation>
    </message>
    <message>
        <source>1 row refused.</source>
        <translation>1 Zeile abgelehnt.</translation>
    </message>
    <message>
        <source>{n} rows refused.</source>
        <translation>{n} Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>1 duplicate was not imported.</source>
        <translation>1 Duplikat wurde nicht importiert.</translation>
    </message>
    <message>
        <source>{n} duplicates were not imported.</source>
        <translation>{n} Duplikate wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Ignorierte Spalten: {columns}.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>{name}: already recorded as {existing} (patient no. {id}), with the same date of birth.</source>
        <translation>{name}: bereits erfasst als {existing} (Patienten-Nr. {id}), mit demselben Geburtsdatum.</translation>
    </message>
    <message>
        <source>{name}: same name and date of birth as line {line}.</source>
        <translation>{name}: gleicher Name und gleiches Geburtsdatum wie Zeile {line}.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>and {n} more not listed</source>
        <translation>und {n} weitere, nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>add a mark</source>
        <translation>eine Markierung hinzufügen</translation>
    </message>
    <message>
        <source>remove a mark</source>
        <translation>eine Markierung entfernen</translation>
    </message>
    <message>
        <source>move a mark</source>
        <translation>eine Markierung verschieben</translation>
    </message>
    <message>
        <source>change a mark</source>
        <translation>eine Markierung ändern</translation>
    </message>
</context>
<context>
    <name>InjectionMapPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Click to place an injection point</source>
        <translation>Klicken, um einen Injektionspunkt zu setzen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Drag, or click both ends, for a line</source>
        <translation>Ziehen oder beide Enden anklicken für eine Linie</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Drag a rectangle over a zone (nappage)</source>
        <translation>Ein Rechteck über eine Zone ziehen (Nappage)</translation>
    </message>
    <message>
        <source>Sho&amp;w last session</source>
        <translation>&amp;Letzte Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Region for a mark from the keyboard</source>
        <translation>Region für eine Markierung per Tastatur</translation>
    </message>
    <message>
        <source>Add a &amp;mark here</source>
        <translation>&amp;Markierung hier hinzufügen</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Choose the area</source>
        <translation>Zone wählen</translation>
    </message>
    <message>
        <source>Place marks on the diagram: the volumes add up here.</source>
        <translation>Setzen Sie Markierungen auf der Skizze: Die Volumina werden hier summiert.</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Pro Produkt</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Pro Zone</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>Kein Produkt</translation>
    </message>
    <message>
        <source>Area not chosen</source>
        <translation>Zone nicht gewählt</translation>
    </message>
    <message>
        <source>No earlier session of this patient has marks.</source>
        <translation>Keine frühere Sitzung dieses Patienten hat Markierungen.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>The language of the texts shown; patients get their own</source>
        <translation>Die Sprache der angezeigten Texte; Patienten erhalten ihre eigene</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>mesodesk is locked</source>
        <translation>mesodesk ist gesperrt</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Als &amp;andere Person anmelden</translation>
    </message>
    <message>
        <source>Sign in to use the desk.</source>
        <translation>Melden Sie sich an, um den Platz zu nutzen.</translation>
    </message>
    <message>
        <source>{0} is still signed in until someone else signs in.</source>
        <translation>{0} bleibt angemeldet, bis sich jemand anderes anmeldet.</translation>
    </message>
    <message>
        <source>Locked for {0}. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation>Gesperrt für {0}. Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie waren, oder melden Sie sich als andere Person an.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>An&amp;melden</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to mesodesk</source>
        <translation>Bei mesodesk anmelden</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>Anmeldung nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Zu viele Fehlversuche. Warten Sie {0} Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>LotEditor</name>
    <message>
        <source>New lot of {product}</source>
        <translation>Neue Charge von {product}</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Wie auf der Packung gedruckt, z. B. L2407-118</translation>
    </message>
    <message>
        <source>Optional, e.g. 10</source>
        <translation>Optional, z. B. 10</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Lot number *</source>
        <translation>&amp;Chargennummer *</translation>
    </message>
    <message>
        <source>&amp;Expiry date *</source>
        <translation>&amp;Verfallsdatum *</translation>
    </message>
    <message>
        <source>&amp;Quantity in stock</source>
        <translation>&amp;Lagerbestand</translation>
    </message>
    <message>
        <source>This date is past: the lot is expired and cannot be used in a session.</source>
        <translation>Dieses Datum liegt in der Vergangenheit: Die Charge ist abgelaufen und kann in keiner Sitzung verwendet werden.</translation>
    </message>
    <message>
        <source>Expires today: the lot will be flagged as expiring soon.</source>
        <translation>Läuft heute ab: Die Charge wird als bald ablaufend markiert.</translation>
    </message>
    <message>
        <source>Expires in {n} days: the lot will be flagged as expiring soon.</source>
        <translation>Läuft in {n} Tagen ab: Die Charge wird als bald ablaufend markiert.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Geben Sie die auf der Packung gedruckte Chargennummer ein.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 10 or 2.5, or leave it empty.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 10 oder 2,5, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>Die Menge darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>That quantity is too large.</source>
        <translation>Diese Menge ist zu groß.</translation>
    </message>
    <message>
        <source>The lot was not saved: {reason}</source>
        <translation>Die Charge wurde nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Chargenrückruf</translation>
    </message>
    <message>
        <source>Lists every patient who received a lot in a session marked done, newest first, with the contact details needed to reach them.</source>
        <translation>Listet jeden Patienten auf, der eine Charge in einer als abgeschlossen markierten Sitzung erhalten hat, neueste zuerst, mit den Kontaktdaten, um ihn zu erreichen.</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Wie auf der Packung gedruckt, z. B. L2407-118</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>&amp;Chargennummer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Type a lot number and press Find.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The lot number is printed on the product&apos;s pack and recorded with each treatment line of a session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geben Sie eine Chargennummer ein und drücken Sie „Suchen“.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Chargennummer ist auf der Produktpackung gedruckt und wird mit jeder Behandlungszeile einer Sitzung erfasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Geben Sie die zurückzurufende Chargennummer ein.</translation>
    </message>
    <message>
        <source>Searching for lot {0}…</source>
        <translation>Suche nach Charge {0}…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No done session used this lot.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planned or cancelled sessions are not listed: no one received the product in them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine abgeschlossene Sitzung hat diese Charge verwendet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Geplante oder abgesagte Sitzungen werden nicht aufgeführt: Darin hat niemand das Produkt erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lot {lot} ({products}): {sessions}, {patients}</source>
        <translation>Charge {lot} ({products}): {sessions}, {patients}</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} Patienten</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Rückrufliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The recall list was not exported. {0}</source>
        <translation>Die Rückrufliste wurde nicht exportiert. {0}</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation>{n} Zeilen in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>LotsPanel</name>
    <message>
        <source>Add &amp;lot…</source>
        <translation>Charge &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Charge ar&amp;chivieren</translation>
    </message>
    <message>
        <source>&amp;Recall lot…</source>
        <translation>Charge &amp;zurückrufen…</translation>
    </message>
    <message>
        <source>Every patient and session that received the selected lot</source>
        <translation>Jeder Patient und jede Sitzung, die die ausgewählte Charge erhalten hat</translation>
    </message>
    <message>
        <source>Lots that expire within {days} days are marked “Expires soon”; expired lots are struck through and cannot be recorded in a session.</source>
        <translation>Chargen, die innerhalb von {days} Tagen ablaufen, werden als „Läuft bald ab“ markiert; abgelaufene Chargen sind durchgestrichen und können in keiner Sitzung erfasst werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is signed in at this desk, so nothing was read or changed. Sign in, then try again.</source>
        <translation>An diesem Platz ist niemand angemeldet, daher wurde nichts gelesen oder geändert. Melden Sie sich an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>Pra&amp;xis</translation>
    </message>
    <message>
        <source>Products &amp;&amp; lots</source>
        <translation>Produkte &amp;&amp; Chargen</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Nachverfolgung</translation>
    </message>
    <message>
        <source>Open &amp;adverse events</source>
        <translation>Offene &amp;unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;About mesodesk</source>
        <translation>Ü&amp;ber mesodesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Patientenakte</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>Produkte &amp; Chargen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient s&amp;uchen</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>Patienten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Datenbank sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sicherun&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>Be&amp;handler…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Praxis&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lot recall…</source>
        <translation>&amp;Chargenrückruf…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Choose the patient for the new session on {0} at {1:%H:%M}.</source>
        <translation>Wählen Sie den Patienten für die neue Sitzung am {0} um {1:%H:%M}.</translation>
    </message>
    <message>
        <source>Your role does not open patients&apos; records.</source>
        <translation>Ihre Rolle öffnet keine Patientenakten.</translation>
    </message>
    <message>
        <source>{0}&apos;s account has been deactivated, so the desk is locked. Work left open is kept; sign in with an active account.</source>
        <translation>Das Konto von {0} wurde deaktiviert, daher ist der Arbeitsplatz gesperrt. Offen gebliebene Arbeit bleibt erhalten; melden Sie sich mit einem aktiven Konto an.</translation>
    </message>
    <message>
        <source>Your account&apos;s roles were changed: the window now offers what they allow.</source>
        <translation>Die Rollen Ihres Kontos wurden geändert: Das Fenster bietet jetzt an, was sie erlauben.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Injection map</source>
        <translation>Injektionskarte</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Injection map</source>
        <translation>Injektionskarte</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Show &amp;map…</source>
        <translation>&amp;Karte anzeigen…</translation>
    </message>
    <message>
        <source>{n} marks on the map</source>
        <translation>{n} Markierungen auf der Karte</translation>
    </message>
    <message>
        <source>No injection map for this session.</source>
        <translation>Keine Injektionskarte für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Injection map</source>
        <translation>Injektionskarte</translation>
    </message>
    <message>
        <source>Place the in&amp;jections on a diagram</source>
        <translation>In&amp;jektionen auf einer Skizze einzeichnen</translation>
    </message>
    <message>
        <source>With marks, the lines below follow them; without, fill in the lines.</source>
        <translation>Mit Markierungen folgen die Zeilen unten diesen; ohne, füllen Sie die Zeilen aus.</translation>
    </message>
</context>
<context>
    <name>MarkFields</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>From the kind of mark</source>
        <translation>Aus der Art der Markierung</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Pr&amp;oduct</source>
        <translation>Pr&amp;odukt</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Dept&amp;h</source>
        <translation>&amp;Tiefe</translation>
    </message>
    <message>
        <source>Techni&amp;que</source>
        <translation>Tech&amp;nik</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>{number} (exp. {expiry})</source>
        <translation>{number} (Verf. {expiry})</translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Grid (nappage)</source>
        <translation>Raster (Nappage)</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>New &amp;password</source>
        <translation>Neues &amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>At least the length the clinic asks for; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens die von der Praxis verlangte Länge; einige zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das neue Passwort erneut ein.</translation>
    </message>
</context>
<context>
    <name>ObservationsRow</name>
    <message>
        <source>Anaesthetic and reactions</source>
        <translation>Anästhesie und Reaktionen</translation>
    </message>
    <message>
        <source>Topical &amp;anaesthetic</source>
        <translation>Topische &amp;Anästhesie</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Anästhetikum</translation>
    </message>
    <message>
        <source>Product used: choose or type</source>
        <translation>Verwendetes Produkt: auswählen oder eingeben</translation>
    </message>
    <message>
        <source>&amp;Immediate reactions observed:</source>
        <translation>&amp;Sofortige Reaktionen beobachtet:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Alles Wissenswerte zu dieser Sitzung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>OldVersionPane</name>
    <message>
        <source>Older version (read-only)</source>
        <translation>Ältere Version (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Copy into the &amp;editor</source>
        <translation>In den &amp;Editor kopieren</translation>
    </message>
    <message>
        <source>Edit this older text; saving it adds a new version.</source>
        <translation>Diesen älteren Text bearbeiten; beim Speichern entsteht eine neue Version.</translation>
    </message>
    <message>
        <source>&amp;Back to the text in use</source>
        <translation>&amp;Zurück zum verwendeten Text</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Bitte tun</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Bitte vermeiden</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Rufen Sie die Praxis an bei</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
</context>
<context>
    <name>OpenEventTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tagen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>{date} · {days} overdue</source>
        <translation>{date} · seit {days} überfällig</translation>
    </message>
    <message>
        <source>{date} · today</source>
        <translation>{date} · heute</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>seit heute</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation>Telefon: {0}</translation>
    </message>
    <message>
        <source>Not yet recorded whether this was reported to the authority.</source>
        <translation>Noch nicht erfasst, ob dies der Behörde gemeldet wurde.</translation>
    </message>
    <message>
        <source>Reported to the authority.</source>
        <translation>Der Behörde gemeldet.</translation>
    </message>
    <message>
        <source>Not reported to the authority.</source>
        <translation>Nicht der Behörde gemeldet.</translation>
    </message>
    <message>
        <source>Began on {0}</source>
        <translation>Begonnen am {0}</translation>
    </message>
    <message>
        <source>The follow-up date has passed: contact the patient.</source>
        <translation>Das Datum der Nachkontrolle ist verstrichen: Kontaktieren Sie den Patienten.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>+ second interval</source>
        <translation>+ zweiter Zeitraum</translation>
    </message>
    <message>
        <source>Add a second period, e.g. after a lunch break.</source>
        <translation>Einen zweiten Zeitraum hinzufügen, z. B. nach einer Mittagspause.</translation>
    </message>
    <message>
        <source>Remove the second period</source>
        <translation>Zweiten Zeitraum entfernen</translation>
    </message>
    <message>
        <source>Sessions are proposed and booked only inside these hours. Give a day a second period for a lunch break, or tick Closed.</source>
        <translation>Sitzungen werden nur innerhalb dieser Zeiten vorgeschlagen und gebucht. Geben Sie einem Tag einen zweiten Zeitraum für eine Mittagspause, oder kreuzen Sie „Geschlossen“ an.</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wöchentliche Zeiten</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnet</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Schließt</translation>
    </message>
    <message>
        <source>Copy &amp;Monday to Tuesday–Friday</source>
        <translation>&amp;Montag auf Dienstag–Freitag kopieren</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <source>Dates the clinic is closed</source>
        <translation>Tage, an denen die Praxis geschlossen ist</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation>Ausgewählte ent&amp;fernen</translation>
    </message>
    <message>
        <source>Bank holidays, training days, holidays…</source>
        <translation>Feiertage, Fortbildungstage, Urlaub…</translation>
    </message>
    <message>
        <source>The opening hours could not be read: {reason}</source>
        <translation>Die Öffnungszeiten konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The stored opening hours could not be used ({reason}); the usual hours are shown instead.</source>
        <translation>Die gespeicherten Öffnungszeiten konnten nicht verwendet werden ({reason}); stattdessen werden die üblichen Zeiten angezeigt.</translation>
    </message>
    <message>
        <source>{day} has {count} periods; only the first two are shown and will be kept.</source>
        <translation>{day} hat {count} Zeiträume; nur die ersten zwei werden angezeigt und beibehalten.</translation>
    </message>
    <message>
        <source>Opening hours not saved: {reason}</source>
        <translation>Öffnungszeiten nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>In the past; kept for the record.</source>
        <translation>In der Vergangenheit; für die Unterlagen aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Go ahead despite screening stops?</source>
        <translation>Trotz Stopps der Kontraindikationsprüfung fortfahren?</translation>
    </message>
    <message>
        <source>Screening says stop. To mark this session done, record for each stop why it is safe to go ahead. The reasons are kept with the session, on the chart and in the audit.</source>
        <translation>Die Kontraindikationsprüfung meldet Stopp. Um diese Sitzung als abgeschlossen zu markieren, erfassen Sie für jeden Stopp, warum das Fortfahren sicher ist. Die Gründe werden mit der Sitzung, in der Akte und im Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Go ahead and save</source>
        <translation>&amp;Fortfahren und speichern</translation>
    </message>
    <message>
        <source>Reason for going ahead despite: {stop}</source>
        <translation>Grund für das Fortfahren trotz: {stop}</translation>
    </message>
    <message>
        <source>e.g. pregnancy test negative today; patient&apos;s GP agreed in writing</source>
        <translation>z. B. Schwangerschaftstest heute negativ; Hausarzt des Patienten hat schriftlich zugestimmt</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead:</source>
        <translation>Warum das Fortfahren sicher ist:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinic overview</source>
        <translation>Praxisübersicht</translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Aktive Patienten</translation>
    </message>
    <message>
        <source>Archived patients</source>
        <translation>Archivierte Patienten</translation>
    </message>
    <message>
        <source>Sessions recorded</source>
        <translation>Erfasste Sitzungen</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add the first patient with &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) on the Patients page; the sessions you record appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Patienten.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fügen Sie den ersten Patienten mit &lt;b&gt;Neuer Patient&lt;/b&gt; (Ctrl+N) auf der Seite „Patienten“ hinzu; die erfassten Sitzungen erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a patient&apos;s chart and choose &lt;b&gt;New session&lt;/b&gt; (Ctrl+Shift+N); sessions appear here as soon as they are saved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Sitzungen erfasst.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Öffnen Sie die Akte eines Patienten und wählen Sie &lt;b&gt;Neue Sitzung&lt;/b&gt; (Ctrl+Shift+N); Sitzungen erscheinen hier, sobald sie gespeichert sind.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Behandlungsserien</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Sessions ({0})</source>
        <translation>Sitzungen ({0})</translation>
    </message>
    <message>
        <source>Courses ({0})</source>
        <translation>Behandlungsserien ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0})</source>
        <translation>Unerwünschte Ereignisse ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0}, {1} open)</source>
        <translation>Unerwünschte Ereignisse ({0}, {1} offen)</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Patienten archivieren</translation>
    </message>
    <message>
        <source>Archive {0}? Their records are kept and can be restored later, but they no longer appear in the patient list.

Reason (required):</source>
        <translation>{0} archivieren? Die Einträge bleiben erhalten und können später wiederhergestellt werden, erscheinen aber nicht mehr in der Patientenliste.

Grund (erforderlich):</translation>
    </message>
    <message>
        <source>The patient was not archived: a reason is required.</source>
        <translation>Der Patient wurde nicht archiviert: Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Patienten wiederherstellen</translation>
    </message>
    <message>
        <source>Restore {0} to the patient list?</source>
        <translation>{0} in der Patientenliste wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record what the patient tells you at the first consultation.</source>
        <translation>Erfassen Sie, was der Patient Ihnen beim Erstgespräch mitteilt.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>No medical profile recorded yet.</source>
        <translation>Noch kein medizinisches Profil erfasst.</translation>
    </message>
    <message>
        <source>Recorded {when} by {who}. Saving changes here keeps that version in the history.</source>
        <translation>Erfasst am {when} von {who}. Beim Speichern von Änderungen hier bleibt diese Version im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Noch nichts gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Possibly already registered: {who}</source>
        <translation>Möglicherweise bereits registriert: {who}</translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation>kein Geburtsdatum</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[archiviert]</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>A patient with the same name and date of birth is already registered:

{who}

Save this patient anyway?</source>
        <translation>Ein Patient mit demselben Namen und Geburtsdatum ist bereits registriert:

{who}

Diesen Patienten trotzdem speichern?</translation>
    </message>
    <message>
        <source>Not saved: check the possible duplicate first.</source>
        <translation>Nicht gespeichert: Prüfen Sie zuerst das mögliche Duplikat.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts wurde gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Die Änderungen des anderen Platzes sind geladen und Ihre darübergelegt: Prüfen Sie sie und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this patient. Save again to decide.</source>
        <translation>Nicht gespeichert: Ein anderer Platz hat diesen Patienten geändert. Speichern Sie erneut, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergene</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>On blood thinners</source>
        <translation>Nimmt Blutverdünner</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Autoimmune notes</source>
        <translation>Notizen zur Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Hauterkrankungen</translation>
    </message>
    <message>
        <source>Skin condition areas</source>
        <translation>Zonen mit Hauterkrankung</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Schwanger oder stillend</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Angst vor Nadeln</translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation>Profilnotizen</translation>
    </message>
    <message>
        <source>This patient has changes that are not saved. Save them now?</source>
        <translation>Dieser Patient hat ungespeicherte Änderungen. Jetzt speichern?</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Vorname *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Nachname *</translation>
    </message>
    <message>
        <source>Type the date as {format}; leave empty if unknown.</source>
        <translation>Geben Sie das Datum als {format} ein; leer lassen, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>The clinic&apos;s language</source>
        <translation>Die Sprache der Praxis</translation>
    </message>
    <message>
        <source>The language of this patient&apos;s aftercare sheets</source>
        <translation>Die Sprache der Nachsorgeblätter dieses Patienten</translation>
    </message>
    <message>
        <source>Sheets &amp;in</source>
        <translation>Blätter &amp;auf</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Medical profile</source>
        <translation>Medizinisches Profil</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Substances, separated by commas</source>
        <translation>Substanzen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A&amp;llergens</source>
        <translation>A&amp;llergene</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>On blood &amp;thinners (aspirin, NSAIDs, anticoagulants)</source>
        <translation>Nimmt &amp;Blutverdünner (Aspirin, NSAR, Antikoagulanzien)</translation>
    </message>
    <message>
        <source>A&amp;utoimmune disease</source>
        <translation>A&amp;utoimmunerkrankung</translation>
    </message>
    <message>
        <source>Which one, treatment</source>
        <translation>Welche, Behandlung</translation>
    </message>
    <message>
        <source>Tendency to &amp;keloids or hypertrophic scars</source>
        <translation>Neigung zu &amp;Keloiden oder hypertrophen Narben</translation>
    </message>
    <message>
        <source>e.g. eczema, active acne, rosacea</source>
        <translation>z. B. Ekzem, aktive Akne, Rosazea</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Hauterkrankungen</translation>
    </message>
    <message>
        <source>Areas with a skin condition</source>
        <translation>Zonen mit Hauterkrankung</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current area.</source>
        <translation>Leertaste hakt die aktuelle Zone an oder ab.</translation>
    </message>
    <message>
        <source>in the areas</source>
        <translation>in den Zonen</translation>
    </message>
    <message>
        <source>P&amp;regnant or breastfeeding</source>
        <translation>Sch&amp;wanger oder stillend</translation>
    </message>
    <message>
        <source>Fear of needles</source>
        <translation>Angst vor Nadeln</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>{date} does not exist: check the day and the month.</source>
        <translation>{date} existiert nicht: Prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Type the date as {format}, for example {example}.</source>
        <translation>Geben Sie das Datum als {format} ein, zum Beispiel {example}.</translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>This patient is archived.</source>
        <translation>Dieser Patient ist archiviert.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Search by name, date of birth ({format}) or phone</source>
        <translation>Suche nach Name, Geburtsdatum ({format}) oder Telefon</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Ctrl+F. Press ↓ to move into the list.</source>
        <translation>Ctrl+F. Drücken Sie ↓, um in die Liste zu wechseln.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Patienten hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>1 patient matches</source>
        <translation>1 Patient gefunden</translation>
    </message>
    <message>
        <source>{n} patients match</source>
        <translation>{n} Patienten gefunden</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} Patienten</translation>
    </message>
    <message>
        <source>The patient list could not be read</source>
        <translation>Die Patientenliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No patient matches “{text}”</source>
        <translation>Kein Patient passt zu „{text}“</translation>
    </message>
    <message>
        <source>Search by family or given name (accents and capitals do not matter), by date of birth as {format}, or by phone number.</source>
        <translation>Suchen Sie nach Nach- oder Vorname (Akzente und Groß-/Kleinschreibung spielen keine Rolle), nach Geburtsdatum als {format} oder nach Telefonnummer.</translation>
    </message>
    <message>
        <source>Tick “Show archived” to include archived patients.</source>
        <translation>Kreuzen Sie „Archivierte anzeigen“ an, um archivierte Patienten einzubeziehen.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a new patient.</source>
        <translation>Drücken Sie Ctrl+N, um einen neuen Patienten hinzuzufügen.</translation>
    </message>
    <message>
        <source>All patients are archived</source>
        <translation>Alle Patienten sind archiviert</translation>
    </message>
    <message>
        <source>Tick “Show archived” to see them, or press Ctrl+N to add a new patient.</source>
        <translation>Kreuzen Sie „Archivierte anzeigen“ an, um sie zu sehen, oder drücken Sie Ctrl+N, um einen neuen Patienten hinzuzufügen.</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Noch keine Patienten</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add the first patient.</source>
        <translation>Drücken Sie Ctrl+N, um den ersten Patienten hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document is not ready to print.</source>
        <translation>Das Dokument ist noch nicht druckbereit.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page.</source>
        <translation>Der gewählte Seitenbereich enthält keine Seite.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Das PDF konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Breite einpassen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>This PDF could not be shown; you can still save it.</source>
        <translation>Dieses PDF konnte nicht angezeigt werden; Sie können es trotzdem speichern.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation>Seite {current} von {count}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>{0}

Choose another folder and try again.</source>
        <translation>{0}

Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PhotoConsent</name>
    <message>
        <source>Clinical record only</source>
        <translation>Nur für die Patientenakte</translation>
    </message>
    <message>
        <source>Also teaching and marketing</source>
        <translation>Auch für Lehre und Marketing</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importieren</numerusform>
            <numerusform>%n Fotos importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Fotodetails</translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation>Keine bestimmte Sitzung</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Before or after:</source>
        <translation>&amp;Vorher oder nachher:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Patient agreed to:</source>
        <translation>&amp;Patient hat zugestimmt zu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>mesodesk keeps a cleaned copy: the picture is turned upright and its camera data (EXIF, GPS position, maker notes) is removed.</source>
        <translation>mesodesk speichert eine bereinigte Kopie: Das Bild wird aufgerichtet und seine Kameradaten (EXIF, GPS-Position, Herstellerangaben) werden entfernt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>PhotoPhase</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Front</source>
        <translation>Vorn</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° links</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Linkes Profil</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° rechts</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Rechtes Profil</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Körper, von vorn</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Körper, von hinten</translation>
    </message>
    <message>
        <source>Body, left side</source>
        <translation>Körper, linke Seite</translation>
    </message>
    <message>
        <source>Body, right side</source>
        <translation>Körper, rechte Seite</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nahaufnahme</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Alle Ansichten</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Remove from gallery</source>
        <translation>Aus Galerie &amp;entfernen</translation>
    </message>
    <message>
        <source>Camera &amp;folder…</source>
        <translation>Kamera&amp;ordner…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No photos yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop photos here, use &lt;i&gt;Import photos…&lt;/i&gt;, or choose the camera folder this desk&apos;s camera or phone saves into.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Fotos.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie Fotos hier ab, verwenden Sie &lt;i&gt;Fotos importieren…&lt;/i&gt; oder wählen Sie den Kameraordner, in den die Kamera oder das Telefon dieses Platzes speichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation>Fotos ({0})</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>Kameraordner</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) in the camera folder: import them into this chart</source>
        <translation>
            <numerusform>%n neues Foto im Kameraordner: in diese Akte importieren</numerusform>
            <numerusform>%n neue Fotos im Kameraordner: in diese Akte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Fotodetails</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Foto exportieren</translation>
    </message>
    <message>
        <source>Images (*.jpg *.png)</source>
        <translation>Bilder (*.jpg *.png)</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>Aus Galerie entfernen</translation>
    </message>
    <message>
        <source>Remove this photo from the gallery? It stays in the record&apos;s history.</source>
        <translation>Dieses Foto aus der Galerie entfernen? Es bleibt im Verlauf des Eintrags erhalten.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Pic&amp;k a folder…</source>
        <translation>Ordner wä&amp;hlen…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>only when mesodesk closes</source>
        <translation>nur beim Schließen von mesodesk</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sichern &amp;alle:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>&amp;Tägliche Sicherungen behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>&amp;Wöchentliche Sicherungen behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>&amp;Monatliche Sicherungen behalten:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>W&amp;arn when older than:</source>
        <translation>Wa&amp;rnen, wenn älter als:</translation>
    </message>
    <message>
        <source>E&amp;ncrypt backups with a passphrase</source>
        <translation>Sicherungen mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Type the passphrase:</source>
        <translation>Passphrase &amp;eingeben:</translation>
    </message>
    <message>
        <source>Type it aga&amp;in:</source>
        <translation>Erneut ei&amp;ngeben:</translation>
    </message>
    <message>
        <source>Save backup settin&amp;gs</source>
        <translation>Sicherungseinstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>{0} (beside the database)</source>
        <translation>{0} (neben der Datenbank)</translation>
    </message>
    <message>
        <source>Type a passphrase for the encrypted backups (twice).</source>
        <translation>Geben Sie eine Passphrase für die verschlüsselten Sicherungen ein (zweimal).</translation>
    </message>
    <message>
        <source>Use at least {0} characters for the passphrase.</source>
        <translation>Verwenden Sie mindestens {0} Zeichen für die Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Die beiden Passphrasen sind verschieden; geben Sie in beiden Feldern dieselbe ein.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Ordner für die Sicherungen</translation>
    </message>
    <message>
        <source>Unencrypted backups can be read by anyone who has the file: keep them on this computer or an encrypted disk.</source>
        <translation>Unverschlüsselte Sicherungen kann jeder lesen, der die Datei hat: Bewahren Sie sie auf diesem Computer oder einem verschlüsselten Datenträger auf.</translation>
    </message>
    <message>
        <source>A passphrase is set. Leave both fields empty to keep it, or type a new one twice. Without the passphrase an encrypted backup cannot be restored.</source>
        <translation>Eine Passphrase ist festgelegt. Lassen Sie beide Felder leer, um sie zu behalten, oder geben Sie zweimal eine neue ein. Ohne die Passphrase kann eine verschlüsselte Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Type the passphrase twice and keep it somewhere safe: without it an encrypted backup cannot be restored.</source>
        <translation>Geben Sie die Passphrase zweimal ein und bewahren Sie sie sicher auf: Ohne sie kann eine verschlüsselte Sicherung nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>PractitionerCombo</name>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>Practitioner {0}</source>
        <translation>Behandler {0}</translation>
    </message>
</context>
<context>
    <name>PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No practitioners yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Type a name on the right and press &lt;b&gt;Add&lt;/b&gt;. Every session records the practitioner who performed it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Behandler.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Geben Sie rechts einen Namen ein und drücken Sie &lt;b&gt;Hinzufügen&lt;/b&gt;. Jede Sitzung erfasst den Behandler, der sie durchgeführt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte anzeigen</translation>
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation>Ne&amp;uer Behandler</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>e.g. Dr Anna Berg</source>
        <translation>z. B. Dr. Anna Berg</translation>
    </message>
    <message>
        <source>Optional, e.g. Aesthetic physician</source>
        <translation>Optional, z. B. Ästhetische Ärztin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Practitioners could not be loaded: {0}</source>
        <translation>Behandler konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>Neuer Behandler</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} umbenennen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Geben Sie den Namen des Behandlers ein.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>{name} was archived; their sessions keep their name.</source>
        <translation>{name} wurde archiviert; die Sitzungen behalten den Namen.</translation>
    </message>
    <message>
        <source>{name} was restored.</source>
        <translation>{name} wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Cannot prepare the document</source>
        <translation>Dokument kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Aftercare sheet: {name}</source>
        <translation>Nachsorgeblatt: {name}</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients</source>
        <translation>Nachsorgeblätter: {n} Patienten</translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation>Einwilligungsformular: {name}</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation>Produkt: {name}</translation>
    </message>
    <message>
        <source>As printed on the box, e.g. Lipo Contour 10 ml</source>
        <translation>Wie auf der Schachtel gedruckt, z. B. Lipo Contour 10 ml</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. caffeine, L-carnitine</source>
        <translation>Durch Kommas getrennt, z. B. Koffein, L-Carnitin</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation>&amp;Hersteller</translation>
    </message>
    <message>
        <source>&amp;Solution type *</source>
        <translation>&amp;Lösungstyp *</translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation>&amp;Inhaltsstoffe</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Lösungstyp</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Inhaltsstoffe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours put back: check, then save.</source>
        <translation>Die Änderungen des anderen Platzes sind geladen und Ihre wieder eingesetzt: prüfen, dann speichern.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this product. Save again to decide.</source>
        <translation>Nicht gespeichert: Ein anderer Platz hat dieses Produkt geändert. Speichern Sie erneut, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Geben Sie den Namen des Produkts ein.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Wählen Sie den Lösungstyp.</translation>
    </message>
    <message>
        <source>The product was not saved: {reason}</source>
        <translation>Das Produkt wurde nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Expired 1 day ago</source>
        <translation>Seit 1 Tag abgelaufen</translation>
    </message>
    <message>
        <source>Expired {n} days ago</source>
        <translation>Seit {n} Tagen abgelaufen</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expires soon: tomorrow</source>
        <translation>Läuft bald ab: morgen</translation>
    </message>
    <message>
        <source>Expires soon: in {n} days</source>
        <translation>Läuft bald ab: in {n} Tagen</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Inhaltsstoffe</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>No lots</source>
        <translation>Keine Chargen</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation>{n} Chargen</translation>
    </message>
    <message>
        <source>{n} expiring soon</source>
        <translation>{n} laufen bald ab</translation>
    </message>
    <message>
        <source>{n} expired</source>
        <translation>{n} abgelaufen</translation>
    </message>
    <message>
        <source>{n} expired, none left</source>
        <translation>{n} abgelaufen, aufgebraucht</translation>
    </message>
    <message>
        <source>Products and lots</source>
        <translation>Produkte und Chargen</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>Produkt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive product</source>
        <translation>Produkt &amp;archivieren</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte anzeigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No products yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add each product the clinic injects with &lt;b&gt;New product…&lt;/b&gt;, under its solution type, with its ingredients.&lt;br&gt;Then record the lot number and expiry date of every box that arrives, so sessions can say which lot was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Produkte.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fügen Sie jedes Produkt, das die Praxis injiziert, mit &lt;b&gt;Neues Produkt…&lt;/b&gt; unter seinem Lösungstyp und mit seinen Inhaltsstoffen hinzu.&lt;br&gt;Erfassen Sie dann Chargennummer und Verfallsdatum jeder eingehenden Packung, damit Sitzungen angeben können, welche Charge verwendet wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Products could not be loaded: {0}</source>
        <translation>Produkte konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>Select a product above to see its lots and their expiry dates.</source>
        <translation>Wählen Sie oben ein Produkt aus, um seine Chargen und deren Verfallsdaten zu sehen.</translation>
    </message>
    <message>
        <source>Lots of {product}</source>
        <translation>Chargen von {product}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No lots recorded for this product.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a box arrives, use &lt;b&gt;Add lot…&lt;/b&gt; to record the lot number and expiry date printed on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Chargen für dieses Produkt erfasst.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wenn eine Packung eintrifft, erfassen Sie mit &lt;b&gt;Charge hinzufügen…&lt;/b&gt; die darauf gedruckte Chargennummer und das Verfallsdatum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This product is archived; restore it to record new lots.</source>
        <translation>Dieses Produkt ist archiviert; stellen Sie es wieder her, um neue Chargen zu erfassen.</translation>
    </message>
    <message>
        <source>&amp;Restore product</source>
        <translation>Produkt &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore lo&amp;t</source>
        <translation>Charge wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Charge ar&amp;chivieren</translation>
    </message>
    <message>
        <source>The product was not changed: {0}</source>
        <translation>Das Produkt wurde nicht geändert: {0}</translation>
    </message>
    <message>
        <source>The lot was not changed: {0}</source>
        <translation>Die Charge wurde nicht geändert: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Current medical profile</source>
        <translation>Aktuelles medizinisches Profil</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No medical profile recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Edit patient…&lt;/b&gt; to record allergies, medications and other contraindications before the first session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein medizinisches Profil erfasst.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erfassen Sie mit &lt;b&gt;Patient bearbeiten…&lt;/b&gt; vor der ersten Sitzung Allergien, Medikamente und andere Kontraindikationen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Profile history</source>
        <translation>Profilverlauf</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Was erfasst wurde</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>{0} (areas: {1})</source>
        <translation>{0} (Zonen: {1})</translation>
    </message>
    <message>
        <source>{0} — takes blood thinners</source>
        <translation>{0} — nimmt Blutverdünner</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Hauterkrankungen</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Schwanger oder stillend</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Angst vor Nadeln</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>allergies: {0}</source>
        <translation>Allergien: {0}</translation>
    </message>
    <message>
        <source>blood thinners</source>
        <translation>Blutverdünner</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>autoimmune disease</source>
        <translation>Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>skin conditions</source>
        <translation>Hauterkrankungen</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation>schwanger oder stillend</translation>
    </message>
    <message>
        <source>needle anxiety</source>
        <translation>Angst vor Nadeln</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>nothing of note</source>
        <translation>nichts Erwähnenswertes</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <source>Proposed sessions</source>
        <translation>Vorgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Propose dates&lt;/b&gt; (Enter) to see when the sessions would be.</source>
        <translation>Drücken Sie &lt;b&gt;Termine vorschlagen&lt;/b&gt; (Eingabetaste), um zu sehen, wann die Sitzungen wären.</translation>
    </message>
    <message>
        <source>nearest free slot</source>
        <translation>nächstes freies Zeitfenster</translation>
    </message>
    <message>
        <source>The preferred day or time was closed, past or already booked; this is the nearest free slot.</source>
        <translation>Der bevorzugte Tag bzw. die bevorzugte Uhrzeit war geschlossen, vergangen oder bereits gebucht; dies ist das nächste freie Zeitfenster.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{0} Nothing can be changed in this window.</source>
        <translation>{0} In diesem Fenster kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>RecallRowTableModel</name>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation>Geboren am {0}</translation>
    </message>
    <message>
        <source>This patient&apos;s record is archived.</source>
        <translation>Die Akte dieses Patienten ist archiviert.</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>Charge {0}</translation>
    </message>
    <message>
        <source>No phone number on record: reach the patient another way.</source>
        <translation>Keine Telefonnummer erfasst: Erreichen Sie den Patienten auf anderem Weg.</translation>
    </message>
</context>
<context>
    <name>Replacement</name>
    <message>
        <source>No free slot found in the next weeks for a replacement.</source>
        <translation>In den nächsten Wochen wurde kein freier Termin für einen Ersatz gefunden.</translation>
    </message>
    <message>
        <source>Book a replacement?</source>
        <translation>Ersatztermin buchen?</translation>
    </message>
    <message>
        <source>Book a new session for {name} on {day} at {time}?</source>
        <translation>Eine neue Sitzung für {name} am {day} um {time} buchen?</translation>
    </message>
    <message>
        <source>Book a replacement</source>
        <translation>Ersatztermin buchen</translation>
    </message>
    <message>
        <source>Replacement booked on {day} at {time}.</source>
        <translation>Ersatztermin am {day} um {time} gebucht.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Passwort von {0} zurücksetzen</translation>
    </message>
    <message>
        <source>Tell {0} the new password in person; they can change it with Change password… once signed in.</source>
        <translation>Teilen Sie {0} das neue Passwort persönlich mit; nach der Anmeldung kann es mit „Passwort ändern…“ geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>The password was not reset: {0}</source>
        <translation>Das Passwort wurde nicht zurückgesetzt: {0}</translation>
    </message>
</context>
<context>
    <name>ResolveEventDialog</name>
    <message>
        <source>Resolve adverse event</source>
        <translation>Unerwünschtes Ereignis abschließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, began {onset}</source>
        <translation>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, Beginn {onset}</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Wie es ausging, z. B. innerhalb einer Woche abgeklungen</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Ausgang *</translation>
    </message>
    <message>
        <source>&amp;Resolved on *</source>
        <translation>Abge&amp;klungen am *</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Type the date as {0}.</source>
        <translation>Geben Sie das Datum als {0} ein.</translation>
    </message>
    <message>
        <source>Enter the day the event resolved.</source>
        <translation>Geben Sie den Tag ein, an dem das Ereignis abgeklungen ist.</translation>
    </message>
    <message>
        <source>The event was not resolved: {0}</source>
        <translation>Das Ereignis wurde nicht abgeschlossen: {0}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This database is on a server; restore it there (see the README).</source>
        <translation>Diese Datenbank liegt auf einem Server: Stellen Sie sie dort wieder her (siehe README).</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Behandlungsserien</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product lots</source>
        <translation>Produktchargen</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Gedruckte Dokumente</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything recorded since it was taken is replaced; the current database is kept beside it under a new name, so nothing is deleted.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Alles, was seit ihrer Erstellung erfasst wurde, wird ersetzt; die aktuelle Datenbank wird unter neuem Namen daneben aufbewahrt, sodass nichts gelöscht wird.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Passphrase dieser verschlüsselten Sicherung:</translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation>&amp;Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation>Nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to restore from.</source>
        <translation>Im Sicherungsordner gibt es keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>This is a backup of another database, not of this one; it cannot be restored here.</source>
        <translation>Dies ist eine Sicherung einer anderen Datenbank, nicht dieser; sie kann hier nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored: {0}</source>
        <translation>Diese Sicherung hat die Prüfung nicht bestanden und kann nicht wiederhergestellt werden: {0}</translation>
    </message>
    <message>
        <source>Type the passphrase to see what restoring it changes.</source>
        <translation>Geben Sie die Passphrase ein, um zu sehen, was die Wiederherstellung ändert.</translation>
    </message>
    <message>
        <source>Type the passphrase of this backup first.</source>
        <translation>Geben Sie zuerst die Passphrase dieser Sicherung ein.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {0}</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: {0}</translation>
    </message>
    <message>
        <source>The current database is not deleted: it is kept as {0}.replaced-&lt;date&gt; beside it, and can be restored again from there.</source>
        <translation>Die aktuelle Datenbank wird nicht gelöscht: Sie wird als {0}.replaced-&lt;date&gt; daneben aufbewahrt und kann von dort wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restoring… the window&apos;s database is closed meanwhile.</source>
        <translation>Wiederherstellung läuft… Die Datenbank des Fensters ist währenddessen geschlossen.</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>Nichts wurde wiederhergestellt: {0}</translation>
    </message>
</context>
<context>
    <name>RuleOffDialog</name>
    <message>
        <source>Switch off a blocking rule</source>
        <translation>Sperrende Regel ausschalten</translation>
    </message>
    <message>
        <source>“{title}” stops treatments that are unsafe for the patient. Switched off, screening will no longer warn about it at all, for every patient.</source>
        <translation>„{title}“ stoppt Behandlungen, die für den Patienten unsicher sind. Ausgeschaltet warnt die Kontraindikationsprüfung überhaupt nicht mehr davor, bei keinem Patienten.</translation>
    </message>
    <message>
        <source>e.g. Our clinic treats men only</source>
        <translation>z. B. Unsere Praxis behandelt nur Männer</translation>
    </message>
    <message>
        <source>&amp;Why is it switched off? (kept in the audit log)</source>
        <translation>&amp;Warum wird sie ausgeschaltet? (wird im Protokoll gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Screening compares each planned treatment with the patient&apos;s medical profile. Block: the treatment should not go ahead. Warn: check with the patient before treating. Info: for the practitioner&apos;s attention. A switch takes effect at once and is recorded in the audit log.</source>
        <translation>Die Kontraindikationsprüfung vergleicht jede geplante Behandlung mit dem medizinischen Profil des Patienten. Sperre: Die Behandlung sollte nicht stattfinden. Warnung: Vor der Behandlung mit dem Patienten abklären. Info: zur Kenntnis des Behandlers. Eine Umschaltung wirkt sofort und wird im Protokoll erfasst.</translation>
    </message>
    <message>
        <source>Rule (tick to use)</source>
        <translation>Regel (zum Verwenden ankreuzen)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>The rules could not be read: {reason}</source>
        <translation>Die Regeln konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Message shown: {message}</source>
        <translation>Angezeigte Meldung: {message}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>as supplied</source>
        <translation>wie geliefert</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>{verb} by {who}
on {when}</source>
        <translation>{verb} von {who}
am {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Usually 4 to 10 sessions</source>
        <translation>Üblicherweise 4 bis 10 Sitzungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Days from the last session to a maintenance one</source>
        <translation>Tage von der letzten Sitzung bis zu einer Erhaltungssitzung</translation>
    </message>
    <message>
        <source>— add a practitioner first —</source>
        <translation>— zuerst einen Behandler hinzufügen —</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sessio&amp;ns:</source>
        <translation>Sitzu&amp;ngen:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Maintenance after:</source>
        <translation>&amp;Erhaltung nach:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Be&amp;handler:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>Preferred da&amp;y:</source>
        <translation>Bevorzugter &amp;Tag:</translation>
    </message>
    <message>
        <source>Preferred tim&amp;e:</source>
        <translation>Bevorzugte &amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: going ahead despite the stop was not confirmed.</source>
        <translation>Nicht gespeichert: Das Fortfahren trotz Stopp wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Nichts wurde gespeichert. {reason}</translation>
    </message>
    <message>
        <source>Saved (session of {when}).</source>
        <translation>Gespeichert (Sitzung vom {when}).</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them?</source>
        <translation>Diese Sitzung hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Speichern und s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Print aft&amp;ercare…</source>
        <translation>Nachsorgeblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Nachsorgeblatt drucken…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Sitzung vom {when}</translation>
    </message>
    <message>
        <source>Session of {when} · {status}</source>
        <translation>Sitzung vom {when} · {status}</translation>
    </message>
    <message>
        <source>changes are recorded as amendments</source>
        <translation>Änderungen werden als Nachträge erfasst</translation>
    </message>
    <message>
        <source>Available once the session is saved as done.</source>
        <translation>Verfügbar, sobald die Sitzung als abgeschlossen gespeichert ist.</translation>
    </message>
    <message>
        <source>Screening could not run: {reason}</source>
        <translation>Die Kontraindikationsprüfung konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>Save the session first: the sheet prints what is recorded.</source>
        <translation>Speichern Sie zuerst die Sitzung: Das Blatt druckt, was erfasst ist.</translation>
    </message>
    <message>
        <source>Aftercare sheets are for done sessions. Mark the session done first.</source>
        <translation>Nachsorgeblätter gibt es für abgeschlossene Sitzungen. Markieren Sie die Sitzung zuerst als abgeschlossen.</translation>
    </message>
    <message>
        <source>Amend a done session</source>
        <translation>Abgeschlossene Sitzung ändern</translation>
    </message>
    <message>
        <source>This session is already done; the change is kept in its history.
Reason for the amendment (optional):</source>
        <translation>Diese Sitzung ist bereits abgeschlossen; die Änderung wird in ihrem Verlauf festgehalten.
Grund der Änderung (optional):</translation>
    </message>
    <message>
        <source>Not saved: the amendment was cancelled.</source>
        <translation>Nicht gespeichert: Die Änderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Sitzung verschieben</translation>
    </message>
    <message>
        <source>Not saved: the move was cancelled.</source>
        <translation>Nicht gespeichert: Das Verschieben wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The course&apos;s later sessions were not moved: {reason}</source>
        <translation>Die späteren Sitzungen der Behandlungsserie wurden nicht verschoben: {reason}</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>1 spätere Sitzung der Behandlungsserie wurde mitverschoben.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>{n} spätere Sitzungen der Behandlungsserie wurden mitverschoben.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Zeile {n}: {problem}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Die Änderungen des anderen Platzes sind geladen und Ihre darübergelegt: Prüfen Sie sie und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this session. Save again to decide.</source>
        <translation>Nicht gespeichert: Ein anderer Platz hat diese Sitzung geändert. Speichern Sie erneut, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Anaesthetic used</source>
        <translation>Anästhetikum verwendet</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anästhetikum</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Sofortige Reaktionen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Treatment lines</source>
        <translation>Behandlungszeilen</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>Charge {lot}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Zeile {n}: {problem}</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line.</source>
        <translation>Eine abgeschlossene Sitzung braucht mindestens eine Behandlungszeile.</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Wählen Sie die behandelte Zone.</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Every saved version of this session is kept. Each entry lists the fields that changed.</source>
        <translation>Jede gespeicherte Version dieser Sitzung wird aufbewahrt. Jeder Eintrag listet die geänderten Felder auf.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Nachgetragen</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation>(keine sichtbare Änderung)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>Topische Anästhesie</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Anästhetikum</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Sofortige Reaktionen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Solution / product</source>
        <translation>Lösung / Produkt</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Ohne Einwilligung</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Ohne Charge</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Ohne Checkliste</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Im Eintrag fehlt: {0}</translation>
    </message>
    <message>
        <source>Went ahead despite a screening stop:</source>
        <translation>Trotz eines Stopps der Kontraindikationsprüfung durchgeführt:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Änderungsverlauf…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Nachsorgeblatt drucken…</translation>
    </message>
    <message>
        <source>Record adverse event…</source>
        <translation>Unerwünschtes Ereignis erfassen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;New session…&lt;/b&gt; to record one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Sitzungen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erfassen Sie eine mit &lt;b&gt;Neue Sitzung…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This patient is archived: use &lt;b&gt;Restore…&lt;/b&gt; to record sessions again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Sitzungen erfasst.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dieser Patient ist archiviert: Verwenden Sie &lt;b&gt;Wiederherstellen…&lt;/b&gt;, um wieder Sitzungen zu erfassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{0} sessions, newest first</source>
        <translation>{0} Sitzungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Select a done session.</source>
        <translation>Wählen Sie eine abgeschlossene Sitzung aus.</translation>
    </message>
    <message>
        <source>Preview and print its aftercare sheet</source>
        <translation>Vorschau und Druck des Nachsorgeblatts</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Session of {0} — {1}</source>
        <translation>Sitzung vom {0} — {1}</translation>
    </message>
    <message>
        <source>no areas</source>
        <translation>keine Zonen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>Pra&amp;xis</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>Öffnungs&amp;zeiten</translation>
    </message>
    <message>
        <source>&amp;Aftercare texts</source>
        <translation>&amp;Nachsorgetexte</translation>
    </message>
    <message>
        <source>C&amp;onsent texts</source>
        <translation>&amp;Einwilligungstexte</translation>
    </message>
    <message>
        <source>Screening &amp;rules</source>
        <translation>Prüf&amp;regeln</translation>
    </message>
    <message>
        <source>Save the clinic details and opening hours</source>
        <translation>Praxisangaben und Öffnungszeiten speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Nichts wurde gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts wurde gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Consent required</source>
        <translation>Einwilligung erforderlich</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are kept; yours are still here: apply to save.</source>
        <translation>Die Änderungen des anderen Platzes bleiben erhalten; Ihre sind noch hier: Übernehmen, um zu speichern.</translation>
    </message>
    <message>
        <source>Nothing was saved: another desk changed these settings. Apply to decide.</source>
        <translation>Nichts wurde gespeichert: Ein anderer Platz hat diese Einstellungen geändert. Übernehmen, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Some settings have changes that are not saved. Save them now?</source>
        <translation>Einige Einstellungen haben ungespeicherte Änderungen. Jetzt speichern?</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Mittellinie</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <source>Restored from the backup {0}.</source>
        <translation>Aus der Sicherung {0} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>mesodesk found damage in {0}:
{1}

Nothing will be written to it. You can go back to the latest good backup (the damaged file is kept beside it), or open it read-only to look at what it still holds.</source>
        <translation>mesodesk hat einen Schaden in {0} gefunden:
{1}

Es wird nichts hineingeschrieben. Sie können zur letzten gültigen Sicherung zurückkehren (die beschädigte Datei wird daneben aufbewahrt) oder sie schreibgeschützt öffnen, um zu sehen, was sie noch enthält.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Passphrase dieser verschlüsselten Sicherung:</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>Letzte gültige Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open read-only to look</source>
        <translation>&amp;Schreibgeschützt zum Ansehen öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>There is no good backup to restore from.</source>
        <translation>Es gibt keine gültige Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The latest good backup was taken {0} UTC ({1}).</source>
        <translation>Die letzte gültige Sicherung wurde am {0} UTC erstellt ({1}).</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>{0} is damaged; it was not opened.</source>
        <translation>{0} ist beschädigt; die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The restore did not happen: {0}</source>
        <translation>Die Wiederherstellung wurde nicht durchgeführt: {0}</translation>
    </message>
    <message>
        <source>The database is damaged ({0}); it is open for looking only.</source>
        <translation>Die Datenbank ist beschädigt ({0}); sie ist nur zum Ansehen geöffnet.</translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <source>Nappage</source>
        <translation>Nappage</translation>
    </message>
    <message>
        <source>Papule</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punkt für Punkt</translation>
    </message>
    <message>
        <source>Linear / retrograde</source>
        <translation>Linear / retrograd</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation>Versionen (neueste zuerst)</translation>
    </message>
    <message>
        <source>Separate paragraphs with an empty line; line breaks inside a paragraph are joined when printed. The patient signs under the whole text.</source>
        <translation>Trennen Sie Absätze durch eine Leerzeile; Zeilenumbrüche innerhalb eines Absatzes werden beim Drucken zusammengeführt. Der Patient unterschreibt unter dem gesamten Text.</translation>
    </message>
    <message>
        <source>One item per line; empty lines are ignored. A sheet prints the general text followed by the texts of the solution types and areas treated, without repeats.</source>
        <translation>Ein Punkt pro Zeile; Leerzeilen werden ignoriert. Ein Blatt druckt den allgemeinen Text, gefolgt von den Texten der behandelten Lösungstypen und Zonen, ohne Wiederholungen.</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Reset to &amp;default…</source>
        <translation>Auf Standard &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>The texts could not be read: {reason}</source>
        <translation>Die Texte konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>This text could not be read: {reason}</source>
        <translation>Dieser Text konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{version} — read-only. Documents printed with it keep naming it; to use this text again, copy it into the editor and save.</source>
        <translation>{version} — schreibgeschützt. Damit gedruckte Dokumente nennen sie weiterhin; um diesen Text wieder zu verwenden, kopieren Sie ihn in den Editor und speichern Sie.</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>No text of its own: patients sign the “Every treatment” text. A text written here replaces it for this solution type, so include everything the patient signs.</source>
        <translation>Kein eigener Text: Patienten unterschreiben den Text „Jede Behandlung“. Ein hier geschriebener Text ersetzt ihn für diesen Lösungstyp; nehmen Sie also alles auf, was der Patient unterschreibt.</translation>
    </message>
    <message>
        <source>No text of its own yet: sheets print the general text and the other texts that apply.</source>
        <translation>Noch kein eigener Text: Blätter drucken den allgemeinen Text und die anderen zutreffenden Texte.</translation>
    </message>
    <message>
        <source>In use: version {n}, edited by {who} on {when}.</source>
        <translation>In Verwendung: Version {n}, bearbeitet von {who} am {when}.</translation>
    </message>
    <message>
        <source>In use: the default text supplied with mesodesk (version {n}).</source>
        <translation>In Verwendung: der mit mesodesk gelieferte Standardtext (Version {n}).</translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Nichts zu speichern: Der Text ist unverändert.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved as version {n}; earlier versions stay on record.</source>
        <translation>Als Version {n} gespeichert; frühere Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Go back to the text supplied with mesodesk for “{label}”? The current text stays in the version history.</source>
        <translation>Zum mit mesodesk gelieferten Text für „{label}“ zurückkehren? Der aktuelle Text bleibt im Versionsverlauf erhalten.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this text will be lost.</source>
        <translation>Ihre ungespeicherten Änderungen an diesem Text gehen verloren.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Not reset: {reason}</source>
        <translation>Nicht zurückgesetzt: {reason}</translation>
    </message>
    <message>
        <source>The default text is in use again (version {n}).</source>
        <translation>Der Standardtext ist wieder in Verwendung (Version {n}).</translation>
    </message>
    <message>
        <source>The text of an older version is in the editor; save to use it.</source>
        <translation>Der Text einer älteren Version ist im Editor; speichern Sie, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Ungespeicherter Text</translation>
    </message>
    <message>
        <source>The text “{label}” has changes that are not saved. Save them as a new version?</source>
        <translation>Der Text „{label}“ hat ungespeicherte Änderungen. Als neue Version speichern?</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Bitte tun</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Bitte vermeiden</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Rufen Sie die Praxis an bei</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Preview: consent form for a sample patient</source>
        <translation>Vorschau: Einwilligungsformular für einen Beispielpatienten</translation>
    </message>
    <message>
        <source>Preview: sheet for a sample patient</source>
        <translation>Vorschau: Blatt für einen Beispielpatienten</translation>
    </message>
    <message>
        <source>A real sheet also prints the general text and that of each area treated.</source>
        <translation>Ein echtes Blatt druckt auch den allgemeinen Text und den jeder behandelten Zone.</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>Updated {time}; the preview follows your typing.</source>
        <translation>Aktualisiert {time}; die Vorschau folgt Ihrer Eingabe.</translation>
    </message>
</context>
<context>
    <name>TextKeyTree</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Solution types</source>
        <translation>Lösungstypen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>edited v{n}</source>
        <translation>bearbeitet v{n}</translation>
    </message>
    <message>
        <source>default v{n}</source>
        <translation>Standard v{n}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>done</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <source>{n}. {date}: {status}</source>
        <translation>{n}. {date}: {status}</translation>
    </message>
    <message>
        <source>{n} still to plan</source>
        <translation>{n} noch zu planen</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>The day could not be loaded: {0}</source>
        <translation>Der Tag konnte nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <source>{n} arrived</source>
        <translation>{n} eingetroffen</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} abgeschlossen</translation>
    </message>
    <message>
        <source>1 aftercare sheet to print</source>
        <translation>1 Nachsorgeblatt zu drucken</translation>
    </message>
    <message>
        <source>{n} aftercare sheets to print</source>
        <translation>{n} Nachsorgeblätter zu drucken</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions for {name} on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;All practitioners&lt;/b&gt; to see the whole day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Sitzungen für {name} am {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wählen Sie &lt;b&gt;Alle Behandler&lt;/b&gt;, um den ganzen Tag zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Book one from a patient&apos;s chart with &lt;b&gt;New session…&lt;/b&gt;,&lt;br&gt;or pick another day with the arrows or the date above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Sitzungen am {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Buchen Sie eine in der Akte eines Patienten mit &lt;b&gt;Neue Sitzung…&lt;/b&gt;,&lt;br&gt;oder wählen Sie mit den Pfeilen oder dem Datum oben einen anderen Tag.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{n} marked arrived.</source>
        <translation>{n} als eingetroffen markiert.</translation>
    </message>
    <message>
        <source>{n} marked done.</source>
        <translation>{n} als abgeschlossen markiert.</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. “called in sick”:</source>
        <translation>Grund (optional), z. B. „krank gemeldet“:</translation>
    </message>
    <message>
        <source>{n} marked no-show.</source>
        <translation>{n} als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <source>Left as they were: {rows}.</source>
        <translation>Unverändert gelassen: {rows}.</translation>
    </message>
    <message>
        <source>This session was not changed:</source>
        <translation>Diese Sitzung wurde nicht geändert:</translation>
    </message>
    <message>
        <source>These sessions were not changed:</source>
        <translation>Diese Sitzungen wurden nicht geändert:</translation>
    </message>
    <message>
        <source>Select the sessions whose aftercare sheets you want to print.</source>
        <translation>Wählen Sie die Sitzungen aus, deren Nachsorgeblätter Sie drucken möchten.</translation>
    </message>
    <message>
        <source>Aftercare sheets are printed for done sessions only, and none of the selected sessions is done yet.

Mark a session done first (Ctrl+Shift+D).</source>
        <translation>Nachsorgeblätter werden nur für abgeschlossene Sitzungen gedruckt, und keine der ausgewählten Sitzungen ist bereits abgeschlossen.

Markieren Sie zuerst eine Sitzung als abgeschlossen (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>{skipped} of the {total} selected sessions are not done and were left out; printing the sheets of the {n} done ones.</source>
        <translation>{skipped} der {total} ausgewählten Sitzungen sind nicht abgeschlossen und wurden ausgelassen; die Blätter der {n} abgeschlossenen werden gedruckt.</translation>
    </message>
    <message>
        <source>No session listed on {day} is done yet, so there is no sheet to print.</source>
        <translation>Keine der am {day} aufgeführten Sitzungen ist bereits abgeschlossen, daher gibt es kein Blatt zu drucken.</translation>
    </message>
    <message>
        <source>The sheets to print could not be found: {0}</source>
        <translation>Die zu druckenden Blätter konnten nicht gefunden werden: {0}</translation>
    </message>
    <message>
        <source>The aftercare sheets of the {n} done sessions listed on {day} are all printed.

To print them again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>Die Nachsorgeblätter der {n} abgeschlossenen Sitzungen am {day} sind alle gedruckt.

Um sie erneut zu drucken, wählen Sie „Alle abgeschlossenen drucken, auch gedruckte“ über den Pfeil neben „Alle abgeschlossenen drucken“.</translation>
    </message>
    <message>
        <source>The aftercare sheet of the done session listed on {day} is printed.

To print it again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>Das Nachsorgeblatt der abgeschlossenen Sitzung am {day} ist gedruckt.

Um es erneut zu drucken, wählen Sie „Alle abgeschlossenen drucken, auch gedruckte“ über den Pfeil neben „Alle abgeschlossenen drucken“.</translation>
    </message>
    <message>
        <source>1 sheet already printed is left out; </source>
        <translation>1 bereits gedrucktes Blatt wird ausgelassen; </translation>
    </message>
    <message>
        <source>{n} sheets already printed are left out; </source>
        <translation>{n} bereits gedruckte Blätter werden ausgelassen; </translation>
    </message>
    <message>
        <source>“Print all done, including printed” prints them all.</source>
        <translation>„Alle abgeschlossenen drucken, auch gedruckte“ druckt sie alle.</translation>
    </message>
    <message>
        <source>Print aftercare</source>
        <translation>Nachsorgeblatt drucken</translation>
    </message>
    <message>
        <source>The aftercare sheets could not be prepared: {0}</source>
        <translation>Die Nachsorgeblätter konnten nicht vorbereitet werden: {0}</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets: {done} of {total}…</source>
        <translation>Nachsorgeblätter werden vorbereitet: {done} von {total}…</translation>
    </message>
    <message>
        <source>Building one PDF of {total} aftercare sheets…</source>
        <translation>Ein PDF aus {total} Nachsorgeblättern wird erstellt…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients, {day}</source>
        <translation>Nachsorgeblätter: {n} Patienten, {day}</translation>
    </message>
    <message>
        <source>The sheets went out, but mesodesk could not record it: {0}</source>
        <translation>Die Blätter wurden gedruckt, aber mesodesk konnte dies nicht erfassen: {0}</translation>
    </message>
    <message>
        <source>1 aftercare sheet printed.</source>
        <translation>1 Nachsorgeblatt gedruckt.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets printed in one job.</source>
        <translation>{n} Nachsorgeblätter in einem Auftrag gedruckt.</translation>
    </message>
    <message>
        <source>1 aftercare sheet saved as PDF.</source>
        <translation>1 Nachsorgeblatt als PDF gespeichert.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets saved as one PDF.</source>
        <translation>{n} Nachsorgeblätter als ein PDF gespeichert.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>lot numbers</source>
        <translation>Chargennummern</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Missing {what}</source>
        <translation>Fehlt: {what}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation>✓ Gedruckt</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Als PDF gespeichert</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>A screening block was overridden with a recorded reason.</source>
        <translation>Eine Sperre der Prüfung wurde mit erfasstem Grund übergangen.</translation>
    </message>
    <message>
        <source>The aftercare sheet was printed.</source>
        <translation>Das Nachsorgeblatt wurde gedruckt.</translation>
    </message>
    <message>
        <source>The aftercare sheet was saved as a PDF file but not printed: “Print all done” prints it.</source>
        <translation>Das Nachsorgeblatt wurde als PDF gespeichert, aber nicht gedruckt: „Alle durchgeführten drucken“ druckt es.</translation>
    </message>
    <message>
        <source>No aftercare sheet printed yet: select the row and press Ctrl+P.</source>
        <translation>Noch kein Nachsorgeblatt gedruckt: Wählen Sie die Zeile und drücken Sie Ctrl+P.</translation>
    </message>
    <message>
        <source>Open the session (double-click) to complete its record.</source>
        <translation>Öffnen Sie die Sitzung (Doppelklick), um ihre Dokumentation zu vervollständigen.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Als &amp;eingetroffen markieren</translation>
    </message>
    <message>
        <source>The patient is here (Ctrl+Shift+A)</source>
        <translation>Der Patient ist da (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;abgeschlossen markieren</translation>
    </message>
    <message>
        <source>The treatment is finished (Ctrl+Shift+D)</source>
        <translation>Die Behandlung ist beendet (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Mark &amp;no-show…</source>
        <translation>Als &amp;nicht erschienen markieren…</translation>
    </message>
    <message>
        <source>The patient did not come (Ctrl+Shift+M)</source>
        <translation>Der Patient ist nicht gekommen (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Print aftercare…</source>
        <translation>Nachsorgeblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)</source>
        <translation>Die Nachsorgeblätter der ausgewählten abgeschlossenen Sitzungen in einem Auftrag drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print all d&amp;one…</source>
        <translation>Alle abgeschlossenen dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the done sessions listed that were not printed yet (Ctrl+Shift+P); the arrow offers to print them all again</source>
        <translation>Die Nachsorgeblätter der aufgeführten abgeschlossenen Sitzungen drucken, die noch nicht gedruckt wurden (Ctrl+Shift+P); der Pfeil bietet an, alle erneut zu drucken</translation>
    </message>
    <message>
        <source>Print all done, &amp;including printed…</source>
        <translation>Alle abgeschlossenen drucken, auch &amp;gedruckte…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of every done session listed, again or not</source>
        <translation>Die Nachsorgeblätter jeder aufgeführten abgeschlossenen Sitzung drucken, ob bereits gedruckt oder nicht</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Zurück zu heute (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>TreatmentBox</name>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>&amp;Solution type:</source>
        <translation>&amp;Lösungstyp:</translation>
    </message>
    <message>
        <source>&amp;Indications (Space ticks):</source>
        <translation>&amp;Indikationen (Leertaste hakt an):</translation>
    </message>
    <message>
        <source>&amp;Areas (Space ticks):</source>
        <translation>&amp;Zonen (Leertaste hakt an):</translation>
    </message>
    <message>
        <source>Made from the indication and areas</source>
        <translation>Aus Indikation und Zonen gebildet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Volume in ml</source>
        <translation>Volumen in ml</translation>
    </message>
    <message>
        <source>Depth in mm</source>
        <translation>Tiefe in mm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>{type} (no product)</source>
        <translation>{type} (kein Produkt)</translation>
    </message>
    <message>
        <source>Product not chosen</source>
        <translation>Produkt nicht gewählt</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Wählen Sie die behandelte Zone.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>No lots recorded</source>
        <translation>Keine Chargen erfasst</translation>
    </message>
    <message>
        <source>{lot} (expired {date})</source>
        <translation>{lot} (abgelaufen {date})</translation>
    </message>
    <message>
        <source>{lot} (expires {date})</source>
        <translation>{lot} (läuft ab {date})</translation>
    </message>
    <message>
        <source>{lot} · exp. {date}</source>
        <translation>{lot} · Verf. {date}</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}: it cannot be recorded. Choose another lot.</source>
        <translation>Charge {lot} ist am {date} abgelaufen: Sie kann nicht erfasst werden. Wählen Sie eine andere Charge.</translation>
    </message>
    <message>
        <source>Lot {lot} expires on {date}, within 30 days.</source>
        <translation>Charge {lot} läuft am {date} ab, innerhalb von 30 Tagen.</translation>
    </message>
</context>
<context>
    <name>TreatmentsBox</name>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Lösungstyp</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Tiefe (mm)</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add another treated area</source>
        <translation>Weitere behandelte Zone hinzufügen</translation>
    </message>
    <message>
        <source>Area of line {n}</source>
        <translation>Zone der Zeile {n}</translation>
    </message>
    <message>
        <source>Volumes per product add up here as you fill the lines.</source>
        <translation>Die Volumina pro Produkt werden hier summiert, während Sie die Zeilen ausfüllen.</translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} Einheiten</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions of this text</source>
        <translation>Versionen dieses Texts</translation>
    </message>
    <message>
        <source>Select an older version to read it.</source>
        <translation>Wählen Sie eine ältere Version aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(in Verwendung)</translation>
    </message>
</context>
<context>
    <name>VersionNames</name>
    <message>
        <source>v{n} edited</source>
        <translation>v{n} bearbeitet</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>von {who}, {when}</translation>
    </message>
    <message>
        <source>v{n} default text</source>
        <translation>v{n} Standardtext</translation>
    </message>
    <message>
        <source>supplied with mesodesk, {when}</source>
        <translation>mit mesodesk geliefert, {when}</translation>
    </message>
    <message>
        <source>reset by {who}, {when}</source>
        <translation>zurückgesetzt von {who}, {when}</translation>
    </message>
</context>
<context>
    <name>WindowTasks</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Niemand ist angemeldet</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Angemeldet: {0}</translation>
    </message>
    <message>
        <source>Books as: {0}</source>
        <translation>Bucht als: {0}</translation>
    </message>
    <message>
        <source>The full check of the database found damage ({0}). mesodesk will not write to it any more: restore the latest good backup (File → Restore…).</source>
        <translation>Die vollständige Prüfung der Datenbank hat einen Schaden gefunden ({0}). mesodesk schreibt nicht mehr in sie: Stellen Sie die letzte gültige Sicherung wieder her (Datei → Wiederherstellen…).</translation>
    </message>
    <message>
        <source>Restoring a backup needs the admin role; ask the clinic&apos;s admin.</source>
        <translation>Das Wiederherstellen einer Sicherung erfordert die Admin-Rolle; wenden Sie sich an den Administrator der Praxis.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as {0}.</source>
        <translation>Sicherung wiederhergestellt. Die ersetzte Datenbank wird als {0} aufbewahrt.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>mesodesk backup (*.sqlite3 *.bak)</source>
        <translation>mesodesk-Sicherung (*.sqlite3 *.bak)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>The backup was not written: {0}</source>
        <translation>Die Sicherung wurde nicht geschrieben: {0}</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Sicherung geschrieben nach {0}</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Datenbankprüfung</translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys, schema and audit are in order.</source>
        <translation>Keine Probleme gefunden: Integrität, Fremdschlüssel, Schema und Protokoll sind in Ordnung.</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>About mesodesk</source>
        <translation>Über mesodesk</translation>
    </message>
    <message>
        <source>mesodesk {0}
Records, planning and aftercare sheets for mesotherapy clinics.</source>
        <translation>mesodesk {0}
Akten, Planung und Nachsorgeblätter für Mesotherapie-Praxen.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown paper size {paper!r}: use &apos;A4&apos; or &apos;Letter&apos;</source>
        <translation>unbekanntes Papierformat {paper!r}: verwenden Sie &apos;A4&apos; oder &apos;Letter&apos;</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nichts zu drucken</translation>
    </message>
    <message>
        <source>no aftercare sheets to print</source>
        <translation>keine Nachsorgeblätter zu drucken</translation>
    </message>
    <message>
        <source>unknown diagram {diagram_id!r}</source>
        <translation>unbekanntes Schema {diagram_id!r}</translation>
    </message>
    <message>
        <source>unexpected path command {command!r}</source>
        <translation>unerwarteter Pfadbefehl {command!r}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>must name a folder (or be left empty for the default)</source>
        <translation>muss einen Ordner nennen (oder für den Standardordner leer bleiben)</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>muss ja oder nein sein</translation>
    </message>
    <message>
        <source>{name}: &apos;item&apos; must be an array of tables</source>
        <translation>{name}: &apos;item&apos; muss ein Array von Tabellen sein</translation>
    </message>
    <message>
        <source>unknown diagram {diagram!r}</source>
        <translation>unbekanntes Schema {diagram!r}</translation>
    </message>
    <message>
        <source>unknown kind of mark {kind!r}</source>
        <translation>unbekannte Markierungsart {kind!r}</translation>
    </message>
    <message>
        <source>a {kind} mark needs {count} point(s)</source>
        <translation>eine Markierung {kind} braucht {count} Punkt(e)</translation>
    </message>
    <message>
        <source>the mark lies outside the diagram</source>
        <translation>die Markierung liegt außerhalb des Schemas</translation>
    </message>
    <message>
        <source>unknown side {side!r}</source>
        <translation>unbekannte Seite {side!r}</translation>
    </message>
    <message>
        <source>unknown unit {unit!r}</source>
        <translation>unbekannte Einheit {unit!r}</translation>
    </message>
    <message>
        <source>the volume must be 0-{limit} {unit}</source>
        <translation>das Volumen muss 0-{limit} {unit} betragen</translation>
    </message>
    <message>
        <source>the depth must be 0-{limit} mm</source>
        <translation>die Tiefe muss 0-{limit} mm betragen</translation>
    </message>
    <message>
        <source>unknown technique</source>
        <translation>unbekannte Technik</translation>
    </message>
    <message>
        <source>choose the treated area (the mark is outside every region)</source>
        <translation>wählen Sie den behandelten Bereich (die Markierung liegt außerhalb aller Regionen)</translation>
    </message>
    <message>
        <source>Sheets are printed in {known}; {code!r} is not one of them.</source>
        <translation>Blätter werden in den Sprachen {known} gedruckt; {code!r} gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Opening hours need 7 weekdays, not {count}.</source>
        <translation>Die Öffnungszeiten brauchen 7 Wochentage, nicht {count}.</translation>
    </message>
    <message>
        <source>{name}: opening times must be plain whole minutes.</source>
        <translation>{name}: Öffnungszeiten müssen ganze Minuten sein.</translation>
    </message>
    <message>
        <source>{name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{name}: die Schließzeit {closes} liegt nicht nach der Öffnungszeit {opens}.</translation>
    </message>
    <message>
        <source>{name}: {period} overlaps or touches {other}; list the periods in order with a break between.</source>
        <translation>{name}: {period} überschneidet oder berührt {other}; listen Sie die Zeiträume der Reihe nach mit einer Pause dazwischen auf.</translation>
    </message>
    <message>
        <source>Opening hours must be a table with &quot;weekly&quot; and &quot;closed_dates&quot;.</source>
        <translation>Die Öffnungszeiten müssen eine Tabelle mit &quot;weekly&quot; und &quot;closed_dates&quot; sein.</translation>
    </message>
    <message>
        <source>Opening hours: unknown entry {value!r}.</source>
        <translation>Öffnungszeiten: unbekannter Eintrag {value!r}.</translation>
    </message>
    <message>
        <source>Opening hours: &quot;weekly&quot; is missing or is not a table of weekdays.</source>
        <translation>Öffnungszeiten: &quot;weekly&quot; fehlt oder ist keine Tabelle von Wochentagen.</translation>
    </message>
    <message>
        <source>Opening hours: {value!r} is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Öffnungszeiten: {value!r} ist kein Wochentag; verwenden Sie mon, tue, wed, thu, fri, sat oder sun.</translation>
    </message>
    <message>
        <source>The {what} time needs a time zone.</source>
        <translation>Die Uhrzeit „{what}“ braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>{day_name}: {text!r} is not a time; use HH:MM, e.g. 09:00.</source>
        <translation>{day_name}: {text!r} ist keine Uhrzeit; verwenden Sie HH:MM, z. B. 09:00.</translation>
    </message>
    <message>
        <source>{day_name}: expected a list of periods like [[&quot;09:00&quot;, &quot;13:00&quot;]].</source>
        <translation>{day_name}: erwartet wird eine Liste von Zeiträumen wie [[&quot;09:00&quot;, &quot;13:00&quot;]].</translation>
    </message>
    <message>
        <source>{day_name}: {pair!r} is not an [opening, closing] pair like [&quot;09:00&quot;, &quot;13:00&quot;].</source>
        <translation>{day_name}: {pair!r} ist kein Paar [Öffnung, Schließung] wie [&quot;09:00&quot;, &quot;13:00&quot;].</translation>
    </message>
    <message>
        <source>{day_name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{day_name}: die Schließzeit {closes} liegt nicht nach der Öffnungszeit {opens}.</translation>
    </message>
    <message>
        <source>{day_name}: {period} overlaps {other}.</source>
        <translation>{day_name}: {period} überschneidet sich mit {other}.</translation>
    </message>
    <message>
        <source>Closed dates: expected a list of dates like [&quot;2026-12-25&quot;].</source>
        <translation>Schließtage: erwartet wird eine Liste von Daten wie [&quot;2026-12-25&quot;].</translation>
    </message>
    <message>
        <source>Closed dates: {item!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-25.</source>
        <translation>Schließtage: {item!r} ist kein Datum; verwenden Sie JJJJ-MM-TT, z. B. 2026-12-25.</translation>
    </message>
    <message>
        <source>{text!r} is not a photo view; use one of {choices}</source>
        <translation>{text!r} ist keine Fotoansicht; verwenden Sie eine von {choices}</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters.</source>
        <translation>Der Grund muss kürzer als {limit} Zeichen sein.</translation>
    </message>
    <message>
        <source>Say why in a few words (at least {count} different words), so the audit shows what was decided and why.</source>
        <translation>Begründen Sie in ein paar Worten (mindestens {count} verschiedene Wörter), damit das Audit zeigt, was entschieden wurde und warum.</translation>
    </message>
    <message>
        <source>The session duration must be longer than zero.</source>
        <translation>Die Sitzungsdauer muss größer als null sein.</translation>
    </message>
    <message>
        <source>The search step must be longer than zero.</source>
        <translation>Der Suchschritt muss größer als null sein.</translation>
    </message>
    <message>
        <source>The number of days to search cannot be negative.</source>
        <translation>Die Anzahl der Suchtage darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A course needs at least one session.</source>
        <translation>Eine Kur braucht mindestens eine Sitzung.</translation>
    </message>
    <message>
        <source>The interval between sessions must be at least one day.</source>
        <translation>Der Abstand zwischen den Sitzungen muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>The preferred weekday must be 0 (Monday) to 6 (Sunday).</source>
        <translation>Der Wunschtag muss 0 (Montag) bis 6 (Sonntag) sein.</translation>
    </message>
    <message>
        <source>There is no session {number} in this course.</source>
        <translation>In dieser Kur gibt es keine Sitzung {number}.</translation>
    </message>
    <message>
        <source>The course&apos;s sessions must be in order, one after the other.</source>
        <translation>Die Sitzungen der Kur müssen in der richtigen Reihenfolge aufeinander folgen.</translation>
    </message>
    <message>
        <source>Session {number} cannot move to before session {moved_index}; move that one first.</source>
        <translation>Sitzung {number} kann nicht vor Sitzung {moved_index} rücken; verschieben Sie zuerst diese.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tagen</translation>
    </message>
    <message>
        <source>Session {number}: no free slot within {within} after {when}; check the opening hours or the practitioner&apos;s diary.</source>
        <translation>Sitzung {number}: kein freier Termin innerhalb von {within} nach dem {when}; prüfen Sie die Öffnungszeiten oder den Kalender des Behandlers.</translation>
    </message>
    <message>
        <source>{name}: not valid TOML: {exc}</source>
        <translation>{name}: kein gültiges TOML: {exc}</translation>
    </message>
    <message>
        <source>{name}: expected one or more [[rule]] tables</source>
        <translation>{name}: erwartet werden eine oder mehrere [[rule]]-Tabellen</translation>
    </message>
    <message>
        <source>{name}: rule {number} ({id!r}): id is used twice</source>
        <translation>{name}: Regel {number} ({id!r}): die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>{filename}: rule {number}: must be a table</source>
        <translation>{filename}: Regel {number}: muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>{filename}: {label}: {problem}</source>
        <translation>{filename}: {label}: {problem}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}</source>
        <translation>unbekannte(r) Schlüssel {keys}</translation>
    </message>
    <message>
        <source>{key!r} must be a non-empty string</source>
        <translation>{key!r} muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a string</source>
        <translation>&apos;description&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown level {value!r} (use {choices})</source>
        <translation>unbekannte Stufe {value!r} (verwenden Sie {choices})</translation>
    </message>
    <message>
        <source>unknown check {value!r} (use one of {choices})</source>
        <translation>unbekannte Prüfung {value!r} (verwenden Sie eine von {choices})</translation>
    </message>
    <message>
        <source>placeholder {{{name}}} is not filled in by check {value!r} (available: {hint})</source>
        <translation>der Platzhalter {{{name}}} wird von der Prüfung {value!r} nicht gefüllt (verfügbar: {hint})</translation>
    </message>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>Die Dauer muss zwischen {low} und {high} Minuten liegen.</translation>
    </message>
    <message>
        <source>the needle gauge must be {low}G-{high}G</source>
        <translation>die Nadelstärke muss {low}G-{high}G betragen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>angekommen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>This session is done and cannot become {wanted}: a done session is a clinical record. Amend it instead.</source>
        <translation>Diese Sitzung ist durchgeführt und kann nicht zu „{wanted}“ werden: eine durchgeführte Sitzung ist eine klinische Dokumentation. Ergänzen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>A {current} session cannot become {wanted}.</source>
        <translation>Eine Sitzung „{current}“ kann nicht zu „{wanted}“ werden.</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line (the area that was treated).</source>
        <translation>Eine durchgeführte Sitzung braucht mindestens eine Behandlungszeile (den behandelten Bereich).</translation>
    </message>
    <message>
        <source>This session has not started yet; it can be marked done once it has taken place.</source>
        <translation>Diese Sitzung hat noch nicht begonnen; sie kann als durchgeführt markiert werden, sobald sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>Der Behandler</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>Sitzung {number}</translation>
    </message>
    <message>
        <source>{who} is already booked {when} with {whom}.</source>
        <translation>{who} ist bereits {when} mit {whom} gebucht.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Der Patient</translation>
    </message>
    <message>
        <source>another practitioner</source>
        <translation>ein anderer Behandler</translation>
    </message>
    <message>
        <source>{whom} already has a session {when} with {with_who}.</source>
        <translation>{whom} hat bereits eine Sitzung {when} bei {with_who}.</translation>
    </message>
    <message>
        <source>This slot was just taken: {clash}</source>
        <translation>Dieses Zeitfenster wurde gerade belegt: {clash}</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Bitte tun Sie</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Bitte vermeiden Sie</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Rufen Sie die Praxis an bei</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>{name} [{key}]: {problem}</source>
        <translation>{name} [{key}]: {problem}</translation>
    </message>
    <message>
        <source>{section}: expected a list of lines.</source>
        <translation>{section}: erwartet wird eine Liste von Zeilen.</translation>
    </message>
    <message>
        <source>{section}: at most {limit} lines, please.</source>
        <translation>{section}: höchstens {limit} Zeilen, bitte.</translation>
    </message>
    <message>
        <source>{section}: a line is longer than {limit} characters.</source>
        <translation>{section}: eine Zeile ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>A consent text needs at least one paragraph.</source>
        <translation>Ein Einwilligungstext braucht mindestens einen Absatz.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Geben Sie den Vornamen des Patienten ein.</translation>
    </message>
    <message>
        <source>The given name is longer than 120 characters.</source>
        <translation>Der Vorname ist länger als 120 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Geben Sie den Nachnamen des Patienten ein.</translation>
    </message>
    <message>
        <source>The family name is longer than 120 characters.</source>
        <translation>Der Nachname ist länger als 120 Zeichen.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>That would make the patient older than {years}.</source>
        <translation>Damit wäre der Patient älter als {years} Jahre.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +, e.g. +44 20 7946 0958.</source>
        <translation>Verwenden Sie Ziffern, Leerzeichen und optional ein führendes +, z. B. +49 30 1234567.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@beispiel.de).</translation>
    </message>
    <message>
        <source>{text} does not exist: check the day and the month.</source>
        <translation>{text} existiert nicht: prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Type the date as {clinic_format}, for example {example}.</source>
        <translation>Geben Sie das Datum als {clinic_format} ein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>see the patient list</source>
        <translation>die Patientenliste sehen</translation>
    </message>
    <message>
        <source>change patients&apos; contact details</source>
        <translation>Kontaktdaten von Patienten ändern</translation>
    </message>
    <message>
        <source>book, move or cancel sessions</source>
        <translation>Sitzungen buchen, verschieben oder absagen</translation>
    </message>
    <message>
        <source>mark arrivals and no-shows</source>
        <translation>Ankünfte und Nichterscheinen erfassen</translation>
    </message>
    <message>
        <source>print aftercare sheets</source>
        <translation>Nachsorgeblätter drucken</translation>
    </message>
    <message>
        <source>see recall lists</source>
        <translation>Rückruflisten sehen</translation>
    </message>
    <message>
        <source>see alert badges</source>
        <translation>Warnhinweise sehen</translation>
    </message>
    <message>
        <source>see medical records</source>
        <translation>Patientenakten einsehen</translation>
    </message>
    <message>
        <source>change medical records</source>
        <translation>Patientenakten ändern</translation>
    </message>
    <message>
        <source>mark a session done</source>
        <translation>eine Sitzung als durchgeführt markieren</translation>
    </message>
    <message>
        <source>export a patient&apos;s record</source>
        <translation>die Akte eines Patienten exportieren</translation>
    </message>
    <message>
        <source>change products and lots</source>
        <translation>Produkte und Chargen ändern</translation>
    </message>
    <message>
        <source>change the clinic settings</source>
        <translation>die Praxiseinstellungen ändern</translation>
    </message>
    <message>
        <source>change the screening rules</source>
        <translation>die Screening-Regeln ändern</translation>
    </message>
    <message>
        <source>change aftercare and consent texts</source>
        <translation>Nachsorge- und Einwilligungstexte ändern</translation>
    </message>
    <message>
        <source>manage practitioners</source>
        <translation>Behandler verwalten</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>Konten verwalten</translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation>Backups verwalten</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>ein Backup wiederherstellen</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>das Audit-Protokoll einsehen</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>{name} ({roles}) may not {what}; nothing was changed.</source>
        <translation>{name} ({roles}) darf nicht {what}; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{who} is not signed in with an active account; nothing was read or changed.</source>
        <translation>{who} ist nicht mit einem aktiven Konto angemeldet; es wurde nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <source>A login is 2 to 40 letters (a-z), digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Ein Anmeldename hat 2 bis 40 Buchstaben (a-z), Ziffern, Punkte, Bindestriche, Unterstriche oder @ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>Der Name ist länger als 120 Zeichen.</translation>
    </message>
    <message>
        <source>There is no account {account_id}.</source>
        <translation>Es gibt kein Konto {account_id}.</translation>
    </message>
    <message>
        <source>This clinic already has accounts; an admin adds new ones (Accounts…).</source>
        <translation>Diese Praxis hat bereits Konten; neue legt ein Administrator an (Konten…).</translation>
    </message>
    <message>
        <source>The login {normal!r} is taken; choose another.</source>
        <translation>Der Anmeldename {normal!r} ist vergeben; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Geben Sie dem Konto mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>There is no practitioner {practitioner_id}.</source>
        <translation>Es gibt keinen Behandler {practitioner_id}.</translation>
    </message>
    <message>
        <source>{name} is the only active admin; make someone else admin first.</source>
        <translation>{name} ist der einzige aktive Administrator; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Dieses Konto wurde deaktiviert.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The password must be at least {limit} characters long.</source>
        <translation>Das Passwort muss mindestens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must be at most {limit} characters long.</source>
        <translation>Das Passwort darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The password repeats too few characters; choose a less predictable one.</source>
        <translation>Das Passwort wiederholt zu viele Zeichen; wählen Sie ein weniger vorhersehbares.</translation>
    </message>
    <message>
        <source>That password is among the first ones an attacker tries; choose another.</source>
        <translation>Dieses Passwort gehört zu den ersten, die ein Angreifer ausprobiert; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password must not contain the login or the person&apos;s name.</source>
        <translation>Das Passwort darf weder den Anmeldenamen noch den Namen der Person enthalten.</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Der Anmeldename oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask the clinic&apos;s admin.</source>
        <translation>Dieses Konto wurde deaktiviert; wenden Sie sich an den Administrator der Praxis.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this login: try again in {wait} seconds.</source>
        <translation>Zu viele falsche Passwörter für diesen Anmeldenamen: versuchen Sie es in {wait} Sekunden erneut.</translation>
    </message>
    <message>
        <source>There is no session with number {session_id}.</source>
        <translation>Es gibt keine Sitzung mit der Nummer {session_id}.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>Diese Sitzung gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>An event cannot be moved to another patient&apos;s session.</source>
        <translation>Ein Ereignis kann nicht zur Sitzung eines anderen Patienten verschoben werden.</translation>
    </message>
    <message>
        <source>No treatment was given in that session (cancelled or missed).</source>
        <translation>In dieser Sitzung wurde keine Behandlung durchgeführt (abgesagt oder versäumt).</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Wählen Sie die Art des Ereignisses.</translation>
    </message>
    <message>
        <source>Unknown type of event {side_effect_code!r}.</source>
        <translation>Unbekannte Ereignisart {side_effect_code!r}.</translation>
    </message>
    <message>
        <source>Choose the severity: mild, moderate or severe.</source>
        <translation>Wählen Sie den Schweregrad: leicht, mittel oder schwer.</translation>
    </message>
    <message>
        <source>A severe event must say whether it was reported to the authority (yes or no).</source>
        <translation>Bei einem schweren Ereignis muss angegeben werden, ob es der Behörde gemeldet wurde (ja oder nein).</translation>
    </message>
    <message>
        <source>This session has not taken place yet (it is booked for {session_day:%d %b %Y}); an adverse event can be recorded once it has.</source>
        <translation>Diese Sitzung hat noch nicht stattgefunden (sie ist für den {session_day:%d %b %Y} gebucht); ein unerwünschtes Ereignis kann danach erfasst werden.</translation>
    </message>
    <message>
        <source>The onset cannot be before the session it follows ({session_day:%d %b %Y}).</source>
        <translation>Der Beginn kann nicht vor der Sitzung liegen, auf die er folgt ({session_day:%d %b %Y}).</translation>
    </message>
    <message>
        <source>The onset cannot be in the future.</source>
        <translation>Der Beginn kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the onset.</source>
        <translation>Die Kontrolle kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The event cannot be resolved before its onset.</source>
        <translation>Das Ereignis kann nicht vor seinem Beginn abgeklungen sein.</translation>
    </message>
    <message>
        <source>The resolved date cannot be in the future.</source>
        <translation>Das Datum des Abklingens kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Describe the outcome of a resolved event.</source>
        <translation>Beschreiben Sie den Ausgang eines abgeklungenen Ereignisses.</translation>
    </message>
    <message>
        <source>There is no adverse event with number {event_id}.</source>
        <translation>Es gibt kein unerwünschtes Ereignis mit der Nummer {event_id}.</translation>
    </message>
    <message>
        <source>This event was already resolved on {resolved_date:%d %b %Y}.</source>
        <translation>Dieses Ereignis ist bereits am {resolved_date:%d %b %Y} abgeklungen.</translation>
    </message>
    <message>
        <source>Session {id} is {status}: an aftercare sheet is printed only for a done session. Nothing was written.</source>
        <translation>Sitzung {id} ist {status}: ein Nachsorgeblatt wird nur für eine durchgeführte Sitzung gedruckt. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{out_dir} is not a folder.</source>
        <translation>{out_dir} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Unknown output {output!r}.</source>
        <translation>Unbekannte Ausgabe {output!r}.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Show between 1 and {limit} entries.</source>
        <translation>Zeigen Sie zwischen 1 und {limit} Einträge an.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} was changed after it was written (its SHA-256 differs from its manifest); nothing was restored.</source>
        <translation>{path} wurde nach dem Schreiben verändert (sein SHA-256 weicht vom Manifest ab); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{shown} is a backup of another database, not of {db_path}; nothing was restored.</source>
        <translation>{shown} ist eine Sicherung einer anderen Datenbank, nicht von {db_path}; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{shown} was altered after it was written and is not restored: {value}</source>
        <translation>{shown} wurde nach dem Schreiben verändert und wird nicht wiederhergestellt: {value}</translation>
    </message>
    <message>
        <source>Encrypted backups are on, but no backup passphrase is stored on this computer; set it in the backup settings. No backup was written.</source>
        <translation>Verschlüsselte Backups sind eingeschaltet, aber auf diesem Computer ist keine Backup-Passphrase gespeichert; legen Sie sie in den Backup-Einstellungen fest. Es wurde kein Backup geschrieben.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record at the same moment. Nothing of yours was saved: open it again to see their change, then save yours.</source>
        <translation>Jemand an einem anderen Platz hat diesen Eintrag im selben Moment gespeichert. Von Ihnen wurde nichts gespeichert: Öffnen Sie ihn erneut, um die andere Änderung zu sehen, und speichern Sie dann Ihre.</translation>
    </message>
    <message>
        <source>There is no patient with number {patient_id}.</source>
        <translation>Es gibt keinen Patienten mit der Nummer {patient_id}.</translation>
    </message>
    <message>
        <source>There is no consent text with number {template_id}.</source>
        <translation>Es gibt keinen Einwilligungstext mit der Nummer {template_id}.</translation>
    </message>
    <message>
        <source>{error} Correct the opening hours in the settings.</source>
        <translation>{error} Korrigieren Sie die Öffnungszeiten in den Einstellungen.</translation>
    </message>
    <message>
        <source>There is no solution type with number {solution_type_id}.</source>
        <translation>Es gibt keine Lösungsart mit der Nummer {solution_type_id}.</translation>
    </message>
    <message>
        <source>Done sessions are never moved.</source>
        <translation>Durchgeführte Sitzungen werden nie verschoben.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Ein abgesagter oder versäumter Termin behält sein Datum; buchen Sie stattdessen einen Ersatztermin.</translation>
    </message>
    <message>
        <source>Unknown call outcome {outcome!r}.</source>
        <translation>Unbekanntes Anrufergebnis {outcome!r}.</translation>
    </message>
    <message>
        <source>The call cannot be dated in the future.</source>
        <translation>Der Anruf kann nicht in der Zukunft datiert werden.</translation>
    </message>
    <message>
        <source>Patient {patient_id} not found.</source>
        <translation>Patient {patient_id} nicht gefunden.</translation>
    </message>
    <message>
        <source>A session can only move once at a time.</source>
        <translation>Eine Sitzung kann jeweils nur einmal verschoben werden.</translation>
    </message>
    <message>
        <source>The session of {when} was changed meanwhile; plan the move again.</source>
        <translation>Die Sitzung vom {when} wurde inzwischen geändert; planen Sie die Verschiebung neu.</translation>
    </message>
    <message>
        <source>The moves put two sessions at {when}; plan the move again.</source>
        <translation>Die Verschiebungen legen zwei Sitzungen auf {when}; planen Sie die Verschiebung neu.</translation>
    </message>
    <message>
        <source>The course has {sessions} sessions but {count} dates were given; propose the dates again.</source>
        <translation>Die Kur hat {sessions} Sitzungen, aber es wurden {count} Termine angegeben; schlagen Sie die Termine erneut vor.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) must start after session {previous} has ended.</source>
        <translation>Sitzung {number} ({when}) muss nach dem Ende von Sitzung {previous} beginnen.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is outside the opening hours.</source>
        <translation>Sitzung {number} ({when}) liegt außerhalb der Öffnungszeiten.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is now taken: {clash_message} Propose the dates again.</source>
        <translation>Sitzung {number} ({when}) ist jetzt belegt: {clash_message} Schlagen Sie die Termine erneut vor.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Wählen Sie einen Patienten.</translation>
    </message>
    <message>
        <source>This patient is archived; restore the record to plan a course.</source>
        <translation>Dieser Patient ist archiviert; stellen Sie die Akte wieder her, um eine Kur zu planen.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Wählen Sie die Art der Lösung.</translation>
    </message>
    <message>
        <source>Choose the practitioner.</source>
        <translation>Wählen Sie den Behandler.</translation>
    </message>
    <message>
        <source>Choose a current practitioner.</source>
        <translation>Wählen Sie einen aktiven Behandler.</translation>
    </message>
    <message>
        <source>Tick at least one treatment area.</source>
        <translation>Kreuzen Sie mindestens einen Behandlungsbereich an.</translation>
    </message>
    <message>
        <source>Unknown treatment area {value!r}.</source>
        <translation>Unbekannter Behandlungsbereich {value!r}.</translation>
    </message>
    <message>
        <source>Tick at least one indication.</source>
        <translation>Kreuzen Sie mindestens eine Indikation an.</translation>
    </message>
    <message>
        <source>Unknown indication {value!r}.</source>
        <translation>Unbekannte Indikation {value!r}.</translation>
    </message>
    <message>
        <source>A course has {low} to {high} sessions (usually 4 to 10).</source>
        <translation>Eine Kur umfasst {low} bis {high} Sitzungen (meist 4 bis 10).</translation>
    </message>
    <message>
        <source>The interval between sessions must be 1 to {limit} days.</source>
        <translation>Der Abstand zwischen den Sitzungen muss 1 bis {limit} Tage betragen.</translation>
    </message>
    <message>
        <source>The maintenance interval must be 1 to {limit} days, or none.</source>
        <translation>Der Erhaltungsabstand muss 1 bis {limit} Tage betragen, oder keiner.</translation>
    </message>
    <message>
        <source>The preferred weekday must be Monday to Sunday, or any.</source>
        <translation>Der Wunschtag muss Montag bis Sonntag sein, oder beliebig.</translation>
    </message>
    <message>
        <source>The preferred time must be in whole minutes.</source>
        <translation>Die Wunschzeit muss in ganzen Minuten angegeben werden.</translation>
    </message>
    <message>
        <source>Unknown course status {status!r}.</source>
        <translation>Unbekannter Kurstatus {status!r}.</translation>
    </message>
    <message>
        <source>There is no course with number {course_id}.</source>
        <translation>Es gibt keine Kur mit der Nummer {course_id}.</translation>
    </message>
    <message>
        <source>A session can only be cancelled or marked no-show.</source>
        <translation>Eine Sitzung kann nur abgesagt oder als nicht erschienen markiert werden.</translation>
    </message>
    <message>
        <source>A done session cannot be cancelled; amend its record instead.</source>
        <translation>Eine durchgeführte Sitzung kann nicht abgesagt werden; ergänzen Sie stattdessen ihre Dokumentation.</translation>
    </message>
    <message>
        <source>Only a cancelled or missed session can be replaced.</source>
        <translation>Nur eine abgesagte oder versäumte Sitzung kann ersetzt werden.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {problem}.</source>
        <translation>{path} kann nicht angelegt werden: {problem}.</translation>
    </message>
    <message>
        <source>{problem}; nothing will be written to it. Restore the latest good backup, or open it read-only to look.</source>
        <translation>{problem}; es wird nichts hineingeschrieben. Stellen Sie das letzte fehlerfreie Backup wieder her oder öffnen Sie die Datei schreibgeschützt zum Ansehen.</translation>
    </message>
    <message>
        <source>{problem}, so mesodesk cannot save to {name}; make it writable, or open it read-only to look.</source>
        <translation>{problem}, daher kann mesodesk nicht in {name} speichern; machen Sie die Datei beschreibbar oder öffnen Sie sie schreibgeschützt zum Ansehen.</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>{path} is at schema {value} and needs an upgrade, which a read-only look cannot do; make it writable and open it normally.</source>
        <translation>{path} hat Schema {value} und braucht eine Aktualisierung, die ein schreibgeschützter Einblick nicht leisten kann; machen Sie die Datei beschreibbar und öffnen Sie sie normal.</translation>
    </message>
    <message>
        <source>demo rows for {table} have {values} values but the table has {columns} columns: update the demo generator for the model</source>
        <translation>Demo-Zeilen für {table} haben {values} Werte, die Tabelle aber {columns} Spalten: passen Sie den Demo-Generator an das Modell an</translation>
    </message>
    <message>
        <source>The catalog (solution types and areas) must be loaded before a demo.</source>
        <translation>Der Katalog (Lösungsarten und Bereiche) muss vor einer Demo geladen sein.</translation>
    </message>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation>Die Anzahl der Patienten darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in as one of its admins to add the demo.</source>
        <translation>Diese Datenbank hat Konten: melden Sie sich als einer ihrer Administratoren an, um die Demo hinzuzufügen.</translation>
    </message>
    <message>
        <source>This database already has {existing} patient(s); the demo&apos;s invented patients are only added to a database without patients.</source>
        <translation>Diese Datenbank hat bereits {existing} Patient(en); die erfundenen Patienten der Demo werden nur einer Datenbank ohne Patienten hinzugefügt.</translation>
    </message>
    <message>
        <source>{table}: the demo columns are not in table order</source>
        <translation>{table}: die Demo-Spalten sind nicht in Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>The catalog has no solution type {solution_type!r} for {name}.</source>
        <translation>Der Katalog hat keine Lösungsart {solution_type!r} für {name}.</translation>
    </message>
    <message>
        <source>{reason} ({path})</source>
        <translation>{reason} ({path})</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}</source>
        <translation>unerwarteter Fehler {kind}: {error}</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was saved there.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}. Dort wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name, as printed on sheets and forms.</source>
        <translation>Geben Sie den Namen der Praxis ein, wie er auf Blättern und Formularen steht.</translation>
    </message>
    <message>
        <source>Enter the phone number patients should call.</source>
        <translation>Geben Sie die Telefonnummer ein, die Patienten anrufen sollen.</translation>
    </message>
    <message>
        <source>Enter the name of the first practitioner.</source>
        <translation>Geben Sie den Namen des ersten Behandlers ein.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no header line and no patient.</source>
        <translation>{name} ist leer: es gibt weder eine Kopfzeile noch Patienten.</translation>
    </message>
    <message>
        <source>{name} is not a text file in a known encoding; save it from the spreadsheet as CSV UTF-8.</source>
        <translation>{name} ist keine Textdatei in einer bekannten Kodierung; speichern Sie sie aus der Tabellenkalkulation als CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text but has bytes that are not valid UTF-8 on {line_list}; read as another encoding its accented letters would be garbled. Correct those lines, or save the file again as CSV UTF-8, and import it again.</source>
        <translation>{name} ist UTF-8-Text, enthält aber ungültige UTF-8-Bytes in {line_list}; in einer anderen Kodierung gelesen, wären die Umlaute und Akzente verstümmelt. Korrigieren Sie diese Zeilen oder speichern Sie die Datei erneut als CSV UTF-8 und importieren Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>lines {shown} and {last} (and maybe more)</source>
        <translation>Zeilen {shown} und {last} (und vielleicht weitere)</translation>
    </message>
    <message>
        <source>lines {shown} and {last}</source>
        <translation>Zeilen {shown} und {last}</translation>
    </message>
    <message>
        <source>{name} does not look like a spreadsheet saved as text (CSV); it holds binary data.</source>
        <translation>{name} sieht nicht wie eine als Text (CSV) gespeicherte Tabelle aus; die Datei enthält Binärdaten.</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {limit:,} characters; this is not a patient spreadsheet.</source>
        <translation>Zeile {number} von {name} ist länger als {limit:,} Zeichen; das ist keine Patiententabelle.</translation>
    </message>
    <message>
        <source>{name} has two columns for {column} ({first!r} and {other!r}); keep one.</source>
        <translation>{name} hat zwei Spalten für {column} ({first!r} und {other!r}); behalten Sie eine.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} is missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>Die erste Zeile von {name} muss die Spalten benennen; {columns} fehlt. Erwartete Spalten: {expected}. Gefunden: {found}.</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} are missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>Die erste Zeile von {name} muss die Spalten benennen; {columns} fehlen. Erwartete Spalten: {expected}. Gefunden: {found}.</translation>
    </message>
    <message>
        <source>Line {line} of {name} has a cell longer than {field_size_limit:,} characters; a quote may be missing its closing quote.</source>
        <translation>Zeile {line} von {name} hat eine Zelle mit mehr als {field_size_limit:,} Zeichen; vielleicht fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {detail}.</source>
        <translation>Zeile {line} von {name} kann nicht als CSV gelesen werden: {detail}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>{name} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds only blank lines: there is no header line.</source>
        <translation>{name} enthält nur leere Zeilen: es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>{name} changed while it was being imported.</source>
        <translation>{name} wurde während des Imports geändert.</translation>
    </message>
    <message>
        <source>unknown area</source>
        <translation>unbekannter Bereich</translation>
    </message>
    <message>
        <source>Mark {number}: {problem}.</source>
        <translation>Markierung {number}: {problem}.</translation>
    </message>
    <message>
        <source>Mark {number}: record the volume injected there.</source>
        <translation>Markierung {number}: erfassen Sie das dort injizierte Volumen.</translation>
    </message>
    <message>
        <source>Give a reason for archiving this patient.</source>
        <translation>Geben Sie einen Grund für die Archivierung dieses Patienten an.</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MB, over the clinic&apos;s limit of {limit:.0f} MB; nothing was stored</source>
        <translation>{name} ist {size:.1f} MB groß, über der Grenze der Praxis von {limit:.0f} MB; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>{name} is not a photo mesodesk can read; nothing was stored</source>
        <translation>{name} ist kein Foto, das mesodesk lesen kann; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({error}); nothing was stored</source>
        <translation>{name} ist beschädigt oder unvollständig ({error}); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG or HEIC; nothing was stored</source>
        <translation>{name} ist ein {kind}-Bild; Fotos müssen JPEG, PNG oder HEIC sein; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG; nothing was stored</source>
        <translation>{name} ist ein {kind}-Bild; Fotos müssen JPEG oder PNG sein; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{name} claims more than {number} million pixels, more than any clinic camera makes; it was not opened and nothing was stored</source>
        <translation>{name} gibt mehr als {number} Millionen Pixel an, mehr als jede Praxiskamera liefert; die Datei wurde nicht geöffnet und nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>content changed (SHA-256 {actual}…, expected {expected}…)</source>
        <translation>Inhalt verändert (SHA-256 {actual}…, erwartet {expected}…)</translation>
    </message>
    <message>
        <source>{path} does not exist; nothing was stored</source>
        <translation>{path} existiert nicht; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo; nothing was stored</source>
        <translation>{path} ist ein Ordner, kein Foto; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}; nothing was stored</source>
        <translation>{path} kann nicht gelesen werden: {reason}; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>That session is not one of this patient&apos;s.</source>
        <translation>Diese Sitzung gehört nicht zu diesem Patienten.</translation>
    </message>
    <message>
        <source>There is no patient {patient_id}.</source>
        <translation>Es gibt keinen Patienten {patient_id}.</translation>
    </message>
    <message>
        <source>There is no photo {photo_id}.</source>
        <translation>Es gibt kein Foto {photo_id}.</translation>
    </message>
    <message>
        <source>The image of photo {photo_id} is missing; run mesodesk check.</source>
        <translation>Das Bild von Foto {photo_id} fehlt; führen Sie mesodesk check aus.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Geben Sie den Namen des Behandlers ein.</translation>
    </message>
    <message>
        <source>There is no practitioner with number {practitioner_id}.</source>
        <translation>Es gibt keinen Behandler mit der Nummer {practitioner_id}.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Geben Sie den Namen des Produkts ein.</translation>
    </message>
    <message>
        <source>Unknown solution type.</source>
        <translation>Unbekannte Lösungsart.</translation>
    </message>
    <message>
        <source>There is no product with number {product_id}.</source>
        <translation>Es gibt kein Produkt mit der Nummer {product_id}.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Geben Sie die auf der Packung aufgedruckte Chargennummer ein.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>Die Menge darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Lot {number} is already recorded.</source>
        <translation>Charge {number} ist bereits erfasst.</translation>
    </message>
    <message>
        <source>There is no lot with number {lot_id}.</source>
        <translation>Es gibt keine Charge mit der Nummer {lot_id}.</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Geben Sie die Nummer der zurückzurufenden Charge ein.</translation>
    </message>
    <message>
        <source>No lot numbered {lot!r} is on record.</source>
        <translation>Keine Charge mit der Nummer {lot!r} ist erfasst.</translation>
    </message>
    <message>
        <source>There is no screening rule {rule_id!r}.</source>
        <translation>Es gibt keine Screening-Regel {rule_id!r}.</translation>
    </message>
    <message>
        <source>Open the session and complete the pre-procedure checklist before marking it done.</source>
        <translation>Öffnen Sie die Sitzung und füllen Sie die Checkliste vor dem Eingriff aus, bevor Sie sie als durchgeführt markieren.</translation>
    </message>
    <message>
        <source>Screening stops this treatment: {stops} To go ahead, the practitioner must give a reason for each stop.</source>
        <translation>Die Kontraindikationsprüfung stoppt diese Behandlung: {stops} Um fortzufahren, muss der Behandler für jeden Stopp einen Grund angeben.</translation>
    </message>
    <message>
        <source>{title}: {problem}</source>
        <translation>{title}: {problem}</translation>
    </message>
    <message>
        <source>Choose the practitioner who takes responsibility for going ahead.</source>
        <translation>Wählen Sie den Behandler, der die Verantwortung für das Fortfahren übernimmt.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent (the text version signed) before marking the session done.</source>
        <translation>Erfassen Sie die Einwilligung des Patienten (die unterschriebene Textversion), bevor Sie die Sitzung als durchgeführt markieren.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Unbekannter Status {status!r}.</translation>
    </message>
    <message>
        <source>Unknown practitioner.</source>
        <translation>Unbekannter Behandler.</translation>
    </message>
    <message>
        <source>Unknown consent text version.</source>
        <translation>Unbekannte Version des Einwilligungstexts.</translation>
    </message>
    <message>
        <source>Line {index}: choose the treated area.</source>
        <translation>Zeile {index}: wählen Sie den behandelten Bereich.</translation>
    </message>
    <message>
        <source>Line {index}: unknown technique.</source>
        <translation>Zeile {index}: unbekannte Technik.</translation>
    </message>
    <message>
        <source>Line {index}: the volume must be 0-100 ml.</source>
        <translation>Zeile {index}: das Volumen muss 0-100 ml betragen.</translation>
    </message>
    <message>
        <source>Line {index}: the depth must be 0-20 mm.</source>
        <translation>Zeile {index}: die Tiefe muss 0-20 mm betragen.</translation>
    </message>
    <message>
        <source>Line {index}: {gauge}.</source>
        <translation>Zeile {index}: {gauge}.</translation>
    </message>
    <message>
        <source>Line {index}: unknown lot.</source>
        <translation>Zeile {index}: unbekannte Charge.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} is not of that product.</source>
        <translation>Zeile {index}: Charge {lot_number} gehört nicht zu diesem Produkt.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} expired on {expiry_date:%d %b %Y} and cannot be recorded.</source>
        <translation>Zeile {index}: Charge {lot_number} ist am {expiry_date:%d %b %Y} abgelaufen und kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>there is no such setting</source>
        <translation>diese Einstellung gibt es nicht</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is longer than {value} characters</source>
        <translation>ist länger als {value} Zeichen</translation>
    </message>
    <message>
        <source>unknown time zone {value!r}</source>
        <translation>unbekannte Zeitzone {value!r}</translation>
    </message>
    <message>
        <source>paper size must be A4 or Letter</source>
        <translation>das Papierformat muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>date format must be one of {choices}</source>
        <translation>das Datumsformat muss eines von {choices} sein</translation>
    </message>
    <message>
        <source>sheets are printed in {choices}, not {value!r}</source>
        <translation>Blätter werden in den Sprachen {choices} gedruckt, nicht in {value!r}</translation>
    </message>
    <message>
        <source>the photo size limit must be a whole number of megabytes from 1 to 200</source>
        <translation>die Größenbegrenzung für Fotos muss eine ganze Zahl von Megabyte zwischen 1 und 200 sein</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes from {low} to {high}</source>
        <translation>die Inaktivitätssperre muss eine ganze Zahl von Minuten zwischen {low} und {high} sein</translation>
    </message>
    <message>
        <source>the window language must be one of {choices}</source>
        <translation>die Anzeigesprache muss eine von {choices} sein</translation>
    </message>
    <message>
        <source>opening hours not usable: {error}</source>
        <translation>Öffnungszeiten nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>must be a backup policy</source>
        <translation>muss eine Backup-Richtlinie sein</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The logo is {size} KB; please use an image under 1 MB.</source>
        <translation>Das Logo ist {size} KB groß; bitte verwenden Sie ein Bild unter 1 MB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>The image file is damaged or not really a PNG or JPEG.</source>
        <translation>Die Bilddatei ist beschädigt oder nicht wirklich ein PNG oder JPEG.</translation>
    </message>
    <message>
        <source>The logo is {width}×{height} pixels; please use one under {limit}.</source>
        <translation>Das Logo hat {width}×{height} Pixel; bitte verwenden Sie eines unter {limit}.</translation>
    </message>
    <message>
        <source>The logo is too small to print clearly.</source>
        <translation>Das Logo ist zu klein, um sauber gedruckt zu werden.</translation>
    </message>
    <message>
        <source>Texts exist in {join}; not in {language!r}.</source>
        <translation>Texte gibt es in den Sprachen {join}, nicht in {language!r}.</translation>
    </message>
    <message>
        <source>There is no text version with number {template_id}.</source>
        <translation>Es gibt keine Textversion mit der Nummer {template_id}.</translation>
    </message>
    <message>
        <source>Unknown kind of text {kind!r}.</source>
        <translation>Unbekannte Textart {kind!r}.</translation>
    </message>
    <message>
        <source>There is no {kind} text called {key!r}.</source>
        <translation>Es gibt keinen {kind}-Text namens {key!r}.</translation>
    </message>
    <message>
        <source>{path} has accounts: sign in as one of its admins to move it to a server.</source>
        <translation>{path} hat Konten: Melden Sie sich als Administrator dieser Datenbank an, um sie auf einen Server zu verschieben.</translation>
    </message>
    <message>
        <source>--database-url must name a server database (postgresql://...).</source>
        <translation>--database-url muss eine Serverdatenbank angeben (postgresql://...).</translation>
    </message>
    <message>
        <source>{database_label} holds no mesodesk clinic.</source>
        <translation>{database_label} enthält keine mesodesk-Praxis.</translation>
    </message>
    <message>
        <source>{database_label} is at schema {revision}; open it once with this mesodesk (which brings it to {HEAD_REVISION}) and copy it then.</source>
        <translation>{database_label} hat Schema {revision}; öffnen Sie sie einmal mit diesem mesodesk (das sie auf {HEAD_REVISION} bringt) und kopieren Sie sie dann.</translation>
    </message>
    <message>
        <source>{database_label} is not empty ({count} table(s): {shown}); a clinic is copied into an empty database only.</source>
        <translation>{database_label} ist nicht leer ({count} Tabelle(n): {shown}); eine Praxis wird nur in eine leere Datenbank kopiert.</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>Keine Datenbank unter {path}.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Der Ordner {parent} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a mesodesk database.</source>
        <translation>{path} ist ein Ordner, keine mesodesk-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a mesodesk database.</source>
        <translation>{path} ist eine leere Datei, keine mesodesk-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file).</source>
        <translation>{path} ist keine mesodesk-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>{destination} is a folder; give a file name for the backup.</source>
        <translation>{destination} ist ein Ordner; geben Sie einen Dateinamen für das Backup an.</translation>
    </message>
    <message>
        <source>{destination} already exists; choose another name or add --force to replace it.</source>
        <translation>{destination} existiert bereits; wählen Sie einen anderen Namen oder ergänzen Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>{destination} is the database itself; choose another file.</source>
        <translation>{destination} ist die Datenbank selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{destination} ends in {suffix}, the name of encrypted backups; encrypt it (--encrypt) or choose another name.</source>
        <translation>{destination} endet auf {suffix}, die Endung verschlüsselter Backups; verschlüsseln Sie es (--encrypt) oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file)</source>
        <translation>{path} ist keine mesodesk-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>{path} is damaged (its header gives an impossible page size)</source>
        <translation>{path} ist beschädigt (der Dateikopf gibt eine unmögliche Seitengröße an)</translation>
    </message>
    <message>
        <source>{path} is damaged: it is cut short ({size} bytes, not whole pages)</source>
        <translation>{path} ist beschädigt: die Datei ist abgeschnitten ({size} Byte, keine ganzen Seiten)</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>der Ordner {folder} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>Eine Backup-Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>{sealed} cannot be read: {reason}.</source>
        <translation>{sealed} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{sealed} is not an encrypted mesodesk backup.</source>
        <translation>{sealed} ist kein verschlüsseltes mesodesk-Backup.</translation>
    </message>
    <message>
        <source>{sealed} was written by a newer mesodesk, or its header is damaged.</source>
        <translation>{sealed} wurde von einem neueren mesodesk geschrieben, oder der Dateikopf ist beschädigt.</translation>
    </message>
    <message>
        <source>{sealed} has a damaged header ({error}).</source>
        <translation>{sealed} hat einen beschädigten Dateikopf ({error}).</translation>
    </message>
    <message>
        <source>The passphrase does not open {sealed} (or the file&apos;s header was changed); nothing was restored.</source>
        <translation>Die Passphrase öffnet {sealed} nicht (oder der Dateikopf wurde verändert); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{sealed} is cut short; nothing was restored.</source>
        <translation>{sealed} ist abgeschnitten; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{sealed} was changed after it was written (chunk {number} fails its check); nothing was restored.</source>
        <translation>{sealed} wurde nach dem Schreiben verändert (Block {number} besteht seine Prüfung nicht); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>a Database needs a URL or an SQLite file path</source>
        <translation>eine Database braucht eine URL oder den Pfad einer SQLite-Datei</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger mit {where} ist voll; es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; nothing was saved. Try again in a moment.</source>
        <translation>{where} ist von einem anderen Programm gesperrt; es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{where} is not a mesodesk database (not an SQLite file).</source>
        <translation>{where} ist keine mesodesk-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>{where} is read-only (the file or its folder may not be written); nothing was saved.</source>
        <translation>{where} ist schreibgeschützt (die Datei oder ihr Ordner darf nicht beschrieben werden); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{where} cannot be opened for reading and writing.</source>
        <translation>{where} kann nicht zum Lesen und Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite reports it as malformed).</source>
        <translation>{where} ist beschädigt (SQLite meldet sie als fehlerhaft).</translation>
    </message>
    <message>
        <source>The disk holding {where} reported an input/output error.</source>
        <translation>Der Datenträger mit {where} hat einen Ein-/Ausgabefehler gemeldet.</translation>
    </message>
    <message>
        <source>The change was refused by {where}: {orig}</source>
        <translation>Die Änderung wurde von {where} abgelehnt: {orig}</translation>
    </message>
    <message>
        <source>{where} reported a problem: {orig}</source>
        <translation>{where} hat ein Problem gemeldet: {orig}</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({first}); check the address, the network and that the server is running.</source>
        <translation>Der Datenbankserver ist nicht erreichbar ({first}); prüfen Sie die Adresse, das Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server&apos;s disk holding {where} is full; nothing was saved.</source>
        <translation>Der Datenträger des Servers mit {where} ist voll; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database server refused the login: {first}</source>
        <translation>Der Datenbankserver hat die Anmeldung abgelehnt: {first}</translation>
    </message>
    <message>
        <source>The lock folder {folder} cannot be created: {reason}.</source>
        <translation>Der Sperrordner {folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be examined: {reason}.</source>
        <translation>{path} kann nicht untersucht werden: {reason}.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be opened: {reason}.</source>
        <translation>Die Sperrdatei {path} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (Prozess {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another mesodesk window{owner}. Switch to that window, or close it first.</source>
        <translation>{path} ist bereits in einem anderen mesodesk-Fenster geöffnet{owner}. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>{path} is being restored; try again once the restore is done.</source>
        <translation>{path} wird gerade wiederhergestellt; versuchen Sie es erneut, sobald die Wiederherstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>der Wiederherstellung</translation>
    </message>
    <message>
        <source>{path} is in use by a mesodesk window or command; close them before {what}.</source>
        <translation>{path} wird von einem mesodesk-Fenster oder -Befehl verwendet; schließen Sie diese vor {what}.</translation>
    </message>
    <message>
        <source>{value} is an SQLite database, but not a mesodesk one.</source>
        <translation>{value} ist eine SQLite-Datenbank, aber keine von mesodesk.</translation>
    </message>
    <message>
        <source>{where} was written by a newer mesodesk (schema {revision}); install the newer mesodesk to open it.</source>
        <translation>{where} wurde von einem neueren mesodesk geschrieben (Schema {revision}); installieren Sie das neuere mesodesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{source} is an SQLite file, but not a mesodesk database.</source>
        <translation>{source} ist eine SQLite-Datei, aber keine mesodesk-Datenbank.</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); nothing was restored.</source>
        <translation>{source} ist beschädigt ({value}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{source} has no schema revision; it is not a mesodesk database.</source>
        <translation>{source} hat keine Schemarevision; es ist keine mesodesk-Datenbank.</translation>
    </message>
    <message>
        <source>{source} is encrypted; give its passphrase to restore it.</source>
        <translation>{source} ist verschlüsselt; geben Sie die Passphrase an, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>{source} could not be decrypted next to {beside}: {reason}.</source>
        <translation>{source} konnte neben {beside} nicht entschlüsselt werden: {reason}.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Backup und Datenbank sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>Cannot restore into {db_path}: {problem}; nothing was changed.</source>
        <translation>Wiederherstellen in {db_path} nicht möglich: {problem}; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full; {name} was not written.</source>
        <translation>Der Datenträger mit {parent} ist voll; {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>{parent} may not be written ({reason}); {name} was not written.</source>
        <translation>In {parent} darf nicht geschrieben werden ({reason}); {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{path}: {last}</source>
        <translation>{path}: {last}</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); no backup was written. Restore the latest good backup.</source>
        <translation>{source} ist beschädigt ({value}); es wurde kein Backup geschrieben. Stellen Sie das letzte fehlerfreie Backup wieder her.</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>die Datenbank ist gesperrt</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; the backup was not written there.</source>
        <translation>Der Datenträger mit {folder} ist voll; das Backup wurde dort nicht geschrieben.</translation>
    </message>
    <message>
        <source>The backup cannot be written in {folder} (read-only or missing).</source>
        <translation>Das Backup kann nicht in {folder} geschrieben werden (schreibgeschützt oder nicht vorhanden).</translation>
    </message>
    <message>
        <source>Writing the backup in {folder} failed with an input/output error.</source>
        <translation>Das Schreiben des Backups in {folder} ist mit einem Ein-/Ausgabefehler gescheitert.</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>Der Backup-Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The backup folder {folder} may not be written.</source>
        <translation>In den Backup-Ordner {folder} darf nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup of {source} failed its check: {message}.</source>
        <translation>Das Backup von {source} hat seine Prüfung nicht bestanden: {message}.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}

The details were written to {1}. Your last change may not have been saved: check it, and try again.</source>
        <translation>Etwas ist schiefgelaufen: {0}

Die Details wurden in {1} geschrieben. Ihre letzte Änderung wurde möglicherweise nicht gespeichert: Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
