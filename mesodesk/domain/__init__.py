"""Plain-Python domain: enums, value objects and rules. No Qt, SQLAlchemy or reportlab."""
