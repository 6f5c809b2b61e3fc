"""vnplan: tables from Vietnamese administrative plan documents."""

__version__ = "0.1.0"
