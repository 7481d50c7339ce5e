<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Roles of {0}</source>
        <translation>Roles de {0}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Pr&amp;actitioner</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <source>R&amp;eception</source>
        <translation>R&amp;ecepción</translation>
    </message>
    <message>
        <source>Manager / a&amp;dmin</source>
        <translation>Responsable / a&amp;dministrador</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Treats as</source>
        <translation>&amp;Atiende como</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>(nobody: does not treat patients)</source>
        <translation>(nadie: no atiende pacientes)</translation>
    </message>
    <message>
        <source>A new practitioner record with this account&apos;s name</source>
        <translation>Una nueva ficha de profesional con el nombre de esta cuenta</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Type the name they sign in with.</source>
        <translation>Escriba el nombre con el que accede.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Marque al menos un rol.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>No se ha guardado nada: {0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Manager / admin</source>
        <translation>Responsable / administrador</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its history stays under its name.</source>
        <translation>Las cuentas nunca se eliminan: una cuenta desactivada no puede acceder y su historial sigue a su nombre.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Account added. They can sign in now.</source>
        <translation>Cuenta añadida. Ya puede acceder.</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>Roles guardados.</translation>
    </message>
    <message>
        <source>New password set for {0}.</source>
        <translation>Nueva contraseña establecida para {0}.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in; everything they did stays under their name. You can reactivate the account later.</source>
        <translation>¿Desactivar a {0}? Ya no podrá acceder; todo lo que hizo sigue a su nombre. Puede reactivar la cuenta más adelante.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} está desactivado.</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} puede volver a acceder.</translation>
    </message>
</context>
<context>
    <name>AdverseEventEditor</name>
    <message>
        <source>Record an adverse event</source>
        <translation>Registrar un evento adverso</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>El evento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The list of event types could not be read: {0}</source>
        <translation>No se ha podido leer la lista de tipos de evento: {0}</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Tipo *</translation>
    </message>
    <message>
        <source>&amp;Onset *</source>
        <translation>&amp;Inicio *</translation>
    </message>
    <message>
        <source>&amp;Mild</source>
        <translation>&amp;Leve</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>Mo&amp;derado</translation>
    </message>
    <message>
        <source>Se&amp;vere</source>
        <translation>&amp;Grave</translation>
    </message>
    <message>
        <source>Severity *</source>
        <translation>Gravedad *</translation>
    </message>
    <message>
        <source>What was seen, where, and how large, e.g. 3 cm bruise on the left cheek</source>
        <translation>Qué se observó, dónde y de qué tamaño, p. ej. hematoma de 3 cm en la mejilla izquierda</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>Reported to the authority? *</source>
        <translation>¿Se notificó a la autoridad? *</translation>
    </message>
    <message>
        <source>Severe events are usually reportable to the health authority. Record the answer here: the event cannot be saved without it.</source>
        <translation>Los eventos graves suelen ser de notificación obligatoria a la autoridad sanitaria. Registre aquí la respuesta: el evento no se puede guardar sin ella.</translation>
    </message>
    <message>
        <source>&amp;Yes, it was reported</source>
        <translation>&amp;Sí, se notificó</translation>
    </message>
    <message>
        <source>&amp;No, not reported</source>
        <translation>&amp;No, no se notificó</translation>
    </message>
    <message>
        <source>Care and follow-up</source>
        <translation>Cuidados y seguimiento</translation>
    </message>
    <message>
        <source>e.g. Cold compresses, arnica gel; patient reassured</source>
        <translation>p. ej. compresas frías, gel de árnica; se tranquilizó al paciente</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Medida tomada</translation>
    </message>
    <message>
        <source>When to check on the patient again; optional.</source>
        <translation>Cuándo volver a revisar al paciente; opcional.</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Seg&amp;uimiento</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Cómo terminó, p. ej. desapareció en una semana</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>E&amp;volución</translation>
    </message>
    <message>
        <source>Leave empty while the event is still open; an outcome is then required.</source>
        <translation>Déjelo vacío mientras el evento siga abierto; entonces la evolución es obligatoria.</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Resuelto el</translation>
    </message>
    <message>
        <source>The event could not be opened: {0}</source>
        <translation>No se ha podido abrir el evento: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt; · session of {when}</source>
        <translation>&lt;b&gt;{patient}&lt;/b&gt; · sesión del {when}</translation>
    </message>
    <message>
        <source> with {who}</source>
        <translation> con {who}</translation>
    </message>
    <message>
        <source>An expected reaction</source>
        <translation>Una reacción esperada</translation>
    </message>
    <message>
        <source>; it usually settles in {0}.</source>
        <translation>; suele remitir en {0}.</translation>
    </message>
    <message>
        <source>A complication (rare).</source>
        <translation>Una complicación (rara).</translation>
    </message>
    <message>
        <source>A complication.</source>
        <translation>Una complicación.</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Elija el tipo de evento.</translation>
    </message>
    <message>
        <source>Enter the day the event began.</source>
        <translation>Indique el día en que empezó el evento.</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Elija la gravedad.</translation>
    </message>
    <message>
        <source>Answer Yes or No before saving.</source>
        <translation>Responda Sí o No antes de guardar.</translation>
    </message>
    <message>
        <source>The event was not saved: {reason}</source>
        <translation>El evento no se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Aún no se ha guardado nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>This adverse event has changes that are not saved. Save them now?</source>
        <translation>Este evento adverso tiene cambios sin guardar. ¿Guardarlos ahora?</translation>
    </message>
</context>
<context>
    <name>AdverseEventsPage</name>
    <message>
        <source>Open adverse events</source>
        <translation>Eventos adversos abiertos</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <source>Open patient&apos;s &amp;chart</source>
        <translation>Abrir la &amp;ficha del paciente</translation>
    </message>
    <message>
        <source>Record the outcome and close the event (Ctrl+R)</source>
        <translation>Registrar la evolución y cerrar el evento (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No open adverse events — nothing is waiting for follow-up.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Record an event from the session it followed, in the patient&apos;s chart. It stays on this list, by follow-up date, until it is resolved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay eventos adversos abiertos: nada pendiente de seguimiento.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registre un evento desde la sesión a la que siguió, en la ficha del paciente. Permanece en esta lista, por fecha de seguimiento, hasta que se resuelva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rows in red have a follow-up date that has passed. Double-click an event (or press Enter) to amend it; right-click for more.</source>
        <translation>Las filas en rojo tienen una fecha de seguimiento ya pasada. Haga doble clic en un evento (o pulse Enter) para modificarlo; clic derecho para más opciones.</translation>
    </message>
    <message>
        <source>Open adverse events could not be loaded: {0}</source>
        <translation>No se han podido cargar los eventos adversos abiertos: {0}</translation>
    </message>
    <message>
        <source>1 open event</source>
        <translation>1 evento abierto</translation>
    </message>
    <message>
        <source>{n} open events</source>
        <translation>{n} eventos abiertos</translation>
    </message>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 seguimiento atrasado</translation>
    </message>
    <message>
        <source>{n} follow-ups overdue</source>
        <translation>{n} seguimientos atrasados</translation>
    </message>
</context>
<context>
    <name>AlertBadges</name>
    <message>
        <source>No medical profile recorded</source>
        <translation>No hay perfil médico registrado</translation>
    </message>
    <message>
        <source>Record one with Edit patient… before treating.</source>
        <translation>Regístrelo con Editar paciente… antes de tratar.</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Anticoagulantes</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Embarazada o en lactancia</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendencia a queloides</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Miedo a las agujas</translation>
    </message>
    <message>
        <source>No alerts in the medical profile</source>
        <translation>Sin alertas en el perfil médico</translation>
    </message>
    <message>
        <source>see profile</source>
        <translation>ver perfil</translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation>Alergias: {0}</translation>
    </message>
</context>
<context>
    <name>AllergenHint</name>
    <message>
        <source>Add to allergens</source>
        <translation>Añadir a alérgenos</translation>
    </message>
    <message>
        <source>Add {names} to the screened allergens?</source>
        <translation>¿Añadir {names} a los alérgenos del cribado?</translation>
    </message>
    <message>
        <source>Add all to allergens</source>
        <translation>Añadir todos a alérgenos</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>— no practitioner recorded —</source>
        <translation>— ningún profesional registrado —</translation>
    </message>
    <message>
        <source>Why the session did not take place</source>
        <translation>Por qué no se realizó la sesión</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Patient {0}</source>
        <translation>Paciente {0}</translation>
    </message>
    <message>
        <source>Who saw or changed this record</source>
        <translation>Quién vio o cambió este registro</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nombre y luego Enter</translation>
    </message>
    <message>
        <source>(every patient)</source>
        <translation>(todos los pacientes)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(todos)</translation>
    </message>
    <message>
        <source>No patient matches “{0}”.</source>
        <translation>Ningún paciente coincide con «{0}».</translation>
    </message>
    <message>
        <source>“{0}” is not a date; type it as {1}.</source>
        <translation>«{0}» no es una fecha; escríbala como {1}.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit was not exported: {0}</source>
        <translation>No se ha exportado la auditoría: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup when mesodesk closed ({0}) failed: {1}</source>
        <translation>La copia de seguridad al cerrar mesodesk ({0}) ha fallado: {1}</translation>
    </message>
    <message>
        <source>it did not finish within {0:g} seconds.</source>
        <translation>no terminó en {0:g} segundos.</translation>
    </message>
    <message>
        <source>the backup&apos;s check failed: {0}</source>
        <translation>la comprobación de la copia de seguridad ha fallado: {0}</translation>
    </message>
    <message>
        <source>Last backup: …</source>
        <translation>Última copia de seguridad: …</translation>
    </message>
    <message>
        <source>Backups: on the server, scheduled on one computer</source>
        <translation>Copias de seguridad: en el servidor, programadas en un equipo</translation>
    </message>
    <message>
        <source>A clinic on a server is backed up by pg_dump on the server, or by `mesodesk backup --auto --database-url URL` scheduled on one computer; File → Back up database… writes a checked copy now.</source>
        <translation>La copia de seguridad de una clínica en un servidor se hace con pg_dump en el servidor, o con `mesodesk backup --auto --database-url URL` programado en un equipo; Archivo → Hacer copia de la base de datos… crea ahora una copia comprobada.</translation>
    </message>
    <message>
        <source>Last backup: unknown</source>
        <translation>Última copia de seguridad: desconocida</translation>
    </message>
    <message>
        <source>No good backup yet</source>
        <translation>Aún no hay ninguna copia de seguridad válida</translation>
    </message>
    <message>
        <source>Last good backup: {0}</source>
        <translation>Última copia válida: {0}</translation>
    </message>
    <message>
        <source>Last good backup {0} days ago</source>
        <translation>Última copia válida hace {0} días</translation>
    </message>
    <message>
        <source>Backups are made by themselves; the Backups page lists them and sets how often.</source>
        <translation>Las copias de seguridad se hacen solas; la página Copias de seguridad las muestra y fija su frecuencia.</translation>
    </message>
    <message>
        <source>The last good backup is older than the clinic&apos;s setting ({0} days). Back up now from the Backups page, and check the backup folder.</source>
        <translation>La última copia válida es más antigua que lo fijado por la clínica ({0} días). Haga una copia ahora desde la página Copias de seguridad y revise la carpeta de copias.</translation>
    </message>
    <message>
        <source>last backup failed</source>
        <translation>falló la última copia de seguridad</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La copia de seguridad automática ha fallado: {0}</translation>
    </message>
    <message>
        <source>The automatic backup&apos;s check failed: {0}</source>
        <translation>La comprobación de la copia de seguridad automática ha fallado: {0}</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(cifrada)</translation>
    </message>
    <message>
        <source>Of another database</source>
        <translation>De otra base de datos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A backup of another database kept in the same folder (perhaps with the same file name): it is not a backup of this one and is not restored here.</source>
        <translation>Una copia de seguridad de otra base de datos guardada en la misma carpeta (quizá con el mismo nombre de archivo): no es una copia de esta y no se restaura aquí.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backups in this folder yet. mesodesk makes one by itself when it is due.</source>
        <translation>Aún no hay copias en esta carpeta. mesodesk hace una por sí solo cuando corresponde.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>{0} backups in {1}; the newest good one was taken {2}.</source>
        <translation>{0} copias en {1}; la más reciente válida se hizo el {2}.</translation>
    </message>
    <message>
        <source>No good backup in {0} yet.</source>
        <translation>Aún no hay ninguna copia válida en {0}.</translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation>No se ha hecho la copia de seguridad: {0}</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}</source>
        <translation>Copia de seguridad hecha y comprobada: {0}</translation>
    </message>
    <message>
        <source>The backup {0} was written but its check failed: {1}</source>
        <translation>La copia {0} se ha escrito, pero su comprobación ha fallado: {1}</translation>
    </message>
    <message>
        <source>The folder {0} does not exist yet; it is made with the first backup.</source>
        <translation>La carpeta {0} aún no existe; se crea con la primera copia.</translation>
    </message>
    <message>
        <source>The backup settings were not saved: {0}</source>
        <translation>No se ha guardado la configuración de copias: {0}</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Configuración de copias guardada.</translation>
    </message>
</context>
<context>
    <name>BusySave</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>This session is {status} and cannot be cancelled.</source>
        <translation>Esta sesión está {status} y no se puede cancelar.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <source>Cancel {patient}&apos;s session of {when}.

Reason (optional), e.g. “called in sick”:</source>
        <translation>Cancelar la sesión de {patient} del {when}.

Motivo (opcional), p. ej. «ha avisado de que está enfermo»:</translation>
    </message>
    <message>
        <source>Session not cancelled</source>
        <translation>Sesión no cancelada</translation>
    </message>
    <message>
        <source>Cancelled {patient}&apos;s session of {when}.</source>
        <translation>Se ha cancelado la sesión de {patient} del {when}.</translation>
    </message>
    <message>
        <source>Drop the session in a practitioner&apos;s column.</source>
        <translation>Suelte la sesión en la columna de un profesional.</translation>
    </message>
    <message>
        <source>Moved {patient} to {when}.</source>
        <translation>{patient} se ha movido al {when}.</translation>
    </message>
    <message>
        <source>Now with {who}.</source>
        <translation>Ahora con {who}.</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>También se ha movido 1 sesión posterior de la pauta.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>También se han movido {n} sesiones posteriores de la pauta.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Mover sesión</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>Sesión no movida</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Previous day or week (PageUp, Alt+Left)</source>
        <translation>Día o semana anterior (PageUp, Alt+Left)</translation>
    </message>
    <message>
        <source>Next day or week (PageDown, Alt+Right)</source>
        <translation>Día o semana siguiente (PageDown, Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Back to today (T or Home)</source>
        <translation>Volver a hoy (T o Home)</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Reservar…</translation>
    </message>
    <message>
        <source>Book a session in the selected free slot (Ctrl+B or Insert)</source>
        <translation>Reservar una sesión en el hueco libre seleccionado (Ctrl+B o Insert)</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancelar sesión…</translation>
    </message>
    <message>
        <source>Cancel the selected session and offer a replacement slot (Delete)</source>
        <translation>Cancelar la sesión seleccionada y ofrecer otro hueco (Delete)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>One day, a column per practitioner (D)</source>
        <translation>Un día, una columna por profesional (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Monday to Sunday; with several practitioners it scrolls sideways (W)</source>
        <translation>De lunes a domingo; con varios profesionales se desplaza en horizontal (W)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>The practitioners could not be loaded: {0}</source>
        <translation>No se han podido cargar los profesionales: {0}</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: {0}</source>
        <translation>No se ha podido cargar el calendario: {0}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>The selected slot is taken: choose a free slot to book.</source>
        <translation>El hueco seleccionado está ocupado: elija uno libre para reservar.</translation>
    </message>
    <message>
        <source>Select a session to cancel.</source>
        <translation>Seleccione una sesión para cancelar.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Abrir sesión</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>&amp;Cancelar sesión…</translation>
    </message>
    <message>
        <source>&amp;New session at {0}…</source>
        <translation>&amp;Nueva sesión a las {0}…</translation>
    </message>
    <message>
        <source>Click to see this day.</source>
        <translation>Haga clic para ver este día.</translation>
    </message>
    <message>
        <source>Click to see only this practitioner.</source>
        <translation>Haga clic para ver solo a este profesional.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{start} – {end} (week {week})</source>
        <translation>{start} – {end} (semana {week})</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Sin sesiones</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>{n} cancelled or missed</source>
        <translation>{n} canceladas o perdidas</translation>
    </message>
    <message>
        <source>Done sessions are never moved; open the session to amend its record.</source>
        <translation>Las sesiones realizadas nunca se mueven; abra la sesión para rectificar su registro.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Una sesión cancelada o perdida conserva su fecha; reserve otra en su lugar.</translation>
    </message>
    <message>
        <source>{start}–{end}, {patient}, {status}, {who}</source>
        <translation>{start}–{end}, {patient}, {status}, {who}</translation>
    </message>
    <message>
        <source>no practitioner</source>
        <translation>sin profesional</translation>
    </message>
    <message>
        <source>{status} · {who}</source>
        <translation>{status} · {who}</translation>
    </message>
    <message>
        <source>Areas: {0}</source>
        <translation>Zonas: {0}</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Productos: {0}</translation>
    </message>
    <message>
        <source>Part of a treatment course</source>
        <translation>Forma parte de una pauta</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Falta en el registro: {0}</translation>
    </message>
    <message>
        <source>A screening block was overridden with a reason</source>
        <translation>Se continuó pese a un bloqueo del cribado, con motivo</translation>
    </message>
    <message>
        <source>Drag to move; double-click or Enter to open.</source>
        <translation>Arrastre para mover; doble clic o Enter para abrir.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Click to open this day.</source>
        <translation>Haga clic para abrir este día.</translation>
    </message>
    <message>
        <source>Choose one practitioner to see them all.</source>
        <translation>Elija un profesional para verlos todos.</translation>
    </message>
    <message>
        <source>Clinic calendar</source>
        <translation>Calendario de la clínica</translation>
    </message>
    <message>
        <source>{n} sessions. Arrows move the cursor, Enter opens a session or books a free slot, Ctrl+B or Insert books it, Delete cancels a session, PageUp and PageDown change the day or week, T goes to today.</source>
        <translation>{n} sesiones. Las flechas mueven el cursor, Enter abre una sesión o reserva un hueco libre, Ctrl+B o Insert lo reserva, Delete cancela una sesión, PageUp y PageDown cambian de día o semana, T va a hoy.</translation>
    </message>
    <message>
        <source>Free: {who}, {when}</source>
        <translation>Libre: {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Demasiados intentos fallidos. Espere {0} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The password was not changed: {0}</source>
        <translation>No se ha cambiado la contraseña: {0}</translation>
    </message>
</context>
<context>
    <name>ChartHeader</name>
    <message>
        <source>Edit patient…</source>
        <translation>Editar paciente…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <source>Patient record…</source>
        <translation>Ficha del paciente…</translation>
    </message>
    <message>
        <source>This patient could not be loaded</source>
        <translation>No se ha podido cargar este paciente</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{0} years old</source>
        <translation>{0} años</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>nacimiento: {0}</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <source>Archived on {0}: {1}</source>
        <translation>Archivado el {0}: {1}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the patient to record new sessions.</source>
        <translation>Restaure el paciente para registrar nuevas sesiones.</translation>
    </message>
</context>
<context>
    <name>ChartHost</name>
    <message>
        <source>← Patient list</source>
        <translation>← Lista de pacientes</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Pre-procedure checklist</source>
        <translation>Lista de comprobación previa</translation>
    </message>
    <message>
        <source>If not ticked: why</source>
        <translation>Si no se marca: por qué</translation>
    </message>
    <message>
        <source>Note for: {item}</source>
        <translation>Nota para: {item}</translation>
    </message>
    <message>
        <source>Tic&amp;k all</source>
        <translation>Marcar &amp;todo</translation>
    </message>
    <message>
        <source>Not filled in yet: needed before marking done.</source>
        <translation>Sin rellenar: necesario antes de marcar como realizada.</translation>
    </message>
    <message>
        <source>{n} item(s) unticked without a note.</source>
        <translation>{n} elemento(s) sin marcar y sin nota.</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Completa.</translation>
    </message>
    <message>
        <source>Consultation held and expectations discussed</source>
        <translation>Consulta realizada y expectativas comentadas</translation>
    </message>
    <message>
        <source>Medical history reviewed today</source>
        <translation>Historial médico revisado hoy</translation>
    </message>
    <message>
        <source>Blood thinners stopped as advised (or not taking any)</source>
        <translation>Anticoagulantes suspendidos según lo indicado (o no toma)</translation>
    </message>
    <message>
        <source>No alcohol or smoking in the last few days</source>
        <translation>Sin alcohol ni tabaco en los últimos días</translation>
    </message>
    <message>
        <source>No sunburn or irritation on the area</source>
        <translation>Sin quemaduras solares ni irritación en la zona</translation>
    </message>
    <message>
        <source>No recent peel or laser treatment on the area</source>
        <translation>Sin peeling ni láser recientes en la zona</translation>
    </message>
    <message>
        <source>Skin cleansed and disinfected</source>
        <translation>Piel limpia y desinfectada</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Clinic details</source>
        <translation>Datos de la clínica</translation>
    </message>
    <message>
        <source>As printed on aftercare sheets and consent forms</source>
        <translation>Tal como se imprimen en las hojas de cuidados posteriores y los consentimientos</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>Direc&amp;ción</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>p. ej. +34 912 345 678</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>After-hours number or what to do, printed near the warning signs</source>
        <translation>Número fuera de horario o qué hacer, impreso junto a los signos de alarma</translation>
    </message>
    <message>
        <source>&amp;Emergency / after hours</source>
        <translation>&amp;Urgencias / fuera de horario</translation>
    </message>
    <message>
        <source>Time, dates and paper</source>
        <translation>Hora, fechas y papel</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>{format}   (e.g. {example})</source>
        <translation>{format}   (p. ej. {example})</translation>
    </message>
    <message>
        <source>&amp;Date format</source>
        <translation>&amp;Formato de fecha</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>With no keyboard or mouse use for this long, the desk locks itself.</source>
        <translation>Si no se usa el teclado ni el ratón durante este tiempo, el puesto se bloquea solo.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>Bloquear tras &amp;inactividad</translation>
    </message>
    <message>
        <source>Window lang&amp;uage</source>
        <translation>Idi&amp;oma de la interfaz</translation>
    </message>
    <message>
        <source>Patients without a lan&amp;guage get sheets in</source>
        <translation>Los pacientes sin i&amp;dioma reciben las hojas en</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>PNG or JPEG under 1 MB, printed at the top of aftercare sheets and consent forms. A wide logo on a white or transparent background prints best.</source>
        <translation>PNG o JPEG de menos de 1 MB, impreso en la parte superior de las hojas de cuidados posteriores y los consentimientos. Un logotipo ancho sobre fondo blanco o transparente se imprime mejor.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Consent must be recorded before a session is mar&amp;ked done</source>
        <translation>Debe &amp;registrarse el consentimiento antes de marcar una sesión como realizada</translation>
    </message>
    <message>
        <source>When ticked, a session without recorded consent cannot be marked done. Untick only if your clinic records consent elsewhere.</source>
        <translation>Si está marcado, una sesión sin consentimiento registrado no puede marcarse como realizada. Desmárquelo solo si su clínica registra el consentimiento en otro lugar.</translation>
    </message>
    <message>
        <source>Put patients&apos; names in the &amp;file names offered for saving</source>
        <translation>Incluir el nombre del paciente en los nombres de archi&amp;vo propuestos al guardar</translation>
    </message>
    <message>
        <source>Unticked, aftercare sheets are named by date, time and session number and calendar files by patient number, so a folder listing, a backup drive or a synced folder shows no patient&apos;s name.</source>
        <translation>Si no está marcado, las hojas de cuidados posteriores se nombran por fecha, hora y número de sesión, y los archivos de calendario por número de paciente, de modo que ni el listado de una carpeta, ni un disco de copias ni una carpeta sincronizada muestran el nombre de ningún paciente.</translation>
    </message>
    <message>
        <source>Show the injection &amp;map on aftercare sheets</source>
        <translation>Mostrar el &amp;mapa de inyecciones en las hojas de cuidados posteriores</translation>
    </message>
    <message>
        <source>A small diagram of where the injections were given, for sessions with marks.</source>
        <translation>Un pequeño diagrama de dónde se pusieron las inyecciones, para las sesiones con marcas.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>No se ha podido leer la configuración: {reason}</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s time zone.</source>
        <translation>Elija la zona horaria de la clínica.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: pick one from the list, e.g. Europe/London.</source>
        <translation>«{zone}» no es una zona horaria: elija una de la lista, p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>No se ha podido leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} was not used: {reason}</source>
        <translation>No se ha usado {name}: {reason}</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>The logo will be removed when you press OK or Apply.</source>
        <translation>El logotipo se quitará al pulsar Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} píxeles, {size} KB</translation>
    </message>
    <message>
        <source>saved when you press OK or Apply</source>
        <translation>se guarda al pulsar Aceptar o Aplicar</translation>
    </message>
    <message>
        <source>Type part of a city, e.g. “Paris”, and pick the zone from the list.</source>
        <translation>Escriba parte del nombre de una ciudad, p. ej. «Madrid», y elija la zona de la lista.</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este equipo</translation>
    </message>
    <message>
        <source>The language of mesodesk&apos;s window, and how it writes dates and numbers.</source>
        <translation>El idioma de la ventana de mesodesk y cómo escribe fechas y números.</translation>
    </message>
    <message>
        <source>Takes effect the next time mesodesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie mesodesk.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Deslizador</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>&amp;First of the course vs latest</source>
        <translation>&amp;Primera de la pauta frente a la última</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Izquierda:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Derecha:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrows to move, 0 to fit.</source>
        <translation>Rueda o +/− para ampliar, arrastrar o flechas para desplazar, 0 para ajustar.</translation>
    </message>
    <message>
        <source>Divider:</source>
        <translation>Divisor:</translation>
    </message>
    <message>
        <source>Right photo opacity:</source>
        <translation>Opacidad de la foto derecha:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Modificado en otro puesto</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <source>%1 saved this record%2 after you opened it.</source>
        <translation>%1 ha guardado este registro%2 después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record after you opened it.</source>
        <translation>Alguien en otro puesto ha guardado este registro después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>Nothing of yours is saved yet. Here is what differs:</source>
        <translation>Aún no se ha guardado nada suyo. Estas son las diferencias:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs (saved by %1)</source>
        <translation>Del otro puesto (guardado por %1)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Del otro puesto (guardado)</translation>
    </message>
    <message>
        <source>Yours (typed)</source>
        <translation>Sus cambios (escritos)</translation>
    </message>
    <message>
        <source>&amp;Take theirs and re-apply mine</source>
        <translation>&amp;Tomar lo del otro puesto y volver a aplicar lo mío</translation>
    </message>
    <message>
        <source>Load what was saved, then put back the fields you changed, to check and save.</source>
        <translation>Cargar lo guardado y volver a poner los campos que usted cambió, para revisarlos y guardar.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar lo mío</translation>
    </message>
    <message>
        <source>Save your values over theirs; the history records the overwrite.</source>
        <translation>Guardar sus valores sobre los del otro puesto; el historial registra la sobrescritura.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Patient has read and si&amp;gned the form</source>
        <translation>El paciente ha leído y &amp;firmado el formulario</translation>
    </message>
    <message>
        <source>Print consent &amp;form…</source>
        <translation>Imprimir formulario de &amp;consentimiento…</translation>
    </message>
    <message>
        <source>No consent text is set up for this treatment.</source>
        <translation>No hay texto de consentimiento configurado para este tratamiento.</translation>
    </message>
    <message>
        <source>Consent text: {label}, version {v}.</source>
        <translation>Texto de consentimiento: {label}, versión {v}.</translation>
    </message>
    <message>
        <source>Consent given {when} to: {label}.</source>
        <translation>Consentimiento otorgado el {when} para: {label}.</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation>Acciones de la pauta</translation>
    </message>
    <message>
        <source>Mark &amp;abandoned…</source>
        <translation>Marcar como &amp;abandonada…</translation>
    </message>
    <message>
        <source>&amp;Reopen course</source>
        <translation>&amp;Reabrir pauta</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>cada {n} días</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} realizadas</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation>{n} perdidas</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>próxima: {when}</translation>
    </message>
    <message>
        <source>maintenance due {date}</source>
        <translation>mantenimiento previsto el {date}</translation>
    </message>
    <message>
        <source>no next session booked</source>
        <translation>sin próxima sesión reservada</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>a practitioner must confirm before the session is marked done</source>
        <translation>un profesional debe confirmar antes de marcar la sesión como realizada</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nueva pauta</translation>
    </message>
    <message>
        <source>No dates proposed.</source>
        <translation>No se han propuesto fechas.</translation>
    </message>
    <message>
        <source>No dates proposed. {reason}</source>
        <translation>No se han propuesto fechas. {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>No se ha guardado nada. {reason}</translation>
    </message>
    <message>
        <source>New course for {name}</source>
        <translation>Nueva pauta para {name}</translation>
    </message>
    <message>
        <source>&amp;Propose dates</source>
        <translation>&amp;Proponer fechas</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Crear pauta</translation>
    </message>
    <message>
        <source>The course changed: propose the dates again (Enter).</source>
        <translation>La pauta ha cambiado: vuelva a proponer las fechas (Enter).</translation>
    </message>
    <message>
        <source>Screening: nothing to report.</source>
        <translation>Cribado: nada que señalar.</translation>
    </message>
    <message>
        <source>Screening blocks this treatment: the course can be planned, but {note}.</source>
        <translation>El cribado bloquea este tratamiento: la pauta se puede planificar, pero {note}.</translation>
    </message>
</context>
<context>
    <name>CourseProgressList</name>
    <message>
        <source>Courses</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nueva pauta…</translation>
    </message>
    <message>
        <source>No courses yet. Plan one with &lt;b&gt;New course…&lt;/b&gt; to book its sessions.</source>
        <translation>Aún no hay pautas. Planifique una con &lt;b&gt;Nueva pauta…&lt;/b&gt; para reservar sus sesiones.</translation>
    </message>
    <message>
        <source>Courses ({n})</source>
        <translation>Pautas ({n})</translation>
    </message>
    <message>
        <source>Why is “{title}” abandoned?</source>
        <translation>¿Por qué se abandona «{title}»?</translation>
    </message>
    <message>
        <source>Its planned sessions still to come are cancelled (they stay in the record).</source>
        <translation>Sus sesiones planificadas pendientes se cancelan (siguen en el registro).</translation>
    </message>
    <message>
        <source>Mark course abandoned</source>
        <translation>Marcar pauta como abandonada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Pauta</translation>
    </message>
</context>
<context>
    <name>CourseShift</name>
    <message>
        <source>Shift the course&apos;s 1 later session to keep the interval?</source>
        <translation>¿Desplazar la sesión posterior de la pauta para mantener el intervalo?</translation>
    </message>
    <message>
        <source>Shift the course&apos;s {n} later sessions to keep the interval?</source>
        <translation>¿Desplazar las {n} sesiones posteriores de la pauta para mantener el intervalo?</translation>
    </message>
    <message>
        <source>Yes moves them too where the interval would shrink; No moves only this session; Cancel leaves everything as it is.</source>
        <translation>Sí también las mueve donde el intervalo se acortaría; No mueve solo esta sesión; Cancelar lo deja todo como está.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Send appointments to the patient (.ics)…</source>
        <translation>Enviar las citas al paciente (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file of the upcoming sessions, for the patient&apos;s phone</source>
        <translation>Un archivo de calendario con las próximas sesiones, para el teléfono del paciente</translation>
    </message>
    <message>
        <source>Save appointments</source>
        <translation>Guardar citas</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>The date {date} does not exist.</source>
        <translation>La fecha {date} no existe.</translation>
    </message>
    <message>
        <source>Add the time, as {example}.</source>
        <translation>Añada la hora, como {example}.</translation>
    </message>
    <message>
        <source>That time does not exist; use 00:00 to 23:59.</source>
        <translation>Esa hora no existe; use de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>Type the date as {example}.</source>
        <translation>Escriba la fecha como {example}.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/dd/aaaa</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.aaaa</translation>
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
        <translation>mesodesk (bloqueado)</translation>
    </message>
</context>
<context>
    <name>DeskPeople</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>Log out / &amp;Lock</source>
        <translation>Salir / &amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>Cuen&amp;tas…</translation>
    </message>
    <message>
        <source>A&amp;udit…</source>
        <translation>Au&amp;ditoría…</translation>
    </message>
    <message>
        <source>Who saw or changed this &amp;record…</source>
        <translation>Quién vio o cambió este &amp;registro…</translation>
    </message>
    <message>
        <source>Quit mesodesk</source>
        <translation>Salir de mesodesk</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) another user left open are kept for them and may hold unsaved work. Quit anyway and lose it?</source>
        <translation>
            <numerusform>%n ventana que otro usuario dejó abierta se conserva para él y puede contener trabajo sin guardar. ¿Salir de todos modos y perderlo?</numerusform>
            <numerusform>%n ventanas que otro usuario dejó abiertas se conservan para él y pueden contener trabajo sin guardar. ¿Salir de todos modos y perderlo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Face, front</source>
        <translation>Cara, de frente</translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <translation>Cara, perfil izquierdo</translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <translation>Cara, perfil derecho</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation>Cuello y escote</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Cuerpo, de frente</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Cuerpo, de espaldas</translation>
    </message>
    <message>
        <source>Hands (backs)</source>
        <translation>Manos (dorso)</translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <translation>Cuero cabelludo, desde arriba</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Resuelto el {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Medida: {0}</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No adverse events recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reactions seen during a session are noted in that session; complications reported later are listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay eventos adversos registrados.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Las reacciones observadas durante una sesión se anotan en esa sesión; las complicaciones comunicadas después se muestran aquí.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Screening</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>To mark the session done despite a stop, the practitioner confirms it and records why for each stop (kept with the session and in the audit).</source>
        <translation>Para marcar la sesión como realizada pese a un bloqueo, el profesional lo confirma y registra el motivo de cada bloqueo (se guarda con la sesión y en la auditoría).</translation>
    </message>
    <message>
        <source>Screening runs as soon as a treated area or product is chosen.</source>
        <translation>El cribado se ejecuta en cuanto se elige una zona tratada o un producto.</translation>
    </message>
    <message>
        <source>Nothing found against this treatment in the medical history.</source>
        <translation>No se ha encontrado nada en el historial médico que contraindique este tratamiento.</translation>
    </message>
    <message>
        <source>Went ahead despite a stop — {by}, {when}:</source>
        <translation>Se continuó pese a un bloqueo — {by}, {when}:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>FirstAdminBox</name>
    <message>
        <source>Your account (the clinic&apos;s admin)</source>
        <translation>Su cuenta (administrador de la clínica)</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account. Yours manages the clinic: settings, accounts for the others, backups and the audit.</source>
        <translation>Cada persona accede con su propia cuenta. La suya gestiona la clínica: configuración, cuentas de los demás, copias de seguridad y auditoría.</translation>
    </message>
    <message>
        <source>Yo&amp;ur name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>e.g. ana.ruiz</source>
        <translation>p. ej. ana.ruiz</translation>
    </message>
    <message>
        <source>Lo&amp;gin name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <source>I also treat patients (I am the &amp;first practitioner)</source>
        <translation>También atiendo pacientes (soy el &amp;primer profesional)</translation>
    </message>
    <message>
        <source>A new practitioner record with my name</source>
        <translation>Una nueva ficha de profesional con mi nombre</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to mesodesk</source>
        <translation>Le damos la bienvenida a mesodesk</translation>
    </message>
    <message>
        <source>mesodesk now has accounts: everyone signs in with their own. Create yours first; it manages the clinic and the others&apos; accounts.</source>
        <translation>mesodesk ahora tiene cuentas: cada persona accede con la suya. Cree primero la suya; gestiona la clínica y las cuentas de los demás.</translation>
    </message>
    <message>
        <source>A few details to start. They are printed on aftercare sheets and consent forms, and can be changed later in Clinic → Settings.</source>
        <translation>Unos pocos datos para empezar. Se imprimen en las hojas de cuidados posteriores y en los consentimientos, y pueden cambiarse más tarde en Clínica → Configuración.</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Su clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Direcci&amp;ón</translation>
    </message>
    <message>
        <source>The number patients call</source>
        <translation>El número al que llaman los pacientes</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>After-hours number or what to do</source>
        <translation>Número fuera de horario o qué hacer</translation>
    </message>
    <message>
        <source>&amp;After hours</source>
        <translation>&amp;Fuera de horario</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Abre</translation>
    </message>
    <message>
        <source>C&amp;loses</source>
        <translation>C&amp;ierra</translation>
    </message>
    <message>
        <source>Lunch breaks and closed dates can be added later in Settings.</source>
        <translation>Las pausas de mediodía y los días de cierre pueden añadirse más tarde en Configuración.</translation>
    </message>
    <message>
        <source>First practitioner</source>
        <translation>Primer profesional</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation>p. ej. Dra. Ana Ruiz</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>e.g. Aesthetic physician</source>
        <translation>p. ej. Médico estético</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Car&amp;go</translation>
    </message>
    <message>
        <source>Load the &amp;demo catalog of products (examples you can edit or archive)</source>
        <translation>Cargar el catálogo de productos de &amp;demostración (ejemplos que puede editar o archivar)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Volver a preguntar en el próximo inicio</translation>
    </message>
    <message>
        <source>Your account was not created: {reason}</source>
        <translation>No se ha creado su cuenta: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>No se ha guardado nada: {reason}</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation>Configurar más tarde</translation>
    </message>
    <message>
        <source>Leave the setup? Nothing is saved; it opens again at the next start.</source>
        <translation>¿Salir de la configuración? No se guarda nada; se abrirá de nuevo en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Maintenance overdue</source>
        <translation>Mantenimiento atrasado</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Mantenimiento pendiente</translation>
    </message>
    <message>
        <source>No next session</source>
        <translation>Sin próxima sesión</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No interesado</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>No desea llamadas</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>para hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>{reason} (+{n} more)</source>
        <translation>{reason} (+{n} más)</translation>
    </message>
    <message>
        <source>{outcome} {date}</source>
        <translation>{outcome} {date}</translation>
    </message>
    <message>
        <source>The course is not finished and no session is booked.</source>
        <translation>La pauta no ha terminado y no hay ninguna sesión reservada.</translation>
    </message>
    <message>
        <source>The course is finished; its maintenance session is due on {date}.</source>
        <translation>La pauta ha terminado; su sesión de mantenimiento vence el {date}.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Patients to call back: maintenance due, or a course with no next session booked. One row per patient; patients with a booked session are left out.</source>
        <translation>Pacientes a los que volver a llamar: mantenimiento pendiente, o una pauta sin próxima sesión reservada. Una fila por paciente; se omiten los pacientes con una sesión reservada.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Called, not interested</source>
        <translation>Llamado, no le interesa</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>No desea llamadas</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>due now or up to 3 months late</source>
        <translation>pendientes ahora o con hasta 3 meses de retraso</translation>
    </message>
    <message>
        <source>up to a year late</source>
        <translation>hasta un año de retraso</translation>
    </message>
    <message>
        <source>however late</source>
        <translation>con cualquier retraso</translation>
    </message>
    <message>
        <source>Widen to see patients who lapsed long ago (the export follows this choice)</source>
        <translation>Amplíe para ver pacientes que dejaron de venir hace tiempo (la exportación sigue esta elección)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Plan next session…</source>
        <translation>Planificar &amp;siguiente sesión…</translation>
    </message>
    <message>
        <source>Book the selected patient&apos;s next session (Ctrl+Enter)</source>
        <translation>Reservar la próxima sesión del paciente seleccionado (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call made &amp;on:</source>
        <translation>Llamada &amp;hecha el:</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>Llama&amp;do</translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation>&amp;No le interesa</translation>
    </message>
    <message>
        <source>Opted o&amp;ut</source>
        <translation>No desea ll&amp;amadas</translation>
    </message>
    <message>
        <source>The patient asked not to be called again</source>
        <translation>El paciente pidió que no se le vuelva a llamar</translation>
    </message>
    <message>
        <source>The follow-up list could not be loaded: {0}</source>
        <translation>No se ha podido cargar la lista de seguimientos: {0}</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>No hay nadie en esta lista.</translation>
    </message>
    <message>
        <source>{n} patients ({parts})</source>
        <translation>{n} pacientes ({parts})</translation>
    </message>
    <message>
        <source>{shown} of {n} shown</source>
        <translation>{shown} de {n} mostrados</translation>
    </message>
    <message>
        <source>Nobody with this reason. Choose &lt;b&gt;All reasons&lt;/b&gt; to see everyone.</source>
        <translation>Nadie con este motivo. Elija &lt;b&gt;Todos los motivos&lt;/b&gt; para ver a todos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody to call.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Patients appear here two weeks before their maintenance session is due, and when a course has no next session booked. Widen the &lt;b&gt;window&lt;/b&gt; to see patients who lapsed long ago.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nadie a quien llamar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Los pacientes aparecen aquí dos semanas antes de que toque su sesión de mantenimiento y cuando una pauta no tiene próxima sesión reservada. Amplíe el &lt;b&gt;periodo&lt;/b&gt; para ver pacientes que dejaron de venir hace tiempo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nobody in this list.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay nadie en esta lista.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Registrar la llamada</translation>
    </message>
    <message>
        <source>Recorded for {name}.</source>
        <translation>Registrado para {name}.</translation>
    </message>
    <message>
        <source>Export the follow-up list</source>
        <translation>Exportar la lista de seguimientos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} rows saved to {file}.</source>
        <translation>{n} filas guardadas en {file}.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>Import patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>&lt;p&gt;Import patients from a spreadsheet saved as &lt;b&gt;CSV&lt;/b&gt; (comma, semicolon or tab separated; UTF-8 or Windows encoding). The first line names the columns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Required:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Optional:&lt;/b&gt; {optional}&lt;br&gt;Dates as 1985-03-12 or 12/03/1985. Rows that break a rule, and patients already recorded (same name and date of birth), are listed and not imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importe pacientes desde una hoja de cálculo guardada como &lt;b&gt;CSV&lt;/b&gt; (separada por comas, puntos y coma o tabuladores; codificación UTF-8 o Windows). La primera línea da nombre a las columnas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Obligatorias:&lt;/b&gt; {required}&lt;br&gt;&lt;b&gt;Opcionales:&lt;/b&gt; {optional}&lt;br&gt;Fechas como 1985-03-12 o 12/03/1985. Las filas que incumplen una regla y los pacientes ya registrados (mismo nombre y fecha de nacimiento) se enumeran y no se importan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation>Elija un archivo .csv…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is refused (all or nothing)</source>
        <translation>No importar &amp;nada si se rechaza alguna fila (todo o nada)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Import patients from</source>
        <translation>Importar pacientes desde</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo guardadas como CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Elija primero el archivo que desea importar.</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>No se ha importado nada. {0}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {n} refused row(s), and “all or nothing” was chosen. Correct the rows below and import again.</source>
        <translation>No se ha importado nada de {file}: {n} fila(s) rechazada(s) y se eligió «todo o nada». Corrija las filas de abajo y vuelva a importar.</translation>
    </message>
    <message>
        <source>1 patient imported from {file}.</source>
        <translation>1 paciente importado de {file}.</translation>
    </message>
    <message>
        <source>{n} patients imported from {file}.</source>
        <translation>{n} pacientes importados de {file}.</translation>
    </message>
    <message>
        <source>1 row refused.</source>
        <translation>1 fila rechazada.</translation>
    </message>
    <message>
        <source>{n} rows refused.</source>
        <translation>{n} filas rechazadas.</translation>
    </message>
    <message>
        <source>1 duplicate was not imported.</source>
        <translation>1 duplicado no se ha importado.</translation>
    </message>
    <message>
        <source>{n} duplicates were not imported.</source>
        <translation>{n} duplicados no se han importado.</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Columnas ignoradas: {columns}.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>{name}: already recorded as {existing} (patient no. {id}), with the same date of birth.</source>
        <translation>{name}: ya registrado como {existing} (paciente n.º {id}), con la misma fecha de nacimiento.</translation>
    </message>
    <message>
        <source>{name}: same name and date of birth as line {line}.</source>
        <translation>{name}: mismo nombre y fecha de nacimiento que la línea {line}.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>and {n} more not listed</source>
        <translation>y {n} más no mostrados</translation>
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
        <translation>Diagrama</translation>
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
        <translation>Lado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>add a mark</source>
        <translation>añadir una marca</translation>
    </message>
    <message>
        <source>remove a mark</source>
        <translation>quitar una marca</translation>
    </message>
    <message>
        <source>move a mark</source>
        <translation>mover una marca</translation>
    </message>
    <message>
        <source>change a mark</source>
        <translation>cambiar una marca</translation>
    </message>
</context>
<context>
    <name>InjectionMapPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Click to place an injection point</source>
        <translation>Haga clic para colocar un punto de inyección</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Drag, or click both ends, for a line</source>
        <translation>Arrastre, o haga clic en ambos extremos, para una línea</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Drag a rectangle over a zone (nappage)</source>
        <translation>Arrastre un rectángulo sobre una zona (nappage)</translation>
    </message>
    <message>
        <source>Sho&amp;w last session</source>
        <translation>&amp;Mostrar última sesión</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Region for a mark from the keyboard</source>
        <translation>Región de una marca desde el teclado</translation>
    </message>
    <message>
        <source>Add a &amp;mark here</source>
        <translation>Añadir una m&amp;arca aquí</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Choose the area</source>
        <translation>Elegir la zona</translation>
    </message>
    <message>
        <source>Place marks on the diagram: the volumes add up here.</source>
        <translation>Coloque marcas en el diagrama: los volúmenes se suman aquí.</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Por producto</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Por zona</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>Sin producto</translation>
    </message>
    <message>
        <source>Area not chosen</source>
        <translation>Zona sin elegir</translation>
    </message>
    <message>
        <source>No earlier session of this patient has marks.</source>
        <translation>Ninguna sesión anterior de este paciente tiene marcas.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>The language of the texts shown; patients get their own</source>
        <translation>El idioma de los textos mostrados; los pacientes reciben el suyo</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>mesodesk is locked</source>
        <translation>mesodesk está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Acceder como &amp;otra persona</translation>
    </message>
    <message>
        <source>Sign in to use the desk.</source>
        <translation>Acceda para usar el puesto.</translation>
    </message>
    <message>
        <source>{0} is still signed in until someone else signs in.</source>
        <translation>{0} sigue conectado hasta que otra persona acceda.</translation>
    </message>
    <message>
        <source>Locked for {0}. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation>Bloqueado para {0}. Escriba su contraseña para seguir donde estaba, o acceda como otra persona.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Acceder</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to mesodesk</source>
        <translation>Acceder a mesodesk</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Acceder</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>No se ha podido acceder: {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {0} seconds, then try again.</source>
        <translation>Demasiados intentos fallidos. Espere {0} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LotEditor</name>
    <message>
        <source>New lot of {product}</source>
        <translation>Nuevo lote de {product}</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Tal como figura en el envase, p. ej. L2407-118</translation>
    </message>
    <message>
        <source>Optional, e.g. 10</source>
        <translation>Opcional, p. ej. 10</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>&amp;Lot number *</source>
        <translation>Número de &amp;lote *</translation>
    </message>
    <message>
        <source>&amp;Expiry date *</source>
        <translation>Fecha de &amp;caducidad *</translation>
    </message>
    <message>
        <source>&amp;Quantity in stock</source>
        <translation>Cantidad en &amp;existencias</translation>
    </message>
    <message>
        <source>This date is past: the lot is expired and cannot be used in a session.</source>
        <translation>Esta fecha ya ha pasado: el lote está caducado y no puede usarse en una sesión.</translation>
    </message>
    <message>
        <source>Expires today: the lot will be flagged as expiring soon.</source>
        <translation>Caduca hoy: el lote se marcará como próximo a caducar.</translation>
    </message>
    <message>
        <source>Expires in {n} days: the lot will be flagged as expiring soon.</source>
        <translation>Caduca en {n} días: el lote se marcará como próximo a caducar.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Indique el número de lote impreso en el envase.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 10 or 2.5, or leave it empty.</source>
        <translation>Escriba un número, p. ej. 10 o 2,5, o déjelo vacío.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>That quantity is too large.</source>
        <translation>Esa cantidad es demasiado grande.</translation>
    </message>
    <message>
        <source>The lot was not saved: {reason}</source>
        <translation>No se ha guardado el lote: {reason}</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Retirada de lote</translation>
    </message>
    <message>
        <source>Lists every patient who received a lot in a session marked done, newest first, with the contact details needed to reach them.</source>
        <translation>Muestra todos los pacientes que recibieron un lote en una sesión marcada como realizada, de la más reciente a la más antigua, con los datos de contacto necesarios para localizarlos.</translation>
    </message>
    <message>
        <source>As printed on the pack, e.g. L2407-118</source>
        <translation>Tal como figura en el envase, p. ej. L2407-118</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>Número de &amp;lote</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Type a lot number and press Find.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The lot number is printed on the product&apos;s pack and recorded with each treatment line of a session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Escriba un número de lote y pulse Buscar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El número de lote está impreso en el envase del producto y se registra con cada línea de tratamiento de una sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Escriba el número del lote que se retira.</translation>
    </message>
    <message>
        <source>Searching for lot {0}…</source>
        <translation>Buscando el lote {0}…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No done session used this lot.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planned or cancelled sessions are not listed: no one received the product in them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ninguna sesión realizada usó este lote.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No se muestran las sesiones planificadas o canceladas: en ellas nadie recibió el producto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lot {lot} ({products}): {sessions}, {patients}</source>
        <translation>Lote {lot} ({products}): {sessions}, {patients}</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} pacientes</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Exportar la lista de retirada</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recall list was not exported. {0}</source>
        <translation>No se ha exportado la lista de retirada. {0}</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation>Se han guardado {n} filas en {path}.</translation>
    </message>
</context>
<context>
    <name>LotsPanel</name>
    <message>
        <source>Add &amp;lot…</source>
        <translation>Añadir &amp;lote…</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Archivar lo&amp;te</translation>
    </message>
    <message>
        <source>&amp;Recall lot…</source>
        <translation>&amp;Retirada de lote…</translation>
    </message>
    <message>
        <source>Every patient and session that received the selected lot</source>
        <translation>Todos los pacientes y sesiones que recibieron el lote seleccionado</translation>
    </message>
    <message>
        <source>Lots that expire within {days} days are marked “Expires soon”; expired lots are struck through and cannot be recorded in a session.</source>
        <translation>Los lotes que caducan en menos de {days} días se marcan «Caduca pronto»; los caducados aparecen tachados y no pueden registrarse en una sesión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is signed in at this desk, so nothing was read or changed. Sign in, then try again.</source>
        <translation>Nadie ha accedido en este puesto, así que no se ha leído ni cambiado nada. Acceda y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>Products &amp;&amp; lots</source>
        <translation>Productos &amp;&amp; lotes</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Se&amp;guimientos</translation>
    </message>
    <message>
        <source>Open &amp;adverse events</source>
        <translation>&amp;Eventos adversos abiertos</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;About mesodesk</source>
        <translation>Acerca &amp;de mesodesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Ficha del paciente</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>Productos &amp; lotes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>N&amp;ueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importar pacientes…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Hacer &amp;copia de la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de s&amp;eguridad</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Com&amp;probar base de datos</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>Pro&amp;fesionales…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Confi&amp;guración de la clínica…</translation>
    </message>
    <message>
        <source>&amp;Lot recall…</source>
        <translation>Retirada de &amp;lote…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>C&amp;alendario</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Choose the patient for the new session on {0} at {1:%H:%M}.</source>
        <translation>Elija el paciente para la nueva sesión del {0} a las {1:%H:%M}.</translation>
    </message>
    <message>
        <source>Your role does not open patients&apos; records.</source>
        <translation>Su rol no permite abrir las fichas de los pacientes.</translation>
    </message>
    <message>
        <source>{0}&apos;s account has been deactivated, so the desk is locked. Work left open is kept; sign in with an active account.</source>
        <translation>La cuenta de {0} se ha desactivado, por lo que el puesto está bloqueado. El trabajo que quedó abierto se conserva; acceda con una cuenta activa.</translation>
    </message>
    <message>
        <source>Your account&apos;s roles were changed: the window now offers what they allow.</source>
        <translation>Los roles de su cuenta han cambiado: la ventana ofrece ahora lo que permiten.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Injection map</source>
        <translation>Mapa de inyecciones</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Injection map</source>
        <translation>Mapa de inyecciones</translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Show &amp;map…</source>
        <translation>Mostrar &amp;mapa…</translation>
    </message>
    <message>
        <source>{n} marks on the map</source>
        <translation>{n} marcas en el mapa</translation>
    </message>
    <message>
        <source>No injection map for this session.</source>
        <translation>No hay mapa de inyecciones para esta sesión.</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Injection map</source>
        <translation>Mapa de inyecciones</translation>
    </message>
    <message>
        <source>Place the in&amp;jections on a diagram</source>
        <translation>Colocar las in&amp;yecciones en un diagrama</translation>
    </message>
    <message>
        <source>With marks, the lines below follow them; without, fill in the lines.</source>
        <translation>Con marcas, las líneas de abajo las siguen; sin ellas, rellene las líneas.</translation>
    </message>
</context>
<context>
    <name>MarkFields</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>From the kind of mark</source>
        <translation>Según el tipo de marca</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Pr&amp;oduct</source>
        <translation>Pr&amp;oducto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Dept&amp;h</source>
        <translation>Pro&amp;fundidad</translation>
    </message>
    <message>
        <source>Techni&amp;que</source>
        <translation>Téc&amp;nica</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>{number} (exp. {expiry})</source>
        <translation>{number} (cad. {expiry})</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <source>Grid (nappage)</source>
        <translation>Cuadrícula (nappage)</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>New &amp;password</source>
        <translation>Nueva &amp;contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>At least the length the clinic asks for; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos la longitud que exige la clínica; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation>Las dos contraseñas no coinciden. Vuelva a escribir la nueva contraseña.</translation>
    </message>
</context>
<context>
    <name>ObservationsRow</name>
    <message>
        <source>Anaesthetic and reactions</source>
        <translation>Anestésico y reacciones</translation>
    </message>
    <message>
        <source>Topical &amp;anaesthetic</source>
        <translation>&amp;Anestésico tópico</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Producto anestésico</translation>
    </message>
    <message>
        <source>Product used: choose or type</source>
        <translation>Producto usado: elija o escriba</translation>
    </message>
    <message>
        <source>&amp;Immediate reactions observed:</source>
        <translation>&amp;Reacciones inmediatas observadas:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Anything worth remembering about this session</source>
        <translation>Cualquier cosa que merezca recordarse de esta sesión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>OldVersionPane</name>
    <message>
        <source>Older version (read-only)</source>
        <translation>Versión anterior (solo lectura)</translation>
    </message>
    <message>
        <source>Copy into the &amp;editor</source>
        <translation>Copiar en el &amp;editor</translation>
    </message>
    <message>
        <source>Edit this older text; saving it adds a new version.</source>
        <translation>Edite este texto anterior; al guardarlo se añade una nueva versión.</translation>
    </message>
    <message>
        <source>&amp;Back to the text in use</source>
        <translation>&amp;Volver al texto en uso</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Por favor, haga</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Por favor, evite</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Llame a la clínica si</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
</context>
<context>
    <name>OpenEventTableModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Abierto desde hace</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>{date} · {days} overdue</source>
        <translation>{date} · {days} de retraso</translation>
    </message>
    <message>
        <source>{date} · today</source>
        <translation>{date} · hoy</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>desde hoy</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation>Teléfono: {0}</translation>
    </message>
    <message>
        <source>Not yet recorded whether this was reported to the authority.</source>
        <translation>Aún no consta si se notificó a la autoridad.</translation>
    </message>
    <message>
        <source>Reported to the authority.</source>
        <translation>Notificado a la autoridad.</translation>
    </message>
    <message>
        <source>Not reported to the authority.</source>
        <translation>No notificado a la autoridad.</translation>
    </message>
    <message>
        <source>Began on {0}</source>
        <translation>Comenzó el {0}</translation>
    </message>
    <message>
        <source>The follow-up date has passed: contact the patient.</source>
        <translation>La fecha de seguimiento ha pasado: contacte con el paciente.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>+ second interval</source>
        <translation>+ segundo periodo</translation>
    </message>
    <message>
        <source>Add a second period, e.g. after a lunch break.</source>
        <translation>Añadir un segundo periodo, p. ej. tras la pausa de mediodía.</translation>
    </message>
    <message>
        <source>Remove the second period</source>
        <translation>Quitar el segundo periodo</translation>
    </message>
    <message>
        <source>Sessions are proposed and booked only inside these hours. Give a day a second period for a lunch break, or tick Closed.</source>
        <translation>Las sesiones solo se proponen y reservan dentro de este horario. Dé a un día un segundo periodo para la pausa de mediodía, o marque Cerrado.</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>Copy &amp;Monday to Tuesday–Friday</source>
        <translation>Copiar el &amp;lunes de martes a viernes</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <source>Dates the clinic is closed</source>
        <translation>Fechas en que la clínica está cerrada</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation>&amp;Quitar seleccionadas</translation>
    </message>
    <message>
        <source>Bank holidays, training days, holidays…</source>
        <translation>Festivos, días de formación, vacaciones…</translation>
    </message>
    <message>
        <source>The opening hours could not be read: {reason}</source>
        <translation>No se ha podido leer el horario de apertura: {reason}</translation>
    </message>
    <message>
        <source>The stored opening hours could not be used ({reason}); the usual hours are shown instead.</source>
        <translation>No se ha podido usar el horario guardado ({reason}); se muestra el horario habitual.</translation>
    </message>
    <message>
        <source>{day} has {count} periods; only the first two are shown and will be kept.</source>
        <translation>{day} tiene {count} periodos; solo se muestran y se conservarán los dos primeros.</translation>
    </message>
    <message>
        <source>Opening hours not saved: {reason}</source>
        <translation>Horario de apertura no guardado: {reason}</translation>
    </message>
    <message>
        <source>In the past; kept for the record.</source>
        <translation>En el pasado; se conserva para el registro.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Go ahead despite screening stops?</source>
        <translation>¿Continuar pese a los bloqueos del cribado?</translation>
    </message>
    <message>
        <source>Screening says stop. To mark this session done, record for each stop why it is safe to go ahead. The reasons are kept with the session, on the chart and in the audit.</source>
        <translation>El cribado indica parar. Para marcar esta sesión como realizada, registre para cada bloqueo por qué es seguro continuar. Los motivos se guardan con la sesión, en la ficha y en la auditoría.</translation>
    </message>
    <message>
        <source>&amp;Go ahead and save</source>
        <translation>&amp;Continuar y guardar</translation>
    </message>
    <message>
        <source>Reason for going ahead despite: {stop}</source>
        <translation>Motivo para continuar pese a: {stop}</translation>
    </message>
    <message>
        <source>e.g. pregnancy test negative today; patient&apos;s GP agreed in writing</source>
        <translation>p. ej. prueba de embarazo negativa hoy; el médico de cabecera del paciente lo autorizó por escrito</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead:</source>
        <translation>Por qué es seguro continuar:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinic overview</source>
        <translation>Resumen de la clínica</translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Pacientes activos</translation>
    </message>
    <message>
        <source>Archived patients</source>
        <translation>Pacientes archivados</translation>
    </message>
    <message>
        <source>Sessions recorded</source>
        <translation>Sesiones registradas</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add the first patient with &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) on the Patients page; the sessions you record appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay pacientes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Añada el primer paciente con &lt;b&gt;Nuevo paciente&lt;/b&gt; (Ctrl+N) en la página Pacientes; las sesiones que registre aparecerán aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a patient&apos;s chart and choose &lt;b&gt;New session&lt;/b&gt; (Ctrl+Shift+N); sessions appear here as soon as they are saved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay sesiones registradas.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Abra la ficha de un paciente y elija &lt;b&gt;Nueva sesión&lt;/b&gt; (Ctrl+Shift+N); las sesiones aparecen aquí en cuanto se guardan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Sessions ({0})</source>
        <translation>Sesiones ({0})</translation>
    </message>
    <message>
        <source>Courses ({0})</source>
        <translation>Pautas ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0})</source>
        <translation>Eventos adversos ({0})</translation>
    </message>
    <message>
        <source>Adverse events ({0}, {1} open)</source>
        <translation>Eventos adversos ({0}, {1} abiertos)</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archivar paciente</translation>
    </message>
    <message>
        <source>Archive {0}? Their records are kept and can be restored later, but they no longer appear in the patient list.

Reason (required):</source>
        <translation>¿Archivar a {0}? Sus registros se conservan y pueden restaurarse más adelante, pero dejará de aparecer en la lista de pacientes.

Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>The patient was not archived: a reason is required.</source>
        <translation>No se ha archivado el paciente: el motivo es obligatorio.</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Restaurar paciente</translation>
    </message>
    <message>
        <source>Restore {0} to the patient list?</source>
        <translation>¿Restaurar a {0} en la lista de pacientes?</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Record what the patient tells you at the first consultation.</source>
        <translation>Registre lo que le cuenta el paciente en la primera consulta.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>No medical profile recorded yet.</source>
        <translation>Aún no hay perfil médico registrado.</translation>
    </message>
    <message>
        <source>Recorded {when} by {who}. Saving changes here keeps that version in the history.</source>
        <translation>Registrado el {when} por {who}. Al guardar cambios aquí, esa versión se conserva en el historial.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please correct the marked fields.</source>
        <translation>Aún no se ha guardado nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Possibly already registered: {who}</source>
        <translation>Posiblemente ya registrado: {who}</translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation>sin fecha de nacimiento</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[archivado]</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>A patient with the same name and date of birth is already registered:

{who}

Save this patient anyway?</source>
        <translation>Ya hay registrado un paciente con el mismo nombre y fecha de nacimiento:

{who}

¿Guardar este paciente de todos modos?</translation>
    </message>
    <message>
        <source>Not saved: check the possible duplicate first.</source>
        <translation>No se ha guardado: compruebe primero el posible duplicado.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>No se ha guardado nada: {reason}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Se han cargado los cambios del otro puesto y los suyos se han vuelto a poner encima: revíselos y guarde.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this patient. Save again to decide.</source>
        <translation>No se ha guardado: otro puesto ha modificado este paciente. Guarde de nuevo para decidir.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Alérgenos</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>On blood thinners</source>
        <translation>Toma anticoagulantes</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Autoimmune notes</source>
        <translation>Notas de enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendencia a queloides</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Afecciones cutáneas</translation>
    </message>
    <message>
        <source>Skin condition areas</source>
        <translation>Zonas con afección cutánea</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Embarazada o en lactancia</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Miedo a las agujas</translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation>Notas del perfil</translation>
    </message>
    <message>
        <source>This patient has changes that are not saved. Save them now?</source>
        <translation>Este paciente tiene cambios sin guardar. ¿Guardarlos ahora?</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>N&amp;ombre *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Apellidos *</translation>
    </message>
    <message>
        <source>Type the date as {format}; leave empty if unknown.</source>
        <translation>Escriba la fecha como {format}; déjela vacía si no se conoce.</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de naci&amp;miento</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>The clinic&apos;s language</source>
        <translation>El idioma de la clínica</translation>
    </message>
    <message>
        <source>The language of this patient&apos;s aftercare sheets</source>
        <translation>El idioma de las hojas de cuidados posteriores de este paciente</translation>
    </message>
    <message>
        <source>Sheets &amp;in</source>
        <translation>&amp;Hojas en</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>p. ej. +34 912 345 678</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Medical profile</source>
        <translation>Perfil médico</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Substances, separated by commas</source>
        <translation>Sustancias, separadas por comas</translation>
    </message>
    <message>
        <source>A&amp;llergens</source>
        <translation>A&amp;lérgenos</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>On blood &amp;thinners (aspirin, NSAIDs, anticoagulants)</source>
        <translation>Toma medicación anticoa&amp;gulante (aspirina, AINE, anticoagulantes)</translation>
    </message>
    <message>
        <source>A&amp;utoimmune disease</source>
        <translation>Enfermedad a&amp;utoinmune</translation>
    </message>
    <message>
        <source>Which one, treatment</source>
        <translation>Cuál, tratamiento</translation>
    </message>
    <message>
        <source>Tendency to &amp;keloids or hypertrophic scars</source>
        <translation>Tendencia a &amp;queloides o cicatrices hipertróficas</translation>
    </message>
    <message>
        <source>e.g. eczema, active acne, rosacea</source>
        <translation>p. ej. eccema, acné activo, rosácea</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Afecciones cutáneas</translation>
    </message>
    <message>
        <source>Areas with a skin condition</source>
        <translation>Zonas con una afección cutánea</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current area.</source>
        <translation>Espacio marca o desmarca la zona actual.</translation>
    </message>
    <message>
        <source>in the areas</source>
        <translation>en las zonas</translation>
    </message>
    <message>
        <source>P&amp;regnant or breastfeeding</source>
        <translation>&amp;Embarazada o en lactancia</translation>
    </message>
    <message>
        <source>Fear of needles</source>
        <translation>Miedo a las agujas</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>{date} does not exist: check the day and the month.</source>
        <translation>{date} no existe: compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>Type the date as {format}, for example {example}.</source>
        <translation>Escriba la fecha como {format}, por ejemplo {example}.</translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>This patient is archived.</source>
        <translation>Este paciente está archivado.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Search by name, date of birth ({format}) or phone</source>
        <translation>Buscar por nombre, fecha de nacimiento ({format}) o teléfono</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Ctrl+F. Press ↓ to move into the list.</source>
        <translation>Ctrl+F. Pulse ↓ para pasar a la lista.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Añadir un paciente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>1 patient matches</source>
        <translation>1 paciente coincide</translation>
    </message>
    <message>
        <source>{n} patients match</source>
        <translation>{n} pacientes coinciden</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} pacientes</translation>
    </message>
    <message>
        <source>The patient list could not be read</source>
        <translation>No se ha podido leer la lista de pacientes</translation>
    </message>
    <message>
        <source>No patient matches “{text}”</source>
        <translation>Ningún paciente coincide con «{text}»</translation>
    </message>
    <message>
        <source>Search by family or given name (accents and capitals do not matter), by date of birth as {format}, or by phone number.</source>
        <translation>Busque por apellidos o nombre (no importan tildes ni mayúsculas), por fecha de nacimiento como {format} o por número de teléfono.</translation>
    </message>
    <message>
        <source>Tick “Show archived” to include archived patients.</source>
        <translation>Marque «Mostrar archivados» para incluir los pacientes archivados.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add a new patient.</source>
        <translation>Pulse Ctrl+N para añadir un nuevo paciente.</translation>
    </message>
    <message>
        <source>All patients are archived</source>
        <translation>Todos los pacientes están archivados</translation>
    </message>
    <message>
        <source>Tick “Show archived” to see them, or press Ctrl+N to add a new patient.</source>
        <translation>Marque «Mostrar archivados» para verlos, o pulse Ctrl+N para añadir un nuevo paciente.</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Aún no hay pacientes</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add the first patient.</source>
        <translation>Pulse Ctrl+N para añadir el primer paciente.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document is not ready to print.</source>
        <translation>El documento no está listo para imprimir.</translation>
    </message>
    <message>
        <source>The chosen page range contains no page.</source>
        <translation>El intervalo de páginas elegido no contiene ninguna página.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que está encendida.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>La impresora rechazó una página nueva.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>No se pudo leer el PDF.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reducir (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>This PDF could not be shown; you can still save it.</source>
        <translation>No se ha podido mostrar este PDF; aun así puede guardarlo.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation>Página {current} de {count}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{0}

Choose another folder and try again.</source>
        <translation>{0}

Elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>PhotoConsent</name>
    <message>
        <source>Clinical record only</source>
        <translation>Solo historia clínica</translation>
    </message>
    <message>
        <source>Also teaching and marketing</source>
        <translation>También docencia y marketing</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importar %n foto</numerusform>
            <numerusform>Importar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Detalles de la foto</translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation>Ninguna sesión en concreto</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>&amp;Before or after:</source>
        <translation>&amp;Antes o después:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Patient agreed to:</source>
        <translation>El &amp;paciente autorizó:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>mesodesk keeps a cleaned copy: the picture is turned upright and its camera data (EXIF, GPS position, maker notes) is removed.</source>
        <translation>mesodesk guarda una copia limpia: la imagen se endereza y se eliminan sus datos de cámara (EXIF, posición GPS, notas del fabricante).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>PhotoPhase</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>45° left</source>
        <translation>45° izquierda</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Perfil izquierdo</translation>
    </message>
    <message>
        <source>45° right</source>
        <translation>45° derecha</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Perfil derecho</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Cuerpo, de frente</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Cuerpo, de espaldas</translation>
    </message>
    <message>
        <source>Body, left side</source>
        <translation>Cuerpo, lado izquierdo</translation>
    </message>
    <message>
        <source>Body, right side</source>
        <translation>Cuerpo, lado derecho</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importar fotos…</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Todas las vistas</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Remove from gallery</source>
        <translation>&amp;Quitar de la galería</translation>
    </message>
    <message>
        <source>Camera &amp;folder…</source>
        <translation>Carpeta de la cá&amp;mara…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No photos yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop photos here, use &lt;i&gt;Import photos…&lt;/i&gt;, or choose the camera folder this desk&apos;s camera or phone saves into.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay fotos.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Suelte fotos aquí, use &lt;i&gt;Importar fotos…&lt;/i&gt; o elija la carpeta en la que guarda la cámara o el teléfono de este puesto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation>Fotos ({0})</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>Carpeta de la cámara</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) in the camera folder: import them into this chart</source>
        <translation>
            <numerusform>%n foto nueva en la carpeta de la cámara: importarla a esta ficha</numerusform>
            <numerusform>%n fotos nuevas en la carpeta de la cámara: importarlas a esta ficha</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>Photo details</source>
        <translation>Detalles de la foto</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Exportar foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.png)</source>
        <translation>Imágenes (*.jpg *.png)</translation>
    </message>
    <message>
        <source>Remove from gallery</source>
        <translation>Quitar de la galería</translation>
    </message>
    <message>
        <source>Remove this photo from the gallery? It stays in the record&apos;s history.</source>
        <translation>¿Quitar esta foto de la galería? Se conserva en el historial del registro.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Pic&amp;k a folder…</source>
        <translation>&amp;Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>only when mesodesk closes</source>
        <translation>solo al cerrar mesodesk</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Hacer copia &amp;cada:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Conservar copias &amp;diarias:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Conservar copias &amp;semanales:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>Conservar copias &amp;mensuales:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>W&amp;arn when older than:</source>
        <translation>&amp;Avisar si tiene más de:</translation>
    </message>
    <message>
        <source>E&amp;ncrypt backups with a passphrase</source>
        <translation>Ci&amp;frar las copias con una frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type the passphrase:</source>
        <translation>Escriba la frase de con&amp;traseña:</translation>
    </message>
    <message>
        <source>Type it aga&amp;in:</source>
        <translation>Escríbala de &amp;nuevo:</translation>
    </message>
    <message>
        <source>Save backup settin&amp;gs</source>
        <translation>Guardar configuración de co&amp;pias</translation>
    </message>
    <message>
        <source>{0} (beside the database)</source>
        <translation>{0} (junto a la base de datos)</translation>
    </message>
    <message>
        <source>Type a passphrase for the encrypted backups (twice).</source>
        <translation>Escriba una frase de contraseña para las copias cifradas (dos veces).</translation>
    </message>
    <message>
        <source>Use at least {0} characters for the passphrase.</source>
        <translation>Use al menos {0} caracteres para la frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma en ambos campos.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>Unencrypted backups can be read by anyone who has the file: keep them on this computer or an encrypted disk.</source>
        <translation>Cualquiera que tenga el archivo puede leer las copias sin cifrar: guárdelas en este equipo o en un disco cifrado.</translation>
    </message>
    <message>
        <source>A passphrase is set. Leave both fields empty to keep it, or type a new one twice. Without the passphrase an encrypted backup cannot be restored.</source>
        <translation>Hay una frase de contraseña establecida. Deje ambos campos vacíos para conservarla o escriba una nueva dos veces. Sin la frase de contraseña, una copia cifrada no se puede restaurar.</translation>
    </message>
    <message>
        <source>Type the passphrase twice and keep it somewhere safe: without it an encrypted backup cannot be restored.</source>
        <translation>Escriba la frase de contraseña dos veces y guárdela en un lugar seguro: sin ella, una copia cifrada no se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>PractitionerCombo</name>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Practitioner {0}</source>
        <translation>Profesional {0}</translation>
    </message>
</context>
<context>
    <name>PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No practitioners yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Type a name on the right and press &lt;b&gt;Add&lt;/b&gt;. Every session records the practitioner who performed it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay profesionales.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Escriba un nombre a la derecha y pulse &lt;b&gt;Añadir&lt;/b&gt;. Cada sesión registra el profesional que la realizó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation>Nue&amp;vo profesional</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>e.g. Dr Anna Berg</source>
        <translation>p. ej. Dra. Ana Berg</translation>
    </message>
    <message>
        <source>Optional, e.g. Aesthetic physician</source>
        <translation>Opcional, p. ej. Médico estético</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>Practitioners could not be loaded: {0}</source>
        <translation>No se han podido cargar los profesionales: {0}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>New practitioner</source>
        <translation>Nuevo profesional</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Cambiar el nombre de {name}</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Indique el nombre del profesional.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>Se ha añadido a {name}.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Sin cambios: {reason}</translation>
    </message>
    <message>
        <source>{name} was archived; their sessions keep their name.</source>
        <translation>Se ha archivado a {name}; sus sesiones conservan su nombre.</translation>
    </message>
    <message>
        <source>{name} was restored.</source>
        <translation>Se ha restaurado a {name}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Cannot prepare the document</source>
        <translation>No se puede preparar el documento</translation>
    </message>
    <message>
        <source>Aftercare sheet: {name}</source>
        <translation>Hoja de cuidados posteriores: {name}</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients</source>
        <translation>Hojas de cuidados posteriores: {n} pacientes</translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation>Formulario de consentimiento: {name}</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation>Producto: {name}</translation>
    </message>
    <message>
        <source>As printed on the box, e.g. Lipo Contour 10 ml</source>
        <translation>Tal como figura en la caja, p. ej. Lipo Contour 10 ml</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. caffeine, L-carnitine</source>
        <translation>Separados por comas, p. ej. cafeína, L-carnitina</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation>&amp;Fabricante</translation>
    </message>
    <message>
        <source>&amp;Solution type *</source>
        <translation>&amp;Tipo de solución *</translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation>&amp;Ingredientes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Tipo de solución</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours put back: check, then save.</source>
        <translation>Se han cargado los cambios del otro puesto y los suyos se han vuelto a poner: revise y guarde.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this product. Save again to decide.</source>
        <translation>No se ha guardado: otro puesto ha modificado este producto. Guarde de nuevo para decidir.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Indique el nombre del producto.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Elija el tipo de solución.</translation>
    </message>
    <message>
        <source>The product was not saved: {reason}</source>
        <translation>No se ha guardado el producto: {reason}</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Expired 1 day ago</source>
        <translation>Caducado hace 1 día</translation>
    </message>
    <message>
        <source>Expired {n} days ago</source>
        <translation>Caducado hace {n} días</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Expires soon: tomorrow</source>
        <translation>Caduca pronto: mañana</translation>
    </message>
    <message>
        <source>Expires soon: in {n} days</source>
        <translation>Caduca pronto: en {n} días</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>No lots</source>
        <translation>Sin lotes</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 lote</translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation>{n} lotes</translation>
    </message>
    <message>
        <source>{n} expiring soon</source>
        <translation>{n} caducan pronto</translation>
    </message>
    <message>
        <source>{n} expired</source>
        <translation>{n} caducados</translation>
    </message>
    <message>
        <source>{n} expired, none left</source>
        <translation>{n} caducados, agotados</translation>
    </message>
    <message>
        <source>Products and lots</source>
        <translation>Productos y lotes</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nuevo producto…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>&amp;Editar producto…</translation>
    </message>
    <message>
        <source>&amp;Archive product</source>
        <translation>&amp;Archivar producto</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No products yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add each product the clinic injects with &lt;b&gt;New product…&lt;/b&gt;, under its solution type, with its ingredients.&lt;br&gt;Then record the lot number and expiry date of every box that arrives, so sessions can say which lot was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay productos.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Añada cada producto que inyecta la clínica con &lt;b&gt;Nuevo producto…&lt;/b&gt;, bajo su tipo de solución y con sus ingredientes.&lt;br&gt;Después registre el número de lote y la fecha de caducidad de cada caja que llegue, para que las sesiones indiquen qué lote se usó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Products could not be loaded: {0}</source>
        <translation>No se han podido cargar los productos: {0}</translation>
    </message>
    <message>
        <source>Select a product above to see its lots and their expiry dates.</source>
        <translation>Seleccione arriba un producto para ver sus lotes y sus fechas de caducidad.</translation>
    </message>
    <message>
        <source>Lots of {product}</source>
        <translation>Lotes de {product}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No lots recorded for this product.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a box arrives, use &lt;b&gt;Add lot…&lt;/b&gt; to record the lot number and expiry date printed on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay lotes registrados para este producto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cuando llegue una caja, use &lt;b&gt;Añadir lote…&lt;/b&gt; para registrar el número de lote y la fecha de caducidad impresos en ella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This product is archived; restore it to record new lots.</source>
        <translation>Este producto está archivado; restáurelo para registrar nuevos lotes.</translation>
    </message>
    <message>
        <source>&amp;Restore product</source>
        <translation>&amp;Restaurar producto</translation>
    </message>
    <message>
        <source>Restore lo&amp;t</source>
        <translation>Restaurar lo&amp;te</translation>
    </message>
    <message>
        <source>Archive lo&amp;t</source>
        <translation>Archivar lo&amp;te</translation>
    </message>
    <message>
        <source>The product was not changed: {0}</source>
        <translation>No se ha cambiado el producto: {0}</translation>
    </message>
    <message>
        <source>The lot was not changed: {0}</source>
        <translation>No se ha cambiado el lote: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Current medical profile</source>
        <translation>Perfil médico actual</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No medical profile recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Edit patient…&lt;/b&gt; to record allergies, medications and other contraindications before the first session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay perfil médico registrado.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Editar paciente…&lt;/b&gt; para registrar alergias, medicación y otras contraindicaciones antes de la primera sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Profile history</source>
        <translation>Historial del perfil</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Qué se registró</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>{0} (areas: {1})</source>
        <translation>{0} (zonas: {1})</translation>
    </message>
    <message>
        <source>{0} — takes blood thinners</source>
        <translation>{0} — toma anticoagulantes</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendencia a queloides</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Afecciones cutáneas</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Embarazada o en lactancia</translation>
    </message>
    <message>
        <source>Needle anxiety</source>
        <translation>Miedo a las agujas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} por {1}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>allergies: {0}</source>
        <translation>alergias: {0}</translation>
    </message>
    <message>
        <source>blood thinners</source>
        <translation>anticoagulantes</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicación</translation>
    </message>
    <message>
        <source>autoimmune disease</source>
        <translation>enfermedad autoinmune</translation>
    </message>
    <message>
        <source>keloid tendency</source>
        <translation>tendencia a queloides</translation>
    </message>
    <message>
        <source>skin conditions</source>
        <translation>afecciones cutáneas</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation>embarazada o en lactancia</translation>
    </message>
    <message>
        <source>needle anxiety</source>
        <translation>miedo a las agujas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>nothing of note</source>
        <translation>nada reseñable</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <source>Proposed sessions</source>
        <translation>Sesiones propuestas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Propose dates&lt;/b&gt; (Enter) to see when the sessions would be.</source>
        <translation>Pulse &lt;b&gt;Proponer fechas&lt;/b&gt; (Enter) para ver cuándo serían las sesiones.</translation>
    </message>
    <message>
        <source>nearest free slot</source>
        <translation>hueco libre más cercano</translation>
    </message>
    <message>
        <source>The preferred day or time was closed, past or already booked; this is the nearest free slot.</source>
        <translation>El día o la hora preferidos estaban cerrados, pasados o ya reservados; este es el hueco libre más cercano.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{0} Nothing can be changed in this window.</source>
        <translation>{0} No se puede cambiar nada en esta ventana.</translation>
    </message>
</context>
<context>
    <name>RecallRowTableModel</name>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation>Nacido/a el {0}</translation>
    </message>
    <message>
        <source>This patient&apos;s record is archived.</source>
        <translation>La ficha de este paciente está archivada.</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>lote {0}</translation>
    </message>
    <message>
        <source>No phone number on record: reach the patient another way.</source>
        <translation>No hay teléfono registrado: contacte con el paciente de otro modo.</translation>
    </message>
</context>
<context>
    <name>Replacement</name>
    <message>
        <source>No free slot found in the next weeks for a replacement.</source>
        <translation>No se encontró ningún hueco libre en las próximas semanas para una sustitución.</translation>
    </message>
    <message>
        <source>Book a replacement?</source>
        <translation>¿Reservar una sustitución?</translation>
    </message>
    <message>
        <source>Book a new session for {name} on {day} at {time}?</source>
        <translation>¿Reservar una nueva sesión para {name} el {day} a las {time}?</translation>
    </message>
    <message>
        <source>Book a replacement</source>
        <translation>Reservar una sustitución</translation>
    </message>
    <message>
        <source>Replacement booked on {day} at {time}.</source>
        <translation>Sustitución reservada el {day} a las {time}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Restablecer la contraseña de {0}</translation>
    </message>
    <message>
        <source>Tell {0} the new password in person; they can change it with Change password… once signed in.</source>
        <translation>Comunique a {0} la nueva contraseña en persona; podrá cambiarla con Cambiar contraseña… una vez dentro.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>The password was not reset: {0}</source>
        <translation>No se ha restablecido la contraseña: {0}</translation>
    </message>
</context>
<context>
    <name>ResolveEventDialog</name>
    <message>
        <source>Resolve adverse event</source>
        <translation>Resolver evento adverso</translation>
    </message>
    <message>
        <source>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, began {onset}</source>
        <translation>&lt;b&gt;{type}&lt;/b&gt; ({severity}) · {patient}, inicio el {onset}</translation>
    </message>
    <message>
        <source>How it ended, e.g. faded within a week</source>
        <translation>Cómo terminó, p. ej. desapareció en una semana</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>&amp;Evolución *</translation>
    </message>
    <message>
        <source>&amp;Resolved on *</source>
        <translation>&amp;Resuelto el *</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Type the date as {0}.</source>
        <translation>Escriba la fecha como {0}.</translation>
    </message>
    <message>
        <source>Enter the day the event resolved.</source>
        <translation>Indique el día en que se resolvió el evento.</translation>
    </message>
    <message>
        <source>The event was not resolved: {0}</source>
        <translation>No se ha resuelto el evento: {0}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This database is on a server; restore it there (see the README).</source>
        <translation>Esta base de datos está en un servidor: restáurela allí (consulte el README).</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Product lots</source>
        <translation>Lotes de productos</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything recorded since it was taken is replaced; the current database is kept beside it under a new name, so nothing is deleted.</source>
        <translation>Elija la copia a la que volver. Todo lo registrado desde que se hizo se sustituye; la base de datos actual se conserva a su lado con otro nombre, así que no se elimina nada.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Frase de contraseña de esta copia cifrada:</translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation>&amp;Mostrar qué cambia</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After the restore</source>
        <translation>Tras la restauración</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to restore from.</source>
        <translation>No hay ninguna copia en la carpeta de copias desde la que restaurar.</translation>
    </message>
    <message>
        <source>This is a backup of another database, not of this one; it cannot be restored here.</source>
        <translation>Es una copia de seguridad de otra base de datos, no de esta; no se puede restaurar aquí.</translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored: {0}</source>
        <translation>Esta copia no superó su comprobación y no se puede restaurar: {0}</translation>
    </message>
    <message>
        <source>Type the passphrase to see what restoring it changes.</source>
        <translation>Escriba la frase de contraseña para ver qué cambia al restaurarla.</translation>
    </message>
    <message>
        <source>Type the passphrase of this backup first.</source>
        <translation>Escriba primero la frase de contraseña de esta copia.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {0}</source>
        <translation>Esta copia no se puede restaurar: {0}</translation>
    </message>
    <message>
        <source>The current database is not deleted: it is kept as {0}.replaced-&lt;date&gt; beside it, and can be restored again from there.</source>
        <translation>La base de datos actual no se elimina: se conserva como {0}.replaced-&lt;date&gt; a su lado, y desde ahí puede volver a restaurarse.</translation>
    </message>
    <message>
        <source>Restoring… the window&apos;s database is closed meanwhile.</source>
        <translation>Restaurando… mientras tanto, la base de datos de la ventana está cerrada.</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>No se ha restaurado nada: {0}</translation>
    </message>
</context>
<context>
    <name>RuleOffDialog</name>
    <message>
        <source>Switch off a blocking rule</source>
        <translation>Desactivar una regla de bloqueo</translation>
    </message>
    <message>
        <source>“{title}” stops treatments that are unsafe for the patient. Switched off, screening will no longer warn about it at all, for every patient.</source>
        <translation>«{title}» detiene tratamientos que no son seguros para el paciente. Si se desactiva, el cribado dejará de avisar de ello por completo, para todos los pacientes.</translation>
    </message>
    <message>
        <source>e.g. Our clinic treats men only</source>
        <translation>p. ej. Nuestra clínica solo trata a hombres</translation>
    </message>
    <message>
        <source>&amp;Why is it switched off? (kept in the audit log)</source>
        <translation>¿&amp;Por qué se desactiva? (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>&amp;Desactivar</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Screening compares each planned treatment with the patient&apos;s medical profile. Block: the treatment should not go ahead. Warn: check with the patient before treating. Info: for the practitioner&apos;s attention. A switch takes effect at once and is recorded in the audit log.</source>
        <translation>El cribado compara cada tratamiento previsto con el perfil médico del paciente. Bloquear: el tratamiento no debe realizarse. Advertir: compruébelo con el paciente antes de tratar. Info: para conocimiento del profesional. Un cambio surte efecto de inmediato y se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Rule (tick to use)</source>
        <translation>Regla (marque para usarla)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>The rules could not be read: {reason}</source>
        <translation>No se han podido leer las reglas: {reason}</translation>
    </message>
    <message>
        <source>Message shown: {message}</source>
        <translation>Mensaje mostrado: {message}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Advertir</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>as supplied</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>{verb} by {who}
on {when}</source>
        <translation>{verb} por {who}
el {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Sin cambios: {reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Usually 4 to 10 sessions</source>
        <translation>Normalmente de 4 a 10 sesiones</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Days from the last session to a maintenance one</source>
        <translation>Días desde la última sesión hasta una de mantenimiento</translation>
    </message>
    <message>
        <source>— add a practitioner first —</source>
        <translation>— añada primero un profesional —</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessio&amp;ns:</source>
        <translation>Sesio&amp;nes:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>&amp;Maintenance after:</source>
        <translation>&amp;Mantenimiento tras:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Preferred da&amp;y:</source>
        <translation>Día &amp;preferido:</translation>
    </message>
    <message>
        <source>Preferred tim&amp;e:</source>
        <translation>&amp;Hora preferida:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uración:</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <source>Not saved: going ahead despite the stop was not confirmed.</source>
        <translation>No se ha guardado: no se confirmó continuar pese al bloqueo.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>No se ha guardado nada. {reason}</translation>
    </message>
    <message>
        <source>Saved (session of {when}).</source>
        <translation>Guardada (sesión del {when}).</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Save them?</source>
        <translation>Esta sesión tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Guardar y &amp;cerrar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Print aft&amp;ercare…</source>
        <translation>Imprimir cuidados &amp;posteriores…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Imprimir cuidados posteriores…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Sesión del {when}</translation>
    </message>
    <message>
        <source>Session of {when} · {status}</source>
        <translation>Sesión del {when} · {status}</translation>
    </message>
    <message>
        <source>changes are recorded as amendments</source>
        <translation>los cambios se registran como rectificaciones</translation>
    </message>
    <message>
        <source>Available once the session is saved as done.</source>
        <translation>Disponible cuando la sesión se guarde como realizada.</translation>
    </message>
    <message>
        <source>Screening could not run: {reason}</source>
        <translation>No se ha podido ejecutar el cribado: {reason}</translation>
    </message>
    <message>
        <source>Save the session first: the sheet prints what is recorded.</source>
        <translation>Guarde primero la sesión: la hoja imprime lo registrado.</translation>
    </message>
    <message>
        <source>Aftercare sheets are for done sessions. Mark the session done first.</source>
        <translation>Las hojas de cuidados posteriores son para sesiones realizadas. Marque primero la sesión como realizada.</translation>
    </message>
    <message>
        <source>Amend a done session</source>
        <translation>Rectificar una sesión realizada</translation>
    </message>
    <message>
        <source>This session is already done; the change is kept in its history.
Reason for the amendment (optional):</source>
        <translation>Esta sesión ya está realizada; el cambio se guarda en su historial.
Motivo de la rectificación (opcional):</translation>
    </message>
    <message>
        <source>Not saved: the amendment was cancelled.</source>
        <translation>No se ha guardado: se canceló la rectificación.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Mover sesión</translation>
    </message>
    <message>
        <source>Not saved: the move was cancelled.</source>
        <translation>No se ha guardado: se canceló el cambio de fecha.</translation>
    </message>
    <message>
        <source>The course&apos;s later sessions were not moved: {reason}</source>
        <translation>Las sesiones posteriores de la pauta no se han movido: {reason}</translation>
    </message>
    <message>
        <source>1 later course session moved too.</source>
        <translation>También se ha movido 1 sesión posterior de la pauta.</translation>
    </message>
    <message>
        <source>{n} later course sessions moved too.</source>
        <translation>También se han movido {n} sesiones posteriores de la pauta.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Línea {n}: {problem}</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are loaded and yours are put back on top: check them, then save.</source>
        <translation>Se han cargado los cambios del otro puesto y los suyos se han vuelto a poner encima: revíselos y guarde.</translation>
    </message>
    <message>
        <source>Not saved: another desk changed this session. Save again to decide.</source>
        <translation>No se ha guardado: otro puesto ha modificado esta sesión. Guarde de nuevo para decidir.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Anaesthetic used</source>
        <translation>Anestésico utilizado</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anestésico</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Reacciones inmediatas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Treatment lines</source>
        <translation>Líneas de tratamiento</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Línea {n}: {problem}</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line.</source>
        <translation>Una sesión realizada necesita al menos una línea de tratamiento.</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Elija la zona tratada.</translation>
    </message>
</context>
<context>
    <name>SessionHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Every saved version of this session is kept. Each entry lists the fields that changed.</source>
        <translation>Se conserva cada versión guardada de esta sesión. Cada entrada indica los campos que cambiaron.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rectificada</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation>(sin cambios visibles)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>Anestésico tópico</translation>
    </message>
    <message>
        <source>Anaesthetic product</source>
        <translation>Producto anestésico</translation>
    </message>
    <message>
        <source>Immediate reactions</source>
        <translation>Reacciones inmediatas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ha llegado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Solution / product</source>
        <translation>Solución / producto</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Sin lote</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Sin lista de control</translation>
    </message>
    <message>
        <source>Record lacks: {0}</source>
        <translation>Falta en el registro: {0}</translation>
    </message>
    <message>
        <source>Went ahead despite a screening stop:</source>
        <translation>Se continuó pese a un bloqueo del cribado:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Historial de cambios…</translation>
    </message>
    <message>
        <source>Print aftercare…</source>
        <translation>Imprimir cuidados posteriores…</translation>
    </message>
    <message>
        <source>Record adverse event…</source>
        <translation>Registrar evento adverso…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;New session…&lt;/b&gt; to record one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay sesiones.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Nueva sesión…&lt;/b&gt; para registrar una.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions recorded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This patient is archived: use &lt;b&gt;Restore…&lt;/b&gt; to record sessions again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay sesiones registradas.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Este paciente está archivado: use &lt;b&gt;Restaurar…&lt;/b&gt; para volver a registrar sesiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{0} sessions, newest first</source>
        <translation>{0} sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Select a done session.</source>
        <translation>Seleccione una sesión realizada.</translation>
    </message>
    <message>
        <source>Preview and print its aftercare sheet</source>
        <translation>Previsualizar e imprimir su hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Session of {0} — {1}</source>
        <translation>Sesión del {0} — {1}</translation>
    </message>
    <message>
        <source>no areas</source>
        <translation>sin zonas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Horario de apertura</translation>
    </message>
    <message>
        <source>&amp;Aftercare texts</source>
        <translation>&amp;Textos de cuidados posteriores</translation>
    </message>
    <message>
        <source>C&amp;onsent texts</source>
        <translation>Textos de c&amp;onsentimiento</translation>
    </message>
    <message>
        <source>Screening &amp;rules</source>
        <translation>&amp;Reglas de cribado</translation>
    </message>
    <message>
        <source>Save the clinic details and opening hours</source>
        <translation>Guardar los datos de la clínica y el horario de apertura</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>No se ha guardado nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>No se ha guardado nada: {reason}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de urgencias</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Consent required</source>
        <translation>Consentimiento obligatorio</translation>
    </message>
    <message>
        <source>The other desk&apos;s changes are kept; yours are still here: apply to save.</source>
        <translation>Los cambios del otro puesto se conservan; los suyos siguen aquí: aplique para guardar.</translation>
    </message>
    <message>
        <source>Nothing was saved: another desk changed these settings. Apply to decide.</source>
        <translation>No se ha guardado nada: otro puesto ha modificado esta configuración. Aplique para decidir.</translation>
    </message>
    <message>
        <source>Some settings have changes that are not saved. Save them now?</source>
        <translation>Hay ajustes con cambios sin guardar. ¿Guardarlos ahora?</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <source>Restored from the backup {0}.</source>
        <translation>Restaurado desde la copia de seguridad {0}.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>mesodesk found damage in {0}:
{1}

Nothing will be written to it. You can go back to the latest good backup (the damaged file is kept beside it), or open it read-only to look at what it still holds.</source>
        <translation>mesodesk ha encontrado daños en {0}:
{1}

No se escribirá nada en ella. Puede volver a la última copia de seguridad válida (el archivo dañado se conserva a su lado) o abrirla en solo lectura para ver lo que aún contiene.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this encrypted backup:</source>
        <translation>&amp;Frase de contraseña de esta copia cifrada:</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>&amp;Restaurar la última copia válida</translation>
    </message>
    <message>
        <source>&amp;Open read-only to look</source>
        <translation>Abrir en solo &amp;lectura para consultar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>There is no good backup to restore from.</source>
        <translation>No hay ninguna copia de seguridad válida desde la que restaurar.</translation>
    </message>
    <message>
        <source>The latest good backup was taken {0} UTC ({1}).</source>
        <translation>La última copia válida se hizo el {0} UTC ({1}).</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Escriba primero la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>{0} is damaged; it was not opened.</source>
        <translation>{0} está dañada; no se ha abierto.</translation>
    </message>
    <message>
        <source>The restore did not happen: {0}</source>
        <translation>No se ha restaurado: {0}</translation>
    </message>
    <message>
        <source>The database is damaged ({0}); it is open for looking only.</source>
        <translation>La base de datos está dañada ({0}); está abierta solo para consulta.</translation>
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
        <translation>Pápula</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punto por punto</translation>
    </message>
    <message>
        <source>Linear / retrograde</source>
        <translation>Lineal / retrógrada</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation>Versiones (las más recientes primero)</translation>
    </message>
    <message>
        <source>Separate paragraphs with an empty line; line breaks inside a paragraph are joined when printed. The patient signs under the whole text.</source>
        <translation>Separe los párrafos con una línea vacía; los saltos de línea dentro de un párrafo se unen al imprimir. El paciente firma debajo del texto completo.</translation>
    </message>
    <message>
        <source>One item per line; empty lines are ignored. A sheet prints the general text followed by the texts of the solution types and areas treated, without repeats.</source>
        <translation>Un elemento por línea; las líneas vacías se ignoran. Una hoja imprime el texto general seguido de los textos de los tipos de solución y las zonas tratadas, sin repeticiones.</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Guardar como nueva versión</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Reset to &amp;default…</source>
        <translation>Restablecer &amp;predeterminado…</translation>
    </message>
    <message>
        <source>The texts could not be read: {reason}</source>
        <translation>No se han podido leer los textos: {reason}</translation>
    </message>
    <message>
        <source>This text could not be read: {reason}</source>
        <translation>No se ha podido leer este texto: {reason}</translation>
    </message>
    <message>
        <source>{version} — read-only. Documents printed with it keep naming it; to use this text again, copy it into the editor and save.</source>
        <translation>{version} — solo lectura. Los documentos impresos con ella la siguen citando; para volver a usar este texto, cópielo en el editor y guárdelo.</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(cambios sin guardar)</translation>
    </message>
    <message>
        <source>No text of its own: patients sign the “Every treatment” text. A text written here replaces it for this solution type, so include everything the patient signs.</source>
        <translation>Sin texto propio: los pacientes firman el texto «Todos los tratamientos». Un texto escrito aquí lo sustituye para este tipo de solución, así que incluya todo lo que firma el paciente.</translation>
    </message>
    <message>
        <source>No text of its own yet: sheets print the general text and the other texts that apply.</source>
        <translation>Aún sin texto propio: las hojas imprimen el texto general y los demás textos aplicables.</translation>
    </message>
    <message>
        <source>In use: version {n}, edited by {who} on {when}.</source>
        <translation>En uso: versión {n}, editada por {who} el {when}.</translation>
    </message>
    <message>
        <source>In use: the default text supplied with mesodesk (version {n}).</source>
        <translation>En uso: el texto predeterminado incluido con mesodesk (versión {n}).</translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged.</source>
        <translation>Nada que guardar: el texto no ha cambiado.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved as version {n}; earlier versions stay on record.</source>
        <translation>Guardado como versión {n}; las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>Go back to the text supplied with mesodesk for “{label}”? The current text stays in the version history.</source>
        <translation>¿Volver al texto incluido con mesodesk para «{label}»? El texto actual se conserva en el historial de versiones.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this text will be lost.</source>
        <translation>Se perderán los cambios no guardados de este texto.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer predeterminado</translation>
    </message>
    <message>
        <source>Not reset: {reason}</source>
        <translation>No restablecido: {reason}</translation>
    </message>
    <message>
        <source>The default text is in use again (version {n}).</source>
        <translation>Vuelve a usarse el texto predeterminado (versión {n}).</translation>
    </message>
    <message>
        <source>The text of an older version is in the editor; save to use it.</source>
        <translation>El texto de una versión anterior está en el editor; guárdelo para usarlo.</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Texto sin guardar</translation>
    </message>
    <message>
        <source>The text “{label}” has changes that are not saved. Save them as a new version?</source>
        <translation>El texto «{label}» tiene cambios sin guardar. ¿Guardarlos como nueva versión?</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Por favor, haga</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Por favor, evite</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Llame a la clínica si</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Preview: consent form for a sample patient</source>
        <translation>Vista previa: consentimiento de un paciente de ejemplo</translation>
    </message>
    <message>
        <source>Preview: sheet for a sample patient</source>
        <translation>Vista previa: hoja de un paciente de ejemplo</translation>
    </message>
    <message>
        <source>A real sheet also prints the general text and that of each area treated.</source>
        <translation>Una hoja real también imprime el texto general y el de cada zona tratada.</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>No se ha podido crear la vista previa: {reason}</translation>
    </message>
    <message>
        <source>Updated {time}; the preview follows your typing.</source>
        <translation>Actualizada a las {time}; la vista previa sigue lo que escribe.</translation>
    </message>
</context>
<context>
    <name>TextKeyTree</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Solution types</source>
        <translation>Tipos de solución</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <source>edited v{n}</source>
        <translation>editado v{n}</translation>
    </message>
    <message>
        <source>default v{n}</source>
        <translation>predeterminado v{n}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>llegado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>{n}. {date}: {status}</source>
        <translation>{n}. {date}: {status}</translation>
    </message>
    <message>
        <source>{n} still to plan</source>
        <translation>{n} por planificar</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>The day could not be loaded: {0}</source>
        <translation>No se ha podido cargar el día: {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>{n} arrived</source>
        <translation>{n} han llegado</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} realizadas</translation>
    </message>
    <message>
        <source>1 aftercare sheet to print</source>
        <translation>1 hoja de cuidados posteriores por imprimir</translation>
    </message>
    <message>
        <source>{n} aftercare sheets to print</source>
        <translation>{n} hojas de cuidados posteriores por imprimir</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions for {name} on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;All practitioners&lt;/b&gt; to see the whole day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay sesiones de {name} el {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Elija &lt;b&gt;Todos los profesionales&lt;/b&gt; para ver el día completo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sessions on {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Book one from a patient&apos;s chart with &lt;b&gt;New session…&lt;/b&gt;,&lt;br&gt;or pick another day with the arrows or the date above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay sesiones el {day}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reserve una desde la ficha de un paciente con &lt;b&gt;Nueva sesión…&lt;/b&gt;,&lt;br&gt;o elija otro día con las flechas o la fecha de arriba.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{n} marked arrived.</source>
        <translation>Llegada registrada para {n}.</translation>
    </message>
    <message>
        <source>{n} marked done.</source>
        <translation>{n} marcadas como realizadas.</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marcar no presentado</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. “called in sick”:</source>
        <translation>Motivo (opcional), p. ej. «ha avisado de que está enfermo»:</translation>
    </message>
    <message>
        <source>{n} marked no-show.</source>
        <translation>{n} marcadas como «no presentado».</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>Left as they were: {rows}.</source>
        <translation>Sin cambios: {rows}.</translation>
    </message>
    <message>
        <source>This session was not changed:</source>
        <translation>Esta sesión no se ha cambiado:</translation>
    </message>
    <message>
        <source>These sessions were not changed:</source>
        <translation>Estas sesiones no se han cambiado:</translation>
    </message>
    <message>
        <source>Select the sessions whose aftercare sheets you want to print.</source>
        <translation>Seleccione las sesiones cuyas hojas de cuidados posteriores quiere imprimir.</translation>
    </message>
    <message>
        <source>Aftercare sheets are printed for done sessions only, and none of the selected sessions is done yet.

Mark a session done first (Ctrl+Shift+D).</source>
        <translation>Las hojas de cuidados posteriores solo se imprimen para sesiones realizadas, y ninguna de las sesiones seleccionadas está realizada todavía.

Marque primero una sesión como realizada (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>{skipped} of the {total} selected sessions are not done and were left out; printing the sheets of the {n} done ones.</source>
        <translation>{skipped} de las {total} sesiones seleccionadas no están realizadas y se han omitido; se imprimen las hojas de las {n} realizadas.</translation>
    </message>
    <message>
        <source>No session listed on {day} is done yet, so there is no sheet to print.</source>
        <translation>Ninguna sesión del {day} está realizada todavía, así que no hay ninguna hoja que imprimir.</translation>
    </message>
    <message>
        <source>The sheets to print could not be found: {0}</source>
        <translation>No se han encontrado las hojas que imprimir: {0}</translation>
    </message>
    <message>
        <source>The aftercare sheets of the {n} done sessions listed on {day} are all printed.

To print them again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>Las hojas de cuidados posteriores de las {n} sesiones realizadas del {day} ya están todas impresas.

Para volver a imprimirlas, elija «Imprimir todas las realizadas, incluso impresas» en la flecha junto a «Imprimir todas las realizadas».</translation>
    </message>
    <message>
        <source>The aftercare sheet of the done session listed on {day} is printed.

To print it again, choose “Print all done, including printed” from the arrow next to “Print all done”.</source>
        <translation>La hoja de cuidados posteriores de la sesión realizada del {day} ya está impresa.

Para volver a imprimirla, elija «Imprimir todas las realizadas, incluso impresas» en la flecha junto a «Imprimir todas las realizadas».</translation>
    </message>
    <message>
        <source>1 sheet already printed is left out; </source>
        <translation>Se omite 1 hoja ya impresa; </translation>
    </message>
    <message>
        <source>{n} sheets already printed are left out; </source>
        <translation>Se omiten {n} hojas ya impresas; </translation>
    </message>
    <message>
        <source>“Print all done, including printed” prints them all.</source>
        <translation>«Imprimir todas las realizadas, incluso impresas» las imprime todas.</translation>
    </message>
    <message>
        <source>Print aftercare</source>
        <translation>Imprimir cuidados posteriores</translation>
    </message>
    <message>
        <source>The aftercare sheets could not be prepared: {0}</source>
        <translation>No se han podido preparar las hojas de cuidados posteriores: {0}</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets: {done} of {total}…</source>
        <translation>Preparando hojas de cuidados posteriores: {done} de {total}…</translation>
    </message>
    <message>
        <source>Building one PDF of {total} aftercare sheets…</source>
        <translation>Creando un PDF con {total} hojas de cuidados posteriores…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <source>Aftercare sheets: {n} patients, {day}</source>
        <translation>Hojas de cuidados posteriores: {n} pacientes, {day}</translation>
    </message>
    <message>
        <source>The sheets went out, but mesodesk could not record it: {0}</source>
        <translation>Las hojas se han enviado, pero mesodesk no ha podido registrarlo: {0}</translation>
    </message>
    <message>
        <source>1 aftercare sheet printed.</source>
        <translation>1 hoja de cuidados posteriores impresa.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets printed in one job.</source>
        <translation>{n} hojas de cuidados posteriores impresas en un solo trabajo.</translation>
    </message>
    <message>
        <source>1 aftercare sheet saved as PDF.</source>
        <translation>1 hoja de cuidados posteriores guardada como PDF.</translation>
    </message>
    <message>
        <source>{n} aftercare sheets saved as one PDF.</source>
        <translation>{n} hojas de cuidados posteriores guardadas en un solo PDF.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>lot numbers</source>
        <translation>números de lote</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>lista de control</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Missing {what}</source>
        <translation>Falta: {what}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation>✓ Impresa</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Guardada como PDF</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>A screening block was overridden with a recorded reason.</source>
        <translation>Se anuló un bloqueo del cribado con un motivo registrado.</translation>
    </message>
    <message>
        <source>The aftercare sheet was printed.</source>
        <translation>La hoja de cuidados posteriores se imprimió.</translation>
    </message>
    <message>
        <source>The aftercare sheet was saved as a PDF file but not printed: “Print all done” prints it.</source>
        <translation>La hoja de cuidados posteriores se guardó como PDF pero no se imprimió: «Imprimir todas las realizadas» la imprime.</translation>
    </message>
    <message>
        <source>No aftercare sheet printed yet: select the row and press Ctrl+P.</source>
        <translation>Aún no se ha impreso la hoja de cuidados posteriores: seleccione la fila y pulse Ctrl+P.</translation>
    </message>
    <message>
        <source>Open the session (double-click) to complete its record.</source>
        <translation>Abra la sesión (doble clic) para completar su registro.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Abrir sesión</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marcar &amp;llegada</translation>
    </message>
    <message>
        <source>The patient is here (Ctrl+Shift+A)</source>
        <translation>El paciente está aquí (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;realizada</translation>
    </message>
    <message>
        <source>The treatment is finished (Ctrl+Shift+D)</source>
        <translation>El tratamiento ha terminado (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Mark &amp;no-show…</source>
        <translation>Marcar &amp;no presentado…</translation>
    </message>
    <message>
        <source>The patient did not come (Ctrl+Shift+M)</source>
        <translation>El paciente no ha venido (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Print aftercare…</source>
        <translation>&amp;Imprimir cuidados posteriores…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)</source>
        <translation>Imprimir las hojas de cuidados posteriores de las sesiones realizadas seleccionadas en un solo trabajo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print all d&amp;one…</source>
        <translation>Imprimir &amp;todas las realizadas…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of the done sessions listed that were not printed yet (Ctrl+Shift+P); the arrow offers to print them all again</source>
        <translation>Imprimir las hojas de cuidados posteriores de las sesiones realizadas de la lista que aún no se han impreso (Ctrl+Shift+P); la flecha permite imprimirlas todas de nuevo</translation>
    </message>
    <message>
        <source>Print all done, &amp;including printed…</source>
        <translation>Imprimir todas las realizadas, incl&amp;uso impresas…</translation>
    </message>
    <message>
        <source>Print the aftercare sheets of every done session listed, again or not</source>
        <translation>Imprimir las hojas de cuidados posteriores de todas las sesiones realizadas de la lista, impresas o no</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Volver a hoy (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>TreatmentBox</name>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>&amp;Solution type:</source>
        <translation>&amp;Tipo de solución:</translation>
    </message>
    <message>
        <source>&amp;Indications (Space ticks):</source>
        <translation>&amp;Indicaciones (Espacio marca):</translation>
    </message>
    <message>
        <source>&amp;Areas (Space ticks):</source>
        <translation>&amp;Zonas (Espacio marca):</translation>
    </message>
    <message>
        <source>Made from the indication and areas</source>
        <translation>Formado a partir de la indicación y las zonas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Volume in ml</source>
        <translation>Volumen en ml</translation>
    </message>
    <message>
        <source>Depth in mm</source>
        <translation>Profundidad en mm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Quitar esta línea</translation>
    </message>
    <message>
        <source>{type} (no product)</source>
        <translation>{type} (sin producto)</translation>
    </message>
    <message>
        <source>Product not chosen</source>
        <translation>Producto sin elegir</translation>
    </message>
    <message>
        <source>Choose the treated area.</source>
        <translation>Elija la zona tratada.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <source>No lots recorded</source>
        <translation>No hay lotes registrados</translation>
    </message>
    <message>
        <source>{lot} (expired {date})</source>
        <translation>{lot} (caducado el {date})</translation>
    </message>
    <message>
        <source>{lot} (expires {date})</source>
        <translation>{lot} (caduca el {date})</translation>
    </message>
    <message>
        <source>{lot} · exp. {date}</source>
        <translation>{lot} · cad. {date}</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}: it cannot be recorded. Choose another lot.</source>
        <translation>El lote {lot} caducó el {date}: no se puede registrar. Elija otro lote.</translation>
    </message>
    <message>
        <source>Lot {lot} expires on {date}, within 30 days.</source>
        <translation>El lote {lot} caduca el {date}, en menos de 30 días.</translation>
    </message>
</context>
<context>
    <name>TreatmentsBox</name>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Solution type</source>
        <translation>Tipo de solución</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profundidad (mm)</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Añadir &amp;línea</translation>
    </message>
    <message>
        <source>Add another treated area</source>
        <translation>Añadir otra zona tratada</translation>
    </message>
    <message>
        <source>Area of line {n}</source>
        <translation>Zona de la línea {n}</translation>
    </message>
    <message>
        <source>Volumes per product add up here as you fill the lines.</source>
        <translation>Los volúmenes por producto se suman aquí a medida que rellena las líneas.</translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Todos los productos</translation>
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
        <translation>{n} unidades</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions of this text</source>
        <translation>Versiones de este texto</translation>
    </message>
    <message>
        <source>Select an older version to read it.</source>
        <translation>Seleccione una versión anterior para leerla.</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(en uso)</translation>
    </message>
</context>
<context>
    <name>VersionNames</name>
    <message>
        <source>v{n} edited</source>
        <translation>v{n} editada</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>por {who}, {when}</translation>
    </message>
    <message>
        <source>v{n} default text</source>
        <translation>v{n} texto predeterminado</translation>
    </message>
    <message>
        <source>supplied with mesodesk, {when}</source>
        <translation>incluido con mesodesk, {when}</translation>
    </message>
    <message>
        <source>reset by {who}, {when}</source>
        <translation>restablecido por {who}, {when}</translation>
    </message>
</context>
<context>
    <name>WindowTasks</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nadie ha accedido</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Usuario: {0}</translation>
    </message>
    <message>
        <source>Books as: {0}</source>
        <translation>Reserva como: {0}</translation>
    </message>
    <message>
        <source>The full check of the database found damage ({0}). mesodesk will not write to it any more: restore the latest good backup (File → Restore…).</source>
        <translation>La comprobación completa de la base de datos ha encontrado daños ({0}). mesodesk ya no escribirá en ella: restaure la última copia de seguridad válida (Archivo → Restaurar…).</translation>
    </message>
    <message>
        <source>Restoring a backup needs the admin role; ask the clinic&apos;s admin.</source>
        <translation>Restaurar una copia de seguridad requiere el rol de administrador; consulte al administrador de la clínica.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as {0}.</source>
        <translation>Copia de seguridad restaurada. La base de datos sustituida se conserva como {0}.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Hacer copia de la base de datos</translation>
    </message>
    <message>
        <source>mesodesk backup (*.sqlite3 *.bak)</source>
        <translation>Copia de seguridad de mesodesk (*.sqlite3 *.bak)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was not written: {0}</source>
        <translation>No se ha escrito la copia de seguridad: {0}</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Copia de seguridad escrita en {0}</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Comprobación de la base de datos</translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys, schema and audit are in order.</source>
        <translation>No se han encontrado problemas: integridad, claves externas, esquema y auditoría están en orden.</translation>
    </message>
    <message>
        <source>mesodesk</source>
        <translation>mesodesk</translation>
    </message>
    <message>
        <source>About mesodesk</source>
        <translation>Acerca de mesodesk</translation>
    </message>
    <message>
        <source>mesodesk {0}
Records, planning and aftercare sheets for mesotherapy clinics.</source>
        <translation>mesodesk {0}
Registros, agenda y hojas de cuidados posteriores para clínicas de mesoterapia.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown paper size {paper!r}: use &apos;A4&apos; or &apos;Letter&apos;</source>
        <translation>tamaño de papel desconocido {paper!r}: use &apos;A4&apos; o &apos;Letter&apos;</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nada que imprimir</translation>
    </message>
    <message>
        <source>no aftercare sheets to print</source>
        <translation>no hay hojas de cuidados posteriores que imprimir</translation>
    </message>
    <message>
        <source>unknown diagram {diagram_id!r}</source>
        <translation>diagrama desconocido {diagram_id!r}</translation>
    </message>
    <message>
        <source>unexpected path command {command!r}</source>
        <translation>orden de trazado inesperada {command!r}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>must name a folder (or be left empty for the default)</source>
        <translation>debe indicar una carpeta (o dejarse vacío para la predeterminada)</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>{name}: &apos;item&apos; must be an array of tables</source>
        <translation>{name}: &apos;item&apos; debe ser una matriz de tablas</translation>
    </message>
    <message>
        <source>unknown diagram {diagram!r}</source>
        <translation>diagrama desconocido {diagram!r}</translation>
    </message>
    <message>
        <source>unknown kind of mark {kind!r}</source>
        <translation>tipo de marca desconocido {kind!r}</translation>
    </message>
    <message>
        <source>a {kind} mark needs {count} point(s)</source>
        <translation>una marca {kind} necesita {count} punto(s)</translation>
    </message>
    <message>
        <source>the mark lies outside the diagram</source>
        <translation>la marca está fuera del diagrama</translation>
    </message>
    <message>
        <source>unknown side {side!r}</source>
        <translation>lado desconocido {side!r}</translation>
    </message>
    <message>
        <source>unknown unit {unit!r}</source>
        <translation>unidad desconocida {unit!r}</translation>
    </message>
    <message>
        <source>the volume must be 0-{limit} {unit}</source>
        <translation>el volumen debe ser de 0 a {limit} {unit}</translation>
    </message>
    <message>
        <source>the depth must be 0-{limit} mm</source>
        <translation>la profundidad debe ser de 0 a {limit} mm</translation>
    </message>
    <message>
        <source>unknown technique</source>
        <translation>técnica desconocida</translation>
    </message>
    <message>
        <source>choose the treated area (the mark is outside every region)</source>
        <translation>elija la zona tratada (la marca está fuera de todas las regiones)</translation>
    </message>
    <message>
        <source>Sheets are printed in {known}; {code!r} is not one of them.</source>
        <translation>Las hojas se imprimen en {known}; {code!r} no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Opening hours need 7 weekdays, not {count}.</source>
        <translation>El horario de apertura necesita 7 días de la semana, no {count}.</translation>
    </message>
    <message>
        <source>{name}: opening times must be plain whole minutes.</source>
        <translation>{name}: los horarios de apertura deben ser en minutos enteros.</translation>
    </message>
    <message>
        <source>{name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{name}: la hora de cierre {closes} no es posterior a la de apertura {opens}.</translation>
    </message>
    <message>
        <source>{name}: {period} overlaps or touches {other}; list the periods in order with a break between.</source>
        <translation>{name}: {period} se solapa o toca con {other}; indique las franjas en orden y con una pausa entre ellas.</translation>
    </message>
    <message>
        <source>Opening hours must be a table with &quot;weekly&quot; and &quot;closed_dates&quot;.</source>
        <translation>El horario de apertura debe ser una tabla con &quot;weekly&quot; y &quot;closed_dates&quot;.</translation>
    </message>
    <message>
        <source>Opening hours: unknown entry {value!r}.</source>
        <translation>Horario de apertura: entrada desconocida {value!r}.</translation>
    </message>
    <message>
        <source>Opening hours: &quot;weekly&quot; is missing or is not a table of weekdays.</source>
        <translation>Horario de apertura: falta &quot;weekly&quot; o no es una tabla de días de la semana.</translation>
    </message>
    <message>
        <source>Opening hours: {value!r} is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Horario de apertura: {value!r} no es un día de la semana; use mon, tue, wed, thu, fri, sat o sun.</translation>
    </message>
    <message>
        <source>The {what} time needs a time zone.</source>
        <translation>La hora de {what} necesita una zona horaria.</translation>
    </message>
    <message>
        <source>{day_name}: {text!r} is not a time; use HH:MM, e.g. 09:00.</source>
        <translation>{day_name}: {text!r} no es una hora; use HH:MM, p. ej. 09:00.</translation>
    </message>
    <message>
        <source>{day_name}: expected a list of periods like [[&quot;09:00&quot;, &quot;13:00&quot;]].</source>
        <translation>{day_name}: se espera una lista de franjas como [[&quot;09:00&quot;, &quot;13:00&quot;]].</translation>
    </message>
    <message>
        <source>{day_name}: {pair!r} is not an [opening, closing] pair like [&quot;09:00&quot;, &quot;13:00&quot;].</source>
        <translation>{day_name}: {pair!r} no es un par [apertura, cierre] como [&quot;09:00&quot;, &quot;13:00&quot;].</translation>
    </message>
    <message>
        <source>{day_name}: closing time {closes} is not after opening time {opens}.</source>
        <translation>{day_name}: la hora de cierre {closes} no es posterior a la de apertura {opens}.</translation>
    </message>
    <message>
        <source>{day_name}: {period} overlaps {other}.</source>
        <translation>{day_name}: {period} se solapa con {other}.</translation>
    </message>
    <message>
        <source>Closed dates: expected a list of dates like [&quot;2026-12-25&quot;].</source>
        <translation>Días de cierre: se espera una lista de fechas como [&quot;2026-12-25&quot;].</translation>
    </message>
    <message>
        <source>Closed dates: {item!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-25.</source>
        <translation>Días de cierre: {item!r} no es una fecha; use AAAA-MM-DD, p. ej. 2026-12-25.</translation>
    </message>
    <message>
        <source>{text!r} is not a photo view; use one of {choices}</source>
        <translation>{text!r} no es una vista de foto; use una de {choices}</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Indique el motivo.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters.</source>
        <translation>El motivo debe tener menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Say why in a few words (at least {count} different words), so the audit shows what was decided and why.</source>
        <translation>Explique el motivo en unas palabras (al menos {count} palabras distintas), para que la auditoría muestre qué se decidió y por qué.</translation>
    </message>
    <message>
        <source>The session duration must be longer than zero.</source>
        <translation>La duración de la sesión debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The search step must be longer than zero.</source>
        <translation>El paso de búsqueda debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The number of days to search cannot be negative.</source>
        <translation>El número de días de búsqueda no puede ser negativo.</translation>
    </message>
    <message>
        <source>A course needs at least one session.</source>
        <translation>Un tratamiento necesita al menos una sesión.</translation>
    </message>
    <message>
        <source>The interval between sessions must be at least one day.</source>
        <translation>El intervalo entre sesiones debe ser de al menos un día.</translation>
    </message>
    <message>
        <source>The preferred weekday must be 0 (Monday) to 6 (Sunday).</source>
        <translation>El día preferido debe ser de 0 (lunes) a 6 (domingo).</translation>
    </message>
    <message>
        <source>There is no session {number} in this course.</source>
        <translation>No hay ninguna sesión {number} en este tratamiento.</translation>
    </message>
    <message>
        <source>The course&apos;s sessions must be in order, one after the other.</source>
        <translation>Las sesiones del tratamiento deben ir en orden, una tras otra.</translation>
    </message>
    <message>
        <source>Session {number} cannot move to before session {moved_index}; move that one first.</source>
        <translation>La sesión {number} no puede pasar antes de la sesión {moved_index}; mueva primero esa.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>Session {number}: no free slot within {within} after {when}; check the opening hours or the practitioner&apos;s diary.</source>
        <translation>Sesión {number}: no hay ningún hueco libre en {within} a partir del {when}; revise el horario de apertura o la agenda del profesional.</translation>
    </message>
    <message>
        <source>{name}: not valid TOML: {exc}</source>
        <translation>{name}: TOML no válido: {exc}</translation>
    </message>
    <message>
        <source>{name}: expected one or more [[rule]] tables</source>
        <translation>{name}: se esperan una o más tablas [[rule]]</translation>
    </message>
    <message>
        <source>{name}: rule {number} ({id!r}): id is used twice</source>
        <translation>{name}: regla {number} ({id!r}): el id se usa dos veces</translation>
    </message>
    <message>
        <source>{filename}: rule {number}: must be a table</source>
        <translation>{filename}: regla {number}: debe ser una tabla</translation>
    </message>
    <message>
        <source>{filename}: {label}: {problem}</source>
        <translation>{filename}: {label}: {problem}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}</source>
        <translation>clave(s) desconocida(s) {keys}</translation>
    </message>
    <message>
        <source>{key!r} must be a non-empty string</source>
        <translation>{key!r} debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a string</source>
        <translation>&apos;description&apos; debe ser un texto</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>unknown level {value!r} (use {choices})</source>
        <translation>nivel desconocido {value!r} (use {choices})</translation>
    </message>
    <message>
        <source>unknown check {value!r} (use one of {choices})</source>
        <translation>comprobación desconocida {value!r} (use una de {choices})</translation>
    </message>
    <message>
        <source>placeholder {{{name}}} is not filled in by check {value!r} (available: {hint})</source>
        <translation>el marcador {{{name}}} no lo rellena la comprobación {value!r} (disponibles: {hint})</translation>
    </message>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>La duración debe estar entre {low} y {high} minutos.</translation>
    </message>
    <message>
        <source>the needle gauge must be {low}G-{high}G</source>
        <translation>el calibre de la aguja debe ser de {low}G a {high}G</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>paciente llegado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>ausencia</translation>
    </message>
    <message>
        <source>This session is done and cannot become {wanted}: a done session is a clinical record. Amend it instead.</source>
        <translation>Esta sesión está realizada y no puede pasar a {wanted}: una sesión realizada es un registro clínico. Corríjala en su lugar.</translation>
    </message>
    <message>
        <source>A {current} session cannot become {wanted}.</source>
        <translation>Una sesión {current} no puede pasar a {wanted}.</translation>
    </message>
    <message>
        <source>A done session needs at least one treatment line (the area that was treated).</source>
        <translation>Una sesión realizada necesita al menos una línea de tratamiento (la zona tratada).</translation>
    </message>
    <message>
        <source>This session has not started yet; it can be marked done once it has taken place.</source>
        <translation>Esta sesión aún no ha empezado; se podrá marcar como realizada cuando haya tenido lugar.</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>El profesional</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>sesión {number}</translation>
    </message>
    <message>
        <source>{who} is already booked {when} with {whom}.</source>
        <translation>{who} ya tiene una cita {when} con {whom}.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>another practitioner</source>
        <translation>otro profesional</translation>
    </message>
    <message>
        <source>{whom} already has a session {when} with {with_who}.</source>
        <translation>{whom} ya tiene una sesión {when} con {with_who}.</translation>
    </message>
    <message>
        <source>This slot was just taken: {clash}</source>
        <translation>Este hueco se acaba de ocupar: {clash}</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Please do</source>
        <translation>Haga lo siguiente</translation>
    </message>
    <message>
        <source>Please avoid</source>
        <translation>Evite</translation>
    </message>
    <message>
        <source>Call the clinic about</source>
        <translation>Llame a la clínica si</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <source>{name} [{key}]: {problem}</source>
        <translation>{name} [{key}]: {problem}</translation>
    </message>
    <message>
        <source>{section}: expected a list of lines.</source>
        <translation>{section}: se espera una lista de líneas.</translation>
    </message>
    <message>
        <source>{section}: at most {limit} lines, please.</source>
        <translation>{section}: como máximo {limit} líneas, por favor.</translation>
    </message>
    <message>
        <source>{section}: a line is longer than {limit} characters.</source>
        <translation>{section}: una línea tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>A consent text needs at least one paragraph.</source>
        <translation>Un texto de consentimiento necesita al menos un párrafo.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Introduzca el nombre del paciente.</translation>
    </message>
    <message>
        <source>The given name is longer than 120 characters.</source>
        <translation>El nombre tiene más de 120 caracteres.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Introduzca los apellidos del paciente.</translation>
    </message>
    <message>
        <source>The family name is longer than 120 characters.</source>
        <translation>Los apellidos tienen más de 120 caracteres.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>That would make the patient older than {years}.</source>
        <translation>Eso haría que el paciente tuviera más de {years} años.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +, e.g. +44 20 7946 0958.</source>
        <translation>Use cifras, espacios y un + inicial opcional, p. ej. +34 912 34 56 78.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Esto no parece una dirección de correo electrónico (nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>{text} does not exist: check the day and the month.</source>
        <translation>{text} no existe: compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>Type the date as {clinic_format}, for example {example}.</source>
        <translation>Escriba la fecha como {clinic_format}, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>see the patient list</source>
        <translation>ver la lista de pacientes</translation>
    </message>
    <message>
        <source>change patients&apos; contact details</source>
        <translation>cambiar los datos de contacto de los pacientes</translation>
    </message>
    <message>
        <source>book, move or cancel sessions</source>
        <translation>programar, mover o cancelar sesiones</translation>
    </message>
    <message>
        <source>mark arrivals and no-shows</source>
        <translation>registrar llegadas y ausencias</translation>
    </message>
    <message>
        <source>print aftercare sheets</source>
        <translation>imprimir hojas de cuidados posteriores</translation>
    </message>
    <message>
        <source>see recall lists</source>
        <translation>ver listas de retirada</translation>
    </message>
    <message>
        <source>see alert badges</source>
        <translation>ver las insignias de alerta</translation>
    </message>
    <message>
        <source>see medical records</source>
        <translation>ver historias clínicas</translation>
    </message>
    <message>
        <source>change medical records</source>
        <translation>cambiar historias clínicas</translation>
    </message>
    <message>
        <source>mark a session done</source>
        <translation>marcar una sesión como realizada</translation>
    </message>
    <message>
        <source>export a patient&apos;s record</source>
        <translation>exportar la historia de un paciente</translation>
    </message>
    <message>
        <source>change products and lots</source>
        <translation>cambiar productos y lotes</translation>
    </message>
    <message>
        <source>change the clinic settings</source>
        <translation>cambiar los ajustes de la clínica</translation>
    </message>
    <message>
        <source>change the screening rules</source>
        <translation>cambiar las reglas de cribado</translation>
    </message>
    <message>
        <source>change aftercare and consent texts</source>
        <translation>cambiar los textos de cuidados posteriores y de consentimiento</translation>
    </message>
    <message>
        <source>manage practitioners</source>
        <translation>gestionar profesionales</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gestionar cuentas</translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation>gestionar copias de seguridad</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
    <message>
        <source>{name} ({roles}) may not {what}; nothing was changed.</source>
        <translation>{name} ({roles}) no puede {what}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{who} is not signed in with an active account; nothing was read or changed.</source>
        <translation>{who} no ha iniciado sesión con una cuenta activa; no se ha leído ni cambiado nada.</translation>
    </message>
    <message>
        <source>A login is 2 to 40 letters (a-z), digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Un usuario tiene de 2 a 40 letras (a-z), cifras, puntos, guiones, guiones bajos o @, y empieza por una letra o una cifra.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduzca el nombre de la persona.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>El nombre tiene más de 120 caracteres.</translation>
    </message>
    <message>
        <source>There is no account {account_id}.</source>
        <translation>No existe la cuenta {account_id}.</translation>
    </message>
    <message>
        <source>This clinic already has accounts; an admin adds new ones (Accounts…).</source>
        <translation>Esta clínica ya tiene cuentas; un administrador añade las nuevas (Cuentas…).</translation>
    </message>
    <message>
        <source>The login {normal!r} is taken; choose another.</source>
        <translation>El usuario {normal!r} ya está en uso; elija otro.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Asigne al menos un rol a la cuenta.</translation>
    </message>
    <message>
        <source>There is no practitioner {practitioner_id}.</source>
        <translation>No existe el profesional {practitioner_id}.</translation>
    </message>
    <message>
        <source>{name} is the only active admin; make someone else admin first.</source>
        <translation>{name} es el único administrador activo; haga antes administrador a otra persona.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Esta cuenta se ha desactivado.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The password must be at least {limit} characters long.</source>
        <translation>La contraseña debe tener al menos {limit} caracteres.</translation>
    </message>
    <message>
        <source>The password must be at most {limit} characters long.</source>
        <translation>La contraseña debe tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>La contraseña no debe empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>The password repeats too few characters; choose a less predictable one.</source>
        <translation>La contraseña repite demasiados caracteres; elija una menos previsible.</translation>
    </message>
    <message>
        <source>That password is among the first ones an attacker tries; choose another.</source>
        <translation>Esa contraseña está entre las primeras que prueba un atacante; elija otra.</translation>
    </message>
    <message>
        <source>The password must not contain the login or the person&apos;s name.</source>
        <translation>La contraseña no debe contener el usuario ni el nombre de la persona.</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>El usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask the clinic&apos;s admin.</source>
        <translation>Esta cuenta se ha desactivado; consulte al administrador de la clínica.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this login: try again in {wait} seconds.</source>
        <translation>Demasiadas contraseñas incorrectas para este usuario: inténtelo de nuevo dentro de {wait} segundos.</translation>
    </message>
    <message>
        <source>There is no session with number {session_id}.</source>
        <translation>No existe ninguna sesión con el número {session_id}.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>Esa sesión pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>An event cannot be moved to another patient&apos;s session.</source>
        <translation>Un evento no se puede trasladar a la sesión de otro paciente.</translation>
    </message>
    <message>
        <source>No treatment was given in that session (cancelled or missed).</source>
        <translation>No se administró ningún tratamiento en esa sesión (cancelada o perdida).</translation>
    </message>
    <message>
        <source>Choose the type of event.</source>
        <translation>Elija el tipo de evento.</translation>
    </message>
    <message>
        <source>Unknown type of event {side_effect_code!r}.</source>
        <translation>Tipo de evento desconocido {side_effect_code!r}.</translation>
    </message>
    <message>
        <source>Choose the severity: mild, moderate or severe.</source>
        <translation>Elija la gravedad: leve, moderada o grave.</translation>
    </message>
    <message>
        <source>A severe event must say whether it was reported to the authority (yes or no).</source>
        <translation>Un evento grave debe indicar si se notificó a las autoridades (sí o no).</translation>
    </message>
    <message>
        <source>This session has not taken place yet (it is booked for {session_day:%d %b %Y}); an adverse event can be recorded once it has.</source>
        <translation>Esta sesión aún no ha tenido lugar (está programada para el {session_day:%d %b %Y}); un evento adverso se podrá registrar cuando se haya realizado.</translation>
    </message>
    <message>
        <source>The onset cannot be before the session it follows ({session_day:%d %b %Y}).</source>
        <translation>La aparición no puede ser anterior a la sesión a la que sigue ({session_day:%d %b %Y}).</translation>
    </message>
    <message>
        <source>The onset cannot be in the future.</source>
        <translation>La aparición no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the onset.</source>
        <translation>El seguimiento no puede ser anterior a la aparición.</translation>
    </message>
    <message>
        <source>The event cannot be resolved before its onset.</source>
        <translation>El evento no puede resolverse antes de su aparición.</translation>
    </message>
    <message>
        <source>The resolved date cannot be in the future.</source>
        <translation>La fecha de resolución no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Describe the outcome of a resolved event.</source>
        <translation>Describa la evolución de un evento resuelto.</translation>
    </message>
    <message>
        <source>There is no adverse event with number {event_id}.</source>
        <translation>No existe ningún evento adverso con el número {event_id}.</translation>
    </message>
    <message>
        <source>This event was already resolved on {resolved_date:%d %b %Y}.</source>
        <translation>Este evento ya se resolvió el {resolved_date:%d %b %Y}.</translation>
    </message>
    <message>
        <source>Session {id} is {status}: an aftercare sheet is printed only for a done session. Nothing was written.</source>
        <translation>La sesión {id} está {status}: la hoja de cuidados posteriores solo se imprime para una sesión realizada. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>{out_dir} is not a folder.</source>
        <translation>{out_dir} no es una carpeta.</translation>
    </message>
    <message>
        <source>Unknown output {output!r}.</source>
        <translation>Salida desconocida {output!r}.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Show between 1 and {limit} entries.</source>
        <translation>Muestre entre 1 y {limit} entradas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} was changed after it was written (its SHA-256 differs from its manifest); nothing was restored.</source>
        <translation>{path} se modificó después de escribirse (su SHA-256 no coincide con su manifiesto); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{shown} is a backup of another database, not of {db_path}; nothing was restored.</source>
        <translation>{shown} es una copia de seguridad de otra base de datos, no de {db_path}; no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{shown} was altered after it was written and is not restored: {value}</source>
        <translation>{shown} se alteró después de escribirse y no se restaura: {value}</translation>
    </message>
    <message>
        <source>Encrypted backups are on, but no backup passphrase is stored on this computer; set it in the backup settings. No backup was written.</source>
        <translation>Las copias cifradas están activadas, pero no hay ninguna frase de contraseña guardada en este ordenador; configúrela en los ajustes de copia de seguridad. No se ha escrito ninguna copia.</translation>
    </message>
    <message>
        <source>Someone at another desk saved this record at the same moment. Nothing of yours was saved: open it again to see their change, then save yours.</source>
        <translation>Alguien en otro puesto ha guardado este registro en el mismo momento. No se ha guardado nada suyo: vuelva a abrirlo para ver el cambio del otro puesto y, después, guarde el suyo.</translation>
    </message>
    <message>
        <source>There is no patient with number {patient_id}.</source>
        <translation>No existe ningún paciente con el número {patient_id}.</translation>
    </message>
    <message>
        <source>There is no consent text with number {template_id}.</source>
        <translation>No existe ningún texto de consentimiento con el número {template_id}.</translation>
    </message>
    <message>
        <source>{error} Correct the opening hours in the settings.</source>
        <translation>{error} Corrija el horario de apertura en los ajustes.</translation>
    </message>
    <message>
        <source>There is no solution type with number {solution_type_id}.</source>
        <translation>No existe ningún tipo de solución con el número {solution_type_id}.</translation>
    </message>
    <message>
        <source>Done sessions are never moved.</source>
        <translation>Las sesiones realizadas nunca se mueven.</translation>
    </message>
    <message>
        <source>A cancelled or missed session keeps its date; book a replacement instead.</source>
        <translation>Una sesión cancelada o perdida conserva su fecha; programe una sesión de sustitución.</translation>
    </message>
    <message>
        <source>Unknown call outcome {outcome!r}.</source>
        <translation>Resultado de llamada desconocido {outcome!r}.</translation>
    </message>
    <message>
        <source>The call cannot be dated in the future.</source>
        <translation>La llamada no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>Patient {patient_id} not found.</source>
        <translation>No se encuentra el paciente {patient_id}.</translation>
    </message>
    <message>
        <source>A session can only move once at a time.</source>
        <translation>Una sesión solo se puede mover una vez a la vez.</translation>
    </message>
    <message>
        <source>The session of {when} was changed meanwhile; plan the move again.</source>
        <translation>La sesión del {when} se ha modificado entretanto; planifique el cambio de nuevo.</translation>
    </message>
    <message>
        <source>The moves put two sessions at {when}; plan the move again.</source>
        <translation>Los cambios ponen dos sesiones a las {when}; planifique el cambio de nuevo.</translation>
    </message>
    <message>
        <source>The course has {sessions} sessions but {count} dates were given; propose the dates again.</source>
        <translation>El tratamiento tiene {sessions} sesiones pero se han dado {count} fechas; proponga las fechas de nuevo.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) must start after session {previous} has ended.</source>
        <translation>La sesión {number} ({when}) debe empezar después de que termine la sesión {previous}.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is outside the opening hours.</source>
        <translation>La sesión {number} ({when}) está fuera del horario de apertura.</translation>
    </message>
    <message>
        <source>Session {number} ({when}) is now taken: {clash_message} Propose the dates again.</source>
        <translation>La sesión {number} ({when}) ya está ocupada: {clash_message} Proponga las fechas de nuevo.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Elija un paciente.</translation>
    </message>
    <message>
        <source>This patient is archived; restore the record to plan a course.</source>
        <translation>Este paciente está archivado; restaure la ficha para planificar un tratamiento.</translation>
    </message>
    <message>
        <source>Choose the solution type.</source>
        <translation>Elija el tipo de solución.</translation>
    </message>
    <message>
        <source>Choose the practitioner.</source>
        <translation>Elija el profesional.</translation>
    </message>
    <message>
        <source>Choose a current practitioner.</source>
        <translation>Elija un profesional en activo.</translation>
    </message>
    <message>
        <source>Tick at least one treatment area.</source>
        <translation>Marque al menos una zona de tratamiento.</translation>
    </message>
    <message>
        <source>Unknown treatment area {value!r}.</source>
        <translation>Zona de tratamiento desconocida {value!r}.</translation>
    </message>
    <message>
        <source>Tick at least one indication.</source>
        <translation>Marque al menos una indicación.</translation>
    </message>
    <message>
        <source>Unknown indication {value!r}.</source>
        <translation>Indicación desconocida {value!r}.</translation>
    </message>
    <message>
        <source>A course has {low} to {high} sessions (usually 4 to 10).</source>
        <translation>Un tratamiento tiene de {low} a {high} sesiones (normalmente de 4 a 10).</translation>
    </message>
    <message>
        <source>The interval between sessions must be 1 to {limit} days.</source>
        <translation>El intervalo entre sesiones debe ser de 1 a {limit} días.</translation>
    </message>
    <message>
        <source>The maintenance interval must be 1 to {limit} days, or none.</source>
        <translation>El intervalo de mantenimiento debe ser de 1 a {limit} días, o ninguno.</translation>
    </message>
    <message>
        <source>The preferred weekday must be Monday to Sunday, or any.</source>
        <translation>El día preferido debe ser de lunes a domingo, o cualquiera.</translation>
    </message>
    <message>
        <source>The preferred time must be in whole minutes.</source>
        <translation>La hora preferida debe ser en minutos enteros.</translation>
    </message>
    <message>
        <source>Unknown course status {status!r}.</source>
        <translation>Estado de tratamiento desconocido {status!r}.</translation>
    </message>
    <message>
        <source>There is no course with number {course_id}.</source>
        <translation>No existe ningún tratamiento con el número {course_id}.</translation>
    </message>
    <message>
        <source>A session can only be cancelled or marked no-show.</source>
        <translation>Una sesión solo se puede cancelar o marcar como ausencia.</translation>
    </message>
    <message>
        <source>A done session cannot be cancelled; amend its record instead.</source>
        <translation>Una sesión realizada no se puede cancelar; corrija su registro en su lugar.</translation>
    </message>
    <message>
        <source>Only a cancelled or missed session can be replaced.</source>
        <translation>Solo se puede sustituir una sesión cancelada o perdida.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {problem}.</source>
        <translation>No se puede crear {path}: {problem}.</translation>
    </message>
    <message>
        <source>{problem}; nothing will be written to it. Restore the latest good backup, or open it read-only to look.</source>
        <translation>{problem}; no se escribirá nada en él. Restaure la última copia de seguridad correcta o ábralo en solo lectura para consultarlo.</translation>
    </message>
    <message>
        <source>{problem}, so mesodesk cannot save to {name}; make it writable, or open it read-only to look.</source>
        <translation>{problem}, así que mesodesk no puede guardar en {name}; permita escribir en él o ábralo en solo lectura para consultarlo.</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>{path} is at schema {value} and needs an upgrade, which a read-only look cannot do; make it writable and open it normally.</source>
        <translation>{path} está en el esquema {value} y necesita una actualización, que una consulta de solo lectura no puede hacer; permita escribir en él y ábralo normalmente.</translation>
    </message>
    <message>
        <source>demo rows for {table} have {values} values but the table has {columns} columns: update the demo generator for the model</source>
        <translation>las filas de demo de {table} tienen {values} valores pero la tabla tiene {columns} columnas: actualice el generador de demo para el modelo</translation>
    </message>
    <message>
        <source>The catalog (solution types and areas) must be loaded before a demo.</source>
        <translation>El catálogo (tipos de solución y zonas) debe cargarse antes de una demo.</translation>
    </message>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation>El número de pacientes no puede ser negativo.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in as one of its admins to add the demo.</source>
        <translation>Esta base de datos tiene cuentas: inicie sesión como uno de sus administradores para añadir la demo.</translation>
    </message>
    <message>
        <source>This database already has {existing} patient(s); the demo&apos;s invented patients are only added to a database without patients.</source>
        <translation>Esta base de datos ya tiene {existing} paciente(s); los pacientes ficticios de la demo solo se añaden a una base de datos sin pacientes.</translation>
    </message>
    <message>
        <source>{table}: the demo columns are not in table order</source>
        <translation>{table}: las columnas de la demo no están en el orden de la tabla</translation>
    </message>
    <message>
        <source>The catalog has no solution type {solution_type!r} for {name}.</source>
        <translation>El catálogo no tiene el tipo de solución {solution_type!r} para {name}.</translation>
    </message>
    <message>
        <source>{reason} ({path})</source>
        <translation>{reason} ({path})</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error}</source>
        <translation>{kind} inesperado: {error}</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>entrada no válida</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was saved there.</source>
        <translation>No se puede escribir {path}: {reason}. No se ha guardado nada allí.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name, as printed on sheets and forms.</source>
        <translation>Introduzca el nombre de la clínica, tal como aparece en las hojas y formularios.</translation>
    </message>
    <message>
        <source>Enter the phone number patients should call.</source>
        <translation>Introduzca el número de teléfono al que deben llamar los pacientes.</translation>
    </message>
    <message>
        <source>Enter the name of the first practitioner.</source>
        <translation>Introduzca el nombre del primer profesional.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no header line and no patient.</source>
        <translation>{name} está vacío: no hay línea de cabecera ni pacientes.</translation>
    </message>
    <message>
        <source>{name} is not a text file in a known encoding; save it from the spreadsheet as CSV UTF-8.</source>
        <translation>{name} no es un archivo de texto con una codificación conocida; guárdelo desde la hoja de cálculo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text but has bytes that are not valid UTF-8 on {line_list}; read as another encoding its accented letters would be garbled. Correct those lines, or save the file again as CSV UTF-8, and import it again.</source>
        <translation>{name} es texto UTF-8 pero tiene bytes no válidos en UTF-8 en {line_list}; leído con otra codificación, sus letras acentuadas quedarían deformadas. Corrija esas líneas, o guarde de nuevo el archivo como CSV UTF-8, e impórtelo otra vez.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>línea {number}</translation>
    </message>
    <message>
        <source>lines {shown} and {last} (and maybe more)</source>
        <translation>líneas {shown} y {last} (y quizá más)</translation>
    </message>
    <message>
        <source>lines {shown} and {last}</source>
        <translation>líneas {shown} y {last}</translation>
    </message>
    <message>
        <source>{name} does not look like a spreadsheet saved as text (CSV); it holds binary data.</source>
        <translation>{name} no parece una hoja de cálculo guardada como texto (CSV); contiene datos binarios.</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {limit:,} characters; this is not a patient spreadsheet.</source>
        <translation>La línea {number} de {name} tiene más de {limit:,} caracteres; no es una hoja de pacientes.</translation>
    </message>
    <message>
        <source>{name} has two columns for {column} ({first!r} and {other!r}); keep one.</source>
        <translation>{name} tiene dos columnas para {column} ({first!r} y {other!r}); conserve una.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} is missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>La primera línea de {name} debe nombrar las columnas; falta {columns}. Columnas esperadas: {expected}. Encontradas: {found}.</translation>
    </message>
    <message>
        <source>The first line of {name} must name the columns; {columns} are missing. Expected columns: {expected}. Found: {found}.</source>
        <translation>La primera línea de {name} debe nombrar las columnas; faltan {columns}. Columnas esperadas: {expected}. Encontradas: {found}.</translation>
    </message>
    <message>
        <source>Line {line} of {name} has a cell longer than {field_size_limit:,} characters; a quote may be missing its closing quote.</source>
        <translation>La línea {line} de {name} tiene una celda de más de {field_size_limit:,} caracteres; puede que falte una comilla de cierre.</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {detail}.</source>
        <translation>La línea {line} de {name} no se puede leer como CSV: {detail}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds only blank lines: there is no header line.</source>
        <translation>{name} solo contiene líneas en blanco: no hay línea de cabecera.</translation>
    </message>
    <message>
        <source>{name} changed while it was being imported.</source>
        <translation>{name} cambió mientras se importaba.</translation>
    </message>
    <message>
        <source>unknown area</source>
        <translation>zona desconocida</translation>
    </message>
    <message>
        <source>Mark {number}: {problem}.</source>
        <translation>Marca {number}: {problem}.</translation>
    </message>
    <message>
        <source>Mark {number}: record the volume injected there.</source>
        <translation>Marca {number}: registre el volumen inyectado en ese punto.</translation>
    </message>
    <message>
        <source>Give a reason for archiving this patient.</source>
        <translation>Indique el motivo para archivar a este paciente.</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MB, over the clinic&apos;s limit of {limit:.0f} MB; nothing was stored</source>
        <translation>{name} ocupa {size:.1f} MB, por encima del límite de la clínica de {limit:.0f} MB; no se ha guardado nada</translation>
    </message>
    <message>
        <source>{name} is not a photo mesodesk can read; nothing was stored</source>
        <translation>{name} no es una foto que mesodesk pueda leer; no se ha guardado nada</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({error}); nothing was stored</source>
        <translation>{name} está dañado o incompleto ({error}); no se ha guardado nada</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG or HEIC; nothing was stored</source>
        <translation>{name} es una imagen {kind}; las fotos deben ser JPEG, PNG o HEIC; no se ha guardado nada</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; photos must be JPEG or PNG; nothing was stored</source>
        <translation>{name} es una imagen {kind}; las fotos deben ser JPEG o PNG; no se ha guardado nada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{name} claims more than {number} million pixels, more than any clinic camera makes; it was not opened and nothing was stored</source>
        <translation>{name} declara más de {number} millones de píxeles, más de lo que produce cualquier cámara de clínica; no se ha abierto y no se ha guardado nada</translation>
    </message>
    <message>
        <source>content changed (SHA-256 {actual}…, expected {expected}…)</source>
        <translation>contenido modificado (SHA-256 {actual}…, se esperaba {expected}…)</translation>
    </message>
    <message>
        <source>{path} does not exist; nothing was stored</source>
        <translation>{path} no existe; no se ha guardado nada</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo; nothing was stored</source>
        <translation>{path} es una carpeta, no una foto; no se ha guardado nada</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}; nothing was stored</source>
        <translation>no se puede leer {path}: {reason}; no se ha guardado nada</translation>
    </message>
    <message>
        <source>That session is not one of this patient&apos;s.</source>
        <translation>Esa sesión no es de este paciente.</translation>
    </message>
    <message>
        <source>There is no patient {patient_id}.</source>
        <translation>No existe el paciente {patient_id}.</translation>
    </message>
    <message>
        <source>There is no photo {photo_id}.</source>
        <translation>No existe la foto {photo_id}.</translation>
    </message>
    <message>
        <source>The image of photo {photo_id} is missing; run mesodesk check.</source>
        <translation>Falta la imagen de la foto {photo_id}; ejecute mesodesk check.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Introduzca el nombre del profesional.</translation>
    </message>
    <message>
        <source>There is no practitioner with number {practitioner_id}.</source>
        <translation>No existe ningún profesional con el número {practitioner_id}.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Introduzca el nombre del producto.</translation>
    </message>
    <message>
        <source>Unknown solution type.</source>
        <translation>Tipo de solución desconocido.</translation>
    </message>
    <message>
        <source>There is no product with number {product_id}.</source>
        <translation>No existe ningún producto con el número {product_id}.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Introduzca el número de lote impreso en el envase.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Lot {number} is already recorded.</source>
        <translation>El lote {number} ya está registrado.</translation>
    </message>
    <message>
        <source>There is no lot with number {lot_id}.</source>
        <translation>No existe ningún lote con el número {lot_id}.</translation>
    </message>
    <message>
        <source>Type the lot number to recall.</source>
        <translation>Escriba el número del lote que se va a retirar.</translation>
    </message>
    <message>
        <source>No lot numbered {lot!r} is on record.</source>
        <translation>No hay registrado ningún lote con el número {lot!r}.</translation>
    </message>
    <message>
        <source>There is no screening rule {rule_id!r}.</source>
        <translation>No existe la regla de cribado {rule_id!r}.</translation>
    </message>
    <message>
        <source>Open the session and complete the pre-procedure checklist before marking it done.</source>
        <translation>Abra la sesión y complete la lista de comprobación previa al procedimiento antes de marcarla como realizada.</translation>
    </message>
    <message>
        <source>Screening stops this treatment: {stops} To go ahead, the practitioner must give a reason for each stop.</source>
        <translation>El cribado bloquea este tratamiento: {stops} Para continuar, el profesional debe indicar un motivo para cada bloqueo.</translation>
    </message>
    <message>
        <source>{title}: {problem}</source>
        <translation>{title}: {problem}</translation>
    </message>
    <message>
        <source>Choose the practitioner who takes responsibility for going ahead.</source>
        <translation>Elija el profesional que asume la responsabilidad de continuar.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent (the text version signed) before marking the session done.</source>
        <translation>Registre el consentimiento del paciente (la versión del texto firmada) antes de marcar la sesión como realizada.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Estado desconocido {status!r}.</translation>
    </message>
    <message>
        <source>Unknown practitioner.</source>
        <translation>Profesional desconocido.</translation>
    </message>
    <message>
        <source>Unknown consent text version.</source>
        <translation>Versión del texto de consentimiento desconocida.</translation>
    </message>
    <message>
        <source>Line {index}: choose the treated area.</source>
        <translation>Línea {index}: elija la zona tratada.</translation>
    </message>
    <message>
        <source>Line {index}: unknown technique.</source>
        <translation>Línea {index}: técnica desconocida.</translation>
    </message>
    <message>
        <source>Line {index}: the volume must be 0-100 ml.</source>
        <translation>Línea {index}: el volumen debe ser de 0 a 100 ml.</translation>
    </message>
    <message>
        <source>Line {index}: the depth must be 0-20 mm.</source>
        <translation>Línea {index}: la profundidad debe ser de 0 a 20 mm.</translation>
    </message>
    <message>
        <source>Line {index}: {gauge}.</source>
        <translation>Línea {index}: {gauge}.</translation>
    </message>
    <message>
        <source>Line {index}: unknown lot.</source>
        <translation>Línea {index}: lote desconocido.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} is not of that product.</source>
        <translation>Línea {index}: el lote {lot_number} no es de ese producto.</translation>
    </message>
    <message>
        <source>Line {index}: lot {lot_number} expired on {expiry_date:%d %b %Y} and cannot be recorded.</source>
        <translation>Línea {index}: el lote {lot_number} caducó el {expiry_date:%d %b %Y} y no se puede registrar.</translation>
    </message>
    <message>
        <source>there is no such setting</source>
        <translation>ese ajuste no existe</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>is longer than {value} characters</source>
        <translation>tiene más de {value} caracteres</translation>
    </message>
    <message>
        <source>unknown time zone {value!r}</source>
        <translation>zona horaria desconocida {value!r}</translation>
    </message>
    <message>
        <source>paper size must be A4 or Letter</source>
        <translation>el tamaño de papel debe ser A4 o Letter</translation>
    </message>
    <message>
        <source>date format must be one of {choices}</source>
        <translation>el formato de fecha debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>sheets are printed in {choices}, not {value!r}</source>
        <translation>las hojas se imprimen en {choices}, no en {value!r}</translation>
    </message>
    <message>
        <source>the photo size limit must be a whole number of megabytes from 1 to 200</source>
        <translation>el límite de tamaño de las fotos debe ser un número entero de megabytes entre 1 y 200</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes from {low} to {high}</source>
        <translation>el bloqueo por inactividad debe ser un número entero de minutos entre {low} y {high}</translation>
    </message>
    <message>
        <source>the window language must be one of {choices}</source>
        <translation>el idioma de las ventanas debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>opening hours not usable: {error}</source>
        <translation>horario de apertura no utilizable: {error}</translation>
    </message>
    <message>
        <source>must be a backup policy</source>
        <translation>debe ser una política de copias de seguridad</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The logo is {size} KB; please use an image under 1 MB.</source>
        <translation>El logotipo ocupa {size} KB; use una imagen de menos de 1 MB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The image file is damaged or not really a PNG or JPEG.</source>
        <translation>El archivo de imagen está dañado o no es realmente un PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo is {width}×{height} pixels; please use one under {limit}.</source>
        <translation>El logotipo mide {width}×{height} píxeles; use uno de menos de {limit}.</translation>
    </message>
    <message>
        <source>The logo is too small to print clearly.</source>
        <translation>El logotipo es demasiado pequeño para imprimirse con nitidez.</translation>
    </message>
    <message>
        <source>Texts exist in {join}; not in {language!r}.</source>
        <translation>Hay textos en {join}; no en {language!r}.</translation>
    </message>
    <message>
        <source>There is no text version with number {template_id}.</source>
        <translation>No existe ninguna versión de texto con el número {template_id}.</translation>
    </message>
    <message>
        <source>Unknown kind of text {kind!r}.</source>
        <translation>Tipo de texto desconocido {kind!r}.</translation>
    </message>
    <message>
        <source>There is no {kind} text called {key!r}.</source>
        <translation>No existe ningún texto de {kind} llamado {key!r}.</translation>
    </message>
    <message>
        <source>{path} has accounts: sign in as one of its admins to move it to a server.</source>
        <translation>La base de datos {path} tiene cuentas: inicie sesión como uno de sus administradores para trasladarla a un servidor.</translation>
    </message>
    <message>
        <source>--database-url must name a server database (postgresql://...).</source>
        <translation>--database-url debe indicar una base de datos en un servidor (postgresql://...).</translation>
    </message>
    <message>
        <source>{database_label} holds no mesodesk clinic.</source>
        <translation>La base de datos {database_label} no contiene ninguna clínica de mesodesk.</translation>
    </message>
    <message>
        <source>{database_label} is at schema {revision}; open it once with this mesodesk (which brings it to {HEAD_REVISION}) and copy it then.</source>
        <translation>La base de datos {database_label} está en el esquema {revision}; ábrala una vez con esta versión de mesodesk (que la actualiza a {HEAD_REVISION}) y cópiela después.</translation>
    </message>
    <message>
        <source>{database_label} is not empty ({count} table(s): {shown}); a clinic is copied into an empty database only.</source>
        <translation>La base de datos {database_label} no está vacía ({count} tabla(s): {shown}); una clínica solo se copia en una base de datos vacía.</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a mesodesk database.</source>
        <translation>{path} es una carpeta, no una base de datos de mesodesk.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a mesodesk database.</source>
        <translation>{path} es un archivo vacío, no una base de datos de mesodesk.</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file).</source>
        <translation>{path} no es una base de datos de mesodesk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{destination} is a folder; give a file name for the backup.</source>
        <translation>{destination} es una carpeta; indique un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>{destination} already exists; choose another name or add --force to replace it.</source>
        <translation>{destination} ya existe; elija otro nombre o añada --force para sustituirlo.</translation>
    </message>
    <message>
        <source>{destination} is the database itself; choose another file.</source>
        <translation>{destination} es la propia base de datos; elija otro archivo.</translation>
    </message>
    <message>
        <source>{destination} ends in {suffix}, the name of encrypted backups; encrypt it (--encrypt) or choose another name.</source>
        <translation>{destination} termina en {suffix}, el nombre de las copias cifradas; cífrela (--encrypt) o elija otro nombre.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a mesodesk database (not an SQLite file)</source>
        <translation>{path} no es una base de datos de mesodesk (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>{path} is damaged (its header gives an impossible page size)</source>
        <translation>{path} está dañado (su cabecera indica un tamaño de página imposible)</translation>
    </message>
    <message>
        <source>{path} is damaged: it is cut short ({size} bytes, not whole pages)</source>
        <translation>{path} está dañado: está cortado ({size} bytes, no páginas completas)</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} es de solo lectura</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>la carpeta {folder} es de solo lectura</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>Una frase de contraseña de copia de seguridad necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>{sealed} cannot be read: {reason}.</source>
        <translation>No se puede leer {sealed}: {reason}.</translation>
    </message>
    <message>
        <source>{sealed} is not an encrypted mesodesk backup.</source>
        <translation>{sealed} no es una copia de seguridad cifrada de mesodesk.</translation>
    </message>
    <message>
        <source>{sealed} was written by a newer mesodesk, or its header is damaged.</source>
        <translation>{sealed} lo escribió una versión más reciente de mesodesk, o su cabecera está dañada.</translation>
    </message>
    <message>
        <source>{sealed} has a damaged header ({error}).</source>
        <translation>{sealed} tiene una cabecera dañada ({error}).</translation>
    </message>
    <message>
        <source>The passphrase does not open {sealed} (or the file&apos;s header was changed); nothing was restored.</source>
        <translation>La frase de contraseña no abre {sealed} (o se modificó la cabecera del archivo); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{sealed} is cut short; nothing was restored.</source>
        <translation>{sealed} está cortado; no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{sealed} was changed after it was written (chunk {number} fails its check); nothing was restored.</source>
        <translation>{sealed} se modificó después de escribirse (el bloque {number} no supera su comprobación); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>a Database needs a URL or an SQLite file path</source>
        <translation>una Database necesita una URL o la ruta de un archivo SQLite</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco que contiene {where} está lleno; no se ha guardado nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; nothing was saved. Try again in a moment.</source>
        <translation>{where} está bloqueado por otro programa; no se ha guardado nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>{where} is not a mesodesk database (not an SQLite file).</source>
        <translation>{where} no es una base de datos de mesodesk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{where} is read-only (the file or its folder may not be written); nothing was saved.</source>
        <translation>{where} es de solo lectura (no se puede escribir en el archivo o en su carpeta); no se ha guardado nada.</translation>
    </message>
    <message>
        <source>{where} cannot be opened for reading and writing.</source>
        <translation>{where} no se puede abrir para lectura y escritura.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite reports it as malformed).</source>
        <translation>{where} está dañado (SQLite lo indica como malformado).</translation>
    </message>
    <message>
        <source>The disk holding {where} reported an input/output error.</source>
        <translation>El disco que contiene {where} ha notificado un error de entrada/salida.</translation>
    </message>
    <message>
        <source>The change was refused by {where}: {orig}</source>
        <translation>{where} rechazó el cambio: {orig}</translation>
    </message>
    <message>
        <source>{where} reported a problem: {orig}</source>
        <translation>{where} ha notificado un problema: {orig}</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({first}); check the address, the network and that the server is running.</source>
        <translation>No se puede conectar con el servidor de la base de datos ({first}); compruebe la dirección, la red y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server&apos;s disk holding {where} is full; nothing was saved.</source>
        <translation>El disco del servidor que contiene {where} está lleno; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The database server refused the login: {first}</source>
        <translation>El servidor de la base de datos ha rechazado el acceso: {first}</translation>
    </message>
    <message>
        <source>The lock folder {folder} cannot be created: {reason}.</source>
        <translation>No se puede crear la carpeta de bloqueo {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be examined: {reason}.</source>
        <translation>No se puede examinar {path}: {reason}.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be opened: {reason}.</source>
        <translation>No se puede abrir el archivo de bloqueo {path}: {reason}.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (proceso {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another mesodesk window{owner}. Switch to that window, or close it first.</source>
        <translation>{path} ya está abierto en otra ventana de mesodesk{owner}. Cambie a esa ventana o ciérrela primero.</translation>
    </message>
    <message>
        <source>{path} is being restored; try again once the restore is done.</source>
        <translation>{path} se está restaurando; inténtelo de nuevo cuando termine la restauración.</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>restaurar</translation>
    </message>
    <message>
        <source>{path} is in use by a mesodesk window or command; close them before {what}.</source>
        <translation>{path} está en uso por una ventana o una orden de mesodesk; ciérrelas antes de {what}.</translation>
    </message>
    <message>
        <source>{value} is an SQLite database, but not a mesodesk one.</source>
        <translation>{value} es una base de datos SQLite, pero no de mesodesk.</translation>
    </message>
    <message>
        <source>{where} was written by a newer mesodesk (schema {revision}); install the newer mesodesk to open it.</source>
        <translation>{where} lo escribió una versión más reciente de mesodesk (esquema {revision}); instale la versión más reciente de mesodesk para abrirlo.</translation>
    </message>
    <message>
        <source>{source} is an SQLite file, but not a mesodesk database.</source>
        <translation>{source} es un archivo SQLite, pero no una base de datos de mesodesk.</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); nothing was restored.</source>
        <translation>{source} está dañado ({value}); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>{source} has no schema revision; it is not a mesodesk database.</source>
        <translation>{source} no tiene revisión de esquema; no es una base de datos de mesodesk.</translation>
    </message>
    <message>
        <source>{source} is encrypted; give its passphrase to restore it.</source>
        <translation>{source} está cifrado; indique su frase de contraseña para restaurarlo.</translation>
    </message>
    <message>
        <source>{source} could not be decrypted next to {beside}: {reason}.</source>
        <translation>No se ha podido descifrar {source} junto a {beside}: {reason}.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>La copia de seguridad y la base de datos son el mismo archivo.</translation>
    </message>
    <message>
        <source>Cannot restore into {db_path}: {problem}; nothing was changed.</source>
        <translation>No se puede restaurar en {db_path}: {problem}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full; {name} was not written.</source>
        <translation>El disco que contiene {parent} está lleno; {name} no se ha escrito.</translation>
    </message>
    <message>
        <source>{parent} may not be written ({reason}); {name} was not written.</source>
        <translation>No se puede escribir en {parent} ({reason}); {name} no se ha escrito.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>No se ha podido escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path}: {last}</source>
        <translation>{path}: {last}</translation>
    </message>
    <message>
        <source>{source} is damaged ({value}); no backup was written. Restore the latest good backup.</source>
        <translation>{source} está dañado ({value}); no se ha escrito ninguna copia de seguridad. Restaure la última copia correcta.</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>la base de datos está bloqueada</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; the backup was not written there.</source>
        <translation>El disco que contiene {folder} está lleno; la copia de seguridad no se ha escrito allí.</translation>
    </message>
    <message>
        <source>The backup cannot be written in {folder} (read-only or missing).</source>
        <translation>No se puede escribir la copia de seguridad en {folder} (solo lectura o inexistente).</translation>
    </message>
    <message>
        <source>Writing the backup in {folder} failed with an input/output error.</source>
        <translation>La escritura de la copia de seguridad en {folder} falló con un error de entrada/salida.</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>La carpeta de copias de seguridad {folder} no existe.</translation>
    </message>
    <message>
        <source>The backup folder {folder} may not be written.</source>
        <translation>No se puede escribir en la carpeta de copias de seguridad {folder}.</translation>
    </message>
    <message>
        <source>The backup of {source} failed its check: {message}.</source>
        <translation>La copia de seguridad de {source} no superó su comprobación: {message}.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}

The details were written to {1}. Your last change may not have been saved: check it, and try again.</source>
        <translation>Algo ha fallado: {0}

Los detalles se han escrito en {1}. Es posible que su último cambio no se haya guardado: compruébelo y vuelva a intentarlo.</translation>
    </message>
</context>
</TS>
