"""Reading time of an article, from the words a reader reads (not alt texts, addresses or recordings)."""

import math

from wagtail import blocks
from wagtail.rich_text import get_text_for_indexing

WORDS_PER_MINUTE = 200
SKIPPED_FIELDS = {"alt_text", "title"}


def _texts(block, value):
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield get_text_for_indexing(value.source)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if name not in SKIPPED_FIELDS:
                yield from _texts(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _texts(child.block, child.value)


def word_count(*texts, stream=None):
    words = sum(len(text.split()) for text in texts if text)
    if stream is not None:
        words += sum(len(text.split()) for text in _texts(stream.stream_block, stream))
    return words


def reading_minutes(words):
    """Whole minutes, at least one: "1 min read" for a short news item."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
