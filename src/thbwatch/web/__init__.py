"""The analyst web application (FastAPI): see app.create_app."""
