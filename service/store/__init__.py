"""PostgreSQL access: the only package that talks to the database."""
