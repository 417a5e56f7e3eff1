"""Usage lines that name arguments as the README does: `coversheet extract [OPTIONS] FILE`.

Recent Typer writes a required argument as `{file}` and an optional one as `[path]`, which
reads as a placeholder syntax a user must copy. Each argument here has a `metavar` (FILE,
DRAFT..., PATH...), printed as it is, in brackets when it may be left out.
"""

from __future__ import annotations

from typer.core import TyperCommand


class Command(TyperCommand):
    """A command whose usage line shows each argument's metavar as written."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument" and param.metavar:
                pieces.append(param.metavar if param.required else f"[{param.metavar}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces
