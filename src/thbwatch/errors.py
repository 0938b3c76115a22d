"""Errors a user can act on. The CLI prints them as one line and exits with code 2."""


class UserError(Exception):
    """Bad input or usage: one clear line (what, where), exit code 2."""


class UnreadableInput(UserError):
    """An input file that cannot be read at all (missing, binary, unknown format)."""
