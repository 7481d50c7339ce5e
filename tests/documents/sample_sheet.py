"""The typical aftercare sheet the document tests and the B6 benchmark print.

Imports nothing but ``mesodesk.documents.data``: the B6 cold benchmark runs this file's source
in a fresh interpreter, where test-only packages must not be loaded (and pasted after other
lines, so it has no ``from __future__`` import).
"""

from mesodesk.documents.data import Advice, AftercareSheet, ClinicHeader, TreatedLine

CLINIC = ClinicHeader(
    name="Clínica Lumière",
    address="Calle de Alcalá 123, 2º izq.\n28009 Madrid",
    phone="+34 910 555 123",
    emergency_contact="Evenings and weekends: +34 600 555 999",
)

SHEET = AftercareSheet(
    clinic=CLINIC,
    patient_name="Małgorzata Żółć",
    session_date="21/11/2026 14:30",
    practitioner="Dr Ana Ruiz",
    lines=(
        TreatedLine("Cheeks", "Hyaluronic acid", "HydraBoost 1%", "HB-0931", "1.5 ml"),
        TreatedLine("Neck", "Vitamins & minerals", "NCTF 135", "NC-113", "2.0 ml"),
        TreatedLine("Décolletage", "Peptides", "Peptide Complex", "PC-7", "1.0 ml"),
    ),
    advice=Advice(
        expect=(
            "Small bumps at the injection points that flatten within a day.",
            "Redness and mild swelling for one to three days.",
            "Occasional small bruises that fade within a week.",
        ),
        do=(
            "Protect the treated skin from the sun with SPF 50 and a hat.",
            "Use a cold compress wrapped in a cloth if swelling bothers you.",
            "Drink plenty of water and cleanse the area gently.",
            "Use only the skincare we recommended for the next 48 hours.",
        ),
        avoid=(
            "Touching, rubbing or scratching the treated area.",
            "Make-up on the treated skin for 12 hours.",
            "Sauna, hot baths and vigorous exercise for 48 hours.",
            "Alcohol for 24 hours.",
        ),
        call=(
            "Swelling keeps getting worse after the second day.",
            "The area becomes hot, very painful or starts to ooze.",
            "You get a fever, a rash or any trouble breathing.",
        ),
    ),
    next_appointments=("Thursday 3 December 2026 at 10:00 with Dr Ana Ruiz",),
    reference="Session 4711, aftercare v3",
)
