"""Errors a user can act on. The CLI prints their message on one line and exits 2."""


class MtcheckError(Exception):
    """A usage, input or model problem explained in one line."""


class InputError(MtcheckError):
    """The article cannot be read or is not an article."""


class ModelUnavailable(MtcheckError):
    """A translation model that cannot be had (offline, not in the store)."""
