"""The configuration a check runs under: `coversheet.toml` read, and its rule names known.

The file is read in `coversheet.config`; here its `[rules]` names are held against the rule
registry, so that a misspelt rule is a configuration error (exit 2) naming the file, not a
rule silently never run. Everything that checks papers loads configuration through here.

The secretary's configuration governs: a check of a folder takes its `coversheet.toml` from
that folder or the closest folder above it, and the same one applies to every paper below.
A `coversheet.toml` further down, beside the papers, is ignored with a warning, never read:
otherwise an author could drop `[rules] select = ["CS204"]` beside a failing paper to make
it pass, or a broken one to stop the whole run. (A board that wants different settings for
a sub-folder checks that sub-folder, or passes --config.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from coversheet.config import DEFAULT_CONFIG, BoardConfig, RuleSettings
from coversheet.config.files import CONFIG_NAME, nearest_config_file, read_config_file
from coversheet.errors import ConfigError
from coversheet.rules.selection import unknown_rule_entries, unknown_rule_names


def load_config(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    config = read_config_file(path)
    _check_profile_rules(config, path)
    for name in unknown_rule_names(config.rules):
        raise ConfigError(f"{path}: unknown rule '{name}' (see `coversheet rules`)")
    return config


def _check_profile_rules(config: BoardConfig, path: Path) -> None:
    """A misspelt rule in a profile's `[settings.rules]` is the profile file's mistake, reported
    there: coversheet.toml merely names the profile."""
    profile = config.custom_profile
    written = profile.settings.get("rules") if profile is not None else None
    if not isinstance(written, dict):
        return
    prefix = "profile.settings.rules" if profile.source == str(path) else "settings.rules"
    for key, name in unknown_rule_entries(RuleSettings.model_validate(written)):
        raise ConfigError(f"{profile.source}: {prefix}.{key}: unknown rule '{name}' (see `coversheet rules`)")


@lru_cache(maxsize=64)
def _load_cached(path: Path) -> BoardConfig:
    return load_config(path)


def clear_config_cache() -> None:
    """Forget the configurations found so far (for `watch`, when a coversheet.toml changes)."""
    nearest_config_file.cache_clear()
    _load_cached.cache_clear()


def config_for(file: Path, roots: tuple[Path, ...] = ()) -> BoardConfig:
    """The configuration that applies to `file`, checked as part of one of `roots`.

    `roots` are the folders the secretary checks (resolved): the coversheet.toml in the
    highest one holding `file`, or the closest above it, applies. Without roots (one file, the Python
    API), the nearest coversheet.toml above the file applies.
    """
    found = nearest_config_file(_root_of(file.resolve().parent, roots))
    return _load_cached(found) if found else DEFAULT_CONFIG


def check_roots(paths) -> tuple[Path, ...]:
    """The folders a check of `paths` starts from: each folder given, or a file's folder."""
    roots = []
    for path in paths:
        path = Path(path).resolve()
        try:
            folder = path.is_dir()
        except OSError:  # inside a folder that cannot be read: the check reports it
            folder = False
        roots.append(path if folder else path.parent)
    return tuple(dict.fromkeys(roots))


def ignored_config_files(files, roots: tuple[Path, ...]) -> list[Path]:
    """The coversheet.toml files below the checked folders, beside the papers: ignored."""
    ignored: set[Path] = set()
    seen: set[Path] = set()
    for file in files:
        folder = Path(file).resolve().parent
        root = _root_of(folder, roots)
        while folder != root and folder not in seen and root in folder.parents:
            seen.add(folder)
            candidate = folder / CONFIG_NAME
            try:
                if candidate.is_file():
                    ignored.add(candidate)
            except OSError:
                pass  # a folder that cannot be read is reported by the check itself
            folder = folder.parent
    return sorted(ignored)


def _root_of(folder: Path, roots: tuple[Path, ...]) -> Path:
    """The highest of `roots` holding `folder` (`folder` itself when none does).

    The highest, so that naming a paper's own folder or the paper beside the meeting's folder
    (`check meeting meeting/sub/paper.yaml`, or a shell's `meeting/**/*.yaml`, which gives
    every sub-folder as a root) never lets a coversheet.toml beside the paper govern it.
    """
    holding = [root for root in roots if root == folder or root in folder.parents]
    return min(holding, key=lambda root: len(root.parts)) if holding else folder
