"""A board's settings: the models (`board`) and the `coversheet.toml` file (`files`)."""

from coversheet.config.board import DEFAULT_CONFIG, AskVerbs, BoardConfig, RuleSettings

__all__ = ["DEFAULT_CONFIG", "AskVerbs", "BoardConfig", "RuleSettings"]
