<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Roles of {0}</source>
        <translation>Rôles de {0}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Pr&amp;actitioner</source>
        <translation>Pr&amp;aticien</translation>
    </message>
    <message>
        <source>R&amp;eception</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Manager / a&amp;dmin</source>
        <translation>Responsable / a&amp;dmin</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;Treats as</source>
        <translation>&amp;Soigne en tant que</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>(nobody: does not treat patients)</source>
        <translation>(personne&#xa0;: ne soigne pas de patients)</translation>
    </message>
    <message>
        <source>A new practitioner record with this account&apos;s name</source>
        <translation>Une nouvelle fiche praticien au nom de ce compte</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Type the name they sign in with.</source>
        <translation>Saisissez l&apos;identifiant avec lequel elle se connecte.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Cochez au moins un rôle.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Manager / admin</source>
        <translation>Responsable / admin</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its history stays under its name.</source>
        <translation>Les comptes ne sont jamais supprimés&#xa0;: un compte désactivé ne peut plus se connecter et son historique reste à son nom.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Account added. They can sign in now.</source>
        <translation>Compte ajouté. La personne peut se connecter dès maintenant.</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>Rôles enregistrés.</translation>
    </message>
    <message>
        <source>New password set for {0}.</source>
        <translation>Nouveau mot de passe défini pour {0}.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in; everything they did stays under their name. You can reactivate the account later.</source>
        <translation>Désactiver {0}&#xa0;? Cette personne ne pourra plus se connecter&#xa0;; tout ce qu&apos;elle a fait reste à son nom. Vous pourrez réactiver le compte plus tard.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} est désactivé.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>AdverseEventEditor</name>
    <message>
        <source>Record an adverse event</source>
        <translation>Enregistrer un événement indésirable</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>L&apos;événement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The list of event types could not be read: {0}</source>
        <translation>La liste des types d&apos;événements n&apos;a pas pu être lue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Type *</translation>
    </message>
    <message>
        <source>&amp;Onset *</source>
        <translation>Dé&amp;but *</translation>
    </message>
    <message>
        <source>&amp;Mild</source>
        <translation>&amp;Léger</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>Mo&amp;déré</translation>
    </message>
    <message>
        <source>Se&amp;vere</source>
        <translation>Sé&amp;vère</translation>
    </message>
    <message>
        <source>Severity *</source>
        <translation>Gravité *</translation>
    </message>
    <message>
        <source>What was seen, where, and how large, e.g. 3 cm bruise on the left cheek</source>
        <translation>Ce qui a été observé, où et de quelle taille, p. ex. ecchymose de 3 cm sur la joue gauche</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Reported to the authority? *</source>
        <translation>Déclaré aux autorités&#xa0;? *</translation>
    </message>
    <message>
        <source>Severe events are usually reportable to the health authority. Record the answer here: the event cannot be saved without it.</source>
        <translation>Les événements sévères sont généralement à déclarer aux autorités sanitaires. Indiquez la réponse ici&#xa0;: l&apos;événement ne peut pas être enregistré sans elle.</translation>
    </message>
    <message>
        <source>&amp;Yes, it was reported</source>
        <translation>&amp;Oui, il a été déclaré</translation>
    </message>
    <message>
        <source>&amp;No, not reported</source>
        <translation>&amp;Non, pas déclaré</translation>
    </message>
    <message>
        <source>Care and follow-up</source>
        <translation>Soins et suivi</translation>
    </message>
    <message>
        <source>e.g. Cold compresses, arnica gel; patient reassured</source>
        <translation>p. ex. Compresses froides, gel d&apos;arnica&#xa0;; patient rassuré</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Mesure prise</translation>
    </message>
    <message>
        <source>When to check on the patient again; optional.</source>
        <translation>Quand recontacter le patient&#xa0;; facultatif.</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Comment cela s&apos;est terminé, p. ex. disparu en une semaine</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Évol&amp;ution</translation>
    </message>
    <message>
        <source>Leave empty while the event is still open; an outcome is then required.</source>
        <translation>Laissez vide tant que l&apos;événement est en cours&#xa0;; une évolution est alors obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Résolu le</translation>
    </message>
    <message>
        <source>The event could not be opened: {0}</source>
        <translation>L&apos;événement n&apos;a pas pu être ouvert&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt; · session of {when}</source>
        <translation>&lt;b&gt;{patient}&lt;/b&gt; · séance du {when}</translation>
    </message>
    <message>
        <source> with {who}</source>
        <translation> avec {who}</translation>
    </message>
    <message>
        <source>An expected reaction</source>
        <translation>Une réaction attendue</translation>
    </message>
    <message>
        <source>; it usually settles in {0}.</source>
        <translation>&#xa0;; elle disparaît généralement en {0}.</translation>
    </message>
    <message>
        <source>A complication (rare).</source>
        <translation>Une complication (rare).</translation>
    </message>
    <message>
        <source>A complication.</source>
        <translation>Une complication.</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Choisissez le type d&apos;événement.</translation>
    </message>
    <message>
        <source>Enter the day the event began.</source>
        <translation>Indiquez le jour où l&apos;événement a commencé.</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Choisissez la gravité.</translation>
    </message>
    <message>
        <source>Answer Yes or No before saving.</source>
        <translation>Répondez Oui ou Non avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The event was not saved: {reason}</source>
        <translation>L&apos;événement n&apos;a pas été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Rien n&apos;a encore été enregistré&#xa0;: veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>This adverse event has changes that are not saved. Save them now?</source>
        <translation>Cet événement indésirable comporte des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>AdverseEventsPage</name>
    <message>
        <source>Open adverse events</source>
        <translation>Événements indésirables en cours</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Open patient&apos;s &amp;chart</source>
        <translation>Ouvrir le &amp;dossier du patient</translation>
    </message>
    <message>
        <source>Record the outcome and close the event (Ctrl+R)</source>
        <translation>Enregistrer l&apos;évolution et clore l&apos;événement (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No open adverse events — nothing is waiting for follow-up.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Record an event from the session it followed, in the patient&apos;s chart. It stays on this list, by follow-up date, until it is resolved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun événement indésirable en cours — aucun suivi en attente.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Enregistrez un événement depuis la séance qui l&apos;a précédé, dans le dossier du patient. Il reste dans cette liste, par date de suivi, jusqu&apos;à sa résolution.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rows in red have a follow-up date that has passed. Double-click an event (or press Enter) to amend it; right-click for more.</source>
        <translation>Les lignes en rouge ont une date de suivi dépassée. Double-cliquez sur un événement (ou appuyez sur Entrée) pour le modifier&#xa0;; clic droit pour plus d&apos;options.</translation>
    </message>
    <message>
        <source>Open adverse events could not be loaded: {0}</source>
        <translation>Les événements indésirables en cours n&apos;ont pas pu être chargés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>1 open event</source>
        <translation>1 événement en cours</translation>
    </message>
    <message>
        <source>{n} open events</source>
        <translation>{n} événements en cours</translation>
    </message>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 suivi en retard</translation>
    </message>
    <message>
        <source>{n} follow-ups overdue</source>
        <translation>{n} suivis en retard</translation>
    </message>
</context>
<context>
    <name>AlertBadges</name>
    <message>
        <source>No medical profile recorded</source>
        <translation>Aucun profil médical enregistré</translation>
    </message>
    <message>
        <source>Record one with Edit patient… before treating.</source>
        <translation>Enregistrez-le avec Modifier le patient… avant de traiter.</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Anticoagulants</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Enceinte ou allaitante</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendance aux chéloïdes</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Maladie auto-immune</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Peur des aiguilles</translation>
    </message>
    <message>
        <source>No alerts in the medical profile</source>
        <translation>Aucune alerte dans le profil médical</translation>
    </message>
    <message>
        <source>see profile</source>
        <translation>voir le profil</translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation>Allergies : {0}</translation>
    </message>
</context>
<context>
    <name>AllergenHint</name>
    <message>
        <source>Add to allergens</source>
        <translation>Ajouter aux allergènes</translation>
    </message>
    <message>
        <source>Add {names} to the screened allergens?</source>
        <translation>Ajouter {names} aux allergènes dépistés&#xa0;?</translation>
    </message>
    <message>
        <source>Add all to allergens</source>
        <translation>Tout ajouter aux allergènes</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>— no practitioner recorded —</source>
        <translation>— aucun praticien enregistré —</translation>
    </message>
    <message>
        <source>Why the session did not take place</source>
        <translation>Pourquoi la séance n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Patient {0}</source>
        <translation>Patient {0}</translation>
    </message>
    <message>
        <source>Who saw or changed this record</source>
        <translation>Qui a consulté ou modifié ce dossier</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <source>(every patient)</source>
        <translation>(tous les patients)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(tout le monde)</translation>
    </message>
    <message>
        <source>No patient matches “{0}”.</source>
        <translation>Aucun patient ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>“{0}” is not a date; type it as {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date&#xa0;; saisissez-la au format {1}.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Le dernier jour est antérieur au premier.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit was not exported: {0}</source>
        <translation>Le journal d&apos;audit n&apos;a pas été exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup when mesodesk closed ({0}) failed: {1}</source>
        <translation>La sauvegarde à la fermeture de mesodesk ({0}) a échoué&#xa0;: {1}</translation>
    </message>
    <message>
        <source>it did not finish within {0:g} seconds.</source>
        <translation>elle ne s&apos;est pas terminée en {0:g} secondes.</translation>
    </message>
    <message>
        <source>the backup&apos;s check failed: {0}</source>
        <translation>la vérification de la sauvegarde a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Last backup: …</source>
        <translation>Dernière sauvegarde&#xa0;: …</translation>
    </message>
    <message>
        <source>Backups: on the server, scheduled on one computer</source>
        <translation>Sauvegardes&#xa0;: sur le serveur, planifiées sur un ordinateur</translation>
    </message>
    <message>
        <source>A clinic on a server is backed up by pg_dump on the server, or by `mesodesk backup --auto --database-url URL` scheduled on one computer; File → Back up database… writes a checked copy now.</source>
        <translation>Un cabinet hébergé sur un serveur est sauvegardé par pg_dump sur le serveur, ou par `mesodesk backup --auto --database-url URL` planifié sur un ordinateur&#xa0;; Fichier → Sauvegarder la base de données… écrit immédiatement une copie vérifiée.</translation>
    </message>
    <message>
        <source>Last backup: unknown</source>
        <translation>Dernière sauvegarde&#xa0;: inconnue</translation>
    </message>
    <message>
        <source>No good backup yet</source>
        <translation>Pas encore de sauvegarde valide</translation>
    </message>
    <message>
        <source>Last good backup: {0}</source>
        <translation>Dernière sauvegarde valide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Last good backup {0} days ago</source>
        <translation>Dernière sauvegarde valide il y a {0} jours</translation>
    </message>
    <message>
        <source>Backups are made by themselves; the Backups page lists them and sets how often.</source>
        <translation>Les sauvegardes se font automatiquement&#xa0;; la page Sauvegardes les liste et en règle la fréquence.</translation>
    </message>
    <message>
        <source>The last good backup is older than the clinic&apos;s setting ({0} days). Back up now from the Backups page, and check the backup folder.</source>
        <translation>La dernière sauvegarde valide date de plus longtemps que le réglage du cabinet ({0} jours). Sauvegardez maintenant depuis la page Sauvegardes et vérifiez le dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>last backup failed</source>
        <translation>échec de la dernière sauvegarde</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The automatic backup&apos;s check failed: {0}</source>
        <translation>La vérification de la sauvegarde automatique a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(chiffré)</translation>
    </message>
    <message>
        <source>Of another database</source>
        <translation>D’une autre base de données</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A backup of another database kept in the same folder (perhaps with the same file name): it is not a backup of this one and is not restored here.</source>
        <translation>Une sauvegarde d’une autre base de données rangée dans le même dossier (peut-être sous le même nom de fichier) : ce n’est pas une sauvegarde de celle-ci, et elle n’est pas restaurée ici.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backups in this folder yet. mesodesk makes one by itself when it is due.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l&apos;instant. mesodesk en fait une automatiquement quand elle est due.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>{0} backups in {1}; the newest good one was taken {2}.</source>
        <translation>{0} sauvegardes dans {1}&#xa0;; la plus récente valide a été faite le {2}.</translation>
    </message>
    <message>
        <source>No good backup in {0} yet.</source>
        <translation>Pas encore de sauvegarde valide dans {0}.</translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation>La sauvegarde n&apos;a pas été faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}</source>
        <translation>Sauvegarde faite et vérifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The backup {0} was written but its check failed: {1}</source>
        <translation>La sauvegarde {0} a été écrite mais sa vérification a échoué&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The folder {0} does not exist yet; it is made with the first backup.</source>
        <translation>Le dossier {0} n&apos;existe pas encore&#xa0;; il sera créé à la première sauvegarde.</translation>
    </message>
    <message>
        <source>The backup settings were not saved: {0}</source>
        <translation>Les réglages de sauvegarde n&apos;ont pas été enregistrés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Réglages de sauvegarde enregistrés.</translation>
    </message>
</context>
<context>
    <name>BusySave</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>This session is {status} and cannot be cancelled.</source>
        <translation>Cette séance est {status} et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Cancel {patient}&apos;s session of {when}.

Reason (optional), e.g. “called in sick”:</source>
        <translation>Annuler la séance de {patient} du {when}.

Motif (facultatif), p. ex. «&#xa0;a prévenu&#xa0;: malade&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Session not cancelled</source>
        <translation>Séance non annulée</translation>
    </message>
    <message>
        <source>Cancelled {patient}&apos;s session of {when}.</source>
        <translation>Séance de {patient} du {when} annulée.</translation>
    </message>
    <message>
        <source>Drop the session in a practitioner&apos;s column.</source>
        <translation>Déposez la séance dans la colonne d&apos;un praticien.</translation>
    </message>
    <message>
        <source>Moved {patient} to {when}.</source>
        <translation>Séance de {patient} déplacée au {when}.</translation>
    </message>
    <message>
        <source>Now with {who}.</source>
        <translation>Désormais avec {who}.</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>1 séance suivante de la cure a aussi été déplacée.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>{n} séances suivantes de la cure ont aussi été déplacées.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>Séance non déplacée</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Previous day or week (PageUp, Alt+Left)</source>
        <translation>Jour ou semaine précédent(e) (Page préc., Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next day or week (PageDown, Alt+Right)</source>
        <translation>Jour ou semaine suivant(e) (Page suiv., Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today (T or Home)</source>
        <translation>Revenir à aujourd&apos;hui (T ou Début)</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Réserver…</translation>
    </message>
    <message>
        <source>Book a session in the selected free slot (Ctrl+B or Insert)</source>
        <translation>Réserver une séance sur le créneau libre sélectionné (Ctrl+B ou Inser)</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <source>Cancel the selected session and offer a replacement slot (Delete)</source>
        <translation>Annuler la séance sélectionnée et proposer un créneau de remplacement (Suppr)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>One day, a column per practitioner (D)</source>
        <translation>Un jour, une colonne par praticien (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Monday to Sunday; with several practitioners it scrolls sideways (W)</source>
        <translation>Du lundi au dimanche&#xa0;; avec plusieurs praticiens, l&apos;affichage défile horizontalement (W)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: {0}</source>
        <translation>Les praticiens n&apos;ont pas pu être chargés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: {0}</source>
        <translation>L&apos;agenda n&apos;a pas pu être chargé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sans praticien</translation>
    </message>
    <message>
        <source>The selected slot is taken: choose a free slot to book.</source>
        <translation>Le créneau sélectionné est pris&#xa0;: choisissez un créneau libre pour réserver.</translation>
    </message>
    <message>
        <source>Select a session to cancel.</source>
        <translation>Sélectionnez une séance à annuler.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>&amp;Annuler la séance…</translation>
    </message>
    <message>
        <source>&amp;New session at {0}…</source>
        <translation>&amp;Nouvelle séance à {0}…</translation>
    </message>
    <message>
        <source>Click to see this day.</source>
        <translation>Cliquez pour voir ce jour.</translation>
    </message>
    <message>
        <source>Click to see only this practitioner.</source>
        <translation>Cliquez pour ne voir que ce praticien.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{start} – {end} (week {week})</source>
        <translation>{start} – {end} (semaine {week})</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} séances</translation>
    </message>
    <message>
        <source>{n} cancelled or missed</source>
        <translation>{n} annulées ou manquées</translation>
    </message>
    <message>
        <source>Done sessions are never moved; open the session to amend its record.</source>
        <translation>Les séances terminées ne sont jamais déplacées&#xa0;; ouvrez la séance pour modifier son dossier.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Une séance annulée ou manquée garde sa date&#xa0;; prenez plutôt un rendez-vous de remplacement.</translation>
    </message>
    <message>
        <source>{start}–{end}, {patient}, {status}, {who}</source>
        <translation>{start}–{end}, {patient}, {status}, {who}</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>aucun praticien</translation>
    </message>
    <message>
        <source>{status} · {who}</source>
        <translation>{status} · {who}</translation>
    </message>
    <message>
        <source>Areas: {0}</source>
        <translation>Zones&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Produits&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Part of a treatment course</source>
        <translation>Fait partie d&apos;une cure</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Manque au dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>A screening block was overridden with a reason</source>
        <translation>Un blocage du dépistage a été levé avec un motif</translation>
    </message>
    <message>
        <source>Drag to move; double-click or Enter to open.</source>
        <translation>Faites glisser pour déplacer&#xa0;; double-cliquez ou appuyez sur Entrée pour ouvrir.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Click to open this day.</source>
        <translation>Cliquez pour ouvrir ce jour.</translation>
    </message>
    <message>
        <source>Choose one practitioner to see them all.</source>
        <translation>Choisissez un praticien pour tous les voir.</translation>
    </message>
    <message>
        <source>Clinic calendar</source>
        <translation>Agenda du cabinet</translation>
    </message>
    <message>
        <source>{n} sessions. Arrows move the cursor, Enter opens a session or books a free slot, Ctrl+B or Insert books it, Delete cancels a session, PageUp and PageDown change the day or week, T goes to today.</source>
        <translation>{n} séances. Les flèches déplacent le curseur, Entrée ouvre une séance ou réserve un créneau libre, Ctrl+B ou Inser le réserve, Suppr annule une séance, Page préc. et Page suiv. changent de jour ou de semaine, T revient à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Free: {who}, {when}</source>
        <translation>Libre&#xa0;: {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Trop de tentatives échouées. Attendez {0} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>The password was not changed: {0}</source>
        <translation>Le mot de passe n&apos;a pas été modifié&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ChartHeader</name>
    <message>
        <source>Edit patient…</source>
        <translation>Modifier le patient…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Patient record…</source>
        <translation>Dossier du patient…</translation>
    </message>
    <message>
        <source>This patient could not be loaded</source>
        <translation>Ce patient n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>{0} years old</source>
        <translation>{0} ans</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>né(e) le {0}</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <source>Archived on {0}: {1}</source>
        <translation>Archivé le {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore the patient to record new sessions.</source>
        <translation>Restaurez le patient pour enregistrer de nouvelles séances.</translation>
    </message>
</context>
<context>
    <name>ChartHost</name>
    <message>
        <source>← Patient list</source>
        <translation>← Liste des patients</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Pre-procedure checklist</source>
        <translation>Liste de contrôle avant l&apos;acte</translation>
    </message>
    <message>
        <source>If not ticked: why</source>
        <translation>Si non coché&#xa0;: pourquoi</translation>
    </message>
    <message>
        <source>Note for: {item}</source>
        <translation>Note pour&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Tic&amp;k all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <source>Not filled in yet: needed before marking done.</source>
        <translation>Pas encore rempli&#xa0;: nécessaire avant de marquer comme terminée.</translation>
    </message>
    <message>
        <source>{n} item(s) unticked without a note.</source>
        <translation>{n} élément(s) non coché(s) sans note.</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Complet.</translation>
    </message>
    <message>
        <source>Consultation held and expectations discussed</source>
        <translation>Consultation effectuée et attentes discutées</translation>
    </message>
    <message>
        <source>Medical history reviewed today</source>
        <translation>Antécédents médicaux revus aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Blood thinners stopped as advised (or not taking any)</source>
        <translation>Anticoagulants arrêtés comme conseillé (ou aucun)</translation>
    </message>
    <message>
        <source>No alcohol or smoking in the last few days</source>
        <translation>Ni alcool ni tabac ces derniers jours</translation>
    </message>
    <message>
        <source>No sunburn or irritation on the area</source>
        <translation>Pas de coup de soleil ni d&apos;irritation sur la zone</translation>
    </message>
    <message>
        <source>No recent peel or laser treatment on the area</source>
        <translation>Pas de peeling ni de laser récent sur la zone</translation>
    </message>
    <message>
        <source>Skin cleansed and disinfected</source>
        <translation>Peau nettoyée et désinfectée</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Clinic details</source>
        <translation>Coordonnées du cabinet</translation>
    </message>
    <message>
        <source>As printed on aftercare sheets and consent forms</source>
        <translation>Tel qu&apos;imprimé sur les fiches de soins post-séance et les formulaires de consentement</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nom du cabinet</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>p. ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>After-hours number or what to do, printed near the warning signs</source>
        <translation>Numéro hors heures d&apos;ouverture ou conduite à tenir, imprimé près des signes d&apos;alerte</translation>
    </message>
    <message>
        <source>&amp;Emergency / after hours</source>
        <translation>&amp;Urgences / hors heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Time, dates and paper</source>
        <translation>Heure, dates et papier</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>{format}   (e.g. {example})</source>
        <translation>{format}   (p. ex. {example})</translation>
    </message>
    <message>
        <source>&amp;Date format</source>
        <translation>Format de &amp;date</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Format du &amp;papier</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>With no keyboard or mouse use for this long, the desk locks itself.</source>
        <translation>Sans utilisation du clavier ou de la souris pendant cette durée, le poste se verrouille.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>&amp;Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Window lang&amp;uage</source>
        <translation>Langue de l&apos;&amp;interface</translation>
    </message>
    <message>
        <source>Patients without a lan&amp;guage get sheets in</source>
        <translation>Les patients &amp;sans langue reçoivent les fiches en</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>PNG or JPEG under 1 MB, printed at the top of aftercare sheets and consent forms. A wide logo on a white or transparent background prints best.</source>
        <translation>PNG ou JPEG de moins de 1 Mo, imprimé en haut des fiches de soins post-séance et des formulaires de consentement. Un logo large sur fond blanc ou transparent s&apos;imprime le mieux.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Consent must be recorded before a session is mar&amp;ked done</source>
        <translation>Le consentement doit être enregistré avant qu&apos;une séance soit &amp;marquée terminée</translation>
    </message>
    <message>
        <source>When ticked, a session without recorded consent cannot be marked done. Untick only if your clinic records consent elsewhere.</source>
        <translation>Si coché, une séance sans consentement enregistré ne peut pas être marquée terminée. Ne décochez que si votre cabinet enregistre le consentement ailleurs.</translation>
    </message>
    <message>
        <source>Put patients&apos; names in the &amp;file names offered for saving</source>
        <translation>Mettre le nom des patients dans les noms de fic&amp;hiers proposés à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Unticked, aftercare sheets are named by date, time and session number and calendar files by patient number, so a folder listing, a backup drive or a synced folder shows no patient&apos;s name.</source>
        <translation>Si décoché, les fiches de soins post-séance sont nommées par date, heure et numéro de séance, et les fichiers d&apos;agenda par numéro de patient&#xa0;: ainsi, aucun nom de patient n&apos;apparaît dans la liste d&apos;un dossier, sur un disque de sauvegarde ou dans un dossier synchronisé.</translation>
    </message>
    <message>
        <source>Show the injection &amp;map on aftercare sheets</source>
        <translation>Afficher la &amp;carte des injections sur les fiches de soins post-séance</translation>
    </message>
    <message>
        <source>A small diagram of where the injections were given, for sessions with marks.</source>
        <translation>Un petit schéma des points d&apos;injection, pour les séances avec repères.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Les réglages n&apos;ont pas pu être lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s time zone.</source>
        <translation>Choisissez le fuseau horaire du cabinet.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: pick one from the list, e.g. Europe/London.</source>
        <translation>«&#xa0;{zone}&#xa0;» n&apos;est pas un fuseau horaire&#xa0;: choisissez-en un dans la liste, p. ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} was not used: {reason}</source>
        <translation>{name} n&apos;a pas été utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>The logo will be removed when you press OK or Apply.</source>
        <translation>Le logo sera supprimé lorsque vous cliquerez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} pixels, {size} Ko</translation>
    </message>
    <message>
        <source>saved when you press OK or Apply</source>
        <translation>enregistré lorsque vous cliquerez sur OK ou Appliquer</translation>
    </message>
    <message>
        <source>Type part of a city, e.g. “Paris”, and pick the zone from the list.</source>
        <translation>Saisissez une partie d&apos;un nom de ville, p. ex. «&#xa0;Paris&#xa0;», et choisissez le fuseau dans la liste.</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source>The language of mesodesk&apos;s window, and how it writes dates and numbers.</source>
        <translation>La langue de la fenêtre de mesodesk, et l&apos;écriture des dates et des nombres.</translation>
    </message>
    <message>
        <source>Takes effect the next time mesodesk starts.</source>
        <translation>Prend effet au prochain démarrage de mesodesk.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Comparer des photos</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposition</translation>
    </message>
    <message>
        <source>&amp;First of the course vs latest</source>
        <translation>&amp;Première de la cure / la plus récente</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Gauche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Droite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrows to move, 0 to fit.</source>
        <translation>Molette ou +/− pour zoomer, glisser ou flèches pour déplacer, 0 pour ajuster.</translation>
    </message>
    <message>
        <source>Divider:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Right photo opacity:</source>
        <translation>Opacité de la photo de droite&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Modifié à un autre poste</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>%1 saved this record%2 after you opened it.</source>
        <translation>%1 a enregistré ce dossier%2 après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record after you opened it.</source>
        <translation>Quelqu&apos;un à un autre poste a enregistré ce dossier après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Nothing of yours is saved yet. Here is what differs:</source>
        <translation>Rien de votre saisie n&apos;est encore enregistré. Voici les différences&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs (saved by %1)</source>
        <translation>Leur version (enregistrée par %1)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Leur version (enregistrée)</translation>
    </message>
    <message>
        <source>Yours (typed)</source>
        <translation>Votre version (saisie)</translation>
    </message>
    <message>
        <source>&amp;Take theirs and re-apply mine</source>
        <translation>&amp;Prendre leur version et réappliquer la mienne</translation>
    </message>
    <message>
        <source>Load what was saved, then put back the fields you changed, to check and save.</source>
        <translation>Charger ce qui a été enregistré, puis remettre les champs que vous avez modifiés, pour vérifier et enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Save your values over theirs; the history records the overwrite.</source>
        <translation>Enregistrer vos valeurs par-dessus les leurs&#xa0;; l&apos;historique garde trace de l&apos;écrasement.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Patient has read and si&amp;gned the form</source>
        <translation>Le patient a lu et si&amp;gné le formulaire</translation>
    </message>
    <message>
        <source>Print consent &amp;form…</source>
        <translation>Imprimer le &amp;formulaire de consentement…</translation>
    </message>
    <message>
        <source>No consent text is set up for this treatment.</source>
        <translation>Aucun texte de consentement n&apos;est défini pour ce traitement.</translation>
    </message>
    <message>
        <source>Consent text: {label}, version {v}.</source>
        <translation>Texte de consentement&#xa0;: {label}, version {v}.</translation>
    </message>
    <message>
        <source>Consent given {when} to: {label}.</source>
        <translation>Consentement donné le {when} pour&#xa0;: {label}.</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation>Actions sur la cure</translation>
    </message>
    <message>
        <source>Mark &amp;abandoned…</source>
        <translation>Marquer comme &amp;abandonnée…</translation>
    </message>
    <message>
        <source>&amp;Reopen course</source>
        <translation>&amp;Rouvrir la cure</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>tous les {n} jours</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} sur {total} effectuées</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation>{n} manquées</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>prochaine le {when}</translation>
    </message>
    <message>
        <source>maintenance due {date}</source>
        <translation>entretien prévu le {date}</translation>
    </message>
    <message>
        <source>no next session booked</source>
        <translation>aucune prochaine séance réservée</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>a practitioner must confirm before the session is marked done</source>
        <translation>un praticien doit confirmer avant que la séance soit marquée effectuée</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouvelle cure</translation>
    </message>
    <message>
        <source>No dates proposed.</source>
        <translation>Aucune date proposée.</translation>
    </message>
    <message>
        <source>No dates proposed. {reason}</source>
        <translation>Aucune date proposée. {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Rien n&apos;a été enregistré. {reason}</translation>
    </message>
    <message>
        <source>New course for {name}</source>
        <translation>Nouvelle cure pour {name}</translation>
    </message>
    <message>
        <source>&amp;Propose dates</source>
        <translation>&amp;Proposer des dates</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Créer la cure</translation>
    </message>
    <message>
        <source>The course changed: propose the dates again (Enter).</source>
        <translation>La cure a changé&#xa0;: proposez à nouveau les dates (Entrée).</translation>
    </message>
    <message>
        <source>Screening: nothing to report.</source>
        <translation>Dépistage : rien à signaler.</translation>
    </message>
    <message>
        <source>Screening blocks this treatment: the course can be planned, but {note}.</source>
        <translation>Le dépistage bloque ce traitement&#xa0;: la cure peut être planifiée, mais {note}.</translation>
    </message>
</context>
<context>
    <name>CourseProgressList</name>
    <message>
        <source>Courses</source>
        <translation>Cures</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nouvelle cure…</translation>
    </message>
    <message>
        <source>No courses yet. Plan one with &lt;b&gt;New course…&lt;/b&gt; to book its sessions.</source>
        <translation>Aucune cure pour l&apos;instant. Planifiez-en une avec &lt;b&gt;Nouvelle cure…&lt;/b&gt; pour réserver ses séances.</translation>
    </message>
    <message>
        <source>Courses ({n})</source>
        <translation>Cures ({n})</translation>
    </message>
    <message>
        <source>Why is “{title}” abandoned?</source>
        <translation>Pourquoi «&#xa0;{title}&#xa0;» est-elle abandonnée&#xa0;?</translation>
    </message>
    <message>
        <source>Its planned sessions still to come are cancelled (they stay in the record).</source>
        <translation>Ses séances prévues à venir sont annulées (elles restent dans le dossier).</translation>
    </message>
    <message>
        <source>Mark course abandoned</source>
        <translation>Marquer la cure comme abandonnée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
</context>
<context>
    <name>CourseShift</name>
    <message>
        <source>Shift the course&apos;s 1 later session to keep the interval?</source>
        <translation>Décaler la séance suivante de la cure pour garder l&apos;intervalle ?</translation>
    </message>
    <message>
        <source>Shift the course&apos;s {n} later sessions to keep the interval?</source>
        <translation>Décaler les {n} séances suivantes de la cure pour garder l&apos;intervalle ?</translation>
    </message>
    <message>
        <source>Yes moves them too where the interval would shrink; No moves only this session; Cancel leaves everything as it is.</source>
        <translation>Oui les décale aussi là où l&apos;intervalle raccourcirait ; Non ne déplace que cette séance ; Annuler ne change rien.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Send appointments to the patient (.ics)…</source>
        <translation>Envoyer les rendez-vous au patient (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file of the upcoming sessions, for the patient&apos;s phone</source>
        <translation>Un fichier d&apos;agenda des prochaines séances, pour le téléphone du patient</translation>
    </message>
    <message>
        <source>Save appointments</source>
        <translation>Enregistrer les rendez-vous</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Fichier d&apos;agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>The date {date} does not exist.</source>
        <translation>La date {date} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Add the time, as {example}.</source>
        <translation>Ajoutez l&apos;heure, au format {example}.</translation>
    </message>
    <message>
        <source>That time does not exist; use 00:00 to 23:59.</source>
        <translation>Cette heure n&apos;existe pas&#xa0;; utilisez 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>Type the date as {example}.</source>
        <translation>Saisissez la date au format {example}.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/jj/aaaa</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
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
        <translation>mesodesk (verrouillé)</translation>
    </message>
</context>
<context>
    <name>DeskPeople</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Log out / &amp;Lock</source>
        <translation>Se déconnecter / &amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>A&amp;udit…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Who saw or changed this &amp;record…</source>
        <translation>Qui a consulté ou modifié ce &amp;dossier…</translation>
    </message>
    <message>
        <source>Quit mesodesk</source>
        <translation>Quitter mesodesk</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) another user left open are kept for them and may hold unsaved work. Quit anyway and lose it?</source>
        <translation>
            <numerusform>%n fenêtre laissée ouverte par un autre utilisateur est conservée pour lui et peut contenir du travail non enregistré. Quitter quand même et le perdre&#xa0;?</numerusform>
            <numerusform>%n fenêtres laissées ouvertes par un autre utilisateur sont conservées pour lui et peuvent contenir du travail non enregistré. Quitter quand même et le perdre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Face, front</source>
        <translation>Visage, de face</translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <translation>Visage, profil gauche</translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <translation>Visage, profil droit</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation>Cou et décolleté</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corps, de face</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corps, de dos</translation>
    </message>
    <message>
        <source>Hands (backs)</source>
        <translation>Mains (dos)</translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <translation>Cuir chevelu, vu de dessus</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Résolu le {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Mesure&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No adverse events recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reactions seen during a session are noted in that session; complications reported later are listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun événement indésirable enregistré.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les réactions observées pendant une séance sont notées dans cette séance&#xa0;; les complications signalées plus tard sont listées ici.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Screening</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <source>To mark the session done despite a stop, the practitioner confirms it and records why for each stop (kept with the session and in the audit).</source>
        <translation>Pour marquer la séance terminée malgré un arrêt, le praticien le confirme et en indique le motif pour chaque arrêt (conservé avec la séance et dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Screening runs as soon as a treated area or product is chosen.</source>
        <translation>Le dépistage se lance dès qu&apos;une zone traitée ou un produit est choisi.</translation>
    </message>
    <message>
        <source>Nothing found against this treatment in the medical history.</source>
        <translation>Rien dans les antécédents médicaux ne s&apos;oppose à ce traitement.</translation>
    </message>
    <message>
        <source>Went ahead despite a stop — {by}, {when}:</source>
        <translation>Réalisé malgré un arrêt — {by}, {when}&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>FirstAdminBox</name>
    <message>
        <source>Your account (the clinic&apos;s admin)</source>
        <translation>Votre compte (administrateur du cabinet)</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account. Yours manages the clinic: settings, accounts for the others, backups and the audit.</source>
        <translation>Chacun se connecte avec son propre compte. Le vôtre gère le cabinet&#xa0;: réglages, comptes des autres, sauvegardes et journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Yo&amp;ur name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <source>e.g. ana.ruiz</source>
        <translation>p. ex. ana.ruiz</translation>
    </message>
    <message>
        <source>Lo&amp;gin name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>I also treat patients (I am the &amp;first practitioner)</source>
        <translation>Je &amp;soigne aussi des patients (je suis le premier praticien)</translation>
    </message>
    <message>
        <source>A new practitioner record with my name</source>
        <translation>Une nouvelle fiche praticien à mon nom</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to mesodesk</source>
        <translation>Bienvenue dans mesodesk</translation>
    </message>
    <message>
        <source>mesodesk now has accounts: everyone signs in with their own. Create yours first; it manages the clinic and the others&apos; accounts.</source>
        <translation>mesodesk utilise désormais des comptes&#xa0;: chacun se connecte avec le sien. Créez d&apos;abord le vôtre&#xa0;; il gère le cabinet et les comptes des autres.</translation>
    </message>
    <message>
        <source>A few details to start. They are printed on aftercare sheets and consent forms, and can be changed later in Clinic → Settings.</source>
        <translation>Quelques informations pour commencer. Elles sont imprimées sur les fiches de soins post-séance et les formulaires de consentement, et peuvent être modifiées plus tard dans Cabinet → Réglages.</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nom du cabinet</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>The number patients call</source>
        <translation>Le numéro que les patients appellent</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>After-hours number or what to do</source>
        <translation>Numéro hors heures d&apos;ouverture ou conduite à tenir</translation>
    </message>
    <message>
        <source>&amp;After hours</source>
        <translation>&amp;Hors heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
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
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Ouverture</translation>
    </message>
    <message>
        <source>C&amp;loses</source>
        <translation>Fermet&amp;ure</translation>
    </message>
    <message>
        <source>Lunch breaks and closed dates can be added later in Settings.</source>
        <translation>Les pauses déjeuner et les jours de fermeture peuvent être ajoutés plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>First practitioner</source>
        <translation>Premier praticien</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation>p. ex. Dr Ana Ruiz</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>e.g. Aesthetic physician</source>
        <translation>p. ex. Médecin esthétique</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tit&amp;re</translation>
    </message>
    <message>
        <source>Load the &amp;demo catalog of products (examples you can edit or archive)</source>
        <translation>Charger le catalogue de produits de &amp;démonstration (exemples modifiables ou archivables)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Redemander au prochain démarrage</translation>
    </message>
    <message>
        <source>Your account was not created: {reason}</source>
        <translation>Votre compte n&apos;a pas été créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation>Configurer plus tard</translation>
    </message>
    <message>
        <source>Leave the setup? Nothing is saved; it opens again at the next start.</source>
        <translation>Quitter la configuration&#xa0;? Rien n&apos;est enregistré&#xa0;; elle s&apos;ouvrira de nouveau au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Maintenance overdue</source>
        <translation>Entretien en retard</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Entretien à prévoir</translation>
    </message>
    <message>
        <source>No next session</source>
        <translation>Pas de prochaine séance</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Refuse d&apos;être contacté</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>prévu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <source>{reason} (+{n} more)</source>
        <translation>{reason} (+{n} autres)</translation>
    </message>
    <message>
        <source>{outcome} {date}</source>
        <translation>{outcome} {date}</translation>
    </message>
    <message>
        <source>The course is not finished and no session is booked.</source>
        <translation>La cure n&apos;est pas terminée et aucune séance n&apos;est réservée.</translation>
    </message>
    <message>
        <source>The course is finished; its maintenance session is due on {date}.</source>
        <translation>La cure est terminée ; sa séance d&apos;entretien est prévue le {date}.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Patients to call back: maintenance due, or a course with no next session booked. One row per patient; patients with a booked session are left out.</source>
        <translation>Patients à rappeler&#xa0;: entretien prévu, ou cure sans prochaine séance réservée. Une ligne par patient&#xa0;; les patients ayant une séance réservée ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>À appeler</translation>
    </message>
    <message>
        <source>Called, not interested</source>
        <translation>Appelé, pas intéressé</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Refuse d&apos;être contacté</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>due now or up to 3 months late</source>
        <translation>à faire ou jusqu&apos;à 3 mois de retard</translation>
    </message>
    <message>
        <source>up to a year late</source>
        <translation>jusqu&apos;à un an de retard</translation>
    </message>
    <message>
        <source>however late</source>
        <translation>quel que soit le retard</translation>
    </message>
    <message>
        <source>Widen to see patients who lapsed long ago (the export follows this choice)</source>
        <translation>Élargissez pour voir les patients perdus de vue depuis longtemps (l&apos;export suit ce choix)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Plan next session…</source>
        <translation>&amp;Planifier la prochaine séance…</translation>
    </message>
    <message>
        <source>Book the selected patient&apos;s next session (Ctrl+Enter)</source>
        <translation>Réserver la prochaine séance du patient sélectionné (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Call made &amp;on:</source>
        <translation>&amp;Date de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>&amp;Appelé</translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation>Pas &amp;intéressé</translation>
    </message>
    <message>
        <source>Opted o&amp;ut</source>
        <translation>Refuse d&apos;être &amp;contacté</translation>
    </message>
    <message>
        <source>The patient asked not to be called again</source>
        <translation>Le patient a demandé à ne plus être appelé</translation>
    </message>
    <message>
        <source>The follow-up list could not be loaded: {0}</source>
        <translation>La liste des relances n&apos;a pas pu être chargée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>Personne dans cette liste.</translation>
    </message>
    <message>
        <source>{n} patients ({parts})</source>
        <translation>{n} patients ({parts})</translation>
    </message>
    <message>
        <source>{shown} of {n} shown</source>
        <translation>{shown} sur {n} affichés</translation>
    </message>
    <message>
        <source>Nobody with this reason. Choose &lt;b&gt;All reasons&lt;/b&gt; to see everyone.</source>
        <translation>Personne avec ce motif. Choisissez &lt;b&gt;Tous les motifs&lt;/b&gt; pour voir tout le monde.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody to call.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Patients appear here two weeks before their maintenance session is due, and when a course has no next session booked. Widen the &lt;b&gt;window&lt;/b&gt; to see patients who lapsed long ago.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personne à appeler.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les patients apparaissent ici deux semaines avant la date prévue de leur séance d&apos;entretien, et lorsqu&apos;une cure n&apos;a pas de prochaine séance réservée. Élargissez la &lt;b&gt;période&lt;/b&gt; pour voir les patients perdus de vue depuis longtemps.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody in this list.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personne dans cette liste.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>Recorded for {name}.</source>
        <translation>Enregistré pour {name}.</translation>
    </message>
    <message>
        <source>Export the follow-up list</source>
        <translation>Exporter la liste des relances</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} rows saved to {file}.</source>
        <translation>{n} lignes enregistrées dans {file}.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>&lt;p&gt;Import patients from a spreadsheet saved as &lt;b&gt;CSV&lt;/b&gt; (comma, semicolon or tab separated; UTF-8 or Windows encoding). The first line names the columns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Required:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {optional}&lt;br&gt;Dates as 1985-03-12 or 12/03/1985. Rows that break a rule, and patients already recorded (same name and date of birth), are listed and not imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importez des patients depuis un tableur enregistré au format &lt;b&gt;CSV&lt;/b&gt; (séparateur virgule, point-virgule ou tabulation&#xa0;; encodage UTF-8 ou Windows). La première ligne nomme les colonnes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Obligatoires&#xa0;:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Facultatives&#xa0;:&lt;/b&gt; {optional}&lt;br&gt;Dates au format 1985-03-12 ou 12/03/1985. Les lignes qui enfreignent une règle, ainsi que les patients déjà enregistrés (mêmes nom et date de naissance), sont listés et non importés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation>Choisissez un fichier .csv…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is refused (all or nothing)</source>
        <translation>N&apos;importer &amp;rien si une ligne est refusée (tout ou rien)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Import patients from</source>
        <translation>Importer des patients depuis</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs enregistrés en CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Choisissez d&apos;abord le fichier à importer.</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Rien n&apos;a été importé. {0}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {n} refused row(s), and “all or nothing” was chosen. Correct the rows below and import again.</source>
        <translation>Rien n&apos;a été importé depuis {file}&#xa0;: {n} ligne(s) refusée(s), et «&#xa0;tout ou rien&#xa0;» était choisi. Corrigez les lignes ci-dessous et importez de nouveau.</translation>
    </message>
    <message>
        <source>1 patient imported from {file}.</source>
        <translation>1 patient importé depuis {file}.</translation>
    </message>
    <message>
        <source>{n} patients imported from {file}.</source>
        <translation>{n} patients importés depuis {file}.</translation>
    </message>
    <message>
        <source>1 row refused.</source>
        <translation>1 ligne refusée.</translation>
    </message>
    <message>
        <source>{n} rows refused.</source>
        <translation>{n} lignes refusées.</translation>
    </message>
    <message>
        <source>1 duplicate was not imported.</source>
        <translation>1 doublon n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>{n} duplicates were not imported.</source>
        <translation>{n} doublons n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Colonnes ignorées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>{name}: already recorded as {existing} (patient no. {id}), with the same date of birth.</source>
        <translation>{name}&#xa0;: déjà enregistré sous {existing} (patient n° {id}), avec la même date de naissance.</translation>
    </message>
    <message>
        <source>{name}: same name and date of birth as line {line}.</source>
        <translation>{name}&#xa0;: mêmes nom et date de naissance qu&apos;à la ligne {line}.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>and {n} more not listed</source>
        <translation>et {n} de plus non listés</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aiguille</translation>
    </message>
    <message>
        <source>add a mark</source>
        <translation>ajouter un repère</translation>
    </message>
    <message>
        <source>remove a mark</source>
        <translation>supprimer un repère</translation>
    </message>
    <message>
        <source>move a mark</source>
        <translation>déplacer un repère</translation>
    </message>
    <message>
        <source>change a mark</source>
        <translation>modifier un repère</translation>
    </message>
</context>
<context>
    <name>InjectionMapPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Click to place an injection point</source>
        <translation>Cliquez pour placer un point d&apos;injection</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Drag, or click both ends, for a line</source>
        <translation>Faites glisser, ou cliquez aux deux extrémités, pour une ligne</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Quadrillage</translation>
    </message>
    <message>
        <source>Drag a rectangle over a zone (nappage)</source>
        <translation>Faites glisser un rectangle sur une zone (nappage)</translation>
    </message>
    <message>
        <source>Sho&amp;w last session</source>
        <translation>&amp;Afficher la dernière séance</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Region for a mark from the keyboard</source>
        <translation>Région d&apos;un repère saisi au clavier</translation>
    </message>
    <message>
        <source>Add a &amp;mark here</source>
        <translation>Ajouter un &amp;repère ici</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Supprimer le repère</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Choose the area</source>
        <translation>Choisissez la zone</translation>
    </message>
    <message>
        <source>Place marks on the diagram: the volumes add up here.</source>
        <translation>Placez des repères sur le schéma&#xa0;: les volumes s&apos;additionnent ici.</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Par produit</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Par zone</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>Aucun produit</translation>
    </message>
    <message>
        <source>Area not chosen</source>
        <translation>Zone non choisie</translation>
    </message>
    <message>
        <source>No earlier session of this patient has marks.</source>
        <translation>Aucune séance antérieure de ce patient ne comporte de repères.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>The language of the texts shown; patients get their own</source>
        <translation>La langue des textes affichés&#xa0;; les patients reçoivent la leur</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>mesodesk is locked</source>
        <translation>mesodesk est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Se connecter en tant que &amp;quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Sign in to use the desk.</source>
        <translation>Connectez-vous pour utiliser le poste.</translation>
    </message>
    <message>
        <source>{0} is still signed in until someone else signs in.</source>
        <translation>{0} reste connecté jusqu&apos;à ce que quelqu&apos;un d&apos;autre se connecte.</translation>
    </message>
    <message>
        <source>Locked for {0}. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation>Verrouillé pour {0}. Saisissez votre mot de passe pour reprendre là où vous en étiez, ou connectez-vous en tant que quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to mesodesk</source>
        <translation>Se connecter à mesodesk</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>Connexion impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Trop de tentatives échouées. Attendez {0} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>LotEditor</name>
    <message>
        <source>New lot of {product}</source>
        <translation>Nouveau lot de {product}</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Tel qu&apos;imprimé sur l&apos;emballage, p. ex. L2407-118</translation>
    </message>
    <message>
        <source>Optional, e.g. 10</source>
        <translation>Facultatif, p. ex. 10</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>&amp;Lot number *</source>
        <translation>Numéro de &amp;lot *</translation>
    </message>
    <message>
        <source>&amp;Expiry date *</source>
        <translation>Date de &amp;péremption *</translation>
    </message>
    <message>
        <source>&amp;Quantity in stock</source>
        <translation>&amp;Quantité en stock</translation>
    </message>
    <message>
        <source>This date is past: the lot is expired and cannot be used in a session.</source>
        <translation>Cette date est passée&#xa0;: le lot est périmé et ne peut pas être utilisé dans une séance.</translation>
    </message>
    <message>
        <source>Expires today: the lot will be flagged as expiring soon.</source>
        <translation>Expire aujourd&apos;hui&#xa0;: le lot sera signalé comme bientôt périmé.</translation>
    </message>
    <message>
        <source>Expires in {n} days: the lot will be flagged as expiring soon.</source>
        <translation>Expire dans {n} jours&#xa0;: le lot sera signalé comme bientôt périmé.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Saisissez le numéro de lot imprimé sur l&apos;emballage.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 10 or 2.5, or leave it empty.</source>
        <translation>Saisissez un nombre, p. ex. 10 ou 2,5, ou laissez vide.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>That quantity is too large.</source>
        <translation>Cette quantité est trop grande.</translation>
    </message>
    <message>
        <source>The lot was not saved: {reason}</source>
        <translation>Le lot n&apos;a pas été enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Rappel de lot</translation>
    </message>
    <message>
        <source>Lists every patient who received a lot in a session marked done, newest first, with the contact details needed to reach them.</source>
        <translation>Liste tous les patients ayant reçu un lot lors d&apos;une séance marquée terminée, du plus récent au plus ancien, avec les coordonnées nécessaires pour les joindre.</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Tel qu&apos;imprimé sur l&apos;emballage, p. ex. L2407-118</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>Numéro de &amp;lot</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Type a lot number and press Find.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The lot number is printed on the product&apos;s pack and recorded with each treatment line of a session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Saisissez un numéro de lot et cliquez sur Rechercher.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le numéro de lot est imprimé sur l&apos;emballage du produit et enregistré avec chaque ligne de traitement d&apos;une séance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Saisissez le numéro du lot à rappeler.</translation>
    </message>
    <message>
        <source>Searching for lot {0}…</source>
        <translation>Recherche du lot {0}…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No done session used this lot.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planned or cancelled sessions are not listed: no one received the product in them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune séance terminée n&apos;a utilisé ce lot.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les séances prévues ou annulées ne sont pas listées&#xa0;: personne n&apos;y a reçu le produit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lot {lot} ({products}): {sessions}, {patients}</source>
        <translation>Lot {lot} ({products})&#xa0;: {sessions}, {patients}</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} séances</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} patients</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Exporter la liste de rappel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recall list was not exported. {0}</source>
        <translation>La liste de rappel n&apos;a pas été exportée. {0}</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation>{n} lignes enregistrées dans {path}.</translation>
    </message>
</context>
<context>
    <name>LotsPanel</name>
    <message>
        <source>Add &amp;lot…</source>
        <translation>Ajouter un &amp;lot…</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Archiver le lo&amp;t</translation>
    </message>
    <message>
        <source>&amp;Recall lot…</source>
        <translation>&amp;Rappel de lot…</translation>
    </message>
    <message>
        <source>Every patient and session that received the selected lot</source>
        <translation>Tous les patients et séances ayant reçu le lot sélectionné</translation>
    </message>
    <message>
        <source>Lots that expire within {days} days are marked “Expires soon”; expired lots are struck through and cannot be recorded in a session.</source>
        <translation>Les lots qui expirent dans les {days} jours sont marqués «&#xa0;Bientôt périmé&#xa0;»&#xa0;; les lots périmés sont barrés et ne peuvent pas être enregistrés dans une séance.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is signed in at this desk, so nothing was read or changed. Sign in, then try again.</source>
        <translation>Personne n&apos;est connecté à ce poste&#xa0;: rien n&apos;a été lu ni modifié. Connectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>Products &amp;&amp; lots</source>
        <translation>Produits &amp;&amp; lots</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <source>Open &amp;adverse events</source>
        <translation>&amp;Événements indésirables en cours</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;About mesodesk</source>
        <translation>À &amp;propos de mesodesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Dossier patient</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>Produits &amp; lots</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Rec&amp;hercher un patient</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importer des patients…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sauve&amp;gardes</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>&amp;Praticiens…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>&amp;Réglages du cabinet…</translation>
    </message>
    <message>
        <source>&amp;Lot recall…</source>
        <translation>Rappel de &amp;lot…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Choose the patient for the new session on {0} at {1:%H:%M}.</source>
        <translation>Choisissez le patient pour la nouvelle séance du {0} à {1:%H:%M}.</translation>
    </message>
    <message>
        <source>Your role does not open patients&apos; records.</source>
        <translation>Votre rôle ne permet pas d&apos;ouvrir les dossiers des patients.</translation>
    </message>
    <message>
        <source>{0}&apos;s account has been deactivated, so the desk is locked. Work left open is kept; sign in with an active account.</source>
        <translation>Le compte de {0} a été désactivé : le poste est verrouillé. Le travail resté ouvert est conservé ; connectez-vous avec un compte actif.</translation>
    </message>
    <message>
        <source>Your account&apos;s roles were changed: the window now offers what they allow.</source>
        <translation>Les rôles de votre compte ont changé : la fenêtre propose désormais ce qu&apos;ils permettent.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Injection map</source>
        <translation>Carte des injections</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Injection map</source>
        <translation>Carte des injections</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Show &amp;map…</source>
        <translation>Afficher la &amp;carte…</translation>
    </message>
    <message>
        <source>{n} marks on the map</source>
        <translation>{n} repères sur la carte</translation>
    </message>
    <message>
        <source>No injection map for this session.</source>
        <translation>Aucune carte des injections pour cette séance.</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Injection map</source>
        <translation>Carte des injections</translation>
    </message>
    <message>
        <source>Place the in&amp;jections on a diagram</source>
        <translation>Placer les in&amp;jections sur un schéma</translation>
    </message>
    <message>
        <source>With marks, the lines below follow them; without, fill in the lines.</source>
        <translation>Avec des repères, les lignes ci-dessous les suivent&#xa0;; sans repères, remplissez les lignes.</translation>
    </message>
</context>
<context>
    <name>MarkFields</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>From the kind of mark</source>
        <translation>Selon le type de repère</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Pr&amp;oduct</source>
        <translation>Pr&amp;oduit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Dept&amp;h</source>
        <translation>Profon&amp;deur</translation>
    </message>
    <message>
        <source>Techni&amp;que</source>
        <translation>Techni&amp;que</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aiguille</translation>
    </message>
    <message>
        <source>{number} (exp. {expiry})</source>
        <translation>{number} (pér. {expiry})</translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Grid (nappage)</source>
        <translation>Grille (nappage)</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>New &amp;password</source>
        <translation>Nouveau mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>At least the length the clinic asks for; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins la longueur exigée par le cabinet&#xa0;; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Saisissez de nouveau le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>ObservationsRow</name>
    <message>
        <source>Anaesthetic and reactions</source>
        <translation>Anesthésie et réactions</translation>
    </message>
    <message>
        <source>Topical &amp;anaesthetic</source>
        <translation>&amp;Anesthésie topique</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Produit anesthésiant</translation>
    </message>
    <message>
        <source>Product used: choose or type</source>
        <translation>Produit utilisé&#xa0;: choisir ou saisir</translation>
    </message>
    <message>
        <source>&amp;Immediate reactions observed:</source>
        <translation>&amp;Réactions immédiates observées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Tout ce qui mérite d&apos;être retenu sur cette séance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OldVersionPane</name>
    <message>
        <source>Older version (read-only)</source>
        <translation>Version antérieure (lecture seule)</translation>
    </message>
    <message>
        <source>Copy into the &amp;editor</source>
        <translation>Copier dans l&apos;&amp;éditeur</translation>
    </message>
    <message>
        <source>Edit this older text; saving it adds a new version.</source>
        <translation>Modifiez cet ancien texte&#xa0;; l&apos;enregistrer ajoute une nouvelle version.</translation>
    </message>
    <message>
        <source>&amp;Back to the text in use</source>
        <translation>&amp;Revenir au texte en usage</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>À quoi s&apos;attendre</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Appelez le cabinet en cas de</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte du consentement</translation>
    </message>
</context>
<context>
    <name>OpenEventTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non fixé</translation>
    </message>
    <message>
        <source>{date} · {days} overdue</source>
        <translation>{date} · {days} de retard</translation>
    </message>
    <message>
        <source>{date} · today</source>
        <translation>{date} · aujourd&apos;hui</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation>Téléphone : {0}</translation>
    </message>
    <message>
        <source>Not yet recorded whether this was reported to the authority.</source>
        <translation>Pas encore indiqué si ceci a été déclaré à l&apos;autorité.</translation>
    </message>
    <message>
        <source>Reported to the authority.</source>
        <translation>Déclaré à l&apos;autorité.</translation>
    </message>
    <message>
        <source>Not reported to the authority.</source>
        <translation>Non déclaré à l&apos;autorité.</translation>
    </message>
    <message>
        <source>Began on {0}</source>
        <translation>Début le {0}</translation>
    </message>
    <message>
        <source>The follow-up date has passed: contact the patient.</source>
        <translation>La date de suivi est passée : contactez le patient.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>+ second interval</source>
        <translation>+ deuxième plage</translation>
    </message>
    <message>
        <source>Add a second period, e.g. after a lunch break.</source>
        <translation>Ajouter une deuxième plage, p. ex. après une pause déjeuner.</translation>
    </message>
    <message>
        <source>Remove the second period</source>
        <translation>Supprimer la deuxième plage</translation>
    </message>
    <message>
        <source>Sessions are proposed and booked only inside these hours. Give a day a second period for a lunch break, or tick Closed.</source>
        <translation>Les séances ne sont proposées et réservées que pendant ces horaires. Donnez à un jour une deuxième plage pour une pause déjeuner, ou cochez Fermé.</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horaires hebdomadaires</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Copy &amp;Monday to Tuesday–Friday</source>
        <translation>Copier le &amp;lundi sur mardi–vendredi</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>Dates the clinic is closed</source>
        <translation>Dates de fermeture du cabinet</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Bank holidays, training days, holidays…</source>
        <translation>Jours fériés, formations, congés…</translation>
    </message>
    <message>
        <source>The opening hours could not be read: {reason}</source>
        <translation>Les horaires d&apos;ouverture n&apos;ont pas pu être lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The stored opening hours could not be used ({reason}); the usual hours are shown instead.</source>
        <translation>Les horaires d&apos;ouverture enregistrés n&apos;ont pas pu être utilisés ({reason})&#xa0;; les horaires habituels sont affichés à la place.</translation>
    </message>
    <message>
        <source>{day} has {count} periods; only the first two are shown and will be kept.</source>
        <translation>{day} a {count} plages&#xa0;; seules les deux premières sont affichées et seront conservées.</translation>
    </message>
    <message>
        <source>Opening hours not saved: {reason}</source>
        <translation>Horaires d&apos;ouverture non enregistrés&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>In the past; kept for the record.</source>
        <translation>Dans le passé&#xa0;; conservé pour mémoire.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Go ahead despite screening stops?</source>
        <translation>Poursuivre malgré les arrêts du dépistage&#xa0;?</translation>
    </message>
    <message>
        <source>Screening says stop. To mark this session done, record for each stop why it is safe to go ahead. The reasons are kept with the session, on the chart and in the audit.</source>
        <translation>Le dépistage demande l&apos;arrêt. Pour marquer cette séance terminée, indiquez pour chaque arrêt pourquoi il est sûr de poursuivre. Les motifs sont conservés avec la séance, dans le dossier et dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Go ahead and save</source>
        <translation>&amp;Poursuivre et enregistrer</translation>
    </message>
    <message>
        <source>Reason for going ahead despite: {stop}</source>
        <translation>Motif pour poursuivre malgré&#xa0;: {stop}</translation>
    </message>
    <message>
        <source>e.g. pregnancy test negative today; patient&apos;s GP agreed in writing</source>
        <translation>p. ex. test de grossesse négatif ce jour&#xa0;; accord écrit du médecin traitant</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead:</source>
        <translation>Pourquoi il est sûr de poursuivre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinic overview</source>
        <translation>Vue d&apos;ensemble du cabinet</translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Patients actifs</translation>
    </message>
    <message>
        <source>Archived patients</source>
        <translation>Patients archivés</translation>
    </message>
    <message>
        <source>Sessions recorded</source>
        <translation>Séances enregistrées</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add the first patient with &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) on the Patients page; the sessions you record appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun patient pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ajoutez le premier patient avec &lt;b&gt;Nouveau patient&lt;/b&gt; (Ctrl+N) sur la page Patients&#xa0;; les séances que vous enregistrez apparaissent ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a patient&apos;s chart and choose &lt;b&gt;New session&lt;/b&gt; (Ctrl+Shift+N); sessions appear here as soon as they are saved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune séance enregistrée pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ouvrez le dossier d&apos;un patient et choisissez &lt;b&gt;Nouvelle séance&lt;/b&gt; (Ctrl+Shift+N)&#xa0;; les séances apparaissent ici dès qu&apos;elles sont enregistrées.&lt;/p&gt;</translation>
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
        <translation>Séances</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cures</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Sessions ({0})</source>
        <translation>Séances ({0})</translation>
    </message>
    <message>
        <source>Courses ({0})</source>
        <translation>Cures ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0})</source>
        <translation>Événements indésirables ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0}, {1} open)</source>
        <translation>Événements indésirables ({0}, {1} en cours)</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archiver le patient</translation>
    </message>
    <message>
        <source>Archive {0}? Their records are kept and can be restored later, but they no longer appear in the patient list.

Reason (required):</source>
        <translation>Archiver {0}&#xa0;? Son dossier est conservé et pourra être restauré plus tard, mais le patient n&apos;apparaîtra plus dans la liste des patients.

Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>The patient was not archived: a reason is required.</source>
        <translation>Le patient n&apos;a pas été archivé&#xa0;: un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Restaurer le patient</translation>
    </message>
    <message>
        <source>Restore {0} to the patient list?</source>
        <translation>Remettre {0} dans la liste des patients&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record what the patient tells you at the first consultation.</source>
        <translation>Enregistrez ce que le patient vous dit lors de la première consultation.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No medical profile recorded yet.</source>
        <translation>Aucun profil médical enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Recorded {when} by {who}. Saving changes here keeps that version in the history.</source>
        <translation>Enregistré le {when} par {who}. Enregistrer des modifications ici conserve cette version dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Rien n&apos;a encore été enregistré&#xa0;: veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Possibly already registered: {who}</source>
        <translation>Peut-être déjà enregistré&#xa0;: {who}</translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation>pas de date de naissance</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[archivé]</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>A patient with the same name and date of birth is already registered:

{who}

Save this patient anyway?</source>
        <translation>Un patient avec les mêmes nom et date de naissance est déjà enregistré&#xa0;:

{who}

Enregistrer ce patient quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: check the possible duplicate first.</source>
        <translation>Non enregistré&#xa0;: vérifiez d&apos;abord le doublon possible.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Les modifications de l&apos;autre poste sont chargées et les vôtres sont réappliquées par-dessus&#xa0;: vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this patient. Save again to decide.</source>
        <translation>Non enregistré&#xa0;: un autre poste a modifié ce patient. Enregistrez de nouveau pour trancher.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>On blood thinners</source>
        <translation>Sous anticoagulants</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Maladie auto-immune</translation>
    </message>
    <message>
        <source>Autoimmune notes</source>
        <translation>Notes maladie auto-immune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendance aux chéloïdes</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Affections cutanées</translation>
    </message>
    <message>
        <source>Skin condition areas</source>
        <translation>Zones d&apos;affection cutanée</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Enceinte ou allaitante</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Peur des aiguilles</translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation>Notes du profil</translation>
    </message>
    <message>
        <source>This patient has changes that are not saved. Save them now?</source>
        <translation>Ce patient comporte des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
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
        <translation>&amp;Prénom *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>Nom de &amp;famille *</translation>
    </message>
    <message>
        <source>Type the date as {format}; leave empty if unknown.</source>
        <translation>Saisissez la date au format {format}&#xa0;; laissez vide si inconnue.</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de na&amp;issance</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>The clinic&apos;s language</source>
        <translation>La langue du cabinet</translation>
    </message>
    <message>
        <source>The language of this patient&apos;s aftercare sheets</source>
        <translation>La langue des fiches de soins post-séance de ce patient</translation>
    </message>
    <message>
        <source>Sheets &amp;in</source>
        <translation>Fiches &amp;en</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>p. ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Medical profile</source>
        <translation>Profil médical</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Substances, separated by commas</source>
        <translation>Substances, séparées par des virgules</translation>
    </message>
    <message>
        <source>A&amp;llergens</source>
        <translation>A&amp;llergènes</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>On blood &amp;thinners (aspirin, NSAIDs, anticoagulants)</source>
        <translation>Sous &amp;anticoagulants ou antiagrégants (aspirine, AINS, anticoagulants)</translation>
    </message>
    <message>
        <source>A&amp;utoimmune disease</source>
        <translation>Maladie a&amp;uto-immune</translation>
    </message>
    <message>
        <source>Which one, treatment</source>
        <translation>Laquelle, traitement</translation>
    </message>
    <message>
        <source>Tendency to &amp;keloids or hypertrophic scars</source>
        <translation>Tendance aux &amp;chéloïdes ou cicatrices hypertrophiques</translation>
    </message>
    <message>
        <source>e.g. eczema, active acne, rosacea</source>
        <translation>p. ex. eczéma, acné active, rosacée</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Affections cutanées</translation>
    </message>
    <message>
        <source>Areas with a skin condition</source>
        <translation>Zones présentant une affection cutanée</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current area.</source>
        <translation>Espace coche ou décoche la zone courante.</translation>
    </message>
    <message>
        <source>in the areas</source>
        <translation>dans les zones</translation>
    </message>
    <message>
        <source>P&amp;regnant or breastfeeding</source>
        <translation>Enceinte &amp;ou allaitante</translation>
    </message>
    <message>
        <source>Fear of needles</source>
        <translation>Peur des aiguilles</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Autres notes</translation>
    </message>
    <message>
        <source>{date} does not exist: check the day and the month.</source>
        <translation>{date} n&apos;existe pas&#xa0;: vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Type the date as {format}, for example {example}.</source>
        <translation>Saisissez la date au format {format}, par exemple {example}.</translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>This patient is archived.</source>
        <translation>Ce patient est archivé.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Search by name, date of birth ({format}) or phone</source>
        <translation>Rechercher par nom, date de naissance ({format}) ou téléphone</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Ctrl+F. Press ↓ to move into the list.</source>
        <translation>Ctrl+F. Appuyez sur ↓ pour aller dans la liste.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Ajouter un patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>1 patient matches</source>
        <translation>1 patient correspond</translation>
    </message>
    <message>
        <source>{n} patients match</source>
        <translation>{n} patients correspondent</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} patients</translation>
    </message>
    <message>
        <source>The patient list could not be read</source>
        <translation>La liste des patients n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>No patient matches “{text}”</source>
        <translation>Aucun patient ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Search by family or given name (accents and capitals do not matter), by date of birth as {format}, or by phone number.</source>
        <translation>Recherchez par nom de famille ou prénom (accents et majuscules indifférents), par date de naissance au format {format} ou par numéro de téléphone.</translation>
    </message>
    <message>
        <source>Tick “Show archived” to include archived patients.</source>
        <translation>Cochez «&#xa0;Afficher les archivés&#xa0;» pour inclure les patients archivés.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a new patient.</source>
        <translation>Appuyez sur Ctrl+N pour ajouter un nouveau patient.</translation>
    </message>
    <message>
        <source>All patients are archived</source>
        <translation>Tous les patients sont archivés</translation>
    </message>
    <message>
        <source>Tick “Show archived” to see them, or press Ctrl+N to add a new patient.</source>
        <translation>Cochez «&#xa0;Afficher les archivés&#xa0;» pour les voir, ou appuyez sur Ctrl+N pour ajouter un nouveau patient.</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Aucun patient pour l&apos;instant</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add the first patient.</source>
        <translation>Appuyez sur Ctrl+N pour ajouter le premier patient.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document is not ready to print.</source>
        <translation>Le document n&apos;est pas prêt à imprimer.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page.</source>
        <translation>La plage de pages choisie ne contient aucune page.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer. Vérifiez qu&apos;elle est allumée.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L&apos;imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Le PDF n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>This PDF could not be shown; you can still save it.</source>
        <translation>Ce PDF n&apos;a pas pu être affiché&#xa0;; vous pouvez quand même l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation>Page {current} sur {count}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimer {title}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{0}

Choose another folder and try again.</source>
        <translation>{0}

Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>PhotoConsent</name>
    <message>
        <source>Clinical record only</source>
        <translation>Dossier médical uniquement</translation>
    </message>
    <message>
        <source>Also teaching and marketing</source>
        <translation>Aussi enseignement et marketing</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importer %n photo</numerusform>
            <numerusform>Importer %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Détails de la photo</translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation>Aucune séance particulière</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Before or after:</source>
        <translation>&amp;Avant ou après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Patient agreed to:</source>
        <translation>Le &amp;patient a accepté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>mesodesk keeps a cleaned copy: the picture is turned upright and its camera data (EXIF, GPS position, maker notes) is removed.</source>
        <translation>mesodesk conserve une copie nettoyée&#xa0;: l&apos;image est redressée et ses données d&apos;appareil photo (EXIF, position GPS, notes du fabricant) sont supprimées.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PhotoPhase</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° gauche</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Profil gauche</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° droite</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Profil droit</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corps, de face</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corps, de dos</translation>
    </message>
    <message>
        <source>Body, left side</source>
        <translation>Corps, côté gauche</translation>
    </message>
    <message>
        <source>Body, right side</source>
        <translation>Corps, côté droit</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Gros plan</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importer des photos…</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Toutes les vues</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Remove from gallery</source>
        <translation>&amp;Retirer de la galerie</translation>
    </message>
    <message>
        <source>Camera &amp;folder…</source>
        <translation>Dossier de l&apos;appareil &amp;photo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No photos yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop photos here, use &lt;i&gt;Import photos…&lt;/i&gt;, or choose the camera folder this desk&apos;s camera or phone saves into.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune photo pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Déposez des photos ici, utilisez &lt;i&gt;Importer des photos…&lt;/i&gt;, ou choisissez le dossier dans lequel l&apos;appareil photo ou le téléphone de ce poste enregistre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation>Photos ({0})</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>Dossier de l&apos;appareil photo</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) in the camera folder: import them into this chart</source>
        <translation>
            <numerusform>%n nouvelle photo dans le dossier de l&apos;appareil photo&#xa0;: l&apos;importer dans ce dossier</numerusform>
            <numerusform>%n nouvelles photos dans le dossier de l&apos;appareil photo&#xa0;: les importer dans ce dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Comparer des photos</translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Détails de la photo</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Exporter la photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.png)</source>
        <translation>Images (*.jpg *.png)</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>Retirer de la galerie</translation>
    </message>
    <message>
        <source>Remove this photo from the gallery? It stays in the record&apos;s history.</source>
        <translation>Retirer cette photo de la galerie&#xa0;? Elle reste dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Pic&amp;k a folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Dos&amp;sier&#xa0;:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>only when mesodesk closes</source>
        <translation>uniquement à la fermeture de mesodesk</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sauvegarder &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Conserver les sauvegardes &amp;quotidiennes&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Conserver les sauvegardes &amp;hebdomadaires&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>Conserver les sauvegardes &amp;mensuelles&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>W&amp;arn when older than:</source>
        <translation>&amp;Avertir si plus ancienne que&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;ncrypt backups with a passphrase</source>
        <translation>Chi&amp;ffrer les sauvegardes avec une phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Type the passphrase:</source>
        <translation>Saisissez la &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Type it aga&amp;in:</source>
        <translation>Saisissez-la à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Save backup settin&amp;gs</source>
        <translation>Enregistrer les &amp;réglages de sauvegarde</translation>
    </message>
    <message>
        <source>{0} (beside the database)</source>
        <translation>{0} (à côté de la base de données)</translation>
    </message>
    <message>
        <source>Type a passphrase for the encrypted backups (twice).</source>
        <translation>Saisissez une phrase secrète pour les sauvegardes chiffrées (deux fois).</translation>
    </message>
    <message>
        <source>Use at least {0} characters for the passphrase.</source>
        <translation>Utilisez au moins {0} caractères pour la phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; saisissez la même dans les deux champs.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Unencrypted backups can be read by anyone who has the file: keep them on this computer or an encrypted disk.</source>
        <translation>Les sauvegardes non chiffrées peuvent être lues par quiconque possède le fichier&#xa0;: conservez-les sur cet ordinateur ou sur un disque chiffré.</translation>
    </message>
    <message>
        <source>A passphrase is set. Leave both fields empty to keep it, or type a new one twice. Without the passphrase an encrypted backup cannot be restored.</source>
        <translation>Une phrase secrète est définie. Laissez les deux champs vides pour la conserver, ou saisissez-en une nouvelle deux fois. Sans la phrase secrète, une sauvegarde chiffrée ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Type the passphrase twice and keep it somewhere safe: without it an encrypted backup cannot be restored.</source>
        <translation>Saisissez la phrase secrète deux fois et conservez-la en lieu sûr&#xa0;: sans elle, une sauvegarde chiffrée ne peut pas être restaurée.</translation>
    </message>
</context>
<context>
    <name>PractitionerCombo</name>
    <message>
        <source>All practitioners</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Practitioner {0}</source>
        <translation>Praticien {0}</translation>
    </message>
</context>
<context>
    <name>PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No practitioners yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Type a name on the right and press &lt;b&gt;Add&lt;/b&gt;. Every session records the practitioner who performed it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun praticien pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Saisissez un nom à droite et cliquez sur &lt;b&gt;Ajouter&lt;/b&gt;. Chaque séance enregistre le praticien qui l&apos;a réalisée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Afficher les a&amp;rchivés</translation>
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation>No&amp;uveau praticien</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>e.g. Dr Anna Berg</source>
        <translation>p. ex. Dr Anna Berg</translation>
    </message>
    <message>
        <source>Optional, e.g. Aesthetic physician</source>
        <translation>Facultatif, p. ex. Médecin esthétique</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Practitioners could not be loaded: {0}</source>
        <translation>Les praticiens n&apos;ont pas pu être chargés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>Nouveau praticien</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Renommer {name}</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Saisissez le nom du praticien.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} a été ajouté.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Enregistré sous {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} was archived; their sessions keep their name.</source>
        <translation>{name} a été archivé&#xa0;; ses séances gardent son nom.</translation>
    </message>
    <message>
        <source>{name} was restored.</source>
        <translation>{name} a été restauré.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Cannot prepare the document</source>
        <translation>Impossible de préparer le document</translation>
    </message>
    <message>
        <source>Aftercare sheet: {name}</source>
        <translation>Fiche de soins post-séance : {name}</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients</source>
        <translation>Fiches de soins post-séance : {n} patients</translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation>Formulaire de consentement : {name}</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation>Produit&#xa0;: {name}</translation>
    </message>
    <message>
        <source>As printed on the box, e.g. Lipo Contour 10 ml</source>
        <translation>Tel qu&apos;imprimé sur la boîte, p. ex. Lipo Contour 10 ml</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. caffeine, L-carnitine</source>
        <translation>Séparés par des virgules, p. ex. caféine, L-carnitine</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation>&amp;Fabricant</translation>
    </message>
    <message>
        <source>&amp;Solution type *</source>
        <translation>Type de &amp;solution *</translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation>&amp;Composants</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Type de solution</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours put back: check, then save.</source>
        <translation>Les modifications de l&apos;autre poste sont chargées et les vôtres réappliquées&#xa0;: vérifiez, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this product. Save again to decide.</source>
        <translation>Non enregistré&#xa0;: un autre poste a modifié ce produit. Enregistrez de nouveau pour trancher.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Saisissez le nom du produit.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Choisissez le type de solution.</translation>
    </message>
    <message>
        <source>The product was not saved: {reason}</source>
        <translation>Le produit n&apos;a pas été enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Expired 1 day ago</source>
        <translation>Périmé depuis 1 jour</translation>
    </message>
    <message>
        <source>Expired {n} days ago</source>
        <translation>Périmé depuis {n} jours</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Périme aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Expires soon: tomorrow</source>
        <translation>Périme bientôt : demain</translation>
    </message>
    <message>
        <source>Expires soon: in {n} days</source>
        <translation>Périme bientôt : dans {n} jours</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>No lots</source>
        <translation>Aucun lot</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 lot</translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation>{n} lots</translation>
    </message>
    <message>
        <source>{n} expiring soon</source>
        <translation>{n} périment bientôt</translation>
    </message>
    <message>
        <source>{n} expired</source>
        <translation>{n} périmés</translation>
    </message>
    <message>
        <source>{n} expired, none left</source>
        <translation>{n} périmés, épuisés</translation>
    </message>
    <message>
        <source>Products and lots</source>
        <translation>Produits et lots</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>&amp;Modifier le produit…</translation>
    </message>
    <message>
        <source>&amp;Archive product</source>
        <translation>&amp;Archiver le produit</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Afficher les a&amp;rchivés</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No products yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add each product the clinic injects with &lt;b&gt;New product…&lt;/b&gt;, under its solution type, with its ingredients.&lt;br&gt;Then record the lot number and expiry date of every box that arrives, so sessions can say which lot was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun produit pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ajoutez chaque produit injecté par le cabinet avec &lt;b&gt;Nouveau produit…&lt;/b&gt;, sous son type de solution, avec ses composants.&lt;br&gt;Enregistrez ensuite le numéro de lot et la date de péremption de chaque boîte reçue, afin que les séances puissent indiquer quel lot a été utilisé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Products could not be loaded: {0}</source>
        <translation>Les produits n&apos;ont pas pu être chargés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Select a product above to see its lots and their expiry dates.</source>
        <translation>Sélectionnez un produit ci-dessus pour voir ses lots et leurs dates de péremption.</translation>
    </message>
    <message>
        <source>Lots of {product}</source>
        <translation>Lots de {product}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No lots recorded for this product.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a box arrives, use &lt;b&gt;Add lot…&lt;/b&gt; to record the lot number and expiry date printed on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun lot enregistré pour ce produit.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;À l&apos;arrivée d&apos;une boîte, utilisez &lt;b&gt;Ajouter un lot…&lt;/b&gt; pour enregistrer le numéro de lot et la date de péremption qui y sont imprimés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This product is archived; restore it to record new lots.</source>
        <translation>Ce produit est archivé&#xa0;; restaurez-le pour enregistrer de nouveaux lots.</translation>
    </message>
    <message>
        <source>&amp;Restore product</source>
        <translation>&amp;Restaurer le produit</translation>
    </message>
    <message>
        <source>Restore lo&amp;t</source>
        <translation>Restaurer le lo&amp;t</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Archiver le lo&amp;t</translation>
    </message>
    <message>
        <source>The product was not changed: {0}</source>
        <translation>Le produit n&apos;a pas été modifié&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The lot was not changed: {0}</source>
        <translation>Le lot n&apos;a pas été modifié&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Current medical profile</source>
        <translation>Profil médical actuel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No medical profile recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Edit patient…&lt;/b&gt; to record allergies, medications and other contraindications before the first session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun profil médical enregistré.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Utilisez &lt;b&gt;Modifier le patient…&lt;/b&gt; pour enregistrer allergies, médicaments et autres contre-indications avant la première séance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Profile history</source>
        <translation>Historique du profil</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Ce qui a été enregistré</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>{0} (areas: {1})</source>
        <translation>{0} (zones&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{0} — takes blood thinners</source>
        <translation>{0} — sous anticoagulants</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Maladie auto-immune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendance aux chéloïdes</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Affections cutanées</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Enceinte ou allaitante</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Peur des aiguilles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>allergies: {0}</source>
        <translation>allergies&#xa0;: {0}</translation>
    </message>
    <message>
        <source>blood thinners</source>
        <translation>anticoagulants</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>médicaments</translation>
    </message>
    <message>
        <source>autoimmune disease</source>
        <translation>maladie auto-immune</translation>
    </message>
    <message>
        <source>keloid tendency</source>
        <translation>tendance aux chéloïdes</translation>
    </message>
    <message>
        <source>skin conditions</source>
        <translation>affections cutanées</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation>enceinte ou allaitante</translation>
    </message>
    <message>
        <source>needle anxiety</source>
        <translation>peur des aiguilles</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>nothing of note</source>
        <translation>rien à signaler</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <source>Proposed sessions</source>
        <translation>Séances proposées</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Propose dates&lt;/b&gt; (Enter) to see when the sessions would be.</source>
        <translation>Cliquez sur &lt;b&gt;Proposer des dates&lt;/b&gt; (Entrée) pour voir quand auraient lieu les séances.</translation>
    </message>
    <message>
        <source>nearest free slot</source>
        <translation>créneau libre le plus proche</translation>
    </message>
    <message>
        <source>The preferred day or time was closed, past or already booked; this is the nearest free slot.</source>
        <translation>Le jour ou l&apos;heure préféré était fermé, passé ou déjà réservé&#xa0;; voici le créneau libre le plus proche.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{0} Nothing can be changed in this window.</source>
        <translation>{0} Rien ne peut être modifié dans cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>RecallRowTableModel</name>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation>Né(e) le {0}</translation>
    </message>
    <message>
        <source>This patient&apos;s record is archived.</source>
        <translation>Le dossier de ce patient est archivé.</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>lot {0}</translation>
    </message>
    <message>
        <source>No phone number on record: reach the patient another way.</source>
        <translation>Aucun numéro de téléphone enregistré : joignez le patient autrement.</translation>
    </message>
</context>
<context>
    <name>Replacement</name>
    <message>
        <source>No free slot found in the next weeks for a replacement.</source>
        <translation>Aucun créneau libre trouvé dans les prochaines semaines pour un remplacement.</translation>
    </message>
    <message>
        <source>Book a replacement?</source>
        <translation>Réserver un remplacement ?</translation>
    </message>
    <message>
        <source>Book a new session for {name} on {day} at {time}?</source>
        <translation>Réserver une nouvelle séance pour {name} le {day} à {time} ?</translation>
    </message>
    <message>
        <source>Book a replacement</source>
        <translation>Réserver un remplacement</translation>
    </message>
    <message>
        <source>Replacement booked on {day} at {time}.</source>
        <translation>Remplacement réservé le {day} à {time}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Réinitialiser le mot de passe de {0}</translation>
    </message>
    <message>
        <source>Tell {0} the new password in person; they can change it with Change password… once signed in.</source>
        <translation>Communiquez le nouveau mot de passe à {0} en personne&#xa0;; cette personne pourra le modifier avec Changer le mot de passe… une fois connectée.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <source>The password was not reset: {0}</source>
        <translation>Le mot de passe n&apos;a pas été réinitialisé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ResolveEventDialog</name>
    <message>
        <source>Resolve adverse event</source>
        <translation>Résoudre l&apos;événement indésirable</translation>
    </message>
    <message>
        <source>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, began {onset}</source>
        <translation>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, début le {onset}</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Comment cela s&apos;est terminé, p. ex. disparu en une semaine</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Évolution *</translation>
    </message>
    <message>
        <source>&amp;Resolved on *</source>
        <translation>&amp;Résolu le *</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Type the date as {0}.</source>
        <translation>Saisissez la date au format {0}.</translation>
    </message>
    <message>
        <source>Enter the day the event resolved.</source>
        <translation>Indiquez le jour où l&apos;événement s&apos;est résolu.</translation>
    </message>
    <message>
        <source>The event was not resolved: {0}</source>
        <translation>L&apos;événement n&apos;a pas été résolu&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This database is on a server; restore it there (see the README).</source>
        <translation>Cette base de données est sur un serveur : restaurez-la là-bas (voir le README).</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cures</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Product lots</source>
        <translation>Lots de produits</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything recorded since it was taken is replaced; the current database is kept beside it under a new name, so nothing is deleted.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Tout ce qui a été enregistré depuis est remplacé&#xa0;; la base de données actuelle est conservée à côté sous un nouveau nom, donc rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Phrase secrète de cette sauvegarde chiffrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation>&amp;Voir ce qui change</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation>Après la restauration</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to restore from.</source>
        <translation>Le dossier de sauvegarde ne contient aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>This is a backup of another database, not of this one; it cannot be restored here.</source>
        <translation>C’est une sauvegarde d’une autre base de données, pas de celle-ci ; elle ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored: {0}</source>
        <translation>Cette sauvegarde a échoué à la vérification et ne peut pas être restaurée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Type the passphrase to see what restoring it changes.</source>
        <translation>Saisissez la phrase secrète pour voir ce que sa restauration change.</translation>
    </message>
    <message>
        <source>Type the passphrase of this backup first.</source>
        <translation>Saisissez d&apos;abord la phrase secrète de cette sauvegarde.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {0}</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The current database is not deleted: it is kept as {0}.replaced-&lt;date&gt; beside it, and can be restored again from there.</source>
        <translation>La base de données actuelle n&apos;est pas supprimée&#xa0;: elle est conservée à côté sous le nom {0}.replaced-&lt;date&gt; et peut être restaurée à partir de là.</translation>
    </message>
    <message>
        <source>Restoring… the window&apos;s database is closed meanwhile.</source>
        <translation>Restauration… la base de données de la fenêtre est fermée pendant ce temps.</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>Rien n&apos;a été restauré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RuleOffDialog</name>
    <message>
        <source>Switch off a blocking rule</source>
        <translation>Désactiver une règle bloquante</translation>
    </message>
    <message>
        <source>“{title}” stops treatments that are unsafe for the patient. Switched off, screening will no longer warn about it at all, for every patient.</source>
        <translation>«&#xa0;{title}&#xa0;» arrête les traitements dangereux pour le patient. Une fois la règle désactivée, le dépistage ne la signalera plus du tout, pour aucun patient.</translation>
    </message>
    <message>
        <source>e.g. Our clinic treats men only</source>
        <translation>p. ex. Notre cabinet ne traite que des hommes</translation>
    </message>
    <message>
        <source>&amp;Why is it switched off? (kept in the audit log)</source>
        <translation>&amp;Pourquoi la désactiver&#xa0;? (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>&amp;Désactiver</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Screening compares each planned treatment with the patient&apos;s medical profile. Block: the treatment should not go ahead. Warn: check with the patient before treating. Info: for the practitioner&apos;s attention. A switch takes effect at once and is recorded in the audit log.</source>
        <translation>Le dépistage compare chaque traitement prévu au profil médical du patient. Bloquer&#xa0;: le traitement ne doit pas avoir lieu. Avertir&#xa0;: vérifiez avec le patient avant de traiter. Info&#xa0;: pour l&apos;attention du praticien. Un changement prend effet immédiatement et est enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Rule (tick to use)</source>
        <translation>Règle (cocher pour l&apos;utiliser)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>The rules could not be read: {reason}</source>
        <translation>Les règles n&apos;ont pas pu être lues&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Message shown: {message}</source>
        <translation>Message affiché&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>as supplied</source>
        <translation>telle que fournie</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>{verb} by {who}
on {when}</source>
        <translation>{verb} par {who}
le {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modifié&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Usually 4 to 10 sessions</source>
        <translation>Généralement 4 à 10 séances</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Days from the last session to a maintenance one</source>
        <translation>Jours entre la dernière séance et une séance d&apos;entretien</translation>
    </message>
    <message>
        <source>— add a practitioner first —</source>
        <translation>— ajoutez d&apos;abord un praticien —</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>N&apos;importe quel jour</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessio&amp;ns:</source>
        <translation>Séa&amp;nces&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Tous les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Maintenance after:</source>
        <translation>&amp;Entretien après&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;raticien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred da&amp;y:</source>
        <translation>&amp;Jour préféré&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred tim&amp;e:</source>
        <translation>&amp;Heure préférée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: going ahead despite the stop was not confirmed.</source>
        <translation>Non enregistré&#xa0;: la poursuite malgré l&apos;arrêt n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Rien n&apos;a été enregistré. {reason}</translation>
    </message>
    <message>
        <source>Saved (session of {when}).</source>
        <translation>Enregistré (séance du {when}).</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them?</source>
        <translation>Cette séance comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Enregistrer et &amp;fermer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Print aft&amp;ercare…</source>
        <translation>Imprimer la fiche &amp;post-séance…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Imprimer la fiche post-séance…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Séance du {when}</translation>
    </message>
    <message>
        <source>Session of {when} · {status}</source>
        <translation>Séance du {when} · {status}</translation>
    </message>
    <message>
        <source>changes are recorded as amendments</source>
        <translation>les modifications sont enregistrées comme des rectifications</translation>
    </message>
    <message>
        <source>Available once the session is saved as done.</source>
        <translation>Disponible une fois la séance enregistrée comme terminée.</translation>
    </message>
    <message>
        <source>Screening could not run: {reason}</source>
        <translation>Le dépistage n&apos;a pas pu s&apos;exécuter&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Save the session first: the sheet prints what is recorded.</source>
        <translation>Enregistrez d&apos;abord la séance&#xa0;: la fiche imprime ce qui est enregistré.</translation>
    </message>
    <message>
        <source>Aftercare sheets are for done sessions. Mark the session done first.</source>
        <translation>Les fiches de soins post-séance concernent les séances terminées. Marquez d&apos;abord la séance comme terminée.</translation>
    </message>
    <message>
        <source>Amend a done session</source>
        <translation>Modifier une séance terminée</translation>
    </message>
    <message>
        <source>This session is already done; the change is kept in its history.
Reason for the amendment (optional):</source>
        <translation>Cette séance est déjà terminée&#xa0;; la modification est conservée dans son historique.
Motif de la modification (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved: the amendment was cancelled.</source>
        <translation>Non enregistré&#xa0;: la modification a été annulée.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Not saved: the move was cancelled.</source>
        <translation>Non enregistré&#xa0;: le déplacement a été annulé.</translation>
    </message>
    <message>
        <source>The course&apos;s later sessions were not moved: {reason}</source>
        <translation>Les séances suivantes de la cure n&apos;ont pas été déplacées&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>1 séance suivante de la cure a aussi été déplacée.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>{n} séances suivantes de la cure ont aussi été déplacées.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Ligne {n}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Les modifications de l&apos;autre poste sont chargées et les vôtres sont réappliquées par-dessus&#xa0;: vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this session. Save again to decide.</source>
        <translation>Non enregistré&#xa0;: un autre poste a modifié cette séance. Enregistrez de nouveau pour trancher.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Anaesthetic used</source>
        <translation>Anesthésiant utilisé</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anesthésiant</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Réactions immédiates</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Treatment lines</source>
        <translation>Lignes de traitement</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Ligne {n}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line.</source>
        <translation>Une séance terminée doit comporter au moins une ligne de traitement.</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Choisissez la zone traitée.</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Every saved version of this session is kept. Each entry lists the fields that changed.</source>
        <translation>Chaque version enregistrée de cette séance est conservée. Chaque entrée liste les champs modifiés.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rectifié</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation>(aucune modification visible)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>Anesthésie topique</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Produit anesthésiant</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Réactions immédiates</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé(e)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent (non venu)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Solution / product</source>
        <translation>Solution / produit</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Sans lot</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Sans liste de contrôle</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Manque au dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Went ahead despite a screening stop:</source>
        <translation>Réalisé malgré un arrêt du dépistage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Open session</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Historique des modifications…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Imprimer la fiche post-séance…</translation>
    </message>
    <message>
        <source>Record adverse event…</source>
        <translation>Enregistrer un événement indésirable…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;New session…&lt;/b&gt; to record one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune séance pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Utilisez &lt;b&gt;Nouvelle séance…&lt;/b&gt; pour en enregistrer une.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This patient is archived: use &lt;b&gt;Restore…&lt;/b&gt; to record sessions again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune séance enregistrée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ce patient est archivé&#xa0;: utilisez &lt;b&gt;Restaurer…&lt;/b&gt; pour enregistrer à nouveau des séances.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{0} sessions, newest first</source>
        <translation>{0} séances, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Select a done session.</source>
        <translation>Sélectionnez une séance terminée.</translation>
    </message>
    <message>
        <source>Preview and print its aftercare sheet</source>
        <translation>Prévisualiser et imprimer sa fiche de soins post-séance</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Session of {0} — {1}</source>
        <translation>Séance du {0} — {1}</translation>
    </message>
    <message>
        <source>no areas</source>
        <translation>aucune zone</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Aftercare texts</source>
        <translation>Textes &amp;post-séance</translation>
    </message>
    <message>
        <source>C&amp;onsent texts</source>
        <translation>Textes de c&amp;onsentement</translation>
    </message>
    <message>
        <source>Screening &amp;rules</source>
        <translation>&amp;Règles de dépistage</translation>
    </message>
    <message>
        <source>Save the clinic details and opening hours</source>
        <translation>Enregistrer les coordonnées et les horaires d&apos;ouverture du cabinet</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d&apos;urgence</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Taille du papier</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Consent required</source>
        <translation>Consentement obligatoire</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are kept; yours are still here: apply to save.</source>
        <translation>Les modifications de l&apos;autre poste sont conservées&#xa0;; les vôtres sont toujours là&#xa0;: appliquez pour enregistrer.</translation>
    </message>
    <message>
        <source>Nothing was saved: another desk changed these settings. Apply to decide.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: un autre poste a modifié ces réglages. Appliquez pour trancher.</translation>
    </message>
    <message>
        <source>Some settings have changes that are not saved. Save them now?</source>
        <translation>Certains réglages comportent des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Ligne médiane</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Restored from the backup {0}.</source>
        <translation>Restauré depuis la sauvegarde {0}.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>mesodesk found damage in {0}:
{1}

Nothing will be written to it. You can go back to the latest good backup (the damaged file is kept beside it), or open it read-only to look at what it still holds.</source>
        <translation>mesodesk a détecté des dommages dans {0}&#xa0;:
{1}

Rien n&apos;y sera écrit. Vous pouvez revenir à la dernière sauvegarde valide (le fichier endommagé est conservé à côté) ou l&apos;ouvrir en lecture seule pour consulter ce qu&apos;il contient encore.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Phrase secrète de cette sauvegarde chiffrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde valide</translation>
    </message>
    <message>
        <source>&amp;Open read-only to look</source>
        <translation>&amp;Ouvrir en lecture seule pour consulter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>There is no good backup to restore from.</source>
        <translation>Il n&apos;y a aucune sauvegarde valide à restaurer.</translation>
    </message>
    <message>
        <source>The latest good backup was taken {0} UTC ({1}).</source>
        <translation>La dernière sauvegarde valide a été faite le {0} UTC ({1}).</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Saisissez d&apos;abord la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <source>{0} is damaged; it was not opened.</source>
        <translation>{0} est endommagé&#xa0;; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The restore did not happen: {0}</source>
        <translation>La restauration n&apos;a pas eu lieu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The database is damaged ({0}); it is open for looking only.</source>
        <translation>La base de données est endommagée ({0})&#xa0;; elle est ouverte en consultation seule.</translation>
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
        <translation>Papule</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Point par point</translation>
    </message>
    <message>
        <source>Linear / retrograde</source>
        <translation>Linéaire / rétrograde</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation>Versions (la plus récente en premier)</translation>
    </message>
    <message>
        <source>Separate paragraphs with an empty line; line breaks inside a paragraph are joined when printed. The patient signs under the whole text.</source>
        <translation>Séparez les paragraphes par une ligne vide&#xa0;; les retours à la ligne à l&apos;intérieur d&apos;un paragraphe sont fusionnés à l&apos;impression. Le patient signe sous l&apos;ensemble du texte.</translation>
    </message>
    <message>
        <source>One item per line; empty lines are ignored. A sheet prints the general text followed by the texts of the solution types and areas treated, without repeats.</source>
        <translation>Un élément par ligne&#xa0;; les lignes vides sont ignorées. Une fiche imprime le texte général suivi des textes des types de solution et des zones traitées, sans répétition.</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Reset to &amp;default…</source>
        <translation>Rétablir le texte par &amp;défaut…</translation>
    </message>
    <message>
        <source>The texts could not be read: {reason}</source>
        <translation>Les textes n&apos;ont pas pu être lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This text could not be read: {reason}</source>
        <translation>Ce texte n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{version} — read-only. Documents printed with it keep naming it; to use this text again, copy it into the editor and save.</source>
        <translation>{version} — lecture seule. Les documents imprimés avec elle continuent de la citer&#xa0;; pour réutiliser ce texte, copiez-le dans l&apos;éditeur et enregistrez.</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(modifications non enregistrées)</translation>
    </message>
    <message>
        <source>No text of its own: patients sign the “Every treatment” text. A text written here replaces it for this solution type, so include everything the patient signs.</source>
        <translation>Pas de texte propre&#xa0;: les patients signent le texte «&#xa0;Tout traitement&#xa0;». Un texte rédigé ici le remplace pour ce type de solution&#xa0;; incluez donc tout ce que le patient signe.</translation>
    </message>
    <message>
        <source>No text of its own yet: sheets print the general text and the other texts that apply.</source>
        <translation>Pas encore de texte propre&#xa0;: les fiches impriment le texte général et les autres textes applicables.</translation>
    </message>
    <message>
        <source>In use: version {n}, edited by {who} on {when}.</source>
        <translation>En usage&#xa0;: version {n}, modifiée par {who} le {when}.</translation>
    </message>
    <message>
        <source>In use: the default text supplied with mesodesk (version {n}).</source>
        <translation>En usage&#xa0;: le texte par défaut fourni avec mesodesk (version {n}).</translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Rien à enregistrer&#xa0;: le texte est inchangé.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved as version {n}; earlier versions stay on record.</source>
        <translation>Enregistré comme version {n}&#xa0;; les versions antérieures restent conservées.</translation>
    </message>
    <message>
        <source>Go back to the text supplied with mesodesk for “{label}”? The current text stays in the version history.</source>
        <translation>Revenir au texte fourni avec mesodesk pour «&#xa0;{label}&#xa0;»&#xa0;? Le texte actuel reste dans l&apos;historique des versions.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this text will be lost.</source>
        <translation>Vos modifications non enregistrées de ce texte seront perdues.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Not reset: {reason}</source>
        <translation>Non rétabli&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The default text is in use again (version {n}).</source>
        <translation>Le texte par défaut est de nouveau en usage (version {n}).</translation>
    </message>
    <message>
        <source>The text of an older version is in the editor; save to use it.</source>
        <translation>Le texte d&apos;une version antérieure est dans l&apos;éditeur&#xa0;; enregistrez pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <source>The text “{label}” has changes that are not saved. Save them as a new version?</source>
        <translation>Le texte «&#xa0;{label}&#xa0;» comporte des modifications non enregistrées. Les enregistrer comme nouvelle version&#xa0;?</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>À quoi s&apos;attendre</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Appelez le cabinet en cas de</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte du consentement</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Preview: consent form for a sample patient</source>
        <translation>Aperçu&#xa0;: formulaire de consentement pour un patient fictif</translation>
    </message>
    <message>
        <source>Preview: sheet for a sample patient</source>
        <translation>Aperçu&#xa0;: fiche pour un patient fictif</translation>
    </message>
    <message>
        <source>A real sheet also prints the general text and that of each area treated.</source>
        <translation>Une vraie fiche imprime aussi le texte général et celui de chaque zone traitée.</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Updated {time}; the preview follows your typing.</source>
        <translation>Mis à jour à {time}&#xa0;; l&apos;aperçu suit votre saisie.</translation>
    </message>
</context>
<context>
    <name>TextKeyTree</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Solution types</source>
        <translation>Types de solution</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>aucun texte</translation>
    </message>
    <message>
        <source>edited v{n}</source>
        <translation>v{n} modifiée</translation>
    </message>
    <message>
        <source>default v{n}</source>
        <translation>v{n} par défaut</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>done</source>
        <translation>effectuée</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>{n}. {date}: {status}</source>
        <translation>{n}. {date}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>{n} still to plan</source>
        <translation>{n} encore à planifier</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>The day could not be loaded: {0}</source>
        <translation>La journée n&apos;a pas pu être chargée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sans praticien</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} séances</translation>
    </message>
    <message>
        <source>{n} arrived</source>
        <translation>{n} arrivés</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} terminées</translation>
    </message>
    <message>
        <source>1 aftercare sheet to print</source>
        <translation>1 fiche de soins post-séance à imprimer</translation>
    </message>
    <message>
        <source>{n} aftercare sheets to print</source>
        <translation>{n} fiches de soins post-séance à imprimer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions for {name} on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;All practitioners&lt;/b&gt; to see the whole day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune séance pour {name} le {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choisissez &lt;b&gt;Tous les praticiens&lt;/b&gt; pour voir toute la journée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Book one from a patient&apos;s chart with &lt;b&gt;New session…&lt;/b&gt;,&lt;br&gt;or pick another day with the arrows or the date above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune séance le {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Réservez-en une depuis le dossier d&apos;un patient avec &lt;b&gt;Nouvelle séance…&lt;/b&gt;,&lt;br&gt;ou choisissez un autre jour avec les flèches ou la date ci-dessus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{n} marked arrived.</source>
        <translation>Arrivée enregistrée pour {n} séances.</translation>
    </message>
    <message>
        <source>{n} marked done.</source>
        <translation>{n} séances marquées terminées.</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marquer absent (non venu)</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. “called in sick”:</source>
        <translation>Motif (facultatif), p. ex. «&#xa0;a prévenu&#xa0;: malade&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>{n} marked no-show.</source>
        <translation>{n} séances marquées absent (non venu).</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} séances</translation>
    </message>
    <message>
        <source>Left as they were: {rows}.</source>
        <translation>Laissées en l&apos;état&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>This session was not changed:</source>
        <translation>Cette séance n&apos;a pas été modifiée&#xa0;:</translation>
    </message>
    <message>
        <source>These sessions were not changed:</source>
        <translation>Ces séances n&apos;ont pas été modifiées&#xa0;:</translation>
    </message>
    <message>
        <source>Select the sessions whose aftercare sheets you want to print.</source>
        <translation>Sélectionnez les séances dont vous voulez imprimer les fiches de soins post-séance.</translation>
    </message>
    <message>
        <source>Aftercare sheets are printed for done sessions only, and none of the selected sessions is done yet.

Mark a session done first (Ctrl+Shift+D).</source>
        <translation>Les fiches de soins post-séance ne sont imprimées que pour les séances terminées, et aucune des séances sélectionnées n&apos;est encore terminée.

Marquez d&apos;abord une séance comme terminée (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>{skipped} of the {total} selected sessions are not done and were left out; printing the sheets of the {n} done ones.</source>
        <translation>{skipped} des {total} séances sélectionnées ne sont pas terminées et ont été écartées&#xa0;; impression des fiches des {n} séances terminées.</translation>
    </message>
    <message>
        <source>No session listed on {day} is done yet, so there is no sheet to print.</source>
        <translation>Aucune séance listée le {day} n&apos;est encore terminée&#xa0;: il n&apos;y a aucune fiche à imprimer.</translation>
    </message>
    <message>
        <source>The sheets to print could not be found: {0}</source>
        <translation>Les fiches à imprimer n&apos;ont pas pu être trouvées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The aftercare sheets of the {n} done sessions listed on {day} are all printed.

To print them again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>Les fiches de soins post-séance des {n} séances terminées listées le {day} sont toutes imprimées.

Pour les réimprimer, choisissez «&#xa0;Imprimer toutes les terminées, y compris imprimées&#xa0;» dans la flèche à côté de «&#xa0;Imprimer toutes les terminées&#xa0;».</translation>
    </message>
    <message>
        <source>The aftercare sheet of the done session listed on {day} is printed.

To print it again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>La fiche de soins post-séance de la séance terminée listée le {day} est imprimée.

Pour la réimprimer, choisissez «&#xa0;Imprimer toutes les terminées, y compris imprimées&#xa0;» dans la flèche à côté de «&#xa0;Imprimer toutes les terminées&#xa0;».</translation>
    </message>
    <message>
        <source>1 sheet already printed is left out; </source>
        <translation>1 fiche déjà imprimée est écartée&#xa0;; </translation>
    </message>
    <message>
        <source>{n} sheets already printed are left out; </source>
        <translation>{n} fiches déjà imprimées sont écartées&#xa0;; </translation>
    </message>
    <message>
        <source>“Print all done, including printed” prints them all.</source>
        <translation>«&#xa0;Imprimer toutes les terminées, y compris imprimées&#xa0;» les imprime toutes.</translation>
    </message>
    <message>
        <source>Print aftercare</source>
        <translation>Imprimer les fiches post-séance</translation>
    </message>
    <message>
        <source>The aftercare sheets could not be prepared: {0}</source>
        <translation>Les fiches de soins post-séance n&apos;ont pas pu être préparées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets: {done} of {total}…</source>
        <translation>Préparation des fiches de soins post-séance&#xa0;: {done} sur {total}…</translation>
    </message>
    <message>
        <source>Building one PDF of {total} aftercare sheets…</source>
        <translation>Création d&apos;un PDF unique de {total} fiches de soins post-séance…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients, {day}</source>
        <translation>Fiches de soins post-séance&#xa0;: {n} patients, {day}</translation>
    </message>
    <message>
        <source>The sheets went out, but mesodesk could not record it: {0}</source>
        <translation>Les fiches sont parties, mais mesodesk n&apos;a pas pu l&apos;enregistrer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>1 aftercare sheet printed.</source>
        <translation>1 fiche de soins post-séance imprimée.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets printed in one job.</source>
        <translation>{n} fiches de soins post-séance imprimées en une seule tâche.</translation>
    </message>
    <message>
        <source>1 aftercare sheet saved as PDF.</source>
        <translation>1 fiche de soins post-séance enregistrée en PDF.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets saved as one PDF.</source>
        <translation>{n} fiches de soins post-séance enregistrées dans un seul PDF.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>lot numbers</source>
        <translation>numéros de lot</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>liste de contrôle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Soins post-séance</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Missing {what}</source>
        <translation>Manque : {what}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sans praticien</translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation>✓ Imprimée</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Enregistrée en PDF</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>A screening block was overridden with a recorded reason.</source>
        <translation>Un blocage du dépistage a été levé avec un motif enregistré.</translation>
    </message>
    <message>
        <source>The aftercare sheet was printed.</source>
        <translation>La fiche de soins post-séance a été imprimée.</translation>
    </message>
    <message>
        <source>The aftercare sheet was saved as a PDF file but not printed: “Print all done” prints it.</source>
        <translation>La fiche de soins post-séance a été enregistrée en PDF mais pas imprimée : « Imprimer toutes les effectuées » l&apos;imprime.</translation>
    </message>
    <message>
        <source>No aftercare sheet printed yet: select the row and press Ctrl+P.</source>
        <translation>Aucune fiche de soins post-séance imprimée : sélectionnez la ligne et appuyez sur Ctrl+P.</translation>
    </message>
    <message>
        <source>Open the session (double-click) to complete its record.</source>
        <translation>Ouvrez la séance (double-clic) pour compléter son dossier.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marquer &amp;arrivé</translation>
    </message>
    <message>
        <source>The patient is here (Ctrl+Shift+A)</source>
        <translation>Le patient est là (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;terminée</translation>
    </message>
    <message>
        <source>The treatment is finished (Ctrl+Shift+D)</source>
        <translation>Le traitement est fini (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Mark &amp;no-show…</source>
        <translation>Marquer a&amp;bsent (non venu)…</translation>
    </message>
    <message>
        <source>The patient did not come (Ctrl+Shift+M)</source>
        <translation>Le patient n&apos;est pas venu (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Print aftercare…</source>
        <translation>&amp;Imprimer la fiche post-séance…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)</source>
        <translation>Imprimer les fiches de soins post-séance des séances terminées sélectionnées en une seule tâche (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print all d&amp;one…</source>
        <translation>Imprimer toutes les t&amp;erminées…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the done sessions listed that were not printed yet (Ctrl+Shift+P); the arrow offers to print them all again</source>
        <translation>Imprimer les fiches de soins post-séance des séances terminées listées qui n&apos;ont pas encore été imprimées (Ctrl+Shift+P)&#xa0;; la flèche propose de toutes les réimprimer</translation>
    </message>
    <message>
        <source>Print all done, &amp;including printed…</source>
        <translation>Imprimer toutes les terminées, &amp;y compris imprimées…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of every done session listed, again or not</source>
        <translation>Imprimer les fiches de soins post-séance de toutes les séances terminées listées, déjà imprimées ou non</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Revenir à aujourd&apos;hui (Alt+Début)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>TreatmentBox</name>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>&amp;Solution type:</source>
        <translation>Type de &amp;solution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Indications (Space ticks):</source>
        <translation>&amp;Indications (Espace coche)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Areas (Space ticks):</source>
        <translation>&amp;Zones (Espace coche)&#xa0;:</translation>
    </message>
    <message>
        <source>Made from the indication and areas</source>
        <translation>Composé à partir de l&apos;indication et des zones</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Volume in ml</source>
        <translation>Volume en ml</translation>
    </message>
    <message>
        <source>Depth in mm</source>
        <translation>Profondeur en mm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <source>{type} (no product)</source>
        <translation>{type} (aucun produit)</translation>
    </message>
    <message>
        <source>Product not chosen</source>
        <translation>Produit non choisi</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Choisissez la zone traitée.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>No lots recorded</source>
        <translation>Aucun lot enregistré</translation>
    </message>
    <message>
        <source>{lot} (expired {date})</source>
        <translation>{lot} (périmé le {date})</translation>
    </message>
    <message>
        <source>{lot} (expires {date})</source>
        <translation>{lot} (expire le {date})</translation>
    </message>
    <message>
        <source>{lot} · exp. {date}</source>
        <translation>{lot} · pér. {date}</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}: it cannot be recorded. Choose another lot.</source>
        <translation>Le lot {lot} est périmé depuis le {date}&#xa0;: il ne peut pas être enregistré. Choisissez un autre lot.</translation>
    </message>
    <message>
        <source>Lot {lot} expires on {date}, within 30 days.</source>
        <translation>Le lot {lot} expire le {date}, dans moins de 30 jours.</translation>
    </message>
</context>
<context>
    <name>TreatmentsBox</name>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Type de solution</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondeur (mm)</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aiguille</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Add another treated area</source>
        <translation>Ajouter une autre zone traitée</translation>
    </message>
    <message>
        <source>Area of line {n}</source>
        <translation>Zone de la ligne {n}</translation>
    </message>
    <message>
        <source>Volumes per product add up here as you fill the lines.</source>
        <translation>Les volumes par produit s&apos;additionnent ici à mesure que vous remplissez les lignes.</translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
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
        <translation>{n} unités</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions of this text</source>
        <translation>Versions de ce texte</translation>
    </message>
    <message>
        <source>Select an older version to read it.</source>
        <translation>Sélectionnez une version antérieure pour la lire.</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(en usage)</translation>
    </message>
</context>
<context>
    <name>VersionNames</name>
    <message>
        <source>v{n} edited</source>
        <translation>v{n} modifiée</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>par {who}, {when}</translation>
    </message>
    <message>
        <source>v{n} default text</source>
        <translation>v{n} texte par défaut</translation>
    </message>
    <message>
        <source>supplied with mesodesk, {when}</source>
        <translation>fourni avec mesodesk, {when}</translation>
    </message>
    <message>
        <source>reset by {who}, {when}</source>
        <translation>réinitialisé par {who}, {when}</translation>
    </message>
</context>
<context>
    <name>WindowTasks</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Connecté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Books as: {0}</source>
        <translation>Réserve en tant que&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The full check of the database found damage ({0}). mesodesk will not write to it any more: restore the latest good backup (File → Restore…).</source>
        <translation>La vérification complète de la base de données a détecté des dommages ({0}). mesodesk n&apos;y écrira plus&#xa0;: restaurez la dernière sauvegarde valide (Fichier → Restaurer…).</translation>
    </message>
    <message>
        <source>Restoring a backup needs the admin role; ask the clinic&apos;s admin.</source>
        <translation>Restaurer une sauvegarde nécessite le rôle admin&#xa0;; demandez à l&apos;administrateur du cabinet.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as {0}.</source>
        <translation>Sauvegarde restaurée. La base de données remplacée est conservée sous {0}.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>mesodesk backup (*.sqlite3 *.bak)</source>
        <translation>Sauvegarde mesodesk (*.sqlite3 *.bak)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The backup was not written: {0}</source>
        <translation>La sauvegarde n&apos;a pas été écrite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Sauvegarde écrite dans {0}</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys, schema and audit are in order.</source>
        <translation>Aucun problème détecté&#xa0;: intégrité, clés étrangères, schéma et journal d&apos;audit sont en ordre.</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>About mesodesk</source>
        <translation>À propos de mesodesk</translation>
    </message>
    <message>
        <source>mesodesk {0}
Records, planning and aftercare sheets for mesotherapy clinics.</source>
        <translation>mesodesk {0}
Dossiers, planification et fiches de soins post-séance pour les cabinets de mésothérapie.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown paper size {paper!r}: use &apos;A4&apos; or &apos;Letter&apos;</source>
        <translation>format de papier inconnu {paper!r} : utilisez &apos;A4&apos; ou &apos;Letter&apos;</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>rien à imprimer</translation>
    </message>
    <message>
        <source>no aftercare sheets to print</source>
        <translation>aucune fiche de soins post-traitement à imprimer</translation>
    </message>
    <message>
        <source>unknown diagram {diagram_id!r}</source>
        <translation>schéma inconnu {diagram_id!r}</translation>
    </message>
    <message>
        <source>unexpected path command {command!r}</source>
        <translation>commande de tracé inattendue {command!r}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>must name a folder (or be left empty for the default)</source>
        <translation>doit désigner un dossier (ou rester vide pour le dossier par défaut)</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>{name}: &apos;item&apos; must be an array of tables</source>
        <translation>{name} : &apos;item&apos; doit être un tableau de tables</translation>
    </message>
    <message>
        <source>unknown diagram {diagram!r}</source>
        <translation>schéma inconnu {diagram!r}</translation>
    </message>
    <message>
        <source>unknown kind of mark {kind!r}</source>
        <translation>type de repère inconnu {kind!r}</translation>
    </message>
    <message>
        <source>a {kind} mark needs {count} point(s)</source>
        <translation>un repère {kind} nécessite {count} point(s)</translation>
    </message>
    <message>
        <source>the mark lies outside the diagram</source>
        <translation>le repère est en dehors du schéma</translation>
    </message>
    <message>
        <source>unknown side {side!r}</source>
        <translation>côté inconnu {side!r}</translation>
    </message>
    <message>
        <source>unknown unit {unit!r}</source>
        <translation>unité inconnue {unit!r}</translation>
    </message>
    <message>
        <source>the volume must be 0-{limit} {unit}</source>
        <translation>le volume doit être de 0 à {limit} {unit}</translation>
    </message>
    <message>
        <source>the depth must be 0-{limit} mm</source>
        <translation>la profondeur doit être de 0 à {limit} mm</translation>
    </message>
    <message>
        <source>unknown technique</source>
        <translation>technique inconnue</translation>
    </message>
    <message>
        <source>choose the treated area (the mark is outside every region)</source>
        <translation>choisissez la zone traitée (le repère est en dehors de toutes les régions)</translation>
    </message>
    <message>
        <source>Sheets are printed in {known}; {code!r} is not one of them.</source>
        <translation>Les fiches sont imprimées en {known} ; {code!r} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Opening hours need 7 weekdays, not {count}.</source>
        <translation>Les horaires d&apos;ouverture demandent 7 jours de semaine, pas {count}.</translation>
    </message>
    <message>
        <source>{name}: opening times must be plain whole minutes.</source>
        <translation>{name} : les heures d&apos;ouverture doivent être en minutes entières.</translation>
    </message>
    <message>
        <source>{name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{name} : l&apos;heure de fermeture {closes} n&apos;est pas après l&apos;heure d&apos;ouverture {opens}.</translation>
    </message>
    <message>
        <source>{name}: {period} overlaps or touches {other}; list the periods in order with a break between.</source>
        <translation>{name} : {period} chevauche ou touche {other} ; listez les plages dans l&apos;ordre avec une pause entre elles.</translation>
    </message>
    <message>
        <source>Opening hours must be a table with &quot;weekly&quot; and &quot;closed_dates&quot;.</source>
        <translation>Les horaires d&apos;ouverture doivent être une table avec &quot;weekly&quot; et &quot;closed_dates&quot;.</translation>
    </message>
    <message>
        <source>Opening hours: unknown entry {value!r}.</source>
        <translation>Horaires d&apos;ouverture : entrée inconnue {value!r}.</translation>
    </message>
    <message>
        <source>Opening hours: &quot;weekly&quot; is missing or is not a table of weekdays.</source>
        <translation>Horaires d&apos;ouverture : &quot;weekly&quot; manque ou n&apos;est pas une table de jours de semaine.</translation>
    </message>
    <message>
        <source>Opening hours: {value!r} is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Horaires d&apos;ouverture : {value!r} n&apos;est pas un jour de semaine ; utilisez mon, tue, wed, thu, fri, sat ou sun.</translation>
    </message>
    <message>
        <source>The {what} time needs a time zone.</source>
        <translation>L&apos;heure de {what} doit avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>{day_name}: {text!r} is not a time; use HH:MM, e.g. 09:00.</source>
        <translation>{day_name} : {text!r} n&apos;est pas une heure ; utilisez HH:MM, par ex. 09:00.</translation>
    </message>
    <message>
        <source>{day_name}: expected a list of periods like [[&quot;09:00&quot;, &quot;13:00&quot;]].</source>
        <translation>{day_name} : une liste de plages est attendue, par exemple [[&quot;09:00&quot;, &quot;13:00&quot;]].</translation>
    </message>
    <message>
        <source>{day_name}: {pair!r} is not an [opening, closing] pair like [&quot;09:00&quot;, &quot;13:00&quot;].</source>
        <translation>{day_name} : {pair!r} n&apos;est pas une paire [ouverture, fermeture] comme [&quot;09:00&quot;, &quot;13:00&quot;].</translation>
    </message>
    <message>
        <source>{day_name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{day_name} : l&apos;heure de fermeture {closes} n&apos;est pas après l&apos;heure d&apos;ouverture {opens}.</translation>
    </message>
    <message>
        <source>{day_name}: {period} overlaps {other}.</source>
        <translation>{day_name} : {period} chevauche {other}.</translation>
    </message>
    <message>
        <source>Closed dates: expected a list of dates like [&quot;2026-12-25&quot;].</source>
        <translation>Jours de fermeture : une liste de dates est attendue, par exemple [&quot;2026-12-25&quot;].</translation>
    </message>
    <message>
        <source>Closed dates: {item!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-25.</source>
        <translation>Jours de fermeture : {item!r} n&apos;est pas une date ; utilisez AAAA-MM-JJ, par ex. 2026-12-25.</translation>
    </message>
    <message>
        <source>{text!r} is not a photo view; use one of {choices}</source>
        <translation>{text!r} n&apos;est pas une vue photo ; utilisez l&apos;une de {choices}</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Indiquez la raison.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters.</source>
        <translation>La raison doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>Say why in a few words (at least {count} different words), so the audit shows what was decided and why.</source>
        <translation>Expliquez en quelques mots (au moins {count} mots différents), pour que l&apos;audit montre ce qui a été décidé et pourquoi.</translation>
    </message>
    <message>
        <source>The session duration must be longer than zero.</source>
        <translation>La durée de la séance doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The search step must be longer than zero.</source>
        <translation>Le pas de recherche doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The number of days to search cannot be negative.</source>
        <translation>Le nombre de jours de recherche ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A course needs at least one session.</source>
        <translation>Une cure doit comporter au moins une séance.</translation>
    </message>
    <message>
        <source>The interval between sessions must be at least one day.</source>
        <translation>L&apos;intervalle entre les séances doit être d&apos;au moins un jour.</translation>
    </message>
    <message>
        <source>The preferred weekday must be 0 (Monday) to 6 (Sunday).</source>
        <translation>Le jour souhaité doit être de 0 (lundi) à 6 (dimanche).</translation>
    </message>
    <message>
        <source>There is no session {number} in this course.</source>
        <translation>Il n&apos;y a pas de séance {number} dans cette cure.</translation>
    </message>
    <message>
        <source>The course&apos;s sessions must be in order, one after the other.</source>
        <translation>Les séances de la cure doivent se suivre dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Session {number} cannot move to before session {moved_index}; move that one first.</source>
        <translation>La séance {number} ne peut pas passer avant la séance {moved_index} ; déplacez d&apos;abord celle-ci.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>Session {number}: no free slot within {within} after {when}; check the opening hours or the practitioner&apos;s diary.</source>
        <translation>Séance {number} : aucun créneau libre dans les {within} suivant le {when} ; vérifiez les horaires d&apos;ouverture ou l&apos;agenda du praticien.</translation>
    </message>
    <message>
        <source>{name}: not valid TOML: {exc}</source>
        <translation>{name} : TOML non valide : {exc}</translation>
    </message>
    <message>
        <source>{name}: expected one or more [[rule]] tables</source>
        <translation>{name} : une ou plusieurs tables [[rule]] sont attendues</translation>
    </message>
    <message>
        <source>{name}: rule {number} ({id!r}): id is used twice</source>
        <translation>{name} : règle {number} ({id!r}) : l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>{filename}: rule {number}: must be a table</source>
        <translation>{filename} : règle {number} : doit être une table</translation>
    </message>
    <message>
        <source>{filename}: {label}: {problem}</source>
        <translation>{filename} : {label} : {problem}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}</source>
        <translation>clé(s) inconnue(s) {keys}</translation>
    </message>
    <message>
        <source>{key!r} must be a non-empty string</source>
        <translation>{key!r} doit être un texte non vide</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a string</source>
        <translation>&apos;description&apos; doit être un texte</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown level {value!r} (use {choices})</source>
        <translation>niveau inconnu {value!r} (utilisez {choices})</translation>
    </message>
    <message>
        <source>unknown check {value!r} (use one of {choices})</source>
        <translation>vérification inconnue {value!r} (utilisez l&apos;une de {choices})</translation>
    </message>
    <message>
        <source>placeholder {{{name}}} is not filled in by check {value!r} (available: {hint})</source>
        <translation>l&apos;espace réservé {{{name}}} n&apos;est pas rempli par la vérification {value!r} (disponibles : {hint})</translation>
    </message>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>La durée doit être comprise entre {low} et {high} minutes.</translation>
    </message>
    <message>
        <source>the needle gauge must be {low}G-{high}G</source>
        <translation>le calibre de l&apos;aiguille doit être de {low}G à {high}G</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>patient arrivé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>This session is done and cannot become {wanted}: a done session is a clinical record. Amend it instead.</source>
        <translation>Cette séance est réalisée et ne peut pas devenir {wanted} : une séance réalisée est un dossier clinique. Modifiez-la plutôt.</translation>
    </message>
    <message>
        <source>A {current} session cannot become {wanted}.</source>
        <translation>Une séance {current} ne peut pas devenir {wanted}.</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line (the area that was treated).</source>
        <translation>Une séance réalisée doit avoir au moins une ligne de soin (la zone traitée).</translation>
    </message>
    <message>
        <source>This session has not started yet; it can be marked done once it has taken place.</source>
        <translation>Cette séance n&apos;a pas encore commencé ; elle pourra être marquée comme réalisée une fois effectuée.</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>Le praticien</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>séance {number}</translation>
    </message>
    <message>
        <source>{who} is already booked {when} with {whom}.</source>
        <translation>{who} a déjà un rendez-vous {when} avec {whom}.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Le patient</translation>
    </message>
    <message>
        <source>another practitioner</source>
        <translation>un autre praticien</translation>
    </message>
    <message>
        <source>{whom} already has a session {when} with {with_who}.</source>
        <translation>{whom} a déjà une séance {when} avec {with_who}.</translation>
    </message>
    <message>
        <source>This slot was just taken: {clash}</source>
        <translation>Ce créneau vient d&apos;être pris : {clash}</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>À quoi s&apos;attendre</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Appelez le cabinet en cas de</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>{name} [{key}]: {problem}</source>
        <translation>{name} [{key}] : {problem}</translation>
    </message>
    <message>
        <source>{section}: expected a list of lines.</source>
        <translation>{section} : une liste de lignes est attendue.</translation>
    </message>
    <message>
        <source>{section}: at most {limit} lines, please.</source>
        <translation>{section} : {limit} lignes au maximum, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>{section}: a line is longer than {limit} characters.</source>
        <translation>{section} : une ligne dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>A consent text needs at least one paragraph.</source>
        <translation>Un texte de consentement doit avoir au moins un paragraphe.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Saisissez le prénom du patient.</translation>
    </message>
    <message>
        <source>The given name is longer than 120 characters.</source>
        <translation>Le prénom dépasse 120 caractères.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Saisissez le nom de famille du patient.</translation>
    </message>
    <message>
        <source>The family name is longer than 120 characters.</source>
        <translation>Le nom de famille dépasse 120 caractères.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>That would make the patient older than {years}.</source>
        <translation>Le patient aurait alors plus de {years} ans.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +, e.g. +44 20 7946 0958.</source>
        <translation>Utilisez des chiffres, des espaces et éventuellement un + initial, par ex. +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@exemple.com).</translation>
    </message>
    <message>
        <source>{text} does not exist: check the day and the month.</source>
        <translation>{text} n&apos;existe pas : vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Type the date as {clinic_format}, for example {example}.</source>
        <translation>Saisissez la date au format {clinic_format}, par exemple {example}.</translation>
    </message>
    <message>
        <source>see the patient list</source>
        <translation>voir la liste des patients</translation>
    </message>
    <message>
        <source>change patients&apos; contact details</source>
        <translation>modifier les coordonnées des patients</translation>
    </message>
    <message>
        <source>book, move or cancel sessions</source>
        <translation>planifier, déplacer ou annuler des séances</translation>
    </message>
    <message>
        <source>mark arrivals and no-shows</source>
        <translation>enregistrer les arrivées et les absences</translation>
    </message>
    <message>
        <source>print aftercare sheets</source>
        <translation>imprimer les fiches de soins post-traitement</translation>
    </message>
    <message>
        <source>see recall lists</source>
        <translation>voir les listes de rappel</translation>
    </message>
    <message>
        <source>see alert badges</source>
        <translation>voir les badges d&apos;alerte</translation>
    </message>
    <message>
        <source>see medical records</source>
        <translation>voir les dossiers médicaux</translation>
    </message>
    <message>
        <source>change medical records</source>
        <translation>modifier les dossiers médicaux</translation>
    </message>
    <message>
        <source>mark a session done</source>
        <translation>marquer une séance comme réalisée</translation>
    </message>
    <message>
        <source>export a patient&apos;s record</source>
        <translation>exporter le dossier d&apos;un patient</translation>
    </message>
    <message>
        <source>change products and lots</source>
        <translation>modifier les produits et les lots</translation>
    </message>
    <message>
        <source>change the clinic settings</source>
        <translation>modifier les réglages du cabinet</translation>
    </message>
    <message>
        <source>change the screening rules</source>
        <translation>modifier les règles de dépistage</translation>
    </message>
    <message>
        <source>change aftercare and consent texts</source>
        <translation>modifier les textes de soins post-traitement et de consentement</translation>
    </message>
    <message>
        <source>manage practitioners</source>
        <translation>gérer les praticiens</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation>gérer les sauvegardes</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>{name} ({roles}) may not {what}; nothing was changed.</source>
        <translation>{name} ({roles}) n&apos;est pas autorisé(e) à {what} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{who} is not signed in with an active account; nothing was read or changed.</source>
        <translation>{who} n&apos;est pas connecté(e) avec un compte actif ; rien n&apos;a été lu ni modifié.</translation>
    </message>
    <message>
        <source>A login is 2 to 40 letters (a-z), digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Un identifiant compte 2 à 40 lettres (a-z), chiffres, points, tirets, tirets bas ou @, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>Le nom dépasse 120 caractères.</translation>
    </message>
    <message>
        <source>There is no account {account_id}.</source>
        <translation>Il n&apos;existe aucun compte {account_id}.</translation>
    </message>
    <message>
        <source>This clinic already has accounts; an admin adds new ones (Accounts…).</source>
        <translation>Ce cabinet a déjà des comptes ; un administrateur en ajoute de nouveaux (Comptes…).</translation>
    </message>
    <message>
        <source>The login {normal!r} is taken; choose another.</source>
        <translation>L&apos;identifiant {normal!r} est déjà pris ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Attribuez au moins un rôle au compte.</translation>
    </message>
    <message>
        <source>There is no practitioner {practitioner_id}.</source>
        <translation>Il n&apos;existe aucun praticien {practitioner_id}.</translation>
    </message>
    <message>
        <source>{name} is the only active admin; make someone else admin first.</source>
        <translation>{name} est le seul administrateur actif ; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Ce compte a été désactivé.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The password must be at least {limit} characters long.</source>
        <translation>Le mot de passe doit compter au moins {limit} caractères.</translation>
    </message>
    <message>
        <source>The password must be at most {limit} characters long.</source>
        <translation>Le mot de passe doit compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>Le mot de passe ne doit ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The password repeats too few characters; choose a less predictable one.</source>
        <translation>Le mot de passe répète trop peu de caractères différents ; choisissez-en un moins prévisible.</translation>
    </message>
    <message>
        <source>That password is among the first ones an attacker tries; choose another.</source>
        <translation>Ce mot de passe fait partie des premiers qu&apos;un attaquant essaie ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The password must not contain the login or the person&apos;s name.</source>
        <translation>Le mot de passe ne doit contenir ni l&apos;identifiant ni le nom de la personne.</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask the clinic&apos;s admin.</source>
        <translation>Ce compte a été désactivé ; adressez-vous à l&apos;administrateur du cabinet.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this login: try again in {wait} seconds.</source>
        <translation>Trop de mots de passe erronés pour cet identifiant : réessayez dans {wait} secondes.</translation>
    </message>
    <message>
        <source>There is no session with number {session_id}.</source>
        <translation>Il n&apos;existe aucune séance numéro {session_id}.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>Cette séance appartient à un autre patient.</translation>
    </message>
    <message>
        <source>An event cannot be moved to another patient&apos;s session.</source>
        <translation>Un événement ne peut pas être rattaché à la séance d&apos;un autre patient.</translation>
    </message>
    <message>
        <source>No treatment was given in that session (cancelled or missed).</source>
        <translation>Aucun soin n&apos;a été donné lors de cette séance (annulée ou manquée).</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Choisissez le type d&apos;événement.</translation>
    </message>
    <message>
        <source>Unknown type of event {side_effect_code!r}.</source>
        <translation>Type d&apos;événement inconnu {side_effect_code!r}.</translation>
    </message>
    <message>
        <source>Choose the severity: mild, moderate or severe.</source>
        <translation>Choisissez la gravité : légère, modérée ou sévère.</translation>
    </message>
    <message>
        <source>A severe event must say whether it was reported to the authority (yes or no).</source>
        <translation>Pour un événement grave, indiquez s&apos;il a été déclaré aux autorités (oui ou non).</translation>
    </message>
    <message>
        <source>This session has not taken place yet (it is booked for {session_day:%d %b %Y}); an adverse event can be recorded once it has.</source>
        <translation>Cette séance n&apos;a pas encore eu lieu (elle est prévue le {session_day:%d %b %Y}) ; un événement indésirable pourra être enregistré ensuite.</translation>
    </message>
    <message>
        <source>The onset cannot be before the session it follows ({session_day:%d %b %Y}).</source>
        <translation>L&apos;apparition ne peut pas précéder la séance qu&apos;elle suit ({session_day:%d %b %Y}).</translation>
    </message>
    <message>
        <source>The onset cannot be in the future.</source>
        <translation>L&apos;apparition ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the onset.</source>
        <translation>Le suivi ne peut pas précéder l&apos;apparition.</translation>
    </message>
    <message>
        <source>The event cannot be resolved before its onset.</source>
        <translation>L&apos;événement ne peut pas être résolu avant son apparition.</translation>
    </message>
    <message>
        <source>The resolved date cannot be in the future.</source>
        <translation>La date de résolution ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Describe the outcome of a resolved event.</source>
        <translation>Décrivez l&apos;évolution d&apos;un événement résolu.</translation>
    </message>
    <message>
        <source>There is no adverse event with number {event_id}.</source>
        <translation>Il n&apos;existe aucun événement indésirable numéro {event_id}.</translation>
    </message>
    <message>
        <source>This event was already resolved on {resolved_date:%d %b %Y}.</source>
        <translation>Cet événement a déjà été résolu le {resolved_date:%d %b %Y}.</translation>
    </message>
    <message>
        <source>Session {id} is {status}: an aftercare sheet is printed only for a done session. Nothing was written.</source>
        <translation>La séance {id} est {status} : une fiche de soins post-traitement n&apos;est imprimée que pour une séance réalisée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>{out_dir} is not a folder.</source>
        <translation>{out_dir} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Unknown output {output!r}.</source>
        <translation>Sortie inconnue {output!r}.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>Show between 1 and {limit} entries.</source>
        <translation>Affichez entre 1 et {limit} entrées.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>{path} was changed after it was written (its SHA-256 differs from its manifest); nothing was restored.</source>
        <translation>{path} a été modifié après son écriture (son SHA-256 diffère de son manifeste) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>{shown} is a backup of another database, not of {db_path}; nothing was restored.</source>
        <translation>{shown} est une sauvegarde d’une autre base de données, pas de {db_path} ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{shown} was altered after it was written and is not restored: {value}</source>
        <translation>{shown} a été altéré après son écriture et n&apos;est pas restauré : {value}</translation>
    </message>
    <message>
        <source>Encrypted backups are on, but no backup passphrase is stored on this computer; set it in the backup settings. No backup was written.</source>
        <translation>Les sauvegardes chiffrées sont activées, mais aucune phrase de passe n&apos;est enregistrée sur cet ordinateur ; définissez-la dans les réglages de sauvegarde. Aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record at the same moment. Nothing of yours was saved: open it again to see their change, then save yours.</source>
        <translation>Quelqu&apos;un à un autre poste a enregistré ce dossier au même moment. Rien de votre saisie n&apos;a été enregistré : rouvrez-le pour voir ses modifications, puis enregistrez les vôtres.</translation>
    </message>
    <message>
        <source>There is no patient with number {patient_id}.</source>
        <translation>Il n&apos;existe aucun patient numéro {patient_id}.</translation>
    </message>
    <message>
        <source>There is no consent text with number {template_id}.</source>
        <translation>Il n&apos;existe aucun texte de consentement numéro {template_id}.</translation>
    </message>
    <message>
        <source>{error} Correct the opening hours in the settings.</source>
        <translation>{error} Corrigez les horaires d&apos;ouverture dans les réglages.</translation>
    </message>
    <message>
        <source>There is no solution type with number {solution_type_id}.</source>
        <translation>Il n&apos;existe aucun type de solution numéro {solution_type_id}.</translation>
    </message>
    <message>
        <source>Done sessions are never moved.</source>
        <translation>Les séances réalisées ne sont jamais déplacées.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Une séance annulée ou manquée garde sa date ; planifiez une séance de remplacement.</translation>
    </message>
    <message>
        <source>Unknown call outcome {outcome!r}.</source>
        <translation>Résultat d&apos;appel inconnu {outcome!r}.</translation>
    </message>
    <message>
        <source>The call cannot be dated in the future.</source>
        <translation>L&apos;appel ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>Patient {patient_id} not found.</source>
        <translation>Patient {patient_id} introuvable.</translation>
    </message>
    <message>
        <source>A session can only move once at a time.</source>
        <translation>Une séance ne peut être déplacée qu&apos;une fois à la fois.</translation>
    </message>
    <message>
        <source>The session of {when} was changed meanwhile; plan the move again.</source>
        <translation>La séance du {when} a été modifiée entre-temps ; planifiez à nouveau le déplacement.</translation>
    </message>
    <message>
        <source>The moves put two sessions at {when}; plan the move again.</source>
        <translation>Les déplacements placent deux séances à {when} ; planifiez à nouveau le déplacement.</translation>
    </message>
    <message>
        <source>The course has {sessions} sessions but {count} dates were given; propose the dates again.</source>
        <translation>La cure compte {sessions} séances, mais {count} dates ont été données ; proposez à nouveau les dates.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) must start after session {previous} has ended.</source>
        <translation>La séance {number} ({when}) doit commencer après la fin de la séance {previous}.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is outside the opening hours.</source>
        <translation>La séance {number} ({when}) est en dehors des horaires d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is now taken: {clash_message} Propose the dates again.</source>
        <translation>La séance {number} ({when}) est maintenant prise : {clash_message} Proposez à nouveau les dates.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Choisissez un patient.</translation>
    </message>
    <message>
        <source>This patient is archived; restore the record to plan a course.</source>
        <translation>Ce patient est archivé ; restaurez le dossier pour planifier une cure.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Choisissez le type de solution.</translation>
    </message>
    <message>
        <source>Choose the practitioner.</source>
        <translation>Choisissez le praticien.</translation>
    </message>
    <message>
        <source>Choose a current practitioner.</source>
        <translation>Choisissez un praticien en activité.</translation>
    </message>
    <message>
        <source>Tick at least one treatment area.</source>
        <translation>Cochez au moins une zone de traitement.</translation>
    </message>
    <message>
        <source>Unknown treatment area {value!r}.</source>
        <translation>Zone de traitement inconnue {value!r}.</translation>
    </message>
    <message>
        <source>Tick at least one indication.</source>
        <translation>Cochez au moins une indication.</translation>
    </message>
    <message>
        <source>Unknown indication {value!r}.</source>
        <translation>Indication inconnue {value!r}.</translation>
    </message>
    <message>
        <source>A course has {low} to {high} sessions (usually 4 to 10).</source>
        <translation>Une cure compte de {low} à {high} séances (en général 4 à 10).</translation>
    </message>
    <message>
        <source>The interval between sessions must be 1 to {limit} days.</source>
        <translation>L&apos;intervalle entre les séances doit être de 1 à {limit} jours.</translation>
    </message>
    <message>
        <source>The maintenance interval must be 1 to {limit} days, or none.</source>
        <translation>L&apos;intervalle d&apos;entretien doit être de 1 à {limit} jours, ou aucun.</translation>
    </message>
    <message>
        <source>The preferred weekday must be Monday to Sunday, or any.</source>
        <translation>Le jour souhaité doit être du lundi au dimanche, ou indifférent.</translation>
    </message>
    <message>
        <source>The preferred time must be in whole minutes.</source>
        <translation>L&apos;heure souhaitée doit être en minutes entières.</translation>
    </message>
    <message>
        <source>Unknown course status {status!r}.</source>
        <translation>Statut de cure inconnu {status!r}.</translation>
    </message>
    <message>
        <source>There is no course with number {course_id}.</source>
        <translation>Il n&apos;existe aucune cure numéro {course_id}.</translation>
    </message>
    <message>
        <source>A session can only be cancelled or marked no-show.</source>
        <translation>Une séance peut seulement être annulée ou marquée comme absence.</translation>
    </message>
    <message>
        <source>A done session cannot be cancelled; amend its record instead.</source>
        <translation>Une séance réalisée ne peut pas être annulée ; modifiez plutôt son dossier.</translation>
    </message>
    <message>
        <source>Only a cancelled or missed session can be replaced.</source>
        <translation>Seule une séance annulée ou manquée peut être remplacée.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {problem}.</source>
        <translation>{path} ne peut pas être créé : {problem}.</translation>
    </message>
    <message>
        <source>{problem}; nothing will be written to it. Restore the latest good backup, or open it read-only to look.</source>
        <translation>{problem} ; rien n&apos;y sera écrit. Restaurez la dernière sauvegarde saine, ou ouvrez-le en lecture seule pour le consulter.</translation>
    </message>
    <message>
        <source>{problem}, so mesodesk cannot save to {name}; make it writable, or open it read-only to look.</source>
        <translation>{problem}, mesodesk ne peut donc pas enregistrer dans {name} ; rendez-le accessible en écriture, ou ouvrez-le en lecture seule pour le consulter.</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
    <message>
        <source>{path} is at schema {value} and needs an upgrade, which a read-only look cannot do; make it writable and open it normally.</source>
        <translation>{path} est au schéma {value} et doit être mis à niveau, ce qu&apos;une consultation en lecture seule ne peut pas faire ; rendez-le accessible en écriture et ouvrez-le normalement.</translation>
    </message>
    <message>
        <source>demo rows for {table} have {values} values but the table has {columns} columns: update the demo generator for the model</source>
        <translation>les lignes de démo de {table} ont {values} valeurs mais la table a {columns} colonnes : mettez à jour le générateur de démo pour le modèle</translation>
    </message>
    <message>
        <source>The catalog (solution types and areas) must be loaded before a demo.</source>
        <translation>Le catalogue (types de solution et zones) doit être chargé avant une démo.</translation>
    </message>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation>Le nombre de patients ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in as one of its admins to add the demo.</source>
        <translation>Cette base de données a des comptes : connectez-vous avec l&apos;un de ses administrateurs pour ajouter la démo.</translation>
    </message>
    <message>
        <source>This database already has {existing} patient(s); the demo&apos;s invented patients are only added to a database without patients.</source>
        <translation>Cette base de données contient déjà {existing} patient(s) ; les patients fictifs de la démo ne sont ajoutés qu&apos;à une base sans patients.</translation>
    </message>
    <message>
        <source>{table}: the demo columns are not in table order</source>
        <translation>{table} : les colonnes de démo ne sont pas dans l&apos;ordre de la table</translation>
    </message>
    <message>
        <source>The catalog has no solution type {solution_type!r} for {name}.</source>
        <translation>Le catalogue n&apos;a pas de type de solution {solution_type!r} pour {name}.</translation>
    </message>
    <message>
        <source>{reason} ({path})</source>
        <translation>{reason} ({path})</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}</source>
        <translation>{kind} inattendu : {error}</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>saisie non valide</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was saved there.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}. Rien n&apos;y a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name, as printed on sheets and forms.</source>
        <translation>Saisissez le nom du cabinet, tel qu&apos;il figure sur les fiches et formulaires.</translation>
    </message>
    <message>
        <source>Enter the phone number patients should call.</source>
        <translation>Saisissez le numéro de téléphone que les patients doivent appeler.</translation>
    </message>
    <message>
        <source>Enter the name of the first practitioner.</source>
        <translation>Saisissez le nom du premier praticien.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no header line and no patient.</source>
        <translation>{name} est vide : il n&apos;y a ni ligne d&apos;en-tête ni patient.</translation>
    </message>
    <message>
        <source>{name} is not a text file in a known encoding; save it from the spreadsheet as CSV UTF-8.</source>
        <translation>{name} n&apos;est pas un fichier texte dans un encodage connu ; enregistrez-le depuis le tableur en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text but has bytes that are not valid UTF-8 on {line_list}; read as another encoding its accented letters would be garbled. Correct those lines, or save the file again as CSV UTF-8, and import it again.</source>
        <translation>{name} est un texte UTF-8 mais contient des octets non valides en UTF-8 ({line_list}) ; lu dans un autre encodage, ses lettres accentuées seraient altérées. Corrigez ces lignes, ou enregistrez à nouveau le fichier en CSV UTF-8, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>lines {shown} and {last} (and maybe more)</source>
        <translation>lignes {shown} et {last} (et peut-être d&apos;autres)</translation>
    </message>
    <message>
        <source>lines {shown} and {last}</source>
        <translation>lignes {shown} et {last}</translation>
    </message>
    <message>
        <source>{name} does not look like a spreadsheet saved as text (CSV); it holds binary data.</source>
        <translation>{name} ne ressemble pas à un tableau enregistré en texte (CSV) ; il contient des données binaires.</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {limit:,} characters; this is not a patient spreadsheet.</source>
        <translation>La ligne {number} de {name} dépasse {limit:,} caractères ; ce n&apos;est pas un tableau de patients.</translation>
    </message>
    <message>
        <source>{name} has two columns for {column} ({first!r} and {other!r}); keep one.</source>
        <translation>{name} a deux colonnes pour {column} ({first!r} et {other!r}) ; gardez-en une seule.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} is missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>La première ligne de {name} doit nommer les colonnes ; il manque {columns}. Colonnes attendues : {expected}. Trouvées : {found}.</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} are missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>La première ligne de {name} doit nommer les colonnes ; il manque {columns}. Colonnes attendues : {expected}. Trouvées : {found}.</translation>
    </message>
    <message>
        <source>Line {line} of {name} has a cell longer than {field_size_limit:,} characters; a quote may be missing its closing quote.</source>
        <translation>La ligne {line} de {name} contient une cellule de plus de {field_size_limit:,} caractères ; il manque peut-être un guillemet fermant.</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {detail}.</source>
        <translation>La ligne {line} de {name} ne peut pas être lue comme du CSV : {detail}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>{name} holds only blank lines: there is no header line.</source>
        <translation>{name} ne contient que des lignes vides : il n&apos;y a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>{name} changed while it was being imported.</source>
        <translation>{name} a été modifié pendant l&apos;import.</translation>
    </message>
    <message>
        <source>unknown area</source>
        <translation>zone inconnue</translation>
    </message>
    <message>
        <source>Mark {number}: {problem}.</source>
        <translation>Repère {number} : {problem}.</translation>
    </message>
    <message>
        <source>Mark {number}: record the volume injected there.</source>
        <translation>Repère {number} : indiquez le volume injecté à cet endroit.</translation>
    </message>
    <message>
        <source>Give a reason for archiving this patient.</source>
        <translation>Indiquez la raison de l&apos;archivage de ce patient.</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MB, over the clinic&apos;s limit of {limit:.0f} MB; nothing was stored</source>
        <translation>{name} fait {size:.1f} Mo, au-delà de la limite du cabinet de {limit:.0f} Mo ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{name} is not a photo mesodesk can read; nothing was stored</source>
        <translation>{name} n&apos;est pas une photo que mesodesk peut lire ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({error}); nothing was stored</source>
        <translation>{name} est endommagé ou incomplet ({error}) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG or HEIC; nothing was stored</source>
        <translation>{name} est une image {kind} ; les photos doivent être en JPEG, PNG ou HEIC ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG; nothing was stored</source>
        <translation>{name} est une image {kind} ; les photos doivent être en JPEG ou PNG ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{name} claims more than {number} million pixels, more than any clinic camera makes; it was not opened and nothing was stored</source>
        <translation>{name} annonce plus de {number} millions de pixels, plus que tout appareil photo de cabinet ; il n&apos;a pas été ouvert et rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>content changed (SHA-256 {actual}…, expected {expected}…)</source>
        <translation>contenu modifié (SHA-256 {actual}…, attendu {expected}…)</translation>
    </message>
    <message>
        <source>{path} does not exist; nothing was stored</source>
        <translation>{path} n&apos;existe pas ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo; nothing was stored</source>
        <translation>{path} est un dossier, pas une photo ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}; nothing was stored</source>
        <translation>impossible de lire {path} : {reason} ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>That session is not one of this patient&apos;s.</source>
        <translation>Cette séance n&apos;est pas une séance de ce patient.</translation>
    </message>
    <message>
        <source>There is no patient {patient_id}.</source>
        <translation>Il n&apos;existe aucun patient {patient_id}.</translation>
    </message>
    <message>
        <source>There is no photo {photo_id}.</source>
        <translation>Il n&apos;existe aucune photo {photo_id}.</translation>
    </message>
    <message>
        <source>The image of photo {photo_id} is missing; run mesodesk check.</source>
        <translation>L&apos;image de la photo {photo_id} est manquante ; lancez mesodesk check.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Saisissez le nom du praticien.</translation>
    </message>
    <message>
        <source>There is no practitioner with number {practitioner_id}.</source>
        <translation>Il n&apos;existe aucun praticien numéro {practitioner_id}.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Saisissez le nom du produit.</translation>
    </message>
    <message>
        <source>Unknown solution type.</source>
        <translation>Type de solution inconnu.</translation>
    </message>
    <message>
        <source>There is no product with number {product_id}.</source>
        <translation>Il n&apos;existe aucun produit numéro {product_id}.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Saisissez le numéro de lot imprimé sur l&apos;emballage.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Lot {number} is already recorded.</source>
        <translation>Le lot {number} est déjà enregistré.</translation>
    </message>
    <message>
        <source>There is no lot with number {lot_id}.</source>
        <translation>Il n&apos;existe aucun lot numéro {lot_id}.</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Saisissez le numéro du lot à rappeler.</translation>
    </message>
    <message>
        <source>No lot numbered {lot!r} is on record.</source>
        <translation>Aucun lot numéroté {lot!r} n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>There is no screening rule {rule_id!r}.</source>
        <translation>Il n&apos;existe aucune règle de dépistage {rule_id!r}.</translation>
    </message>
    <message>
        <source>Open the session and complete the pre-procedure checklist before marking it done.</source>
        <translation>Ouvrez la séance et complétez la check-list pré-procédure avant de la marquer comme réalisée.</translation>
    </message>
    <message>
        <source>Screening stops this treatment: {stops} To go ahead, the practitioner must give a reason for each stop.</source>
        <translation>Le dépistage arrête ce traitement : {stops} Pour poursuivre, le praticien doit indiquer un motif pour chaque arrêt.</translation>
    </message>
    <message>
        <source>{title}: {problem}</source>
        <translation>{title} : {problem}</translation>
    </message>
    <message>
        <source>Choose the practitioner who takes responsibility for going ahead.</source>
        <translation>Choisissez le praticien qui prend la responsabilité de poursuivre.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent (the text version signed) before marking the session done.</source>
        <translation>Enregistrez le consentement du patient (la version du texte signée) avant de marquer la séance comme réalisée.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Statut inconnu {status!r}.</translation>
    </message>
    <message>
        <source>Unknown practitioner.</source>
        <translation>Praticien inconnu.</translation>
    </message>
    <message>
        <source>Unknown consent text version.</source>
        <translation>Version du texte de consentement inconnue.</translation>
    </message>
    <message>
        <source>Line {index}: choose the treated area.</source>
        <translation>Ligne {index} : choisissez la zone traitée.</translation>
    </message>
    <message>
        <source>Line {index}: unknown technique.</source>
        <translation>Ligne {index} : technique inconnue.</translation>
    </message>
    <message>
        <source>Line {index}: the volume must be 0-100 ml.</source>
        <translation>Ligne {index} : le volume doit être de 0 à 100 ml.</translation>
    </message>
    <message>
        <source>Line {index}: the depth must be 0-20 mm.</source>
        <translation>Ligne {index} : la profondeur doit être de 0 à 20 mm.</translation>
    </message>
    <message>
        <source>Line {index}: {gauge}.</source>
        <translation>Ligne {index} : {gauge}.</translation>
    </message>
    <message>
        <source>Line {index}: unknown lot.</source>
        <translation>Ligne {index} : lot inconnu.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} is not of that product.</source>
        <translation>Ligne {index} : le lot {lot_number} n&apos;appartient pas à ce produit.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} expired on {expiry_date:%d %b %Y} and cannot be recorded.</source>
        <translation>Ligne {index} : le lot {lot_number} a expiré le {expiry_date:%d %b %Y} et ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>there is no such setting</source>
        <translation>ce réglage n&apos;existe pas</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is longer than {value} characters</source>
        <translation>dépasse {value} caractères</translation>
    </message>
    <message>
        <source>unknown time zone {value!r}</source>
        <translation>fuseau horaire inconnu {value!r}</translation>
    </message>
    <message>
        <source>paper size must be A4 or Letter</source>
        <translation>le format de papier doit être A4 ou Letter</translation>
    </message>
    <message>
        <source>date format must be one of {choices}</source>
        <translation>le format de date doit être l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>sheets are printed in {choices}, not {value!r}</source>
        <translation>les fiches sont imprimées en {choices}, pas en {value!r}</translation>
    </message>
    <message>
        <source>the photo size limit must be a whole number of megabytes from 1 to 200</source>
        <translation>la taille maximale des photos doit être un nombre entier de mégaoctets entre 1 et 200</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes from {low} to {high}</source>
        <translation>le verrouillage d&apos;inactivité doit être un nombre entier de minutes entre {low} et {high}</translation>
    </message>
    <message>
        <source>the window language must be one of {choices}</source>
        <translation>la langue de l&apos;interface doit être l&apos;une de {choices}</translation>
    </message>
    <message>
        <source>opening hours not usable: {error}</source>
        <translation>horaires d&apos;ouverture inutilisables : {error}</translation>
    </message>
    <message>
        <source>must be a backup policy</source>
        <translation>doit être une politique de sauvegarde</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The logo is {size} KB; please use an image under 1 MB.</source>
        <translation>Le logo fait {size} Ko ; utilisez une image de moins de 1 Mo.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The image file is damaged or not really a PNG or JPEG.</source>
        <translation>Le fichier image est endommagé ou n&apos;est pas vraiment un PNG ou un JPEG.</translation>
    </message>
    <message>
        <source>The logo is {width}×{height} pixels; please use one under {limit}.</source>
        <translation>Le logo fait {width}×{height} pixels ; utilisez-en un de moins de {limit}.</translation>
    </message>
    <message>
        <source>The logo is too small to print clearly.</source>
        <translation>Le logo est trop petit pour être imprimé nettement.</translation>
    </message>
    <message>
        <source>Texts exist in {join}; not in {language!r}.</source>
        <translation>Les textes existent en {join} ; pas en {language!r}.</translation>
    </message>
    <message>
        <source>There is no text version with number {template_id}.</source>
        <translation>Il n&apos;existe aucune version de texte numéro {template_id}.</translation>
    </message>
    <message>
        <source>Unknown kind of text {kind!r}.</source>
        <translation>Type de texte inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>There is no {kind} text called {key!r}.</source>
        <translation>Il n&apos;existe aucun texte {kind} nommé {key!r}.</translation>
    </message>
    <message>
        <source>{path} has accounts: sign in as one of its admins to move it to a server.</source>
        <translation>{path} a des comptes : connectez-vous avec l&apos;un de ses administrateurs pour transférer la base de données sur un serveur.</translation>
    </message>
    <message>
        <source>--database-url must name a server database (postgresql://...).</source>
        <translation>--database-url doit désigner une base de données sur un serveur (postgresql://...).</translation>
    </message>
    <message>
        <source>{database_label} holds no mesodesk clinic.</source>
        <translation>{database_label} ne contient aucun cabinet mesodesk.</translation>
    </message>
    <message>
        <source>{database_label} is at schema {revision}; open it once with this mesodesk (which brings it to {HEAD_REVISION}) and copy it then.</source>
        <translation>{database_label} est au schéma {revision} ; ouvrez cette base de données une fois avec cette version de mesodesk (qui la met au schéma {HEAD_REVISION}), puis copiez-la.</translation>
    </message>
    <message>
        <source>{database_label} is not empty ({count} table(s): {shown}); a clinic is copied into an empty database only.</source>
        <translation>{database_label} n&apos;est pas vide ({count} table(s) : {shown}) ; un cabinet ne peut être copié que dans une base de données vide.</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>Aucune base de données à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a mesodesk database.</source>
        <translation>{path} est un dossier, pas une base de données mesodesk.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a mesodesk database.</source>
        <translation>{path} est un fichier vide, pas une base de données mesodesk.</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file).</source>
        <translation>{path} n&apos;est pas une base de données mesodesk (pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{destination} is a folder; give a file name for the backup.</source>
        <translation>{destination} est un dossier ; donnez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>{destination} already exists; choose another name or add --force to replace it.</source>
        <translation>{destination} existe déjà ; choisissez un autre nom ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>{destination} is the database itself; choose another file.</source>
        <translation>{destination} est la base de données elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{destination} ends in {suffix}, the name of encrypted backups; encrypt it (--encrypt) or choose another name.</source>
        <translation>{destination} se termine par {suffix}, l&apos;extension des sauvegardes chiffrées ; chiffrez-la (--encrypt) ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file)</source>
        <translation>{path} n&apos;est pas une base de données mesodesk (pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>{path} is damaged (its header gives an impossible page size)</source>
        <translation>{path} est endommagé (son en-tête indique une taille de page impossible)</translation>
    </message>
    <message>
        <source>{path} is damaged: it is cut short ({size} bytes, not whole pages)</source>
        <translation>{path} est endommagé : il est tronqué ({size} octets, pas des pages entières)</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} est en lecture seule</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>le dossier {folder} est en lecture seule</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>Une phrase de passe de sauvegarde compte au moins 8 caractères.</translation>
    </message>
    <message>
        <source>{sealed} cannot be read: {reason}.</source>
        <translation>{sealed} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>{sealed} is not an encrypted mesodesk backup.</source>
        <translation>{sealed} n&apos;est pas une sauvegarde mesodesk chiffrée.</translation>
    </message>
    <message>
        <source>{sealed} was written by a newer mesodesk, or its header is damaged.</source>
        <translation>{sealed} a été écrit par une version plus récente de mesodesk, ou son en-tête est endommagé.</translation>
    </message>
    <message>
        <source>{sealed} has a damaged header ({error}).</source>
        <translation>{sealed} a un en-tête endommagé ({error}).</translation>
    </message>
    <message>
        <source>The passphrase does not open {sealed} (or the file&apos;s header was changed); nothing was restored.</source>
        <translation>La phrase de passe n&apos;ouvre pas {sealed} (ou l&apos;en-tête du fichier a été modifié) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>{sealed} is cut short; nothing was restored.</source>
        <translation>{sealed} est tronqué ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>{sealed} was changed after it was written (chunk {number} fails its check); nothing was restored.</source>
        <translation>{sealed} a été modifié après son écriture (le bloc {number} échoue à sa vérification) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>a Database needs a URL or an SQLite file path</source>
        <translation>une Database nécessite une URL ou le chemin d&apos;un fichier SQLite</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved. Free some space and try again.</source>
        <translation>Le disque contenant {where} est plein ; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; nothing was saved. Try again in a moment.</source>
        <translation>{where} est verrouillé par un autre programme ; rien n&apos;a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{where} is not a mesodesk database (not an SQLite file).</source>
        <translation>{where} n&apos;est pas une base de données mesodesk (pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{where} is read-only (the file or its folder may not be written); nothing was saved.</source>
        <translation>{where} est en lecture seule (le fichier ou son dossier n&apos;est pas accessible en écriture) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{where} cannot be opened for reading and writing.</source>
        <translation>{where} ne peut pas être ouvert en lecture et en écriture.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite reports it as malformed).</source>
        <translation>{where} est endommagé (SQLite le signale comme corrompu).</translation>
    </message>
    <message>
        <source>The disk holding {where} reported an input/output error.</source>
        <translation>Le disque contenant {where} a signalé une erreur d&apos;entrée/sortie.</translation>
    </message>
    <message>
        <source>The change was refused by {where}: {orig}</source>
        <translation>La modification a été refusée par {where} : {orig}</translation>
    </message>
    <message>
        <source>{where} reported a problem: {orig}</source>
        <translation>{where} a signalé un problème : {orig}</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({first}); check the address, the network and that the server is running.</source>
        <translation>Le serveur de base de données est injoignable ({first}) ; vérifiez l&apos;adresse, le réseau et que le serveur est bien démarré.</translation>
    </message>
    <message>
        <source>The server&apos;s disk holding {where} is full; nothing was saved.</source>
        <translation>Le disque du serveur contenant {where} est plein ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database server refused the login: {first}</source>
        <translation>Le serveur de base de données a refusé la connexion : {first}</translation>
    </message>
    <message>
        <source>The lock folder {folder} cannot be created: {reason}.</source>
        <translation>Le dossier de verrou {folder} ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be examined: {reason}.</source>
        <translation>{path} ne peut pas être examiné : {reason}.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be opened: {reason}.</source>
        <translation>Le fichier de verrou {path} ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (processus {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another mesodesk window{owner}. Switch to that window, or close it first.</source>
        <translation>{path} est déjà ouvert dans une autre fenêtre mesodesk{owner}. Passez à cette fenêtre ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>{path} is being restored; try again once the restore is done.</source>
        <translation>{path} est en cours de restauration ; réessayez une fois la restauration terminée.</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>la restauration</translation>
    </message>
    <message>
        <source>{path} is in use by a mesodesk window or command; close them before {what}.</source>
        <translation>{path} est utilisé par une fenêtre ou une commande mesodesk ; fermez-les avant {what}.</translation>
    </message>
    <message>
        <source>{value} is an SQLite database, but not a mesodesk one.</source>
        <translation>{value} est une base de données SQLite, mais pas une base mesodesk.</translation>
    </message>
    <message>
        <source>{where} was written by a newer mesodesk (schema {revision}); install the newer mesodesk to open it.</source>
        <translation>{where} a été écrit par une version plus récente de mesodesk (schéma {revision}) ; installez la nouvelle version de mesodesk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{source} is an SQLite file, but not a mesodesk database.</source>
        <translation>{source} est un fichier SQLite, mais pas une base de données mesodesk.</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); nothing was restored.</source>
        <translation>{source} est endommagé ({value}) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>{source} has no schema revision; it is not a mesodesk database.</source>
        <translation>{source} n&apos;a pas de révision de schéma ; ce n&apos;est pas une base de données mesodesk.</translation>
    </message>
    <message>
        <source>{source} is encrypted; give its passphrase to restore it.</source>
        <translation>{source} est chiffré ; donnez sa phrase de passe pour le restaurer.</translation>
    </message>
    <message>
        <source>{source} could not be decrypted next to {beside}: {reason}.</source>
        <translation>{source} n&apos;a pas pu être déchiffré à côté de {beside} : {reason}.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>La sauvegarde et la base de données sont le même fichier.</translation>
    </message>
    <message>
        <source>Cannot restore into {db_path}: {problem}; nothing was changed.</source>
        <translation>Impossible de restaurer dans {db_path} : {problem} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full; {name} was not written.</source>
        <translation>Le disque contenant {parent} est plein ; {name} n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>{parent} may not be written ({reason}); {name} was not written.</source>
        <translation>{parent} n&apos;est pas accessible en écriture ({reason}) ; {name} n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} n&apos;a pas pu être écrit : {reason}.</translation>
    </message>
    <message>
        <source>{path}: {last}</source>
        <translation>{path} : {last}</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); no backup was written. Restore the latest good backup.</source>
        <translation>{source} est endommagé ({value}) ; aucune sauvegarde n&apos;a été écrite. Restaurez la dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>la base de données est verrouillée</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; the backup was not written there.</source>
        <translation>Le disque contenant {folder} est plein ; la sauvegarde n&apos;y a pas été écrite.</translation>
    </message>
    <message>
        <source>The backup cannot be written in {folder} (read-only or missing).</source>
        <translation>La sauvegarde ne peut pas être écrite dans {folder} (en lecture seule ou absent).</translation>
    </message>
    <message>
        <source>Writing the backup in {folder} failed with an input/output error.</source>
        <translation>L&apos;écriture de la sauvegarde dans {folder} a échoué sur une erreur d&apos;entrée/sortie.</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source} : {error}</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>Le dossier de sauvegarde {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup folder {folder} may not be written.</source>
        <translation>Le dossier de sauvegarde {folder} n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup of {source} failed its check: {message}.</source>
        <translation>La sauvegarde de {source} a échoué à sa vérification : {message}.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}

The details were written to {1}. Your last change may not have been saved: check it, and try again.</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {0}

Les détails ont été écrits dans {1}. Votre dernière modification n&apos;a peut-être pas été enregistrée&#xa0;: vérifiez-la et réessayez.</translation>
    </message>
</context>
</TS>
