"""The fixed wording of patient sheets in each sheet language (headings, labels, dates).

A small catalogue of our own, not Qt's: the documents print without Qt, and a sheet is in
the patient's language whatever language the window is in.
"""

from __future__ import annotations

from datetime import date, datetime

from mesodesk.domain.languages import ENGLISH, LANGUAGES

_EN = {
    "mesotherapy": "Mesotherapy",
    "mesotherapy_with": "Mesotherapy with {what}",
    "allergies": "Recorded allergies: {what}",
    "consent.version": "Consent text “{label}”, version {version} of {date}",
    "signature": "Signature",
    "name": "Name",
    "aftercare.title": "Aftercare after your treatment",
    "aftercare.intro": "Keep this sheet: it explains how to care for the treated skin and when "
    "to contact us.",
    "aftercare.doc": "Aftercare – {name}",
    "aftercare.batch": "Aftercare sheets ({count} patients)",
    "aftercare.running": "Aftercare for {name}, {date} (continued)",
    "patient": "Patient",
    "treatment_date": "Date of treatment",
    "practitioner": "Practitioner",
    "done_today": "What was done today",
    "map.where": "Where the injections were given",
    "col.area": "Treated area",
    "col.solution_type": "Solution type",
    "col.product": "Product",
    "col.lot_number": "Lot",
    "col.volume": "Volume",
    "call_if": "Call the clinic if…",
    "call_any": "Worried about anything? Call the clinic",
    "clinic_phone": "Clinic phone:",
    "urgent": "Out of hours or urgent:",
    "expect": "What to expect",
    "do": "Please do",
    "avoid": "Please avoid for the next few days",
    "next_one": "Your next appointment",
    "next_many": "Your next appointments",
    "phone": "Phone",
    "page": "Page {number} of {total}",
    "at": "{date} at {time}",
    "with": "{when} with {who}",
    "printed": "Printed {date} · session {session}",
    "reprinted": "reprinted {date}",
    "consent.title": "Consent to treatment",
    "consent.intro": "Please read this form carefully and ask us about anything that is not "
    "clear before you sign.",
    "consent.doc": "Consent – {name}",
    "consent.running": "Consent to treatment: {name}, born {dob} (continued)",
    "date_of_birth": "Date of birth",
    "treatment": "Treatment",
    "session_date": "Session date",
    "patient_signature": "Patient's signature",
    "practitioner_signature": "Practitioner's signature",
    "date": "Date",
    "consented": "Consent recorded on {when}",
    "months": "January February March April May June July August September October "
    "November December",
    "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}

_FR = {
    "mesotherapy": "Mésothérapie",
    "mesotherapy_with": "Mésothérapie avec {what}",
    "allergies": "Allergies connues : {what}",
    "consent.version": "Texte de consentement « {label} », version {version} du {date}",
    "signature": "Signature",
    "name": "Nom",
    "aftercare.title": "Conseils après votre soin",
    "aftercare.intro": "Conservez cette fiche : elle explique comment prendre soin de la peau "
    "traitée et quand nous contacter.",
    "aftercare.doc": "Conseils après soin – {name}",
    "aftercare.batch": "Fiches de conseils ({count} patients)",
    "aftercare.running": "Conseils après soin pour {name}, {date} (suite)",
    "patient": "Patient",
    "treatment_date": "Date du soin",
    "practitioner": "Praticien",
    "done_today": "Ce qui a été fait aujourd’hui",
    "map.where": "Où les injections ont été faites",
    "col.area": "Zone traitée",
    "col.solution_type": "Type de solution",
    "col.product": "Produit",
    "col.lot_number": "Lot",
    "col.volume": "Volume",
    "call_if": "Appelez le cabinet si…",
    "call_any": "Une inquiétude ? Appelez le cabinet",
    "clinic_phone": "Téléphone du cabinet :",
    "urgent": "En dehors des heures d’ouverture ou en urgence :",
    "expect": "À quoi vous attendre",
    "do": "À faire",
    "avoid": "À éviter pendant les prochains jours",
    "next_one": "Votre prochain rendez-vous",
    "next_many": "Vos prochains rendez-vous",
    "phone": "Tél.",
    "page": "Page {number} sur {total}",
    "at": "{date} à {time}",
    "with": "{when} avec {who}",
    "printed": "Imprimé le {date} · séance {session}",
    "reprinted": "réimprimé le {date}",
    "consent.title": "Consentement au soin",
    "consent.intro": "Lisez attentivement ce formulaire et posez-nous toutes vos questions "
    "avant de signer.",
    "consent.doc": "Consentement – {name}",
    "consent.running": "Consentement au soin : {name}, né(e) le {dob} (suite)",
    "date_of_birth": "Date de naissance",
    "treatment": "Soin",
    "session_date": "Date de la séance",
    "patient_signature": "Signature du patient",
    "practitioner_signature": "Signature du praticien",
    "date": "Date",
    "consented": "Consentement enregistré le {when}",
    "months": "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre",
    "weekdays": "lundi mardi mercredi jeudi vendredi samedi dimanche",
}

_ES = {
    "mesotherapy": "Mesoterapia",
    "mesotherapy_with": "Mesoterapia con {what}",
    "allergies": "Alergias registradas: {what}",
    "consent.version": "Texto de consentimiento «{label}», versión {version} del {date}",
    "signature": "Firma",
    "name": "Nombre",
    "aftercare.title": "Cuidados después de su tratamiento",
    "aftercare.intro": "Guarde esta hoja: explica cómo cuidar la piel tratada y cuándo "
    "ponerse en contacto con nosotros.",
    "aftercare.doc": "Cuidados posteriores – {name}",
    "aftercare.batch": "Hojas de cuidados ({count} pacientes)",
    "aftercare.running": "Cuidados posteriores de {name}, {date} (continuación)",
    "patient": "Paciente",
    "treatment_date": "Fecha del tratamiento",
    "practitioner": "Profesional",
    "done_today": "Lo que se hizo hoy",
    "map.where": "Dónde se aplicaron las inyecciones",
    "col.area": "Zona tratada",
    "col.solution_type": "Tipo de solución",
    "col.product": "Producto",
    "col.lot_number": "Lote",
    "col.volume": "Volumen",
    "call_if": "Llame a la clínica si…",
    "call_any": "¿Le preocupa algo? Llame a la clínica",
    "clinic_phone": "Teléfono de la clínica:",
    "urgent": "Fuera de horario o urgencias:",
    "expect": "Qué es normal",
    "do": "Qué hacer",
    "avoid": "Qué evitar durante los próximos días",
    "next_one": "Su próxima cita",
    "next_many": "Sus próximas citas",
    "phone": "Tel.",
    "page": "Página {number} de {total}",
    "at": "{date} a las {time}",
    "with": "{when} con {who}",
    "printed": "Impreso el {date} · sesión {session}",
    "reprinted": "reimpreso el {date}",
    "consent.title": "Consentimiento informado",
    "consent.intro": "Lea este formulario con atención y pregúntenos cualquier duda antes "
    "de firmar.",
    "consent.doc": "Consentimiento – {name}",
    "consent.running": "Consentimiento informado: {name}, nacido/a el {dob} (continuación)",
    "date_of_birth": "Fecha de nacimiento",
    "treatment": "Tratamiento",
    "session_date": "Fecha de la sesión",
    "patient_signature": "Firma del paciente",
    "practitioner_signature": "Firma del profesional",
    "date": "Fecha",
    "consented": "Consentimiento registrado el {when}",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre",
    "weekdays": "lunes martes miércoles jueves viernes sábado domingo",
}

_IT = {
    "mesotherapy": "Mesoterapia",
    "mesotherapy_with": "Mesoterapia con {what}",
    "allergies": "Allergie registrate: {what}",
    "consent.version": "Testo di consenso «{label}», versione {version} del {date}",
    "signature": "Firma",
    "name": "Nome",
    "aftercare.title": "Indicazioni dopo il trattamento",
    "aftercare.intro": "Conservi questo foglio: spiega come prendersi cura della pelle "
    "trattata e quando contattarci.",
    "aftercare.doc": "Indicazioni post-trattamento – {name}",
    "aftercare.batch": "Fogli di indicazioni ({count} pazienti)",
    "aftercare.running": "Indicazioni post-trattamento per {name}, {date} (segue)",
    "patient": "Paziente",
    "treatment_date": "Data del trattamento",
    "practitioner": "Medico",
    "done_today": "Che cosa è stato fatto oggi",
    "map.where": "Dove sono state fatte le iniezioni",
    "col.area": "Zona trattata",
    "col.solution_type": "Tipo di soluzione",
    "col.product": "Prodotto",
    "col.lot_number": "Lotto",
    "col.volume": "Volume",
    "call_if": "Chiami lo studio se…",
    "call_any": "Qualcosa la preoccupa? Chiami lo studio",
    "clinic_phone": "Telefono dello studio:",
    "urgent": "Fuori orario o in caso di urgenza:",
    "expect": "Che cosa aspettarsi",
    "do": "Che cosa fare",
    "avoid": "Che cosa evitare nei prossimi giorni",
    "next_one": "Il suo prossimo appuntamento",
    "next_many": "I suoi prossimi appuntamenti",
    "phone": "Tel.",
    "page": "Pagina {number} di {total}",
    "at": "{date} alle {time}",
    "with": "{when} con {who}",
    "printed": "Stampato il {date} · seduta {session}",
    "reprinted": "ristampato il {date}",
    "consent.title": "Consenso al trattamento",
    "consent.intro": "Legga attentamente questo modulo e ci chieda qualunque chiarimento "
    "prima di firmare.",
    "consent.doc": "Consenso – {name}",
    "consent.running": "Consenso al trattamento: {name}, nato/a il {dob} (segue)",
    "date_of_birth": "Data di nascita",
    "treatment": "Trattamento",
    "session_date": "Data della seduta",
    "patient_signature": "Firma del paziente",
    "practitioner_signature": "Firma del medico",
    "date": "Data",
    "consented": "Consenso registrato il {when}",
    "months": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "weekdays": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}

_DE = {
    "mesotherapy": "Mesotherapie",
    "mesotherapy_with": "Mesotherapie mit {what}",
    "allergies": "Bekannte Allergien: {what}",
    "consent.version": "Einwilligungstext „{label}“, Version {version} vom {date}",
    "signature": "Unterschrift",
    "name": "Name",
    "aftercare.title": "Pflegehinweise nach Ihrer Behandlung",
    "aftercare.intro": "Bitte bewahren Sie dieses Blatt auf: Es erklärt, wie Sie die "
    "behandelte Haut pflegen und wann Sie uns anrufen sollten.",
    "aftercare.doc": "Pflegehinweise – {name}",
    "aftercare.batch": "Pflegehinweise ({count} Patienten)",
    "aftercare.running": "Pflegehinweise für {name}, {date} (Fortsetzung)",
    "patient": "Patient/in",
    "treatment_date": "Behandlungsdatum",
    "practitioner": "Behandelnde/r",
    "done_today": "Was heute gemacht wurde",
    "map.where": "Wo injiziert wurde",
    "col.area": "Behandelte Zone",
    "col.solution_type": "Art der Lösung",
    "col.product": "Produkt",
    "col.lot_number": "Charge",
    "col.volume": "Menge",
    "call_if": "Rufen Sie die Praxis an, wenn…",
    "call_any": "Machen Sie sich Sorgen? Rufen Sie die Praxis an",
    "clinic_phone": "Telefon der Praxis:",
    "urgent": "Außerhalb der Sprechzeiten oder im Notfall:",
    "expect": "Was normal ist",
    "do": "Bitte beachten",
    "avoid": "Bitte vermeiden Sie in den nächsten Tagen",
    "next_one": "Ihr nächster Termin",
    "next_many": "Ihre nächsten Termine",
    "phone": "Tel.",
    "page": "Seite {number} von {total}",
    "at": "{date} um {time} Uhr",
    "with": "{when} bei {who}",
    "printed": "Gedruckt am {date} · Sitzung {session}",
    "reprinted": "erneut gedruckt am {date}",
    "consent.title": "Einwilligung in die Behandlung",
    "consent.intro": "Bitte lesen Sie dieses Formular sorgfältig und fragen Sie uns vor der "
    "Unterschrift nach allem, was unklar ist.",
    "consent.doc": "Einwilligung – {name}",
    "consent.running": "Einwilligung in die Behandlung: {name}, geboren am {dob} (Fortsetzung)",
    "date_of_birth": "Geburtsdatum",
    "treatment": "Behandlung",
    "session_date": "Datum der Sitzung",
    "patient_signature": "Unterschrift Patient/in",
    "practitioner_signature": "Unterschrift Behandelnde/r",
    "date": "Datum",
    "consented": "Einwilligung erfasst am {when}",
    "months": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "weekdays": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
}

CATALOGUE: dict[str, dict[str, str]] = {"en": _EN, "fr": _FR, "es": _ES, "it": _IT, "de": _DE}


def label(language: str, key: str, **values: object) -> str:
    """The wording of ``key`` in ``language`` (English when either is unknown)."""
    words = CATALOGUE.get(language, _EN)
    text = words.get(key, _EN[key])
    return text.format(**values) if values else text


def month_name(language: str, month: int) -> str:
    return label(language, "months").split()[month - 1]


def weekday_name(language: str, moment: date | datetime) -> str:
    return label(language, "weekdays").split()[moment.weekday()]


def long_date(language: str, day: date, date_format: str) -> str:
    """A date for people: "4 December 2026", "4 décembre 2026", "4. Dezember 2026";
    English clinics that write month first get "December 4, 2026"."""
    month = month_name(language if language in LANGUAGES else ENGLISH, day.month)
    if date_format == "yyyy-mm-dd":
        return day.isoformat()
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language in ("es",):
        return f"{day.day} de {month} de {day.year}"
    if language == "en" and date_format == "mm/dd/yyyy":
        return f"{month} {day.day}, {day.year}"
    if language == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"
