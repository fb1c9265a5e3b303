"""Domain errors: each names what went wrong and, where there are choices, the valid ones."""


class StorylineError(Exception):
    """Base class: the CLI turns these into a clean message and exit code 2."""


class NotFound(StorylineError):
    def __init__(self, kind: str, ident: str):
        super().__init__(f"no {kind} with id {ident!r}")
        self.kind, self.ident = kind, ident


class BadQuery(StorylineError):
    """A search query the engine cannot parse (reported, never a crash)."""


class ConfigError(StorylineError):
    pass


class MissingExtra(StorylineError):
    """An optional backend is not installed: the message says what to install."""

    def __init__(self, what: str, extra: str):
        super().__init__(f"{what} needs an optional dependency: pip install 'storyline[{extra}]'")
