"""The printed documents' words, in the language the citizen reads, whatever the screens use.

The intake sheet's label and value keys (station.documents) map to English source texts
marked with QT_TRANSLATE_NOOP, so lupdate puts them in the translation files; a
:class:`PrintLanguage` translates them with its own translator, off the GUI thread too.
"""

from __future__ import annotations

import datetime as dt
import logging
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTranslator

from ui.i18n import TranslationError, compiled_translation

_log = logging.getLogger(__name__)

SHEET = "IntakeSheet"  # the translation context of the sheet's keys and texts
SLIP = "AppointmentSlip"  # the translation context of the slip's texts

_LOCALE_NAMES = {"vi": "vi_VN", "en": "en_GB"}

# station.documents section, label and value keys → English source text (QT_TRANSLATE_NOOP
# marks them for lupdate and is typed as returning object).
_MARKED: dict[str, object] = {
    "section.application": QT_TRANSLATE_NOOP("IntakeSheet", "Application"),
    "section.applicant": QT_TRANSLATE_NOOP("IntakeSheet", "Applicant"),
    "section.family": QT_TRANSLATE_NOOP("IntakeSheet", "Family"),
    "section.representative": QT_TRANSLATE_NOOP("IntakeSheet", "Legal representative"),
    "section.contact": QT_TRANSLATE_NOOP("IntakeSheet", "Contact"),
    "section.previous_card": QT_TRANSLATE_NOOP("IntakeSheet", "Previous card"),
    "section.biometrics": QT_TRANSLATE_NOOP("IntakeSheet", "Biometrics and consent"),
    "application.number": QT_TRANSLATE_NOOP("IntakeSheet", "Application number"),
    "application.kind": QT_TRANSLATE_NOOP("IntakeSheet", "Procedure"),
    "application.reason": QT_TRANSLATE_NOOP("IntakeSheet", "Reason"),
    "application.reason_note": QT_TRANSLATE_NOOP("IntakeSheet", "Reason in detail"),
    "application.station": QT_TRANSLATE_NOOP("IntakeSheet", "Intake point"),
    "application.created_at": QT_TRANSLATE_NOOP("IntakeSheet", "Started on"),
    "applicant.full_name": QT_TRANSLATE_NOOP("IntakeSheet", "Full name"),
    "applicant.other_names": QT_TRANSLATE_NOOP("IntakeSheet", "Other names"),
    "applicant.id_number": QT_TRANSLATE_NOOP("IntakeSheet", "Personal ID number"),
    "applicant.old_id_number": QT_TRANSLATE_NOOP("IntakeSheet", "Old 9-digit ID card number"),
    "applicant.date_of_birth": QT_TRANSLATE_NOOP("IntakeSheet", "Date of birth"),
    "applicant.sex": QT_TRANSLATE_NOOP("IntakeSheet", "Sex"),
    "applicant.nationality": QT_TRANSLATE_NOOP("IntakeSheet", "Nationality"),
    "applicant.ethnicity": QT_TRANSLATE_NOOP("IntakeSheet", "Ethnicity"),
    "applicant.religion": QT_TRANSLATE_NOOP("IntakeSheet", "Religion"),
    "applicant.blood_type": QT_TRANSLATE_NOOP("IntakeSheet", "Blood type"),
    "applicant.occupation": QT_TRANSLATE_NOOP("IntakeSheet", "Occupation"),
    "applicant.identifying_marks": QT_TRANSLATE_NOOP("IntakeSheet", "Identifying marks"),
    "applicant.place_of_birth_registration": QT_TRANSLATE_NOOP(
        "IntakeSheet", "Place of birth registration"
    ),
    "applicant.place_of_origin": QT_TRANSLATE_NOOP("IntakeSheet", "Place of origin"),
    "applicant.permanent_residence": QT_TRANSLATE_NOOP("IntakeSheet", "Permanent residence"),
    "applicant.temporary_residence": QT_TRANSLATE_NOOP("IntakeSheet", "Temporary residence"),
    "applicant.current_residence": QT_TRANSLATE_NOOP("IntakeSheet", "Current residence"),
    "family.father": QT_TRANSLATE_NOOP("IntakeSheet", "Father"),
    "family.father_id": QT_TRANSLATE_NOOP("IntakeSheet", "Father's ID number"),
    "family.mother": QT_TRANSLATE_NOOP("IntakeSheet", "Mother"),
    "family.mother_id": QT_TRANSLATE_NOOP("IntakeSheet", "Mother's ID number"),
    "family.spouse": QT_TRANSLATE_NOOP("IntakeSheet", "Spouse"),
    "family.spouse_id": QT_TRANSLATE_NOOP("IntakeSheet", "Spouse's ID number"),
    "representative.full_name": QT_TRANSLATE_NOOP("IntakeSheet", "Representative's full name"),
    "representative.id_number": QT_TRANSLATE_NOOP("IntakeSheet", "Representative's ID number"),
    "representative.role": QT_TRANSLATE_NOOP("IntakeSheet", "Relationship"),
    "representative.date_of_birth": QT_TRANSLATE_NOOP(
        "IntakeSheet", "Representative's date of birth"
    ),
    "representative.sex": QT_TRANSLATE_NOOP("IntakeSheet", "Representative's sex"),
    "representative.residence": QT_TRANSLATE_NOOP("IntakeSheet", "Representative's residence"),
    "contact.phone": QT_TRANSLATE_NOOP("IntakeSheet", "Phone"),
    "contact.email": QT_TRANSLATE_NOOP("IntakeSheet", "Email"),
    "contact.delivery_address": QT_TRANSLATE_NOOP("IntakeSheet", "Card delivery address"),
    "previous_card.type": QT_TRANSLATE_NOOP("IntakeSheet", "Previous document"),
    "previous_card.number": QT_TRANSLATE_NOOP("IntakeSheet", "Document number"),
    "previous_card.issue_date": QT_TRANSLATE_NOOP("IntakeSheet", "Issued on"),
    "previous_card.expiry_date": QT_TRANSLATE_NOOP("IntakeSheet", "Valid until"),
    "previous_card.place_of_issue": QT_TRANSLATE_NOOP("IntakeSheet", "Issued by"),
    "biometrics.fingerprints": QT_TRANSLATE_NOOP("IntakeSheet", "Fingerprints"),
    "biometrics.fingerprint_note": QT_TRANSLATE_NOOP("IntakeSheet", "About the fingerprints"),
    "biometrics.iris": QT_TRANSLATE_NOOP("IntakeSheet", "Iris captured"),
    "biometrics.portrait": QT_TRANSLATE_NOOP("IntakeSheet", "Portrait taken"),
    "biometrics.chip_read": QT_TRANSLATE_NOOP("IntakeSheet", "Data read from the card's chip"),
    "consent.voluntary_data": QT_TRANSLATE_NOOP("IntakeSheet", "Consents to record voluntary data"),
    # Coded values (station.documents.VALUE_KEYS).
    "draft": QT_TRANSLATE_NOOP("IntakeSheet", "Draft: not sealed yet"),
    "yes": QT_TRANSLATE_NOOP("IntakeSheet", "Yes"),
    "no": QT_TRANSLATE_NOOP("IntakeSheet", "No"),
    "same_as_permanent": QT_TRANSLATE_NOOP("IntakeSheet", "Same as the permanent residence"),
    "no_expiry": QT_TRANSLATE_NOOP("IntakeSheet", "No expiry date"),
    "not_taken": QT_TRANSLATE_NOOP("IntakeSheet", "Not taken"),
    "kind.first_issue": QT_TRANSLATE_NOOP("IntakeSheet", "First issue"),
    "kind.exchange": QT_TRANSLATE_NOOP("IntakeSheet", "Exchange"),
    "kind.reissue": QT_TRANSLATE_NOOP("IntakeSheet", "Re-issue"),
    "reason.first_issue": QT_TRANSLATE_NOOP("IntakeSheet", "First card"),
    "reason.age_milestone": QT_TRANSLATE_NOOP("IntakeSheet", "Reached the age of 14, 25, 40 or 60"),
    "reason.worn_card": QT_TRANSLATE_NOOP("IntakeSheet", "Worn card"),
    "reason.data_changed": QT_TRANSLATE_NOOP("IntakeSheet", "Personal data changed"),
    "reason.admin_unit_changed": QT_TRANSLATE_NOOP("IntakeSheet", "Administrative unit changed"),
    "reason.holder_request": QT_TRANSLATE_NOOP("IntakeSheet", "At the holder's request"),
    "reason.card_error": QT_TRANSLATE_NOOP("IntakeSheet", "Mistake printed on the card"),
    "reason.lost_card": QT_TRANSLATE_NOOP("IntakeSheet", "Lost card"),
    "reason.damaged_card": QT_TRANSLATE_NOOP("IntakeSheet", "Damaged card"),
    "sex.male": QT_TRANSLATE_NOOP("IntakeSheet", "Male"),
    "sex.female": QT_TRANSLATE_NOOP("IntakeSheet", "Female"),
    "role.father": QT_TRANSLATE_NOOP("IntakeSheet", "Father"),
    "role.mother": QT_TRANSLATE_NOOP("IntakeSheet", "Mother"),
    "role.guardian": QT_TRANSLATE_NOOP("IntakeSheet", "Guardian"),
    "role.other": QT_TRANSLATE_NOOP("IntakeSheet", "Other"),
    "card_type.cmnd9": QT_TRANSLATE_NOOP("IntakeSheet", "9-digit identity card (CMND)"),
    "card_type.cmnd12": QT_TRANSLATE_NOOP("IntakeSheet", "12-digit identity card (CMND)"),
    "card_type.cccd_barcode": QT_TRANSLATE_NOOP("IntakeSheet", "Citizen identity card, barcode"),
    "card_type.cccd_chip": QT_TRANSLATE_NOOP("IntakeSheet", "Citizen identity card, chip"),
    "card_type.can_cuoc": QT_TRANSLATE_NOOP("IntakeSheet", "Identity card (from July 2024)"),
    "fingerprints.captured": QT_TRANSLATE_NOOP("IntakeSheet", "Taken"),
    "fingerprints.not_captured": QT_TRANSLATE_NOOP("IntakeSheet", "Not taken"),
    "fingerprints.exempt": QT_TRANSLATE_NOOP("IntakeSheet", "Exempt"),
}
SHEET_TEXTS: dict[str, str] = {key: str(text) for key, text in _MARKED.items()}


class PrintLanguage:
    """Translates printed texts into one language (None: the language the screens use)."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        if language is not None:
            self._translator = _load_translator(language)
        name = _LOCALE_NAMES.get(language or "")
        self.locale = QLocale(name) if name else QLocale()

    def translate(self, context: str, text: str) -> str:
        """*text* of *context* in this language (the English source when untranslated)."""
        if self.language is None:
            return QCoreApplication.translate(context, text)
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def key(self, key: str) -> str:
        """The printed text of a station.documents key (the key itself when unknown)."""
        source = SHEET_TEXTS.get(key)
        return key if source is None else self.translate(SHEET, source)

    @property
    def data_language(self) -> str:
        """Which form of bilingual data to print ("en" or "vi")."""
        if self.language is not None:
            return self.language
        return "en" if self.locale.language() == QLocale.Language.English else "vi"

    def date(self, day: dt.date, with_weekday: bool = False) -> str:
        """A day as dd/MM/yyyy (the Vietnamese way, kept in English), maybe with the weekday."""
        qdate = QDate(day.year, day.month, day.day)
        return self.locale.toString(qdate, "dddd, dd/MM/yyyy" if with_weekday else "dd/MM/yyyy")

    def moment(self, moment: dt.datetime) -> str:
        """A moment in the station's local time as dd/mm/yyyy HH:MM."""
        return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _load_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    try:
        loaded = translator.load(os.fspath(compiled_translation(language)))
    except TranslationError:
        loaded = False
    if not loaded:
        # Print in English rather than not at all; the screens already warned at start-up.
        _log.warning("no translation for %s: printing the English texts", language)
        return None
    return translator
