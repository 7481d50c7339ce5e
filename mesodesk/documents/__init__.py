"""PDF documents (reportlab): they take dataclasses in and give PDF bytes out."""
