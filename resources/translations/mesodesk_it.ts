<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Roles of {0}</source>
        <translation>Ruoli di {0}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Pr&amp;actitioner</source>
        <translation>Pro&amp;fessionista</translation>
    </message>
    <message>
        <source>R&amp;eception</source>
        <translation>A&amp;ccettazione</translation>
    </message>
    <message>
        <source>Manager / a&amp;dmin</source>
        <translation>Responsabile / a&amp;mministratore</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>&amp;Treats as</source>
        <translation>&amp;Tratta come</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>(nobody: does not treat patients)</source>
        <translation>(nessuno: non tratta pazienti)</translation>
    </message>
    <message>
        <source>A new practitioner record with this account&apos;s name</source>
        <translation>Una nuova scheda professionista con il nome di questo account</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Digiti il nome della persona.</translation>
    </message>
    <message>
        <source>Type the name they sign in with.</source>
        <translation>Digiti il nome con cui accede.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Selezioni almeno un ruolo.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Non è stato salvato nulla: {0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accettazione</translation>
    </message>
    <message>
        <source>Manager / admin</source>
        <translation>Responsabile / amministratore</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Ruoli…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reimposta &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its history stays under its name.</source>
        <translation>Gli account non vengono mai eliminati: un account disattivato non può accedere e la sua cronologia resta a suo nome.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ria&amp;ttiva</translation>
    </message>
    <message>
        <source>Account added. They can sign in now.</source>
        <translation>Account aggiunto. Ora la persona può accedere.</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>Ruoli salvati.</translation>
    </message>
    <message>
        <source>New password set for {0}.</source>
        <translation>Nuova password impostata per {0}.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Disattiva account</translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in; everything they did stays under their name. You can reactivate the account later.</source>
        <translation>Disattivare {0}? Non potrà più accedere; tutto ciò che ha fatto resta a suo nome. Potrà riattivare l&apos;account in seguito.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} è disattivato.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} può di nuovo accedere.</translation>
    </message>
</context>
<context>
    <name>AdverseEventEditor</name>
    <message>
        <source>Record an adverse event</source>
        <translation>Registra un evento avverso</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento avverso</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>L&apos;evento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>The list of event types could not be read: {0}</source>
        <translation>Non è stato possibile leggere l&apos;elenco dei tipi di evento: {0}</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Tipo *</translation>
    </message>
    <message>
        <source>&amp;Onset *</source>
        <translation>&amp;Insorgenza *</translation>
    </message>
    <message>
        <source>&amp;Mild</source>
        <translation>&amp;Lieve</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>Mo&amp;derato</translation>
    </message>
    <message>
        <source>Se&amp;vere</source>
        <translation>&amp;Grave</translation>
    </message>
    <message>
        <source>Severity *</source>
        <translation>Gravità *</translation>
    </message>
    <message>
        <source>What was seen, where, and how large, e.g. 3 cm bruise on the left cheek</source>
        <translation>Cosa si è osservato, dove e quanto esteso, ad es. livido di 3 cm sulla guancia sinistra</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escrizione</translation>
    </message>
    <message>
        <source>Reported to the authority? *</source>
        <translation>Segnalato all&apos;autorità? *</translation>
    </message>
    <message>
        <source>Severe events are usually reportable to the health authority. Record the answer here: the event cannot be saved without it.</source>
        <translation>Gli eventi gravi di norma vanno segnalati all&apos;autorità sanitaria. Registri qui la risposta: senza di essa l&apos;evento non può essere salvato.</translation>
    </message>
    <message>
        <source>&amp;Yes, it was reported</source>
        <translation>&amp;Sì, è stato segnalato</translation>
    </message>
    <message>
        <source>&amp;No, not reported</source>
        <translation>&amp;No, non segnalato</translation>
    </message>
    <message>
        <source>Care and follow-up</source>
        <translation>Cura e follow-up</translation>
    </message>
    <message>
        <source>e.g. Cold compresses, arnica gel; patient reassured</source>
        <translation>ad es. impacchi freddi, gel all&apos;arnica; paziente rassicurato</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Azioni intraprese</translation>
    </message>
    <message>
        <source>When to check on the patient again; optional.</source>
        <translation>Quando ricontrollare il paziente; facoltativo.</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Come si è concluso, ad es. scomparso entro una settimana</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Esit&amp;o</translation>
    </message>
    <message>
        <source>Leave empty while the event is still open; an outcome is then required.</source>
        <translation>Lasci vuoto finché l&apos;evento è ancora aperto; in tal caso è richiesto un esito.</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Risolto il</translation>
    </message>
    <message>
        <source>The event could not be opened: {0}</source>
        <translation>Non è stato possibile aprire l&apos;evento: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt; · session of {when}</source>
        <translation>&lt;b&gt;{patient}&lt;/b&gt; · seduta del {when}</translation>
    </message>
    <message>
        <source> with {who}</source>
        <translation> con {who}</translation>
    </message>
    <message>
        <source>An expected reaction</source>
        <translation>Una reazione attesa</translation>
    </message>
    <message>
        <source>; it usually settles in {0}.</source>
        <translation>; di solito si risolve in {0}.</translation>
    </message>
    <message>
        <source>A complication (rare).</source>
        <translation>Una complicanza (rara).</translation>
    </message>
    <message>
        <source>A complication.</source>
        <translation>Una complicanza.</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Scelga il tipo di evento.</translation>
    </message>
    <message>
        <source>Enter the day the event began.</source>
        <translation>Inserisca il giorno in cui è iniziato l&apos;evento.</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Scelga la gravità.</translation>
    </message>
    <message>
        <source>Answer Yes or No before saving.</source>
        <translation>Risponda Sì o No prima di salvare.</translation>
    </message>
    <message>
        <source>The event was not saved: {reason}</source>
        <translation>L&apos;evento non è stato salvato: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Non è stato ancora salvato nulla: corregga i campi evidenziati.</translation>
    </message>
    <message>
        <source>This adverse event has changes that are not saved. Save them now?</source>
        <translation>Questo evento avverso ha modifiche non salvate. Salvarle ora?</translation>
    </message>
</context>
<context>
    <name>AdverseEventsPage</name>
    <message>
        <source>Open adverse events</source>
        <translation>Eventi avversi aperti</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Apri evento…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Risolvi…</translation>
    </message>
    <message>
        <source>Open patient&apos;s &amp;chart</source>
        <translation>Apri &amp;cartella del paziente</translation>
    </message>
    <message>
        <source>Record the outcome and close the event (Ctrl+R)</source>
        <translation>Registra l&apos;esito e chiude l&apos;evento (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No open adverse events — nothing is waiting for follow-up.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Record an event from the session it followed, in the patient&apos;s chart. It stays on this list, by follow-up date, until it is resolved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessun evento avverso aperto: nessun follow-up in sospeso.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registri un evento dalla seduta a cui è seguito, nella cartella del paziente. Resta in questo elenco, ordinato per data di follow-up, finché non viene risolto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rows in red have a follow-up date that has passed. Double-click an event (or press Enter) to amend it; right-click for more.</source>
        <translation>Le righe in rosso hanno una data di follow-up già passata. Faccia doppio clic su un evento (o prema Invio) per modificarlo; clic destro per altre opzioni.</translation>
    </message>
    <message>
        <source>Open adverse events could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare gli eventi avversi aperti: {0}</translation>
    </message>
    <message>
        <source>1 open event</source>
        <translation>1 evento aperto</translation>
    </message>
    <message>
        <source>{n} open events</source>
        <translation>{n} eventi aperti</translation>
    </message>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 follow-up scaduto</translation>
    </message>
    <message>
        <source>{n} follow-ups overdue</source>
        <translation>{n} follow-up scaduti</translation>
    </message>
</context>
<context>
    <name>AlertBadges</name>
    <message>
        <source>No medical profile recorded</source>
        <translation>Nessun profilo medico registrato</translation>
    </message>
    <message>
        <source>Record one with Edit patient… before treating.</source>
        <translation>Lo registri con Modifica paziente… prima del trattamento.</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Fluidificanti del sangue</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Gravidanza o allattamento</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendenza ai cheloidi</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Malattia autoimmune</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Paura degli aghi</translation>
    </message>
    <message>
        <source>No alerts in the medical profile</source>
        <translation>Nessun avviso nel profilo medico</translation>
    </message>
    <message>
        <source>see profile</source>
        <translation>vedere il profilo</translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation>Allergie: {0}</translation>
    </message>
</context>
<context>
    <name>AllergenHint</name>
    <message>
        <source>Add to allergens</source>
        <translation>Aggiungi agli allergeni</translation>
    </message>
    <message>
        <source>Add {names} to the screened allergens?</source>
        <translation>Aggiungere {names} agli allergeni controllati?</translation>
    </message>
    <message>
        <source>Add all to allergens</source>
        <translation>Aggiungi tutti agli allergeni</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>— no practitioner recorded —</source>
        <translation>— nessun professionista registrato —</translation>
    </message>
    <message>
        <source>Why the session did not take place</source>
        <translation>Perché la seduta non ha avuto luogo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Data e ora:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urata:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Professionista:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <source>Patient {0}</source>
        <translation>Paziente {0}</translation>
    </message>
    <message>
        <source>Who saw or changed this record</source>
        <translation>Chi ha visto o modificato questa scheda</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nome, poi Invio</translation>
    </message>
    <message>
        <source>(every patient)</source>
        <translation>(tutti i pazienti)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;a</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paziente</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(tutti)</translation>
    </message>
    <message>
        <source>No patient matches “{0}”.</source>
        <translation>Nessun paziente corrisponde a “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is not a date; type it as {1}.</source>
        <translation>“{0}” non è una data; la scriva nel formato {1}.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>L&apos;ultimo giorno è precedente al primo.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Esporta il registro attività</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit was not exported: {0}</source>
        <translation>Il registro attività non è stato esportato: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Esportato in {0}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup when mesodesk closed ({0}) failed: {1}</source>
        <translation>Il backup alla chiusura di mesodesk ({0}) non è riuscito: {1}</translation>
    </message>
    <message>
        <source>it did not finish within {0:g} seconds.</source>
        <translation>non è terminato entro {0:g} secondi.</translation>
    </message>
    <message>
        <source>the backup&apos;s check failed: {0}</source>
        <translation>la verifica del backup non è riuscita: {0}</translation>
    </message>
    <message>
        <source>Last backup: …</source>
        <translation>Ultimo backup: …</translation>
    </message>
    <message>
        <source>Backups: on the server, scheduled on one computer</source>
        <translation>Backup: sul server, pianificati su un computer</translation>
    </message>
    <message>
        <source>A clinic on a server is backed up by pg_dump on the server, or by `mesodesk backup --auto --database-url URL` scheduled on one computer; File → Back up database… writes a checked copy now.</source>
        <translation>Il backup di una clinica su un server si esegue con pg_dump sul server, oppure con `mesodesk backup --auto --database-url URL` pianificato su un computer; File → Esegui backup del database… scrive subito una copia verificata.</translation>
    </message>
    <message>
        <source>Last backup: unknown</source>
        <translation>Ultimo backup: sconosciuto</translation>
    </message>
    <message>
        <source>No good backup yet</source>
        <translation>Ancora nessun backup valido</translation>
    </message>
    <message>
        <source>Last good backup: {0}</source>
        <translation>Ultimo backup valido: {0}</translation>
    </message>
    <message>
        <source>Last good backup {0} days ago</source>
        <translation>Ultimo backup valido {0} giorni fa</translation>
    </message>
    <message>
        <source>Backups are made by themselves; the Backups page lists them and sets how often.</source>
        <translation>I backup vengono eseguiti automaticamente; la pagina Backup li elenca e ne imposta la frequenza.</translation>
    </message>
    <message>
        <source>The last good backup is older than the clinic&apos;s setting ({0} days). Back up now from the Backups page, and check the backup folder.</source>
        <translation>L&apos;ultimo backup valido è più vecchio di quanto previsto dalle impostazioni della clinica ({0} giorni). Esegua subito un backup dalla pagina Backup e controlli la cartella dei backup.</translation>
    </message>
    <message>
        <source>last backup failed</source>
        <translation>ultimo backup non riuscito</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Il backup automatico non è riuscito: {0}</translation>
    </message>
    <message>
        <source>The automatic backup&apos;s check failed: {0}</source>
        <translation>La verifica del backup automatico non è riuscita: {0}</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(cifrato)</translation>
    </message>
    <message>
        <source>Of another database</source>
        <translation>Di un altro database</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eseguito</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A backup of another database kept in the same folder (perhaps with the same file name): it is not a backup of this one and is not restored here.</source>
        <translation>Un backup di un altro database conservato nella stessa cartella (forse con lo stesso nome di file): non è un backup di questo e non viene ripristinato qui.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No backups in this folder yet. mesodesk makes one by itself when it is due.</source>
        <translation>Ancora nessun backup in questa cartella. mesodesk ne esegue uno automaticamente quando è previsto.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Esegui backup ora</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>{0} backups in {1}; the newest good one was taken {2}.</source>
        <translation>{0} backup in {1}; il più recente valido è stato eseguito {2}.</translation>
    </message>
    <message>
        <source>No good backup in {0} yet.</source>
        <translation>Ancora nessun backup valido in {0}.</translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation>Il backup non è stato eseguito: {0}</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}</source>
        <translation>Backup eseguito e verificato: {0}</translation>
    </message>
    <message>
        <source>The backup {0} was written but its check failed: {1}</source>
        <translation>Il backup {0} è stato scritto ma la verifica non è riuscita: {1}</translation>
    </message>
    <message>
        <source>The folder {0} does not exist yet; it is made with the first backup.</source>
        <translation>La cartella {0} non esiste ancora; verrà creata con il primo backup.</translation>
    </message>
    <message>
        <source>The backup settings were not saved: {0}</source>
        <translation>Le impostazioni di backup non sono state salvate: {0}</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Impostazioni di backup salvate.</translation>
    </message>
</context>
<context>
    <name>BusySave</name>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>This session is {status} and cannot be cancelled.</source>
        <translation>Questa seduta è {status} e non può essere annullata.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annulla seduta</translation>
    </message>
    <message>
        <source>Cancel {patient}&apos;s session of {when}.

Reason (optional), e.g. “called in sick”:</source>
        <translation>Annullare la seduta di {patient} del {when}.

Motivo (facoltativo), ad es. “disdetta per malattia”:</translation>
    </message>
    <message>
        <source>Session not cancelled</source>
        <translation>Seduta non annullata</translation>
    </message>
    <message>
        <source>Cancelled {patient}&apos;s session of {when}.</source>
        <translation>Seduta di {patient} del {when} annullata.</translation>
    </message>
    <message>
        <source>Drop the session in a practitioner&apos;s column.</source>
        <translation>Trascini la seduta nella colonna di un professionista.</translation>
    </message>
    <message>
        <source>Moved {patient} to {when}.</source>
        <translation>Seduta di {patient} spostata al {when}.</translation>
    </message>
    <message>
        <source>Now with {who}.</source>
        <translation>Ora con {who}.</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>Spostata anche 1 seduta successiva del ciclo.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>Spostate anche {n} sedute successive del ciclo.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Sposta seduta</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>Seduta non spostata</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Previous day or week (PageUp, Alt+Left)</source>
        <translation>Giorno o settimana precedente (PagSu, Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Next day or week (PageDown, Alt+Right)</source>
        <translation>Giorno o settimana successivi (PagGiù, Alt+Destra)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Back to today (T or Home)</source>
        <translation>Torna a oggi (T o Home)</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>Pre&amp;nota…</translation>
    </message>
    <message>
        <source>Book a session in the selected free slot (Ctrl+B or Insert)</source>
        <translation>Prenota una seduta nella fascia libera selezionata (Ctrl+B o Ins)</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Annulla seduta…</translation>
    </message>
    <message>
        <source>Cancel the selected session and offer a replacement slot (Delete)</source>
        <translation>Annulla la seduta selezionata e propone una fascia sostitutiva (Canc)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>One day, a column per practitioner (D)</source>
        <translation>Un giorno, una colonna per professionista (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Monday to Sunday; with several practitioners it scrolls sideways (W)</source>
        <translation>Da lunedì a domenica; con più professionisti scorre lateralmente (W)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Professionista:</translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare i professionisti: {0}</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare il calendario: {0}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>The selected slot is taken: choose a free slot to book.</source>
        <translation>La fascia selezionata è occupata: scelga una fascia libera per prenotare.</translation>
    </message>
    <message>
        <source>Select a session to cancel.</source>
        <translation>Selezioni una seduta da annullare.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Apri seduta</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>A&amp;nnulla seduta…</translation>
    </message>
    <message>
        <source>&amp;New session at {0}…</source>
        <translation>Nuo&amp;va seduta alle {0}…</translation>
    </message>
    <message>
        <source>Click to see this day.</source>
        <translation>Clicchi per vedere questo giorno.</translation>
    </message>
    <message>
        <source>Click to see only this practitioner.</source>
        <translation>Clicchi per vedere solo questo professionista.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>{start} – {end} (week {week})</source>
        <translation>{start} – {end} (settimana {week})</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Nessuna seduta</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seduta</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sedute</translation>
    </message>
    <message>
        <source>{n} cancelled or missed</source>
        <translation>{n} annullate o mancate</translation>
    </message>
    <message>
        <source>Done sessions are never moved; open the session to amend its record.</source>
        <translation>Le sedute concluse non vengono mai spostate; apra la seduta per modificarne la registrazione.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Una seduta annullata o mancata mantiene la sua data; prenoti invece una sostituzione.</translation>
    </message>
    <message>
        <source>{start}–{end}, {patient}, {status}, {who}</source>
        <translation>{start}–{end}, {patient}, {status}, {who}</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>nessun professionista</translation>
    </message>
    <message>
        <source>{status} · {who}</source>
        <translation>{status} · {who}</translation>
    </message>
    <message>
        <source>Areas: {0}</source>
        <translation>Zone: {0}</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Prodotti: {0}</translation>
    </message>
    <message>
        <source>Part of a treatment course</source>
        <translation>Parte di un ciclo di trattamento</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Dati mancanti nella registrazione: {0}</translation>
    </message>
    <message>
        <source>A screening block was overridden with a reason</source>
        <translation>Un blocco dello screening è stato scavalcato con una motivazione</translation>
    </message>
    <message>
        <source>Drag to move; double-click or Enter to open.</source>
        <translation>Trascini per spostare; doppio clic o Invio per aprire.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… e altri {n}</translation>
    </message>
    <message>
        <source>Click to open this day.</source>
        <translation>Clicchi per aprire questo giorno.</translation>
    </message>
    <message>
        <source>Choose one practitioner to see them all.</source>
        <translation>Scelga un professionista per vederli tutti.</translation>
    </message>
    <message>
        <source>Clinic calendar</source>
        <translation>Calendario della clinica</translation>
    </message>
    <message>
        <source>{n} sessions. Arrows move the cursor, Enter opens a session or books a free slot, Ctrl+B or Insert books it, Delete cancels a session, PageUp and PageDown change the day or week, T goes to today.</source>
        <translation>{n} sedute. Le frecce spostano il cursore, Invio apre una seduta o prenota una fascia libera, Ctrl+B o Ins la prenota, Canc annulla una seduta, PagSu e PagGiù cambiano giorno o settimana, T torna a oggi.</translation>
    </message>
    <message>
        <source>Free: {who}, {when}</source>
        <translation>Libero: {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Password &amp;attuale</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Digiti la password attuale.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Troppi tentativi non riusciti. Attenda {0} secondi, poi riprovi.</translation>
    </message>
    <message>
        <source>The password was not changed: {0}</source>
        <translation>La password non è stata modificata: {0}</translation>
    </message>
</context>
<context>
    <name>ChartHeader</name>
    <message>
        <source>Edit patient…</source>
        <translation>Modifica paziente…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nuova seduta…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivia…</translation>
    </message>
    <message>
        <source>Patient record…</source>
        <translation>Cartella del paziente…</translation>
    </message>
    <message>
        <source>This patient could not be loaded</source>
        <translation>Non è stato possibile caricare questo paziente</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>{0} years old</source>
        <translation>{0} anni</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>nato/a il {0}</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>età sconosciuta</translation>
    </message>
    <message>
        <source>Archived on {0}: {1}</source>
        <translation>Archiviato il {0}: {1}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Restore the patient to record new sessions.</source>
        <translation>Ripristini il paziente per registrare nuove sedute.</translation>
    </message>
</context>
<context>
    <name>ChartHost</name>
    <message>
        <source>← Patient list</source>
        <translation>← Elenco pazienti</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Pre-procedure checklist</source>
        <translation>Checklist pre-trattamento</translation>
    </message>
    <message>
        <source>If not ticked: why</source>
        <translation>Se non spuntato: perché</translation>
    </message>
    <message>
        <source>Note for: {item}</source>
        <translation>Nota per: {item}</translation>
    </message>
    <message>
        <source>Tic&amp;k all</source>
        <translation>Spunta &amp;tutto</translation>
    </message>
    <message>
        <source>Not filled in yet: needed before marking done.</source>
        <translation>Non ancora compilata: necessaria prima di segnare la seduta come conclusa.</translation>
    </message>
    <message>
        <source>{n} item(s) unticked without a note.</source>
        <translation>{n} voci non spuntate senza nota.</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Completa.</translation>
    </message>
    <message>
        <source>Consultation held and expectations discussed</source>
        <translation>Consulto svolto e aspettative discusse</translation>
    </message>
    <message>
        <source>Medical history reviewed today</source>
        <translation>Anamnesi rivista oggi</translation>
    </message>
    <message>
        <source>Blood thinners stopped as advised (or not taking any)</source>
        <translation>Fluidificanti sospesi come indicato (o non ne assume)</translation>
    </message>
    <message>
        <source>No alcohol or smoking in the last few days</source>
        <translation>Niente alcol né fumo negli ultimi giorni</translation>
    </message>
    <message>
        <source>No sunburn or irritation on the area</source>
        <translation>Nessuna scottatura o irritazione sulla zona</translation>
    </message>
    <message>
        <source>No recent peel or laser treatment on the area</source>
        <translation>Nessun peeling o laser recente sulla zona</translation>
    </message>
    <message>
        <source>Skin cleansed and disinfected</source>
        <translation>Pelle detersa e disinfettata</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Clinic details</source>
        <translation>Dati della clinica</translation>
    </message>
    <message>
        <source>As printed on aftercare sheets and consent forms</source>
        <translation>Come stampati sulle schede post-trattamento e sui moduli di consenso</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nome della clinica</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>ad es. +39 02 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>After-hours number or what to do, printed near the warning signs</source>
        <translation>Numero fuori orario o cosa fare, stampato accanto ai segnali d&apos;allarme</translation>
    </message>
    <message>
        <source>&amp;Emergency / after hours</source>
        <translation>&amp;Emergenze / fuori orario</translation>
    </message>
    <message>
        <source>Time, dates and paper</source>
        <translation>Ora, date e carta</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>{format}   (e.g. {example})</source>
        <translation>{format}   (ad es. {example})</translation>
    </message>
    <message>
        <source>&amp;Date format</source>
        <translation>Formato &amp;data</translation>
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
        <translation>Formato &amp;carta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>With no keyboard or mouse use for this long, the desk locks itself.</source>
        <translation>Se tastiera e mouse non vengono usati per questo tempo, la postazione si blocca automaticamente.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>&amp;Blocco dopo inattività</translation>
    </message>
    <message>
        <source>Window lang&amp;uage</source>
        <translation>Lingu&amp;a dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Patients without a lan&amp;guage get sheets in</source>
        <translation>I pazienti senza lin&amp;gua ricevono le schede in</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Scegli l&amp;ogo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>PNG or JPEG under 1 MB, printed at the top of aftercare sheets and consent forms. A wide logo on a white or transparent background prints best.</source>
        <translation>PNG o JPEG sotto 1 MB, stampato in cima alle schede post-trattamento e ai moduli di consenso. Un logo largo su sfondo bianco o trasparente viene stampato meglio.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Consent must be recorded before a session is mar&amp;ked done</source>
        <translation>Il consenso deve essere registrato prima di segnare una seduta come concl&amp;usa</translation>
    </message>
    <message>
        <source>When ticked, a session without recorded consent cannot be marked done. Untick only if your clinic records consent elsewhere.</source>
        <translation>Se selezionato, una seduta senza consenso registrato non può essere segnata come conclusa. Lo deselezioni solo se la Sua clinica registra il consenso altrove.</translation>
    </message>
    <message>
        <source>Put patients&apos; names in the &amp;file names offered for saving</source>
        <translation>Inserire i nomi dei pazienti nei nomi file proposti per il &amp;salvataggio</translation>
    </message>
    <message>
        <source>Unticked, aftercare sheets are named by date, time and session number and calendar files by patient number, so a folder listing, a backup drive or a synced folder shows no patient&apos;s name.</source>
        <translation>Se deselezionato, le schede post-trattamento prendono il nome da data, ora e numero della seduta e i file di calendario dal numero del paziente, così l&apos;elenco di una cartella, un disco di backup o una cartella sincronizzata non mostrano il nome di alcun paziente.</translation>
    </message>
    <message>
        <source>Show the injection &amp;map on aftercare sheets</source>
        <translation>Mostra la &amp;mappa delle iniezioni sulle schede post-trattamento</translation>
    </message>
    <message>
        <source>A small diagram of where the injections were given, for sessions with marks.</source>
        <translation>Un piccolo schema dei punti di iniezione, per le sedute con segni.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Non è stato possibile leggere le impostazioni: {reason}</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s time zone.</source>
        <translation>Scelga il fuso orario della clinica.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: pick one from the list, e.g. Europe/London.</source>
        <translation>“{zone}” non è un fuso orario: ne scelga uno dall&apos;elenco, ad es. Europe/Rome.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Scegli il logo della clinica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Immagini (*.png *.jpg *.jpeg);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>Non è stato possibile leggere {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} was not used: {reason}</source>
        <translation>{name} non è stato usato: {reason}</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>The logo will be removed when you press OK or Apply.</source>
        <translation>Il logo verrà rimosso quando preme OK o Applica.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} pixel, {size} KB</translation>
    </message>
    <message>
        <source>saved when you press OK or Apply</source>
        <translation>salvato quando preme OK o Applica</translation>
    </message>
    <message>
        <source>Type part of a city, e.g. “Paris”, and pick the zone from the list.</source>
        <translation>Digiti parte del nome di una città, ad es. “Roma”, e scelga il fuso dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Come questo computer</translation>
    </message>
    <message>
        <source>The language of mesodesk&apos;s window, and how it writes dates and numbers.</source>
        <translation>La lingua della finestra di mesodesk e il modo di scrivere date e numeri.</translation>
    </message>
    <message>
        <source>Takes effect the next time mesodesk starts.</source>
        <translation>Ha effetto al prossimo avvio di mesodesk.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Confronta foto</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancate</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Cursore</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Sovrapposte</translation>
    </message>
    <message>
        <source>&amp;First of the course vs latest</source>
        <translation>&amp;Prima del ciclo / ultima</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>&amp;Adatta</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Sinistra:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Destra:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrows to move, 0 to fit.</source>
        <translation>Rotellina o +/− per lo zoom, trascinamento o frecce per spostare, 0 per adattare.</translation>
    </message>
    <message>
        <source>Divider:</source>
        <translation>Divisore:</translation>
    </message>
    <message>
        <source>Right photo opacity:</source>
        <translation>Opacità foto destra:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Modificato da un&apos;altra postazione</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> alle %1</translation>
    </message>
    <message>
        <source>%1 saved this record%2 after you opened it.</source>
        <translation>%1 ha salvato questi dati%2 dopo che Lei li ha aperti.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record after you opened it.</source>
        <translation>Qualcuno da un&apos;altra postazione ha salvato questi dati dopo che Lei li ha aperti.</translation>
    </message>
    <message>
        <source>Nothing of yours is saved yet. Here is what differs:</source>
        <translation>Nessuna Sua modifica è ancora salvata. Ecco le differenze:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs (saved by %1)</source>
        <translation>Altra postazione (salvato da %1)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Altra postazione (salvato)</translation>
    </message>
    <message>
        <source>Yours (typed)</source>
        <translation>Sue modifiche (digitate)</translation>
    </message>
    <message>
        <source>&amp;Take theirs and re-apply mine</source>
        <translation>&amp;Prendi le loro e riapplica le mie</translation>
    </message>
    <message>
        <source>Load what was saved, then put back the fields you changed, to check and save.</source>
        <translation>Carica ciò che è stato salvato, poi reinserisce i campi da Lei modificati, da controllare e salvare.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantieni le mie</translation>
    </message>
    <message>
        <source>Save your values over theirs; the history records the overwrite.</source>
        <translation>Salva i Suoi valori sopra i loro; la cronologia registra la sovrascrittura.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Patient has read and si&amp;gned the form</source>
        <translation>Il paziente ha letto e &amp;firmato il modulo</translation>
    </message>
    <message>
        <source>Print consent &amp;form…</source>
        <translation>Stampa &amp;modulo di consenso…</translation>
    </message>
    <message>
        <source>No consent text is set up for this treatment.</source>
        <translation>Per questo trattamento non è impostato alcun testo di consenso.</translation>
    </message>
    <message>
        <source>Consent text: {label}, version {v}.</source>
        <translation>Testo di consenso: {label}, versione {v}.</translation>
    </message>
    <message>
        <source>Consent given {when} to: {label}.</source>
        <translation>Consenso dato il {when} per: {label}.</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation>Azioni sul ciclo</translation>
    </message>
    <message>
        <source>Mark &amp;abandoned…</source>
        <translation>Segna come &amp;abbandonato…</translation>
    </message>
    <message>
        <source>&amp;Reopen course</source>
        <translation>&amp;Riapri ciclo</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>ogni {n} giorni</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} di {total} concluse</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation>{n} mancate</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>prossima {when}</translation>
    </message>
    <message>
        <source>maintenance due {date}</source>
        <translation>mantenimento previsto il {date}</translation>
    </message>
    <message>
        <source>no next session booked</source>
        <translation>nessuna prossima seduta prenotata</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>a practitioner must confirm before the session is marked done</source>
        <translation>un professionista deve confermare prima che la seduta sia segnata come eseguita</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuovo ciclo</translation>
    </message>
    <message>
        <source>No dates proposed.</source>
        <translation>Nessuna data proposta.</translation>
    </message>
    <message>
        <source>No dates proposed. {reason}</source>
        <translation>Nessuna data proposta. {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Non è stato salvato nulla. {reason}</translation>
    </message>
    <message>
        <source>New course for {name}</source>
        <translation>Nuovo ciclo per {name}</translation>
    </message>
    <message>
        <source>&amp;Propose dates</source>
        <translation>&amp;Proponi date</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Crea ciclo</translation>
    </message>
    <message>
        <source>The course changed: propose the dates again (Enter).</source>
        <translation>Il ciclo è cambiato: proponga di nuovo le date (Invio).</translation>
    </message>
    <message>
        <source>Screening: nothing to report.</source>
        <translation>Screening: nulla da segnalare.</translation>
    </message>
    <message>
        <source>Screening blocks this treatment: the course can be planned, but {note}.</source>
        <translation>Lo screening blocca questo trattamento: il ciclo può essere pianificato, ma {note}.</translation>
    </message>
</context>
<context>
    <name>CourseProgressList</name>
    <message>
        <source>Courses</source>
        <translation>Cicli</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nuovo ciclo…</translation>
    </message>
    <message>
        <source>No courses yet. Plan one with &lt;b&gt;New course…&lt;/b&gt; to book its sessions.</source>
        <translation>Ancora nessun ciclo. Ne pianifichi uno con &lt;b&gt;Nuovo ciclo…&lt;/b&gt; per prenotarne le sedute.</translation>
    </message>
    <message>
        <source>Courses ({n})</source>
        <translation>Cicli ({n})</translation>
    </message>
    <message>
        <source>Why is “{title}” abandoned?</source>
        <translation>Perché “{title}” è stato abbandonato?</translation>
    </message>
    <message>
        <source>Its planned sessions still to come are cancelled (they stay in the record).</source>
        <translation>Le sedute pianificate ancora da svolgere vengono annullate (restano nella cartella).</translation>
    </message>
    <message>
        <source>Mark course abandoned</source>
        <translation>Segna ciclo come abbandonato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
</context>
<context>
    <name>CourseShift</name>
    <message>
        <source>Shift the course&apos;s 1 later session to keep the interval?</source>
        <translation>Spostare la seduta successiva del ciclo per mantenere l&apos;intervallo?</translation>
    </message>
    <message>
        <source>Shift the course&apos;s {n} later sessions to keep the interval?</source>
        <translation>Spostare le {n} sedute successive del ciclo per mantenere l&apos;intervallo?</translation>
    </message>
    <message>
        <source>Yes moves them too where the interval would shrink; No moves only this session; Cancel leaves everything as it is.</source>
        <translation>Sì sposta anche quelle in cui l&apos;intervallo si ridurrebbe; No sposta solo questa seduta; Annulla lascia tutto com&apos;è.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Send appointments to the patient (.ics)…</source>
        <translation>Invia appuntamenti al paziente (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file of the upcoming sessions, for the patient&apos;s phone</source>
        <translation>Un file di calendario delle prossime sedute, per il telefono del paziente</translation>
    </message>
    <message>
        <source>Save appointments</source>
        <translation>Salva appuntamenti</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Scelga la data su un calendario (Alt+Giù)</translation>
    </message>
    <message>
        <source>The date {date} does not exist.</source>
        <translation>La data {date} non esiste.</translation>
    </message>
    <message>
        <source>Add the time, as {example}.</source>
        <translation>Aggiunga l&apos;ora, nel formato {example}.</translation>
    </message>
    <message>
        <source>That time does not exist; use 00:00 to 23:59.</source>
        <translation>Quest&apos;ora non esiste; usi da 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>Type the date as {example}.</source>
        <translation>Digiti la data nel formato {example}.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/gg/aaaa</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-gg</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.mm.aaaa</translation>
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
        <translation>mesodesk (bloccato)</translation>
    </message>
</context>
<context>
    <name>DeskPeople</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Cambia utente…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>Log out / &amp;Lock</source>
        <translation>Esci / &amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <source>A&amp;udit…</source>
        <translation>&amp;Registro attività…</translation>
    </message>
    <message>
        <source>Who saw or changed this &amp;record…</source>
        <translation>Chi ha visto o modificato questa &amp;scheda…</translation>
    </message>
    <message>
        <source>Quit mesodesk</source>
        <translation>Esci da mesodesk</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) another user left open are kept for them and may hold unsaved work. Quit anyway and lose it?</source>
        <translation>
            <numerusform>%n finestra lasciata aperta da un altro utente viene conservata per lui e potrebbe contenere lavoro non salvato. Uscire comunque e perderlo?</numerusform>
            <numerusform>%n finestre lasciate aperte da un altro utente vengono conservate per lui e potrebbero contenere lavoro non salvato. Uscire comunque e perderlo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>La Sua password è stata modificata.</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Face, front</source>
        <translation>Viso, frontale</translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <translation>Viso, profilo sinistro</translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <translation>Viso, profilo destro</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation>Collo e décolleté</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corpo, frontale</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corpo, posteriore</translation>
    </message>
    <message>
        <source>Hands (backs)</source>
        <translation>Mani (dorso)</translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <translation>Cuoio capelluto, dall&apos;alto</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Mild</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non risolto</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Risolto il {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Intervento: {0}</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Insorgenza</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No adverse events recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reactions seen during a session are noted in that session; complications reported later are listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessun evento avverso registrato.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le reazioni osservate durante una seduta vengono annotate in quella seduta; le complicanze segnalate in seguito sono elencate qui.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>To mark the session done despite a stop, the practitioner confirms it and records why for each stop (kept with the session and in the audit).</source>
        <translation>Per segnare la seduta come conclusa nonostante un blocco, il professionista lo conferma e registra il motivo per ciascun blocco (conservato con la seduta e nel registro attività).</translation>
    </message>
    <message>
        <source>Screening runs as soon as a treated area or product is chosen.</source>
        <translation>Lo screening viene eseguito non appena si sceglie una zona trattata o un prodotto.</translation>
    </message>
    <message>
        <source>Nothing found against this treatment in the medical history.</source>
        <translation>Nell&apos;anamnesi non è stato trovato nulla che sconsigli questo trattamento.</translation>
    </message>
    <message>
        <source>Went ahead despite a stop — {by}, {when}:</source>
        <translation>Eseguito nonostante un blocco — {by}, {when}:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
</context>
<context>
    <name>FirstAdminBox</name>
    <message>
        <source>Your account (the clinic&apos;s admin)</source>
        <translation>Il Suo account (amministratore della clinica)</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account. Yours manages the clinic: settings, accounts for the others, backups and the audit.</source>
        <translation>Ognuno accede con il proprio account. Il Suo gestisce la clinica: impostazioni, account degli altri, backup e registro attività.</translation>
    </message>
    <message>
        <source>Yo&amp;ur name</source>
        <translation>Il S&amp;uo nome</translation>
    </message>
    <message>
        <source>e.g. ana.ruiz</source>
        <translation>ad es. anna.rossi</translation>
    </message>
    <message>
        <source>Lo&amp;gin name</source>
        <translation>Nome ut&amp;ente</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>I also treat patients (I am the &amp;first practitioner)</source>
        <translation>Tratto anche pazienti (sono il &amp;primo professionista)</translation>
    </message>
    <message>
        <source>A new practitioner record with my name</source>
        <translation>Una nuova scheda professionista con il mio nome</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Sono</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Digiti il Suo nome.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to mesodesk</source>
        <translation>Benvenuto in mesodesk</translation>
    </message>
    <message>
        <source>mesodesk now has accounts: everyone signs in with their own. Create yours first; it manages the clinic and the others&apos; accounts.</source>
        <translation>mesodesk ora ha gli account: ognuno accede con il proprio. Crei prima il Suo; gestisce la clinica e gli account degli altri.</translation>
    </message>
    <message>
        <source>A few details to start. They are printed on aftercare sheets and consent forms, and can be changed later in Clinic → Settings.</source>
        <translation>Alcuni dati per iniziare. Vengono stampati sulle schede post-trattamento e sui moduli di consenso e si possono modificare in seguito in Clinica → Impostazioni.</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>La Sua clinica</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nome della clinica</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>In&amp;dirizzo</translation>
    </message>
    <message>
        <source>The number patients call</source>
        <translation>Il numero che chiamano i pazienti</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>After-hours number or what to do</source>
        <translation>Numero fuori orario o cosa fare</translation>
    </message>
    <message>
        <source>&amp;After hours</source>
        <translation>Fuori o&amp;rario</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Apre</translation>
    </message>
    <message>
        <source>C&amp;loses</source>
        <translation>C&amp;hiude</translation>
    </message>
    <message>
        <source>Lunch breaks and closed dates can be added later in Settings.</source>
        <translation>Pause pranzo e giorni di chiusura si possono aggiungere in seguito nelle Impostazioni.</translation>
    </message>
    <message>
        <source>First practitioner</source>
        <translation>Primo professionista</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation>ad es. Dott.ssa Anna Rossi</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>e.g. Aesthetic physician</source>
        <translation>ad es. Medico estetico</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tito&amp;lo</translation>
    </message>
    <message>
        <source>Load the &amp;demo catalog of products (examples you can edit or archive)</source>
        <translation>Carica il &amp;catalogo dimostrativo dei prodotti (esempi modificabili o archiviabili)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Chiedi di nuovo al prossimo avvio</translation>
    </message>
    <message>
        <source>Your account was not created: {reason}</source>
        <translation>Il Suo account non è stato creato: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Non è stato salvato nulla: {reason}</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation>Configura più tardi</translation>
    </message>
    <message>
        <source>Leave the setup? Nothing is saved; it opens again at the next start.</source>
        <translation>Interrompere la configurazione? Non viene salvato nulla; si riaprirà al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Maintenance overdue</source>
        <translation>Mantenimento in ritardo</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Mantenimento da fare</translation>
    </message>
    <message>
        <source>No next session</source>
        <translation>Nessuna seduta successiva</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Chiamato</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Non interessato</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Non vuole essere contattato</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} giorni di ritardo</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 giorno di ritardo</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>previsto oggi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>tra {n} giorni</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ultima seduta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Ultima chiamata</translation>
    </message>
    <message>
        <source>{reason} (+{n} more)</source>
        <translation>{reason} (+{n} altri)</translation>
    </message>
    <message>
        <source>{outcome} {date}</source>
        <translation>{outcome} {date}</translation>
    </message>
    <message>
        <source>The course is not finished and no session is booked.</source>
        <translation>Il ciclo non è finito e non è prenotata nessuna seduta.</translation>
    </message>
    <message>
        <source>The course is finished; its maintenance session is due on {date}.</source>
        <translation>Il ciclo è finito; la seduta di mantenimento è prevista il {date}.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <source>Patients to call back: maintenance due, or a course with no next session booked. One row per patient; patients with a booked session are left out.</source>
        <translation>Pazienti da richiamare: mantenimento previsto o ciclo senza una prossima seduta prenotata. Una riga per paziente; i pazienti con una seduta prenotata sono esclusi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Da chiamare</translation>
    </message>
    <message>
        <source>Called, not interested</source>
        <translation>Chiamato, non interessato</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Non vuole essere contattato</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>due now or up to 3 months late</source>
        <translation>previsti ora o in ritardo fino a 3 mesi</translation>
    </message>
    <message>
        <source>up to a year late</source>
        <translation>in ritardo fino a un anno</translation>
    </message>
    <message>
        <source>however late</source>
        <translation>con qualsiasi ritardo</translation>
    </message>
    <message>
        <source>Widen to see patients who lapsed long ago (the export follows this choice)</source>
        <translation>Allarghi per vedere i pazienti che non tornano da molto tempo (l&apos;esportazione segue questa scelta)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tutti i motivi</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>&amp;Plan next session…</source>
        <translation>Pianifica prossima &amp;seduta…</translation>
    </message>
    <message>
        <source>Book the selected patient&apos;s next session (Ctrl+Enter)</source>
        <translation>Prenota la prossima seduta del paziente selezionato (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Call made &amp;on:</source>
        <translation>Chiamata effettuata &amp;il:</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>&amp;Chiamato</translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation>&amp;Non interessato</translation>
    </message>
    <message>
        <source>Opted o&amp;ut</source>
        <translation>&amp;Rifiuta contatti</translation>
    </message>
    <message>
        <source>The patient asked not to be called again</source>
        <translation>Il paziente ha chiesto di non essere più chiamato</translation>
    </message>
    <message>
        <source>The follow-up list could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare l&apos;elenco dei richiami: {0}</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>Nessuno in questo elenco.</translation>
    </message>
    <message>
        <source>{n} patients ({parts})</source>
        <translation>{n} pazienti ({parts})</translation>
    </message>
    <message>
        <source>{shown} of {n} shown</source>
        <translation>{shown} di {n} visualizzati</translation>
    </message>
    <message>
        <source>Nobody with this reason. Choose &lt;b&gt;All reasons&lt;/b&gt; to see everyone.</source>
        <translation>Nessuno con questo motivo. Scelga &lt;b&gt;Tutti i motivi&lt;/b&gt; per vedere tutti.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody to call.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Patients appear here two weeks before their maintenance session is due, and when a course has no next session booked. Widen the &lt;b&gt;window&lt;/b&gt; to see patients who lapsed long ago.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuno da chiamare.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;I pazienti compaiono qui due settimane prima della scadenza della seduta di mantenimento e quando un ciclo non ha una prossima seduta prenotata. Allarghi il &lt;b&gt;periodo&lt;/b&gt; per vedere i pazienti che non tornano da molto tempo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody in this list.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuno in questo elenco.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Registra la chiamata</translation>
    </message>
    <message>
        <source>Recorded for {name}.</source>
        <translation>Registrato per {name}.</translation>
    </message>
    <message>
        <source>Export the follow-up list</source>
        <translation>Esporta l&apos;elenco dei richiami</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} rows saved to {file}.</source>
        <translation>{n} righe salvate in {file}.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>Import patients</source>
        <translation>Importa pazienti</translation>
    </message>
    <message>
        <source>&lt;p&gt;Import patients from a spreadsheet saved as &lt;b&gt;CSV&lt;/b&gt; (comma, semicolon or tab separated; UTF-8 or Windows encoding). The first line names the columns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Required:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {optional}&lt;br&gt;Dates as 1985-03-12 or 12/03/1985. Rows that break a rule, and patients already recorded (same name and date of birth), are listed and not imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importi i pazienti da un foglio di calcolo salvato come &lt;b&gt;CSV&lt;/b&gt; (separato da virgola, punto e virgola o tabulazione; codifica UTF-8 o Windows). La prima riga indica i nomi delle colonne.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Obbligatori:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Facoltativi:&lt;/b&gt; {optional}&lt;br&gt;Date nel formato 1985-03-12 o 12/03/1985. Le righe che violano una regola e i pazienti già registrati (stesso nome e data di nascita) vengono elencati e non importati.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation>Scelga un file .csv…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is refused (all or nothing)</source>
        <translation>Non importare &amp;nulla se una riga viene rifiutata (tutto o niente)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copia rapporto</translation>
    </message>
    <message>
        <source>Import patients from</source>
        <translation>Importa pazienti da</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Fogli di calcolo salvati come CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Scelga prima il file da importare.</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Non è stato importato nulla. {0}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {n} refused row(s), and “all or nothing” was chosen. Correct the rows below and import again.</source>
        <translation>Non è stato importato nulla da {file}: {n} righe rifiutate ed è stato scelto “tutto o niente”. Corregga le righe qui sotto e importi di nuovo.</translation>
    </message>
    <message>
        <source>1 patient imported from {file}.</source>
        <translation>1 paziente importato da {file}.</translation>
    </message>
    <message>
        <source>{n} patients imported from {file}.</source>
        <translation>{n} pazienti importati da {file}.</translation>
    </message>
    <message>
        <source>1 row refused.</source>
        <translation>1 riga rifiutata.</translation>
    </message>
    <message>
        <source>{n} rows refused.</source>
        <translation>{n} righe rifiutate.</translation>
    </message>
    <message>
        <source>1 duplicate was not imported.</source>
        <translation>1 duplicato non è stato importato.</translation>
    </message>
    <message>
        <source>{n} duplicates were not imported.</source>
        <translation>{n} duplicati non sono stati importati.</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Colonne ignorate: {columns}.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>{name}: already recorded as {existing} (patient no. {id}), with the same date of birth.</source>
        <translation>{name}: già registrato come {existing} (paziente n. {id}), con la stessa data di nascita.</translation>
    </message>
    <message>
        <source>{name}: same name and date of birth as line {line}.</source>
        <translation>{name}: stesso nome e data di nascita della riga {line}.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicato</translation>
    </message>
    <message>
        <source>and {n} more not listed</source>
        <translation>e altri {n} non elencati</translation>
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
        <translation>Schema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>add a mark</source>
        <translation>aggiungere un segno</translation>
    </message>
    <message>
        <source>remove a mark</source>
        <translation>rimuovere un segno</translation>
    </message>
    <message>
        <source>move a mark</source>
        <translation>spostare un segno</translation>
    </message>
    <message>
        <source>change a mark</source>
        <translation>modificare un segno</translation>
    </message>
</context>
<context>
    <name>InjectionMapPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Click to place an injection point</source>
        <translation>Clicchi per posizionare un punto di iniezione</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Drag, or click both ends, for a line</source>
        <translation>Trascini, o clicchi su entrambe le estremità, per una linea</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Griglia</translation>
    </message>
    <message>
        <source>Drag a rectangle over a zone (nappage)</source>
        <translation>Trascini un rettangolo su una zona (nappage)</translation>
    </message>
    <message>
        <source>Sho&amp;w last session</source>
        <translation>Mostra &amp;ultima seduta</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
    <message>
        <source>Region for a mark from the keyboard</source>
        <translation>Regione per un segno da tastiera</translation>
    </message>
    <message>
        <source>Add a &amp;mark here</source>
        <translation>Aggiungi un &amp;segno qui</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Rimuovi segno</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Choose the area</source>
        <translation>Scelga la zona</translation>
    </message>
    <message>
        <source>Place marks on the diagram: the volumes add up here.</source>
        <translation>Posizioni i segni sullo schema: qui i volumi vengono sommati.</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Per prodotto</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Per zona</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>Nessun prodotto</translation>
    </message>
    <message>
        <source>Area not chosen</source>
        <translation>Zona non scelta</translation>
    </message>
    <message>
        <source>No earlier session of this patient has marks.</source>
        <translation>Nessuna seduta precedente di questo paziente ha segni.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>The language of the texts shown; patients get their own</source>
        <translation>La lingua dei testi visualizzati; i pazienti ricevono la propria</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>mesodesk is locked</source>
        <translation>mesodesk è bloccato</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Accedi come &amp;altra persona</translation>
    </message>
    <message>
        <source>Sign in to use the desk.</source>
        <translation>Acceda per usare la postazione.</translation>
    </message>
    <message>
        <source>{0} is still signed in until someone else signs in.</source>
        <translation>{0} resta connesso finché non accede un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Locked for {0}. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation>Bloccato per {0}. Digiti la password per riprendere da dove era rimasto, oppure acceda come un&apos;altra persona.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to mesodesk</source>
        <translation>Accedi a mesodesk</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Digiti il nome utente.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Digiti la password.</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>Accesso non riuscito: {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Troppi tentativi non riusciti. Attenda {0} secondi, poi riprovi.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ora può riprovare.</translation>
    </message>
</context>
<context>
    <name>LotEditor</name>
    <message>
        <source>New lot of {product}</source>
        <translation>Nuovo lotto di {product}</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Come stampato sulla confezione, ad es. L2407-118</translation>
    </message>
    <message>
        <source>Optional, e.g. 10</source>
        <translation>Facoltativo, ad es. 10</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>&amp;Lot number *</source>
        <translation>Numero di &amp;lotto *</translation>
    </message>
    <message>
        <source>&amp;Expiry date *</source>
        <translation>&amp;Scadenza *</translation>
    </message>
    <message>
        <source>&amp;Quantity in stock</source>
        <translation>&amp;Quantità in magazzino</translation>
    </message>
    <message>
        <source>This date is past: the lot is expired and cannot be used in a session.</source>
        <translation>Questa data è passata: il lotto è scaduto e non può essere usato in una seduta.</translation>
    </message>
    <message>
        <source>Expires today: the lot will be flagged as expiring soon.</source>
        <translation>Scade oggi: il lotto verrà segnalato come in scadenza.</translation>
    </message>
    <message>
        <source>Expires in {n} days: the lot will be flagged as expiring soon.</source>
        <translation>Scade tra {n} giorni: il lotto verrà segnalato come in scadenza.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Inserisca il numero di lotto stampato sulla confezione.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 10 or 2.5, or leave it empty.</source>
        <translation>Inserisca un numero, ad es. 10 o 2,5, oppure lasci vuoto.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantità non può essere negativa.</translation>
    </message>
    <message>
        <source>That quantity is too large.</source>
        <translation>La quantità è troppo grande.</translation>
    </message>
    <message>
        <source>The lot was not saved: {reason}</source>
        <translation>Il lotto non è stato salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Richiamo lotto</translation>
    </message>
    <message>
        <source>Lists every patient who received a lot in a session marked done, newest first, with the contact details needed to reach them.</source>
        <translation>Elenca tutti i pazienti che hanno ricevuto un lotto in una seduta conclusa, dal più recente, con i recapiti necessari per contattarli.</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Come stampato sulla confezione, ad es. L2407-118</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>Numero di &amp;lotto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Type a lot number and press Find.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The lot number is printed on the product&apos;s pack and recorded with each treatment line of a session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Digiti un numero di lotto e prema Cerca.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Il numero di lotto è stampato sulla confezione del prodotto e registrato con ogni riga di trattamento di una seduta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Digiti il numero del lotto da richiamare.</translation>
    </message>
    <message>
        <source>Searching for lot {0}…</source>
        <translation>Ricerca del lotto {0}…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No done session used this lot.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planned or cancelled sessions are not listed: no one received the product in them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuna seduta conclusa ha usato questo lotto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le sedute pianificate o annullate non sono elencate: in esse nessuno ha ricevuto il prodotto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lot {lot} ({products}): {sessions}, {patients}</source>
        <translation>Lotto {lot} ({products}): {sessions}, {patients}</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seduta</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sedute</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paziente</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} pazienti</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Esporta l&apos;elenco del richiamo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recall list was not exported. {0}</source>
        <translation>L&apos;elenco del richiamo non è stato esportato. {0}</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation>{n} righe salvate in {path}.</translation>
    </message>
</context>
<context>
    <name>LotsPanel</name>
    <message>
        <source>Add &amp;lot…</source>
        <translation>Aggiungi &amp;lotto…</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Archivia lo&amp;tto</translation>
    </message>
    <message>
        <source>&amp;Recall lot…</source>
        <translation>&amp;Richiamo lotto…</translation>
    </message>
    <message>
        <source>Every patient and session that received the selected lot</source>
        <translation>Tutti i pazienti e le sedute che hanno ricevuto il lotto selezionato</translation>
    </message>
    <message>
        <source>Lots that expire within {days} days are marked “Expires soon”; expired lots are struck through and cannot be recorded in a session.</source>
        <translation>I lotti che scadono entro {days} giorni sono indicati come “In scadenza”; i lotti scaduti sono barrati e non possono essere registrati in una seduta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is signed in at this desk, so nothing was read or changed. Sign in, then try again.</source>
        <translation>Nessuno ha effettuato l&apos;accesso a questa postazione, quindi non è stato letto né modificato nulla. Acceda, poi riprovi.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pazienti</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sedute</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clinica</translation>
    </message>
    <message>
        <source>Products &amp;&amp; lots</source>
        <translation>Prodotti &amp;&amp; lotti</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Richiami</translation>
    </message>
    <message>
        <source>Open &amp;adverse events</source>
        <translation>&amp;Eventi avversi aperti</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Pa&amp;noramica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;About mesodesk</source>
        <translation>&amp;Informazioni su mesodesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Cartella del paziente</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventi avversi</translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>Prodotti &amp; lotti</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuovo paziente…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Trova paziente</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nuova &amp;seduta…</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importa pazienti…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Esegui &amp;backup del database…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Verifica database</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>&amp;Professionisti…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Imposta&amp;zioni clinica…</translation>
    </message>
    <message>
        <source>&amp;Lot recall…</source>
        <translation>Richiamo &amp;lotto…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Choose the patient for the new session on {0} at {1:%H:%M}.</source>
        <translation>Scelga il paziente per la nuova seduta del {0} alle {1:%H:%M}.</translation>
    </message>
    <message>
        <source>Your role does not open patients&apos; records.</source>
        <translation>Il Suo ruolo non consente di aprire le cartelle dei pazienti.</translation>
    </message>
    <message>
        <source>{0}&apos;s account has been deactivated, so the desk is locked. Work left open is kept; sign in with an active account.</source>
        <translation>L&apos;account di {0} è stato disattivato, quindi la postazione è bloccata. Il lavoro rimasto aperto è conservato; accedete con un account attivo.</translation>
    </message>
    <message>
        <source>Your account&apos;s roles were changed: the window now offers what they allow.</source>
        <translation>I ruoli del vostro account sono cambiati: la finestra ora offre ciò che consentono.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Injection map</source>
        <translation>Mappa delle iniezioni</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Injection map</source>
        <translation>Mappa delle iniezioni</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Show &amp;map…</source>
        <translation>Mostra &amp;mappa…</translation>
    </message>
    <message>
        <source>{n} marks on the map</source>
        <translation>{n} segni sulla mappa</translation>
    </message>
    <message>
        <source>No injection map for this session.</source>
        <translation>Nessuna mappa delle iniezioni per questa seduta.</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Injection map</source>
        <translation>Mappa delle iniezioni</translation>
    </message>
    <message>
        <source>Place the in&amp;jections on a diagram</source>
        <translation>Posiziona le in&amp;iezioni su uno schema</translation>
    </message>
    <message>
        <source>With marks, the lines below follow them; without, fill in the lines.</source>
        <translation>Con i segni, le righe qui sotto li seguono; senza, compili le righe.</translation>
    </message>
</context>
<context>
    <name>MarkFields</name>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unità</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>From the kind of mark</source>
        <translation>Dal tipo di segno</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Pr&amp;oduct</source>
        <translation>Pr&amp;odotto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Dept&amp;h</source>
        <translation>&amp;Profondità</translation>
    </message>
    <message>
        <source>Techni&amp;que</source>
        <translation>&amp;Tecnica</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>{number} (exp. {expiry})</source>
        <translation>{number} (scad. {expiry})</translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Grid (nappage)</source>
        <translation>Griglia (nappage)</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>New &amp;password</source>
        <translation>Nuova &amp;password</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripeta la password</translation>
    </message>
    <message>
        <source>At least the length the clinic asks for; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Almeno la lunghezza richiesta dalla clinica; alcune parole senza relazione tra loro sono facili da ricordare e difficili da indovinare.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation>Le due password non coincidono. Digiti di nuovo la nuova password.</translation>
    </message>
</context>
<context>
    <name>ObservationsRow</name>
    <message>
        <source>Anaesthetic and reactions</source>
        <translation>Anestetico e reazioni</translation>
    </message>
    <message>
        <source>Topical &amp;anaesthetic</source>
        <translation>&amp;Anestetico topico</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Prodotto anestetico</translation>
    </message>
    <message>
        <source>Product used: choose or type</source>
        <translation>Prodotto usato: scelga o digiti</translation>
    </message>
    <message>
        <source>&amp;Immediate reactions observed:</source>
        <translation>&amp;Reazioni immediate osservate:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Qualsiasi cosa utile da ricordare su questa seduta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OldVersionPane</name>
    <message>
        <source>Older version (read-only)</source>
        <translation>Versione precedente (sola lettura)</translation>
    </message>
    <message>
        <source>Copy into the &amp;editor</source>
        <translation>Copia nell&apos;&amp;editor</translation>
    </message>
    <message>
        <source>Edit this older text; saving it adds a new version.</source>
        <translation>Modifichi questo testo precedente; salvandolo si aggiunge una nuova versione.</translation>
    </message>
    <message>
        <source>&amp;Back to the text in use</source>
        <translation>&amp;Torna al testo in uso</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(niente)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Cosa aspettarsi</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Da evitare</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Chiami lo studio in caso di</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
</context>
<context>
    <name>OpenEventTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Aperto da</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Azione intrapresa</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>{date} · {days} overdue</source>
        <translation>{date} · {days} di ritardo</translation>
    </message>
    <message>
        <source>{date} · today</source>
        <translation>{date} · oggi</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>da oggi</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nessuno registrato</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation>Telefono: {0}</translation>
    </message>
    <message>
        <source>Not yet recorded whether this was reported to the authority.</source>
        <translation>Non è ancora registrato se è stato segnalato all&apos;autorità.</translation>
    </message>
    <message>
        <source>Reported to the authority.</source>
        <translation>Segnalato all&apos;autorità.</translation>
    </message>
    <message>
        <source>Not reported to the authority.</source>
        <translation>Non segnalato all&apos;autorità.</translation>
    </message>
    <message>
        <source>Began on {0}</source>
        <translation>Iniziato il {0}</translation>
    </message>
    <message>
        <source>The follow-up date has passed: contact the patient.</source>
        <translation>La data del follow-up è passata: contatti il paziente.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>+ second interval</source>
        <translation>+ secondo intervallo</translation>
    </message>
    <message>
        <source>Add a second period, e.g. after a lunch break.</source>
        <translation>Aggiunga un secondo periodo, ad es. dopo la pausa pranzo.</translation>
    </message>
    <message>
        <source>Remove the second period</source>
        <translation>Rimuovi il secondo periodo</translation>
    </message>
    <message>
        <source>Sessions are proposed and booked only inside these hours. Give a day a second period for a lunch break, or tick Closed.</source>
        <translation>Le sedute vengono proposte e prenotate solo entro questi orari. Aggiunga un secondo periodo a un giorno per la pausa pranzo, oppure selezioni Chiuso.</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Orari settimanali</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Copy &amp;Monday to Tuesday–Friday</source>
        <translation>Copia &amp;lunedì su martedì–venerdì</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Giorni di chiusura</translation>
    </message>
    <message>
        <source>Dates the clinic is closed</source>
        <translation>Date in cui la clinica è chiusa</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation>Rimuo&amp;vi selezionate</translation>
    </message>
    <message>
        <source>Bank holidays, training days, holidays…</source>
        <translation>Festività, giornate di formazione, ferie…</translation>
    </message>
    <message>
        <source>The opening hours could not be read: {reason}</source>
        <translation>Non è stato possibile leggere gli orari di apertura: {reason}</translation>
    </message>
    <message>
        <source>The stored opening hours could not be used ({reason}); the usual hours are shown instead.</source>
        <translation>Non è stato possibile usare gli orari di apertura memorizzati ({reason}); vengono mostrati gli orari abituali.</translation>
    </message>
    <message>
        <source>{day} has {count} periods; only the first two are shown and will be kept.</source>
        <translation>{day} ha {count} periodi; vengono mostrati e conservati solo i primi due.</translation>
    </message>
    <message>
        <source>Opening hours not saved: {reason}</source>
        <translation>Orari di apertura non salvati: {reason}</translation>
    </message>
    <message>
        <source>In the past; kept for the record.</source>
        <translation>Nel passato; conservato per la documentazione.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Go ahead despite screening stops?</source>
        <translation>Procedere nonostante i blocchi dello screening?</translation>
    </message>
    <message>
        <source>Screening says stop. To mark this session done, record for each stop why it is safe to go ahead. The reasons are kept with the session, on the chart and in the audit.</source>
        <translation>Lo screening indica un blocco. Per segnare questa seduta come conclusa, registri per ciascun blocco perché è sicuro procedere. I motivi vengono conservati con la seduta, nella cartella e nel registro attività.</translation>
    </message>
    <message>
        <source>&amp;Go ahead and save</source>
        <translation>&amp;Procedi e salva</translation>
    </message>
    <message>
        <source>Reason for going ahead despite: {stop}</source>
        <translation>Motivo per procedere nonostante: {stop}</translation>
    </message>
    <message>
        <source>e.g. pregnancy test negative today; patient&apos;s GP agreed in writing</source>
        <translation>ad es. test di gravidanza negativo oggi; il medico di base della paziente ha dato il consenso per iscritto</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead:</source>
        <translation>Perché è sicuro procedere:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinic overview</source>
        <translation>Panoramica della clinica</translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Pazienti attivi</translation>
    </message>
    <message>
        <source>Archived patients</source>
        <translation>Pazienti archiviati</translation>
    </message>
    <message>
        <source>Sessions recorded</source>
        <translation>Sedute registrate</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sedute recenti</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add the first patient with &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) on the Patients page; the sessions you record appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ancora nessun paziente.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aggiunga il primo paziente con &lt;b&gt;Nuovo paziente&lt;/b&gt; (Ctrl+N) nella pagina Pazienti; le sedute registrate compaiono qui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a patient&apos;s chart and choose &lt;b&gt;New session&lt;/b&gt; (Ctrl+Shift+N); sessions appear here as soon as they are saved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ancora nessuna seduta registrata.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Apra la cartella di un paziente e scelga &lt;b&gt;Nuova seduta&lt;/b&gt; (Ctrl+Shift+N); le sedute compaiono qui non appena vengono salvate.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cicli</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventi avversi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sessions ({0})</source>
        <translation>Sedute ({0})</translation>
    </message>
    <message>
        <source>Courses ({0})</source>
        <translation>Cicli ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0})</source>
        <translation>Eventi avversi ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0}, {1} open)</source>
        <translation>Eventi avversi ({0}, {1} aperti)</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archivia paziente</translation>
    </message>
    <message>
        <source>Archive {0}? Their records are kept and can be restored later, but they no longer appear in the patient list.

Reason (required):</source>
        <translation>Archiviare {0}? I dati vengono conservati e potranno essere ripristinati in seguito, ma il paziente non comparirà più nell&apos;elenco pazienti.

Motivo (obbligatorio):</translation>
    </message>
    <message>
        <source>The patient was not archived: a reason is required.</source>
        <translation>Il paziente non è stato archiviato: è richiesto un motivo.</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Ripristina paziente</translation>
    </message>
    <message>
        <source>Restore {0} to the patient list?</source>
        <translation>Ripristinare {0} nell&apos;elenco pazienti?</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>New patient</source>
        <translation>Nuovo paziente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Record what the patient tells you at the first consultation.</source>
        <translation>Registri ciò che il paziente Le riferisce alla prima visita.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paziente: {name}</translation>
    </message>
    <message>
        <source>No medical profile recorded yet.</source>
        <translation>Ancora nessun profilo medico registrato.</translation>
    </message>
    <message>
        <source>Recorded {when} by {who}. Saving changes here keeps that version in the history.</source>
        <translation>Registrato il {when} da {who}. Salvando qui le modifiche, quella versione viene conservata nella cronologia.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Non è stato ancora salvato nulla: corregga i campi evidenziati.</translation>
    </message>
    <message>
        <source>Possibly already registered: {who}</source>
        <translation>Forse già registrato: {who}</translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation>nessuna data di nascita</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[archiviato]</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <source>A patient with the same name and date of birth is already registered:

{who}

Save this patient anyway?</source>
        <translation>È già registrato un paziente con lo stesso nome e la stessa data di nascita:

{who}

Salvare comunque questo paziente?</translation>
    </message>
    <message>
        <source>Not saved: check the possible duplicate first.</source>
        <translation>Non salvato: controlli prima il possibile duplicato.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Non è stato salvato nulla: {reason}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Le modifiche dell&apos;altra postazione sono state caricate e le Sue sono state reinserite sopra: le controlli, poi salvi.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this patient. Save again to decide.</source>
        <translation>Non salvato: un&apos;altra postazione ha modificato questo paziente. Salvi di nuovo per decidere.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergeni</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>On blood thinners</source>
        <translation>Assume fluidificanti del sangue</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Malattia autoimmune</translation>
    </message>
    <message>
        <source>Autoimmune notes</source>
        <translation>Note sulla malattia autoimmune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendenza ai cheloidi</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Condizioni cutanee</translation>
    </message>
    <message>
        <source>Skin condition areas</source>
        <translation>Zone con condizioni cutanee</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Gravidanza o allattamento</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Paura degli aghi</translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation>Note del profilo</translation>
    </message>
    <message>
        <source>This patient has changes that are not saved. Save them now?</source>
        <translation>Questo paziente ha modifiche non salvate. Salvarle ora?</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>N&amp;ome *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Cognome *</translation>
    </message>
    <message>
        <source>Type the date as {format}; leave empty if unknown.</source>
        <translation>Digiti la data nel formato {format}; lasci vuoto se sconosciuta.</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sesso</translation>
    </message>
    <message>
        <source>The clinic&apos;s language</source>
        <translation>La lingua della clinica</translation>
    </message>
    <message>
        <source>The language of this patient&apos;s aftercare sheets</source>
        <translation>La lingua delle schede post-trattamento di questo paziente</translation>
    </message>
    <message>
        <source>Sheets &amp;in</source>
        <translation>Sc&amp;hede in</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>ad es. +39 02 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obbligatorio</translation>
    </message>
    <message>
        <source>Medical profile</source>
        <translation>Profilo medico</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Substances, separated by commas</source>
        <translation>Sostanze, separate da virgole</translation>
    </message>
    <message>
        <source>A&amp;llergens</source>
        <translation>&amp;Allergeni</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>On blood &amp;thinners (aspirin, NSAIDs, anticoagulants)</source>
        <translation>Assume &amp;fluidificanti del sangue (aspirina, FANS, anticoagulanti)</translation>
    </message>
    <message>
        <source>A&amp;utoimmune disease</source>
        <translation>Malattia a&amp;utoimmune</translation>
    </message>
    <message>
        <source>Which one, treatment</source>
        <translation>Quale, terapia</translation>
    </message>
    <message>
        <source>Tendency to &amp;keloids or hypertrophic scars</source>
        <translation>Tendenza a cheloidi o cicatrici ip&amp;ertrofiche</translation>
    </message>
    <message>
        <source>e.g. eczema, active acne, rosacea</source>
        <translation>ad es. eczema, acne attiva, rosacea</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Condizioni cutanee</translation>
    </message>
    <message>
        <source>Areas with a skin condition</source>
        <translation>Zone con una condizione cutanea</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current area.</source>
        <translation>La barra spaziatrice seleziona o deseleziona la zona corrente.</translation>
    </message>
    <message>
        <source>in the areas</source>
        <translation>nelle zone</translation>
    </message>
    <message>
        <source>P&amp;regnant or breastfeeding</source>
        <translation>&amp;Gravidanza o allattamento</translation>
    </message>
    <message>
        <source>Fear of needles</source>
        <translation>Paura degli aghi</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Altre note</translation>
    </message>
    <message>
        <source>{date} does not exist: check the day and the month.</source>
        <translation>{date} non esiste: controlli il giorno e il mese.</translation>
    </message>
    <message>
        <source>Type the date as {format}, for example {example}.</source>
        <translation>Digiti la data nel formato {format}, ad esempio {example}.</translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>This patient is archived.</source>
        <translation>Questo paziente è archiviato.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviato)</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Search by name, date of birth ({format}) or phone</source>
        <translation>Cerchi per nome, data di nascita ({format}) o telefono</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Cerca pazienti</translation>
    </message>
    <message>
        <source>Ctrl+F. Press ↓ to move into the list.</source>
        <translation>Ctrl+F. Prema ↓ per spostarsi nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostra &amp;archiviati</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuovo paziente…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Aggiungi un paziente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>1 patient matches</source>
        <translation>1 paziente corrisponde</translation>
    </message>
    <message>
        <source>{n} patients match</source>
        <translation>{n} pazienti corrispondono</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paziente</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} pazienti</translation>
    </message>
    <message>
        <source>The patient list could not be read</source>
        <translation>Non è stato possibile leggere l&apos;elenco dei pazienti</translation>
    </message>
    <message>
        <source>No patient matches “{text}”</source>
        <translation>Nessun paziente corrisponde a “{text}”</translation>
    </message>
    <message>
        <source>Search by family or given name (accents and capitals do not matter), by date of birth as {format}, or by phone number.</source>
        <translation>Cerchi per cognome o nome (accenti e maiuscole non contano), per data di nascita nel formato {format} o per numero di telefono.</translation>
    </message>
    <message>
        <source>Tick “Show archived” to include archived patients.</source>
        <translation>Selezioni “Mostra archiviati” per includere i pazienti archiviati.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a new patient.</source>
        <translation>Prema Ctrl+N per aggiungere un nuovo paziente.</translation>
    </message>
    <message>
        <source>All patients are archived</source>
        <translation>Tutti i pazienti sono archiviati</translation>
    </message>
    <message>
        <source>Tick “Show archived” to see them, or press Ctrl+N to add a new patient.</source>
        <translation>Selezioni “Mostra archiviati” per vederli, oppure prema Ctrl+N per aggiungere un nuovo paziente.</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Ancora nessun paziente</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add the first patient.</source>
        <translation>Prema Ctrl+N per aggiungere il primo paziente.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document is not ready to print.</source>
        <translation>Il documento non è pronto per la stampa.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page.</source>
        <translation>L&apos;intervallo di pagine scelto non contiene pagine.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on.</source>
        <translation>Impossibile avviare la stampante. Verifichi che sia accesa.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>La stampante ha rifiutato una nuova pagina.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Impossibile leggere il PDF.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Adatta alla &amp;larghezza</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>This PDF could not be shown; you can still save it.</source>
        <translation>Non è stato possibile mostrare questo PDF; può comunque salvarlo.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation>Pagina {current} di {count}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Stampa {title}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampato</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{0}

Choose another folder and try again.</source>
        <translation>{0}

Scelga un&apos;altra cartella e riprovi.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>PhotoConsent</name>
    <message>
        <source>Clinical record only</source>
        <translation>Solo cartella clinica</translation>
    </message>
    <message>
        <source>Also teaching and marketing</source>
        <translation>Anche didattica e marketing</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importa %n foto</numerusform>
            <numerusform>Importa %n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Dettagli foto</translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation>Nessuna seduta in particolare</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>&amp;Before or after:</source>
        <translation>&amp;Prima o dopo:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Seduta:</translation>
    </message>
    <message>
        <source>&amp;Patient agreed to:</source>
        <translation>Il paziente ha &amp;acconsentito a:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>mesodesk keeps a cleaned copy: the picture is turned upright and its camera data (EXIF, GPS position, maker notes) is removed.</source>
        <translation>mesodesk conserva una copia ripulita: l&apos;immagine viene raddrizzata e i dati della fotocamera (EXIF, posizione GPS, note del produttore) vengono rimossi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>PhotoPhase</name>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Front</source>
        <translation>Frontale</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° sinistra</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Profilo sinistro</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° destra</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Profilo destro</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corpo, frontale</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corpo, posteriore</translation>
    </message>
    <message>
        <source>Body, left side</source>
        <translation>Corpo, lato sinistro</translation>
    </message>
    <message>
        <source>Body, right side</source>
        <translation>Corpo, lato destro</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primo piano</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importa foto…</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Tutte le viste</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Confronta…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Dettagli…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Remove from gallery</source>
        <translation>&amp;Rimuovi dalla galleria</translation>
    </message>
    <message>
        <source>Camera &amp;folder…</source>
        <translation>Cartella &amp;fotocamera…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No photos yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop photos here, use &lt;i&gt;Import photos…&lt;/i&gt;, or choose the camera folder this desk&apos;s camera or phone saves into.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ancora nessuna foto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trascini qui le foto, usi &lt;i&gt;Importa foto…&lt;/i&gt; oppure scelga la cartella in cui salvano la fotocamera o il telefono di questa postazione.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importa foto</translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation>Foto ({0})</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>Cartella fotocamera</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) in the camera folder: import them into this chart</source>
        <translation>
            <numerusform>%n nuova foto nella cartella della fotocamera: importarla in questa cartella</numerusform>
            <numerusform>%n nuove foto nella cartella della fotocamera: importarle in questa cartella</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Confronta foto</translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Dettagli foto</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Esporta foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.png)</source>
        <translation>Immagini (*.jpg *.png)</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>Rimuovi dalla galleria</translation>
    </message>
    <message>
        <source>Remove this photo from the gallery? It stays in the record&apos;s history.</source>
        <translation>Rimuovere questa foto dalla galleria? Resta nella cronologia della cartella.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Rimuovi foto</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>Automatic backups</source>
        <translation>Backup automatici</translation>
    </message>
    <message>
        <source>Pic&amp;k a folder…</source>
        <translation>&amp;Scegli una cartella…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>only when mesodesk closes</source>
        <translation>solo alla chiusura di mesodesk</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Backup &amp;ogni:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Conserva backup &amp;giornalieri:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Conserva backup sett&amp;imanali:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>Conserva backup &amp;mensili:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>W&amp;arn when older than:</source>
        <translation>&amp;Avvisa se più vecchi di:</translation>
    </message>
    <message>
        <source>E&amp;ncrypt backups with a passphrase</source>
        <translation>Cifra i backup con una &amp;passphrase</translation>
    </message>
    <message>
        <source>&amp;Type the passphrase:</source>
        <translation>&amp;Digiti la passphrase:</translation>
    </message>
    <message>
        <source>Type it aga&amp;in:</source>
        <translation>Digitarla di nuo&amp;vo:</translation>
    </message>
    <message>
        <source>Save backup settin&amp;gs</source>
        <translation>Salva impos&amp;tazioni di backup</translation>
    </message>
    <message>
        <source>{0} (beside the database)</source>
        <translation>{0} (accanto al database)</translation>
    </message>
    <message>
        <source>Type a passphrase for the encrypted backups (twice).</source>
        <translation>Digiti una passphrase per i backup cifrati (due volte).</translation>
    </message>
    <message>
        <source>Use at least {0} characters for the passphrase.</source>
        <translation>Usi almeno {0} caratteri per la passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Le due passphrase sono diverse; digiti la stessa in entrambi i campi.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Cartella per i backup</translation>
    </message>
    <message>
        <source>Unencrypted backups can be read by anyone who has the file: keep them on this computer or an encrypted disk.</source>
        <translation>I backup non cifrati possono essere letti da chiunque abbia il file: li conservi su questo computer o su un disco cifrato.</translation>
    </message>
    <message>
        <source>A passphrase is set. Leave both fields empty to keep it, or type a new one twice. Without the passphrase an encrypted backup cannot be restored.</source>
        <translation>È impostata una passphrase. Lasci vuoti entrambi i campi per mantenerla, oppure ne digiti una nuova due volte. Senza la passphrase un backup cifrato non può essere ripristinato.</translation>
    </message>
    <message>
        <source>Type the passphrase twice and keep it somewhere safe: without it an encrypted backup cannot be restored.</source>
        <translation>Digiti la passphrase due volte e la conservi in un luogo sicuro: senza di essa un backup cifrato non può essere ripristinato.</translation>
    </message>
</context>
<context>
    <name>PractitionerCombo</name>
    <message>
        <source>All practitioners</source>
        <translation>Tutti i professionisti</translation>
    </message>
    <message>
        <source>Practitioner {0}</source>
        <translation>Professionista {0}</translation>
    </message>
</context>
<context>
    <name>PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Professionisti</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No practitioners yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Type a name on the right and press &lt;b&gt;Add&lt;/b&gt;. Every session records the practitioner who performed it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ancora nessun professionista.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Digiti un nome a destra e prema &lt;b&gt;Aggiungi&lt;/b&gt;. Ogni seduta registra il professionista che l&apos;ha eseguita.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostra a&amp;rchiviati</translation>
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation>Nuovo pro&amp;fessionista</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>e.g. Dr Anna Berg</source>
        <translation>ad es. Dott.ssa Anna Berg</translation>
    </message>
    <message>
        <source>Optional, e.g. Aesthetic physician</source>
        <translation>Facoltativo, ad es. Medico estetico</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>Practitioners could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare i professionisti: {0}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>Nuovo professionista</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Rinomina {name}</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva modifiche</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Inserisca il nome del professionista.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} è stato aggiunto.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Salvato come {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modificato: {reason}</translation>
    </message>
    <message>
        <source>{name} was archived; their sessions keep their name.</source>
        <translation>{name} è stato archiviato; le sue sedute mantengono il suo nome.</translation>
    </message>
    <message>
        <source>{name} was restored.</source>
        <translation>{name} è stato ripristinato.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Cannot prepare the document</source>
        <translation>Impossibile preparare il documento</translation>
    </message>
    <message>
        <source>Aftercare sheet: {name}</source>
        <translation>Scheda post-trattamento: {name}</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients</source>
        <translation>Schede post-trattamento: {n} pazienti</translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation>Modulo di consenso: {name}</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation>Prodotto: {name}</translation>
    </message>
    <message>
        <source>As printed on the box, e.g. Lipo Contour 10 ml</source>
        <translation>Come stampato sulla scatola, ad es. Lipo Contour 10 ml</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. caffeine, L-carnitine</source>
        <translation>Separati da virgole, ad es. caffeina, L-carnitina</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation>&amp;Produttore</translation>
    </message>
    <message>
        <source>&amp;Solution type *</source>
        <translation>&amp;Tipo di soluzione *</translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation>&amp;Ingredienti</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Tipo di soluzione</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredienti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours put back: check, then save.</source>
        <translation>Le modifiche dell&apos;altra postazione sono state caricate e le Sue reinserite: controlli, poi salvi.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this product. Save again to decide.</source>
        <translation>Non salvato: un&apos;altra postazione ha modificato questo prodotto. Salvi di nuovo per decidere.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Inserisca il nome del prodotto.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Scelga il tipo di soluzione.</translation>
    </message>
    <message>
        <source>The product was not saved: {reason}</source>
        <translation>Il prodotto non è stato salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Expired 1 day ago</source>
        <translation>Scaduto da 1 giorno</translation>
    </message>
    <message>
        <source>Expired {n} days ago</source>
        <translation>Scaduto da {n} giorni</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Scade oggi</translation>
    </message>
    <message>
        <source>Expires soon: tomorrow</source>
        <translation>Scade presto: domani</translation>
    </message>
    <message>
        <source>Expires soon: in {n} days</source>
        <translation>Scade presto: tra {n} giorni</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>esaurito</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numero di lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredienti</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>No lots</source>
        <translation>Nessun lotto</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 lotto</translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation>{n} lotti</translation>
    </message>
    <message>
        <source>{n} expiring soon</source>
        <translation>{n} in scadenza</translation>
    </message>
    <message>
        <source>{n} expired</source>
        <translation>{n} scaduti</translation>
    </message>
    <message>
        <source>{n} expired, none left</source>
        <translation>{n} scaduti, esauriti</translation>
    </message>
    <message>
        <source>Products and lots</source>
        <translation>Prodotti e lotti</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nuovo prodotto…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>&amp;Modifica prodotto…</translation>
    </message>
    <message>
        <source>&amp;Archive product</source>
        <translation>&amp;Archivia prodotto</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostra a&amp;rchiviati</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No products yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add each product the clinic injects with &lt;b&gt;New product…&lt;/b&gt;, under its solution type, with its ingredients.&lt;br&gt;Then record the lot number and expiry date of every box that arrives, so sessions can say which lot was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ancora nessun prodotto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aggiunga ogni prodotto che la clinica inietta con &lt;b&gt;Nuovo prodotto…&lt;/b&gt;, sotto il suo tipo di soluzione, con i suoi ingredienti.&lt;br&gt;Poi registri il numero di lotto e la data di scadenza di ogni confezione che arriva, così le sedute possono indicare quale lotto è stato usato.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Products could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare i prodotti: {0}</translation>
    </message>
    <message>
        <source>Select a product above to see its lots and their expiry dates.</source>
        <translation>Selezioni un prodotto qui sopra per vederne i lotti e le date di scadenza.</translation>
    </message>
    <message>
        <source>Lots of {product}</source>
        <translation>Lotti di {product}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No lots recorded for this product.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a box arrives, use &lt;b&gt;Add lot…&lt;/b&gt; to record the lot number and expiry date printed on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessun lotto registrato per questo prodotto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quando arriva una confezione, usi &lt;b&gt;Aggiungi lotto…&lt;/b&gt; per registrare il numero di lotto e la data di scadenza stampati su di essa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This product is archived; restore it to record new lots.</source>
        <translation>Questo prodotto è archiviato; lo ripristini per registrare nuovi lotti.</translation>
    </message>
    <message>
        <source>&amp;Restore product</source>
        <translation>Ri&amp;pristina prodotto</translation>
    </message>
    <message>
        <source>Restore lo&amp;t</source>
        <translation>Ripristina lo&amp;tto</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Archivia lo&amp;tto</translation>
    </message>
    <message>
        <source>The product was not changed: {0}</source>
        <translation>Il prodotto non è stato modificato: {0}</translation>
    </message>
    <message>
        <source>The lot was not changed: {0}</source>
        <translation>Il lotto non è stato modificato: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Current medical profile</source>
        <translation>Profilo medico attuale</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No medical profile recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Edit patient…&lt;/b&gt; to record allergies, medications and other contraindications before the first session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessun profilo medico registrato.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Usi &lt;b&gt;Modifica paziente…&lt;/b&gt; per registrare allergie, farmaci e altre controindicazioni prima della prima seduta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Profile history</source>
        <translation>Cronologia del profilo</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Cosa è stato registrato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nessuno registrato</translation>
    </message>
    <message>
        <source>{0} (areas: {1})</source>
        <translation>{0} (zone: {1})</translation>
    </message>
    <message>
        <source>{0} — takes blood thinners</source>
        <translation>{0} — assume fluidificanti del sangue</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Malattia autoimmune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendenza ai cheloidi</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Condizioni cutanee</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Gravidanza o allattamento</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Paura degli aghi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} da {1}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>allergies: {0}</source>
        <translation>allergie: {0}</translation>
    </message>
    <message>
        <source>blood thinners</source>
        <translation>fluidificanti del sangue</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>farmaci</translation>
    </message>
    <message>
        <source>autoimmune disease</source>
        <translation>malattia autoimmune</translation>
    </message>
    <message>
        <source>keloid tendency</source>
        <translation>tendenza ai cheloidi</translation>
    </message>
    <message>
        <source>skin conditions</source>
        <translation>condizioni cutanee</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation>gravidanza o allattamento</translation>
    </message>
    <message>
        <source>needle anxiety</source>
        <translation>paura degli aghi</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>nothing of note</source>
        <translation>niente da segnalare</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <source>Proposed sessions</source>
        <translation>Sedute proposte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Propose dates&lt;/b&gt; (Enter) to see when the sessions would be.</source>
        <translation>Prema &lt;b&gt;Proponi date&lt;/b&gt; (Invio) per vedere quando si terrebbero le sedute.</translation>
    </message>
    <message>
        <source>nearest free slot</source>
        <translation>fascia libera più vicina</translation>
    </message>
    <message>
        <source>The preferred day or time was closed, past or already booked; this is the nearest free slot.</source>
        <translation>Il giorno o l&apos;orario preferito era di chiusura, già passato o già prenotato; questa è la fascia libera più vicina.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{0} Nothing can be changed in this window.</source>
        <translation>{0} In questa finestra non è possibile modificare nulla.</translation>
    </message>
</context>
<context>
    <name>RecallRowTableModel</name>
    <message>
        <source>Session date</source>
        <translation>Data della seduta</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>nessun telefono</translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation>Nato/a il {0}</translation>
    </message>
    <message>
        <source>This patient&apos;s record is archived.</source>
        <translation>La cartella di questo paziente è archiviata.</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>lotto {0}</translation>
    </message>
    <message>
        <source>No phone number on record: reach the patient another way.</source>
        <translation>Nessun numero di telefono registrato: contatti il paziente in un altro modo.</translation>
    </message>
</context>
<context>
    <name>Replacement</name>
    <message>
        <source>No free slot found in the next weeks for a replacement.</source>
        <translation>Nessuno spazio libero trovato nelle prossime settimane per una sostituzione.</translation>
    </message>
    <message>
        <source>Book a replacement?</source>
        <translation>Prenotare una sostituzione?</translation>
    </message>
    <message>
        <source>Book a new session for {name} on {day} at {time}?</source>
        <translation>Prenotare una nuova seduta per {name} il {day} alle {time}?</translation>
    </message>
    <message>
        <source>Book a replacement</source>
        <translation>Prenota una sostituzione</translation>
    </message>
    <message>
        <source>Replacement booked on {day} at {time}.</source>
        <translation>Sostituzione prenotata il {day} alle {time}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Reimposta la password di {0}</translation>
    </message>
    <message>
        <source>Tell {0} the new password in person; they can change it with Change password… once signed in.</source>
        <translation>Comunichi di persona a {0} la nuova password; potrà modificarla con Cambia password… dopo l&apos;accesso.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Imposta password</translation>
    </message>
    <message>
        <source>The password was not reset: {0}</source>
        <translation>La password non è stata reimpostata: {0}</translation>
    </message>
</context>
<context>
    <name>ResolveEventDialog</name>
    <message>
        <source>Resolve adverse event</source>
        <translation>Risolvi evento avverso</translation>
    </message>
    <message>
        <source>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, began {onset}</source>
        <translation>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, iniziato il {onset}</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Come si è concluso, ad es. scomparso entro una settimana</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Esito *</translation>
    </message>
    <message>
        <source>&amp;Resolved on *</source>
        <translation>&amp;Risolto il *</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>Type the date as {0}.</source>
        <translation>Digiti la data nel formato {0}.</translation>
    </message>
    <message>
        <source>Enter the day the event resolved.</source>
        <translation>Inserisca il giorno in cui l&apos;evento si è risolto.</translation>
    </message>
    <message>
        <source>The event was not resolved: {0}</source>
        <translation>L&apos;evento non è stato risolto: {0}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This database is on a server; restore it there (see the README).</source>
        <translation>Questo database è su un server: lo ripristini lì (vedere il README).</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cicli</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Product lots</source>
        <translation>Lotti dei prodotti</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventi avversi</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documenti stampati</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Voci del registro attività</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything recorded since it was taken is replaced; the current database is kept beside it under a new name, so nothing is deleted.</source>
        <translation>Scelga il backup a cui tornare. Tutto ciò che è stato registrato dopo la sua esecuzione viene sostituito; il database attuale viene conservato accanto con un nuovo nome, quindi non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Passphrase di questo backup cifrato:</translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation>&amp;Mostra cosa cambia</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation>Dopo il ripristino</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Ripristina questo backup</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to restore from.</source>
        <translation>Nella cartella dei backup non c&apos;è alcun backup da cui ripristinare.</translation>
    </message>
    <message>
        <source>This is a backup of another database, not of this one; it cannot be restored here.</source>
        <translation>È un backup di un altro database, non di questo; non può essere ripristinato qui.</translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored: {0}</source>
        <translation>Questo backup non ha superato la verifica e non può essere ripristinato: {0}</translation>
    </message>
    <message>
        <source>Type the passphrase to see what restoring it changes.</source>
        <translation>Digiti la passphrase per vedere cosa cambia ripristinandolo.</translation>
    </message>
    <message>
        <source>Type the passphrase of this backup first.</source>
        <translation>Digiti prima la passphrase di questo backup.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {0}</source>
        <translation>Questo backup non può essere ripristinato: {0}</translation>
    </message>
    <message>
        <source>The current database is not deleted: it is kept as {0}.replaced-&lt;date&gt; beside it, and can be restored again from there.</source>
        <translation>Il database attuale non viene eliminato: viene conservato accanto come {0}.replaced-&lt;date&gt; e da lì può essere ripristinato di nuovo.</translation>
    </message>
    <message>
        <source>Restoring… the window&apos;s database is closed meanwhile.</source>
        <translation>Ripristino in corso… nel frattempo il database della finestra è chiuso.</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>Non è stato ripristinato nulla: {0}</translation>
    </message>
</context>
<context>
    <name>RuleOffDialog</name>
    <message>
        <source>Switch off a blocking rule</source>
        <translation>Disattiva una regola di blocco</translation>
    </message>
    <message>
        <source>“{title}” stops treatments that are unsafe for the patient. Switched off, screening will no longer warn about it at all, for every patient.</source>
        <translation>“{title}” blocca i trattamenti non sicuri per il paziente. Se disattivata, lo screening non avviserà più in alcun modo, per nessun paziente.</translation>
    </message>
    <message>
        <source>e.g. Our clinic treats men only</source>
        <translation>ad es. La nostra clinica tratta solo uomini</translation>
    </message>
    <message>
        <source>&amp;Why is it switched off? (kept in the audit log)</source>
        <translation>&amp;Perché viene disattivata? (conservato nel registro attività)</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>&amp;Disattiva</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Screening compares each planned treatment with the patient&apos;s medical profile. Block: the treatment should not go ahead. Warn: check with the patient before treating. Info: for the practitioner&apos;s attention. A switch takes effect at once and is recorded in the audit log.</source>
        <translation>Lo screening confronta ogni trattamento pianificato con il profilo medico del paziente. Blocco: il trattamento non deve essere eseguito. Avviso: verificare con il paziente prima di trattare. Info: all&apos;attenzione del professionista. Una modifica ha effetto immediato ed è registrata nel registro attività.</translation>
    </message>
    <message>
        <source>Rule (tick to use)</source>
        <translation>Regola (selezioni per usarla)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>The rules could not be read: {reason}</source>
        <translation>Non è stato possibile leggere le regole: {reason}</translation>
    </message>
    <message>
        <source>Message shown: {message}</source>
        <translation>Messaggio mostrato: {message}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>as supplied</source>
        <translation>come fornita</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>attivata</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>{verb} by {who}
on {when}</source>
        <translation>{verb} da {who}
il {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modificato: {reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Schedule</source>
        <translation>Programmazione</translation>
    </message>
    <message>
        <source>Usually 4 to 10 sessions</source>
        <translation>Di solito da 4 a 10 sedute</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Days from the last session to a maintenance one</source>
        <translation>Giorni dall&apos;ultima seduta a una di mantenimento</translation>
    </message>
    <message>
        <source>— add a practitioner first —</source>
        <translation>— aggiunga prima un professionista —</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Qualsiasi giorno</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessio&amp;ns:</source>
        <translation>Se&amp;dute:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <source>&amp;Maintenance after:</source>
        <translation>&amp;Mantenimento dopo:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;rofessionista:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>Preferred da&amp;y:</source>
        <translation>&amp;Giorno preferito:</translation>
    </message>
    <message>
        <source>Preferred tim&amp;e:</source>
        <translation>Or&amp;a preferita:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urata:</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No changes to save.</source>
        <translation>Nessuna modifica da salvare.</translation>
    </message>
    <message>
        <source>Not saved: going ahead despite the stop was not confirmed.</source>
        <translation>Non salvato: la decisione di procedere nonostante il blocco non è stata confermata.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Non è stato salvato nulla. {reason}</translation>
    </message>
    <message>
        <source>Saved (session of {when}).</source>
        <translation>Salvato (seduta del {when}).</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them?</source>
        <translation>Questa seduta ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Salva e &amp;chiudi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Print aft&amp;ercare…</source>
        <translation>Stampa scheda &amp;post-trattamento…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Stampa scheda post-trattamento…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova seduta</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Seduta del {when}</translation>
    </message>
    <message>
        <source>Session of {when} · {status}</source>
        <translation>Seduta del {when} · {status}</translation>
    </message>
    <message>
        <source>changes are recorded as amendments</source>
        <translation>le modifiche vengono registrate come rettifiche</translation>
    </message>
    <message>
        <source>Available once the session is saved as done.</source>
        <translation>Disponibile dopo che la seduta è stata salvata come conclusa.</translation>
    </message>
    <message>
        <source>Screening could not run: {reason}</source>
        <translation>Non è stato possibile eseguire lo screening: {reason}</translation>
    </message>
    <message>
        <source>Save the session first: the sheet prints what is recorded.</source>
        <translation>Salvi prima la seduta: la scheda stampa ciò che è registrato.</translation>
    </message>
    <message>
        <source>Aftercare sheets are for done sessions. Mark the session done first.</source>
        <translation>Le schede post-trattamento sono per le sedute concluse. Segni prima la seduta come conclusa.</translation>
    </message>
    <message>
        <source>Amend a done session</source>
        <translation>Modifica una seduta conclusa</translation>
    </message>
    <message>
        <source>This session is already done; the change is kept in its history.
Reason for the amendment (optional):</source>
        <translation>Questa seduta è già conclusa; la modifica viene conservata nella sua cronologia.
Motivo della modifica (facoltativo):</translation>
    </message>
    <message>
        <source>Not saved: the amendment was cancelled.</source>
        <translation>Non salvato: la modifica è stata annullata.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Sposta seduta</translation>
    </message>
    <message>
        <source>Not saved: the move was cancelled.</source>
        <translation>Non salvato: lo spostamento è stato annullato.</translation>
    </message>
    <message>
        <source>The course&apos;s later sessions were not moved: {reason}</source>
        <translation>Le sedute successive del ciclo non sono state spostate: {reason}</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>Spostata anche 1 seduta successiva del ciclo.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>Spostate anche {n} sedute successive del ciclo.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Riga {n}: {problem}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Le modifiche dell&apos;altra postazione sono state caricate e le Sue sono state reinserite sopra: le controlli, poi salvi.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this session. Save again to decide.</source>
        <translation>Non salvato: un&apos;altra postazione ha modificato questa seduta. Salvi di nuovo per decidere.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durata (minuti)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Anaesthetic used</source>
        <translation>Anestetico usato</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anestetico</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Reazioni immediate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Treatment lines</source>
        <translation>Righe di trattamento</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lotto {lot}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Riga {n}: {problem}</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line.</source>
        <translation>Una seduta conclusa richiede almeno una riga di trattamento.</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Scelga la zona trattata.</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Every saved version of this session is kept. Each entry lists the fields that changed.</source>
        <translation>Ogni versione salvata di questa seduta viene conservata. Ogni voce elenca i campi modificati.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rettificato</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation>(nessuna modifica visibile)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durata (min)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motivo dello stato</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>Anestetico topico</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Prodotto anestetico</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Reazioni immediate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Trattamenti</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Pianificata</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivato/a</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Eseguita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non presentato</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Solution / product</source>
        <translation>Soluzione / prodotto</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Senza consenso</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Deroga</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Senza lotto</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Senza checklist</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Dati mancanti nella registrazione: {0}</translation>
    </message>
    <message>
        <source>Went ahead despite a screening stop:</source>
        <translation>Eseguito nonostante un blocco dello screening:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Open session</source>
        <translation>Apri seduta</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Cronologia delle modifiche…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Stampa scheda post-trattamento…</translation>
    </message>
    <message>
        <source>Record adverse event…</source>
        <translation>Registra evento avverso…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;New session…&lt;/b&gt; to record one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ancora nessuna seduta.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Usi &lt;b&gt;Nuova seduta…&lt;/b&gt; per registrarne una.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This patient is archived: use &lt;b&gt;Restore…&lt;/b&gt; to record sessions again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuna seduta registrata.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Questo paziente è archiviato: usi &lt;b&gt;Ripristina…&lt;/b&gt; per registrare di nuovo sedute.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seduta</translation>
    </message>
    <message>
        <source>{0} sessions, newest first</source>
        <translation>{0} sedute, dalla più recente</translation>
    </message>
    <message>
        <source>Select a done session.</source>
        <translation>Selezioni una seduta conclusa.</translation>
    </message>
    <message>
        <source>Preview and print its aftercare sheet</source>
        <translation>Anteprima e stampa della scheda post-trattamento</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Session of {0} — {1}</source>
        <translation>Seduta del {0} — {1}</translation>
    </message>
    <message>
        <source>no areas</source>
        <translation>nessuna zona</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clinica</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Orari di apertura</translation>
    </message>
    <message>
        <source>&amp;Aftercare texts</source>
        <translation>Testi &amp;post-trattamento</translation>
    </message>
    <message>
        <source>C&amp;onsent texts</source>
        <translation>Testi di co&amp;nsenso</translation>
    </message>
    <message>
        <source>Screening &amp;rules</source>
        <translation>&amp;Regole di screening</translation>
    </message>
    <message>
        <source>Save the clinic details and opening hours</source>
        <translation>Salva i dati della clinica e gli orari di apertura</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Non è stato salvato nulla: corregga i campi evidenziati.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Non è stato salvato nulla: {reason}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome della clinica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contatto di emergenza</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato data</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Consent required</source>
        <translation>Consenso obbligatorio</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are kept; yours are still here: apply to save.</source>
        <translation>Le modifiche dell&apos;altra postazione sono conservate; le Sue sono ancora qui: applichi per salvare.</translation>
    </message>
    <message>
        <source>Nothing was saved: another desk changed these settings. Apply to decide.</source>
        <translation>Non è stato salvato nulla: un&apos;altra postazione ha modificato queste impostazioni. Applichi per decidere.</translation>
    </message>
    <message>
        <source>Some settings have changes that are not saved. Save them now?</source>
        <translation>Alcune impostazioni hanno modifiche non salvate. Salvarle ora?</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Linea mediana</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La cartella {0} non esiste.</translation>
    </message>
    <message>
        <source>Restored from the backup {0}.</source>
        <translation>Ripristinato dal backup {0}.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <source>mesodesk found damage in {0}:
{1}

Nothing will be written to it. You can go back to the latest good backup (the damaged file is kept beside it), or open it read-only to look at what it still holds.</source>
        <translation>mesodesk ha rilevato danni in {0}:
{1}

Non verrà scritto nulla. Può tornare all&apos;ultimo backup valido (il file danneggiato viene conservato accanto) oppure aprirlo in sola lettura per vedere cosa contiene ancora.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Passphrase di questo backup cifrato:</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>&amp;Ripristina l&apos;ultimo backup valido</translation>
    </message>
    <message>
        <source>&amp;Open read-only to look</source>
        <translation>&amp;Apri in sola lettura per consultare</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>There is no good backup to restore from.</source>
        <translation>Non esiste alcun backup valido da cui ripristinare.</translation>
    </message>
    <message>
        <source>The latest good backup was taken {0} UTC ({1}).</source>
        <translation>L&apos;ultimo backup valido è stato eseguito il {0} UTC ({1}).</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Digiti prima la passphrase del backup.</translation>
    </message>
    <message>
        <source>{0} is damaged; it was not opened.</source>
        <translation>{0} è danneggiato; non è stato aperto.</translation>
    </message>
    <message>
        <source>The restore did not happen: {0}</source>
        <translation>Il ripristino non è stato eseguito: {0}</translation>
    </message>
    <message>
        <source>The database is damaged ({0}); it is open for looking only.</source>
        <translation>Il database è danneggiato ({0}); è aperto solo in consultazione.</translation>
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
        <translation>Papula</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punto per punto</translation>
    </message>
    <message>
        <source>Linear / retrograde</source>
        <translation>Lineare / retrograda</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Texts</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation>Versioni (dalla più recente)</translation>
    </message>
    <message>
        <source>Separate paragraphs with an empty line; line breaks inside a paragraph are joined when printed. The patient signs under the whole text.</source>
        <translation>Separi i paragrafi con una riga vuota; gli a capo all&apos;interno di un paragrafo vengono uniti in stampa. Il paziente firma sotto l&apos;intero testo.</translation>
    </message>
    <message>
        <source>One item per line; empty lines are ignored. A sheet prints the general text followed by the texts of the solution types and areas treated, without repeats.</source>
        <translation>Una voce per riga; le righe vuote vengono ignorate. Una scheda stampa il testo generale seguito dai testi dei tipi di soluzione e delle zone trattate, senza ripetizioni.</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Salva come nuova versione</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annulla modifiche</translation>
    </message>
    <message>
        <source>Reset to &amp;default…</source>
        <translation>Ripristina &amp;predefinito…</translation>
    </message>
    <message>
        <source>The texts could not be read: {reason}</source>
        <translation>Non è stato possibile leggere i testi: {reason}</translation>
    </message>
    <message>
        <source>This text could not be read: {reason}</source>
        <translation>Non è stato possibile leggere questo testo: {reason}</translation>
    </message>
    <message>
        <source>{version} — read-only. Documents printed with it keep naming it; to use this text again, copy it into the editor and save.</source>
        <translation>{version} — sola lettura. I documenti stampati con questa versione continuano a citarla; per usare di nuovo questo testo, lo copi nell&apos;editor e salvi.</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(modifiche non salvate)</translation>
    </message>
    <message>
        <source>No text of its own: patients sign the “Every treatment” text. A text written here replaces it for this solution type, so include everything the patient signs.</source>
        <translation>Nessun testo proprio: i pazienti firmano il testo “Ogni trattamento”. Un testo scritto qui lo sostituisce per questo tipo di soluzione, quindi includa tutto ciò che il paziente firma.</translation>
    </message>
    <message>
        <source>No text of its own yet: sheets print the general text and the other texts that apply.</source>
        <translation>Ancora nessun testo proprio: le schede stampano il testo generale e gli altri testi pertinenti.</translation>
    </message>
    <message>
        <source>In use: version {n}, edited by {who} on {when}.</source>
        <translation>In uso: versione {n}, modificata da {who} il {when}.</translation>
    </message>
    <message>
        <source>In use: the default text supplied with mesodesk (version {n}).</source>
        <translation>In uso: il testo predefinito fornito con mesodesk (versione {n}).</translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Niente da salvare: il testo non è cambiato.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Saved as version {n}; earlier versions stay on record.</source>
        <translation>Salvato come versione {n}; le versioni precedenti restano in archivio.</translation>
    </message>
    <message>
        <source>Go back to the text supplied with mesodesk for “{label}”? The current text stays in the version history.</source>
        <translation>Tornare al testo fornito con mesodesk per “{label}”? Il testo attuale resta nella cronologia delle versioni.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this text will be lost.</source>
        <translation>Le modifiche non salvate a questo testo andranno perse.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Ripristina predefinito</translation>
    </message>
    <message>
        <source>Not reset: {reason}</source>
        <translation>Non ripristinato: {reason}</translation>
    </message>
    <message>
        <source>The default text is in use again (version {n}).</source>
        <translation>Il testo predefinito è di nuovo in uso (versione {n}).</translation>
    </message>
    <message>
        <source>The text of an older version is in the editor; save to use it.</source>
        <translation>Nell&apos;editor c&apos;è il testo di una versione precedente; salvi per usarlo.</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Testo non salvato</translation>
    </message>
    <message>
        <source>The text “{label}” has changes that are not saved. Save them as a new version?</source>
        <translation>Il testo “{label}” ha modifiche non salvate. Salvarle come nuova versione?</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Cosa aspettarsi</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Da evitare</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Chiami lo studio in caso di</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Preview: consent form for a sample patient</source>
        <translation>Anteprima: modulo di consenso per un paziente di esempio</translation>
    </message>
    <message>
        <source>Preview: sheet for a sample patient</source>
        <translation>Anteprima: scheda per un paziente di esempio</translation>
    </message>
    <message>
        <source>A real sheet also prints the general text and that of each area treated.</source>
        <translation>Una scheda reale stampa anche il testo generale e quello di ogni zona trattata.</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Non è stato possibile creare l&apos;anteprima: {reason}</translation>
    </message>
    <message>
        <source>Updated {time}; the preview follows your typing.</source>
        <translation>Aggiornata alle {time}; l&apos;anteprima segue ciò che digita.</translation>
    </message>
</context>
<context>
    <name>TextKeyTree</name>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>Solution types</source>
        <translation>Tipi di soluzione</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
    <message>
        <source>edited v{n}</source>
        <translation>v{n} modificata</translation>
    </message>
    <message>
        <source>default v{n}</source>
        <translation>v{n} predefinita</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>done</source>
        <translation>eseguita</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>pianificata</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>saltata</translation>
    </message>
    <message>
        <source>{n}. {date}: {status}</source>
        <translation>{n}. {date}: {status}</translation>
    </message>
    <message>
        <source>{n} still to plan</source>
        <translation>{n} ancora da pianificare</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>The day could not be loaded: {0}</source>
        <translation>Non è stato possibile caricare la giornata: {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Tutti i professionisti</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seduta</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sedute</translation>
    </message>
    <message>
        <source>{n} arrived</source>
        <translation>{n} arrivati</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} concluse</translation>
    </message>
    <message>
        <source>1 aftercare sheet to print</source>
        <translation>1 scheda post-trattamento da stampare</translation>
    </message>
    <message>
        <source>{n} aftercare sheets to print</source>
        <translation>{n} schede post-trattamento da stampare</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions for {name} on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;All practitioners&lt;/b&gt; to see the whole day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuna seduta per {name} il {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Scelga &lt;b&gt;Tutti i professionisti&lt;/b&gt; per vedere l&apos;intera giornata.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Book one from a patient&apos;s chart with &lt;b&gt;New session…&lt;/b&gt;,&lt;br&gt;or pick another day with the arrows or the date above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuna seduta il {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ne prenoti una dalla cartella di un paziente con &lt;b&gt;Nuova seduta…&lt;/b&gt;,&lt;br&gt;oppure scelga un altro giorno con le frecce o con la data qui sopra.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>{n} marked arrived.</source>
        <translation>{n} segnati come arrivati.</translation>
    </message>
    <message>
        <source>{n} marked done.</source>
        <translation>{n} segnate come concluse.</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Segna come non presentato</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. “called in sick”:</source>
        <translation>Motivo (facoltativo), ad es. “disdetta per malattia”:</translation>
    </message>
    <message>
        <source>{n} marked no-show.</source>
        <translation>{n} segnati come non presentati.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seduta</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sedute</translation>
    </message>
    <message>
        <source>Left as they were: {rows}.</source>
        <translation>Lasciate invariate: {rows}.</translation>
    </message>
    <message>
        <source>This session was not changed:</source>
        <translation>Questa seduta non è stata modificata:</translation>
    </message>
    <message>
        <source>These sessions were not changed:</source>
        <translation>Queste sedute non sono state modificate:</translation>
    </message>
    <message>
        <source>Select the sessions whose aftercare sheets you want to print.</source>
        <translation>Selezioni le sedute di cui vuole stampare le schede post-trattamento.</translation>
    </message>
    <message>
        <source>Aftercare sheets are printed for done sessions only, and none of the selected sessions is done yet.

Mark a session done first (Ctrl+Shift+D).</source>
        <translation>Le schede post-trattamento si stampano solo per le sedute concluse e nessuna delle sedute selezionate è ancora conclusa.

Segni prima una seduta come conclusa (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>{skipped} of the {total} selected sessions are not done and were left out; printing the sheets of the {n} done ones.</source>
        <translation>{skipped} delle {total} sedute selezionate non sono concluse e sono state escluse; vengono stampate le schede delle {n} concluse.</translation>
    </message>
    <message>
        <source>No session listed on {day} is done yet, so there is no sheet to print.</source>
        <translation>Nessuna seduta elencata il {day} è ancora conclusa, quindi non c&apos;è alcuna scheda da stampare.</translation>
    </message>
    <message>
        <source>The sheets to print could not be found: {0}</source>
        <translation>Non è stato possibile trovare le schede da stampare: {0}</translation>
    </message>
    <message>
        <source>The aftercare sheets of the {n} done sessions listed on {day} are all printed.

To print them again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>Le schede post-trattamento delle {n} sedute concluse elencate il {day} sono già state tutte stampate.

Per stamparle di nuovo, scelga “Stampa tutte le concluse, incluse le stampate” dalla freccia accanto a “Stampa tutte le concluse”.</translation>
    </message>
    <message>
        <source>The aftercare sheet of the done session listed on {day} is printed.

To print it again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>La scheda post-trattamento della seduta conclusa elencata il {day} è già stata stampata.

Per stamparla di nuovo, scelga “Stampa tutte le concluse, incluse le stampate” dalla freccia accanto a “Stampa tutte le concluse”.</translation>
    </message>
    <message>
        <source>1 sheet already printed is left out; </source>
        <translation>1 scheda già stampata viene esclusa; </translation>
    </message>
    <message>
        <source>{n} sheets already printed are left out; </source>
        <translation>{n} schede già stampate vengono escluse; </translation>
    </message>
    <message>
        <source>“Print all done, including printed” prints them all.</source>
        <translation>“Stampa tutte le concluse, incluse le stampate” le stampa tutte.</translation>
    </message>
    <message>
        <source>Print aftercare</source>
        <translation>Stampa schede post-trattamento</translation>
    </message>
    <message>
        <source>The aftercare sheets could not be prepared: {0}</source>
        <translation>Non è stato possibile preparare le schede post-trattamento: {0}</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets: {done} of {total}…</source>
        <translation>Preparazione delle schede post-trattamento: {done} di {total}…</translation>
    </message>
    <message>
        <source>Building one PDF of {total} aftercare sheets…</source>
        <translation>Creazione di un unico PDF con {total} schede post-trattamento…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Stampa annullata.</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients, {day}</source>
        <translation>Schede post-trattamento: {n} pazienti, {day}</translation>
    </message>
    <message>
        <source>The sheets went out, but mesodesk could not record it: {0}</source>
        <translation>Le schede sono state inviate, ma mesodesk non ha potuto registrarlo: {0}</translation>
    </message>
    <message>
        <source>1 aftercare sheet printed.</source>
        <translation>1 scheda post-trattamento stampata.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets printed in one job.</source>
        <translation>{n} schede post-trattamento stampate in un&apos;unica operazione.</translation>
    </message>
    <message>
        <source>1 aftercare sheet saved as PDF.</source>
        <translation>1 scheda post-trattamento salvata come PDF.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets saved as one PDF.</source>
        <translation>{n} schede post-trattamento salvate in un unico PDF.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>lot numbers</source>
        <translation>numeri di lotto</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionista</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Post-trattamento</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Missing {what}</source>
        <translation>Manca: {what}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation>✓ Stampata</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Salvata come PDF</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
    <message>
        <source>A screening block was overridden with a recorded reason.</source>
        <translation>Un blocco dello screening è stato superato con un motivo registrato.</translation>
    </message>
    <message>
        <source>The aftercare sheet was printed.</source>
        <translation>La scheda post-trattamento è stata stampata.</translation>
    </message>
    <message>
        <source>The aftercare sheet was saved as a PDF file but not printed: “Print all done” prints it.</source>
        <translation>La scheda post-trattamento è stata salvata come PDF ma non stampata: «Stampa tutte le eseguite» la stampa.</translation>
    </message>
    <message>
        <source>No aftercare sheet printed yet: select the row and press Ctrl+P.</source>
        <translation>Nessuna scheda post-trattamento ancora stampata: selezioni la riga e prema Ctrl+P.</translation>
    </message>
    <message>
        <source>Open the session (double-click) to complete its record.</source>
        <translation>Apra la seduta (doppio clic) per completarne la registrazione.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Apri seduta</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Segna a&amp;rrivato</translation>
    </message>
    <message>
        <source>The patient is here (Ctrl+Shift+A)</source>
        <translation>Il paziente è arrivato (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Segna &amp;concluso</translation>
    </message>
    <message>
        <source>The treatment is finished (Ctrl+Shift+D)</source>
        <translation>Il trattamento è terminato (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Mark &amp;no-show…</source>
        <translation>Segna &amp;non presentato…</translation>
    </message>
    <message>
        <source>The patient did not come (Ctrl+Shift+M)</source>
        <translation>Il paziente non si è presentato (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Print aftercare…</source>
        <translation>&amp;Stampa schede post-trattamento…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)</source>
        <translation>Stampa in un&apos;unica operazione le schede post-trattamento delle sedute concluse selezionate (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print all d&amp;one…</source>
        <translation>Stampa &amp;tutte le concluse…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the done sessions listed that were not printed yet (Ctrl+Shift+P); the arrow offers to print them all again</source>
        <translation>Stampa le schede post-trattamento delle sedute concluse elencate non ancora stampate (Ctrl+Shift+P); la freccia offre di stamparle di nuovo tutte</translation>
    </message>
    <message>
        <source>Print all done, &amp;including printed…</source>
        <translation>Stampa tutte le concluse, &amp;incluse le stampate…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of every done session listed, again or not</source>
        <translation>Stampa le schede post-trattamento di tutte le sedute concluse elencate, già stampate o no</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Giorno precedente</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Giorno successivo</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Torna a oggi (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Professionista:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Nascondi questo messaggio</translation>
    </message>
</context>
<context>
    <name>TreatmentBox</name>
    <message>
        <source>Face</source>
        <translation>Viso</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>&amp;Solution type:</source>
        <translation>&amp;Tipo di soluzione:</translation>
    </message>
    <message>
        <source>&amp;Indications (Space ticks):</source>
        <translation>&amp;Indicazioni (Spazio per selezionare):</translation>
    </message>
    <message>
        <source>&amp;Areas (Space ticks):</source>
        <translation>&amp;Zone (Spazio per selezionare):</translation>
    </message>
    <message>
        <source>Made from the indication and areas</source>
        <translation>Composto da indicazione e zone</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;olo:</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Viso</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Volume in ml</source>
        <translation>Volume in ml</translation>
    </message>
    <message>
        <source>Depth in mm</source>
        <translation>Profondità in mm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Rimuovi questa riga</translation>
    </message>
    <message>
        <source>{type} (no product)</source>
        <translation>{type} (nessun prodotto)</translation>
    </message>
    <message>
        <source>Product not chosen</source>
        <translation>Prodotto non scelto</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Scelga la zona trattata.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviato)</translation>
    </message>
    <message>
        <source>No lots recorded</source>
        <translation>Nessun lotto registrato</translation>
    </message>
    <message>
        <source>{lot} (expired {date})</source>
        <translation>{lot} (scaduto il {date})</translation>
    </message>
    <message>
        <source>{lot} (expires {date})</source>
        <translation>{lot} (scade il {date})</translation>
    </message>
    <message>
        <source>{lot} · exp. {date}</source>
        <translation>{lot} · scad. {date}</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}: it cannot be recorded. Choose another lot.</source>
        <translation>Il lotto {lot} è scaduto il {date}: non può essere registrato. Scelga un altro lotto.</translation>
    </message>
    <message>
        <source>Lot {lot} expires on {date}, within 30 days.</source>
        <translation>Il lotto {lot} scade il {date}, entro 30 giorni.</translation>
    </message>
</context>
<context>
    <name>TreatmentsBox</name>
    <message>
        <source>Treatments</source>
        <translation>Trattamenti</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Tipo di soluzione</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Tecnica</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondità (mm)</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Aggiungi &amp;riga</translation>
    </message>
    <message>
        <source>Add another treated area</source>
        <translation>Aggiungi un&apos;altra zona trattata</translation>
    </message>
    <message>
        <source>Area of line {n}</source>
        <translation>Zona della riga {n}</translation>
    </message>
    <message>
        <source>Volumes per product add up here as you fill the lines.</source>
        <translation>I volumi per prodotto si sommano qui man mano che compila le righe.</translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tutti i prodotti</translation>
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
        <translation>{n} unità</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Sc&amp;arta</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions of this text</source>
        <translation>Versioni di questo testo</translation>
    </message>
    <message>
        <source>Select an older version to read it.</source>
        <translation>Selezioni una versione precedente per leggerla.</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(in uso)</translation>
    </message>
</context>
<context>
    <name>VersionNames</name>
    <message>
        <source>v{n} edited</source>
        <translation>v{n} modificata</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>da {who}, {when}</translation>
    </message>
    <message>
        <source>v{n} default text</source>
        <translation>v{n} testo predefinito</translation>
    </message>
    <message>
        <source>supplied with mesodesk, {when}</source>
        <translation>fornito con mesodesk, {when}</translation>
    </message>
    <message>
        <source>reset by {who}, {when}</source>
        <translation>ripristinato da {who}, {when}</translation>
    </message>
</context>
<context>
    <name>WindowTasks</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nessuno ha effettuato l&apos;accesso</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Accesso effettuato: {0}</translation>
    </message>
    <message>
        <source>Books as: {0}</source>
        <translation>Prenota come: {0}</translation>
    </message>
    <message>
        <source>The full check of the database found damage ({0}). mesodesk will not write to it any more: restore the latest good backup (File → Restore…).</source>
        <translation>La verifica completa del database ha rilevato danni ({0}). mesodesk non vi scriverà più: ripristini l&apos;ultimo backup valido (File → Ripristina…).</translation>
    </message>
    <message>
        <source>Restoring a backup needs the admin role; ask the clinic&apos;s admin.</source>
        <translation>Il ripristino di un backup richiede il ruolo di amministratore; si rivolga all&apos;amministratore della clinica.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup ripristinato.</translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as {0}.</source>
        <translation>Backup ripristinato. Il database sostituito è conservato come {0}.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Esegui backup del database</translation>
    </message>
    <message>
        <source>mesodesk backup (*.sqlite3 *.bak)</source>
        <translation>Backup di mesodesk (*.sqlite3 *.bak)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>The backup was not written: {0}</source>
        <translation>Il backup non è stato scritto: {0}</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Backup scritto in {0}</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Verifica del database</translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys, schema and audit are in order.</source>
        <translation>Nessun problema rilevato: integrità, chiavi esterne, schema e registro attività sono in ordine.</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>About mesodesk</source>
        <translation>Informazioni su mesodesk</translation>
    </message>
    <message>
        <source>mesodesk {0}
Records, planning and aftercare sheets for mesotherapy clinics.</source>
        <translation>mesodesk {0}
Cartelle, pianificazione e schede post-trattamento per cliniche di mesoterapia.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown paper size {paper!r}: use &apos;A4&apos; or &apos;Letter&apos;</source>
        <translation>formato carta sconosciuto {paper!r}: usate &apos;A4&apos; o &apos;Letter&apos;</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nulla da stampare</translation>
    </message>
    <message>
        <source>no aftercare sheets to print</source>
        <translation>nessuna scheda post-trattamento da stampare</translation>
    </message>
    <message>
        <source>unknown diagram {diagram_id!r}</source>
        <translation>schema sconosciuto {diagram_id!r}</translation>
    </message>
    <message>
        <source>unexpected path command {command!r}</source>
        <translation>comando di tracciato inatteso {command!r}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>deve essere tra {low} e {high}</translation>
    </message>
    <message>
        <source>must name a folder (or be left empty for the default)</source>
        <translation>deve indicare una cartella (o restare vuoto per quella predefinita)</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>deve essere sì o no</translation>
    </message>
    <message>
        <source>{name}: &apos;item&apos; must be an array of tables</source>
        <translation>{name}: &apos;item&apos; deve essere un array di tabelle</translation>
    </message>
    <message>
        <source>unknown diagram {diagram!r}</source>
        <translation>schema sconosciuto {diagram!r}</translation>
    </message>
    <message>
        <source>unknown kind of mark {kind!r}</source>
        <translation>tipo di segno sconosciuto {kind!r}</translation>
    </message>
    <message>
        <source>a {kind} mark needs {count} point(s)</source>
        <translation>un segno {kind} richiede {count} punto/i</translation>
    </message>
    <message>
        <source>the mark lies outside the diagram</source>
        <translation>il punto è fuori dallo schema</translation>
    </message>
    <message>
        <source>unknown side {side!r}</source>
        <translation>lato sconosciuto {side!r}</translation>
    </message>
    <message>
        <source>unknown unit {unit!r}</source>
        <translation>unità sconosciuta {unit!r}</translation>
    </message>
    <message>
        <source>the volume must be 0-{limit} {unit}</source>
        <translation>il volume deve essere 0-{limit} {unit}</translation>
    </message>
    <message>
        <source>the depth must be 0-{limit} mm</source>
        <translation>la profondità deve essere 0-{limit} mm</translation>
    </message>
    <message>
        <source>unknown technique</source>
        <translation>tecnica sconosciuta</translation>
    </message>
    <message>
        <source>choose the treated area (the mark is outside every region)</source>
        <translation>scegliete la zona trattata (il punto è fuori da ogni regione)</translation>
    </message>
    <message>
        <source>Sheets are printed in {known}; {code!r} is not one of them.</source>
        <translation>Le schede vengono stampate in {known}; {code!r} non è tra queste lingue.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <source>Opening hours need 7 weekdays, not {count}.</source>
        <translation>L&apos;orario di apertura richiede 7 giorni della settimana, non {count}.</translation>
    </message>
    <message>
        <source>{name}: opening times must be plain whole minutes.</source>
        <translation>{name}: gli orari di apertura devono essere in minuti interi.</translation>
    </message>
    <message>
        <source>{name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{name}: l&apos;orario di chiusura {closes} non è successivo all&apos;apertura {opens}.</translation>
    </message>
    <message>
        <source>{name}: {period} overlaps or touches {other}; list the periods in order with a break between.</source>
        <translation>{name}: {period} si sovrappone o tocca {other}; elencate le fasce in ordine con una pausa tra l&apos;una e l&apos;altra.</translation>
    </message>
    <message>
        <source>Opening hours must be a table with &quot;weekly&quot; and &quot;closed_dates&quot;.</source>
        <translation>L&apos;orario di apertura deve essere una tabella con &quot;weekly&quot; e &quot;closed_dates&quot;.</translation>
    </message>
    <message>
        <source>Opening hours: unknown entry {value!r}.</source>
        <translation>Orario di apertura: voce sconosciuta {value!r}.</translation>
    </message>
    <message>
        <source>Opening hours: &quot;weekly&quot; is missing or is not a table of weekdays.</source>
        <translation>Orario di apertura: &quot;weekly&quot; manca o non è una tabella di giorni della settimana.</translation>
    </message>
    <message>
        <source>Opening hours: {value!r} is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Orario di apertura: {value!r} non è un giorno della settimana; usate mon, tue, wed, thu, fri, sat o sun.</translation>
    </message>
    <message>
        <source>The {what} time needs a time zone.</source>
        <translation>L&apos;ora di {what} richiede un fuso orario.</translation>
    </message>
    <message>
        <source>{day_name}: {text!r} is not a time; use HH:MM, e.g. 09:00.</source>
        <translation>{day_name}: {text!r} non è un orario; usate HH:MM, ad es. 09:00.</translation>
    </message>
    <message>
        <source>{day_name}: expected a list of periods like [[&quot;09:00&quot;, &quot;13:00&quot;]].</source>
        <translation>{day_name}: è attesa una lista di fasce come [[&quot;09:00&quot;, &quot;13:00&quot;]].</translation>
    </message>
    <message>
        <source>{day_name}: {pair!r} is not an [opening, closing] pair like [&quot;09:00&quot;, &quot;13:00&quot;].</source>
        <translation>{day_name}: {pair!r} non è una coppia [apertura, chiusura] come [&quot;09:00&quot;, &quot;13:00&quot;].</translation>
    </message>
    <message>
        <source>{day_name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{day_name}: l&apos;orario di chiusura {closes} non è successivo all&apos;apertura {opens}.</translation>
    </message>
    <message>
        <source>{day_name}: {period} overlaps {other}.</source>
        <translation>{day_name}: {period} si sovrappone a {other}.</translation>
    </message>
    <message>
        <source>Closed dates: expected a list of dates like [&quot;2026-12-25&quot;].</source>
        <translation>Giorni di chiusura: è attesa una lista di date come [&quot;2026-12-25&quot;].</translation>
    </message>
    <message>
        <source>Closed dates: {item!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-25.</source>
        <translation>Giorni di chiusura: {item!r} non è una data; usate AAAA-MM-GG, ad es. 2026-12-25.</translation>
    </message>
    <message>
        <source>{text!r} is not a photo view; use one of {choices}</source>
        <translation>{text!r} non è una vista fotografica; usatene una tra {choices}</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Indicate il motivo.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters.</source>
        <translation>Il motivo deve restare sotto i {limit} caratteri.</translation>
    </message>
    <message>
        <source>Say why in a few words (at least {count} different words), so the audit shows what was decided and why.</source>
        <translation>Spiegate il motivo in poche parole (almeno {count} parole diverse), così che l&apos;audit mostri cosa è stato deciso e perché.</translation>
    </message>
    <message>
        <source>The session duration must be longer than zero.</source>
        <translation>La durata della seduta deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The search step must be longer than zero.</source>
        <translation>Il passo di ricerca deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The number of days to search cannot be negative.</source>
        <translation>Il numero di giorni di ricerca non può essere negativo.</translation>
    </message>
    <message>
        <source>A course needs at least one session.</source>
        <translation>Un ciclo deve avere almeno una seduta.</translation>
    </message>
    <message>
        <source>The interval between sessions must be at least one day.</source>
        <translation>L&apos;intervallo tra le sedute deve essere di almeno un giorno.</translation>
    </message>
    <message>
        <source>The preferred weekday must be 0 (Monday) to 6 (Sunday).</source>
        <translation>Il giorno preferito deve essere da 0 (lunedì) a 6 (domenica).</translation>
    </message>
    <message>
        <source>There is no session {number} in this course.</source>
        <translation>Non c&apos;è una seduta {number} in questo ciclo.</translation>
    </message>
    <message>
        <source>The course&apos;s sessions must be in order, one after the other.</source>
        <translation>Le sedute del ciclo devono essere in ordine, una dopo l&apos;altra.</translation>
    </message>
    <message>
        <source>Session {number} cannot move to before session {moved_index}; move that one first.</source>
        <translation>La seduta {number} non può passare prima della seduta {moved_index}; spostate prima quella.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 settimana</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} settimane</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} giorni</translation>
    </message>
    <message>
        <source>Session {number}: no free slot within {within} after {when}; check the opening hours or the practitioner&apos;s diary.</source>
        <translation>Seduta {number}: nessuno slot libero entro {within} dal {when}; controllate l&apos;orario di apertura o l&apos;agenda del medico.</translation>
    </message>
    <message>
        <source>{name}: not valid TOML: {exc}</source>
        <translation>{name}: TOML non valido: {exc}</translation>
    </message>
    <message>
        <source>{name}: expected one or more [[rule]] tables</source>
        <translation>{name}: è attesa una o più tabelle [[rule]]</translation>
    </message>
    <message>
        <source>{name}: rule {number} ({id!r}): id is used twice</source>
        <translation>{name}: regola {number} ({id!r}): l&apos;id è usato due volte</translation>
    </message>
    <message>
        <source>{filename}: rule {number}: must be a table</source>
        <translation>{filename}: regola {number}: deve essere una tabella</translation>
    </message>
    <message>
        <source>{filename}: {label}: {problem}</source>
        <translation>{filename}: {label}: {problem}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}</source>
        <translation>chiave/i sconosciuta/e {keys}</translation>
    </message>
    <message>
        <source>{key!r} must be a non-empty string</source>
        <translation>{key!r} deve essere un testo non vuoto</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a string</source>
        <translation>&apos;description&apos; deve essere un testo</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; deve essere true o false</translation>
    </message>
    <message>
        <source>unknown level {value!r} (use {choices})</source>
        <translation>livello sconosciuto {value!r} (usate {choices})</translation>
    </message>
    <message>
        <source>unknown check {value!r} (use one of {choices})</source>
        <translation>controllo sconosciuto {value!r} (usatene uno tra {choices})</translation>
    </message>
    <message>
        <source>placeholder {{{name}}} is not filled in by check {value!r} (available: {hint})</source>
        <translation>il segnaposto {{{name}}} non è compilato dal controllo {value!r} (disponibili: {hint})</translation>
    </message>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>La durata deve essere tra {low} e {high} minuti.</translation>
    </message>
    <message>
        <source>the needle gauge must be {low}G-{high}G</source>
        <translation>il calibro dell&apos;ago deve essere {low}G-{high}G</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>programmata</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>paziente arrivato</translation>
    </message>
    <message>
        <source>done</source>
        <translation>eseguita</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>assenza</translation>
    </message>
    <message>
        <source>This session is done and cannot become {wanted}: a done session is a clinical record. Amend it instead.</source>
        <translation>Questa seduta è eseguita e non può diventare {wanted}: una seduta eseguita è un documento clinico. Correggetela invece.</translation>
    </message>
    <message>
        <source>A {current} session cannot become {wanted}.</source>
        <translation>Una seduta {current} non può diventare {wanted}.</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line (the area that was treated).</source>
        <translation>Una seduta eseguita deve avere almeno una riga di trattamento (la zona trattata).</translation>
    </message>
    <message>
        <source>This session has not started yet; it can be marked done once it has taken place.</source>
        <translation>Questa seduta non è ancora iniziata; potrà essere segnata come eseguita dopo che si sarà svolta.</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>Il medico</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>seduta {number}</translation>
    </message>
    <message>
        <source>{who} is already booked {when} with {whom}.</source>
        <translation>{who} ha già un appuntamento {when} con {whom}.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Il paziente</translation>
    </message>
    <message>
        <source>another practitioner</source>
        <translation>un altro medico</translation>
    </message>
    <message>
        <source>{whom} already has a session {when} with {with_who}.</source>
        <translation>{whom} ha già una seduta {when} con {with_who}.</translation>
    </message>
    <message>
        <source>This slot was just taken: {clash}</source>
        <translation>Questa fascia è appena stata occupata: {clash}</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Cosa aspettarsi</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Da evitare</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Chiamate lo studio in caso di</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo di consenso</translation>
    </message>
    <message>
        <source>{name} [{key}]: {problem}</source>
        <translation>{name} [{key}]: {problem}</translation>
    </message>
    <message>
        <source>{section}: expected a list of lines.</source>
        <translation>{section}: è attesa una lista di righe.</translation>
    </message>
    <message>
        <source>{section}: at most {limit} lines, please.</source>
        <translation>{section}: al massimo {limit} righe, per favore.</translation>
    </message>
    <message>
        <source>{section}: a line is longer than {limit} characters.</source>
        <translation>{section}: una riga supera {limit} caratteri.</translation>
    </message>
    <message>
        <source>A consent text needs at least one paragraph.</source>
        <translation>Un testo di consenso deve avere almeno un paragrafo.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Inserite il nome del paziente.</translation>
    </message>
    <message>
        <source>The given name is longer than 120 characters.</source>
        <translation>Il nome supera i 120 caratteri.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Inserite il cognome del paziente.</translation>
    </message>
    <message>
        <source>The family name is longer than 120 characters.</source>
        <translation>Il cognome supera i 120 caratteri.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>That would make the patient older than {years}.</source>
        <translation>Il paziente avrebbe così più di {years} anni.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +, e.g. +44 20 7946 0958.</source>
        <translation>Usate cifre, spazi e un + iniziale facoltativo, ad es. +39 06 1234 5678.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Questo non sembra un indirizzo e-mail (nome@esempio.com).</translation>
    </message>
    <message>
        <source>{text} does not exist: check the day and the month.</source>
        <translation>{text} non esiste: controllate il giorno e il mese.</translation>
    </message>
    <message>
        <source>Type the date as {clinic_format}, for example {example}.</source>
        <translation>Scrivete la data come {clinic_format}, ad esempio {example}.</translation>
    </message>
    <message>
        <source>see the patient list</source>
        <translation>vedere l&apos;elenco dei pazienti</translation>
    </message>
    <message>
        <source>change patients&apos; contact details</source>
        <translation>modificare i recapiti dei pazienti</translation>
    </message>
    <message>
        <source>book, move or cancel sessions</source>
        <translation>prenotare, spostare o annullare sedute</translation>
    </message>
    <message>
        <source>mark arrivals and no-shows</source>
        <translation>registrare arrivi e assenze</translation>
    </message>
    <message>
        <source>print aftercare sheets</source>
        <translation>stampare le schede post-trattamento</translation>
    </message>
    <message>
        <source>see recall lists</source>
        <translation>vedere le liste di richiamo</translation>
    </message>
    <message>
        <source>see alert badges</source>
        <translation>vedere i badge di allerta</translation>
    </message>
    <message>
        <source>see medical records</source>
        <translation>vedere le cartelle cliniche</translation>
    </message>
    <message>
        <source>change medical records</source>
        <translation>modificare le cartelle cliniche</translation>
    </message>
    <message>
        <source>mark a session done</source>
        <translation>segnare una seduta come eseguita</translation>
    </message>
    <message>
        <source>export a patient&apos;s record</source>
        <translation>esportare la cartella di un paziente</translation>
    </message>
    <message>
        <source>change products and lots</source>
        <translation>modificare prodotti e lotti</translation>
    </message>
    <message>
        <source>change the clinic settings</source>
        <translation>modificare le impostazioni dello studio</translation>
    </message>
    <message>
        <source>change the screening rules</source>
        <translation>modificare le regole di screening</translation>
    </message>
    <message>
        <source>change aftercare and consent texts</source>
        <translation>modificare i testi post-trattamento e di consenso</translation>
    </message>
    <message>
        <source>manage practitioners</source>
        <translation>gestire i medici</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gestire gli account</translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation>gestire i backup</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>ripristinare un backup</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>vedere il registro di audit</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>nessun ruolo</translation>
    </message>
    <message>
        <source>{name} ({roles}) may not {what}; nothing was changed.</source>
        <translation>{name} ({roles}) non può {what}; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>{who} is not signed in with an active account; nothing was read or changed.</source>
        <translation>{who} non ha effettuato l&apos;accesso con un account attivo; non è stato letto né modificato nulla.</translation>
    </message>
    <message>
        <source>A login is 2 to 40 letters (a-z), digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Un nome utente ha da 2 a 40 lettere (a-z), cifre, punti, trattini, trattini bassi o @, e inizia con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Inserite il nome della persona.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>Il nome supera i 120 caratteri.</translation>
    </message>
    <message>
        <source>There is no account {account_id}.</source>
        <translation>Non esiste l&apos;account {account_id}.</translation>
    </message>
    <message>
        <source>This clinic already has accounts; an admin adds new ones (Accounts…).</source>
        <translation>Questo studio ha già degli account; i nuovi li aggiunge un amministratore (Account…).</translation>
    </message>
    <message>
        <source>The login {normal!r} is taken; choose another.</source>
        <translation>Il nome utente {normal!r} è già in uso; sceglietene un altro.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Assegnate almeno un ruolo all&apos;account.</translation>
    </message>
    <message>
        <source>There is no practitioner {practitioner_id}.</source>
        <translation>Non esiste il medico {practitioner_id}.</translation>
    </message>
    <message>
        <source>{name} is the only active admin; make someone else admin first.</source>
        <translation>{name} è l&apos;unico amministratore attivo; nominate prima un altro amministratore.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Questo account è stato disattivato.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The password must be at least {limit} characters long.</source>
        <translation>La password deve avere almeno {limit} caratteri.</translation>
    </message>
    <message>
        <source>The password must be at most {limit} characters long.</source>
        <translation>La password deve avere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>La password non deve iniziare né finire con uno spazio.</translation>
    </message>
    <message>
        <source>The password repeats too few characters; choose a less predictable one.</source>
        <translation>La password ripete troppi caratteri; sceglietene una meno prevedibile.</translation>
    </message>
    <message>
        <source>That password is among the first ones an attacker tries; choose another.</source>
        <translation>Questa password è tra le prime che un aggressore prova; sceglietene un&apos;altra.</translation>
    </message>
    <message>
        <source>The password must not contain the login or the person&apos;s name.</source>
        <translation>La password non deve contenere il nome utente né il nome della persona.</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Il nome utente o la password sono errati.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask the clinic&apos;s admin.</source>
        <translation>Questo account è stato disattivato; rivolgetevi all&apos;amministratore dello studio.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this login: try again in {wait} seconds.</source>
        <translation>Troppe password errate per questo nome utente: riprovate tra {wait} secondi.</translation>
    </message>
    <message>
        <source>There is no session with number {session_id}.</source>
        <translation>Non esiste alcuna seduta con numero {session_id}.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>Quella seduta appartiene a un altro paziente.</translation>
    </message>
    <message>
        <source>An event cannot be moved to another patient&apos;s session.</source>
        <translation>Un evento non può essere spostato sulla seduta di un altro paziente.</translation>
    </message>
    <message>
        <source>No treatment was given in that session (cancelled or missed).</source>
        <translation>In quella seduta non è stato eseguito alcun trattamento (annullata o saltata).</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Scegliete il tipo di evento.</translation>
    </message>
    <message>
        <source>Unknown type of event {side_effect_code!r}.</source>
        <translation>Tipo di evento sconosciuto {side_effect_code!r}.</translation>
    </message>
    <message>
        <source>Choose the severity: mild, moderate or severe.</source>
        <translation>Scegliete la gravità: lieve, moderata o grave.</translation>
    </message>
    <message>
        <source>A severe event must say whether it was reported to the authority (yes or no).</source>
        <translation>Per un evento grave indicate se è stato segnalato all&apos;autorità (sì o no).</translation>
    </message>
    <message>
        <source>This session has not taken place yet (it is booked for {session_day:%d %b %Y}); an adverse event can be recorded once it has.</source>
        <translation>Questa seduta non si è ancora svolta (è prenotata per il {session_day:%d %b %Y}); un evento avverso potrà essere registrato dopo.</translation>
    </message>
    <message>
        <source>The onset cannot be before the session it follows ({session_day:%d %b %Y}).</source>
        <translation>L&apos;insorgenza non può precedere la seduta a cui segue ({session_day:%d %b %Y}).</translation>
    </message>
    <message>
        <source>The onset cannot be in the future.</source>
        <translation>L&apos;insorgenza non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the onset.</source>
        <translation>Il controllo non può precedere l&apos;insorgenza.</translation>
    </message>
    <message>
        <source>The event cannot be resolved before its onset.</source>
        <translation>L&apos;evento non può risolversi prima della sua insorgenza.</translation>
    </message>
    <message>
        <source>The resolved date cannot be in the future.</source>
        <translation>La data di risoluzione non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Describe the outcome of a resolved event.</source>
        <translation>Descrivete l&apos;esito di un evento risolto.</translation>
    </message>
    <message>
        <source>There is no adverse event with number {event_id}.</source>
        <translation>Non esiste alcun evento avverso con numero {event_id}.</translation>
    </message>
    <message>
        <source>This event was already resolved on {resolved_date:%d %b %Y}.</source>
        <translation>Questo evento è già stato risolto il {resolved_date:%d %b %Y}.</translation>
    </message>
    <message>
        <source>Session {id} is {status}: an aftercare sheet is printed only for a done session. Nothing was written.</source>
        <translation>La seduta {id} è {status}: la scheda post-trattamento si stampa solo per una seduta eseguita. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>{out_dir} is not a folder.</source>
        <translation>{out_dir} non è una cartella.</translation>
    </message>
    <message>
        <source>Unknown output {output!r}.</source>
        <translation>Output sconosciuto {output!r}.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>L&apos;ultimo giorno precede il primo.</translation>
    </message>
    <message>
        <source>Show between 1 and {limit} entries.</source>
        <translation>Mostrate da 1 a {limit} voci.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} non può essere letto: {reason}.</translation>
    </message>
    <message>
        <source>{path} was changed after it was written (its SHA-256 differs from its manifest); nothing was restored.</source>
        <translation>{path} è stato modificato dopo la scrittura (il suo SHA-256 non corrisponde al manifesto); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>{shown} is a backup of another database, not of {db_path}; nothing was restored.</source>
        <translation>{shown} è un backup di un altro database, non di {db_path}; non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>{shown} was altered after it was written and is not restored: {value}</source>
        <translation>{shown} è stato alterato dopo la scrittura e non viene ripristinato: {value}</translation>
    </message>
    <message>
        <source>Encrypted backups are on, but no backup passphrase is stored on this computer; set it in the backup settings. No backup was written.</source>
        <translation>I backup cifrati sono attivi, ma su questo computer non è memorizzata alcuna passphrase di backup; impostatela nelle impostazioni di backup. Nessun backup è stato scritto.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record at the same moment. Nothing of yours was saved: open it again to see their change, then save yours.</source>
        <translation>Qualcuno da un&apos;altra postazione ha salvato questi dati nello stesso momento. Nessuna Sua modifica è stata salvata: li riapra per vedere la modifica dell&apos;altra postazione, poi salvi la Sua.</translation>
    </message>
    <message>
        <source>There is no patient with number {patient_id}.</source>
        <translation>Non esiste alcun paziente con numero {patient_id}.</translation>
    </message>
    <message>
        <source>There is no consent text with number {template_id}.</source>
        <translation>Non esiste alcun testo di consenso con numero {template_id}.</translation>
    </message>
    <message>
        <source>{error} Correct the opening hours in the settings.</source>
        <translation>{error} Correggete l&apos;orario di apertura nelle impostazioni.</translation>
    </message>
    <message>
        <source>There is no solution type with number {solution_type_id}.</source>
        <translation>Non esiste alcun tipo di soluzione con numero {solution_type_id}.</translation>
    </message>
    <message>
        <source>Done sessions are never moved.</source>
        <translation>Le sedute eseguite non vengono mai spostate.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Una seduta annullata o saltata mantiene la sua data; prenotate una seduta sostitutiva.</translation>
    </message>
    <message>
        <source>Unknown call outcome {outcome!r}.</source>
        <translation>Esito della chiamata sconosciuto {outcome!r}.</translation>
    </message>
    <message>
        <source>The call cannot be dated in the future.</source>
        <translation>La chiamata non può avere una data futura.</translation>
    </message>
    <message>
        <source>Patient {patient_id} not found.</source>
        <translation>Paziente {patient_id} non trovato.</translation>
    </message>
    <message>
        <source>A session can only move once at a time.</source>
        <translation>Una seduta può essere spostata solo una volta alla volta.</translation>
    </message>
    <message>
        <source>The session of {when} was changed meanwhile; plan the move again.</source>
        <translation>La seduta del {when} è stata modificata nel frattempo; pianificate di nuovo lo spostamento.</translation>
    </message>
    <message>
        <source>The moves put two sessions at {when}; plan the move again.</source>
        <translation>Gli spostamenti mettono due sedute alle {when}; pianificate di nuovo lo spostamento.</translation>
    </message>
    <message>
        <source>The course has {sessions} sessions but {count} dates were given; propose the dates again.</source>
        <translation>Il ciclo ha {sessions} sedute ma sono state date {count} date; proponete di nuovo le date.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) must start after session {previous} has ended.</source>
        <translation>La seduta {number} ({when}) deve iniziare dopo la fine della seduta {previous}.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is outside the opening hours.</source>
        <translation>La seduta {number} ({when}) è fuori dall&apos;orario di apertura.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is now taken: {clash_message} Propose the dates again.</source>
        <translation>La seduta {number} ({when}) ora è occupata: {clash_message} Proponete di nuovo le date.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Scegliete un paziente.</translation>
    </message>
    <message>
        <source>This patient is archived; restore the record to plan a course.</source>
        <translation>Questo paziente è archiviato; ripristinate la scheda per pianificare un ciclo.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Scegliete il tipo di soluzione.</translation>
    </message>
    <message>
        <source>Choose the practitioner.</source>
        <translation>Scegliete il medico.</translation>
    </message>
    <message>
        <source>Choose a current practitioner.</source>
        <translation>Scegliete un medico in servizio.</translation>
    </message>
    <message>
        <source>Tick at least one treatment area.</source>
        <translation>Spuntate almeno una zona di trattamento.</translation>
    </message>
    <message>
        <source>Unknown treatment area {value!r}.</source>
        <translation>Zona di trattamento sconosciuta {value!r}.</translation>
    </message>
    <message>
        <source>Tick at least one indication.</source>
        <translation>Spuntate almeno un&apos;indicazione.</translation>
    </message>
    <message>
        <source>Unknown indication {value!r}.</source>
        <translation>Indicazione sconosciuta {value!r}.</translation>
    </message>
    <message>
        <source>A course has {low} to {high} sessions (usually 4 to 10).</source>
        <translation>Un ciclo comprende da {low} a {high} sedute (di solito da 4 a 10).</translation>
    </message>
    <message>
        <source>The interval between sessions must be 1 to {limit} days.</source>
        <translation>L&apos;intervallo tra le sedute deve essere da 1 a {limit} giorni.</translation>
    </message>
    <message>
        <source>The maintenance interval must be 1 to {limit} days, or none.</source>
        <translation>L&apos;intervallo di mantenimento deve essere da 1 a {limit} giorni, oppure nessuno.</translation>
    </message>
    <message>
        <source>The preferred weekday must be Monday to Sunday, or any.</source>
        <translation>Il giorno preferito deve essere da lunedì a domenica, oppure uno qualsiasi.</translation>
    </message>
    <message>
        <source>The preferred time must be in whole minutes.</source>
        <translation>L&apos;orario preferito deve essere in minuti interi.</translation>
    </message>
    <message>
        <source>Unknown course status {status!r}.</source>
        <translation>Stato del ciclo sconosciuto {status!r}.</translation>
    </message>
    <message>
        <source>There is no course with number {course_id}.</source>
        <translation>Non esiste alcun ciclo con numero {course_id}.</translation>
    </message>
    <message>
        <source>A session can only be cancelled or marked no-show.</source>
        <translation>Una seduta può essere solo annullata o segnata come assenza.</translation>
    </message>
    <message>
        <source>A done session cannot be cancelled; amend its record instead.</source>
        <translation>Una seduta eseguita non può essere annullata; correggetene invece la scheda.</translation>
    </message>
    <message>
        <source>Only a cancelled or missed session can be replaced.</source>
        <translation>Solo una seduta annullata o saltata può essere sostituita.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {problem}.</source>
        <translation>{path} non può essere creato: {problem}.</translation>
    </message>
    <message>
        <source>{problem}; nothing will be written to it. Restore the latest good backup, or open it read-only to look.</source>
        <translation>{problem}; non vi verrà scritto nulla. Ripristinate l&apos;ultimo backup integro o apritelo in sola lettura per consultarlo.</translation>
    </message>
    <message>
        <source>{problem}, so mesodesk cannot save to {name}; make it writable, or open it read-only to look.</source>
        <translation>{problem}, quindi mesodesk non può salvare in {name}; rendetelo scrivibile o apritelo in sola lettura per consultarlo.</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>{path} is at schema {value} and needs an upgrade, which a read-only look cannot do; make it writable and open it normally.</source>
        <translation>{path} è allo schema {value} e richiede un aggiornamento, che una consultazione in sola lettura non può fare; rendetelo scrivibile e apritelo normalmente.</translation>
    </message>
    <message>
        <source>demo rows for {table} have {values} values but the table has {columns} columns: update the demo generator for the model</source>
        <translation>le righe demo di {table} hanno {values} valori ma la tabella ha {columns} colonne: aggiornate il generatore demo per il modello</translation>
    </message>
    <message>
        <source>The catalog (solution types and areas) must be loaded before a demo.</source>
        <translation>Il catalogo (tipi di soluzione e zone) deve essere caricato prima di una demo.</translation>
    </message>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation>Il numero di pazienti non può essere negativo.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in as one of its admins to add the demo.</source>
        <translation>Questo database ha degli account: accedete come uno dei suoi amministratori per aggiungere la demo.</translation>
    </message>
    <message>
        <source>This database already has {existing} patient(s); the demo&apos;s invented patients are only added to a database without patients.</source>
        <translation>Questo database ha già {existing} paziente/i; i pazienti inventati della demo si aggiungono solo a un database senza pazienti.</translation>
    </message>
    <message>
        <source>{table}: the demo columns are not in table order</source>
        <translation>{table}: le colonne demo non sono nell&apos;ordine della tabella</translation>
    </message>
    <message>
        <source>The catalog has no solution type {solution_type!r} for {name}.</source>
        <translation>Il catalogo non ha il tipo di soluzione {solution_type!r} per {name}.</translation>
    </message>
    <message>
        <source>{reason} ({path})</source>
        <translation>{reason} ({path})</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}</source>
        <translation>{kind} inatteso: {error}</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>dati non validi</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was saved there.</source>
        <translation>Impossibile scrivere {path}: {reason}. Lì non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name, as printed on sheets and forms.</source>
        <translation>Inserite il nome dello studio, come stampato su schede e moduli.</translation>
    </message>
    <message>
        <source>Enter the phone number patients should call.</source>
        <translation>Inserite il numero di telefono che i pazienti devono chiamare.</translation>
    </message>
    <message>
        <source>Enter the name of the first practitioner.</source>
        <translation>Inserite il nome del primo medico.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no header line and no patient.</source>
        <translation>{name} è vuoto: non c&apos;è né riga di intestazione né paziente.</translation>
    </message>
    <message>
        <source>{name} is not a text file in a known encoding; save it from the spreadsheet as CSV UTF-8.</source>
        <translation>{name} non è un file di testo in una codifica nota; salvatelo dal foglio di calcolo come CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text but has bytes that are not valid UTF-8 on {line_list}; read as another encoding its accented letters would be garbled. Correct those lines, or save the file again as CSV UTF-8, and import it again.</source>
        <translation>{name} è testo UTF-8 ma contiene byte non validi in UTF-8 in {line_list}; letto con un&apos;altra codifica, le sue lettere accentate risulterebbero alterate. Correggete quelle righe, oppure salvate di nuovo il file come CSV UTF-8, e importatelo ancora.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>riga {number}</translation>
    </message>
    <message>
        <source>lines {shown} and {last} (and maybe more)</source>
        <translation>righe {shown} e {last} (e forse altre)</translation>
    </message>
    <message>
        <source>lines {shown} and {last}</source>
        <translation>righe {shown} e {last}</translation>
    </message>
    <message>
        <source>{name} does not look like a spreadsheet saved as text (CSV); it holds binary data.</source>
        <translation>{name} non sembra un foglio di calcolo salvato come testo (CSV); contiene dati binari.</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {limit:,} characters; this is not a patient spreadsheet.</source>
        <translation>La riga {number} di {name} supera {limit:,} caratteri; questo non è un foglio di pazienti.</translation>
    </message>
    <message>
        <source>{name} has two columns for {column} ({first!r} and {other!r}); keep one.</source>
        <translation>{name} ha due colonne per {column} ({first!r} e {other!r}); tenetene una.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} is missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>La prima riga di {name} deve nominare le colonne; manca {columns}. Colonne attese: {expected}. Trovate: {found}.</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} are missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>La prima riga di {name} deve nominare le colonne; mancano {columns}. Colonne attese: {expected}. Trovate: {found}.</translation>
    </message>
    <message>
        <source>Line {line} of {name} has a cell longer than {field_size_limit:,} characters; a quote may be missing its closing quote.</source>
        <translation>La riga {line} di {name} ha una cella più lunga di {field_size_limit:,} caratteri; forse manca una virgoletta di chiusura.</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {detail}.</source>
        <translation>La riga {line} di {name} non può essere letta come CSV: {detail}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} è una cartella, non un file CSV.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossibile leggere {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds only blank lines: there is no header line.</source>
        <translation>{name} contiene solo righe vuote: manca la riga di intestazione.</translation>
    </message>
    <message>
        <source>{name} changed while it was being imported.</source>
        <translation>{name} è cambiato durante l&apos;importazione.</translation>
    </message>
    <message>
        <source>unknown area</source>
        <translation>zona sconosciuta</translation>
    </message>
    <message>
        <source>Mark {number}: {problem}.</source>
        <translation>Punto {number}: {problem}.</translation>
    </message>
    <message>
        <source>Mark {number}: record the volume injected there.</source>
        <translation>Punto {number}: registrate il volume iniettato in quel punto.</translation>
    </message>
    <message>
        <source>Give a reason for archiving this patient.</source>
        <translation>Indicate il motivo per archiviare questo paziente.</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MB, over the clinic&apos;s limit of {limit:.0f} MB; nothing was stored</source>
        <translation>{name} è di {size:.1f} MB, oltre il limite dello studio di {limit:.0f} MB; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>{name} is not a photo mesodesk can read; nothing was stored</source>
        <translation>{name} non è una foto che mesodesk può leggere; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({error}); nothing was stored</source>
        <translation>{name} è danneggiato o incompleto ({error}); non è stato salvato nulla</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG or HEIC; nothing was stored</source>
        <translation>{name} è un&apos;immagine {kind}; le foto devono essere JPEG, PNG o HEIC; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG; nothing was stored</source>
        <translation>{name} è un&apos;immagine {kind}; le foto devono essere JPEG o PNG; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>{name} claims more than {number} million pixels, more than any clinic camera makes; it was not opened and nothing was stored</source>
        <translation>{name} dichiara più di {number} milioni di pixel, più di qualsiasi fotocamera da studio; non è stato aperto e non è stato salvato nulla</translation>
    </message>
    <message>
        <source>content changed (SHA-256 {actual}…, expected {expected}…)</source>
        <translation>contenuto modificato (SHA-256 {actual}…, atteso {expected}…)</translation>
    </message>
    <message>
        <source>{path} does not exist; nothing was stored</source>
        <translation>{path} non esiste; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo; nothing was stored</source>
        <translation>{path} è una cartella, non una foto; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}; nothing was stored</source>
        <translation>impossibile leggere {path}: {reason}; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>That session is not one of this patient&apos;s.</source>
        <translation>Quella seduta non è di questo paziente.</translation>
    </message>
    <message>
        <source>There is no patient {patient_id}.</source>
        <translation>Non esiste il paziente {patient_id}.</translation>
    </message>
    <message>
        <source>There is no photo {photo_id}.</source>
        <translation>Non esiste la foto {photo_id}.</translation>
    </message>
    <message>
        <source>The image of photo {photo_id} is missing; run mesodesk check.</source>
        <translation>Manca l&apos;immagine della foto {photo_id}; eseguite mesodesk check.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} non è una cartella.</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Inserite il nome del medico.</translation>
    </message>
    <message>
        <source>There is no practitioner with number {practitioner_id}.</source>
        <translation>Non esiste alcun medico con numero {practitioner_id}.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Inserite il nome del prodotto.</translation>
    </message>
    <message>
        <source>Unknown solution type.</source>
        <translation>Tipo di soluzione sconosciuto.</translation>
    </message>
    <message>
        <source>There is no product with number {product_id}.</source>
        <translation>Non esiste alcun prodotto con numero {product_id}.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Inserite il numero di lotto stampato sulla confezione.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantità non può essere negativa.</translation>
    </message>
    <message>
        <source>Lot {number} is already recorded.</source>
        <translation>Il lotto {number} è già registrato.</translation>
    </message>
    <message>
        <source>There is no lot with number {lot_id}.</source>
        <translation>Non esiste alcun lotto con numero {lot_id}.</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Scrivete il numero del lotto da richiamare.</translation>
    </message>
    <message>
        <source>No lot numbered {lot!r} is on record.</source>
        <translation>Nessun lotto con numero {lot!r} risulta registrato.</translation>
    </message>
    <message>
        <source>There is no screening rule {rule_id!r}.</source>
        <translation>Non esiste la regola di screening {rule_id!r}.</translation>
    </message>
    <message>
        <source>Open the session and complete the pre-procedure checklist before marking it done.</source>
        <translation>Aprite la seduta e completate la checklist pre-procedura prima di segnarla come eseguita.</translation>
    </message>
    <message>
        <source>Screening stops this treatment: {stops} To go ahead, the practitioner must give a reason for each stop.</source>
        <translation>Lo screening blocca questo trattamento: {stops} Per procedere, il professionista deve indicare un motivo per ogni blocco.</translation>
    </message>
    <message>
        <source>{title}: {problem}</source>
        <translation>{title}: {problem}</translation>
    </message>
    <message>
        <source>Choose the practitioner who takes responsibility for going ahead.</source>
        <translation>Scegliete il medico che si assume la responsabilità di procedere.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent (the text version signed) before marking the session done.</source>
        <translation>Registrate il consenso del paziente (la versione del testo firmata) prima di segnare la seduta come eseguita.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Stato sconosciuto {status!r}.</translation>
    </message>
    <message>
        <source>Unknown practitioner.</source>
        <translation>Medico sconosciuto.</translation>
    </message>
    <message>
        <source>Unknown consent text version.</source>
        <translation>Versione del testo di consenso sconosciuta.</translation>
    </message>
    <message>
        <source>Line {index}: choose the treated area.</source>
        <translation>Riga {index}: scegliete la zona trattata.</translation>
    </message>
    <message>
        <source>Line {index}: unknown technique.</source>
        <translation>Riga {index}: tecnica sconosciuta.</translation>
    </message>
    <message>
        <source>Line {index}: the volume must be 0-100 ml.</source>
        <translation>Riga {index}: il volume deve essere 0-100 ml.</translation>
    </message>
    <message>
        <source>Line {index}: the depth must be 0-20 mm.</source>
        <translation>Riga {index}: la profondità deve essere 0-20 mm.</translation>
    </message>
    <message>
        <source>Line {index}: {gauge}.</source>
        <translation>Riga {index}: {gauge}.</translation>
    </message>
    <message>
        <source>Line {index}: unknown lot.</source>
        <translation>Riga {index}: lotto sconosciuto.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} is not of that product.</source>
        <translation>Riga {index}: il lotto {lot_number} non è di quel prodotto.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} expired on {expiry_date:%d %b %Y} and cannot be recorded.</source>
        <translation>Riga {index}: il lotto {lot_number} è scaduto il {expiry_date:%d %b %Y} e non può essere registrato.</translation>
    </message>
    <message>
        <source>there is no such setting</source>
        <translation>questa impostazione non esiste</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>is longer than {value} characters</source>
        <translation>supera {value} caratteri</translation>
    </message>
    <message>
        <source>unknown time zone {value!r}</source>
        <translation>fuso orario sconosciuto {value!r}</translation>
    </message>
    <message>
        <source>paper size must be A4 or Letter</source>
        <translation>il formato carta deve essere A4 o Letter</translation>
    </message>
    <message>
        <source>date format must be one of {choices}</source>
        <translation>il formato della data deve essere uno tra {choices}</translation>
    </message>
    <message>
        <source>sheets are printed in {choices}, not {value!r}</source>
        <translation>le schede vengono stampate in {choices}, non in {value!r}</translation>
    </message>
    <message>
        <source>the photo size limit must be a whole number of megabytes from 1 to 200</source>
        <translation>il limite di dimensione delle foto deve essere un numero intero di megabyte da 1 a 200</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes from {low} to {high}</source>
        <translation>il blocco per inattività deve essere un numero intero di minuti da {low} a {high}</translation>
    </message>
    <message>
        <source>the window language must be one of {choices}</source>
        <translation>la lingua della finestra deve essere una tra {choices}</translation>
    </message>
    <message>
        <source>opening hours not usable: {error}</source>
        <translation>orario di apertura non utilizzabile: {error}</translation>
    </message>
    <message>
        <source>must be a backup policy</source>
        <translation>deve essere una politica di backup</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>impostazione</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The logo is {size} KB; please use an image under 1 MB.</source>
        <translation>Il logo è di {size} KB; usate un&apos;immagine sotto 1 MB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Il logo deve essere un&apos;immagine PNG o JPEG.</translation>
    </message>
    <message>
        <source>The image file is damaged or not really a PNG or JPEG.</source>
        <translation>Il file immagine è danneggiato o non è davvero un PNG o un JPEG.</translation>
    </message>
    <message>
        <source>The logo is {width}×{height} pixels; please use one under {limit}.</source>
        <translation>Il logo è di {width}×{height} pixel; usatene uno sotto {limit}.</translation>
    </message>
    <message>
        <source>The logo is too small to print clearly.</source>
        <translation>Il logo è troppo piccolo per essere stampato nitidamente.</translation>
    </message>
    <message>
        <source>Texts exist in {join}; not in {language!r}.</source>
        <translation>Esistono testi in {join}; non in {language!r}.</translation>
    </message>
    <message>
        <source>There is no text version with number {template_id}.</source>
        <translation>Non esiste alcuna versione di testo con numero {template_id}.</translation>
    </message>
    <message>
        <source>Unknown kind of text {kind!r}.</source>
        <translation>Tipo di testo sconosciuto {kind!r}.</translation>
    </message>
    <message>
        <source>There is no {kind} text called {key!r}.</source>
        <translation>Non esiste alcun testo {kind} chiamato {key!r}.</translation>
    </message>
    <message>
        <source>{path} has accounts: sign in as one of its admins to move it to a server.</source>
        <translation>{path} ha degli account: acceda come uno dei suoi amministratori per spostarlo su un server.</translation>
    </message>
    <message>
        <source>--database-url must name a server database (postgresql://...).</source>
        <translation>--database-url deve indicare un database su server (postgresql://...).</translation>
    </message>
    <message>
        <source>{database_label} holds no mesodesk clinic.</source>
        <translation>{database_label} non contiene alcuna clinica mesodesk.</translation>
    </message>
    <message>
        <source>{database_label} is at schema {revision}; open it once with this mesodesk (which brings it to {HEAD_REVISION}) and copy it then.</source>
        <translation>{database_label} è allo schema {revision}; lo apra una volta con questa versione di mesodesk (che lo porta a {HEAD_REVISION}) e poi lo copi.</translation>
    </message>
    <message>
        <source>{database_label} is not empty ({count} table(s): {shown}); a clinic is copied into an empty database only.</source>
        <translation>{database_label} non è vuoto ({count} tabella/e: {shown}); una clinica si copia solo in un database vuoto.</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>Nessun database in {path}.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La cartella {parent} non esiste.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a mesodesk database.</source>
        <translation>{path} è una cartella, non un database mesodesk.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a mesodesk database.</source>
        <translation>{path} è un file vuoto, non un database mesodesk.</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file).</source>
        <translation>{path} non è un database mesodesk (non è un file SQLite).</translation>
    </message>
    <message>
        <source>{destination} is a folder; give a file name for the backup.</source>
        <translation>{destination} è una cartella; indicate un nome di file per il backup.</translation>
    </message>
    <message>
        <source>{destination} already exists; choose another name or add --force to replace it.</source>
        <translation>{destination} esiste già; scegliete un altro nome o aggiungete --force per sostituirlo.</translation>
    </message>
    <message>
        <source>{destination} is the database itself; choose another file.</source>
        <translation>{destination} è il database stesso; scegliete un altro file.</translation>
    </message>
    <message>
        <source>{destination} ends in {suffix}, the name of encrypted backups; encrypt it (--encrypt) or choose another name.</source>
        <translation>{destination} termina con {suffix}, il nome dei backup cifrati; cifratelo (--encrypt) o scegliete un altro nome.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} non può essere letto: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file)</source>
        <translation>{path} non è un database mesodesk (non è un file SQLite)</translation>
    </message>
    <message>
        <source>{path} is damaged (its header gives an impossible page size)</source>
        <translation>{path} è danneggiato (la sua intestazione indica una dimensione di pagina impossibile)</translation>
    </message>
    <message>
        <source>{path} is damaged: it is cut short ({size} bytes, not whole pages)</source>
        <translation>{path} è danneggiato: è troncato ({size} byte, non pagine intere)</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} è in sola lettura</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>la cartella {folder} è in sola lettura</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>Una passphrase di backup deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>{sealed} cannot be read: {reason}.</source>
        <translation>{sealed} non può essere letto: {reason}.</translation>
    </message>
    <message>
        <source>{sealed} is not an encrypted mesodesk backup.</source>
        <translation>{sealed} non è un backup mesodesk cifrato.</translation>
    </message>
    <message>
        <source>{sealed} was written by a newer mesodesk, or its header is damaged.</source>
        <translation>{sealed} è stato scritto da una versione più recente di mesodesk, oppure la sua intestazione è danneggiata.</translation>
    </message>
    <message>
        <source>{sealed} has a damaged header ({error}).</source>
        <translation>{sealed} ha un&apos;intestazione danneggiata ({error}).</translation>
    </message>
    <message>
        <source>The passphrase does not open {sealed} (or the file&apos;s header was changed); nothing was restored.</source>
        <translation>La passphrase non apre {sealed} (oppure l&apos;intestazione del file è stata modificata); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>{sealed} is cut short; nothing was restored.</source>
        <translation>{sealed} è troncato; non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>{sealed} was changed after it was written (chunk {number} fails its check); nothing was restored.</source>
        <translation>{sealed} è stato modificato dopo la scrittura (il blocco {number} non supera la verifica); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>a Database needs a URL or an SQLite file path</source>
        <translation>un Database richiede un URL o il percorso di un file SQLite</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>il database</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved. Free some space and try again.</source>
        <translation>Il disco che contiene {where} è pieno; non è stato salvato nulla. Liberate spazio e riprovate.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; nothing was saved. Try again in a moment.</source>
        <translation>{where} è bloccato da un altro programma; non è stato salvato nulla. Riprovate tra un momento.</translation>
    </message>
    <message>
        <source>{where} is not a mesodesk database (not an SQLite file).</source>
        <translation>{where} non è un database mesodesk (non è un file SQLite).</translation>
    </message>
    <message>
        <source>{where} is read-only (the file or its folder may not be written); nothing was saved.</source>
        <translation>{where} è in sola lettura (il file o la sua cartella non sono scrivibili); non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>{where} cannot be opened for reading and writing.</source>
        <translation>{where} non può essere aperto in lettura e scrittura.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite reports it as malformed).</source>
        <translation>{where} è danneggiato (SQLite lo segnala come malformato).</translation>
    </message>
    <message>
        <source>The disk holding {where} reported an input/output error.</source>
        <translation>Il disco che contiene {where} ha segnalato un errore di input/output.</translation>
    </message>
    <message>
        <source>The change was refused by {where}: {orig}</source>
        <translation>La modifica è stata rifiutata da {where}: {orig}</translation>
    </message>
    <message>
        <source>{where} reported a problem: {orig}</source>
        <translation>{where} ha segnalato un problema: {orig}</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({first}); check the address, the network and that the server is running.</source>
        <translation>Il server del database non è raggiungibile ({first}); controlli l&apos;indirizzo, la rete e che il server sia in funzione.</translation>
    </message>
    <message>
        <source>The server&apos;s disk holding {where} is full; nothing was saved.</source>
        <translation>Il disco del server che contiene {where} è pieno; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database server refused the login: {first}</source>
        <translation>Il server del database ha rifiutato l&apos;accesso: {first}</translation>
    </message>
    <message>
        <source>The lock folder {folder} cannot be created: {reason}.</source>
        <translation>La cartella di blocco {folder} non può essere creata: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be examined: {reason}.</source>
        <translation>{path} non può essere esaminato: {reason}.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be opened: {reason}.</source>
        <translation>Il file di blocco {path} non può essere aperto: {reason}.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (processo {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another mesodesk window{owner}. Switch to that window, or close it first.</source>
        <translation>{path} è già aperto in un&apos;altra finestra di mesodesk{owner}. Passate a quella finestra o chiudetela prima.</translation>
    </message>
    <message>
        <source>{path} is being restored; try again once the restore is done.</source>
        <translation>{path} è in fase di ripristino; riprovate al termine del ripristino.</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>il ripristino</translation>
    </message>
    <message>
        <source>{path} is in use by a mesodesk window or command; close them before {what}.</source>
        <translation>{path} è in uso da una finestra o un comando mesodesk; chiudeteli prima di procedere con {what}.</translation>
    </message>
    <message>
        <source>{value} is an SQLite database, but not a mesodesk one.</source>
        <translation>{value} è un database SQLite, ma non di mesodesk.</translation>
    </message>
    <message>
        <source>{where} was written by a newer mesodesk (schema {revision}); install the newer mesodesk to open it.</source>
        <translation>{where} è stato scritto da una versione più recente di mesodesk (schema {revision}); installate la versione più recente di mesodesk per aprirlo.</translation>
    </message>
    <message>
        <source>{source} is an SQLite file, but not a mesodesk database.</source>
        <translation>{source} è un file SQLite, ma non un database mesodesk.</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); nothing was restored.</source>
        <translation>{source} è danneggiato ({value}); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>{source} has no schema revision; it is not a mesodesk database.</source>
        <translation>{source} non ha una revisione di schema; non è un database mesodesk.</translation>
    </message>
    <message>
        <source>{source} is encrypted; give its passphrase to restore it.</source>
        <translation>{source} è cifrato; fornite la sua passphrase per ripristinarlo.</translation>
    </message>
    <message>
        <source>{source} could not be decrypted next to {beside}: {reason}.</source>
        <translation>{source} non è stato possibile decifrarlo accanto a {beside}: {reason}.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Il backup e il database sono lo stesso file.</translation>
    </message>
    <message>
        <source>Cannot restore into {db_path}: {problem}; nothing was changed.</source>
        <translation>Impossibile ripristinare in {db_path}: {problem}; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full; {name} was not written.</source>
        <translation>Il disco che contiene {parent} è pieno; {name} non è stato scritto.</translation>
    </message>
    <message>
        <source>{parent} may not be written ({reason}); {name} was not written.</source>
        <translation>{parent} non è scrivibile ({reason}); {name} non è stato scritto.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} non è stato possibile scriverlo: {reason}.</translation>
    </message>
    <message>
        <source>{path}: {last}</source>
        <translation>{path}: {last}</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); no backup was written. Restore the latest good backup.</source>
        <translation>{source} è danneggiato ({value}); nessun backup è stato scritto. Ripristinate l&apos;ultimo backup integro.</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>il database è bloccato</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; the backup was not written there.</source>
        <translation>Il disco che contiene {folder} è pieno; il backup non è stato scritto lì.</translation>
    </message>
    <message>
        <source>The backup cannot be written in {folder} (read-only or missing).</source>
        <translation>Il backup non può essere scritto in {folder} (sola lettura o inesistente).</translation>
    </message>
    <message>
        <source>Writing the backup in {folder} failed with an input/output error.</source>
        <translation>La scrittura del backup in {folder} non è riuscita per un errore di input/output.</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>La cartella di backup {folder} non esiste.</translation>
    </message>
    <message>
        <source>The backup folder {folder} may not be written.</source>
        <translation>La cartella di backup {folder} non è scrivibile.</translation>
    </message>
    <message>
        <source>The backup of {source} failed its check: {message}.</source>
        <translation>Il backup di {source} non ha superato la verifica: {message}.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}

The details were written to {1}. Your last change may not have been saved: check it, and try again.</source>
        <translation>Si è verificato un problema: {0}

I dettagli sono stati scritti in {1}. L&apos;ultima modifica potrebbe non essere stata salvata: la controlli e riprovi.</translation>
    </message>
</context>
</TS>
