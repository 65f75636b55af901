class CannotOverwriteExistingCassetteException(Exception): ...  # noqa: N818
