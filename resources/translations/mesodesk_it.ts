<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;actitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager / a&amp;dmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treats as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody: does not treat patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new practitioner record with this account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name they sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager / admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its history stays under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added. They can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in; everything they did stays under their name. You can reactivate the account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEventEditor</name>
    <message>
        <source>Record an adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of event types could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;vere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen, where, and how large, e.g. 3 cm bruise on the left cheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the authority? *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe events are usually reportable to the health authority. Record the answer here: the event cannot be saved without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, it was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cold compresses, arnica gel; patient reassured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to check on the patient again; optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while the event is still open; an outcome is then required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt; · session of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expected reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it usually settles in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complication (rare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the event began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Yes or No before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adverse event has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEventsPage</name>
    <message>
        <source>Open adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient&apos;s &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome and close the event (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No open adverse events — nothing is waiting for follow-up.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Record an event from the session it followed, in the patient&apos;s chart. It stays on this list, by follow-up date, until it is resolved.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in red have a follow-up date that has passed. Double-click an event (or press Enter) to amend it; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open adverse events could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBadges</name>
    <message>
        <source>No medical profile recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one with Edit patient… before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts in the medical profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergenHint</name>
    <message>
        <source>Add to allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {names} to the screened allergens?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all to allergens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no practitioner recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the session did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw or changed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a date; type it as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was not exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup when mesodesk closed ({0}) failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not finish within {0:g} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s check failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: made on the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup {0} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made by themselves; the Backups page lists them and sets how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup is older than the clinic&apos;s setting ({0} days). Back up now from the Backups page, and check the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup&apos;s check failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in this folder yet. mesodesk makes one by itself when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} backups in {1}; the newest good one was taken {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup in {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {0} was written but its check failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist yet; it is made with the first backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup settings were not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>This session is {status} and cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {patient}&apos;s session of {when}.

Reason (optional), e.g. “called in sick”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled {patient}&apos;s session of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the session in a practitioner&apos;s column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {patient} to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now with {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week (PageUp, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week (PageDown, Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today (T or Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a session in the selected free slot (Ctrl+B or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected session and offer a replacement slot (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day, a column per practitioner (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Sunday; with several practitioners it scrolls sideways (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected slot is taken: choose a free slot to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session at {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see only this practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end} (week {week})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cancelled or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done sessions are never moved; open the session to amend its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end}, {patient}, {status}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a treatment course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening block was overridden with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move; double-click or Enter to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one practitioner to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions. Arrows move the cursor, Enter opens a session or books a free slot, Ctrl+B or Insert books it, Delete cancels a session, PageUp and PageDown change the day or week, T goes to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartHeader</name>
    <message>
        <source>Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the patient to record new sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartHost</name>
    <message>
        <source>← Patient list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Pre-procedure checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not ticked: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;k all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet: needed before marking done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} item(s) unticked without a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation held and expectations discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical history reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood thinners stopped as advised (or not taking any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alcohol or smoking in the last few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sunburn or irritation on the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent peel or laser treatment on the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin cleansed and disinfected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePractitionerDialog</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name. Every session and change you record is signed with it. The choice is remembered on this computer for this database. Until someone is chosen, the desk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioners yet: add yourself below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practitioner&apos;s name, e.g. Dr Anna Berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new practitioner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Clinic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on aftercare sheets and consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours number or what to do, printed near the warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency / after hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, dates and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a city, e.g. “Paris”, and pick the zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of mesodesk&apos;s window, and how it writes dates and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time mesodesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}   (e.g. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no keyboard or mouse use for this long, the desk locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG under 1 MB, printed at the top of aftercare sheets and consent forms. A wide logo on a white or transparent background prints best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent must be recorded before a session is mar&amp;ked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ticked, a session without recorded consent cannot be marked done. Untick only if your clinic records consent elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put patients&apos; names in the &amp;file names offered for saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, aftercare sheets are named by date, time and session number and calendar files by patient number, so a folder listing, a backup drive or a synced folder shows no patient&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the injection &amp;map on aftercare sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small diagram of where the injections were given, for sessions with marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: pick one from the list, e.g. Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo will be removed when you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved when you press OK or Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First of the course vs latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrows to move, 0 to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right photo opacity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient has read and si&amp;gned the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent text is set up for this treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text: {label}, version {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given {when} to: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;abandoned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no next session booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>a practitioner must confirm before the session is marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates proposed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course changed: propose the dates again (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening blocks this treatment: the course can be planned, but {note}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseProgressList</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet. Plan one with &lt;b&gt;New course…&lt;/b&gt; to book its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{title}” abandoned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its planned sessions still to come are cancelled (they stay in the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark course abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseShift</name>
    <message>
        <source>Shift the course&apos;s 1 later session to keep the interval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift the course&apos;s {n} later sessions to keep the interval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes moves them too where the interval would shrink; No moves only this session; Cancel leaves everything as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Send appointments to the patient (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar file of the upcoming sessions, for the patient&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the time, as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time does not exist; use 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>mesodesk (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPeople</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out / &amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw or changed this &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) another user left open are kept for them and may hold unsaved work. Quit anyway and lose it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Face, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands (backs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No adverse events recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reactions seen during a session are noted in that session; complications reported later are listed here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To mark the session done despite a stop, the practitioner confirms it and records why for each stop (kept with the session and in the audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening runs as soon as a treated area or product is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found against this treatment in the medical history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went ahead despite a stop — {by}, {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminBox</name>
    <message>
        <source>Your account (the clinic&apos;s admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone signs in with their own account. Yours manages the clinic: settings, accounts for the others, backups and the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yo&amp;ur name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ana.ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;gin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I also treat patients (I am the &amp;first practitioner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new practitioner record with my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk now has accounts: everyone signs in with their own. Create yours first; it manages the clinic and the others&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few details to start. They are printed on aftercare sheets and consent forms, and can be changed later in Clinic → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number patients call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours number or what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch breaks and closed dates can be added later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Aesthetic physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo catalog of products (examples you can edit or archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was not created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the setup? Nothing is saved; it opens again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Maintenance overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (+{n} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is not finished and no session is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is finished; its maintenance session is due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients to call back: maintenance due, or a course with no next session booked. One row per patient; patients with a booked session are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called, not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now or up to 3 months late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to a year late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>however late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen to see patients who lapsed long ago (the export follows this choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan next session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the selected patient&apos;s next session (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call made &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient asked not to be called again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up list could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with this reason. Choose &lt;b&gt;All reasons&lt;/b&gt; to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody to call.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Patients appear here two weeks before their maintenance session is due, and when a course has no next session booked. Widen the &lt;b&gt;window&lt;/b&gt; to see patients who lapsed long ago.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody in this list.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>Import patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Import patients from a spreadsheet saved as &lt;b&gt;CSV&lt;/b&gt; (comma, semicolon or tab separated; UTF-8 or Windows encoding). The first line names the columns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Required:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {optional}&lt;br&gt;Dates as 1985-03-12 or 12/03/1985. Rows that break a rule, and patients already recorded (same name and date of birth), are listed and not imported.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is refused (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {n} refused row(s), and “all or nothing” was chosen. Correct the rows below and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient imported from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients imported from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} duplicates were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: already recorded as {existing} (patient no. {id}), with the same date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: same name and date of birth as line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>add a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectionMapPanel</name>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to place an injection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, or click both ends, for a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle over a zone (nappage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for a mark from the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;mark here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place marks on the diagram: the volumes add up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier session of this patient has marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>mesodesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to use the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is still signed in until someone else signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for {0}. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotEditor</name>
    <message>
        <source>New lot of {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is past: the lot is expired and cannot be used in a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today: the lot will be flagged as expiring soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in {n} days: the lot will be flagged as expiring soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 10 or 2.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That quantity is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every patient who received a lot in a session marked done, newest first, with the contact details needed to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Type a lot number and press Find.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The lot number is printed on the product&apos;s pack and recorded with each treatment line of a session.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for lot {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No done session used this lot.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planned or cancelled sessions are not listed: no one received the product in them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot} ({products}): {sessions}, {patients}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall list was not exported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotsPanel</name>
    <message>
        <source>Add &amp;lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recall lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every patient and session that received the selected lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots that expire within {days} days are marked “Expires soon”; expired lots are struck through and cannot be recorded in a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is signed in at this desk, so nothing was read or changed. Sign in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products &amp;&amp; lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot recall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient for the new session on {0} at {1:%H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not open patients&apos; records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Injection map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Injection map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Show &amp;map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marks on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No injection map for this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Injection map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the in&amp;jections on a diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With marks, the lines below follow them; without, fill in the lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkFields</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the kind of mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;oduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dept&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techni&amp;que</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (exp. {expiry})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid (nappage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least the length the clinic asks for; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationsRow</name>
    <message>
        <source>Anaesthetic and reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topical &amp;anaesthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product used: choose or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immediate reactions observed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldVersionPane</name>
    <message>
        <source>Older version (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into the &amp;editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this older text; saving it adds a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the text in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenEventTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {days} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet recorded whether this was reported to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date has passed: contact the patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ second interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second period, e.g. after a lunch break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the second period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are proposed and booked only inside these hours. Give a day a second period for a lunch break, or tick Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Monday to Tuesday–Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates the clinic is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays, training days, holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored opening hours could not be used ({reason}); the usual hours are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has {count} periods; only the first two are shown and will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past; kept for the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Go ahead despite screening stops?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening says stop. To mark this session done, record for each stop why it is safe to go ahead. The reasons are kept with the session, on the chart and in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go ahead and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for going ahead despite: {stop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pregnancy test negative today; patient&apos;s GP agreed in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is safe to go ahead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinic overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add the first patient with &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) on the Patients page; the sessions you record appear here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a patient&apos;s chart and choose &lt;b&gt;New session&lt;/b&gt; (Ctrl+Shift+N); sessions appear here as soon as they are saved.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events ({0}, {1} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0}? Their records are kept and can be restored later, but they no longer appear in the patient list.

Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was not archived: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {0} to the patient list?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the patient tells you at the first consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medical profile recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {when} by {who}. Saving changes here keeps that version in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly already registered: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with the same name and date of birth is already registered:

{who}

Save this patient anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: check the possible duplicate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as {format}; leave empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On blood &amp;thinners (aspirin, NSAIDs, anticoagulants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utoimmune disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one, treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendency to &amp;keloids or hypertrophic scars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. eczema, active acne, rosacea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas with a skin condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the current area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;regnant or breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not exist: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as {format}, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Search by name, date of birth ({format}) or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F. Press ↓ to move into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by family or given name (accents and capitals do not matter), by date of birth as {format}, or by phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Show archived” to include archived patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All patients are archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Show archived” to see them, or press Ctrl+N to add a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N to add the first patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document is not ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen page range contains no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF could not be shown; you can still save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoConsent</name>
    <message>
        <source>Clinical record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also teaching and marketing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before or after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient agreed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk keeps a cleaned copy: the picture is turned upright and its camera data (EXIF, GPS position, maker notes) is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPhase</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45° left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45° right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No photos yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop photos here, use &lt;i&gt;Import photos…&lt;/i&gt;, or choose the camera folder this desk&apos;s camera or phone saves into.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) in the camera folder: import them into this chart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo from the gallery? It stays in the record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pic&amp;k a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when mesodesk closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;arn when older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncrypt backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it aga&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (beside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase for the encrypted backups (twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted backups can be read by anyone who has the file: keep them on this computer or an encrypted disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is set. Leave both fields empty to keep it, or type a new one twice. Without the passphrase an encrypted backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase twice and keep it somewhere safe: without it an encrypted backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerCombo</name>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No practitioners yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Type a name on the right and press &lt;b&gt;Add&lt;/b&gt;. Every session records the practitioner who performed it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Anna Berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Aesthetic physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was archived; their sessions keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Cannot prepare the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheet: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the box, e.g. Lipo Contour 10 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. caffeine, L-carnitine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solution type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products and lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No products yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add each product the clinic injects with &lt;b&gt;New product…&lt;/b&gt;, under its solution type, with its ingredients.&lt;br&gt;Then record the lot number and expiry date of every box that arrives, so sessions can say which lot was used.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired {n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon: tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon: in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} expired, none left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product above to see its lots and their expiry dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots of {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No lots recorded for this product.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a box arrives, use &lt;b&gt;Add lot…&lt;/b&gt; to record the lot number and expiry date printed on it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is archived; restore it to record new lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore lo&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Current medical profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No medical profile recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Edit patient…&lt;/b&gt; to record allergies, medications and other contraindications before the first session.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (areas: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — takes blood thinners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergies: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood thinners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoimmune disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keloid tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needle anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <source>Proposed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Propose dates&lt;/b&gt; (Enter) to see when the sessions would be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred day or time was closed, past or already booked; this is the nearest free slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{0} Nothing can be changed in this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallRowTableModel</name>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient&apos;s record is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number on record: reach the patient another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replacement</name>
    <message>
        <source>No free slot found in the next weeks for a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a replacement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a new session for {name} on {day} at {time:%H:%M}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement booked on {day} at {time:%H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell {0} the new password in person; they can change it with Change password… once signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not reset: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveEventDialog</name>
    <message>
        <source>Resolve adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, began {onset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the event resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not resolved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything recorded since it was taken is replaced; the current database is kept beside it under a new name, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase to see what restoring it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of this backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database is not deleted: it is kept as {0}.replaced-&lt;date&gt; beside it, and can be restored again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring… the window&apos;s database is closed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleOffDialog</name>
    <message>
        <source>Switch off a blocking rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” stops treatments that are unsafe for the patient. Switched off, screening will no longer warn about it at all, for every patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Our clinic treats men only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is it switched off? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Screening compares each planned treatment with the patient&apos;s medical profile. Block: the treatment should not go ahead. Warn: check with the patient before treating. Info: for the practitioner&apos;s attention. A switch takes effect at once and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule (tick to use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message shown: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} by {who}
on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually 4 to 10 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the last session to a maintenance one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— add a practitioner first —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessio&amp;ns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred tim&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: going ahead despite the stop was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (session of {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print aft&amp;ercare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {when} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes are recorded as amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the session is saved as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session first: the sheet prints what is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheets are for done sessions. Mark the session done first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend a done session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already done; the change is kept in its history.
Reason for the amendment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the amendment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the move was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s later sessions were not moved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Line {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of this session is kept. Each entry lists the fields that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution / product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went ahead despite a screening stop:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record adverse event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;New session…&lt;/b&gt; to record one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This patient is archived: use &lt;b&gt;Restore…&lt;/b&gt; to record sessions again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a done session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print its aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aftercare texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clinic details and opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings have changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk found damage in {0}:
{1}

Nothing will be written to it. You can go back to the latest good backup (the damaged file is kept beside it), or open it read-only to look at what it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read-only to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup was taken {0} UTC ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is damaged; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not happen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged ({0}); it is open for looking only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <source>Nappage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear / retrograde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate paragraphs with an empty line; line breaks inside a paragraph are joined when printed. The patient signs under the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line; empty lines are ignored. A sheet prints the general text followed by the texts of the solution types and areas treated, without repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} — read-only. Documents printed with it keep naming it; to use this text again, copy it into the editor and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text of its own: patients sign the “Every treatment” text. A text written here replaces it for this solution type, so include everything the patient signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text of its own yet: sheets print the general text and the other texts that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: version {n}, edited by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the default text supplied with mesodesk (version {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {n}; earlier versions stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the text supplied with mesodesk for “{label}”? The current text stays in the version history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to this text will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reset: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default text is in use again (version {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of an older version is in the editor; save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text “{label}” has changes that are not saved. Save them as a new version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: consent form for a sample patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: sheet for a sample patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real sheet also prints the general text and that of each area treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time}; the preview follows your typing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextKeyTree</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default v{n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {date}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} still to plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>The day could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 aftercare sheet to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} aftercare sheets to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions for {name} on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;All practitioners&lt;/b&gt; to see the whole day.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Book one from a patient&apos;s chart with &lt;b&gt;New session…&lt;/b&gt;,&lt;br&gt;or pick another day with the arrows or the date above.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marked arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional), e.g. “called in sick”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marked no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they were: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was not changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sessions were not changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sessions whose aftercare sheets you want to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheets are printed for done sessions only, and none of the selected sessions is done yet.

Mark a session done first (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skipped} of the {total} selected sessions are not done and were left out; printing the sheets of the {n} done ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session listed on {day} is done yet, so there is no sheet to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets to print could not be found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aftercare sheets of the {n} done sessions listed on {day} are all printed.

To print them again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aftercare sheet of the done session listed on {day} is printed.

To print it again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sheet already printed is left out; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sheets already printed are left out; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Print all done, including printed” prints them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aftercare sheets could not be prepared: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing aftercare sheets: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building one PDF of {total} aftercare sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets went out, but mesodesk could not record it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 aftercare sheet printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} aftercare sheets printed in one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 aftercare sheet saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} aftercare sheets saved as one PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening block was overridden with a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aftercare sheet was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aftercare sheet was saved as a PDF file but not printed: “Print all done” prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aftercare sheet printed yet: select the row and press Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session (double-click) to complete its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is here (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment is finished (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;no-show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient did not come (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print aftercare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all d&amp;one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the done sessions listed that were not printed yet (Ctrl+Shift+P); the arrow offers to print them all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all done, &amp;including printed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the aftercare sheets of every done session listed, again or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentBox</name>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solution type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indications (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the indication and areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume in ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} (no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lots recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lot} (expired {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lot} (expires {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lot} · exp. {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}: it cannot be recorded. Choose another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot} expires on {date}, within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsBox</name>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another treated area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes per product add up here as you fill the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{ml} ml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions of this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an older version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionNames</name>
    <message>
        <source>v{n} edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{n} default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplied with mesodesk, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTasks</name>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books as: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full check of the database found damage ({0}). mesodesk will not write to it any more: restore the latest good backup (File → Restore…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup needs the admin role; ask the clinic&apos;s admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk backup (*.sqlite3 *.bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys, schema and audit are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About mesodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesodesk {0}
Records, planning and aftercare sheets for mesotherapy clinics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}

The details were written to {1}. Your last change may not have been saved: check it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
