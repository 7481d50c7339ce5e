"""mesodesk: records, planning and aftercare sheets for mesotherapy clinics."""

__version__ = "0.1.0"
APP_NAME = "mesodesk"
