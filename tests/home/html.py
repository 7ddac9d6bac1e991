"""Small readers of rendered HTML, so tests assert on attributes rather than exact markup."""

from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, attrs, stack of enclosing (tag, attrs))
        self.stack = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, attrs, list(self.stack)))
        if tag not in {"link", "meta", "img", "input", "br", "hr", "source"}:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break


def tags(html):
    collector = _Collector()
    collector.feed(html)
    return collector.tags


def html_lang(html):
    return next((attrs.get("lang") for tag, attrs, _ in tags(html) if tag == "html"), None)


def hreflang_links(html):
    """{hreflang: href} of the <link rel="alternate"> elements."""
    return {
        attrs["hreflang"]: attrs["href"]
        for tag, attrs, _ in tags(html)
        if tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs
    }


def switcher_links(html):
    """{hreflang: attrs} of the links inside the language switcher."""
    found = {}
    for tag, attrs, parents in tags(html):
        in_switcher = any("language-switcher" in p_attrs.get("class", "").split() for _t, p_attrs in parents)
        if tag == "a" and in_switcher and "hreflang" in attrs:
            found[attrs["hreflang"]] = attrs
    return found
