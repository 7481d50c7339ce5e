"""Open export: the clinic's records (or one patient's) as a FHIR R4 Bundle."""

from mesodesk.services.fhir.export import FhirExport, export_fhir

__all__ = ["FhirExport", "export_fhir"]
