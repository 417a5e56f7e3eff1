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

from pathlib import Path

from coversheet.config import DEFAULT_CONFIG, BoardConfig, RuleSettings
from coversheet.config.files import CONFIG_NAME, config_from_profile, nearest_config_file, read_config_file
from coversheet.errors import ConfigError
from coversheet.rules.selection import unknown_rule_entries, unknown_rule_names

# What identifies one version of a file: the same inode rewritten changes its mtime or size.
Signature = tuple[int, int, int, int]


class Configurations:
    """The board configurations one run builds: the one factory of every command.

    It belongs to the run that uses it (`CheckOptions.configurations`, a command's options)
    and goes with it. Within the run each configuration is built once, and built again when
    its coversheet.toml or the profile file it names is rewritten (their device, inode,
    modification time and size are its key), so a watcher running for a week sees the board's
    edits and two runs in one process never share a stale one.
    """

    def __init__(self) -> None:
        self._built: dict[Path, tuple[tuple[Signature | None, ...], BoardConfig]] = {}
        self._nearest: dict[Path, Path | None] = {}

    def load(self, path: Path) -> BoardConfig:
        """The configuration of one `coversheet.toml`; `ConfigError` names the file and the problem."""
        key = Path(path).absolute()
        kept = self._built.get(key)
        if kept is not None and kept[0] == _signatures(key, kept[1]):
            return kept[1]
        before = _signature(key)
        config = _checked(read_config_file(path), str(path))
        if before is not None and before == _signature(key):  # not caught mid-save
            self._built[key] = (_signatures(key, config), config)
        return config

    def with_profile(self, spec: str, base: Path | None = None) -> BoardConfig:
        """The configuration of `--profile spec`: built as a coversheet.toml holding only
        `profile = spec` would be (its settings apply), relative to `base` (the working folder)."""
        return _checked(config_from_profile(spec, base or Path.cwd()), "--profile")

    def nearest(self, folder: Path) -> Path | None:
        """The coversheet.toml that applies to `folder` (resolved), asked once a run."""
        if folder not in self._nearest:
            self._nearest[folder] = nearest_config_file(folder)
        return self._nearest[folder]

    def for_file(self, file: Path, roots: tuple[Path, ...] = ()) -> BoardConfig:
        """The configuration that applies to `file`, checked as part of one of `roots`.

        `roots` are the folders the secretary checks (resolved): the coversheet.toml in the
        highest one holding `file`, or the closest above it, applies. Without roots (one file,
        the Python API), the nearest coversheet.toml above the file applies.
        """
        found = self.nearest(_root_of(Path(file).resolve().parent, roots))
        return self.load(found) if found else DEFAULT_CONFIG

    def for_command(self, config: Path | None = None, profile: str | None = None, folder: Path | None = None) -> BoardConfig:
        """A command's board: `--config`, else `--profile`, else the nearest coversheet.toml
        above `folder` (the default configuration when there is none, or no folder)."""
        if config is not None and profile is not None:
            raise ConfigError("give --config or --profile, not both")
        if config is not None:
            return self.load(config)
        if profile is not None:
            return self.with_profile(profile)
        found = self.nearest(Path(folder).resolve()) if folder is not None else None
        return self.load(found) if found else DEFAULT_CONFIG


def load_config(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    return Configurations().load(path)


def config_for(file: Path, roots: tuple[Path, ...] = ()) -> BoardConfig:
    """The configuration that applies to `file` (see `Configurations.for_file`), read now."""
    return Configurations().for_file(file, roots)


def _checked(config: BoardConfig, where: str) -> BoardConfig:
    """`config`, once the rules its `[rules]` and its profile's name are known rules."""
    _check_profile_rules(config, where)
    for name in unknown_rule_names(config.rules):
        raise ConfigError(f"{where}: unknown rule '{name}' (see `coversheet rules`)")
    return config


def _check_profile_rules(config: BoardConfig, where: str) -> None:
    """A misspelt rule in a profile's `[settings.rules]` is the profile file's mistake, reported
    there: coversheet.toml merely names the profile."""
    profile = config.profile
    written = profile.settings.get("rules")
    if not isinstance(written, dict):
        return
    prefix = "profile.settings.rules" if profile.source == where else "settings.rules"
    for key, name in unknown_rule_entries(RuleSettings.model_validate(written)):
        raise ConfigError(f"{profile.source}: {prefix}.{key}: unknown rule '{name}' (see `coversheet rules`)")


def _signature(path: Path) -> Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _signatures(path: Path, config: BoardConfig) -> tuple[Signature | None, ...]:
    """The versions of the files `config` was built from: coversheet.toml and its profile's file."""
    return (_signature(path), _signature(Path(config.profile.source)))


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
