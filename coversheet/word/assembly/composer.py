"""docxcompose's Composer, doing its per-block work only in the blocks that need it.

`Composer.insert` copies the appended document block by block (a paragraph or a table), and
for every block runs about ten XPath searches: parts it refers to, styles, numbering, images,
diagrams, shapes, footnotes, header and footer references. A 30-page paper has hundreds of
blocks, so a 500-page pack ran some 70,000 searches (each compiles its expression), most of
the time composing took. Here each search runs once over the appended document's body, and
each of the per-block steps is called only for the blocks where its search found something:
a step that finds nothing in a block does nothing, so the document composed is the same.

A block whose styles were all handled earlier in the same document gets only their renaming
to the pack's style ids (what `add_styles` would do again for it), not the whole
`add_styles`, which lists every style of the pack on each call.

The steps are docxcompose 2's (`Composer.insert`); with a docxcompose that lacks one of
them, its own `insert` runs unchanged.
"""

from __future__ import annotations

from copy import deepcopy

from docx.oxml.ns import qn
from docx.oxml.section import CT_SectPr
from docx.styles import BabelFish
from docxcompose.composer import Composer
from docxcompose.properties import CustomProperties
from docxcompose.utils import xpath

STYLES = ".//w:tblStyle|.//w:pStyle|.//w:rStyle"  # what add_styles searches for

# Each per-block step of Composer.insert, in its order, with (a superset of) what it searches
# the block for: without a match, the step returns having changed nothing.
STEPS = (
    ("add_referenced_parts", ".//*[@r:id]"),
    ("add_styles", STYLES),
    ("add_numberings", ".//w:numId"),
    ("restart_first_numbering", ".//w:pStyle"),
    ("add_images", "(.//a:blip|.//asvg:svgBlip)[@r:embed]"),
    ("add_diagrams", ".//dgm:relIds[@r:dm]"),
    ("add_shapes", ".//v:shape/v:imagedata"),
    ("add_footnotes", ".//w:footnoteReference"),
    ("remove_header_and_footer_references", ".//w:headerReference|.//w:footerReference"),
)
# What Composer.insert does once for the whole document, after the blocks.
AFTER = ("add_styles_from_other_parts", "renumber_bookmarks", "renumber_docpr_ids", "renumber_nvpicpr_ids",
         "fix_section_types", "fix_header_and_footers")
BEFORE = ("reset_reference_mapping", "_create_style_id_mapping", "retain_formatting_from_default_styles")
SUPPORTED = all(hasattr(Composer, name) for name in (*BEFORE, *(step for step, _ in STEPS), *AFTER))


class PackComposer(Composer):
    def insert(self, index, doc, remove_property_fields=True):
        if not SUPPORTED or self.preserve_styles:
            return super().insert(index, doc, remove_property_fields=remove_property_fields)
        self.reset_reference_mapping()
        self._current_preserved_styles = {}
        if remove_property_fields:
            properties = CustomProperties(doc)
            for name in properties.keys():
                properties.dissolve_fields(name)
        self._create_style_id_mapping(doc)
        self.retain_formatting_from_default_styles(doc)

        source = doc.element.body
        blocks = [element for element in source if not isinstance(element, CT_SectPr)]
        needs = _needs(source, blocks)
        body = self.doc.element.body
        anchor = body[index] if index < len(body) else None  # insert(index) for each, without counting
        seen: set[str] = set()
        restart_checked: dict[str, bool] = {}
        for block in blocks:
            element = deepcopy(block)
            if anchor is not None:
                anchor.addprevious(element)
            else:
                body.append(element)
            wanted = needs.get(block, {})
            for step, _ in STEPS:
                if step not in wanted:
                    continue
                if step == "add_referenced_parts":
                    self.add_referenced_parts(doc.part, self.doc.part, element)
                elif step == "add_styles":
                    used = wanted[step]
                    if used <= seen:
                        self._rename_styles(element)
                    else:
                        self.add_styles(doc, element)
                        seen |= used
                elif step == "restart_first_numbering":
                    if self._may_restart(element, "add_numberings" in wanted, restart_checked):
                        self.restart_first_numbering(doc, element)
                else:
                    getattr(self, step)(doc, element)

        self.add_styles_from_other_parts(doc)
        self.renumber_bookmarks()
        self.renumber_docpr_ids()
        self.renumber_nvpicpr_ids()
        self.fix_section_types(doc)
        self.fix_header_and_footers(doc)

    def _create_style_id_mapping(self, doc):
        # As docxcompose's (style id -> name, name -> id), read from the style elements:
        # python-docx's Style objects cost their type lookup for every style, on every insert.
        self._style_id2name = {style_id: name for style_id, name in _ids_and_names(doc)}
        self._style_name2id = {name: style_id for style_id, name in _ids_and_names(self.doc)}

    def _rename_styles(self, element) -> None:
        """What `add_styles` does to a block whose styles the pack already has: each
        language-specific style id becomes the pack's id for the style of that name."""
        for reference in xpath(element, STYLES):
            ours = self.mapped_style_id(reference.val)
            if ours is not None and ours != reference.val:
                reference.val = ours

    def _may_restart(self, element, has_numbering: bool, checked: dict[str, bool]) -> bool:
        """False where `restart_first_numbering` would return at once: no restarting, the
        block's first style already restarted, missing, a heading's (outline level), or a
        style without numbering in a block without numbering of its own."""
        if not self.restart_numbering:
            return False
        value = qn("w:val")
        style = next((found.get(value) for found in element.iter(qn("w:pStyle")) if found.get(value) is not None), None)
        if style is None or style in self._numbering_restarted:
            return False
        if style not in checked:
            definition = self.doc.styles.element.get_by_id(style)
            if definition is None or xpath(definition, ".//w:outlineLvl"):
                checked[style] = False
            else:
                checked[style] = bool(xpath(definition, ".//w:numId"))
        return checked[style] or has_numbering


def _ids_and_names(document):
    """Each style's id and UI name, as python-docx's `Style.style_id` and `Style.name` give them."""
    for style in document.styles.element.style_lst:
        name = style.name_val
        yield style.styleId, (None if name is None else BabelFish.internal2ui(name))


def _needs(source, blocks: list) -> dict:
    """For each block of `source` that some step must see: {step: the style ids it uses (for
    add_styles), else True}. One search of the whole body a step."""
    top = {block: block for block in blocks}
    needs: dict = {}
    for step, search in STEPS:
        for found in xpath(source, search):
            block = found
            while block is not None and block not in top:
                block = block.getparent()
            if block is None:
                continue  # in the body's own section properties, which are not copied
            wanted = needs.setdefault(block, {})
            if step == "add_styles":
                wanted.setdefault(step, set()).add(found.get(qn("w:val")))
            else:
                wanted[step] = True
    return needs
